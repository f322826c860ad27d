import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { availableActions, type Actor, type DemandAction } from '@app/domain';
import { DemandService, ServiceCompletionService } from '@app/core';
import { Volunteer } from '../matching/match.types.js';
import { Team } from '../dispatch/team.types.js';
import { actorOf, CurrentActor, Roles } from '../common/auth.decorators.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { Organization } from '../organizations/organization.types.js';
import { Region } from '../regions/region.types.js';
import {
  BOARD_FIELDS,
  Demand,
  DemandConnection,
  DemandFilter,
  DemandHistoryEntry,
  DemandInput,
} from './demand.types.js';
import { selectedFieldNames } from '../common/selection.js';
import { COST, PAGED } from '../common/query-costs.js';

@Resolver(() => Demand)
export class DemandResolver {
  constructor(
    private readonly service: DemandService,
    private readonly completion: ServiceCompletionService,
  ) {}

  private view(d: Parameters<DemandService['isOverdue']>[0] & Parameters<typeof Demand.from>[0]): Demand {
    return Demand.from(d, this.service.isOverdue(d));
  }

  @Query(() => DemandConnection, {
    description: '需求列表：各角色只看到其可见范围内的需求',
    complexity: PAGED.demands,
  })
  async demands(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => DemandFilter, nullable: true }) filter?: DemandFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first = 20,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
    @Context() ctx?: GraphQLContext,
  ): Promise<DemandConnection> {
    // A board (the rows' own columns, region, organisation, actions) reads only those columns, unhydrated.
    const asked = info ? selectedFieldNames(info, ['nodes']) : null;
    if (asked && [...asked].every((name) => BOARD_FIELDS.has(name))) {
      const page = await this.service.board(actor, filter ?? {}, first, after);
      const nodes = page.nodes.map((d) => Demand.fromBoardRow(d, this.service.isOverdue(d)));
      if (ctx && (asked.has('region') || asked.has('organization'))) await readAhead(nodes, ctx, asked);
      return { ...page, nodes };
    }
    const page = await this.service.list(actor, filter ?? {}, first, after);
    return { ...page, nodes: page.nodes.map((d) => this.view(d)) };
  }

  @Query(() => Demand, { nullable: true })
  async demand(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Demand> {
    return this.view(await this.service.get(actor, id));
  }

  @Roles('UNIT', 'LOCAL')
  @Mutation(() => Demand, { description: '新建需求草稿（基层单位；属地人社局可代为填报）' })
  async createDemand(@CurrentActor() actor: Actor, @Args('input') input: DemandInput): Promise<Demand> {
    return this.view(await this.service.create(actor, input));
  }

  @Roles('UNIT', 'LOCAL')
  @Mutation(() => Demand, { description: '修改草稿或被退回的需求' })
  async updateDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DemandInput,
  ): Promise<Demand> {
    return this.view(await this.service.update(actor, id, input));
  }

  private async act(actor: Actor, id: string, action: DemandAction, note?: string | null): Promise<Demand> {
    return this.view(await this.service.transition(actor, id, action, note));
  }

  @Roles('UNIT', 'LOCAL')
  @Mutation(() => Demand, { description: '基层下单：提交需求' })
  submitDemand(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Demand> {
    return this.act(actor, id, 'submit');
  }

  @Roles('LOCAL', 'PROVINCE', 'ADMIN')
  @Mutation(() => Demand, { description: '属地接单：受理需求' })
  acceptDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<Demand> {
    return this.act(actor, id, 'accept', note);
  }

  @Roles('LOCAL', 'PROVINCE', 'ADMIN')
  @Mutation(() => Demand, { description: '退回需求，请单位修改后重新提交' })
  returnDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<Demand> {
    return this.act(actor, id, 'return', reason);
  }

  @Roles('LOCAL', 'PROVINCE', 'ADMIN')
  @Mutation(() => Demand, { description: '不予受理' })
  rejectDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<Demand> {
    return this.act(actor, id, 'reject', reason);
  }

  @Roles('UNIT', 'LOCAL', 'PROVINCE', 'ADMIN')
  @Mutation(() => Demand, { description: '取消需求（单位在受理前；属地或省厅在完成前）' })
  cancelDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<Demand> {
    return this.act(actor, id, 'cancel', reason);
  }

  @Roles('LOCAL', 'PROVINCE', 'ADMIN')
  @Mutation(() => Demand, {
    description: '服务完成：服务团累计服务须满 5 天；不足时省厅派单员可填写原因强制完成',
  })
  async completeDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('overrideReason', {
      type: () => String,
      nullable: true,
      description: '服务天数不足时强制完成的原因（仅省厅）',
    })
    overrideReason?: string | null,
  ): Promise<Demand> {
    return this.view(await this.completion.complete(actor, id, overrideReason));
  }

  @Roles('LOCAL', 'PROVINCE', 'ADMIN')
  @Mutation(() => Demand, { description: '把重复需求合并到另一需求（重复需求随即取消）' })
  async mergeDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('intoId', { type: () => ID }) intoId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Demand> {
    return this.view(await this.service.merge(actor, id, intoId, reason));
  }

  // Field resolvers take (parent, args, context) without parameter decorators, so Nest hands them to graphql-js
  // as they are (see actorOf): a board resolves these on every row.

  @ResolveField(() => [DemandHistoryEntry], {
    description: '每一次状态变更：从、到、操作人、时间、意见',
    complexity: COST.PER_ITEM_QUERY,
  })
  async history(d: Demand, _args: unknown, ctx: GraphQLContext): Promise<DemandHistoryEntry[]> {
    return (await ctx.loaders.demandHistory.load(d.id)).map(DemandHistoryEntry.from);
  }

  // Not async: a row read ahead (a board) answers at once, and graphql-js completes the page without a promise.
  @ResolveField(() => Region, { nullable: true })
  region(d: Demand, _args: unknown, ctx: GraphQLContext): Region | null | Promise<Region | null> {
    const ahead = d.readAhead?.region;
    if (ahead !== undefined) return ahead && Region.from(ahead);
    return ctx.loaders.region.load(d.regionCode).then((r) => r && Region.from(r));
  }

  @ResolveField(() => Organization, { nullable: true, description: '需求单位' })
  organization(
    d: Demand,
    _args: unknown,
    ctx: GraphQLContext,
  ): Organization | null | Promise<Organization | null> {
    const ahead = d.readAhead?.organization;
    if (ahead !== undefined) return ahead && Organization.from(ahead);
    return ctx.loaders.organization.load(d.organizationId).then((o) => o && Organization.from(o));
  }

  @ResolveField(() => String, { nullable: true, description: '联系人（专家在被派往该需求前不可见）' })
  async contactName(d: Demand, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    return (await this.service.contactVisible(actorOf(ctx), d.entity)) ? d.entity.contactName : null;
  }

  @ResolveField(() => String, { nullable: true, description: '联系电话（专家在被派往该需求前不可见）' })
  async contactPhone(d: Demand, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    return (await this.service.contactVisible(actorOf(ctx), d.entity)) ? d.entity.contactPhone : null;
  }

  @ResolveField(() => [Volunteer], {
    description: '揭榜专家，按匹配分排序（省厅、属地人社局和管理员可见）',
    complexity: COST.VOLUNTEERS_PER_DEMAND,
  })
  async volunteers(d: Demand, _args: unknown, ctx: GraphQLContext): Promise<Volunteer[]> {
    const actor = actorOf(ctx);
    if (actor.role !== 'PROVINCE' && actor.role !== 'LOCAL' && actor.role !== 'ADMIN') return [];
    return (await ctx.loaders.demandVolunteers.load({ actor, demandId: d.id })).map((v) => Volunteer.from(v));
  }

  @ResolveField(() => [Team], { description: '服务该需求的专家服务团', complexity: COST.PER_ITEM_QUERY })
  async teams(d: Demand, _args: unknown, ctx: GraphQLContext): Promise<Team[]> {
    return (await ctx.loaders.demandTeams.load({ actor: actorOf(ctx), demandId: d.id })).map(Team.from);
  }

  @ResolveField(() => [String], {
    description: '当前账号可执行的操作：submit、accept、return、reject、merge、cancel、complete、evaluate',
  })
  availableActions(d: Demand, _args: unknown, ctx: GraphQLContext): string[] {
    return availableActions(d.status, this.service.relationOf(actorOf(ctx), d.entity));
  }
}

/**
 * The page's regions and organisations through the request's loaders (the same two statements the row resolvers
 * would send, sent together), kept on each row.
 */
async function readAhead(nodes: Demand[], ctx: GraphQLContext, asked: ReadonlySet<string>): Promise<void> {
  const [regions, organizations] = await Promise.all([
    asked.has('region') ? ctx.loaders.region.loadMany(nodes.map((d) => d.regionCode)) : null,
    asked.has('organization') ? ctx.loaders.organization.loadMany(nodes.map((d) => d.organizationId)) : null,
  ]);
  nodes.forEach((d, i) => {
    const region = regions?.[i];
    const organization = organizations?.[i];
    if (region instanceof Error) throw region;
    if (organization instanceof Error) throw organization;
    d.readAhead = {
      region: regions ? (region ?? null) : undefined,
      organization: organizations ? (organization ?? null) : undefined,
    };
  });
}
