// Every background job: its name and its payload. Enqueue and handler are checked against this map, and the
// worker refuses to start unless each job has exactly one handler.
import { JobQueue, Outbox } from '@app/platform';

export type JobMap = {
  'notification.deliver': { notificationId: string };
  /** Apply pending expert changes to the search engine. */
  'search.sync': Record<string, never>;
  /** Bring the search index in line with the vocabulary (匹配词库 changed, or a new version of the built-in one). */
  'search.vocabulary': Record<string, never>;
  /** Rebuild the search engine's pre-aggregated facet counts (after a sync changed the index). */
  'search.facets': Record<string, never>;
  /** Run a queued expert import. */
  'experts.import': { importJobId: string };
  /** Remove import files past their time (the jobs keep their reports). */
  'imports.sweep': Record<string, never>;
  /** Write a queued expert export to a file. */
  'experts.export': { exportJobId: string };
  /** Remove export files past their time (and mark their jobs EXPIRED). */
  'exports.sweep': Record<string, never>;
  /** A demand's step deadline: flag it overdue and escalate if it still waits. */
  'demand.deadline': { demandId: string; status: string; dueAt: string; level: number };
  /** An invitation's answer time ran out: remind the expert, alert the dispatchers. */
  'invitation.deadline': { assignmentId: string; expertId: string; dueAt: string };
  /** Remind the unit to rate a delivered service (+7 days) or to answer a follow-up (+30, +180 days). */
  'evaluation.remind': { demandId: string; kind: 'EVALUATION' | 'FOLLOW_UP'; afterDays?: number };
  /** 年终: remind the year's approved teams that have not reported (and, after the deadline, the province). */
  'programme.year-end': { year: number; kind: 'SERVICES_END' | 'REPORT_DUE' | 'REPORT_OVERDUE' };
};

export const JOB_NAMES = [
  'notification.deliver',
  'search.sync',
  'search.vocabulary',
  'search.facets',
  'experts.import',
  'imports.sweep',
  'experts.export',
  'exports.sweep',
  'demand.deadline',
  'evaluation.remind',
  'invitation.deadline',
  'programme.year-end',
] as const satisfies readonly (keyof JobMap)[];
export type JobName = (typeof JOB_NAMES)[number];

/** The application's queue, typed by the job map. */
export class AppJobQueue extends JobQueue<JobMap> {}

/** The application's outbox: side effects written in the use case's transaction, relayed to the queue. */
export class AppOutbox extends Outbox<JobMap> {}
