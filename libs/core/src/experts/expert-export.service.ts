// The library, or the part a search selects, as an xlsx in the import's own layout (it can be re-imported).
// Small results are answered at once (`exportExperts`, up to SYNC_EXPORT_MAX_ROWS rows); anything larger is a
// background job: the rows are read page by page and streamed into the file, so memory does not grow with the
// library; the file goes to the file store and is served behind a signed, expiring link to the account that
// started the export only, then swept after EXPORT_FILE_HOURS.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  AppError,
  EXPERT_SOURCE_LABELS,
  GENDER_LABELS,
  HONOUR_LABELS,
  TITLE_LEVEL_LABELS,
  isUuid,
  type Actor,
} from '@app/domain';
import {
  Clock,
  FILE_LINK_SECRET,
  FileStore,
  PG_UNIQUE_VIOLATION,
  UnitOfWork,
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
import { AuditRepository } from '../audit/audit.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { fieldLabels } from './expert-document.js';
import { ExpertService, type ExpertFilterInput, type ExpertView } from './expert.service.js';
import type { ExportJobEntity, ExpertExportParams } from './export-job.entity.js';
import { ExportJobRepository } from './export-job.repository.js';

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

/** Injection token: the directory where export files are written before they go to the file store. */
export const EXPORT_WORK_DIR = Symbol('EXPORT_WORK_DIR');

const HEADER = [
  '姓名',
  '性别',
  '工作单位',
  '职称',
  '职称级别',
  '专业领域',
  '研究方向',
  '人才称号',
  '所在地区',
  '专家来源',
  '是否退休',
  '手机',
  '邮箱',
  '状态',
];
const ROLES = ['ADMIN', 'PROVINCE', 'LOCAL'] as const;

export interface ExportDownload extends StoredFile {
  fileName: string;
}

@Injectable()
export class ExpertExportService {
  private readonly logger = new Logger('ExpertExport');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: ExportJobRepository,
    private readonly audit: AuditRepository,
    private readonly experts: ExpertService,
    private readonly outbox: AppOutbox,
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
      const page = await this.experts.search(actor, params.query, params.filter, PAGE, after, {
        facets: false,
      });
      yield page.hits.map((h) => h.view);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
  }

  private async count(actor: Actor, params: ExpertExportParams): Promise<number> {
    return (
      await this.experts.search(actor, params.query, params.filter, 0, null, {
        facets: false,
        exactTotal: true,
      })
    ).total;
  }

  private fileName(): string {
    return `专家库-${this.clock.now().toISOString().slice(0, 10)}.xlsx`;
  }

  /** `exportExperts`: a small selection as an xlsx, answered at once. */
  async exportXlsx(
    actor: Actor,
    query: string | null | undefined,
    filter: ExpertFilterInput,
  ): Promise<{ fileName: string; content: Buffer; rows: number }> {
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
    await this.audit.record(actor, {
      action: 'expert.export',
      entityType: 'expert',
      after: { rows: rows.length, unmaskedContacts: unmasked, query: params.query, filter },
    });
    return { fileName: this.fileName(), content: await writeXlsx('专家库', HEADER, rows), rows: rows.length };
  }

  /** `startExpertExport`: queues an export of any size; `exportJob(id)` shows its progress and then a download link. */
  async start(
    actor: Actor,
    query: string | null | undefined,
    filter: ExpertFilterInput,
  ): Promise<ExportJobEntity> {
    assertRole(actor, [...ROLES], '只有管理员、省厅和属地人社局可以导出专家库');
    const params: ExpertExportParams = { query: query ?? null, filter };
    const total = await this.count(actor, params); // a bad query or filter is refused now, not in the job
    return this.uow.run(async (m) => {
      // A job whose worker died long ago must not block the account for good.
      const now = this.clock.now();
      await this.jobs.failStale(
        m,
        actor.accountId,
        new Date(now.getTime() - STALE_EXPORT_MINUTES * 60_000),
        now,
      );
      let saved: ExportJobEntity;
      try {
        saved = await this.jobs.insert(m, {
          kind: 'EXPERTS',
          status: 'QUEUED',
          params,
          fileName: this.fileName(),
          totalRows: total,
          processedRows: 0,
          createdBy: actor.accountId,
        });
      } catch (err) {
        // export_jobs_one_active_uq: one running export per account, also when two clicks race.
        if (pgErrorCode(err) === PG_UNIQUE_VIOLATION)
          throw AppError.conflict('您已有一个导出任务正在进行，请等它完成后再导出', 'EXPORT_IN_PROGRESS');
        throw err;
      }
      await writeAudit(m, actor, {
        action: 'expert.export_start',
        entityType: 'export_job',
        entityId: saved.id,
        after: { ...params, totalRows: total },
      });
      await this.outbox.add(
        m,
        'experts.export',
        { exportJobId: saved.id },
        { jobId: `export-${saved.id}`, attempts: ATTEMPTS },
      );
      return saved;
    });
  }

  /** A job, for the account that started it only. */
  async job(actor: Actor, id: string): Promise<ExportJobEntity> {
    if (!isUuid(id)) throw AppError.notFound('导出任务', 'EXPORT_NOT_FOUND');
    const job = await this.jobs.find(id);
    if (!job) throw AppError.notFound('导出任务', 'EXPORT_NOT_FOUND');
    if (job.createdBy !== actor.accountId)
      throw AppError.forbidden('只有发起导出的账号可以查看和下载该导出任务', 'EXPORT_NOT_OWNER');
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
    return {
      url: `/files/exports/${job.id}?expires=${expires}&signature=${encodeURIComponent(signature)}`,
      expiresAt: new Date(expires * 1000),
    };
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
    if (!file) throw new AppError('FILE_EXPIRED', '导出文件已过期清理，请重新导出');
    await this.audit.record(actor, {
      action: 'expert.export_download',
      entityType: 'export_job',
      entityId: job.id,
      after: { rows: job.processedRows, bytes: job.bytes },
    });
    return { ...file, fileName: job.fileName };
  }

  /**
   * The job handler's work. Idempotent: a finished job is left alone; a retried one starts the file again (a
   * half-written file is never kept). Rows are read a page at a time and streamed into the workbook.
   */
  async run(
    jobId: string,
    actorFor: (accountId: string) => Promise<Actor | null>,
    attempt = 1,
  ): Promise<void> {
    const runId = randomUUID();
    if (!(await this.jobs.claim(jobId, runId, this.clock.now()))) return;
    const job = (await this.jobs.find(jobId))!;
    const fail = (message: string) => this.jobs.fail(jobId, runId, message, this.clock.now());
    const actor = await actorFor(job.createdBy);
    if (!actor) {
      await fail('发起导出的账号已停用，导出已取消');
      return;
    }
    await mkdir(this.workDir, { recursive: true });
    const part = path.join(this.workDir, `export-${jobId}-${runId}.xlsx.part`);
    const writer = await openXlsxStream(part, '专家库', HEADER);
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
        if (!(await this.jobs.progress(jobId, runId, rows))) {
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
      const finished = await this.uow.run(async (m) => {
        const now = this.clock.now();
        if (!(await this.jobs.succeed(m, jobId, runId, { key, bytes, rows, finishedAt: now, expiresAt })))
          return false;
        await writeAudit(m, actor, {
          action: 'expert.export',
          entityType: 'export_job',
          entityId: jobId,
          after: {
            rows,
            unmaskedContacts: unmasked,
            query: job.params.query,
            filter: job.params.filter,
            bytes,
          },
        });
        // The sweep runs when the file's time is up; any sweep also catches files an earlier one missed.
        await this.outbox.add(
          m,
          'exports.sweep',
          {},
          {
            jobId: `exports-sweep-${jobId}`,
            runAt: new Date(expiresAt.getTime() + 60_000),
          },
        );
        return true;
      });
      if (!finished) return;
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
    const due = await this.jobs.due(this.clock.now());
    for (const job of due) {
      await this.files.delete(job.file_key);
      await this.jobs.markExpired(job.id, job.file_key);
    }
    let parts = 0;
    const names = await readdir(this.workDir).catch(() => [] as string[]);
    const found = names.flatMap((name) => {
      const m = /^export-([0-9a-f-]{36})-([0-9a-f-]{36})\.xlsx\.part$/.exec(name);
      return m ? [{ name, jobId: m[1]!, runId: m[2]! }] : [];
    });
    if (found.length) {
      // A part file is kept only while its run still owns a running job.
      const keep = await this.jobs.liveRuns(found.map((f) => f.jobId));
      for (const f of found.filter((x) => !keep.has(`${x.jobId}:${x.runId}`))) {
        await rm(path.join(this.workDir, f.name), { force: true });
        parts++;
      }
    }
    return { files: due.length, parts };
  }
}
