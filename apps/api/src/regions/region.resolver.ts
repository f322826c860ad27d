import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, KeyAssistance } from '@app/domain';
import { RegionService } from '@app/core';
import { CurrentActor, Public, Roles } from '../common/auth.decorators.js';
import { KeyAssistanceEnum } from '../common/enums.js';
import { Region } from './region.types.js';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly service: RegionService) {}

  // Public (GB/T 2260 is public): the self-registration form picks its region before anyone signs in.
  @Public()
  @Query(() => [Region], { description: '下级行政区划；不传 parentCode 时返回全部省级行政区' })
  async regions(
    @Args('parentCode', { type: () => String, nullable: true }) parentCode?: string | null,
  ): Promise<Region[]> {
    return (await this.service.children(parentCode)).map(Region.from);
  }

  @Public()
  @Query(() => Region)
  async region(@Args('code') code: string): Promise<Region> {
    return Region.from(await this.service.get(code));
  }

  @Roles('ADMIN')
  @Mutation(() => Region, { description: '设置区县的乡村振兴重点帮扶县类型（管理员）' })
  async setRegionKeyAssistance(
    @CurrentActor() actor: Actor,
    @Args('code') code: string,
    @Args('keyAssistance', { type: () => KeyAssistanceEnum }) keyAssistance: KeyAssistance,
  ): Promise<Region> {
    return Region.from(await this.service.setKeyAssistance(actor, code, keyAssistance));
  }
}
