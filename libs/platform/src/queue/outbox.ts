// Every side effect of a use case — a notification to deliver, a job to run, a timer to fire later, a search sync —
// is a row of the `outbox` table written in the use case's own transaction, so it exists exactly when the change
// does. One relay hands the rows to the queue after the commit, under the row's stable job id (the queue keeps one
// job per id, so handing a row over twice runs it once). The sweeper catches what the relay missed: rows committed
// but never handed over (the process died, the queue was down), and rows handed over whose job is gone or failed
// (a lost timer fires when it is due). The job runner marks a row completed when its handler has run.
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../time/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { JobMapBase, JobQueue } from './job-queue.js';

export interface OutboxOptions {
  /** Longest wait for the queue to take one job before the relay leaves the rest to the sweeper. */
  enqueueTimeoutMs?: number;
  warn?: (message: string) => void;
}

export interface SweepOptions {
  /** Seconds a row must be due (and handed over) before the sweeper looks at its job; doubles per re-delivery. */
  graceSeconds?: number;
  /** Rows looked at per sweep. */
  limit?: number;
}

export interface SweepReport {
  /** Rows handed to the queue that had never been. */
  relayed: number;
  /** Jobs added again because the queue had lost them. */
  restored: number;
  /** Failed jobs started again. */
  retried: number;
  /** Rows whose job had finished without the row being marked. */
  completed: number;
}

interface OutboxRow {
  id: string;
  job_name: string;
  job_id: string;
  payload: object;
  run_at: Date;
  attempts: number | null;
}

const RELAY_BATCH = 200;
/** Completed rows are kept this long (they show what happened), then removed by the sweeper. */
const KEEP_COMPLETED_DAYS = 7;

