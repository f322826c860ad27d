// 基层下单 → 属地接单: demands, who may read them, drafting, the transitions people take, merging and the boards.
// Every transition goes through DemandTransitions (state machine, history, audit, notices and timer in the
// use case's one transaction); time limits fire in DemandDeadlineService.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  chinaDate,
  demandFormatProblems,
  demandPeriodProblems,
  isRegionCode,
  isUuid,
  regionContains,
  regionPrefix,
  type Actor,
  type DemandAction,
  type DemandFields,
  type DemandRelation,
  type DemandStatus,
  type Field,
  type KeyAssistance,
  type ServiceForm,
  type TitleLevel,
  type Vocabulary,
} from '@app/domain';
import { Clock, UnitOfWork, analyseSearchQuery, writeAudit } from '@app/platform';
import { canManageRegion, regionPrefixes } from '../access/access-scope.js';
import type { OrganizationEntity } from '../organizations/organization.entity.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { RegionRepository } from '../regions/region.repository.js';
import { LexiconService } from '../lexicon/lexicon.service.js';
import { coversDemand, demandRelationOf } from './demand-access.js';
import { DemandTransitions } from './demand-transitions.js';
import type { DemandEntity, DemandHistoryEntity } from './demand.entity.js';
import { DemandRepository, type DemandQuery } from './demand.repository.js';

export interface DemandInput {
  title: string;
  description?: string | null;
  fields?: Field[] | null;
  serviceForms?: ServiceForm[] | null;
  regionCode?: string | null;
  expertsWanted: number;
  minTitleLevel?: TitleLevel | null;
  startDate?: string | null;
  endDate?: string | null;
  expectedDays?: number | null;
  openToVolunteers?: boolean | null;
  contactName?: string | null;
  contactPhone?: string | null;
  /** LOCAL filing on behalf of a unit. */
  organizationId?: string | null;
}

export interface DemandFilter {
  statuses?: DemandStatus[] | null;
  fields?: Field[] | null;
  regionCode?: string | null;
  keyAssistance?: KeyAssistance[] | null;
  query?: string | null;
  overdue?: boolean | null;
}

/** Statuses in which the experts dispatched there see the unit's contact. */
const CONTACT_VISIBLE_STATUSES: readonly DemandStatus[] = [
  'DISPATCHED',
  'IN_SERVICE',
  'DELIVERED',
  'EVALUATED',
];
const NO_ONE = '00000000-0000-0000-0000-000000000000';

/**
 * A board search read as the expert search box reads it (words, filler words out, lexicon forms added): each word
 * with its forms. Words of the setting (大棚, 村里) are left out when the problem has words of its own: a board
 * filters rather than ranks, and 大棚番茄 should list the tomato demands that never wrote 大棚.
 */
function wordsOf(text: string, vocabulary: Vocabulary): string[][] | undefined {
  const terms = analyseSearchQuery(text, vocabulary)?.terms ?? [];
  const problem = terms.filter((t) => !t.context);
  const required = problem.length ? problem : terms;
  return required.length
    ? required.map((t) => [...new Set([t.word, ...(t.characters ? [] : t.expansions)])])
    : undefined;
}

function encodeCursor(d: Pick<DemandEntity, 'createdAt' | 'id'>): string {
  return Buffer.from(`${d.createdAt.toISOString()}|${d.id}`).toString('base64url');
}
function decodeCursor(cursor: string | null | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!isUuid(id) || Number.isNaN(createdAt.getTime()))
    throw AppError.badInput('分页游标无效，请从第一页重新查询');
  return { createdAt, id };
}

function throwIf(problems: Record<string, string>): void {
  if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
}

