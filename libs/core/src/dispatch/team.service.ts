// 省厅派单: the dispatcher forms a service team for one or more accepted demands and invites its experts; the
// experts confirm or decline; a declined place is filled again from the matching; when everyone has confirmed
// the demands go into service. One transaction per use case, with its audit rows and notifications (outbox);
// the database's exclusion constraint is what guarantees that no expert is ever booked twice at once.
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AppError,
  ASSIGNMENT_REPLACEABLE,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_WITHDRAWABLE,
  DEMAND_STATUS_LABELS,
  INVITATION_TIME_LIMIT_DAYS,
  SYSTEM_ACTOR,
  TEAM_LIMITS,
  bookingConflictMessage,
  bookingRange,
  chinaDate,
  demandPeriodProblem,
  invitationAnswerProblem,
  rangeDates,
  teamDraftProblems,
  teamReadyToServe,
  workingDeadline,
  type Actor,
  type AssignmentStatus,
  type TeamDraft,
  type TeamLevel,
} from '@app/domain';
import { Clock, PG_EXCLUSION_VIOLATION, pgConstraint, pgErrorCode, writeAudit } from '@app/platform';
import { assertRole, regionPrefixes } from '../access/access-scope.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { AccountService } from '../accounts/account.service.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { DemandService, type AfterCommit } from '../demands/demand.service.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { ExpertService, type ExpertView } from '../experts/expert.service.js';
import { MatchService, type ExpertMatch } from '../matching/match.service.js';
import { AppJobQueue, type JobMap } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import type { AssignmentEntity, TeamEntity } from './dispatch.entities.js';
import { TeamRepository, type TeamScope } from './team.repository.js';

export interface DispatchInput {
  demandIds: string[];
  name: string;
  level: TeamLevel;
  leadExpertId: string;
  memberExpertIds?: string[] | null;
  startDate: string;
  endDate: string;
  /** Integer 元. */
  budget?: number | null;
}

/** An assignment with the expert as the reader may see them. */
export interface AssignmentView {
  assignment: AssignmentEntity;
  expert: ExpertView;
}

const BOOKING_CONSTRAINT = 'assignments_no_double_booking';
const PG_DEADLOCK = '40P01';
const PG_SERIALIZATION = '40001';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Candidates named in the dispatcher's notification when an expert declines. */
const CANDIDATES_IN_NOTICE = 5;
/** Demand states in which a team's invitations still mean something. */
const LIVE_DEMAND: readonly string[] = ['DISPATCHED', 'IN_SERVICE'];

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const n = (s: string | null | undefined) =>
    (s ?? '').replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
  return !!n(a) && n(a) === n(b);
}

@Injectable()
export class TeamService {
  private readonly logger = new Logger('Dispatch');
  private readonly teams: TeamRepository;

  constructor(
    private readonly db: DataSource,
    private readonly demands: DemandRepository,
    private readonly demandService: DemandService,
    private readonly experts: ExpertRepository,
    private readonly expertService: ExpertService,
    private readonly matching: MatchService,
    private readonly notifications: NotificationService,
    private readonly accounts: AccountService,
    private readonly clock: Clock,
    private readonly queue: AppJobQueue,
  ) {
    this.teams = new TeamRepository(db);
  }

  // ---- Reading --------------------------------------------------------------------------------------------

  private scopeOf(actor: Actor): TeamScope {
    switch (actor.role) {
      case 'ADMIN':
        return { kind: 'ALL' };
      case 'PROVINCE':
      case 'LOCAL':
        return { kind: 'REGIONS', prefixes: regionPrefixes(actor) ?? [] };
      case 'UNIT':
        return {
          kind: 'ORGANIZATION',
          organizationId: actor.organizationId ?? '00000000-0000-0000-0000-000000000000',
        };
      case 'EXPERT':
        return { kind: 'EXPERT', expertId: actor.expertId ?? '00000000-0000-0000-0000-000000000000' };
    }
  }

  /** A team the actor may see: PROVINCE/LOCAL its regions, UNIT teams serving its demands, EXPERT teams it is on. */
  async get(actor: Actor, id: string): Promise<TeamEntity> {
    const team = UUID.test(id) ? await this.teams.find(id) : null;
    if (!team) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
    if (!(await this.teams.inScope(team.id, this.scopeOf(actor))))
      throw AppError.forbidden('您无权查看该服务团', 'TEAM_OUT_OF_SCOPE');
    return team;
  }

