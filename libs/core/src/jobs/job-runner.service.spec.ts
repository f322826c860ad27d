import 'reflect-metadata';
import { Reflector, type DiscoveryService } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { HandlesJob, type JobHandler } from './job-handler.js';
import { JOB_NAMES, type AppJobQueue, type AppOutbox, type JobName } from './job-map.js';
import { JobRunner } from './job-runner.service.js';

/** A handler class for `name` that records what it handled. */
function handlerFor(name: JobName) {
  class Recording implements JobHandler<JobName> {
    readonly handled: object[] = [];
    async handle(payload: object) {
      this.handled.push(payload);
    }
  }
  HandlesJob(name)(Recording);
  return new Recording();
}

class NotAHandler {}

// Nest's discovery, reduced to the providers it would list.
function discoveryOf(...instances: object[]): DiscoveryService {
  return {
    getProviders: () => instances.map((instance) => ({ instance, metatype: instance.constructor })),
  } as unknown as DiscoveryService;
}

const completed: string[] = [];
const outbox = { completed: async (jobId: string) => void completed.push(jobId) } as unknown as AppOutbox;
const runner = (...instances: object[]) =>
  new JobRunner(discoveryOf(...instances), new Reflector(), {} as AppJobQueue, outbox);

describe('JobRunner', () => {
  it('routes each job to its one handler', async () => {
    const handlers = JOB_NAMES.map(handlerFor);
    const routed = runner(...handlers, new NotAHandler()).handlers();
    for (const [i, name] of JOB_NAMES.entries()) {
      await routed[name]({ n: i } as never, { jobId: `j${i}`, attempt: 1 });
      expect(handlers[i]!.handled).toEqual([{ n: i }]);
    }
    // Each job that ran marks its outbox row completed.
    expect(completed).toEqual(JOB_NAMES.map((_, i) => `j${i}`));
  });

  it('refuses to start when a job has no handler or two', () => {
    const [first, ...rest] = JOB_NAMES;
    expect(() => runner(...rest.map(handlerFor), new NotAHandler()).handlers()).toThrow(
      new RegExp(`"${first}" has 0 handlers`),
    );
    expect(() => runner(...JOB_NAMES.map(handlerFor), handlerFor(first!)).handlers()).toThrow(
      new RegExp(`"${first}" has 2 handlers`),
    );
  });
});
