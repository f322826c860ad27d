import { Args, Context, ID, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { DemandIntakeService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { Organization } from '../organizations/organization.types.js';
import { Region } from '../regions/region.types.js';
import {
  DemandClassificationResult,
  DemandDraftText,
  DemandFormDefaultsResult,
  SimilarCasesResult,
  SimilarDemand,
  SolvedCase,
} from './demand-intake.types.js';
import { COST } from '../common/query-costs.js';

@Resolver()
export class DemandIntakeResolver {
  constructor(private readonly intake: DemandIntakeService) {}

  @Roles('UNIT', 'LOCAL', 'PROVINCE', 'ADMIN')
  @Query(() => DemandClassificationResult, {
    description: '根据需求标题和描述建议服务领域与服务形式',
    complexity: COST.CLASSIFY_TEXT,
  })
  async suggestDemandClassification(
    @CurrentActor() actor: Actor,
    @Args('title', { type: () => String, nullable: true }) title?: string | null,
    @Args('description', { type: () => String, nullable: true }) description?: string | null,
  ): Promise<DemandClassificationResult> {
    return DemandClassificationResult.from(
      await this.intake.suggestClassification(actor, title ?? '', description ?? ''),
    );
  }

  @Roles('UNIT', 'LOCAL', 'PROVINCE', 'ADMIN')
  @Query(() => SimilarCasesResult, {
    description:
      '相似需求：填写中的文字（text）或已打开的需求（demandId）在同一地区的疑似重复需求，以及本省解决过的案例',
    complexity: COST.SIMILAR_CASES,
  })
  async similarDemands(
    @CurrentActor() actor: Actor,
    @Args('text', { type: () => DemandDraftText, nullable: true }) text?: DemandDraftText | null,
    @Args('demandId', { type: () => ID, nullable: true }) demandId?: string | null,
  ): Promise<SimilarCasesResult> {
    return SimilarCasesResult.from(await this.intake.similarCases(actor, text ?? {}, demandId));
  }

  @Roles('UNIT', 'LOCAL', 'PROVINCE', 'ADMIN')
  @Query(() => DemandFormDefaultsResult, {
    description: '需求表单的默认值：联系人、联系电话与建议的服务起止日期',
  })
  async demandFormDefaults(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
  ): Promise<DemandFormDefaultsResult> {
    return DemandFormDefaultsResult.from(await this.intake.formDefaults(actor, organizationId));
  }
}

async function regionOf(ctx: GraphQLContext, code: string): Promise<Region | null> {
  const r = await ctx.loaders.region.load(code);
  return r ? Region.from(r) : null;
}

async function organizationOf(ctx: GraphQLContext, id: string | null): Promise<Organization | null> {
  if (!id) return null;
  const o = await ctx.loaders.organization.load(id);
  return o ? Organization.from(o) : null;
}

@Resolver(() => SimilarDemand)
export class SimilarDemandResolver {
  @ResolveField(() => Organization, { nullable: true, description: '需求单位（无权查看时为空）' })
  organization(@Parent() d: SimilarDemand, @Context() ctx: GraphQLContext): Promise<Organization | null> {
    return organizationOf(ctx, d.organizationId);
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() d: SimilarDemand, @Context() ctx: GraphQLContext): Promise<Region | null> {
    return regionOf(ctx, d.regionCode);
  }
}

@Resolver(() => SolvedCase)
export class SolvedCaseResolver {
  @ResolveField(() => Organization, { nullable: true, description: '需求单位（无权查看时为空）' })
  organization(@Parent() d: SolvedCase, @Context() ctx: GraphQLContext): Promise<Organization | null> {
    return organizationOf(ctx, d.organizationId);
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() d: SolvedCase, @Context() ctx: GraphQLContext): Promise<Region | null> {
    return regionOf(ctx, d.regionCode);
  }
}
