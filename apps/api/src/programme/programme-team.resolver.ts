import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FIELD_LABELS, type Actor } from '@app/domain';
import { ProgrammeTeamService, type ApprovedTeamProposal as Proposal } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { Team } from '../dispatch/team.types.js';
import { ApprovedTeamProposal, GiveDemandToTeamInput } from './programme-team.types.js';
import { COST } from '../common/query-costs.js';

function toProposal(p: Proposal): ApprovedTeamProposal {
  const { capacity: c, team: t } = p;
  return {
    teamId: t.teamId,
    name: t.teamName,
    levelLabel: t.level === 'NATIONAL' ? '国家级' : '市级',
    hostName: t.hostName,
    year: t.year,
    startDate: t.startDate,
    endDate: t.endDate,
    fieldLabels: t.fields.map((f) => FIELD_LABELS[f] ?? f),
    ordered: p.ordered,
    score: Math.round(p.score * 1000) / 1000,
    experts: p.experts,
    canTake: p.canTake,
    reason: p.reason,
    capacity: {
      visitsPlanned: c.visitsPlanned,
      demandsGiven: c.demandsGiven,
      visitsLeft: c.visitsLeft,
      daysPlanned: c.daysPlanned,
      daysServed: c.daysServed,
      budget: c.budget,
      spent: c.spent,
      budgetLeft: c.budgetLeft,
      full: c.full,
      warning: c.warning,
    },
  };
}

@Resolver()
export class ProgrammeTeamResolver {
  constructor(private readonly teams: ProgrammeTeamService) {}

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => [ApprovedTeamProposal], {
    description: '点餐：可承接该需求（已受理）的年度服务团，按团内专家匹配分排序，含余量',
    complexity: COST.APPROVED_TEAMS,
  })
  async approvedTeamsForDemand(
    @CurrentActor() actor: Actor,
    @Args('demandId', { type: () => ID }) demandId: string,
  ): Promise<ApprovedTeamProposal[]> {
    return (await this.teams.proposals(actor, demandId)).map(toProposal);
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => Team, {
    description: '把已受理的需求交给年度服务团，作为其下一批次（领衔专家按批次预约，仍不得重复预约）',
  })
  async giveDemandToTeam(
    @CurrentActor() actor: Actor,
    @Args('input') input: GiveDemandToTeamInput,
  ): Promise<Team> {
    return Team.from(await this.teams.give(actor, input));
  }
}
