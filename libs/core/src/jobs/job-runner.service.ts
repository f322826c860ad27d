import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { JobContext, JobHandlers } from '@app/platform';
import { JOB_HANDLER_METADATA, type JobHandler } from './job-handler.js';
import { AppJobQueue, AppOutbox, JOB_NAMES, type JobMap, type JobName } from './job-map.js';

/** Finds the `@HandlesJob` providers and starts the worker with exactly one handler per job. */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly queue: AppJobQueue,
    private readonly outbox: AppOutbox,
  ) {}

  handlers(): JobHandlers<JobMap> {
    const found = new Map<string, JobHandler<JobName>[]>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, wrapper.metatype as never);
      if (name) found.set(name, [...(found.get(name) ?? []), wrapper.instance as JobHandler<JobName>]);
    }
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const n = found.get(name)?.length ?? 0;
      if (n !== 1) problems.push(`job "${name}" has ${n} handlers (expected exactly 1)`);
    }
    for (const name of found.keys())
      if (!(JOB_NAMES as readonly string[]).includes(name))
        problems.push(`handler for unknown job "${name}"`);
    if (problems.length) throw new Error(`Job handlers are misconfigured: ${problems.join('; ')}`);
    const handlers: Record<string, (payload: object, ctx: JobContext) => Promise<void>> = {};
    for (const [name, [handler]] of found) {
      handlers[name] = async (payload, ctx) => {
        await handler!.handle(payload as never, ctx);
        // The job's outbox row is done; a failure to mark it only means the sweeper looks at the job once more.
        await this.outbox
          .completed(ctx.jobId)
          .catch((err: Error) => this.logger.warn(`outbox row of ${ctx.jobId} not marked: ${err.message}`));
      };
    }
    return handlers as unknown as JobHandlers<JobMap>;
  }

  start(concurrency = 4): void {
    this.queue.startWorker(this.handlers(), concurrency);
    this.logger.log(
      `Job worker started on the ${this.queue.backend === 'redis' ? 'Redis' : 'PostgreSQL'} backend`,
    );
  }
}
