// Imports expert lists as bureaus keep them (CSV or xlsx, API.md's Chinese header or common variants). The file is
// streamed and parsed once; each batch of rows is written set-based (ExpertBulkWriter: COPY into a staging table,
// then set statements), with the same per-row report as writing row by row: a bad row is reported with its row
// number and reason and never blocks the good ones or leaves half a row. Progress is committed with each batch, so
// a retried job resumes where it stopped, and re-importing the same file changes nothing.
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, SYSTEM_ACTOR, isUuid, readImportRow, type Actor } from '@app/domain';
import { Clock, UnitOfWork, looksLikeXlsx, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { ExpertBulkWriter, type ImportRow } from './expert-bulk-writer.js';
import { WriteContext } from './expert-writer.js';
import type { ImportJobEntity, RejectedRow } from './import-job.entity.js';
import { ImportJobRepository } from './import-job.repository.js';
import { openImportFile, type ImportFile } from './import-file.js';
import { SearchFacetsService } from './search-facets.service.js';
import { SearchIndexService } from './search-index.service.js';

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

const BATCH = 5000;
/** Rows accepted by the synchronous `importExperts(csv)`; larger files go through an import job. */
export const SYNC_IMPORT_MAX_ROWS = 5000;
const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * An import's file is kept this long after its job finishes (to look into a row someone disputes), then removed by
 * `imports.sweep`; the job keeps its report. Uncompressed, a 100,000-row list is ~28 MB.
 */
export const IMPORT_FILE_DAYS = 30;
const DAY_MS = 86_400_000;

/** A batch of the file: its validated rows, and the rows it rejected before any write. */
interface Batch {
  /** Data rows read so far, blank ones included (the job's progress). */
  processed: number;
  rows: ImportRow[];
  rejected: RejectedRow[];
}

/** Reads the file's data rows in batches, each row checked by the domain rules; `skip` rows are passed over. */
async function* batches(file: ImportFile, size: number, skip = 0): AsyncGenerator<Batch> {
  let i = 0;
  let batch: Batch = { processed: skip, rows: [], rejected: [] };
  let pending = false;
  for await (const cells of file.rows) {
    const index = i++;
    if (index < skip) continue;
    batch.processed = index + 1;
    pending = true;
    if (!cells.every((c) => !String(c ?? '').trim())) {
      const row = index + 2; // the header is row 1
      const read = readImportRow(cells, file.columns);
      if (read.ok) batch.rows.push({ row, draft: read.draft });
      else batch.rejected.push({ row, reason: read.reason });
    }
    if ((batch.processed - skip) % size === 0) {
      yield batch;
      batch = { processed: batch.processed, rows: [], rejected: [] };
      pending = false;
    }
  }
  if (pending) yield batch;
}

/**
 * Yields what `source` yields, asking it for the next item as soon as one is handed out: the next batch is read
 * and checked (this process's work) while the database writes the current one. Errors arrive in order.
 */
export async function* prefetching<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const r = await next;
      if (r.done) return;
      next = it.next();
      next.catch(() => {}); // seen when awaited; a consumer that stops early must not leave it unhandled
      yield r.value;
    }
  } finally {
    await it.return?.();
  }
}

function merged(report: ImportReport, early: RejectedRow[]): void {
  if (!early.length) return;
  report.rejected = [...report.rejected, ...early].sort((a, b) => a.row - b.row);
}

