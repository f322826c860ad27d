import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { DashboardService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { Dashboard } from './dashboard.types.js';
import { COST } from '../common/query-costs.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => Dashboard, {
    description:
      '数据看板（省厅、属地人社局、管理员）：本辖区的统计；regionCode 可缩小到辖区内某地区，year 默认为今年',
    complexity: COST.DASHBOARD,
  })
  async dashboard(
    @CurrentActor() actor: Actor,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<Dashboard> {
    return Dashboard.from(await this.service.dashboard(actor, { regionCode, year }));
  }
}