  async list(actor: Actor, demandId?: string | null, first = 20): Promise<TeamEntity[]> {
    if (!Number.isInteger(first) || first < 0 || first > 100)
      throw AppError.badInput('每页条数应在 0 到 100 之间');
    if (demandId && !UUID.test(demandId)) throw AppError.badInput('需求编号格式不正确');
    return this.teams.list(this.scopeOf(actor), demandId ?? null, first);
  }

  /** The signed-in expert's invitations, newest first. */
  async myInvitations(
    actor: Actor,
    statuses?: AssignmentStatus[] | null,
    first = 50,
  ): Promise<AssignmentEntity[]> {
    assertRole(actor, ['EXPERT'], '只有专家账号可以查看收到的邀请');
    if (!actor.expertId) return [];
    if (!Number.isInteger(first) || first < 0 || first > 200)
      throw AppError.badInput('条数应在 0 到 200 之间');
    return this.teams.invitationsOf(actor.expertId, statuses ?? null, first);
  }

  async assignments(actor: Actor, teamId: string): Promise<AssignmentView[]> {
    return this.viewsOf(actor, await this.teams.assignmentsOf(teamId));
  }

  /** Assignments with their experts as the reader may see them. */
  async viewsOf(actor: Actor, rows: AssignmentEntity[]): Promise<AssignmentView[]> {
    const views = await this.expertViews(
      actor,
      rows.map((a) => a.expertId),
    );
    return rows.flatMap((assignment) => {
      const expert = views.get(assignment.expertId);
      return expert ? [{ assignment, expert }] : [];
    });
  }

  async expertView(actor: Actor, expertId: string): Promise<ExpertView | null> {
    return (await this.expertViews(actor, [expertId])).get(expertId) ?? null;
  }

  private async expertViews(actor: Actor, ids: string[]): Promise<Map<string, ExpertView>> {
    const rows = await this.experts.withEmployers([...new Set(ids)]);
    return new Map(
      rows.map((r) => [
        r.expert.id,
        { ...r, contactVisible: this.expertService.contactVisibleTo(actor, r.expert) },
      ]),
    );
  }

  /** The team's demands that the reader may read (a LOCAL bureau sees those of its region). */
  async demandsOf(actor: Actor, teamId: string): Promise<DemandEntity[]> {
    const all = await this.teams.demandsOf(teamId);
    const readable = await Promise.all(all.map((d) => this.demandService.canRead(actor, d)));
    return all.filter((_, i) => readable[i]);
  }

  /** The booked dates of an assignment. */
  periodOf(a: AssignmentEntity): { startDate: string; endDate: string } {
    return rangeDates(a.period) ?? { startDate: '', endDate: '' };
  }

  isOverdue(a: AssignmentEntity): boolean {
    return a.status === 'INVITED' && a.dueAt !== null && a.dueAt.getTime() < this.clock.now().getTime();
  }

  /** May the actor dispatch for (and change) this team: ADMIN, or a PROVINCE whose scope covers every demand? */
  private canDispatchFor(actor: Actor, demands: DemandEntity[]): boolean {
    if (actor.role === 'ADMIN') return true;
    if (actor.role !== 'PROVINCE') return false;
    return demands.length > 0 && demands.every((d) => this.demandService.covers(actor, d));
  }

  // ---- Dispatch -------------------------------------------------------------------------------------------

