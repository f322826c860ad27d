// 基层下单 → 属地接单: demands, their lifecycle, boards and time limits. Every transition goes through
// `applyTransition`, which checks the state machine of libs/domain and writes the history and audit rows in the
// caller's transaction; notifications and deadline jobs follow the commit.
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AppError,
  STEP_TIME_LIMITS,
  chinaDate,
  decideTransition,
  demandFormatProblems,
  demandRelation,
  demandSubmitProblems,
  isRegionCode,
  regionContains,
  regionPrefix,
  workingDeadline,
  DEMAND_ACTION_LABELS,
  type Actor,
  type DemandAction,
  type DemandFields,
  type DemandRelation,
  type DemandStatus,
  type Field,
  type KeyAssistance,
  type ServiceForm,
  type TitleLevel,
} from '@app/domain';
import { Clock, writeAudit } from '@app/platform';
import { canManageRegion, regionPrefixes } from '../access/access-scope.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { AppJobQueue } from '../jobs/job-map.js';
import { NotificationService, type NewNotification } from '../notifications/notification.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { DemandEntity, type DemandHistoryEntity } from './demand.entity.js';
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

/** Work to do once the transaction has committed. */
export type AfterCommit = () => Promise<void>;

function encodeCursor(d: DemandEntity): string {
  return Buffer.from(`${d.createdAt.toISOString()}|${d.id}`).toString('base64url');
}
function decodeCursor(cursor: string | null | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw AppError.badInput('分页游标无效，请从第一页重新查询');
  return { createdAt, id };
}

@Injectable()
export class DemandService {
  private readonly logger = new Logger('Demands');

  constructor(
    private readonly db: DataSource,
    private readonly demands: DemandRepository,
    private readonly notifications: NotificationService,
    private readonly queue: AppJobQueue,
    private readonly clock: Clock,
  ) {}

  // ---- Access ---------------------------------------------------------------------------------------------

  /** Does the actor's region scope cover the demand (bureaus and dispatchers)? */
  covers(actor: Actor, demand: Pick<DemandEntity, 'regionCode'>): boolean {
    return (actor.role === 'LOCAL' || actor.role === 'PROVINCE' || actor.role === 'ADMIN') && canManageRegion(actor, demand.regionCode);
  }

  relationOf(actor: Actor, demand: DemandEntity): DemandRelation {
    return demandRelation(actor.role, actor.role === 'UNIT' && actor.organizationId === demand.organizationId, this.covers(actor, demand));
  }

  /** Whether the actor may read the demand at all; EXPERTs see open demands and those they are invited to. */
  async canRead(actor: Actor, demand: DemandEntity): Promise<boolean> {
    if (actor.role === 'UNIT') return actor.organizationId === demand.organizationId;
    if (actor.role === 'EXPERT') {
      if (demand.openToVolunteers && demand.status === 'ACCEPTED') return true;
      const [row] = await this.db.query(
        `SELECT 1 FROM team_demands td JOIN assignments a ON a.team_id = td.team_id
         WHERE td.demand_id = $1 AND a.expert_id = $2 AND a.status IN ('INVITED','CONFIRMED') LIMIT 1`,
        [demand.id, actor.expertId],
      );
      return !!row;
    }
    // A unit's draft is its own business until it is submitted (or a bureau filed it).
    if (demand.status === 'DRAFT' && !demand.filedByBureau) return false;
    return this.covers(actor, demand);
  }

  /** Contact details of the unit are for its bureau, the dispatchers and the experts dispatched there. */
  async contactVisible(actor: Actor, demand: DemandEntity): Promise<boolean> {
    if (actor.role !== 'EXPERT') return true;
    if (!['DISPATCHED', 'IN_SERVICE', 'DELIVERED', 'EVALUATED'].includes(demand.status)) return false;
    const [row] = await this.db.query(
      `SELECT 1 FROM team_demands td JOIN assignments a ON a.team_id = td.team_id
       WHERE td.demand_id = $1 AND a.expert_id = $2 AND a.status = 'CONFIRMED' LIMIT 1`,
      [demand.id, actor.expertId],
    );
    return !!row;
  }