export class Outbox<M extends JobMapBase> {
  private readonly enqueueTimeoutMs: number;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly db: DataSource,
    private readonly queue: JobQueue<M>,
    private readonly clock: Clock,
    options: OutboxOptions = {},
  ) {
    this.enqueueTimeoutMs = options.enqueueTimeoutMs ?? 5000;
    this.warn = options.warn ?? ((message) => console.warn(`[outbox] ${message}`));
  }

  /**
   * Writes the row in the caller's transaction. Inside a unit of work the row is handed to the queue right after
   * the commit; elsewhere the caller relays the returned id itself (or leaves it to the sweeper). A row with the
   * same job id already written makes this a no-op (null).
   */
  async add<N extends keyof M & string>(
    m: EntityManager,
    name: N,
    payload: M[N],
    options: { jobId: string; runAt?: Date | null; attempts?: number },
  ): Promise<string | null> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO outbox (job_name, job_id, payload, run_at, attempts) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (job_id) DO NOTHING RETURNING id`,
      [
        name,
        options.jobId,
        JSON.stringify(payload),
        options.runAt ?? this.clock.now(),
        options.attempts ?? null,
      ],
    );
    if (!row) return null;
    // One hook per transaction relays every row it wrote.
    const ids = UnitOfWork.slot(m, this, () => {
      const list: string[] = [];
      UnitOfWork.afterCommit(m, () => this.relay(list));
      return list;
    });
    ids?.push(String(row.id));
    return String(row.id);
  }

  /**
   * Hands rows to the queue: the given ones, or every row not yet handed over. Rows another relay holds are
   * skipped (it hands them over); a queue that fails or does not answer leaves the rest to the sweeper.
   */
  async relay(ids?: readonly string[]): Promise<number> {
    if (ids && !ids.length) return 0;
    return this.db.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, job_name, job_id, payload, run_at, attempts FROM outbox
         WHERE relayed_at IS NULL ${ids ? 'AND id = ANY($2::bigint[])' : ''}
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        ids ? [RELAY_BATCH, ids] : [RELAY_BATCH],
      );
      const handed: string[] = [];
      for (const row of rows) {
        try {
          await this.enqueue(row);
          handed.push(row.id);
        } catch (err) {
          const message = String((err as Error)?.message ?? err).slice(0, 500);
          this.warn(`could not hand ${row.job_name} ${row.job_id} to the queue: ${message}`);
          await m.query(`UPDATE outbox SET last_error = $2 WHERE id = $1`, [row.id, message]);
          break;
        }
      }
      if (handed.length) {
        await m.query(
          `UPDATE outbox SET relayed_at = now(), relay_count = relay_count + 1, last_error = NULL WHERE id = ANY($1::bigint[])`,
          [handed],
        );
      }
      return handed.length;
    });
  }

  /** Marks the row of a job as done (the job runner calls this when the handler has run). */
  async completed(jobId: string): Promise<void> {
    // A job can finish before the relay that handed it over has committed: the row was handed over all the same.
    await this.db.query(
      `UPDATE outbox SET completed_at = now(), relayed_at = COALESCE(relayed_at, now()) WHERE job_id = $1 AND completed_at IS NULL`,
      [jobId],
    );
  }

  /**
   * Re-delivers what was missed: relays every row never handed over, then looks at the jobs of rows handed over,
   * due for a while and not completed — a job the queue lost is added again (a lost timer fires), a failed one is
   * started again, each row less often the more it was re-delivered (up to once an hour).
   */
  async sweep(options: SweepOptions = {}): Promise<SweepReport> {
    const grace = options.graceSeconds ?? 60;
    const report: SweepReport = { relayed: 0, restored: 0, retried: 0, completed: 0 };
    for (;;) {
      const n = await this.relay();
      report.relayed += n;
      if (n < RELAY_BATCH) break;
    }
    const dueBefore = new Date(this.clock.now().getTime() - grace * 1000);
    await this.db.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, job_name, job_id, payload, run_at, attempts FROM outbox
         WHERE completed_at IS NULL AND relayed_at IS NOT NULL AND run_at <= $1
           AND relayed_at <= now() - make_interval(secs => least(3600, $2::float8 * 2 ^ least(relay_count - 1, 12)))
         ORDER BY run_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [dueBefore, grace, options.limit ?? 500],
      );
      const again: string[] = [];
      const done: string[] = [];
      for (const row of rows) {
        try {
          const state = await this.queue.jobState(row.job_id);
          if (state === null) {
            await this.enqueue(row);
            report.restored++;
            again.push(row.id);
          } else if (state === 'failed') {
            await this.queue.retryFailed(row.job_id);
            report.retried++;
            again.push(row.id);
          } else if (state === 'completed') {
            report.completed++;
            done.push(row.id);
          }
        } catch (err) {
          this.warn(`could not re-deliver ${row.job_name} ${row.job_id}: ${(err as Error)?.message ?? err}`);
          break;
        }
      }
      if (again.length) {
        await m.query(
          `UPDATE outbox SET relayed_at = now(), relay_count = relay_count + 1 WHERE id = ANY($1::bigint[])`,
          [again],
        );
      }
      if (done.length) {
        await m.query(`UPDATE outbox SET completed_at = now() WHERE id = ANY($1::bigint[])`, [done]);
      }
    });
    await this.db.query(`DELETE FROM outbox WHERE completed_at < now() - make_interval(days => $1)`, [
      KEEP_COMPLETED_DAYS,
    ]);
    return report;
  }

  /** Rows not yet handed to the queue (health checks, tests). */
  async pendingCount(): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
    return n;
  }

  private async enqueue(row: OutboxRow): Promise<void> {
    const delayMs = Math.max(0, new Date(row.run_at).getTime() - this.clock.now().getTime());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the queue did not answer in ${this.enqueueTimeoutMs} ms`)),
        this.enqueueTimeoutMs,
      );
    });
    try {
      await Promise.race([
        this.queue.add(row.job_name as keyof M & string, row.payload as M[keyof M & string], {
          jobId: row.job_id,
          delayMs: delayMs || undefined,
          attempts: row.attempts ?? undefined,
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
