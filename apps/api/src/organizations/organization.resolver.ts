import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, OrganizationKind } from '@app/domain';
import { OrganizationService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { OrganizationKindEnum } from '../common/enums.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { Region } from '../regions/region.types.js';
import { Organization, OrganizationInput } from './organization.types.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Mutation(() => Organization, { description: '登记机构（管理员、省厅、属地人社局在其辖区内）' })
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: OrganizationInput,
  ): Promise<Organization> {
    return Organization.from(await this.service.create(actor, input));
  }

  @Query(() => [Organization], { description: '机构列表，按角色限定范围' })
  async organizations(
    @CurrentActor() actor: Actor,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
    @Args('kind', { type: () => OrganizationKindEnum, nullable: true }) kind?: OrganizationKind | null,
    @Args('query', { type: () => String, nullable: true }) query?: string | null,
  ): Promise<Organization[]> {
    return (await this.service.list(actor, { regionCode, kind, query })).map(Organization.from);
  }

  @ResolveField(() => Region)
  async region(@Parent() org: Organization, @Context() ctx: GraphQLContext): Promise<Region | null> {
    const r = await ctx.loaders.region.load(org.regionCode);
    return r ? Region.from(r) : null;
  }
}
