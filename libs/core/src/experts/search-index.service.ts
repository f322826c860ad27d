// Keeps the search engine true to the database. Every expert change writes an outbox row in its own
// transaction; `sync()` applies pending rows in batches with the expert's current version (the engine keeps
// the newer of two versions), and leaves them pending when the engine is down, to be retried.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchEngineUnavailableError, type ExpertSearchEngine } from '@app/platform';
import { AppJobQueue } from '../jobs/job-map.js';
import { toExpertDocument } from './expert-document.js';
import { ExpertRepository } from './expert.repository.js';

export const EXPERT_SEARCH_ENGINE = Symbol('EXPERT_SEARCH_ENGINE');

@Injectable()
export class SearchIndexService {
  private readonly logger = new Logger('SearchIndex');

  constructor(
    private readonly db: DataSource,
    private readonly experts: ExpertRepository,
    private readonly queue: AppJobQueue,
    @Inject(EXPERT_SEARCH_ENGINE) readonly engine: ExpertSearchEngine,
  ) {}

  /**
   * Asks the worker to apply pending changes. Not deduplicated: a request that arrives while a sync is running
   * must still lead to another run, and a run with nothing pending costs one query.
   */
  async requestSync(): Promise<void> {
    try {
      await this.queue.add('search.sync', {});
    } catch (err) {
      this.logger.warn(`could not enqueue search sync: ${(err as Error).message}`);
    }
  }

  /** For the periodic sweep: re-requests a sync while changes wait (e.g. the engine was down). */
  async requestSyncIfPending(): Promise<void> {
    if ((await this.pendingCount()) > 0) await this.requestSync();
  }

  async expertCount(): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM experts`);
    return n;
  }

  async pendingCount(): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL`);
    return n;
  }

  /**
   * Applies pending outbox rows, `batch` experts at a time, until none is left. Returns how many experts were
   * pushed. Concurrent runs skip each other's rows (SKIP LOCKED).
   */
  async sync(batch = 500): Promise<number> {
    let applied = 0;
    for (;;) {
      const outcome = await this.db.transaction(async (m) => {
        const rows: { id: string; expert_id: string }[] = await m.query(
          `SELECT id, expert_id FROM search_outbox WHERE processed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [batch],
        );
        if (!rows.length) return { done: true as const };
        const rowIds = rows.map((r) => r.id);
        const ids = [...new Set(rows.map((r) => r.expert_id))];
        const current = await this.experts.withEmployers(ids, m);
        try {
          await this.engine.upsert(current.map(({ expert, employerName }) => toExpertDocument(expert, employerName)));
          const gone = ids.filter((id) => !current.some((c) => c.expert.id === id));
          if (gone.length) await this.engine.remove(gone);
        } catch (error) {
          // Leave the rows pending; the failure is recorded after this transaction releases them.
          return { done: false as const, error, rowIds };
        }
        await m.query(`UPDATE search_outbox SET processed_at = now() WHERE id = ANY($1::bigint[])`, [rowIds]);
        return { done: false as const, applied: ids.length };
      });
      if (outcome.done) return applied;
      if ('error' in outcome) {
        const message = String((outcome.error as Error)?.message ?? outcome.error).slice(0, 500);
        await this.db.query(`UPDATE search_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [outcome.rowIds, message]);
        if (outcome.error instanceof SearchEngineUnavailableError) this.logger.warn(message);
        throw outcome.error;
      }
      applied += outcome.applied ?? 0;
    }
  }

  /** Rebuilds the index from the database (`npm run cli -- reindex`). */
  async reindex(batch = 1000): Promise<number> {
    await this.engine.prepare();
    await this.engine.clear();
    let n = 0;
    for await (const ids of this.experts.idBatches(batch)) {
      const rows = await this.experts.withEmployers(ids);
      await this.engine.upsert(rows.map(({ expert, employerName }) => toExpertDocument(expert, employerName)));
      n += rows.length;
    }
    await this.db.query(`UPDATE search_outbox SET processed_at = now() WHERE processed_at IS NULL`);
    return n;
  }
}
