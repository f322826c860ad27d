// Invitations: the invited expert confirms or declines; the dispatcher withdraws an invitation (or closes a declined
// place); an invitation unanswered at its deadline reminds the expert and alerts the dispatchers. Each is one unit
// of work opened by the same steps (TeamSteps.openPlace) and decided by the assignment state machine.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  TEAM_LIMITS,
  chinaDate,
  invitationAnswerProblem,
  invitationDeclinedNotice,
  invitationOverdueNoticeToDispatcher,
  invitationOverdueNoticeToExpert,
  invitationWithdrawnNotice,
  type Actor,
  SETTLED_BY_INVITATION_ANSWER,
  SETTLED_BY_WITHDRAWAL,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import type { JobMap } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import type { AssignmentEntity } from './dispatch.entities.js';
import { ReplacementService } from './replacement.service.js';
import { LIVE_DEMAND, TeamSteps } from './team-steps.js';
import { TeamRepository } from './team.repository.js';

@Injectable()
export class InvitationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly teams: TeamRepository,
    private readonly experts: ExpertRepository,
    private readonly steps: TeamSteps,
    private readonly replacements: ReplacementService,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

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
    const action = accept ? 'confirm' : 'decline';
    const found = await this.steps.findPlace(actor, assignmentId, action);
    // Candidates are looked up before the transaction (the matching reads on its own connections).
    const candidates = accept ? [] : await this.replacements.candidateNames(found.teamId, [found.expertId]);

    return this.uow.run(async (m) => {
      const { team, assignment: a, demands, to } = await this.steps.openPlace(m, actor, found, action);
      if (!demands.some((d) => LIVE_DEMAND.includes(d.status))) {
        throw AppError.conflict('该服务团对应的需求已取消或已结束，邀请已失效', 'INVITATION_STALE');
      }
      const before = { ...a };
      const changes: Partial<AssignmentEntity> = {
        status: to,
        reason: reason?.trim() || null,
        respondedAt: this.clock.now(),
      };
      await this.teams.updateAssignment(m, a.id, changes);
      const updated = { ...before, ...changes } as AssignmentEntity;
      await writeAudit(m, actor, {
        action: accept ? 'assignment.confirm' : 'assignment.decline',
        entityType: 'assignment',
        entityId: a.id,
        before: { status: before.status },
        after: { status: updated.status, reason: updated.reason, teamId: team.id },
      });
      await this.notifications.settle(m, { type: 'ASSIGNMENT', id: a.id }, [SETTLED_BY_INVITATION_ANSWER]);
      if (accept) {
        await this.steps.startServiceIfReady(m, team, demands);
      } else if (team.createdBy) {
        const [expert] = await this.experts.withEmployers([a.expertId], m);
        await this.notifications.notify(m, {
          recipientId: team.createdBy,
          ...invitationDeclinedNotice(team, expert?.expert.name ?? '', updated.reason, candidates),
          link: `/teams/${team.id}`,
          dedupeKey: `declined:${a.id}:${a.expertId}`,
          subject: { type: 'ASSIGNMENT', id: a.id },
        });
      }
      return updated;
    });
  }

  /** The dispatcher withdraws an invitation (or closes a declined place) with a reason. */
  async withdraw(actor: Actor, assignmentId: string, reason: string): Promise<AssignmentEntity> {
    assertRole(actor, ['PROVINCE', 'ADMIN'], '只有省厅派单员可以撤回邀请');
    const why = (reason ?? '').trim();
    if (!why) throw AppError.badInput('撤回邀请需要填写原因', { reason: '请填写原因' });
    if (why.length > TEAM_LIMITS.reason)
      throw AppError.badInput(`原因不能超过 ${TEAM_LIMITS.reason} 个字`, { reason: '原因过长' });
    const found = await this.steps.findPlace(actor, assignmentId, 'withdraw');

    return this.uow.run(async (m) => {
      const { team, assignment: a, demands, to } = await this.steps.openPlace(m, actor, found, 'withdraw');
      const before = { ...a };
      const changes: Partial<AssignmentEntity> = { status: to, reason: why };
      await this.teams.updateAssignment(m, a.id, changes);
      await writeAudit(m, actor, {
        action: 'assignment.withdraw',
        entityType: 'assignment',
        entityId: a.id,
        before: { status: before.status, reason: before.reason },
        after: { status: to, reason: why, teamId: team.id },
      });
      await this.notifications.settle(m, { type: 'ASSIGNMENT', id: a.id }, [SETTLED_BY_WITHDRAWAL]);
      // Closing a declined place tells nobody: the expert has already said no.
      if (before.status !== 'DECLINED') {
        for (const account of await this.recipients.expertAccounts([a.expertId], m)) {
          await this.notifications.notify(m, {
            recipientId: account.id,
            ...invitationWithdrawnNotice(team, why),
            link: '/invitations',
            dedupeKey: `withdrawn:${a.id}:${a.expertId}`,
            subject: { type: 'ASSIGNMENT', id: a.id },
          });
        }
      }
      await this.steps.startServiceIfReady(m, team, demands);
      return { ...before, ...changes } as AssignmentEntity;
    });
  }

  /**
   * An invitation's answer time ran out: remind the expert and tell the dispatchers, who may withdraw the place
   * and invite someone else. Idempotent: the notifications carry dedupe keys, and an answered, withdrawn or
   * re-issued invitation (another expert, another due time) is left alone.
   */
  async handleDeadline(payload: JobMap['invitation.deadline']): Promise<'reminded' | 'not-yet' | 'done'> {
    return this.uow.run(async (m) => {
      const a = await this.teams.findAssignmentForUpdate(m, payload.assignmentId);
      if (
        !a ||
        a.status !== 'INVITED' ||
        a.expertId !== payload.expertId ||
        a.dueAt?.toISOString() !== payload.dueAt
      )
        return 'done';
      if (a.dueAt.getTime() > this.clock.now().getTime()) return 'not-yet';
      const team = await this.teams.find(a.teamId, m);
      const demands = await this.teams.demandsOf(a.teamId, m);
      if (!team || !demands.some((d) => LIVE_DEMAND.includes(d.status))) return 'done';
      const [expert] = await this.experts.withEmployers([a.expertId], m);
      const due = chinaDate(a.dueAt);
      const dedupeKey = `invite-overdue:${a.id}:${payload.dueAt}`;
      for (const account of await this.recipients.expertAccounts([a.expertId], m)) {
        await this.notifications.notify(m, {
          recipientId: account.id,
          ...invitationOverdueNoticeToExpert(team, due),
          link: '/invitations',
          dedupeKey,
          subject: { type: 'ASSIGNMENT', id: a.id },
        });
      }
      const dispatchers = new Set<string>();
      for (const d of demands)
        for (const id of await this.recipients.dispatchersFor(d.regionCode, m)) dispatchers.add(id);
      await this.notifications.notifyAll(
        m,
        dispatchers,
        invitationOverdueNoticeToDispatcher(team, expert?.expert.name ?? '专家', due),
        { link: '/teams', dedupeKey, subject: { type: 'ASSIGNMENT', id: a.id } },
      );
      return 'reminded';
    });
  }
}
