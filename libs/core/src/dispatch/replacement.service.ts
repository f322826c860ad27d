// Replacements: a declined or withdrawn place goes to another expert, invited in the same unit of work; and the
// candidates for it, from the matching, without the team's own experts, free in the team's period and not of an
// ordering unit (回避).
import { Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  ASSIGNMENT_STATUS_LABELS,
  INVITATION_TIME_LIMIT_DAYS,
  SYSTEM_ACTOR,
  bookingRange,
  isConflictOfInterest,
  isUuid,
  workingDeadline,
  type Actor,
  SETTLED_BY_REPLACEMENT,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { AccountRepository } from '../accounts/account.repository.js';
import { AccountService } from '../accounts/account.service.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { MatchService, type ExpertMatch } from '../matching/match.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { BookingGuard } from './booking-guard.js';
import type { AssignmentEntity, TeamEntity } from './dispatch.entities.js';
import { LIVE_DEMAND, TeamSteps } from './team-steps.js';
import { TeamRepository } from './team.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';

/** Candidates named in the dispatcher's notification when an expert declines. */
const CANDIDATES_IN_NOTICE = 5;

@Injectable()
export class ReplacementService {
  private readonly logger = new Logger('Dispatch');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly teams: TeamRepository,
    private readonly experts: ExpertRepository,
    private readonly accounts: AccountRepository,
    private readonly accountService: AccountService,
    private readonly matching: MatchService,
    private readonly steps: TeamSteps,
    private readonly guard: BookingGuard,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationService,
  ) {}

  /** The declined or withdrawn place goes to another expert, invited in the same transaction. */
  async replace(actor: Actor, assignmentId: string, expertId: string): Promise<TeamEntity> {
    assertRole(actor, ['PROVINCE', 'ADMIN'], '只有省厅派单员可以替换团队成员');
    if (!isUuid(expertId)) throw AppError.badInput('专家编号格式不正确', { expertId: '请选择专家' });
    const found = await this.steps.findPlace(actor, assignmentId, 'replace');
    const team0 = await this.teams.find(found.teamId);
    if (!team0) throw AppError.notFound('邀请', 'ASSIGNMENT_NOT_FOUND');
    const range = bookingRange(team0.startDate, team0.endDate);

    return this.guard.run({ expertIds: [expertId], range, teamId: team0.id, fieldOf: () => 'expertId' }, () =>
      this.uow.run(async (m) => {
        const { team, assignment: a, demands, to } = await this.steps.openPlace(m, actor, found, 'replace');
        if (!demands.some((d) => LIVE_DEMAND.includes(d.status))) {
          throw AppError.conflict('该服务团对应的需求已取消或已结束，不能再替换成员', 'TEAM_CLOSED');
        }
        const onTeam = (await this.teams.assignmentsOf(team.id, m)).find((x) => x.expertId === expertId);
        if (onTeam) {
          const message = `该专家已在本服务团中（${ASSIGNMENT_STATUS_LABELS[onTeam.status]}），请选择其他专家`;
          throw AppError.badInput(message, { expertId: message }, 'EXPERT_ALREADY_ON_TEAM');
        }
        await this.steps.checkExperts(m, [expertId], demands, () => 'expertId');
        const changes: Partial<AssignmentEntity> = {
          expertId,
          status: to,
          reason: null,
          respondedAt: null,
          dueAt: workingDeadline(
            this.clock.now(),
            INVITATION_TIME_LIMIT_DAYS,
            await this.calendar.current(m),
          ),
        };
        const before = { ...a };
        await this.teams.lockExperts(m, [expertId]);
        await this.teams.updateAssignment(m, a.id, changes);
        let current = team;
        if (before.role === 'LEAD') {
          await this.teams.updateTeam(m, team.id, { leadExpertId: expertId });
          current = { ...team, leadExpertId: expertId };
        }
        await writeAudit(m, actor, {
          action: 'assignment.replace',
          entityType: 'assignment',
          entityId: a.id,
          before: { expertId: before.expertId, status: before.status, reason: before.reason },
          after: { expertId, status: to, teamId: team.id, role: before.role },
        });
        await this.notifications.settle(m, { type: 'ASSIGNMENT', id: a.id }, [SETTLED_BY_REPLACEMENT]);
        await this.steps.invite(m, current, { ...before, ...changes } as AssignmentEntity, demands);
        return current;
      }),
    );
  }

  /**
   * Experts to fill a declined place, best first. Null when not applicable: the place is not declined, or the
   * reader is not a dispatcher of the team.
   */
  async replacementCandidates(
    actor: Actor,
    assignment: AssignmentEntity,
    limit = CANDIDATES_IN_NOTICE,
  ): Promise<ExpertMatch[] | null> {
    if (assignment.status !== 'DECLINED') return null;
    const demands = await this.teams.demandsOf(assignment.teamId);
    if (!this.steps.canDispatchFor(actor, demands)) return null;
    return this.candidates(actor, assignment.teamId, demands, [], Math.min(Math.max(limit, 1), 20));
  }

  /** Names of the best candidates for the dispatcher's notice, as the team's dispatcher; never fails the decline. */
  async candidateNames(teamId: string, alsoExclude: string[]): Promise<string[]> {
    try {
      const team = await this.teams.find(teamId);
      const creator = team?.createdBy ? await this.accounts.find(team.createdBy) : null;
      const actor = creator?.active ? await this.accountService.toActor(creator) : SYSTEM_ACTOR;
      const demands = await this.teams.demandsOf(teamId);
      const found = await this.candidates(actor, teamId, demands, alsoExclude, CANDIDATES_IN_NOTICE);
      return found.map((c) => c.expert.expert.name);
    } catch (err) {
      this.logger.warn(`replacement candidates for team ${teamId}: ${(err as Error).message}`);
      return [];
    }
  }

  /**
   * From MatchService for each of the team's live demands, without the team's own experts; then free in the
   * team's period (the matching looks at the demand's wanted period) and 回避 for every demand.
   */
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
    const ids = ranked.map((c) => c.expert.expert.id);
    const busy = new Set(
      (await this.teams.clashes(ids, bookingRange(team.startDate, team.endDate), teamId)).map(
        (c) => c.expertId,
      ),
    );
    const rows = await this.experts.withEmployers(ids);
    const units = await this.teams.organizationNames(demands.map((d) => d.organizationId));
    const ok = new Set(
      rows
        .filter((r) => r.expert.status === 'ACTIVE' && !busy.has(r.expert.id))
        .filter(
          (r) =>
            !demands.some((d) =>
              isConflictOfInterest(
                { employerId: r.expert.employerId, employerName: r.employerName },
                { id: d.organizationId, name: units.get(d.organizationId) },
              ),
            ),
        )
        .map((r) => r.expert.id),
    );
    return ranked.filter((c) => ok.has(c.expert.expert.id)).slice(0, limit);
  }
}
