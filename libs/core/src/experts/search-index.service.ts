// Keeps the search engine true to the database. Every expert change records which expert changed (a search_outbox
// row, the data) and, once per transaction, a `search.sync` job in the one outbox (the trigger); `sync()` applies
// the pending rows in batches with each expert's current version (the engine keeps the newer of two versions), and
// leaves them pending when the engine is down — the failed job is started again by the outbox sweeper.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  SearchEngineUnavailableError,
  UnitOfWork,
  sent,
  type ExpertDocument,
  type ExpertSearchEngine,
} from '@app/platform';
import { AppOutbox } from '../jobs/job-map.js';
import { toExpertDocument } from './expert-document.js';
import { ExpertRepository } from './expert.repository.js';

export const EXPERT_SEARCH_ENGINE = Symbol('EXPERT_SEARCH_ENGINE');

/** Batches a sync keeps in flight (see `sync`). */
const SYNC_LANES = 2;

@Injectable()
export class SearchIndexService {
  private readonly logger = new Logger('SearchIndex');
  /** The sync job of each transaction: one per transaction, written again if a savepoint undid it. */
  private readonly syncJobs = new WeakMap<EntityManager, string>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly experts: ExpertRepository,
    private readonly outbox: AppOutbox,
    @Inject(EXPERT_SEARCH_ENGINE) readonly engine: ExpertSearchEngine,
  ) {}

  /** Records, in the caller's transaction, that these experts changed; the sync follows the commit. */
  async expertsChanged(m: EntityManager, entries: { expertId: string; version: number }[]): Promise<void> {
    if (!entries.length) return;
    await this.experts.addToOutbox(m, entries);
    await this.outboxWritten(m);
  }

  /**
   * Queues the transaction's sync job for search_outbox rows the caller wrote itself (the import writes them in the
   * same set statement as the experts).
   */
  async outboxWritten(m: EntityManager): Promise<void> {
    let jobId = this.syncJobs.get(m);
    if (!jobId) this.syncJobs.set(m, (jobId = `search-sync-${randomUUID()}`));
    // The same job id again is a no-op, unless a savepoint (an import's rejected row) undid the first one.
    await this.outbox.add(m, 'search.sync', {}, { jobId });
  }

  /**
   * Whether a bulk writer indexes its experts in its own transaction (an engine whose index lives in this database,
   * PostgreSQL) instead of writing outbox rows for a sync: the documents commit with the rows, with no lag.
   */
  get indexesInTransaction(): boolean {
    return !!this.engine.upsertStatements;
  }

  /**
   * Writes these documents in the caller's transaction after `before` (a statement already sent): each statement
   * is built while the one before it runs in the database, so segmentation and writing overlap.
   */
  async writeDocuments(m: EntityManager, docs: ExpertDocument[], before?: Promise<unknown>): Promise<void> {
    let running = before;
    if (before) await sent(before);
    for (const { text, values } of this.engine.upsertStatements?.(docs) ?? []) {
      await running;
      running = m.query(text, values);
      await sent(running);
    }
    await running;
  }

  /** After a run of writes indexed in their own transactions: the engine's upkeep left for the end of a run. */
  async settle(): Promise<void> {
    await this.engine.settle?.();
  }

  /**
   * Asks for a sync of whatever is pending, in a transaction of its own. Each request is a job of its own: one that
   * arrives while a sync is running must still lead to another run, and a run with nothing pending costs a query.
   */
  async requestSync(): Promise<void> {
    await this.uow.run((m) => this.requestSyncIn(m));
  }

  /** Re-requests a sync while changes wait (e.g. the engine was down and is back). */
  async requestSyncIfPending(): Promise<void> {
    if ((await this.pendingCount()) > 0) await this.requestSync();
  }

  private async requestSyncIn(m: EntityManager): Promise<void> {
    await this.outbox.add(m, 'search.sync', {}, { jobId: `search-sync-${randomUUID()}` });
  }

  expertCount(): Promise<number> {
    return this.experts.count();
  }

  pendingCount(): Promise<number> {
    return this.experts.pendingSearchCount();
  }

  /**
   * Applies pending outbox rows, `batch` experts at a time, until none is left. Returns how many experts were
   * pushed. Concurrent runs skip each other's rows (SKIP LOCKED). Large batches: the engine writes them in few set
   * statements. `lanes` batches are in flight at once, so one batch's documents are built (segmentation, in this
   * process) while another's are written by the database: one lane left either side idle most of the time. The
   * engine's index upkeep (GIN merges) is settled once, at the end of the run (bench:import, 100,000 experts:
   * 25.5 s with one lane of 2,000 merging after each batch, 16.6 s so).
   */
  async sync(batch = 1000, lanes = SYNC_LANES): Promise<number> {
    const settled = await Promise.allSettled(Array.from({ length: lanes }, () => this.syncLane(batch)));
    const applied = settled.reduce((n, s) => n + (s.status === 'fulfilled' ? s.value : 0), 0);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      // The batches that did commit are settled all the same; the lane's own failure is the one to report.
      await this.engine.settle?.().catch(() => {});
      throw failed.reason;
    }
    if (applied > 0) await this.engine.settle?.();
    return applied;
  }

  /** One lane of `sync`: batches until it finds no pending row that another lane has not locked. */
  private async syncLane(batch: number): Promise<number> {
    let applied = 0;
    for (;;) {
      const outcome = await this.uow.run(async (m) => {
        const rows = await this.experts.pendingSearchRows(m, batch);
        if (!rows.length) return { done: true as const };
        const rowIds = rows.map((r) => r.id);
        const ids = [...new Set(rows.map((r) => r.expert_id))];
        const current = await this.experts.searchable(ids, m);
        try {
          await this.engine.upsert(
            current.map((e) => toExpertDocument(e, e.employerName)),
            { bulk: true },
          );
          const found = new Set(current.map((e) => e.id));
          const gone = ids.filter((id) => !found.has(id));
          if (gone.length) await this.engine.remove(gone);
        } catch (error) {
          // Leave the rows pending; the failure is recorded after this transaction releases them.
          return { done: false as const, error, rowIds };
        }
        await this.experts.markSearchRowsDone(m, rowIds);
        return { done: false as const, applied: ids.length };
      });
      if (outcome.done) return applied;
      if ('error' in outcome) {
        const message = String((outcome.error as Error)?.message ?? outcome.error).slice(0, 500);
        await this.experts.recordSearchFailure(outcome.rowIds ?? [], message);
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
      const rows = await this.experts.searchable(ids);
      await this.engine.upsert(
        rows.map((e) => toExpertDocument(e, e.employerName)),
        { bulk: true },
      );
      n += rows.length;
    }
    await this.engine.settle?.();
    await this.experts.markAllSearchRowsDone();
    return n;
  }
}
