// Imports expert lists as bureaus keep them (CSV or xlsx, API.md's Chinese header or common variants).
// Each row is written in its own savepoint: a bad row is reported with its row number and reason, and never
// blocks the good ones or leaves half a row. Progress is committed with each batch, so a retried job resumes
// where it stopped, and re-importing the same file changes nothing.
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, SYSTEM_ACTOR, mapImportHeader, readImportRow, restoreNeutralized, type Actor, type ImportColumn } from '@app/domain';
import { looksLikeXlsx, parseCsv, readXlsxRows, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { AppJobQueue } from '../jobs/job-map.js';
import { ExpertWriter, WriteContext } from './expert-writer.js';
import { ImportJobEntity, type RejectedRow } from './import-job.entity.js';
import { SearchIndexService } from './search-index.service.js';

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
    private readonly db: DataSource,
    private readonly writer: ExpertWriter,
    private readonly index: SearchIndexService,
    private readonly queue: AppJobQueue,
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
      await this.db.transaction((m) => this.processBatch(m, actor, file, start, ctx, report));
    }
    await writeAudit(this.db.manager, actor, { action: 'expert.import', entityType: 'expert', after: { ...report, rejected: report.rejected.length } });
    if (report.created || report.updated) await this.index.requestSync();
    return report;
  }

  /** Queues an import of any size; poll `importJob(id)` for progress and the report. */
  async start(actor: Actor, fileName: string, content: Buffer): Promise<ImportJobEntity> {
    assertRole(actor, ['ADMIN', 'PROVINCE'], '只有管理员和省厅可以导入专家');
    const name = (fileName ?? '').trim().slice(0, 200) || '专家名单';
    if (!content.length) throw AppError.badInput('文件是空的');
    if (content.length > MAX_FILE_BYTES) throw AppError.badInput('文件超过 50 MB，请拆分后分批导入');
    await this.checkHeader(content); // header problems are reported now, not minutes later
    const job = await this.db.transaction(async (m) => {
      const saved = await m.getRepository(ImportJobEntity).save(
        m.getRepository(ImportJobEntity).create({ kind: 'EXPERTS', status: 'QUEUED', fileName: name, content, createdBy: actor.accountId === SYSTEM_ACTOR.accountId ? null : actor.accountId, rejected: [], processedRows: 0, created: 0, updated: 0, unchanged: 0 }),
      );
      await writeAudit(m, actor, { action: 'expert.import_start', entityType: 'import_job', entityId: saved.id, after: { fileName: name, bytes: content.length } });
      return saved;
    });
    await this.queue.add('experts.import', { importJobId: job.id }, { jobId: `import-${job.id}` });
    return this.job(actor, job.id);
  }

  async job(actor: Actor, id: string): Promise<ImportJobEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('导入任务');
    const job = await this.db.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw AppError.notFound('导入任务');
    if (actor.role !== 'ADMIN' && job.createdBy !== actor.accountId) throw AppError.forbidden('您无权查看该导入任务');
    return job;
  }

  /** The job handler's work. Idempotent: a finished job is left alone, a retried one resumes after its last batch. */
  async run(jobId: string, actorFor: (accountId: string | null) => Promise<Actor>): Promise<void> {
    const claimed: { id: string }[] = await this.db.query(
      `WITH c AS (UPDATE import_jobs SET status = 'RUNNING', started_at = coalesce(started_at, now())
         WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM c`,
      [jobId],
    );
    if (!claimed.length) return;
    const job = await this.db.getRepository(ImportJobEntity).createQueryBuilder('j').addSelect('j.content').where('j.id = :id', { id: jobId }).getOne();
    if (!job) return;
    const actor = await actorFor(job.createdBy);
    let file: ParsedFile;
    try {
      file = await this.parse(job.content);
    } catch (err) {
      await this.db.query(`UPDATE import_jobs SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [jobId, (err as Error).message]);
      return;
    }
    await this.db.query(`UPDATE import_jobs SET total_rows = $2 WHERE id = $1`, [jobId, file.rows.length]);
    const ctx = new WriteContext();
    for (let start = job.processedRows; start < file.rows.length; start += BATCH) {
      await this.db.transaction(async (m) => {
        const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
        await this.processBatch(m, actor, file, start, ctx, report);
        const processed = Math.min(start + BATCH, file.rows.length);
        await m.query(
          `UPDATE import_jobs SET processed_rows = $2, created = created + $3, updated = updated + $4, unchanged = unchanged + $5,
             rejected = rejected || $6::jsonb WHERE id = $1`,
          [jobId, processed, report.created, report.updated, report.unchanged, JSON.stringify(report.rejected)],
        );
      });
      await this.index.requestSync();
    }
    const [done] = await this.db.query(`SELECT created, updated, unchanged, jsonb_array_length(rejected) AS rejected FROM import_jobs WHERE id = $1`, [jobId]);
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE import_jobs SET status = 'SUCCEEDED', finished_at = now() WHERE id = $1`, [jobId]);
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
      await m.query('SAVEPOINT import_row');
      try {
        const { outcome } = await this.writer.write(m, actor, read.draft, ctx, { action: 'expert.import_create' });
        await m.query('RELEASE SAVEPOINT import_row');
        report[outcome]++;
      } catch (err) {
        await m.query('ROLLBACK TO SAVEPOINT import_row');
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
