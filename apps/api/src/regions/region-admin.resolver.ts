import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor, KeyAssistance } from '@app/domain';
import { RegionAdminService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { KeyAssistanceEnum } from '../common/enums.js';

@ObjectType({ description: '对口帮扶关系：帮扶省份的省厅派单员同时服务受援地区' })
export class RegionPartnership {
  @Field() servingCode: string;
  @Field() servingName: string;
  @Field() servedCode: string;
  @Field() servedName: string;
}

@ObjectType({ description: '重点帮扶县' })
export class KeyAssistanceCounty {
  @Field() code: string;
  @Field() name: string;
  @Field(() => KeyAssistanceEnum) keyAssistance: KeyAssistance;
  @Field(() => String, { nullable: true }) parentCode: string | null;
}

@Resolver(() => RegionPartnership)
export class RegionAdminResolver {
  constructor(private readonly service: RegionAdminService) {}

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => [RegionPartnership], { description: '对口帮扶关系（管理员全部；省厅为本省）' })
  regionPartnerships(@CurrentActor() actor: Actor): Promise<RegionPartnership[]> {
    return this.service.list(actor);
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => [KeyAssistanceCounty], { description: '已设置的乡村振兴重点帮扶县' })
  async keyAssistanceCounties(@CurrentActor() actor: Actor): Promise<KeyAssistanceCounty[]> {
    return (await this.service.keyAssistanceCounties(actor)) as KeyAssistanceCounty[];
  }

  @Roles('ADMIN')
  @Mutation(() => [RegionPartnership], { description: '建立（present: true）或解除对口帮扶关系（管理员）' })
  setRegionPartnership(
    @CurrentActor() actor: Actor,
    @Args('servingCode') servingCode: string,
    @Args('servedCode') servedCode: string,
    @Args('present') present: boolean,
  ): Promise<RegionPartnership[]> {
    return this.service.set(actor, servingCode, servedCode, present);
  }
}
