import { SetMetadata } from '@nestjs/common';
import type { JobContext } from '@app/platform';
import type { JobMap, JobName } from './job-map.js';

export const JOB_HANDLER_METADATA = 'expert-service:job-handler';

/** Marks a provider as the handler of one job; it must implement `JobHandler<N>`. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER_METADATA, name);

export interface JobHandler<N extends JobName> {
  /** Runs the job; must be idempotent: a retry or a duplicate delivery changes nothing more. */
  handle(payload: JobMap[N], ctx: JobContext): Promise<void>;
}