@Injectable()
export class DemandService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly transitions: DemandTransitions,
    private readonly organizations: OrganizationRepository,
    private readonly regions: RegionRepository,
    private readonly clock: Clock,
    private readonly lexicon: LexiconService,
  ) {}

  // ---- Access ---------------------------------------------------------------------------------------------

  /** Does the actor's region scope cover the demand (bureaus and dispatchers)? */
  covers(actor: Actor, demand: Pick<DemandEntity, 'regionCode'>): boolean {
    return coversDemand(actor, demand);
  }

  relationOf(actor: Actor, demand: DemandEntity): DemandRelation {
    return demandRelationOf(actor, demand);
  }

  /** Whether the actor may read the demand at all; EXPERTs see open demands and those they are invited to. */
  async canRead(actor: Actor, demand: DemandEntity): Promise<boolean> {
    if (actor.role === 'UNIT') return actor.organizationId === demand.organizationId;
    if (actor.role === 'EXPERT') {
      if (demand.openToVolunteers && demand.status === 'ACCEPTED') return true;
      return this.demands.expertOnTeamOf(demand.id, actor.expertId ?? NO_ONE, ['INVITED', 'CONFIRMED']);
    }
    // A unit's draft is its own business until it is submitted (or a bureau filed it).
    if (demand.status === 'DRAFT' && !demand.filedByBureau) return false;
    return this.covers(actor, demand);
  }

  /** Contact details of the unit are for its bureau, the dispatchers and the experts dispatched there. */
  async contactVisible(actor: Actor, demand: DemandEntity): Promise<boolean> {
    if (actor.role !== 'EXPERT') return true;
    if (!CONTACT_VISIBLE_STATUSES.includes(demand.status)) return false;
    return this.demands.expertOnTeamOf(demand.id, actor.expertId ?? NO_ONE, ['CONFIRMED']);
  }

  async get(actor: Actor, id: string): Promise<DemandEntity> {
    const demand = isUuid(id) ? await this.demands.find(id) : null;
    if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    if (!(await this.canRead(actor, demand)))
      throw AppError.forbidden('您无权查看该需求', 'DEMAND_OUT_OF_SCOPE');
    return demand;
  }

  history(demandId: string): Promise<DemandHistoryEntity[]> {
    return this.demands.history(demandId);
  }

  /** The history of demands already read by the caller, grouped by demand (one statement for a list). */
  async historyOf(demandIds: readonly string[]): Promise<Map<string, DemandHistoryEntity[]>> {
    const out = new Map<string, DemandHistoryEntity[]>(demandIds.map((id) => [id, []]));
    for (const row of await this.demands.historyOf(demandIds)) out.get(row.demandId)?.push(row);
    return out;
  }

  isOverdue(d: Pick<DemandEntity, 'overdueAt' | 'dueAt'>): boolean {
    return d.overdueAt !== null || (d.dueAt !== null && d.dueAt.getTime() < this.clock.now().getTime());
  }

  // ---- Drafting -------------------------------------------------------------------------------------------

  private fieldsOf(input: DemandInput): DemandFields {
    return {
      title: (input.title ?? '').trim(),
      description: (input.description ?? '').trim(),
      fields: [...new Set(input.fields ?? [])],
      serviceForms: [...new Set(input.serviceForms ?? [])],
      expertsWanted: input.expertsWanted,
      minTitleLevel: input.minTitleLevel ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      expectedDays: input.expectedDays ?? null,
      contactName: input.contactName?.trim() || null,
      contactPhone: input.contactPhone?.replace(/\s/g, '') || null,
    };
  }

  /** The unit a new demand belongs to: the UNIT's own, or the one a LOCAL bureau files for. */
  private async orderingUnit(
    m: EntityManager,
    actor: Actor,
    input: DemandInput,
  ): Promise<OrganizationEntity> {
    let orgId: string | null | undefined;
    if (actor.role === 'UNIT') orgId = actor.organizationId;
    else if (actor.role === 'LOCAL') {
      orgId = input.organizationId;
      if (!orgId)
        throw AppError.badInput('代基层单位填报需求时，请选择需求单位', { organizationId: '请选择需求单位' });
    } else throw AppError.forbidden('只有基层单位或属地人社局可以填报需求', 'ROLE_NOT_ALLOWED');
    const org = isUuid(orgId) ? await this.organizations.find(orgId, m) : null;
    if (!org || org.kind !== 'UNIT')
      throw AppError.badInput('需求单位不存在或不是基层单位', { organizationId: '请选择基层单位' });
    if (actor.role === 'LOCAL' && !canManageRegion(actor, org.regionCode))
      throw AppError.forbidden('该单位不在您的辖区内', 'REGION_OUT_OF_SCOPE');
    return org;
  }

  /** Format problems and, on every save, dates in the past or an end before the start (refused, never fixed up). */
  private saveProblems(fields: DemandFields): Record<string, string> {
    const format = demandFormatProblems(fields);
    const wellFormed = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
    const dates = demandPeriodProblems(
      format.startDate ? null : wellFormed(fields.startDate),
      wellFormed(fields.endDate),
      chinaDate(this.clock.now()),
    );
    return { ...format, ...dates };
  }

  async create(actor: Actor, input: DemandInput): Promise<DemandEntity> {
    const fields = this.fieldsOf(input);
    throwIf(this.saveProblems(fields));
    return this.uow.run(async (m) => {
      const org = await this.orderingUnit(m, actor, input);
      const regionCode = input.regionCode?.trim() || org.regionCode;
      if (!isRegionCode(regionCode) || !(await this.regions.find(regionCode, m))) {
        throw AppError.badInput(`地区“${regionCode}”不存在`, { regionCode: '请选择有效的地区' });
      }
      if (!regionContains(org.regionCode, regionCode)) {
        throw AppError.badInput('需求地区应为本单位所在地区或其下级', {
          regionCode: '需求地区不在本单位所在地区内',
        });
      }
      const now = this.clock.now();
      const year = Number(chinaDate(now).slice(0, 4));
      const code = await this.demands.allocateCode(m, regionCode, year);
      const demand = await this.demands.insert(m, {
        ...fields,
        code,
        status: 'DRAFT',
        regionCode,
        organizationId: org.id,
        openToVolunteers: input.openToVolunteers ?? false,
        createdBy: actor.accountId,
        filedByBureau: actor.role === 'LOCAL',
        statusChangedAt: now,
      });
      await this.demands.addHistory(m, {
        demandId: demand.id,
        fromStatus: null,
        toStatus: 'DRAFT',
        actorId: actor.accountId,
        actorName: await this.transitions.actorName(m, actor),
        at: now,
        note: actor.role === 'LOCAL' ? '属地人社局代为填报' : null,
      });
      await writeAudit(m, actor, {
        action: 'demand.create',
        entityType: 'demand',
        entityId: demand.id,
        after: demand,
      });
      return demand;
    });
  }

  async update(actor: Actor, id: string, input: DemandInput): Promise<DemandEntity> {
    const fields = this.fieldsOf(input);
    throwIf(this.saveProblems(fields));
    return this.uow.run(async (m) => {
      const demand = isUuid(id) ? await this.demands.findForUpdate(m, id) : null;
      if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      const relation = this.relationOf(actor, demand);
      if (relation !== 'OWNER' && !(relation === 'BUREAU' && demand.filedByBureau)) {
        throw AppError.forbidden(
          '只有需求单位（或代为填报的属地人社局）可以修改需求',
          'DEMAND_EDIT_FORBIDDEN',
        );
      }
      if (demand.status !== 'DRAFT' && demand.status !== 'RETURNED') {
        throw AppError.conflict(
          '只有草稿或被退回的需求可以修改；已提交的需求请联系属地人社局',
          'DEMAND_NOT_EDITABLE',
        );
      }
      const regionCode = input.regionCode?.trim() || demand.regionCode;
      if (regionCode !== demand.regionCode) {
        const org = await this.organizations.find(demand.organizationId, m);
        if (
          !org ||
          !isRegionCode(regionCode) ||
          !regionContains(org.regionCode, regionCode) ||
          !(await this.regions.find(regionCode, m))
        ) {
          throw AppError.badInput('需求地区应为本单位所在地区或其下级', { regionCode: '需求地区无效' });
        }
      }
      const before = { ...demand };
      const changes: Partial<DemandEntity> = {
        ...fields,
        regionCode,
        openToVolunteers: input.openToVolunteers ?? demand.openToVolunteers,
        version: demand.version + 1,
      };
      await this.demands.update(m, demand.id, changes);
      const after = { ...demand, ...changes } as DemandEntity;
      await writeAudit(m, actor, {
        action: 'demand.update',
        entityType: 'demand',
        entityId: demand.id,
        before,
        after,
      });
      return after;
    });
  }

  // ---- Transitions ----------------------------------------------------------------------------------------

  /** Runs one transition in its own unit of work (its notices and timer follow the commit). */
  async transition(
    actor: Actor,
    id: string,
    action: DemandAction,
    note?: string | null,
  ): Promise<DemandEntity> {
    return this.uow.run(async (m) => {
      const d = isUuid(id) ? await this.demands.findForUpdate(m, id) : null;
      if (!d) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      if (!(await this.canRead(actor, d)))
        throw AppError.forbidden('您无权操作该需求', 'DEMAND_OUT_OF_SCOPE');
      return this.transitions.apply(m, actor, d, action, note);
    });
  }

  /** Merges a duplicate into another demand of the same scope: the duplicate is cancelled, pointing at the other. */
  async merge(actor: Actor, id: string, intoId: string, reason?: string | null): Promise<DemandEntity> {
    if (id === intoId) throw AppError.badInput('不能把需求合并到它自己');
    return this.uow.run(async (m) => {
      // Both rows locked in a fixed order, so two merges of the same pair wait instead of deadlocking.
      const [first, second] = [id, intoId].sort();
      const locked = new Map<string, DemandEntity | null>();
      for (const key of [first!, second!])
        locked.set(key, isUuid(key) ? await this.demands.findForUpdate(m, key) : null);
      const d = locked.get(id);
      const target = locked.get(intoId);
      if (!d || !target) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      if (!this.covers(actor, d) || !this.covers(actor, target))
        throw AppError.forbidden('只能合并您辖区内的需求', 'DEMAND_OUT_OF_SCOPE');
      if (['CANCELLED', 'REJECTED', 'DRAFT'].includes(target.status)) {
        throw AppError.conflict(
          `目标需求 ${target.code} 已取消、不予受理或尚未提交，不能作为合并目标`,
          'DEMAND_MERGE_TARGET_INVALID',
        );
      }
      const note = `合并至 ${target.code}${reason?.trim() ? '：' + reason.trim() : ''}`;
      const merged = await this.transitions.apply(m, actor, d, 'merge', note);
      await this.demands.update(m, id, { mergedIntoId: intoId });
      return { ...merged, mergedIntoId: intoId };
    });
  }

  // ---- Boards ---------------------------------------------------------------------------------------------

  private async scopeQuery(actor: Actor, filter: DemandFilter): Promise<DemandQuery> {
    const q: DemandQuery = {
      regionPrefixes: regionPrefixes(actor),
      now: this.clock.now(),
      hideUnitDrafts: actor.role !== 'UNIT',
    };
    if (actor.role === 'UNIT') {
      q.regionPrefixes = null;
      q.organizationId = actor.organizationId ?? NO_ONE;
    }
    if (actor.role === 'EXPERT') {
      q.regionPrefixes = null;
      q.expertId = actor.expertId ?? NO_ONE;
    }
    if (filter.regionCode) {
      if (!isRegionCode(filter.regionCode))
        throw AppError.badInput(`地区代码“${filter.regionCode}”格式不正确`);
      q.regionPrefix = regionPrefix(filter.regionCode);
    }
    q.statuses = filter.statuses ?? undefined;
    q.fields = filter.fields ?? undefined;
    q.keyAssistance = filter.keyAssistance ?? undefined;
    q.text = filter.query?.trim().slice(0, 100) || undefined;
    if (q.text) q.words = wordsOf(q.text, await this.lexicon.vocabulary());
    q.overdue = filter.overdue ?? undefined;
    return q;
  }

  async list(actor: Actor, filter: DemandFilter = {}, first = 20, after?: string | null) {
    return this.listing(actor, filter, first, after, (q, cursor) => this.demands.page(q, first, cursor));
  }

  /** `list` for a board that reads only the board's columns (DemandRepository.boardPage). */
  async board(actor: Actor, filter: DemandFilter = {}, first = 20, after?: string | null) {
    return this.listing(actor, filter, first, after, (q, cursor) => this.demands.boardPage(q, first, cursor));
  }

  private async listing<T extends { createdAt: Date; id: string }>(
    actor: Actor,
    filter: DemandFilter,
    first: number,
    after: string | null | undefined,
    read: (
      q: DemandQuery,
      cursor: { createdAt: Date; id: string } | null,
    ) => Promise<{ nodes: T[]; hasNextPage: boolean }>,
  ) {
    if (!Number.isInteger(first) || first < 0 || first > 100)
      throw AppError.badInput('每页条数应在 0 到 100 之间');
    const q = await this.scopeQuery(actor, filter);
    const page = await read(q, decodeCursor(after));
    const { counts: countsByStatus, unitDrafts } = await this.demands.countsByStatus(q);
    // The counts run under every filter but the statuses (hidden unit drafts apart): the total is their sum over
    // the statuses asked for, so the board needs no COUNT of its own.
    const asked = q.statuses?.length ? new Set(q.statuses) : null;
    const totalCount = countsByStatus.reduce(
      (sum, c) => (asked && !asked.has(c.status) ? sum : sum + c.count),
      0,
    );
    const last = page.nodes[page.nodes.length - 1];
    return {
      totalCount,
      nodes: page.nodes,
      countsByStatus,
      unitDraftCount: unitDrafts,
      pageInfo: { endCursor: last ? encodeCursor(last) : null, hasNextPage: page.hasNextPage },
    };
  }
}
