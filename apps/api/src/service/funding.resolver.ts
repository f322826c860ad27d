import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { FundingService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { toFunding } from './service.mappers.js';
import { TeamExpenseInput, TeamFunding, TeamFundingInput, TeamReportInput } from './service.types.js';

@Resolver(() => TeamFunding)
export class FundingResolver {
  constructor(private readonly service: FundingService) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'EXPERT')
  @Query(() => TeamFunding, { description: '服务团经费、支出与结余' })
  async teamFunding(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<TeamFunding> {
    return toFunding(await this.service.view(actor, teamId));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => TeamFunding, {
    description: '登记服务团经费（国家级：部支持资金 ≤10 万元 + 1:1 配套；省级/市级 ≤10 万元）',
  })
  async setTeamFunding(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('input') input: TeamFundingInput,
  ): Promise<TeamFunding> {
    return toFunding(await this.service.setFunding(actor, teamId, input));
  }

  @Roles('ADMIN', 'PROVINCE', 'EXPERT')
  @Mutation(() => TeamFunding, { description: '填写调查表第五部分：服务保障措施与宣传情况' })
  async updateTeamReport(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('input') input: TeamReportInput,
  ): Promise<TeamFunding> {
    return toFunding(await this.service.updateReport(actor, teamId, input));
  }

  @Roles('ADMIN', 'PROVINCE', 'EXPERT')
  @Mutation(() => TeamFunding, { description: '登记一笔支出；超出经费的支出被拒绝' })
  async addTeamExpense(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('input') input: TeamExpenseInput,
  ): Promise<TeamFunding> {
    return toFunding(await this.service.addExpense(actor, teamId, input));
  }

  @Roles('ADMIN', 'PROVINCE', 'EXPERT')
  @Mutation(() => TeamFunding, { description: '删除一笔支出（记入审计）' })
  async removeTeamExpense(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TeamFunding> {
    return toFunding(await this.service.removeExpense(actor, id));
  }
}
