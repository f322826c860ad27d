// The library, or the part a search selects, as an xlsx in the import's own layout (it can be re-imported).
// Small results are answered at once (`exportExperts`, up to SYNC_EXPORT_MAX_ROWS rows); anything larger is a
// background job: the rows are read page by page and streamed into the file, so memory does not grow with the
// library; the file goes to the file store and is served behind a signed, expiring link to the account that
// started the export only, then swept after EXPORT_FILE_HOURS.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AppError, EXPERT_SOURCE_LABELS, GENDER_LABELS, HONOUR_LABELS, TITLE_LEVEL_LABELS, type Actor } from '@app/domain';
import {
  Clock,
  FILE_LINK_SECRET,
  FileStore,
  PG_UNIQUE_VIOLATION,
  fileLinkValid,
  openXlsxStream,
  pgErrorCode,
  signFileLink,
  writeAudit,
  writeXlsx,
  type SheetCell,
  type StoredFile,
} from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { AppJobQueue } from '../jobs/job-map.js';
import { fieldLabels } from './expert-document.js';
import { ExpertService, type ExpertFilterInput, type ExpertView } from './expert.service.js';
import { ExportJobEntity, type ExpertExportParams } from './export-job.entity.js';

/** Rows `exportExperts` answers at once; more go through `startExpertExport`. */
export const SYNC_EXPORT_MAX_ROWS = 2000;
/** How long a finished export file is kept. */
export const EXPORT_FILE_HOURS = 24;
/** How long one download link works (exportJob gives a fresh one each time it is read). */
export const EXPORT_LINK_SECONDS = 10 * 60;
/** An export still QUEUED/RUNNING after this long is taken as lost (its worker died) and no longer blocks a new one. */
const STALE_EXPORT_MINUTES = 120;
const PAGE = 100;
const ATTEMPTS = 3;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Injection token: the directory where export files are written before they go to the file store. */
export const EXPORT_WORK_DIR = Symbol('EXPORT_WORK_DIR');

const HEADER = ['姓名', '性别', '工作单位', '职称', '职称级别', '专业领域', '研究方向', '人才称号', '所在地区', '专家来源', '是否退休', '手机', '邮箱', '状态'];
const ROLES = ['ADMIN', 'PROVINCE', 'LOCAL'] as const;

export interface ExportDownload extends StoredFile {
  fileName: string;
}

@Injectable()
export class ExpertExportService {
  private readonly logger = new Logger('ExpertExport');

  constructor(
    private readonly db: DataSource,
    private readonly experts: ExpertService,
    private readonly queue: AppJobQueue,
    private readonly files: FileStore,
    private readonly clock: Clock,
    @Inject(FILE_LINK_SECRET) private readonly linkSecret: string,
    @Inject(EXPORT_WORK_DIR) private readonly workDir: string,
  ) {}

  private row(view: ExpertView): SheetCell[] {
    const e = view.expert;
    return [
      e.name,
      e.gender ? GENDER_LABELS[e.gender] : '',
      view.employerName,
      e.title,
      TITLE_LEVEL_LABELS[e.titleLevel],
      fieldLabels(e.fields),
      e.specialties,
      e.honours.map((h) => HONOUR_LABELS[h]).join('、'),
      e.regionCode,
      EXPERT_SOURCE_LABELS[e.source],
      e.retired ? '是' : '否',
      this.experts.phoneFor(view),
      this.experts.emailFor(view),
      e.status === 'ACTIVE' ? '在库' : '已停用',
    ];
  }