@Injectable()
export class ExpertImportService {
  private readonly logger = new Logger('ExpertImport');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly audit: AuditRepository,
    private readonly writer: ExpertBulkWriter,
    private readonly outbox: AppOutbox,
    private readonly clock: Clock,
    private readonly index: SearchIndexService,
    private readonly facets: SearchFacetsService,
  ) {}

  /**
   * After an import's batches, when they indexed their experts themselves (see writeBatch): the engine's upkeep
   * left for the end of a run, and the facet counts' fold (what a sync would have asked for).
   */
  private async indexed(written: number): Promise<void> {
    if (!this.index.indexesInTransaction || written === 0) return;
    await this.index.settle();
    await this.facets.requestRefresh();
  }

  /**
   * Reads only as much as it takes to check the header and the first data row; returns the data rows expected
   * (a CSV's line count), or null when unknown until read (xlsx).
   */
  async checkHeader(content: Buffer): Promise<number | null> {
    return (await openImportFile(content)).estimatedRows;
  }

  /** `importExperts(csv)`: small files, answered at once. */
  async importNow(actor: Actor, content: string | Buffer): Promise<ImportReport> {
    assertRole(actor, ['ADMIN', 'PROVINCE'], '只有管理员和省厅可以导入专家');
    const file = await openImportFile(content);
    // Checked in full before anything is written: nothing of a too-large file is imported.
    const all: Batch[] = [];
    let total = 0;
    for await (const batch of batches(file, 500)) {
      total = batch.processed;
      if (total <= SYNC_IMPORT_MAX_ROWS) all.push(batch);
    }
    if (total > SYNC_IMPORT_MAX_ROWS) {
      throw AppError.badInput(
        `文件共 ${total} 行，超过即时导入上限 ${SYNC_IMPORT_MAX_ROWS} 行，请使用后台导入（startExpertImport）`,
      );
    }
    const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
    const ctx = new WriteContext();
    for (const batch of all) {
      // Each batch's changes reach the search engine in its transaction, or through the outbox rows it adds.
      const part: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
      await this.uow.run((m) => this.writer.writeBatch(m, actor, batch.rows, ctx, part));
      merged(part, batch.rejected);
      report.created += part.created;
      report.updated += part.updated;
      report.unchanged += part.unchanged;
      report.rejected.push(...part.rejected);
    }
    await this.indexed(report.created + report.updated);
    await this.audit.record(actor, {
      action: 'expert.import',
      entityType: 'expert',
      after: { ...report, rejected: report.rejected.length },
    });
    return report;
  }
  /** Queues an import of any size; poll `importJob(id)` for progress and the report. */
  async start(actor: Actor, fileName: string, content: Buffer): Promise<ImportJobEntity> {
    assertRole(actor, ['ADMIN', 'PROVINCE'], '只有管理员和省厅可以导入专家');
    const name = (fileName ?? '').trim().slice(0, 200) || '专家名单';
    if (!content.length) throw AppError.badInput('文件是空的');
    if (content.length > MAX_FILE_BYTES) throw AppError.badInput('文件超过 50 MB，请拆分后分批导入');
    // Header problems are reported now, not minutes later; the rows are counted now, while the file is in memory.
    const totalRows = await this.checkHeader(content);
    const job = await this.uow.run(async (m) => {
      const saved = await this.jobs.insert(m, {
        kind: 'EXPERTS',
        status: 'QUEUED',
        fileName: name,
        content,
        createdBy: actor.accountId === SYSTEM_ACTOR.accountId ? null : actor.accountId,
        rejected: [],
        totalRows,
        processedRows: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
      });
      await writeAudit(m, actor, {
        action: 'expert.import_start',
        entityType: 'import_job',
        entityId: saved.id,
        after: { fileName: name, bytes: content.length },
      });
      await this.outbox.add(m, 'experts.import', { importJobId: saved.id }, { jobId: `import-${saved.id}` });
      return saved;
    });
    return this.job(actor, job.id);
  }

  async job(actor: Actor, id: string): Promise<ImportJobEntity> {
    const job = isUuid(id) ? await this.jobs.find(id) : null;
    if (!job) throw AppError.notFound('导入任务', 'IMPORT_NOT_FOUND');
    if (actor.role !== 'ADMIN' && job.createdBy !== actor.accountId)
      throw AppError.forbidden('您无权查看该导入任务', 'IMPORT_NOT_OWNER');
    return job;
  }

  /** The job handler's work. Idempotent: a finished job is left alone, a retried one resumes after its last batch. */
  async run(jobId: string, actorFor: (accountId: string | null) => Promise<Actor>): Promise<void> {
    if (!(await this.jobs.claim(jobId))) return;
    const job = await this.jobs.find(jobId);
    if (!job) return;
    const actor = await actorFor(job.createdBy);
    let processed = job.processedRows;
    try {
      // A CSV is read from the database a slice at a time as the batches need it; an xlsx is read whole (exceljs
      // reads it from a buffer).
      const file = looksLikeXlsx(await this.jobs.contentHead(jobId))
        ? await openImportFile((await this.jobs.withContent(jobId))?.content ?? Buffer.alloc(0))
        : await openImportFile({ slices: this.jobs.contentSlices(jobId), estimatedRows: job.totalRows });
      if (file.estimatedRows !== null && file.estimatedRows !== job.totalRows)
        await this.jobs.setTotal(jobId, file.estimatedRows);
      const ctx = new WriteContext();
      for await (const batch of prefetching(batches(file, BATCH, job.processedRows))) {
        const from = processed;
        const mine = await this.uow.run(async (m) => {
          if ((await this.jobs.lockProgress(m, jobId)) !== from) return false; // another run is ahead
          const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
          await this.writer.writeBatch(m, actor, batch.rows, ctx, report);
          merged(report, batch.rejected);
          await this.jobs.addProgress(m, jobId, batch.processed, report);
          return true;
        });
        if (!mine) return; // the run that is ahead finishes the job
        processed = batch.processed;
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err; // retried by the queue; resumes after the last batch
      await this.uow.run(async (m) => {
        await this.jobs.fail(m, jobId, err.message);
        await this.removeFileLater(m, jobId);
      });
      const part = await this.jobs.totals(jobId);
      await this.indexed(part.created + part.updated);
      return;
    }
    await this.jobs.setTotal(jobId, processed);
    const done = await this.jobs.totals(jobId);
    await this.indexed(done.created + done.updated);
    await this.uow.run(async (m) => {
      await this.jobs.succeed(m, jobId);
      await this.removeFileLater(m, jobId);
      await writeAudit(m, actor, {
        action: 'expert.import',
        entityType: 'import_job',
        entityId: jobId,
        after: done,
      });
    });
    this.logger.log(`import ${jobId}: ${JSON.stringify(done)}`);
  }

  /** Removes the files of jobs finished more than IMPORT_FILE_DAYS ago (the `imports.sweep` job); idempotent. */
  async sweep(): Promise<number> {
    const removed = await this.jobs.removeFiles(
      new Date(this.clock.now().getTime() - IMPORT_FILE_DAYS * DAY_MS),
    );
    if (removed) this.logger.log(`import files removed: ${removed}`);
    return removed;
  }

  /** The sweep that removes a finished job's file when its time is up; any sweep also takes files one missed. */
  private async removeFileLater(m: EntityManager, jobId: string): Promise<void> {
    await this.outbox.add(
      m,
      'imports.sweep',
      {},
      {
        jobId: `imports-sweep-${jobId}`,
        runAt: new Date(this.clock.now().getTime() + IMPORT_FILE_DAYS * DAY_MS + 60_000),
      },
    );
  }
}
