import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { DemandService, MatchService, VolunteerService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import {
  DemandMatch,
  ExpertMatch,
  ExpertMatchExplanation,
  TeamSuggestion,
  Volunteer,
  VolunteerMatch,
} from './match.types.js';
import { COST, PAGED } from '../common/query-costs.js';

@Resolver()
export class MatchResolver {
  constructor(
    private readonly matching: MatchService,
    private readonly volunteers: VolunteerService,
    private readonly demands: DemandService,
  ) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => [ExpertMatch], {
    description:
      '为需求匹配专家：列出 limit 位符合全部硬性条件（领域、最低职称、服务期内有空、非需求单位人员、在库）的专家，按匹配分从高到低；' +
      'includeUnavailable 为 true 时，排名在其间、仅因服务期已被占用、回避或年度上限而不可选的专家也列出（available 为 false，附原因与何时可选，至多 limit 位）',
    complexity: PAGED.matchExperts,
  })
  async matchExperts(
    @CurrentActor() actor: Actor,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 10 }) limit = 10,
    @Args('includeUnavailable', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: '也列出排名靠前、但因服务期已被占用、回避或年度上限而暂不可选的专家（置灰供参考）',
    })
    includeUnavailable = false,
  ): Promise<ExpertMatch[]> {
    return (await this.matching.matchExperts(actor, demandId, { limit, includeUnavailable })).map(
      ExpertMatch.from,
    );
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => ExpertMatchExplanation, {
    description: '说明某位专家为何未被推荐：不符合的硬性条件、匹配分与名次',
    complexity: COST.EXPLAIN_EXCLUSION,
  })
  async explainExclusion(
    @CurrentActor() actor: Actor,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('expertId', { type: () => ID }) expertId: string,
  ): Promise<ExpertMatchExplanation> {
    return ExpertMatchExplanation.from(await this.matching.explainExclusion(actor, demandId, expertId));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => TeamSuggestion, {
    description: '建议服务团：领衔专家与成员，覆盖需求的全部领域，人数为需求专家数',
    complexity: COST.SUGGEST_TEAM,
  })
  async suggestTeam(
    @CurrentActor() actor: Actor,
    @Args('demandId', { type: () => ID }) demandId: string,
  ): Promise<TeamSuggestion> {
    return TeamSuggestion.from(await this.matching.suggestTeam(actor, demandId));
  }

  @Roles('EXPERT')
  @Query(() => [DemandMatch], {
    description: '为当前专家推荐可揭榜的需求，按匹配分从高到低',
    complexity: PAGED.recommendedDemands,
  })
  async recommendedDemands(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first = 10,
  ): Promise<DemandMatch[]> {
    return (await this.matching.recommendedDemands(actor, first)).map((m) =>
      DemandMatch.from(m, this.demands.isOverdue(m.demand)),
    );
  }

  @Roles('EXPERT')
  @Mutation(() => Volunteer, { description: '揭榜：当前专家申请承接开放揭榜的需求（每个需求一次）' })
  async volunteer(
    @CurrentActor() actor: Actor,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('message', { type: () => String, nullable: true }) message?: string | null,
  ): Promise<Volunteer> {
    return Volunteer.from(await this.volunteers.volunteer(actor, demandId, message));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => [VolunteerMatch], { description: '需求的揭榜专家，按匹配分排序', complexity: COST.VOLUNTEERS })
  async demandVolunteers(
    @CurrentActor() actor: Actor,
    @Args('demandId', { type: () => ID }) demandId: string,
  ): Promise<VolunteerMatch[]> {
    return (await this.volunteers.demandVolunteers(actor, demandId)).map(VolunteerMatch.from);
  }
}