  /** Pages of the selection as the reader may see it, without facet counts. */
  private async *pages(actor: Actor, params: ExpertExportParams): AsyncGenerator<ExpertView[]> {
    let after: string | null = null;
    do {
      const page = await this.experts.search(actor, params.query, params.filter, PAGE, after, { facets: false });
      yield page.hits.map((h) => h.view);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
  }

  private async count(actor: Actor, params: ExpertExportParams): Promise<number> {
    return (await this.experts.search(actor, params.query, params.filter, 0, null, { facets: false })).total;
  }

  private fileName(): string {
    return `专家库-${this.clock.now().toISOString().slice(0, 10)}.xlsx`;
  }

  /** `exportExperts`: a small selection as an xlsx, answered at once. */
  async exportXlsx(actor: Actor, query: string | null | undefined, filter: ExpertFilterInput): Promise<{ fileName: string; content: Buffer; rows: number }> {
    assertRole(actor, [...ROLES], '只有管理员、省厅和属地人社局可以导出专家库');
    const params = { query: query ?? null, filter };
    const total = await this.count(actor, params);
    if (total > SYNC_EXPORT_MAX_ROWS) {
      throw AppError.badInput(
        `符合条件的专家共 ${total} 位，超过即时导出上限 ${SYNC_EXPORT_MAX_ROWS} 位。请使用后台导出（startExpertExport），完成后下载文件；或缩小检索条件`,
        undefined,
        'EXPORT_TOO_LARGE',
      );
    }
    const rows: SheetCell[][] = [];
    let unmasked = 0;
    for await (const views of this.pages(actor, params)) {
      for (const view of views) {
        if (view.contactVisible && (view.expert.phone || view.expert.email)) unmasked++;
        rows.push(this.row(view));
      }
    }
    await writeAudit(this.db.manager, actor, {
      action: 'expert.export',
      entityType: 'expert',
      after: { rows: rows.length, unmaskedContacts: unmasked, query: params.query, filter },
    });
    return { fileName: this.fileName(), content: await writeXlsx('专家库', HEADER, rows), rows: rows.length };
  }

  /** `startExpertExport`: queues an export of any size; `exportJob(id)` shows its progress and then a download link. */
  async start(actor: Actor, query: string | null | undefined, filter: ExpertFilterInput): Promise<ExportJobEntity> {
    assertRole(actor, [...ROLES], '只有管理员、省厅和属地人社局可以导出专家库');
    const params: ExpertExportParams = { query: query ?? null, filter };
    const total = await this.count(actor, params); // a bad query or filter is refused now, not in the job
    const job = await this.db.transaction(async (m) => {
      // A job whose worker died long ago must not block the account for good.
      await m.query(
        `UPDATE export_jobs SET status = 'FAILED', error = '导出超时未完成，请重新导出', finished_at = $3
         WHERE created_by = $1 AND status IN ('QUEUED', 'RUNNING') AND created_at < $2`,
        [actor.accountId, new Date(this.clock.now().getTime() - STALE_EXPORT_MINUTES * 60_000), this.clock.now()],
      );
      const repo = m.getRepository(ExportJobEntity);
      let saved: ExportJobEntity;
      try {
        saved = await repo.save(
          repo.create({ kind: 'EXPERTS', status: 'QUEUED', params, fileName: this.fileName(), totalRows: total, processedRows: 0, createdBy: actor.accountId }),
        );
      } catch (err) {
        // export_jobs_one_active_uq: one running export per account, also when two clicks race.
        if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw AppError.conflict('您已有一个导出任务正在进行，请等它完成后再导出', 'EXPORT_IN_PROGRESS');
        throw err;
      }
      await writeAudit(m, actor, { action: 'expert.export_start', entityType: 'export_job', entityId: saved.id, after: { ...params, totalRows: total } });
      return saved;
    });
    await this.queue.add('experts.export', { exportJobId: job.id }, { jobId: `export-${job.id}`, attempts: ATTEMPTS });
    return job;
  }

  /** A job, for the account that started it only. */
  async job(actor: Actor, id: string): Promise<ExportJobEntity> {
    if (!UUID.test(id ?? '')) throw AppError.notFound('导出任务', 'EXPORT_NOT_FOUND');
    const job = await this.db.getRepository(ExportJobEntity).findOneBy({ id });
    if (!job) throw AppError.notFound('导出任务', 'EXPORT_NOT_FOUND');
    if (job.createdBy !== actor.accountId) throw AppError.forbidden('只有发起导出的账号可以查看和下载该导出任务', 'EXPORT_NOT_OWNER');
    return job;
  }

  private linkSubject(job: Pick<ExportJobEntity, 'id' | 'createdBy'>): string {
    return `export:${job.id}:${job.createdBy}`;
  }

  /** A fresh signed link to a finished file, valid for EXPORT_LINK_SECONDS (never beyond the file's own expiry). */
  downloadLink(job: ExportJobEntity): { url: string; expiresAt: Date } | null {
    if (job.status !== 'SUCCEEDED' || !job.fileKey || !job.expiresAt) return null;
    const now = this.clock.now().getTime();
    if (job.expiresAt.getTime() <= now) return null;
    const expires = Math.floor(Math.min(now + EXPORT_LINK_SECONDS * 1000, job.expiresAt.getTime()) / 1000);
    const signature = signFileLink(this.linkSecret, this.linkSubject(job), expires);
    return { url: `/files/exports/${job.id}?expires=${expires}&signature=${encodeURIComponent(signature)}`, expiresAt: new Date(expires * 1000) };
  }

  /** The file behind a link: for the signed-in account that started the export, while the link and the file last. */
  async openDownload(actor: Actor, id: string, expires: number, signature: string): Promise<ExportDownload> {
    const job = await this.job(actor, id);
    const now = Math.floor(this.clock.now().getTime() / 1000);
    if (Number.isFinite(expires) && expires < now) {
      throw AppError.forbidden('下载链接已过期，请回到导出任务重新下载', 'LINK_EXPIRED');
    }
    if (!fileLinkValid(this.linkSecret, this.linkSubject(job), expires, signature, now)) {
      throw AppError.forbidden('下载链接无效，请回到导出任务重新下载', 'LINK_INVALID');
    }
    const file = job.status === 'SUCCEEDED' && job.fileKey ? await this.files.openRead(job.fileKey) : null;
    if (!file) throw new AppError('NOT_FOUND', '导出文件已过期清理，请重新导出', 'FILE_EXPIRED');
    await writeAudit(this.db.manager, actor, { action: 'expert.export_download', entityType: 'export_job', entityId: job.id, after: { rows: job.processedRows, bytes: job.bytes } });
    return { ...file, fileName: job.fileName };
  }

  /**
   * The job handler's work. Idempotent: a finished job is left alone; a retried one starts the file again (a
   * half-written file is never kept). Rows are read a page at a time and streamed into the workbook.
   */
  async run(jobId: string, actorFor: (accountId: string) => Promise<Actor | null>, attempt = 1): Promise<void> {
    const runId = randomUUID();
    // (A CTE, because TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
    const claimed: { id: string }[] = await this.db.query(
      `WITH c AS (UPDATE export_jobs SET status = 'RUNNING', run_id = $3, started_at = coalesce(started_at, $2), processed_rows = 0
         WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM c`,
      [jobId, this.clock.now(), runId],
    );
    if (!claimed.length) return;
    const job = (await this.db.getRepository(ExportJobEntity).findOneBy({ id: jobId }))!;
    /** Updates the job while this run still owns it; false when another run has taken over. */
    const own = async (set: string, values: unknown[]): Promise<boolean> => {
      const rows: unknown[] = await this.db.query(
        `WITH c AS (UPDATE export_jobs SET ${set} WHERE id = $1 AND run_id = $2 AND status = 'RUNNING' RETURNING id) SELECT id FROM c`,
        [jobId, runId, ...values],
      );
      return rows.length > 0;
    };
    const fail = (message: string) => own(`status = 'FAILED', error = $3, finished_at = $4`, [message, this.clock.now()]);
    const actor = await actorFor(job.createdBy);
    if (!actor) {
      await fail('发起导出的账号已停用，导出已取消');
      return;
    }
    await mkdir(this.workDir, { recursive: true });
    const part = path.join(this.workDir, `export-${jobId}-${runId}.xlsx.part`);
    const writer = openXlsxStream(part, '专家库', HEADER);
    let rows = 0;
    let unmasked = 0;
    try {
      for await (const views of this.pages(actor, job.params)) {
        const page: SheetCell[][] = [];
        for (const view of views) {
          if (view.contactVisible && (view.expert.phone || view.expert.email)) unmasked++;
          page.push(this.row(view));
        }
        await writer.addRows(page);
        rows += page.length;
        if (!(await own(`processed_rows = $3, total_rows = greatest(total_rows, $3)`, [rows]))) {
          // Superseded (a redelivered job took over) or no longer running: leave the file to the owner.
          writer.abort();
          await rm(part, { force: true });
          return;
        }
      }
      const { bytes } = await writer.close();
      const key = `exports/${jobId}.xlsx`;
      await this.files.putFile(key, part);
      const expiresAt = new Date(this.clock.now().getTime() + EXPORT_FILE_HOURS * 3600_000);
      const finished = await this.db.transaction(async (m) => {
        const done: unknown[] = await m.query(
          `WITH c AS (UPDATE export_jobs SET status = 'SUCCEEDED', file_key = $3, bytes = $4, processed_rows = $5, total_rows = $5, finished_at = $6, expires_at = $7
             WHERE id = $1 AND run_id = $2 AND status = 'RUNNING' RETURNING id) SELECT id FROM c`,
          [jobId, runId, key, bytes, rows, this.clock.now(), expiresAt],
        );
        if (!done.length) return false;
        await writeAudit(m, actor, {
          action: 'expert.export',
          entityType: 'export_job',
          entityId: jobId,
          after: { rows, unmaskedContacts: unmasked, query: job.params.query, filter: job.params.filter, bytes },
        });
        return true;
      });
      if (!finished) return;
      // The sweep runs when the file's time is up; any sweep also catches files an earlier one missed.
      await this.queue.add('exports.sweep', {}, { jobId: `exports-sweep-${jobId}`, delayMs: EXPORT_FILE_HOURS * 3600_000 + 60_000 });
      this.logger.log(`export ${jobId}: ${rows} rows, ${bytes} bytes`);
    } catch (err) {
      writer.abort();
      await rm(part, { force: true });
      // A refusal (scope, input) will not change on a retry; anything else is retried until the last attempt.
      if (err instanceof AppError) await fail(err.message);
      else if (attempt >= ATTEMPTS) await fail('导出失败，请稍后重试；如果问题持续，请联系系统管理员');
      else throw err;
      this.logger.warn(`export ${jobId} failed: ${(err as Error).message}`);
    }
  }

  /** Removes export files past their time and marks their jobs EXPIRED; removes half-written files of dead jobs. */
  async sweep(): Promise<{ files: number; parts: number }> {
    const due: { id: string; file_key: string }[] = await this.db.query(
      `SELECT id, file_key FROM export_jobs WHERE file_key IS NOT NULL AND expires_at <= $1 ORDER BY expires_at LIMIT 1000`,
      [this.clock.now()],
    );
    for (const job of due) {
      await this.files.delete(job.file_key);
      await this.db.query(`UPDATE export_jobs SET status = 'EXPIRED', file_key = NULL WHERE id = $1 AND file_key = $2`, [job.id, job.file_key]);
    }
    let parts = 0;
    const names = await readdir(this.workDir).catch(() => [] as string[]);
    const found = names.flatMap((name) => {
      const m = /^export-([0-9a-f-]{36})-([0-9a-f-]{36})\.xlsx\.part$/.exec(name);
      return m ? [{ name, jobId: m[1]!, runId: m[2]! }] : [];
    });
    if (found.length) {
      // A part file is kept only while its run still owns a running job.
      const live: { id: string; run_id: string }[] = await this.db.query(
        `SELECT id, run_id FROM export_jobs WHERE id = ANY($1::uuid[]) AND status IN ('QUEUED', 'RUNNING')`,
        [found.map((f) => f.jobId)],
      );
      const keep = new Set(live.map((r) => `${r.id}:${r.run_id}`));
      for (const f of found.filter((x) => !keep.has(`${x.jobId}:${x.runId}`))) {
        await rm(path.join(this.workDir, f.name), { force: true });
        parts++;
      }
    }
    return { files: due.length, parts };
  }
}
