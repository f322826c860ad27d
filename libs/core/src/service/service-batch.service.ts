// 服务批次: the team lead (or the dispatcher) logs each visit; a correction writes a new version and keeps the old
// one. Every write is one unit of work with its audit row; the unit hears of a new batch (an outbox notice).
// Completion is ServiceCompletionService, photos ServicePhotoService.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ACTIVITY_TYPE_LABELS,
  AppError,
  BATCH_LIMITS,
  DEMAND_STATUS_LABELS,
  OUTCOME_ITEM_LABELS,
  batchLoggedNotice,
  batchProblems,
  chinaDate,
  isUuid,
  type Actor,
  type BatchDraft,
  type TitleLevel,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { AccountRepository } from '../accounts/account.repository.js';
import { coversDemand } from '../demands/demand-access.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { DemandService } from '../demands/demand.service.js';
import type { TeamEntity } from '../dispatch/dispatch.entities.js';
import { TeamRepository } from '../dispatch/team.repository.js';
import { TeamService } from '../dispatch/team.service.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { RegionRepository } from '../regions/region.repository.js';
import type { ServiceBatchEntity, ServicePhotoEntity } from './service.entities.js';
import { ServiceRepository } from './service.repository.js';

export interface ServiceBatchInput extends Omit<
  BatchDraft,
  'unitNames' | 'outcomes' | 'remote' | 'problemsSolved'
