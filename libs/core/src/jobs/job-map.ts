// Every background job: its name and its payload. Enqueue and handler are checked against this map, and the
// worker refuses to start unless each job has exactly one handler.
import { JobQueue } from '@app/platform';

export type JobMap = {
  'notification.deliver': { notificationId: string };
};

export const JOB_NAMES = ['notification.deliver'] as const satisfies readonly (keyof JobMap)[];
export type JobName = (typeof JOB_NAMES)[number];

/** The application's queue, typed by the job map. */
export class AppJobQueue extends JobQueue<JobMap> {}