  /**
   * 省厅派单: forms the team for accepted demands of the dispatcher's scope, books and invites every expert,
   * moves the demands to DISPATCHED — all or nothing. A double booking is refused by the database and comes back
   * as CONFLICT naming the expert and the team that holds them.
   */
  async dispatch(actor: Actor, input: DispatchInput): Promise<TeamEntity> {
    assertRole(actor, ['PROVINCE', 'ADMIN'], '只有省厅派单员可以组建服务团并派单');
    const draft: TeamDraft = {
      demandIds: input.demandIds ?? [],
      name: (input.name ?? '').trim(),
      level: input.level,
      leadExpertId: input.leadExpertId ?? '',
      memberExpertIds: input.memberExpertIds ?? [],
      startDate: input.startDate ?? '',
      endDate: input.endDate ?? '',
      budget: input.budget ?? null,
    };
    const problems = teamDraftProblems(draft, chinaDate(this.clock.now()));
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    const expertIds = [draft.leadExpertId, ...draft.memberExpertIds];
    const range = bookingRange(draft.startDate, draft.endDate);

    return this.withBookingGuard(
      expertIds,
      range,
      null,
      (field) => (field === draft.leadExpertId ? 'leadExpertId' : 'memberExpertIds'),
      async () => {
        const after: AfterCommit[] = [];
        const team = await this.db.transaction(async (m) => {
          // Lock the demands in a fixed order, so two dispatchers of the same demands wait instead of deadlocking.
          const demands: DemandEntity[] = [];
          for (const id of [...draft.demandIds].sort()) {
            const d = await this.demands.findForUpdate(m, id);
            if (!d) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
            demands.push(d);
          }
          demands.sort((a, b) => draft.demandIds.indexOf(a.id) - draft.demandIds.indexOf(b.id));
          if (!this.canDispatchFor(actor, demands)) {
            const outside = demands.find((d) => !this.demandService.covers(actor, d));
            throw AppError.forbidden(
              outside ? `需求 ${outside.code} 不在您的派单范围内` : '您无权为这些需求派单',
              'DEMAND_OUT_OF_SCOPE',
            );
          }
          for (const d of demands) {
            if (d.status !== 'ACCEPTED') {
              throw AppError.conflict(
                `需求 ${d.code} 当前为“${DEMAND_STATUS_LABELS[d.status]}”，不能派单（仅“${DEMAND_STATUS_LABELS.ACCEPTED}”的需求可以派单）`,
                'DEMAND_NOT_DISPATCHABLE',
              );
            }
            const p = demandPeriodProblem(draft, d);
            if (p) throw AppError.badInput(p, { startDate: p }, 'TEAM_PERIOD_MISMATCH');
          }
          await this.checkExperts(m, expertIds, demands, (id) =>
            id === draft.leadExpertId ? 'leadExpertId' : 'memberExpertIds',
          );

          const now = this.clock.now();
          const team = await this.teams.insertTeam(m, {
            name: draft.name,
            level: draft.level,
            leadExpertId: draft.leadExpertId,
            startDate: draft.startDate,
            endDate: draft.endDate,
            budget: draft.budget,
            createdBy: actor.accountId,
          });
          await this.teams.linkDemands(
            m,
            team.id,
            demands.map((d) => d.id),
          );
          const dueAt = workingDeadline(now, INVITATION_TIME_LIMIT_DAYS);
          await this.teams.lockExperts(m, expertIds);
          const assignments = await this.teams.insertAssignments(
            m,
            // Creation times a millisecond apart keep the dispatcher's order of the members.
            expertIds.map((expertId, i) => ({
              teamId: team.id,
              expertId,
              role: i === 0 ? 'LEAD' : 'MEMBER',
              status: 'INVITED',
              period: range,
              dueAt,
              createdAt: new Date(now.getTime() + i),
            })),
          );
          for (const d of demands) {
            await this.demandService.applyTransition(
              m,
              actor,
              d,
              'dispatch',
              `组建服务团“${team.name}”（${team.startDate} 至 ${team.endDate}）`,
              after,
            );
          }
          for (const a of assignments) await this.inviteNotice(m, team, a, demands, after);
          await writeAudit(m, actor, {
            action: 'team.dispatch',
            entityType: 'team',
            entityId: team.id,
            after: {
              ...team,
              demandIds: demands.map((d) => d.id),
              experts: assignments.map((a) => ({ id: a.id, expertId: a.expertId, role: a.role })),
            },
          });
          return team;
        });
        await this.runAfter(after, 'dispatch');
        return team;
      },
    );
  }

  /** Every expert exists and is ACTIVE, and none works for the unit that ordered one of the demands (回避). */
  private async checkExperts(
    m: EntityManager,
    expertIds: string[],
    demands: DemandEntity[],
    fieldOf: (expertId: string) => string,
  ): Promise<void> {
    const rows = await this.experts.withEmployers(expertIds, m);
    const byId = new Map(rows.map((r) => [r.expert.id, r]));
    const missing = expertIds.find((id) => !byId.has(id));
    if (missing)
      throw AppError.badInput(
        '所选专家不存在或已被删除',
        { [fieldOf(missing)]: '专家不存在' },
        'EXPERT_NOT_FOUND',
      );
    for (const id of expertIds) {
      const { expert } = byId.get(id)!;
      if (expert.status !== 'ACTIVE') {
        const message = `专家 ${expert.name} 已停用，不能派出`;
        throw AppError.badInput(message, { [fieldOf(id)]: message }, 'EXPERT_INACTIVE');
      }
    }
    const units = await this.teams.organizationNames(m, [...new Set(demands.map((d) => d.organizationId))]);
    for (const id of expertIds) {
      const { expert, employerName } = byId.get(id)!;
      for (const d of demands) {
        const unitName = units.get(d.organizationId) ?? '';
        if (expert.employerId === d.organizationId || sameName(employerName, unitName)) {
          const message = `专家 ${expert.name} 的工作单位“${employerName || unitName}”即需求 ${d.code} 的需求单位，按回避要求不能派往该需求`;
          throw AppError.badInput(message, { [fieldOf(id)]: message }, 'EXPERT_CONFLICT_OF_INTEREST');
        }
      }
    }
  }

