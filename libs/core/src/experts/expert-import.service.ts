// Imports expert lists as bureaus keep them (CSV or xlsx, API.md's Chinese header or common variants).
// Each row is written in its own savepoint: a bad row is reported with its row number and reason, and never
// blocks the good ones or leaves half a row. Progress is committed with each batch, so a retried job resumes
// where it stopped, and re-importing the same file changes nothing.
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, SYSTEM_ACTOR, isUuid, mapImportHeader, readImportRow, restoreNeutralized, type Actor, type ImportColumn } from '@app/domain';
import { UnitOfWork, looksLikeXlsx, parseCsv, readXlsxRows, withSavepoint, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { ExpertWriter, WriteContext } from './expert-writer.js';
import type { ImportJobEntity, RejectedRow } from './import-job.entity.js';
import { ImportJobRepository } from './import-job.repository.js';

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

const BATCH = 500;
/** Rows accepted by the synchronous `importExperts(csv)`; larger files go through an import job. */
export const SYNC_IMPORT_MAX_ROWS = 5000;
const MAX_FILE_BYTES = 50 * 1024 * 1024;

interface ParsedFile {
  columns: Partial<Record<ImportColumn, number>>;
  rows: string[][];
}

@Injectable()
export class ExpertImportService {
  private readonly logger = new Logger('ExpertImport');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly audit: AuditRepository,
    private readonly writer: ExpertWriter,
    private readonly outbox: AppOutbox,
  ) {}

  async parse(content: Buffer | string): Promise<ParsedFile> {
    let rows: string[][];
    if (typeof content !== 'string' && looksLikeXlsx(content)) {
      try {
        rows = await readXlsxRows(content);
      } catch {
        throw AppError.badInput('无法读取该 Excel 文件，请确认是 .xlsx 格式（旧版 .xls 请另存为 .xlsx）');
      }
    } else {
      rows = [...parseCsv(typeof content === 'string' ? content : content.toString('utf8'))];
    }
    // Our exports quote cells that would open as formulas ('=…): read them as they were before the export.
    rows = rows.map((r) => r.map((c) => restoreNeutralized(String(c ?? ''))));
    const [header, ...data] = rows;
    if (!header || !data.length) throw AppError.badInput('文件中没有数据行：第 1 行应为表头，从第 2 行起每行一位专家');
    const { columns, missing } = mapImportHeader(header);
    if (missing.length) {
      throw AppError.badInput(`表头缺少必填列：${missing.join('、')}。请使用模板表头：姓名,性别,工作单位,职称,职称级别,专业领域,研究方向,人才称号,所在地区,专家来源,是否退休,手机,邮箱`);
    }
    return { columns, rows: data };
  }

  /** Reads only as much as it takes to check the header (a CSV's first line), so big files are not parsed twice. */
  async checkHeader(content: Buffer): Promise<void> {
    if (looksLikeXlsx(content)) {
      await this.parse(content);
      return;
    }
    const firstLine = content.subarray(0, Math.min(content.length, 64 * 1024)).toString('utf8').split(/\r?\n/)[0] ?? '';
    const header = parseCsv(firstLine).next().value ?? [];
    const { missing } = mapImportHeader(header);
    if (!header.length || missing.length) await this.parse(content);
  }

  /** `importExperts(csv)`: small files, answered at once. */
  async importNow(actor: Actor, content: string | Buffer): Promise<ImportReport> {
    assertRole(actor, ['ADMIN', 'PROVINCE'], '只有管理员和省厅可以导入专家');
    const file = await this.parse(content);
    if (file.rows.length > SYNC_IMPORT_MAX_ROWS) {
      throw AppError.badInput(`文件共 ${file.rows.length} 行，超过即时导入上限 ${SYNC_IMPORT_MAX_ROWS} 行，请使用后台导入（startExpertImport）`);
    }
    const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
    const ctx = new WriteContext();
    for (let start = 0; start < file.rows.length; start += BATCH) {
      // Each batch's changes reach the search engine through the outbox rows its writes add.
      await this.uow.run((m) => this.processBatch(m, actor, file, start, ctx, report));
    }
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
    await this.checkHeader(content); // header problems are reported now, not minutes later
    const job = await this.uow.run(async (m) => {
      const saved = await this.jobs.insert(m, {
        kind: 'EXPERTS',
        status: 'QUEUED',
        fileName: name,
        content,
        createdBy: actor.accountId === SYSTEM_ACTOR.accountId ? null : actor.accountId,
        rejected: [],
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
    const job = await this.jobs.withContent(jobId);
    if (!job) return;
    const actor = await actorFor(job.createdBy);
    let file: ParsedFile;
    try {
      file = await this.parse(job.content);
    } catch (err) {
      await this.jobs.fail(jobId, (err as Error).message);
      return;
    }
    await this.jobs.setTotal(jobId, file.rows.length);
    const ctx = new WriteContext();
    for (let start = job.processedRows; start < file.rows.length; start += BATCH) {
      await this.uow.run(async (m) => {
        const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
        await this.processBatch(m, actor, file, start, ctx, report);
        await this.jobs.addProgress(m, jobId, Math.min(start + BATCH, file.rows.length), report);
      });
    }
    const done = await this.jobs.totals(jobId);
    await this.uow.run(async (m) => {
      await this.jobs.succeed(m, jobId);
      await writeAudit(m, actor, { action: 'expert.import', entityType: 'import_job', entityId: jobId, after: done });
    });
    this.logger.log(`import ${jobId}: ${JSON.stringify(done)}`);
  }

  private async processBatch(m: EntityManager, actor: Actor, file: ParsedFile, start: number, ctx: WriteContext, report: ImportReport) {
    const end = Math.min(start + BATCH, file.rows.length);
    for (let i = start; i < end; i++) {
      const rowNumber = i + 2; // the header is row 1
      const cells = file.rows[i]!;
      if (cells.every((c) => !String(c ?? '').trim())) continue;
      const read = readImportRow(cells, file.columns);
      if (!read.ok) {
        report.rejected.push({ row: rowNumber, reason: read.reason });
        continue;
      }
      try {
        const { outcome } = await withSavepoint(m, () =>
          this.writer.write(m, actor, read.draft, ctx, { action: 'expert.import_create' }),
        );
        report[outcome]++;
      } catch (err) {
        // Cached lookups may refer to rows the savepoint just undid.
        ctx.employers.clear();
        const reason = err instanceof AppError ? err.message : duplicateReason(err);
        report.rejected.push({ row: rowNumber, reason });
      }
    }
  }
}

function duplicateReason(err: unknown): string {
  const code = (err as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (err as { code?: string })?.code;
  if (code === '23505') return '与已有专家重复（姓名、工作单位和手机号相同）';
  return '该行无法写入，请检查内容后重试';
}
