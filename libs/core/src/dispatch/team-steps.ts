// The steps the dispatch use cases share, each written once: who may dispatch for a team, opening a place on a
// team for a change (locks, demands, the assignment state machine), the experts' hard rules (active, 回避),
// inviting an expert (notice and answer timer) and starting the service once everyone has confirmed.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  chinaDate,
  decideAssignmentTransition,
  invitationNotice,
  isConflictOfInterest,
  isUuid,
  teamConfirmedNotice,
  teamReadyToServe,
  type Actor,
  type AssignmentAction,
  type AssignmentRelation,
  type AssignmentStatus,
  type DemandStatus,
} from '@app/domain';
import { coversDemand } from '../demands/demand-access.js';
import { DemandTransitions } from '../demands/demand-transitions.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import type { AssignmentEntity, TeamEntity } from './dispatch.entities.js';
import { TeamRepository } from './team.repository.js';

/** Demand states in which a team's invitations still mean something. */
export const LIVE_DEMAND: readonly DemandStatus[] = ['DISPATCHED', 'IN_SERVICE'];

/** A place on a team, opened (locked) for a change inside a unit of work. */
export interface OpenPlace {
  team: TeamEntity;
  assignment: AssignmentEntity;
  demands: DemandEntity[];
  /** The status the change leads to. */
  to: AssignmentStatus;
}

@Injectable()
export class TeamSteps {
  constructor(
    private readonly teams: TeamRepository,
    private readonly demands: DemandRepository,
    private readonly experts: ExpertRepository,
    private readonly transitions: DemandTransitions,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly outbox: AppOutbox,
  ) {}

  /** May the actor dispatch for (and change) this team: ADMIN, or a PROVINCE whose scope covers every demand? */
  canDispatchFor(actor: Actor, demands: readonly DemandEntity[]): boolean {
    if (actor.role === 'ADMIN') return true;
    if (actor.role !== 'PROVINCE') return false;
    return demands.length > 0 && demands.every((d) => coversDemand(actor, d));
  }

  /** How the actor relates to a place: the invited expert, a dispatcher of the team, or neither. */
  relationTo(
    actor: Actor,
    assignment: AssignmentEntity,
    demands: readonly DemandEntity[],
  ): AssignmentRelation {
    if (actor.role === 'EXPERT') return actor.expertId === assignment.expertId ? 'INVITEE' : 'NONE';
    return this.canDispatchFor(actor, demands) ? 'DISPATCHER' : 'NONE';
  }

  /** The assignment (not locked), refused early when the change cannot be taken: before any costly work. */
  async findPlace(actor: Actor, assignmentId: string, action: AssignmentAction): Promise<AssignmentEntity> {
    const assignment = isUuid(assignmentId) ? await this.teams.findAssignment(assignmentId) : null;
    if (!assignment) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
    const demands = actor.role === 'EXPERT' ? [] : await this.teams.demandsOf(assignment.teamId);
    this.decide(assignment, action, this.relationTo(actor, assignment, demands));
    return assignment;
  }

  /**
   * Opens a place for a change: locks the team (answers, replacements and withdrawals of one team run one after
   * another) and the assignment, reads the team's demands, and lets the assignment state machine decide.
   */
  async openPlace(
    m: EntityManager,
    actor: Actor,
    found: Pick<AssignmentEntity, 'id' | 'teamId'>,
    action: AssignmentAction,
  ): Promise<OpenPlace> {
    const team = await this.teams.lockTeam(m, found.teamId);
    const assignment = await this.teams.findAssignmentForUpdate(m, found.id);
    if (!team || !assignment) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
    const demands = await this.teams.demandsOf(team.id, m);
    const to = this.decide(assignment, action, this.relationTo(actor, assignment, demands));
    return { team, assignment, demands, to };
  }

  private decide(
    a: AssignmentEntity,
    action: AssignmentAction,
    relation: AssignmentRelation,
  ): AssignmentStatus {
    const decision = decideAssignmentTransition(a.status, action, relation);
    if (!decision.ok) throw new AppError(decision.reason, decision.message);
    return decision.to;
  }

