import { Args, Field, ID, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { OrganizationAdminService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { Organization, OrganizationInput } from './organization.types.js';

@ObjectType({ description: '合并时迁移的引用' })
export class MovedReference {
  @Field({ description: '表.列，如 accounts.organization_id' }) column: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '机构合并结果' })
export class OrganizationMergeResult {
  @Field(() => Organization) kept: Organization;
  @Field(() => [MovedReference]) moved: MovedReference[];
}

@Resolver(() => Organization)
export class OrganizationAdminResolver {
  constructor(private readonly service: OrganizationAdminService) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Mutation(() => Organization, {
    description: '修改机构（管理员；省厅、属地限辖区）；统一社会信用代码按校验位核对',
  })
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganizationInput,
  ): Promise<Organization> {
    return Organization.from(await this.service.update(actor, id, input));
  }

  @Roles('ADMIN')
  @Mutation(() => OrganizationMergeResult, {
    description: '把重复机构合并到保留的机构（管理员）：账号、专家、需求等引用在同一事务中迁移，重复机构删除',
  })
  async mergeOrganizations(
    @CurrentActor() actor: Actor,
    @Args('keepId', { type: () => ID }) keepId: string,
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
  ): Promise<OrganizationMergeResult> {
    const { kept, moved } = await this.service.merge(actor, keepId, duplicateId);
    return {
      kept: Organization.from(kept),
      moved: Object.entries(moved).map(([column, count]) => ({ column, count })),
    };
  }
}
