// 省厅派单: the dispatcher forms a service team for one or more accepted demands, books and invites every expert and
// moves the demands to DISPATCHED — all in one unit of work. The database's exclusion constraint guarantees that no
// expert is ever booked twice at once; the booking guard turns its refusal into a CONFLICT people can read.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  DEMAND_STATUS_LABELS,
  INVITATION_TIME_LIMIT_DAYS,
  bookingRange,
  chinaDate,
  demandPeriodProblem,
  teamDraftProblems,
  workingDeadline,
  type Actor,
  type TeamDraft,
  type TeamLevel,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { coversDemand } from '../demands/demand-access.js';
import { DemandTransitions } from '../demands/demand-transitions.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { BookingGuard } from './booking-guard.js';
import type { TeamEntity } from './dispatch.entities.js';
import { TeamSteps } from './team-steps.js';
import { TeamRepository } from './team.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';

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

@Injectable()
export class DispatchService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly teams: TeamRepository,
    private readonly demands: DemandRepository,
    private readonly transitions: DemandTransitions,
    private readonly steps: TeamSteps,
    private readonly guard: BookingGuard,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
  ) {}

  /**
   * Forms the team for accepted demands of the dispatcher's scope, books and invites every expert, moves the
   * demands to DISPATCHED — all or nothing. A double booking comes back as CONFLICT naming the expert and the team
   * that holds them.
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
    const fieldOf = (id: string) => (id === draft.leadExpertId ? 'leadExpertId' : 'memberExpertIds');

    return this.guard.run({ expertIds, range, teamId: null, fieldOf }, () =>
      this.uow.run(async (m) => {
        // Lock the demands in a fixed order, so two dispatchers of the same demands wait instead of deadlocking.
        const demands: DemandEntity[] = [];
        for (const id of [...draft.demandIds].sort()) {
          const d = await this.demands.findForUpdate(m, id);
          if (!d) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
          demands.push(d);
        }
        demands.sort((a, b) => draft.demandIds.indexOf(a.id) - draft.demandIds.indexOf(b.id));
        if (!this.steps.canDispatchFor(actor, demands)) {
          const outside = demands.find((d) => !coversDemand(actor, d));
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
        await this.steps.checkExperts(m, expertIds, demands, fieldOf);

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
        const dueAt = workingDeadline(now, INVITATION_TIME_LIMIT_DAYS, await this.calendar.current(m));
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
          await this.transitions.apply(
            m,
            actor,
            d,
            'dispatch',
            `组建服务团“${team.name}”（${team.startDate} 至 ${team.endDate}）`,
          );
        }
        for (const a of assignments) await this.steps.invite(m, team, a, demands);
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
      }),
    );
  }
}