  /**
   * Runs a write that books experts; when the exclusion constraint refuses it, looks up (after the rollback) who
   * holds the expert in that period and answers CONFLICT in people's words. Deadlocks are retried.
   */
  private async withBookingGuard<T>(
    expertIds: string[],
    range: string,
    teamId: string | null,
    fieldOf: (expertId: string) => string,
    work: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        const code = pgErrorCode(err);
        if ((code === PG_DEADLOCK || code === PG_SERIALIZATION) && attempt < 4) continue;
        if (code === PG_EXCLUSION_VIOLATION && pgConstraint(err) === BOOKING_CONSTRAINT) {
          throw await this.bookingConflict(err, expertIds, range, teamId, fieldOf);
        }
        throw err;
      }
    }
  }

  private async bookingConflict(
    err: unknown,
    expertIds: string[],
    range: string,
    teamId: string | null,
    fieldOf: (expertId: string) => string,
  ): Promise<AppError> {
    // The detail names the expert: "Key (expert_id, period)=(<uuid>, [..)) conflicts with existing key …".
    const detail = String(
      (err as { driverError?: { detail?: string }; detail?: string }).driverError?.detail ??
        (err as { detail?: string }).detail ??
        '',
    );
    const named = /\(([0-9a-f-]{36}),/i.exec(detail)?.[1];
    const order =
      named && expertIds.includes(named) ? [named, ...expertIds.filter((id) => id !== named)] : expertIds;
    const [clash] = await this.teams.clashes(order, range, teamId);
    let message: string;
    let expertId: string;
    if (clash) {
      const dates = rangeDates(clash.period) ?? rangeDates(range)!;
      message = bookingConflictMessage(clash.expertName, dates.startDate, dates.endDate, clash.teamName);
      expertId = clash.expertId;
    } else {
      // The other booking was withdrawn in the meantime: still a clash at the moment of writing.
      expertId = order[0]!;
      const [row] = await this.experts.withEmployers([expertId]);
      const dates = rangeDates(range)!;
      message = bookingConflictMessage(row?.expert.name ?? '', dates.startDate, dates.endDate, null);
    }
    return new AppError('CONFLICT', message, 'EXPERT_DOUBLE_BOOKED', { [fieldOf(expertId)]: message });
  }

  private async runAfter(after: AfterCommit[], what: string): Promise<void> {
    for (const f of after)
      await f().catch((err) => this.logger.warn(`after ${what}: ${(err as Error).message}`));
  }

  // ---- Invitations ----------------------------------------------------------------------------------------

  /**
   * The invited expert confirms, or declines with a reason. When every place is confirmed the team's demands go
   * into service; a decline tells the dispatcher, with replacement candidates from the matching.
   */
  async respond(
    actor: Actor,
    assignmentId: string,
    accept: boolean,
    reason?: string | null,
  ): Promise<AssignmentEntity> {
    assertRole(actor, ['EXPERT'], '只有受邀专家本人可以答复邀请');
    const problem = invitationAnswerProblem(accept, reason);
    if (problem) throw AppError.badInput(problem, { reason: problem }, 'INVITATION_REASON_REQUIRED');
    const first = UUID.test(assignmentId) ? await this.teams.findAssignment(assignmentId) : null;
    if (!first) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
    if (first.expertId !== actor.expertId)
      throw AppError.forbidden('只有受邀专家本人可以答复该邀请', 'ASSIGNMENT_NOT_YOURS');
    this.assertAnswerable(first);
    // Candidates are looked up before the transaction (the matching reads on its own connections).
    const candidates = accept ? [] : await this.candidateNames(first.teamId, [first.expertId]);

    const after: AfterCommit[] = [];
    const result = await this.db.transaction(async (m) => {
      const team = await this.teams.lockTeam(m, first.teamId);
      const a = await this.teams.findAssignmentForUpdate(m, assignmentId);
      if (!team || !a) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
      this.assertAnswerable(a);
      const demands = await this.teams.demandsOf(team.id, m);
      if (!demands.some((d) => LIVE_DEMAND.includes(d.status))) {
        throw AppError.conflict('该服务团对应的需求已取消或已结束，邀请已失效', 'INVITATION_STALE');
      }
      const now = this.clock.now();
      const changes: Partial<AssignmentEntity> = {
        status: accept ? 'CONFIRMED' : 'DECLINED',
        reason: reason?.trim() || null,
        respondedAt: now,
      };
      await this.teams.updateAssignment(m, a.id, changes);
      const updated = { ...a, ...changes } as AssignmentEntity;
      await writeAudit(m, actor, {
        action: accept ? 'assignment.confirm' : 'assignment.decline',
        entityType: 'assignment',
        entityId: a.id,
        before: { status: a.status },
        after: { status: updated.status, reason: updated.reason, teamId: team.id },
      });
      const [expert] = await this.experts.withEmployers([a.expertId], m);
      const expertName = expert?.expert.name ?? '';
      if (accept) {
        await this.startServiceIfReady(m, team, demands, after);
      } else if (team.createdBy) {
        const list = candidates.length
          ? `可替换的候选专家：${candidates.join('、')}。`
          : '暂无符合条件的候选专家，请调整条件后重新匹配。';
        const n = await this.notifications.notify(m, {
          recipientId: team.createdBy,
          kind: 'TEAM_INVITATION_DECLINED',
          title: `专家婉拒邀请：${team.name}`,
          body: `专家 ${expertName} 婉拒了服务团“${team.name}”（${team.startDate} 至 ${team.endDate}）的邀请，原因：${updated.reason}。${list}`,
          link: `/teams/${team.id}`,
          dedupeKey: `declined:${a.id}:${a.expertId}`,
        });
        after.push(n.afterCommit);
      }
      return updated;
    });
    await this.runAfter(after, 'respond');
    return result;
  }

  private assertAnswerable(a: AssignmentEntity): void {
    if (a.status !== 'INVITED') {
      throw AppError.conflict(
        `该邀请当前为“${ASSIGNMENT_STATUS_LABELS[a.status]}”，不能再答复`,
        'ASSIGNMENT_NOT_PENDING',
      );
    }
  }

  /** When every place is confirmed (withdrawn ones closed), the team's dispatched demands go into service. */
  private async startServiceIfReady(
    m: EntityManager,
    team: TeamEntity,
    demands: DemandEntity[],
    after: AfterCommit[],
  ): Promise<void> {
    const all = await this.teams.assignmentsOf(team.id, m);
    if (!teamReadyToServe(all)) return;
    let started = 0;
    for (const id of demands.map((d) => d.id).sort()) {
      const d = await this.demands.findForUpdate(m, id);
      if (d?.status !== 'DISPATCHED') continue;
      await this.demandService.applyTransition(m, 'SYSTEM', d, 'startService', null, after);
      started++;
    }
    if (started && team.createdBy) {
      const confirmed = all.filter((a) => a.status === 'CONFIRMED').length;
      const n = await this.notifications.notify(m, {
        recipientId: team.createdBy,
        kind: 'TEAM_CONFIRMED',
        title: `服务团已全部确认：${team.name}`,
        body: `服务团“${team.name}”的 ${confirmed} 位专家均已确认，${started} 个需求进入服务阶段。`,
        link: `/teams/${team.id}`,
        dedupeKey: `team-confirmed:${team.id}`,
      });
      after.push(n.afterCommit);
    }
  }

  /** The dispatcher withdraws an invitation (or closes a declined place) with a reason. */
  async withdraw(actor: Actor, assignmentId: string, reason: string): Promise<AssignmentEntity> {
    assertRole(actor, ['PROVINCE', 'ADMIN'], '只有省厅派单员可以撤回邀请');
    const why = (reason ?? '').trim();
    if (!why) throw AppError.badInput('撤回邀请需要填写原因', { reason: '请填写原因' });
    if (why.length > TEAM_LIMITS.reason)
      throw AppError.badInput(`原因不能超过 ${TEAM_LIMITS.reason} 个字`, { reason: '原因过长' });
    const first = UUID.test(assignmentId) ? await this.teams.findAssignment(assignmentId) : null;
    if (!first) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
    const after: AfterCommit[] = [];
    const result = await this.db.transaction(async (m) => {
      const team = await this.teams.lockTeam(m, first.teamId);
      const a = await this.teams.findAssignmentForUpdate(m, assignmentId);
      if (!team || !a) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
      const demands = await this.teams.demandsOf(team.id, m);
      if (!this.canDispatchFor(actor, demands))
        throw AppError.forbidden('该服务团不在您的派单范围内', 'TEAM_OUT_OF_SCOPE');
      if (!ASSIGNMENT_WITHDRAWABLE.includes(a.status)) {
        throw AppError.conflict(
          `该邀请当前为“${ASSIGNMENT_STATUS_LABELS[a.status]}”，不能撤回`,
          'ASSIGNMENT_NOT_WITHDRAWABLE',
        );
      }
      const changes: Partial<AssignmentEntity> = { status: 'WITHDRAWN', reason: why };
      await this.teams.updateAssignment(m, a.id, changes);
      const updated = { ...a, ...changes } as AssignmentEntity;
      await writeAudit(m, actor, {
        action: 'assignment.withdraw',
        entityType: 'assignment',
        entityId: a.id,
        before: { status: a.status, reason: a.reason },
        after: { status: 'WITHDRAWN', reason: why, teamId: team.id },
      });
      if (a.status !== 'DECLINED') {
        for (const acc of await this.teams.expertAccounts(m, [a.expertId])) {
          const n = await this.notifications.notify(m, {
            recipientId: acc.id,
            kind: 'TEAM_INVITATION_WITHDRAWN',
            title: `服务团邀请已撤回：${team.name}`,
            body: `省厅撤回了您在服务团“${team.name}”（${team.startDate} 至 ${team.endDate}）中的邀请，原因：${why}。该时段已为您释放。`,
            link: `/invitations`,
            dedupeKey: `withdrawn:${a.id}:${a.expertId}`,
          });
          after.push(n.afterCommit);
        }
      }
      await this.startServiceIfReady(m, team, demands, after);
      return updated;
    });
    await this.runAfter(after, 'withdraw');
    return result;
  }

  /** The declined or withdrawn place goes to another expert, invited in the same transaction. */
  async replace(actor: Actor, assignmentId: string, expertId: string): Promise<TeamEntity> {
    assertRole(actor, ['PROVINCE', 'ADMIN'], '只有省厅派单员可以替换团队成员');
    if (!UUID.test(expertId ?? '')) throw AppError.badInput('专家编号格式不正确', { expertId: '请选择专家' });
    const first = UUID.test(assignmentId) ? await this.teams.findAssignment(assignmentId) : null;
    if (!first) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
    const team0 = (await this.teams.find(first.teamId))!;
    const range = bookingRange(team0.startDate, team0.endDate);

    return this.withBookingGuard(
      [expertId],
      range,
      team0.id,
      () => 'expertId',
      async () => {
        const after: AfterCommit[] = [];
        const team = await this.db.transaction(async (m) => {
          const team = await this.teams.lockTeam(m, first.teamId);
          const a = await this.teams.findAssignmentForUpdate(m, assignmentId);
          if (!team || !a) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
          const demands = await this.teams.demandsOf(team.id, m);
          if (!this.canDispatchFor(actor, demands))
            throw AppError.forbidden('该服务团不在您的派单范围内', 'TEAM_OUT_OF_SCOPE');
          if (!ASSIGNMENT_REPLACEABLE.includes(a.status)) {
            throw AppError.conflict(
              `该席位当前为“${ASSIGNMENT_STATUS_LABELS[a.status]}”，只有已婉拒或已撤回的席位可以替换`,
              'ASSIGNMENT_NOT_REPLACEABLE',
            );
          }
          if (!demands.some((d) => LIVE_DEMAND.includes(d.status))) {
            throw AppError.conflict('该服务团对应的需求已取消或已结束，不能再替换成员', 'TEAM_CLOSED');
          }
          const onTeam = (await this.teams.assignmentsOf(team.id, m)).find((x) => x.expertId === expertId);
          if (onTeam) {
            const message = `该专家已在本服务团中（${ASSIGNMENT_STATUS_LABELS[onTeam.status]}），请选择其他专家`;
            throw AppError.badInput(message, { expertId: message }, 'EXPERT_ALREADY_ON_TEAM');
          }
          await this.checkExperts(m, [expertId], demands, () => 'expertId');
          const now = this.clock.now();
          const changes: Partial<AssignmentEntity> = {
            expertId,
            status: 'INVITED',
            reason: null,
            respondedAt: null,
            dueAt: workingDeadline(now, INVITATION_TIME_LIMIT_DAYS),
          };
          await this.teams.lockExperts(m, [expertId]);
          await this.teams.updateAssignment(m, a.id, changes);
          let current = team;
          if (a.role === 'LEAD') {
            await this.teams.updateTeam(m, team.id, { leadExpertId: expertId });
            current = { ...team, leadExpertId: expertId };
          }
          await writeAudit(m, actor, {
            action: 'assignment.replace',
            entityType: 'assignment',
            entityId: a.id,
            before: { expertId: a.expertId, status: a.status, reason: a.reason },
            after: { expertId, status: 'INVITED', teamId: team.id, role: a.role },
          });
          await this.inviteNotice(m, current, { ...a, ...changes } as AssignmentEntity, demands, after);
          return current;
        });
        await this.runAfter(after, 'replace');
        return team;
      },
    );
  }

  private async inviteNotice(
    m: EntityManager,
    team: TeamEntity,
    a: AssignmentEntity,
    demands: DemandEntity[],
    after: AfterCommit[],
  ): Promise<void> {
    const role = a.role === 'LEAD' ? '领衔专家' : '团队成员';
    const where = demands.map((d) => `${d.title}（${d.code}）`).join('；');
    const due = a.dueAt ? chinaDate(a.dueAt) : '';
    for (const acc of await this.teams.expertAccounts(m, [a.expertId])) {
      const n = await this.notifications.notify(m, {
        recipientId: acc.id,
        kind: 'TEAM_INVITATION',
        title: `服务团邀请：${team.name}`,
        body: `省厅邀请您作为${role}参加服务团“${team.name}”，服务期 ${team.startDate} 至 ${team.endDate}，服务需求：${where}。请于 ${due} 前确认或婉拒。`,
        link: `/invitations`,
        dedupeKey: `invite:${a.id}:${a.expertId}:${a.dueAt?.toISOString() ?? ''}`,
      });
      after.push(n.afterCommit);
    }
    const dueAt = a.dueAt;
    if (dueAt) {
      const payload = { assignmentId: a.id, expertId: a.expertId, dueAt: dueAt.toISOString() };
      after.push(async () => {
        const delayMs = Math.max(0, dueAt.getTime() - this.clock.now().getTime());
        await this.queue.add('invitation.deadline', payload, { delayMs: delayMs || undefined, jobId: `invitation-${a.id}-${dueAt.getTime()}` });
      });
    }
  }

  /**
   * An invitation's answer time ran out: remind the expert and tell the dispatchers, who may withdraw the place
   * and invite someone else. Idempotent: the notifications carry dedupe keys, and an answered, withdrawn or
   * re-issued invitation (another expert, another due time) is left alone.
   */
  async handleInvitationDeadline(payload: JobMap['invitation.deadline']): Promise<'reminded' | 'not-yet' | 'done'> {
    const after: AfterCommit[] = [];
    const outcome = await this.db.transaction(async (m) => {
      const a = await this.teams.findAssignmentForUpdate(m, payload.assignmentId);
      if (!a || a.status !== 'INVITED' || a.expertId !== payload.expertId || a.dueAt?.toISOString() !== payload.dueAt) return 'done' as const;
      if (a.dueAt.getTime() > this.clock.now().getTime()) return 'not-yet' as const;
      const team = await this.teams.find(a.teamId, m);
      const demands = await this.teams.demandsOf(a.teamId, m);
      if (!team || !demands.some((d) => LIVE_DEMAND.includes(d.status))) return 'done' as const;
      const [expert] = await this.experts.withEmployers([a.expertId], m);
      const name = expert?.expert.name ?? '专家';
      const key = `invite-overdue:${a.id}:${payload.dueAt}`;
      for (const acc of await this.teams.expertAccounts(m, [a.expertId])) {
        const n = await this.notifications.notify(m, {
          recipientId: acc.id,
          kind: 'INVITATION_OVERDUE',
          title: `服务团邀请已逾期：${team.name}`,
          body: `您收到的服务团“${team.name}”邀请已超过答复期限（${chinaDate(a.dueAt)}），请尽快确认或婉拒。`,
          link: '/invitations',
          dedupeKey: key,
        });
        after.push(n.afterCommit);
      }
      const dispatchers = new Set<string>();
      for (const d of demands) for (const id of await this.demandService.dispatchersFor(m, d.regionCode)) dispatchers.add(id);
      for (const recipientId of dispatchers) {
        const n = await this.notifications.notify(m, {
          recipientId,
          kind: 'INVITATION_OVERDUE',
          title: `专家逾期未答复：${team.name}`,
          body: `${name} 未在 ${chinaDate(a.dueAt)} 前答复服务团“${team.name}”的邀请，可继续等待，或撤回邀请后替换其他专家。`,
          link: '/teams',
          dedupeKey: key,
        });
        after.push(n.afterCommit);
      }
      return 'reminded' as const;
    });
    await this.runAfter(after, 'invitation deadline');
    return outcome;
  }

  // ---- Replacement candidates -----------------------------------------------------------------------------

  /**
   * Experts to fill a declined place, best first: from MatchService for each of the team's demands, without the
   * team's own experts, free in the team's period and not of an ordering unit. Null when not applicable: the
   * place is not declined, or the reader is not a dispatcher of the team.
   */
  async replacementCandidates(
    actor: Actor,
    assignment: AssignmentEntity,
    limit = CANDIDATES_IN_NOTICE,
  ): Promise<ExpertMatch[] | null> {
    if (assignment.status !== 'DECLINED') return null;
    const demands = await this.teams.demandsOf(assignment.teamId);
    if (!this.canDispatchFor(actor, demands)) return null;
    return this.candidates(actor, assignment.teamId, demands, [], Math.min(Math.max(limit, 1), 20));
  }

  private async candidates(
    actor: Actor,
    teamId: string,
    demands: DemandEntity[],
    alsoExclude: string[],
    limit: number,
  ): Promise<ExpertMatch[]> {
    const team = await this.teams.find(teamId);
    if (!team) return [];
    const onTeam = (await this.teams.assignmentsOf(teamId)).map((a) => a.expertId);
    const exclude = [...new Set([...onTeam, ...alsoExclude])];
    const best = new Map<string, ExpertMatch>();
    for (const d of demands.filter((x) => LIVE_DEMAND.includes(x.status))) {
      const found = await this.matching.matchExperts(actor, d.id, {
        limit: Math.min(limit * 3, 50),
        excludeExpertIds: exclude,
      });
      for (const c of found) {
        const id = c.expert.expert.id;
        if (exclude.includes(id)) continue;
        const prev = best.get(id);
        if (!prev || prev.score < c.score) best.set(id, c);
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    if (!ranked.length) return [];
    // Free in the team's period (the matching looks at the demand's wanted period) and 回避 for every demand.
    const ids = ranked.map((c) => c.expert.expert.id);
    const busy = new Set(
      (await this.teams.clashes(ids, bookingRange(team.startDate, team.endDate), teamId)).map(
        (c) => c.expertId,
      ),
    );
    const rows = await this.experts.withEmployers(ids);
    const units = await this.teams.organizationNames(
      this.db.manager,
      demands.map((d) => d.organizationId),
    );
    const ok = new Set(
      rows
        .filter((r) => r.expert.status === 'ACTIVE' && !busy.has(r.expert.id))
        .filter(
          (r) =>
            !demands.some(
              (d) =>
                r.expert.employerId === d.organizationId ||
                sameName(r.employerName, units.get(d.organizationId)),
            ),
        )
        .map((r) => r.expert.id),
    );
    return ranked.filter((c) => ok.has(c.expert.expert.id)).slice(0, limit);
  }

  /** Names of the best candidates for the dispatcher's notice; never fails the decline itself. */
  private async candidateNames(teamId: string, alsoExclude: string[]): Promise<string[]> {
    try {
      const team = await this.teams.find(teamId);
      const creator = team?.createdBy
        ? await this.db.getRepository(AccountEntity).findOneBy({ id: team.createdBy })
        : null;
      const actor = creator?.active ? await this.accounts.toActor(creator) : SYSTEM_ACTOR;
      const demands = await this.teams.demandsOf(teamId);
      const found = await this.candidates(actor, teamId, demands, alsoExclude, CANDIDATES_IN_NOTICE);
      return found.map((c) => c.expert.expert.name);
    } catch (err) {
      this.logger.warn(`replacement candidates for team ${teamId}: ${(err as Error).message}`);
      return [];
    }
  }
}
