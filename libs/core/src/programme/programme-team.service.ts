// 点餐 on the dispatch side: for an accepted demand, the year's approved teams whose fields fit, scored by the
// matching's own assessment of their experts against the demand, with their capacity; and giving the demand to one
// of them — it becomes that team's next batch: linked to the team, the lead booked for the batch (the database's
// exclusion constraint still refuses a double booking) and invited as at a dispatch, the demand DISPATCHED.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  DEMAND_STATUS_LABELS,
  batchGivenNotice,
  INVITATION_TIME_LIMIT_DAYS,
  chinaDate,
  giveBatchDateProblems,
  giveBatchProblems,
  isUuid,
  rangeDates,
  teamCapacity,
  widenedBooking,
  workingDeadline,
  type Actor,
  type GiveBatch,
  type HardRuleCode,
  type TeamCapacity,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { coversDemand } from '../demands/demand-access.js';
import { DemandTransitions } from '../demands/demand-transitions.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { BookingGuard } from '../dispatch/booking-guard.js';
import type { TeamEntity } from '../dispatch/dispatch.entities.js';
import { TeamSteps } from '../dispatch/team-steps.js';
import { TeamRepository } from '../dispatch/team.repository.js';
import { MatchPipeline } from '../matching/match-pipeline.js';
import { MatchService } from '../matching/match.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { ProgrammeOfferRepository } from './programme-offer.repository.js';
import { ProgrammeTeamRepository, type ApprovedTeamRow } from './programme-team.repository.js';

/** One expert of an approved team as the matching sees them for the demand. */
export interface TeamExpertFit {
  expertId: string;
  name: string;
  lead: boolean;
  score: number;
  available: boolean;
  unavailableReason: string | null;
}

export interface ApprovedTeamProposal {
  team: ApprovedTeamRow;
  /** The unit ordered this demand from the team's offer on the menu. */
  ordered: boolean;
  /** The best score of the team's experts for the demand (0..1), by the matching's assessment. */
  score: number;
  experts: TeamExpertFit[];
  capacity: TeamCapacity;
  /** The lead can be booked for the demand: the team can take it. */
  canTake: boolean;
  reason: string | null;
}

const MAX_PROPOSALS = 20;
/**
 * The hard rules that keep an expert of an approved team from a demand. The annual cap is not one of them: the
 * team's year of service was approved with its days, and the lead's booking spans the batches given so far (the
 * matching would count that whole span as days).
 */
const BLOCKING: ReadonlySet<HardRuleCode> = new Set(['INACTIVE', 'CONFLICT_OF_INTEREST', 'BOOKED']);