> {
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

function draftOf(input: ServiceBatchInput): BatchDraft {
  return {
    startDate: input.startDate ?? '',
    endDate: input.endDate ?? '',
    days: input.days,
    regionCode: (input.regionCode ?? '').trim(),
    unitsServed: input.unitsServed ?? null,
    unitNames: (input.unitNames ?? []).map((n) => n.trim()).filter(Boolean),
    expertIds: input.expertIds ?? [],
    remote: input.remote ?? false,
    activities: (input.activities ?? []).map((a) => ({
      type: a.type,
      count: a.count,
      participants: a.participants ?? null,
      note: a.note?.trim() || null,
    })),
    outcomes: (input.outcomes ?? []).map((o) => ({
      item: o.item,
      value: o.value ?? null,
      text: o.text?.trim() || null,
    })),
    problemsSolved: (input.problemsSolved ?? []).map((s) => s.trim()).filter(Boolean),
    note: input.note?.trim() || null,
  };
}

function auditShape(b: ServiceBatchEntity) {
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

@Injectable()
export class ServiceBatchService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ServiceRepository,
    private readonly teams: TeamRepository,
    private readonly demands: DemandRepository,
    private readonly demandService: DemandService,
    private readonly teamService: TeamService,
    private readonly experts: ExpertRepository,
    private readonly regions: RegionRepository,
    private readonly accounts: AccountRepository,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  // ---- Access ---------------------------------------------------------------------------------------------

  /**
   * May the actor log and correct the team's batches: ADMIN, a PROVINCE whose scope covers every demand of the
   * team, or the team's lead expert once confirmed.
   */
  async canManage(actor: Actor, team: TeamEntity, m?: EntityManager): Promise<boolean> {
    return (await this.canManageMany(actor, [team], m)).has(team.id);
  }

  /** The ids of the teams (of a list) whose batches the actor may log: one query for the whole list. */
  async canManageMany(actor: Actor, teams: readonly TeamEntity[], m?: EntityManager): Promise<Set<string>> {
    const ids = teams.map((t) => t.id);
    if (actor.role === 'ADMIN') return new Set(ids);
    if (actor.role === 'PROVINCE') {
      const regions = await this.repo.demandRegionsOfTeams(ids, m);
      const covered = (id: string) => {
        const codes = regions.get(id) ?? [];
        return codes.length > 0 && codes.every((regionCode) => coversDemand(actor, { regionCode }));
      };
      return new Set(ids.filter(covered));
    }
    if (actor.role === 'EXPERT' && actor.expertId) {
      const led = teams.filter((t) => t.leadExpertId === actor.expertId).map((t) => t.id);
      return this.repo.confirmedTeamsOf(actor.expertId, led, m);
    }
    return new Set();
  }

  async assertCanManage(actor: Actor, team: TeamEntity, m?: EntityManager): Promise<void> {
    if (!(await this.canManage(actor, team, m)))
      throw AppError.forbidden('只有服务团领衔专家或负责派单的省厅可以登记服务批次', 'BATCH_FORBIDDEN');
  }

  // ---- Logging --------------------------------------------------------------------------------------------

  /** Logs a new batch for a demand in service. */
  async log(actor: Actor, input: ServiceBatchInput): Promise<ServiceBatchEntity> {
    return this.write(actor, input, null, null);
  }

  /** A correction: the batch's new version; the old one stays, superseded, and the audit shows both. */
  async correct(
    actor: Actor,
    batchId: string,
    input: ServiceBatchInput,
    reason: string,
  ): Promise<ServiceBatchEntity> {
    if (!isUuid(batchId)) throw AppError.notFound('服务批次', 'BATCH_NOT_FOUND');
    const why = (reason ?? '').trim();
    if (!why) throw AppError.badInput('更正服务批次需要填写原因', { reason: '请填写更正原因' });
    if (why.length > 500) throw AppError.badInput('更正原因不能超过 500 个字', { reason: '不超过 500 个字' });
    return this.write(actor, input, batchId, why);
  }

  private async write(
    actor: Actor,
    input: ServiceBatchInput,
    correctsId: string | null,
    reason: string | null,
  ): Promise<ServiceBatchEntity> {
    if (!isUuid(input.teamId)) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
    if (!isUuid(input.demandId)) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    const draft = draftOf(input);
    const photoIds = [...new Set(input.photoIds ?? [])];
    if (photoIds.length > BATCH_LIMITS.photos)
      throw AppError.badInput(`每批次最多 ${BATCH_LIMITS.photos} 张照片`, { photoIds: '照片过多' });
    if (photoIds.some((id) => !isUuid(id)))
      throw AppError.badInput('照片编号格式不正确', { photoIds: '照片编号格式不正确' });

    return this.uow.run(async (m) => {
      const team = await this.teams.lockTeam(m, input.teamId);
      if (!team) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
      await this.assertCanManage(actor, team, m);
      const demandIds = await this.teams.demandIdsOf(team.id, m);
      if (!demandIds.includes(input.demandId))
        throw AppError.badInput('该需求不由此服务团服务', { demandId: '请选择本服务团服务的需求' });
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
          throw AppError.conflict(
            `需求当前为“${DEMAND_STATUS_LABELS[demand.status]}”，不能再更正服务批次`,
            'BATCH_CLOSED',
          );
      } else if (demand.status !== 'IN_SERVICE') {
        throw AppError.conflict(
          `需求当前为“${DEMAND_STATUS_LABELS[demand.status]}”，只有“${DEMAND_STATUS_LABELS.IN_SERVICE}”的需求可以登记服务批次`,
          'BATCH_CLOSED',
        );
      }

      const confirmed = (await this.teams.assignmentsOf(team.id, m))
        .filter((a) => a.status === 'CONFIRMED')
        .map((a) => a.expertId);
      const problems = batchProblems(draft, {
        teamStartDate: team.startDate,
        teamEndDate: team.endDate,
        confirmedExpertIds: new Set(confirmed),
        today: chinaDate(this.clock.now()),
      });
      if (!problems.regionCode) {
        const region = await this.regions.find(draft.regionCode, m);
        if (!region) problems.regionCode = '服务地点不是有效的行政区划';
        else if (region.level !== 'COUNTY') problems.regionCode = '服务地点请选择到区县';
      }
      if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);

      const photos = await this.repo.photosById(m, photoIds);
      if (
        photos.length !== photoIds.length ||
        photos.some((p) => p.teamId !== team.id || (p.batchKey && p.batchKey !== previous?.batchKey))
      )
        throw AppError.badInput('照片不存在或不属于本服务团', { photoIds: '请重新上传照片' });

      if (previous) await this.repo.supersede(m, previous.id, this.clock.now());
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
        before: previous ? { ...auditShape(previous), version: previous.version } : null,
        after: { ...auditShape(batch), version: batch.version, experts: draft.expertIds, reason },
      });
      // Tell the unit a visit was logged, once per batch.
      if (!previous) {
        await this.notifications.notifyAll(
          m,
          await this.recipients.unitAccounts(demand.organizationId, m),
          batchLoggedNotice(demand, team.name, batch),
          { link: `/demands/${demand.id}`, dedupeKey: `batch-${batch.batchKey}` },
        );
      }
      return batch;
    });
  }

  // ---- Reading --------------------------------------------------------------------------------------------

  /** Current batches of a team or of a demand, for whoever may see the team (or the demand). */
  async list(
    actor: Actor,
    where: { teamId?: string | null; demandId?: string | null },
  ): Promise<BatchView[]> {
    if (where.teamId) {
      await this.teamService.get(actor, where.teamId);
      const rows = await this.repo.currentBatches({
        teamId: where.teamId,
        ...(where.demandId ? { demandId: where.demandId } : {}),
      });
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
    const [experts, regions, accountNames, photos] = await Promise.all([
      this.experts.byIds(expertIds),
      regionCodes.length ? this.regions.byCodes(regionCodes) : Promise.resolve([]),
      this.accounts.displayNames(accountIds),
      this.repo.photosOf([...new Set(rows.map((b) => b.batchKey))]),
    ]);
    const expertById = new Map(
      experts.map((e) => [e.id, { id: e.id, name: e.name, titleLevel: e.titleLevel }]),
    );
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    return withExperts.map(({ batch, expertIds: ids }) => ({
      batch,
      experts: ids.map((id) => expertById.get(id)).filter((e): e is NonNullable<typeof e> => !!e),
      regionName: regionByCode.get(batch.regionCode)?.name ?? batch.regionCode,
      keyAssistance: (regionByCode.get(batch.regionCode)?.keyAssistance ?? 'NONE') !== 'NONE',
      photos: photos.get(batch.batchKey) ?? [],
      createdByName: batch.createdBy ? (accountNames.get(batch.createdBy) ?? null) : null,
    }));
  }
}