  async get(actor: Actor, id: string): Promise<DemandEntity> {
    const demand = /^[0-9a-f-]{36}$/i.test(id) ? await this.demands.find(id) : null;
    if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    if (!(await this.canRead(actor, demand))) throw AppError.forbidden('您无权查看该需求', 'DEMAND_OUT_OF_SCOPE');
    return demand;
  }

  history(demandId: string): Promise<DemandHistoryEntity[]> {
    return this.demands.history(demandId);
  }

  isOverdue(d: Pick<DemandEntity, 'overdueAt' | 'dueAt'>): boolean {
    return d.overdueAt !== null || (d.dueAt !== null && d.dueAt.getTime() < this.clock.now().getTime());
  }

  // ---- Drafting -------------------------------------------------------------------------------------------

  private fieldsOf(input: DemandInput, fallback?: DemandEntity): DemandFields {
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
      contactPhone: input.contactPhone?.replace(/\s/g, '') || (fallback ? null : null),
    };
  }

  private throwIf(problems: Record<string, string>): void {
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
  }

  /** The unit a new demand belongs to: the UNIT's own, or the one a LOCAL bureau files for. */
  private async orderingUnit(m: EntityManager, actor: Actor, input: DemandInput): Promise<OrganizationEntity> {
    let orgId: string | null | undefined;
    if (actor.role === 'UNIT') orgId = actor.organizationId;
    else if (actor.role === 'LOCAL') {
      orgId = input.organizationId;
      if (!orgId) throw AppError.badInput('代基层单位填报需求时，请选择需求单位', { organizationId: '请选择需求单位' });
    } else throw AppError.forbidden('只有基层单位或属地人社局可以填报需求', 'ROLE_NOT_ALLOWED');
    const org = /^[0-9a-f-]{36}$/i.test(orgId ?? '') ? await m.getRepository(OrganizationEntity).findOneBy({ id: orgId! }) : null;
    if (!org || org.kind !== 'UNIT') throw AppError.badInput('需求单位不存在或不是基层单位', { organizationId: '请选择基层单位' });
    if (actor.role === 'LOCAL' && !canManageRegion(actor, org.regionCode)) throw AppError.forbidden('该单位不在您的辖区内', 'REGION_OUT_OF_SCOPE');
    return org;
  }

  async create(actor: Actor, input: DemandInput): Promise<DemandEntity> {
    const fields = this.fieldsOf(input);
    this.throwIf(demandFormatProblems(fields));
    const { demand, after } = await this.db.transaction(async (m) => {
      const org = await this.orderingUnit(m, actor, input);
      const regionCode = input.regionCode?.trim() || org.regionCode;
      if (!isRegionCode(regionCode) || !(await m.query(`SELECT 1 FROM regions WHERE code = $1`, [regionCode])).length) {
        throw AppError.badInput(`地区“${regionCode}”不存在`, { regionCode: '请选择有效的地区' });
      }
      if (!regionContains(org.regionCode, regionCode)) {
        throw AppError.badInput('需求地区应为本单位所在地区或其下级', { regionCode: '需求地区不在本单位所在地区内' });
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
      await this.demands.addHistory(m, { demandId: demand.id, fromStatus: null, toStatus: 'DRAFT', actorId: actor.accountId, actorName: await this.actorName(m, actor), at: now, note: actor.role === 'LOCAL' ? '属地人社局代为填报' : null });
      await writeAudit(m, actor, { action: 'demand.create', entityType: 'demand', entityId: demand.id, after: demand });
      return { demand, after: [] as AfterCommit[] };
    });
    for (const f of after) await f();
    return demand;
  }

  async update(actor: Actor, id: string, input: DemandInput): Promise<DemandEntity> {
    const fields = this.fieldsOf(input);
    this.throwIf(demandFormatProblems(fields));
    return this.db.transaction(async (m) => {
      const demand = await this.demands.findForUpdate(m, id);
      if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      const relation = this.relationOf(actor, demand);
      if (relation !== 'OWNER' && !(relation === 'BUREAU' && demand.filedByBureau)) {
        throw AppError.forbidden('只有需求单位（或代为填报的属地人社局）可以修改需求', 'DEMAND_NOT_EDITABLE');
      }
      if (demand.status !== 'DRAFT' && demand.status !== 'RETURNED') {
        throw AppError.conflict('只有草稿或被退回的需求可以修改；已提交的需求请联系属地人社局', 'DEMAND_NOT_EDITABLE');
      }
      const regionCode = input.regionCode?.trim() || demand.regionCode;
      if (regionCode !== demand.regionCode) {
        const org = await m.getRepository(OrganizationEntity).findOneByOrFail({ id: demand.organizationId });
        if (!isRegionCode(regionCode) || !regionContains(org.regionCode, regionCode) || !(await m.query(`SELECT 1 FROM regions WHERE code = $1`, [regionCode])).length) {
          throw AppError.badInput('需求地区应为本单位所在地区或其下级', { regionCode: '需求地区无效' });
        }
      }
      const before = { ...demand };
      const changes: Partial<DemandEntity> = { ...fields, regionCode, openToVolunteers: input.openToVolunteers ?? demand.openToVolunteers, version: demand.version + 1 };
      await this.demands.update(m, id, changes);
      const after = { ...demand, ...changes } as DemandEntity;
      await writeAudit(m, actor, { action: 'demand.update', entityType: 'demand', entityId: id, before, after });
      return after;
    });
  }

  // ---- Transitions ----------------------------------------------------------------------------------------

  /** Runs one transition in its own transaction, then its notifications and deadline jobs. */
  async transition(actor: Actor, id: string, action: DemandAction, note?: string | null): Promise<DemandEntity> {
    const after: AfterCommit[] = [];
    const demand = await this.db.transaction(async (m) => {
      const d = await this.demands.findForUpdate(m, id);
      if (!d) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      if (!(await this.canRead(actor, d))) throw AppError.forbidden('您无权操作该需求', 'DEMAND_OUT_OF_SCOPE');
      return this.applyTransition(m, actor, d, action, note, after);
    });
    for (const f of after) await f().catch((err) => this.logger.warn(`after ${action}: ${(err as Error).message}`));
    return demand;
  }

  /**
   * Applies a transition inside the caller's transaction (the demand row should be locked): checks the state
   * machine, the guards, writes status, time limit, history and audit, and queues what follows the commit.
   * Used by dispatch (dispatch, startService) with actor 'SYSTEM' where no person acts.
   */
  async applyTransition(
    m: EntityManager,
    actor: Actor | 'SYSTEM',
    demand: DemandEntity,
    action: DemandAction,
    note: string | null | undefined,
    after: AfterCommit[],
  ): Promise<DemandEntity> {
    const relation = actor === 'SYSTEM' ? 'SYSTEM' : this.relationOf(actor, demand);
    const decision = decideTransition(demand.status, action, relation, note);
    if (!decision.ok) throw new AppError(decision.kind, decision.message, 'DEMAND_TRANSITION_REFUSED');
    const now = this.clock.now();
    if (action === 'submit') {
      this.throwIf(demandSubmitProblems(demand as DemandFields, chinaDate(now)));
    }
    const limit = STEP_TIME_LIMITS[decision.to];
    const changes: Partial<DemandEntity> = {
      status: decision.to,
      statusChangedAt: now,
      dueAt: limit ? workingDeadline(now, limit.workingDays) : null,
      overdueAt: null,
      escalationLevel: 0,
      version: demand.version + 1,
    };
    if (action === 'submit') changes.submittedAt = now;
    await this.demands.update(m, demand.id, changes);
    const updated = { ...demand, ...changes } as DemandEntity;
    const actorName = actor === 'SYSTEM' ? '系统' : await this.actorName(m, actor);
    await this.demands.addHistory(m, { demandId: demand.id, fromStatus: demand.status, toStatus: decision.to, actorId: actor === 'SYSTEM' ? null : actor.accountId, actorName, at: now, note: note?.trim() || null });
    await writeAudit(m, actor === 'SYSTEM' ? null : actor, {
      action: `demand.${action}`,
      entityType: 'demand',
      entityId: demand.id,
      before: { status: demand.status },
      after: { status: decision.to, note: note ?? null },
    });
    for (const n of await this.notificationsFor(m, updated, action, note)) {
      after.push((await this.notifications.notify(m, n)).afterCommit);
    }
    if (changes.dueAt) {
      const dueAt = changes.dueAt;
      after.push(() => this.scheduleDeadline(updated.id, decision.to, dueAt, 1));
    }
    return updated;
  }

  /** Merges a duplicate into another demand of the same scope: the duplicate is cancelled, pointing at the other. */
  async merge(actor: Actor, id: string, intoId: string, reason?: string | null): Promise<DemandEntity> {
    if (id === intoId) throw AppError.badInput('不能把需求合并到它自己');
    const after: AfterCommit[] = [];
    const result = await this.db.transaction(async (m) => {
      const d = await this.demands.findForUpdate(m, id);
      const target = await this.demands.findForUpdate(m, intoId);
      if (!d || !target) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      if (!this.covers(actor, d) || !this.covers(actor, target)) throw AppError.forbidden('只能合并您辖区内的需求', 'DEMAND_OUT_OF_SCOPE');
      if (['CANCELLED', 'REJECTED', 'DRAFT'].includes(target.status)) throw AppError.conflict(`目标需求 ${target.code} 已取消、不予受理或尚未提交，不能作为合并目标`);
      const note = `合并至 ${target.code}${reason?.trim() ? '：' + reason.trim() : ''}`;
      const merged = await this.applyTransition(m, actor, d, 'merge', note, after);
      await this.demands.update(m, id, { mergedIntoId: intoId });
      return { ...merged, mergedIntoId: intoId };
    });
    for (const f of after) await f();
    return result;
  }

  // ---- Boards ---------------------------------------------------------------------------------------------

  private scopeQuery(actor: Actor, filter: DemandFilter): DemandQuery {
    const q: DemandQuery = { regionPrefixes: regionPrefixes(actor), now: this.clock.now(), hideUnitDrafts: actor.role !== 'UNIT' };
    if (actor.role === 'UNIT') {
      q.regionPrefixes = null;
      q.organizationId = actor.organizationId ?? '00000000-0000-0000-0000-000000000000';
    }
    if (actor.role === 'EXPERT') {
      q.regionPrefixes = null;
      q.expertId = actor.expertId ?? '00000000-0000-0000-0000-000000000000';
    }
    if (filter.regionCode) {
      if (!isRegionCode(filter.regionCode)) throw AppError.badInput(`地区代码“${filter.regionCode}”格式不正确`);
      q.regionPrefix = regionPrefix(filter.regionCode);
    }
    q.statuses = filter.statuses ?? undefined;
    q.fields = filter.fields ?? undefined;
    q.keyAssistance = filter.keyAssistance ?? undefined;
    q.text = filter.query?.trim().slice(0, 100) || undefined;
    q.overdue = filter.overdue ?? undefined;
    return q;
  }

  async list(actor: Actor, filter: DemandFilter = {}, first = 20, after?: string | null) {
    if (!Number.isInteger(first) || first < 0 || first > 100) throw AppError.badInput('每页条数应在 0 到 100 之间');
    const q = this.scopeQuery(actor, filter);
    const page = await this.demands.page(q, first, decodeCursor(after));
    const countsByStatus = await this.demands.countsByStatus(q);
    return {
      totalCount: page.totalCount,
      nodes: page.nodes,
      countsByStatus,
      pageInfo: { endCursor: page.nodes.length ? encodeCursor(page.nodes[page.nodes.length - 1]!) : null, hasNextPage: page.hasNextPage },
    };
  }

  // ---- Time limits ----------------------------------------------------------------------------------------

  async scheduleDeadline(demandId: string, status: DemandStatus, dueAt: Date, level: number): Promise<void> {
    const delayMs = Math.max(0, dueAt.getTime() - this.clock.now().getTime());
    await this.queue.add('demand.deadline', { demandId, status, dueAt: dueAt.toISOString(), level }, { delayMs: delayMs || undefined });
  }

  /**
   * The deadline job: if the demand still waits in the same step past its due time, flag it overdue and alert
   * the next level up (county → city → province). Idempotent: a repeated run finds the level already reached.
   */
  async handleDeadline(payload: { demandId: string; status: string; dueAt: string; level: number }): Promise<'escalated' | 'moved-on' | 'not-yet' | 'done'> {
    const after: AfterCommit[] = [];
    const outcome = await this.db.transaction(async (m) => {
      const d = await this.demands.findForUpdate(m, payload.demandId);
      if (!d || d.status !== payload.status || !d.dueAt || d.dueAt.toISOString() !== payload.dueAt) return 'moved-on' as const;
      const now = this.clock.now();
      if (now.getTime() < d.dueAt.getTime()) {
        after.push(() => this.scheduleDeadline(d.id, d.status, d.dueAt!, payload.level));
        return 'not-yet' as const;
      }
      if (d.escalationLevel >= payload.level) return 'done' as const;
      await this.demands.update(m, d.id, { overdueAt: d.overdueAt ?? now, escalationLevel: payload.level });
      const step = STEP_TIME_LIMITS[d.status as DemandStatus];
      const recipients = await this.escalationRecipients(m, d, payload.level);
      for (const recipientId of recipients) {
        const n = await this.notifications.notify(m, {
          recipientId,
          kind: 'DEMAND_OVERDUE',
          title: `需求超时未处理：${d.title}`,
          body: `需求 ${d.code} 等待${step?.waitsOn ?? '处理'}已超过时限，请尽快督办。`,
          link: `/demands/${d.id}`,
          dedupeKey: `overdue:${d.id}:${d.status}:${payload.level}`,
        });
        after.push(n.afterCommit);
      }
      await writeAudit(m, null, { action: 'demand.overdue', entityType: 'demand', entityId: d.id, after: { status: d.status, level: payload.level, notified: recipients.length } });
      // The next level up hears of it if the step is still waiting one more period later.
      if (payload.level < 2 && step) {
        const next = workingDeadline(d.dueAt, step.workingDays);
        after.push(() => this.queue.add('demand.deadline', { ...payload, level: payload.level + 1 }, { delayMs: Math.max(1, next.getTime() - now.getTime()) }).then(() => undefined));
      }
      return 'escalated' as const;
    });
    for (const f of after) await f();
    return outcome;
  }

  // ---- Recipients -----------------------------------------------------------------------------------------

  async actorName(m: EntityManager, actor: Actor): Promise<string> {
    const a = await m.getRepository(AccountEntity).findOneBy({ id: actor.accountId });
    return a?.displayName ?? actor.username;
  }

  /** LOCAL accounts whose region covers `regionCode`, most specific level first. */
  private async bureausCovering(m: EntityManager, regionCode: string): Promise<{ id: string; region_code: string }[]> {
    return m.query(
      `SELECT id, region_code FROM accounts WHERE role = 'LOCAL' AND active
         AND region_code IN ($1::text, substr($1::text, 1, 4) || '00', substr($1::text, 1, 2) || '0000')
       ORDER BY region_code DESC`,
      [regionCode],
    );
  }

  async dispatchersFor(m: EntityManager, regionCode: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM accounts a WHERE role = 'PROVINCE' AND active AND (
         a.region_code = substr($1::text, 1, 2) || '0000' OR EXISTS (
           SELECT 1 FROM region_partnerships p WHERE p.serving_code = a.region_code
             AND $1::text LIKE (CASE WHEN p.served_code LIKE '%0000' THEN substr(p.served_code, 1, 2)
                               WHEN p.served_code LIKE '%00' THEN substr(p.served_code, 1, 4) ELSE p.served_code END) || '%'))`,
      [regionCode],
    );
    return rows.map((r) => r.id);
  }

  async unitAccounts(m: EntityManager, organizationId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM accounts WHERE role = 'UNIT' AND active AND organization_id = $1`, [organizationId]);
    return rows.map((r) => r.id);
  }

  /** Level 1: the bureaus one level above the nearest one (or the province when none); level 2: the province. */
  private async escalationRecipients(m: EntityManager, d: DemandEntity, level: number): Promise<string[]> {
    const bureaus = await this.bureausCovering(m, d.regionCode);
    if (level >= 2 || d.status === 'ACCEPTED') return [...new Set([...(await this.dispatchersFor(m, d.regionCode)), ...bureaus.map((b) => b.id)])];
    const nearest = bureaus[0]?.region_code;
    const above = bureaus.filter((b) => b.region_code !== nearest);
    const waiting = bureaus.filter((b) => b.region_code === nearest).map((b) => b.id);
    const up = above.length ? above.map((b) => b.id) : await this.dispatchersFor(m, d.regionCode);
    return [...new Set([...waiting, ...up])];
  }

  private async notificationsFor(m: EntityManager, d: DemandEntity, action: DemandAction, note?: string | null): Promise<NewNotification[]> {
    const link = `/demands/${d.id}`;
    const base = { link, dedupeKey: null } as const;
    const label = DEMAND_ACTION_LABELS[action];
    const to = async (ids: Promise<string[]> | string[], title: string, body: string) =>
      (await ids).map((recipientId) => ({ ...base, recipientId, kind: `DEMAND_${action.toUpperCase()}`, title, body }));
    switch (action) {
      case 'submit': {
        const bureaus = await this.bureausCovering(m, d.regionCode);
        const nearest = bureaus.filter((b) => b.region_code === bureaus[0]?.region_code).map((b) => b.id);
        const recipients = nearest.length ? nearest : await this.dispatchersFor(m, d.regionCode);
        return to(recipients, `新需求待受理：${d.title}`, `需求 ${d.code} 已提交，请在 5 个工作日内受理。`);
      }
      case 'accept':
        return [
          ...(await to(this.unitAccounts(m, d.organizationId), `需求已受理：${d.title}`, `属地人社局已受理需求 ${d.code}，等待省厅派单。`)),
          ...(await to(this.dispatchersFor(m, d.regionCode), `新需求待派单：${d.title}`, `需求 ${d.code} 已由属地受理，请在 10 个工作日内派单。`)),
        ];
      case 'return':
      case 'reject':
      case 'merge':
      case 'cancel':
        return to(this.unitAccounts(m, d.organizationId), `需求${label}：${d.title}`, `需求 ${d.code}：${label}。${note ? '原因：' + note : ''}`);
      case 'startService':
        return to(this.unitAccounts(m, d.organizationId), `专家服务团已确认：${d.title}`, `需求 ${d.code} 的专家均已确认，进入服务阶段。`);
      case 'dispatch':
        return to(this.unitAccounts(m, d.organizationId), `已派单：${d.title}`, `省厅已为需求 ${d.code} 组建专家服务团并邀请专家。`);
      default:
        return [];
    }
  }
}
