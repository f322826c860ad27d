import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, ProblemSolved } from '@app/domain';
import { EvaluationService, ServiceBatchService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { ProblemSolvedEnum } from '../common/enums.js';
import { Demand } from '../demands/demand.types.js';
import { toEvaluation, toFollowUp } from './service.mappers.js';
import { Evaluation, EvaluationInput, FollowUp } from './service.types.js';
import { COST } from '../common/query-costs.js';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  constructor(private readonly service: EvaluationService) {}

  @Roles('UNIT')
  @Mutation(() => Evaluation, { description: '基层反向评价：需求单位评价已完成的服务，需求转为“已评价”' })
  async evaluateService(
    @CurrentActor() actor: Actor,
    @Args('input') input: EvaluationInput,
  ): Promise<Evaluation> {
    const e = await this.service.evaluate(actor, input);
    const { followUps } = await this.service.ofDemand(actor, e.demandId);
    return toEvaluation(
      e,
      followUps.map((f) => toFollowUp(f, this.service.isOpen(f))),
    );
  }

  @Roles('UNIT')
  @Mutation(() => FollowUp, { description: '回答回访：问题是否仍已解决' })
  async answerFollowUp(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('stillSolved', { type: () => ProblemSolvedEnum }) stillSolved: ProblemSolved,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<FollowUp> {
    const f = await this.service.answerFollowUp(actor, id, stillSolved, comment);
    return toFollowUp(f, this.service.isOpen(f));
  }
}

@Resolver(() => Demand)
export class DemandServiceFieldsResolver {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly batches: ServiceBatchService,
  ) {}

  @ResolveField(() => Evaluation, {
    nullable: true,
    description: '基层反向评价（含回访）',
    complexity: COST.PER_ITEM_QUERY,
  })
  async evaluation(@Parent() d: Demand, @CurrentActor() actor: Actor): Promise<Evaluation | null> {
    if (!['DELIVERED', 'EVALUATED'].includes(d.status)) return null;
    const { evaluation, followUps } = await this.evaluations.ofDemand(actor, d.id);
    return evaluation
      ? toEvaluation(
          evaluation,
          followUps.map((f) => toFollowUp(f, this.evaluations.isOpen(f))),
        )
      : null;
  }

  @ResolveField(() => [FollowUp], {
    description: '回访（完成后 30 天、180 天）',
    complexity: COST.PER_ITEM_QUERY,
  })
  async followUps(@Parent() d: Demand, @CurrentActor() actor: Actor): Promise<FollowUp[]> {
    if (!['DELIVERED', 'EVALUATED'].includes(d.status)) return [];
    return (await this.evaluations.ofDemand(actor, d.id)).followUps.map((f) =>
      toFollowUp(f, this.evaluations.isOpen(f)),
    );
  }
}