  /** Every expert exists and is ACTIVE, and none works for the unit that ordered one of the demands (回避). */
  async checkExperts(
    m: EntityManager,
    expertIds: readonly string[],
    demands: readonly DemandEntity[],
    fieldOf: (expertId: string) => string,
  ): Promise<void> {
    const rows = await this.experts.withEmployers(expertIds, m);
    const byId = new Map(rows.map((r) => [r.expert.id, r]));
    const missing = expertIds.find((id) => !byId.has(id));
    if (missing) {
      throw AppError.badInput(
        '所选专家不存在或已被删除',
        { [fieldOf(missing)]: '专家不存在' },
        'DISPATCH_EXPERT_UNKNOWN',
      );
    }
    for (const id of expertIds) {
      const { expert } = byId.get(id)!;
      if (expert.status !== 'ACTIVE') {
        const message = `专家 ${expert.name} 已停用，不能派出`;
        throw AppError.badInput(message, { [fieldOf(id)]: message }, 'EXPERT_INACTIVE');
      }
    }
    const units = await this.teams.organizationNames([...new Set(demands.map((d) => d.organizationId))], m);
    for (const id of expertIds) {
      const { expert, employerName } = byId.get(id)!;
      for (const d of demands) {
        const unitName = units.get(d.organizationId) ?? '';
        if (
          isConflictOfInterest(
            { employerId: expert.employerId, employerName },
            { id: d.organizationId, name: unitName },
          )
        ) {
          const message = `专家 ${expert.name} 的工作单位“${employerName || unitName}”即需求 ${d.code} 的需求单位，按回避要求不能派往该需求`;
          throw AppError.badInput(message, { [fieldOf(id)]: message }, 'EXPERT_CONFLICT_OF_INTEREST');
        }
      }
    }
  }

  /** Tells the invited expert (notice) and sets the answer's timer (an outbox row due at the deadline). */
  async invite(
    m: EntityManager,
    team: TeamEntity,
    a: AssignmentEntity,
    demands: readonly DemandEntity[],
  ): Promise<void> {
    const notice = invitationNotice(team, a.role, demands, a.dueAt ? chinaDate(a.dueAt) : null);
    for (const account of await this.recipients.expertAccounts([a.expertId], m)) {
      await this.notifications.notify(m, {
        recipientId: account.id,
        ...notice,
        link: '/invitations',
        dedupeKey: `invite:${a.id}:${a.expertId}:${a.dueAt?.toISOString() ?? ''}`,
        subject: { type: 'ASSIGNMENT', id: a.id },
      });
    }
    if (a.dueAt) {
      await this.outbox.add(
        m,
        'invitation.deadline',
        { assignmentId: a.id, expertId: a.expertId, dueAt: a.dueAt.toISOString() },
        { jobId: `invitation-${a.id}-${a.dueAt.getTime()}`, runAt: a.dueAt },
      );
    }
  }

  /** When every place is confirmed (withdrawn ones closed), the team's dispatched demands go into service. */
  async startServiceIfReady(
    m: EntityManager,
    team: TeamEntity,
    demands: readonly DemandEntity[],
  ): Promise<void> {
    const all = await this.teams.assignmentsOf(team.id, m);
    if (!teamReadyToServe(all)) return;
    let started = 0;
    for (const id of demands.map((d) => d.id).sort()) {
      const d = await this.demands.findForUpdate(m, id);
      if (d?.status !== 'DISPATCHED') continue;
      await this.transitions.apply(m, 'SYSTEM', d, 'startService');
      started++;
    }
    if (started && team.createdBy) {
      const confirmed = all.filter((a) => a.status === 'CONFIRMED').length;
      await this.notifications.notify(m, {
        recipientId: team.createdBy,
        ...teamConfirmedNotice(team, confirmed, started),
        link: `/teams/${team.id}`,
        dedupeKey: `team-confirmed:${team.id}`,
        subject: { type: 'TEAM', id: team.id },
      });
    }
  }
}