@Injectable()
export class ProgrammeTeamService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ProgrammeTeamRepository,
    private readonly offers: ProgrammeOfferRepository,
    private readonly match: MatchService,
    private readonly pipeline: MatchPipeline,
    private readonly demands: DemandRepository,
    private readonly teams: TeamRepository,
    private readonly transitions: DemandTransitions,
    private readonly steps: TeamSteps,
    private readonly guard: BookingGuard,
    private readonly calendar: CalendarService,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  /** The approved teams of the demand's year whose fields fit it, best first, with capacity. */
  async proposals(actor: Actor, demandId: string): Promise<ApprovedTeamProposal[]> {
    assertRole(actor, ['PROVINCE', 'ADMIN'], '只有省厅派单员可以把需求交给年度服务团');
    const demand = await this.match.demandForMatching(actor, demandId);
    if (demand.status !== 'ACCEPTED') return [];
    const today = chinaDate(this.clock.now());
    const year = Number((demand.startDate ?? today).slice(0, 4));
    // A demand ordered from a team's offer (点餐) proposes that team first, whatever its fields.
    const order = await this.offers.orderOf(demand.id);
    const fitting = (await this.repo.approvedTeams({ year, today })).filter(
      (t) => t.teamId === order?.teamId || t.fields.some((f) => demand.fields.includes(f)),
    );
    if (!fitting.length) return [];
    const expertIds = [...new Set(fitting.flatMap((t) => [t.leadExpertId, ...t.memberExpertIds]))];
    // The matching's assessment of exactly these experts against the demand (no second scorer).
    const evaluations = new Map(
      (await this.pipeline.evaluate(actor, demand, { include: expertIds, only: true })).map((e) => [
        e.row.expert.id,
        e,
      ]),
    );
    const loads = await this.repo.loads(fitting.map((t) => t.teamId));
    const out = fitting.map((team): ApprovedTeamProposal => {
      const experts = [team.leadExpertId, ...team.memberExpertIds].flatMap((id): TeamExpertFit[] => {
        const e = evaluations.get(id);
        if (!e) return [];
        // A team answers as a whole: field and title are the members' to cover; a booking on this team is its own.
        const unavailable = e.findings.filter(
          (x) => BLOCKING.has(x.code) && !(x.code === 'BOOKED' && x.message.includes(`‘${team.teamName}’`)),
        );
        return [
          {
            expertId: id,
            name: e.row.expert.name,
            lead: id === team.leadExpertId,
            score: e.score,
            available: unavailable.length === 0,
            unavailableReason: unavailable[0]?.message ?? null,
          },
        ];
      });
      const lead = experts.find((x) => x.lead);
      const load = loads.get(team.teamId)!;
      const capacity = teamCapacity({ visitsPlanned: team.visitsPlanned, budget: team.budget, ...load });
      const reason = !lead
        ? '领衔专家不在专家库中'
        : lead.available
          ? null
          : `领衔专家${lead.name}：${lead.unavailableReason}`;
      return {
        team,
        ordered: team.teamId === order?.teamId,
        score: Math.max(0, ...experts.map((x) => x.score)),
        experts,
        capacity,
        canTake: !reason,
        reason,
      };
    });
    return out
      .sort(
        (a, b) =>
          Number(b.ordered) - Number(a.ordered) || Number(b.canTake) - Number(a.canTake) || b.score - a.score,
      )
      .slice(0, MAX_PROPOSALS);
  }

  /**
   * Gives an accepted demand to an approved team as its next batch: the demand is linked to the team, the lead's
   * booking widened to cover the batch (or made, and the lead invited), and the demand DISPATCHED — all or nothing.
   */
  async give(actor: Actor, input: { demandId: string; teamId: string } & GiveBatch): Promise<TeamEntity> {
    assertRole(actor, ['PROVINCE', 'ADMIN'], '只有省厅派单员可以把需求交给年度服务团');
    if (!isUuid(input.demandId)) throw AppError.badInput('需求编号格式不正确');
    if (!isUuid(input.teamId)) throw AppError.badInput('请选择服务团', { teamId: '请选择服务团' });
    const [approved] = await this.repo.approvedTeams({ teamId: input.teamId });
    if (!approved) throw AppError.notFound('年度服务团', 'TEAM_NOT_FOUND');
    // The dates make the booking range the guard reads: a day that does not exist is refused before it is used.
    const dates = giveBatchDateProblems(input);
    if (Object.keys(dates).length)
      throw AppError.badInput(Object.values(dates).join('；'), dates, 'TEAM_PERIOD_MISMATCH');
    const range = widenedBooking(null, input);
    return this.guard.run(
      { expertIds: [approved.leadExpertId], range, teamId: approved.teamId, fieldOf: () => 'teamId' },
      () =>
        this.uow.run(async (m) => {
          const team = await this.teams.lockTeam(m, approved.teamId);
          const demand = await this.demands.findForUpdate(m, input.demandId);
          if (!team) throw AppError.notFound('年度服务团', 'TEAM_NOT_FOUND');
          if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
          if (!this.steps.canDispatchFor(actor, [demand]))
            throw AppError.forbidden(
              coversDemand(actor, demand) ? '您无权为该需求派单' : `需求 ${demand.code} 不在您的派单范围内`,
              'DEMAND_OUT_OF_SCOPE',
            );
          if (demand.status !== 'ACCEPTED')
            throw AppError.conflict(
              `需求 ${demand.code} 当前为“${DEMAND_STATUS_LABELS[demand.status]}”，只有“${DEMAND_STATUS_LABELS.ACCEPTED}”的需求可以交给服务团`,
              'DEMAND_NOT_DISPATCHABLE',
            );
          const problems = giveBatchProblems(input, team, demand, chinaDate(this.clock.now()));
          if (Object.keys(problems).length)
            throw AppError.badInput(Object.values(problems).join('；'), problems, 'TEAM_PERIOD_MISMATCH');
          await this.steps.checkExperts(m, [team.leadExpertId], [demand], () => 'teamId');

          const now = this.clock.now();
          await this.teams.lockExperts(m, [team.leadExpertId]);
          const current = (await this.teams.assignmentsOf(team.id, m)).find(
            (a) => a.expertId === team.leadExpertId,
          );
          if (current && current.status !== 'INVITED' && current.status !== 'CONFIRMED')
            throw AppError.conflict(
              `领衔专家已${current.status === 'DECLINED' ? '拒绝' : '退出'}该服务团，不能再交给它，请组建新服务团`,
              'TEAM_LEAD_UNAVAILABLE',
            );
          await this.teams.linkDemands(m, team.id, [demand.id]);
          await this.transitions.apply(
            m,
            actor,
            demand,
            'dispatch',
            `交给年度服务团“${team.name}”作为下一批次（${input.startDate} 至 ${input.endDate}）`,
          );
          if (current) {
            await this.teams.updateAssignment(m, current.id, {
              period: widenedBooking(rangeDates(current.period), input),
            });
            const after = { ...current, period: widenedBooking(rangeDates(current.period), input) };
            if (current.status === 'INVITED')
              await this.steps.invite(m, team, after, await this.teams.demandsOf(team.id, m));
            else {
              // The lead serves the team already: told of the batch, which starts as the others did.
              for (const account of await this.recipients.expertAccounts([team.leadExpertId], m)) {
                await this.notifications.notify(m, {
                  recipientId: account.id,
                  ...batchGivenNotice(team, demand, input),
                  link: `/teams/${team.id}`,
                  dedupeKey: `batch-given:${team.id}:${demand.id}`,
                  subject: { type: 'TEAM', id: team.id },
                });
              }
              await this.steps.startServiceIfReady(m, team, [demand]);
            }
          } else {
            const dueAt = workingDeadline(now, INVITATION_TIME_LIMIT_DAYS, await this.calendar.current(m));
            const [lead] = await this.teams.insertAssignments(m, [
              {
                teamId: team.id,
                expertId: team.leadExpertId,
                role: 'LEAD',
                status: 'INVITED',
                period: range,
                dueAt,
                createdAt: now,
              },
            ]);
            await this.steps.invite(m, team, lead!, [demand]);
          }
          await writeAudit(m, actor, {
            action: 'team.give_demand',
            entityType: 'team',
            entityId: team.id,
            after: { demandId: demand.id, startDate: input.startDate, endDate: input.endDate },
          });
          return team;
        }),
    );
  }
}
