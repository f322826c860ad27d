// 服务批次 and completion: the team lead (or the dispatcher) logs each visit; a correction writes a new version and
// keeps the old one; a demand is complete when its team has served the notices' minimum of days, or when a
// dispatcher overrides with a reason. Every write is one transaction with its audit row.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ACTIVITY_TYPE_LABELS,
  AppError,
  BATCH_LIMITS,
  DEMAND_STATUS_LABELS,
  FOLLOW_UP_DAYS,
  MIN_TEAM_SERVICE_DAYS,
  OUTCOME_ITEM_LABELS,
  addDays,
  batchProblems,
  chinaDate,
  completionProblem,
  imageType,
  isUuid,
  photoProblem,
  type Actor,
  type BatchDraft,
  type KeyAssistance,
  type TitleLevel,
} from '@app/domain';
import { Clock, FILE_LINK_SECRET, FileStore, fileLinkValid, signFileLink, writeAudit } from '@app/platform';
import type { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { DemandService, type AfterCommit } from '../demands/demand.service.js';
import type { TeamEntity } from '../dispatch/dispatch.entities.js';
import { TeamRepository } from '../dispatch/team.repository.js';
import { TeamService } from '../dispatch/team.service.js';
import { AppJobQueue } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import type { ServiceBatchEntity, ServicePhotoEntity } from './service.entities.js';
import { PhotoStorageService } from './photo-storage.service.js';
import { ServiceRepository } from './service.repository.js';

export interface ServiceBatchInput extends Omit<BatchDraft, 'unitNames' | 'outcomes' | 'remote' | 'problemsSolved'> {
  teamId: string;
  demandId: string;
  unitNames?: string[] | null;
  remote?: boolean | null;
  outcomes?: BatchDraft['outcomes'] | null;
  problemsSolved?: string[] | null;
  photoIds?: string[] | null;
}

/** A batch as read: the version, who was present, the place and the photos. */
export interface BatchView {
  batch: ServiceBatchEntity;
  experts: { id: string; name: string; titleLevel: TitleLevel }[];
  regionName: string;
  keyAssistance: boolean;
  photos: ServicePhotoEntity[];
  createdByName: string | null;
}

const PHOTO_LINK_SECONDS = 3600;
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

@Injectable()
export class ServiceBatchService {
  private readonly logger = new Logger('ServiceBatches');
  private readonly repo: ServiceRepository;
  private readonly teams: TeamRepository;

  constructor(
    private readonly db: DataSource,
    private readonly demands: DemandRepository,
    private readonly demandService: DemandService,
    private readonly teamService: TeamService,
    private readonly notifications: NotificationService,
    private readonly queue: AppJobQueue,
    private readonly clock: Clock,
    private readonly files: FileStore,
    private readonly photoFiles: PhotoStorageService,
    @Inject(FILE_LINK_SECRET) private readonly linkSecret: string,
  ) {
    this.repo = new ServiceRepository(db);
    this.teams = new TeamRepository(db);
  }

  // ---- Access ---------------------------------------------------------------------------------------------

  /**
   * May the actor log and correct the team's batches: ADMIN, a PROVINCE whose scope covers every demand of the
   * team, or the team's lead expert once confirmed.
   */
  async canManage(actor: Actor, team: TeamEntity, m: EntityManager = this.db.manager): Promise<boolean> {
    return (await this.canManageMany(actor, [team], m)).has(team.id);
  }

  /** The ids of the teams (of a list) whose batches the actor may log: one query for the whole list. */
  async canManageMany(actor: Actor, teams: readonly TeamEntity[], m: EntityManager = this.db.manager): Promise<Set<string>> {
    const ids = teams.map((t) => t.id);
    if (actor.role === 'ADMIN') return new Set(ids);
    if (actor.role === 'PROVINCE') {
      const regions = await this.repo.demandRegionsOfTeams(m, ids);
      return new Set(ids.filter((id) => (regions.get(id) ?? []).length > 0 && regions.get(id)!.every((regionCode) => this.demandService.covers(actor, { regionCode }))));
    }
    if (actor.role === 'EXPERT' && actor.expertId) {
      const led = teams.filter((t) => t.leadExpertId === actor.expertId).map((t) => t.id);
      return this.repo.confirmedTeamsOf(m, actor.expertId, led);
    }
    return new Set();
  }

  private async assertCanManage(actor: Actor, team: TeamEntity, m?: EntityManager): Promise<void> {
    if (!(await this.canManage(actor, team, m)))
      throw AppError.forbidden('只有服务团领衔专家或负责派单的省厅可以登记服务批次', 'BATCH_FORBIDDEN');
  }

  // ---- Logging --------------------------------------------------------------------------------------------

  /** Logs a new batch for a demand in service. */
  async log(actor: Actor, input: ServiceBatchInput): Promise<ServiceBatchEntity> {
    return this.write(actor, input, null, null);
  }

  /** A correction: the batch's new version; the old one stays, superseded, and the audit shows both. */
  async correct(actor: Actor, batchId: string, input: ServiceBatchInput, reason: string): Promise<ServiceBatchEntity> {
    if (!isUuid(batchId)) throw AppError.notFound('服务批次', 'BATCH_NOT_FOUND');
    const why = (reason ?? '').trim();
    if (!why) throw AppError.badInput('更正服务批次需要填写原因', { reason: '请填写更正原因' });
    if (why.length > 500) throw AppError.badInput('更正原因不能超过 500 个字', { reason: '不超过 500 个字' });
    return this.write(actor, input, batchId, why);
  }

  private async write(actor: Actor, input: ServiceBatchInput, correctsId: string | null, reason: string | null): Promise<ServiceBatchEntity> {
    if (!isUuid(input.teamId)) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
    if (!isUuid(input.demandId)) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    const draft: BatchDraft = {
      startDate: input.startDate ?? '',
      endDate: input.endDate ?? '',
      days: input.days,
      regionCode: (input.regionCode ?? '').trim(),
      unitsServed: input.unitsServed ?? null,
      unitNames: (input.unitNames ?? []).map((n) => n.trim()).filter(Boolean),
      expertIds: input.expertIds ?? [],
      remote: input.remote ?? false,
      activities: (input.activities ?? []).map((a) => ({ type: a.type, count: a.count, participants: a.participants ?? null, note: a.note?.trim() || null })),
      outcomes: (input.outcomes ?? []).map((o) => ({ item: o.item, value: o.value ?? null, text: o.text?.trim() || null })),
      problemsSolved: (input.problemsSolved ?? []).map((s) => s.trim()).filter(Boolean),
      note: input.note?.trim() || null,
    };
    const photoIds = [...new Set(input.photoIds ?? [])];
    if (photoIds.length > BATCH_LIMITS.photos) throw AppError.badInput(`每批次最多 ${BATCH_LIMITS.photos} 张照片`, { photoIds: '照片过多' });
    if (photoIds.some((id) => !isUuid(id))) throw AppError.badInput('照片编号格式不正确', { photoIds: '照片编号格式不正确' });

    const after: AfterCommit[] = [];
    const saved = await this.db.transaction(async (m) => {
      const team = await this.teams.lockTeam(m, input.teamId);
      if (!team) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
      await this.assertCanManage(actor, team, m);
      const demandIds = await this.teams.demandIdsOf(team.id, m);
      if (!demandIds.includes(input.demandId)) throw AppError.badInput('该需求不由此服务团服务', { demandId: '请选择本服务团服务的需求' });
      const demand = await this.demands.find(input.demandId, m);
      if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');

      let previous: ServiceBatchEntity | null = null;
      if (correctsId) {
        const version = await this.repo.findVersion(correctsId);
        if (!version || version.teamId !== team.id) throw AppError.notFound('服务批次', 'BATCH_NOT_FOUND');
        previous = await this.repo.currentForUpdate(m, version.batchKey);
        if (!previous || previous.id !== correctsId)
          throw AppError.conflict('该批次已被他人更正，请刷新后在最新版本上修改', 'BATCH_STALE');
        if (!['IN_SERVICE', 'DELIVERED'].includes(demand.status))
          throw AppError.conflict(`需求当前为“${DEMAND_STATUS_LABELS[demand.status]}”，不能再更正服务批次`, 'BATCH_CLOSED');
      } else if (demand.status !== 'IN_SERVICE') {
        throw AppError.conflict(
          `需求当前为“${DEMAND_STATUS_LABELS[demand.status]}”，只有“${DEMAND_STATUS_LABELS.IN_SERVICE}”的需求可以登记服务批次`,
          'BATCH_CLOSED',
        );
      }

      const confirmed = (await this.teams.assignmentsOf(team.id, m)).filter((a) => a.status === 'CONFIRMED').map((a) => a.expertId);
      const problems = batchProblems(draft, {
        teamStartDate: team.startDate,
        teamEndDate: team.endDate,
        confirmedExpertIds: new Set(confirmed),
        today: chinaDate(this.clock.now()),
      });
      if (!problems.regionCode) {
        const [region] = await m.query(`SELECT level FROM regions WHERE code = $1`, [draft.regionCode]);
        if (!region) problems.regionCode = '服务地点不是有效的行政区划';
        else if (region.level !== 'COUNTY') problems.regionCode = '服务地点请选择到区县';
      }
      if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);

      const photos = await this.repo.photosById(m, photoIds);
      if (photos.length !== photoIds.length || photos.some((p) => p.teamId !== team.id || (p.batchKey && p.batchKey !== previous?.batchKey)))
        throw AppError.badInput('照片不存在或不属于本服务团', { photoIds: '请重新上传照片' });

      const now = this.clock.now();
      if (previous) await this.repo.supersede(m, previous.id, now);
      const batch = await this.repo.insertBatch(
        m,
        {
          batchKey: previous?.batchKey ?? randomUUID(),
          version: (previous?.version ?? 0) + 1,
          supersededAt: null,
          teamId: team.id,
          demandId: demand.id,
          startDate: draft.startDate,
          endDate: draft.endDate,
          days: draft.days,
          regionCode: draft.regionCode,
          unitsServed: draft.unitsServed ?? null,
          unitNames: draft.unitNames,
          remote: draft.remote,
          activities: draft.activities,
          outcomes: draft.outcomes,
          problemsSolved: draft.problemsSolved,
          note: draft.note ?? null,
          correctionReason: reason,
          createdBy: actor.accountId,
        },
        draft.expertIds,
      );
      await this.repo.attachPhotos(m, photoIds, batch.batchKey);
      await writeAudit(m, actor, {
        action: previous ? 'batch.correct' : 'batch.log',
        entityType: 'service_batch',
        entityId: batch.batchKey,
        before: previous ? { ...this.auditShape(previous), version: previous.version } : null,
        after: { ...this.auditShape(batch), version: batch.version, experts: draft.expertIds, reason },
      });
      if (!previous) {
        // Tell the unit a visit was logged, once per batch.
        for (const recipientId of await this.demandService.unitAccounts(m, demand.organizationId)) {
          const n = await this.notifications.notify(m, {
            recipientId,
            kind: 'BATCH_LOGGED',
            title: `服务团已登记服务：${demand.title}`,
            body: `${team.name} 于 ${batch.startDate} 至 ${batch.endDate} 服务 ${batch.days} 天。`,
            link: `/demands/${demand.id}`,
            dedupeKey: `batch-${batch.batchKey}`,
          });
          after.push(n.afterCommit);
        }
      }
      return batch;
    });
    for (const f of after) await f().catch((err) => this.logger.warn(`after batch: ${(err as Error).message}`));
    return saved;
  }

  private auditShape(b: ServiceBatchEntity) {
    return {
      teamId: b.teamId,
      demandId: b.demandId,
      startDate: b.startDate,
      endDate: b.endDate,
      days: b.days,
      regionCode: b.regionCode,
      unitsServed: b.unitsServed,
      activities: b.activities.map((a) => `${ACTIVITY_TYPE_LABELS[a.type]}×${a.count}`),
      outcomes: b.outcomes.map((o) => `${OUTCOME_ITEM_LABELS[o.item]}:${o.value ?? o.text ?? ''}`),
      problemsSolved: b.problemsSolved,
    };
  }

  // ---- Reading --------------------------------------------------------------------------------------------

  /** Current batches of a team or of a demand, for whoever may see the team (or the demand). */
  async list(actor: Actor, where: { teamId?: string | null; demandId?: string | null }): Promise<BatchView[]> {
    if (where.teamId) {
      await this.teamService.get(actor, where.teamId);
      const rows = await this.repo.currentBatches({ teamId: where.teamId, ...(where.demandId ? { demandId: where.demandId } : {}) });
      return this.views(rows);
    }
    if (where.demandId) {
      await this.demandService.get(actor, where.demandId);
      return this.views(await this.repo.currentBatches({ demandId: where.demandId }));
    }
    throw AppError.badInput('请指定服务团或需求');
  }

  /** Days served by each of the teams (already read by the caller, so no scope check here). */
  async servedDays(teamIds: readonly string[]): Promise<Map<string, number>> {
    return this.repo.servedDaysOfTeams(teamIds);
  }

  /** Every version of a batch, newest first. */
  async versions(actor: Actor, batchId: string): Promise<BatchView[]> {
    const version = isUuid(batchId) ? await this.repo.findVersion(batchId) : null;
    if (!version) throw AppError.notFound('服务批次', 'BATCH_NOT_FOUND');
    await this.teamService.get(actor, version.teamId);
    return this.views(await this.repo.versions(version.batchKey));
  }

  async views(rows: ServiceBatchEntity[]): Promise<BatchView[]> {
    const withExperts = await this.repo.withExperts(rows);
    const expertIds = [...new Set(withExperts.flatMap((b) => b.expertIds))];
    const regionCodes = [...new Set(rows.map((b) => b.regionCode))];
    const accountIds = [...new Set(rows.map((b) => b.createdBy).filter((id): id is string => !!id))];
    const [experts, regions, accounts, photos] = await Promise.all([
      expertIds.length
        ? (this.db.query(`SELECT id, name, title_level FROM experts WHERE id = ANY($1::uuid[])`, [expertIds]) as Promise<{ id: string; name: string; title_level: TitleLevel }[]>)
        : Promise.resolve([]),
      this.db.query(`SELECT code, name, key_assistance FROM regions WHERE code = ANY($1::text[])`, [regionCodes]) as Promise<{ code: string; name: string; key_assistance: KeyAssistance }[]>,
      accountIds.length
        ? (this.db.query(`SELECT id, display_name AS name FROM accounts WHERE id = ANY($1::uuid[])`, [accountIds]) as Promise<{ id: string; name: string }[]>)
        : Promise.resolve([]),
      this.repo.photosOf([...new Set(rows.map((b) => b.batchKey))]),
    ]);
    const expertById = new Map(experts.map((e) => [e.id, { id: e.id, name: e.name, titleLevel: e.title_level }]));
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    const accountName = new Map(accounts.map((a) => [a.id, a.name]));
    return withExperts.map(({ batch, expertIds: ids }) => ({
      batch,
      experts: ids.map((id) => expertById.get(id)).filter((e): e is NonNullable<typeof e> => !!e),
      regionName: regionByCode.get(batch.regionCode)?.name ?? batch.regionCode,
      keyAssistance: (regionByCode.get(batch.regionCode)?.key_assistance ?? 'NONE') !== 'NONE',
      photos: photos.get(batch.batchKey) ?? [],
      createdByName: batch.createdBy ? accountName.get(batch.createdBy) ?? null : null,
    }));
  }

  // ---- Photos ---------------------------------------------------------------------------------------------

  /** Stores a photo of the site for a team; it is attached to a batch when the batch is logged. */
  async uploadPhoto(actor: Actor, teamId: string, fileName: string, data: Buffer, caption?: string | null): Promise<ServicePhotoEntity> {
    const team = isUuid(teamId) ? await this.teams.find(teamId) : null;
    if (!team) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
    await this.assertCanManage(actor, team);
    const [live] = await this.db.query(
      `SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id WHERE td.team_id = $1 AND d.status IN ('IN_SERVICE', 'DELIVERED') LIMIT 1`,
      [team.id],
    );
    if (!live) throw AppError.conflict('服务团尚未进入服务阶段，暂不能上传现场照片', 'BATCH_CLOSED');
    const type = imageType(data);
    const problem = photoProblem(data, type ?? '');
    if (problem) throw AppError.badInput(problem, { file: problem });
    const name = (fileName ?? '').trim().slice(0, 200) || `photo.${EXTENSION[type!]}`;
    if ((caption ?? '').length > 200) throw AppError.badInput('照片说明不能超过 200 个字', { caption: '不超过 200 个字' });
    const key = `photos/${team.id}/${randomUUID()}.${EXTENSION[type!]}`;
    // The file is kept only once its row is committed: a refused or failed upload leaves nothing behind.
    await this.photoFiles.stage(key, data);
    let photo: ServicePhotoEntity;
    try {
      photo = await this.db.transaction(async (m) => {
        const row = await this.repo.insertPhoto(m, {
          teamId: team.id,
          batchKey: null,
          storageKey: key,
          fileName: name,
          contentType: type!,
          size: data.length,
          caption: caption?.trim() || null,
          uploadedBy: actor.accountId,
        });
        await writeAudit(m, actor, { action: 'batch.photo', entityType: 'service_photo', entityId: row.id, after: { teamId: team.id, fileName: name, size: data.length } });
        return row;
      });
    } catch (err) {
      await this.photoFiles.discard(key);
      throw err;
    }
    await this.photoFiles.keep(key);
    return photo;
  }

  /** A signed link an <img> can load for an hour. */
  photoPath(photo: ServicePhotoEntity): string {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + PHOTO_LINK_SECONDS;
    return `/files/photos/${photo.id}?expires=${expires}&signature=${signFileLink(this.linkSecret, photo.id, expires)}`;
  }

  /** The photo behind a signed link, or null when the link is wrong, expired or the photo gone. */
  async photoByLink(id: string, expires: number, signature: string): Promise<{ data: Buffer; contentType: string; fileName: string } | null> {
    if (!isUuid(id) || !fileLinkValid(this.linkSecret, id, expires, signature, Math.floor(this.clock.now().getTime() / 1000))) return null;
    const photo = await this.repo.findPhoto(id);
    const data = photo ? await this.files.get(photo.storageKey) : null;
    return photo && data ? { data, contentType: photo.contentType, fileName: photo.fileName } : null;
  }

  // ---- Completion -----------------------------------------------------------------------------------------

  /**
   * 服务完成: the demand goes to DELIVERED when its team has served at least MIN_TEAM_SERVICE_DAYS in total; below
   * that only a dispatcher may complete it, with a reason that is kept on the demand, in its history and audit.
   * Schedules the evaluation reminder and the +30/+180 day follow-ups.
   */
  async complete(actor: Actor, demandId: string, overrideReason?: string | null): Promise<DemandEntity> {
    if (!isUuid(demandId)) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    const override = (overrideReason ?? '').trim() || null;
    if (override && override.length > 500) throw AppError.badInput('强制完成原因不能超过 500 个字', { overrideReason: '不超过 500 个字' });
    const after: AfterCommit[] = [];
    const demand = await this.db.transaction(async (m) => {
      const d = await this.demands.findForUpdate(m, demandId);
      if (!d) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      if (!(await this.demandService.canRead(actor, d))) throw AppError.forbidden('您无权操作该需求', 'DEMAND_OUT_OF_SCOPE');
      const relation = this.demandService.relationOf(actor, d);
      const totals = await this.repo.totalDaysOfDemandTeams(m, d.id);
      const served = Math.max(0, ...totals.map((t) => t.days));
      const shortfall = d.status === 'IN_SERVICE' ? completionProblem(served, MIN_TEAM_SERVICE_DAYS) : null;
      let note: string | null = null;
      if (shortfall) {
        if (!override) throw AppError.conflict(shortfall, 'SERVICE_DAYS_SHORT');
        if (relation !== 'DISPATCHER') throw AppError.forbidden('服务天数不足时，只有省厅派单员可以填写原因强制完成', 'COMPLETION_OVERRIDE_FORBIDDEN');
        note = `累计服务 ${served} 天，未满 ${MIN_TEAM_SERVICE_DAYS} 天，强制完成。原因：${override}`;
      }
      const updated = await this.demandService.applyTransition(m, actor, d, 'complete', note, after);
      const now = this.clock.now();
      const changes = { deliveredAt: now, completionOverride: shortfall ? override : null };
      await this.demands.update(m, d.id, changes);
      const today = chinaDate(now);
      await this.repo.insertFollowUps(
        m,
        FOLLOW_UP_DAYS.map((afterDays) => ({ demandId: d.id, afterDays, dueOn: addDays(today, afterDays) })),
      );
      if (shortfall) {
        await writeAudit(m, actor, {
          action: 'demand.completeOverride',
          entityType: 'demand',
          entityId: d.id,
          after: { servedDays: served, minimum: MIN_TEAM_SERVICE_DAYS, reason: override },
        });
      }
      for (const recipientId of await this.demandService.unitAccounts(m, d.organizationId)) {
        const n = await this.notifications.notify(m, {
          recipientId,
          kind: 'DEMAND_DELIVERED',
          title: `服务已完成，请评价：${d.title}`,
          body: `需求 ${d.code} 的专家服务已完成，请对本次服务进行评价（基层反向评价）。`,
          link: `/demands/${d.id}`,
          dedupeKey: `delivered-${d.id}`,
        });
        after.push(n.afterCommit);
      }
      after.push(() => this.scheduleReminders(d.id, now));
      return { ...updated, ...changes } as DemandEntity;
    });
    for (const f of after) await f().catch((err) => this.logger.warn(`after complete: ${(err as Error).message}`));
    return demand;
  }

  private async scheduleReminders(demandId: string, deliveredAt: Date): Promise<void> {
    const day = 24 * 3600_000;
    const at = (days: number) => Math.max(0, deliveredAt.getTime() + days * day - this.clock.now().getTime());
    await this.queue.add('evaluation.remind', { demandId, kind: 'EVALUATION' }, { delayMs: at(7) || undefined, jobId: `evaluation-remind-${demandId}` });
    for (const afterDays of FOLLOW_UP_DAYS) {
      await this.queue.add('evaluation.remind', { demandId, kind: 'FOLLOW_UP', afterDays }, { delayMs: at(afterDays) || undefined, jobId: `follow-up-${demandId}-${afterDays}` });
    }
  }
}
