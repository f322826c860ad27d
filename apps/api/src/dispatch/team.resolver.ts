import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, AssignmentStatus } from '@app/domain';
import {
  DemandService,
  DispatchService,
  InvitationService,
  ReplacementService,
  TeamService,
  type AssignmentEntity,
} from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { AssignmentStatusEnum } from '../common/enums.js';
import { Demand } from '../demands/demand.types.js';
import { Expert } from '../experts/expert.types.js';
import { Assignment, DispatchInput, Team } from './team.types.js';
import { COST, PAGED } from '../common/query-costs.js';

@Resolver(() => Team)
export class TeamResolver {
  constructor(
    private readonly service: TeamService,
    private readonly dispatching: DispatchService,
    private readonly invitations: InvitationService,
    private readonly replacements: ReplacementService,
    private readonly demandService: DemandService,
  ) {}

  private async assignmentViews(actor: Actor, rows: AssignmentEntity[]): Promise<Assignment[]> {
    const context = { actor, service: this.service, replacements: this.replacements };
    return (await this.service.viewsOf(actor, rows)).map((v) => Assignment.from(v, context));
  }

  @Query(() => [Team], {
    description: '服务团列表：省厅、属地看辖区内的，专家看自己参加的，基层单位看服务本单位需求的',
    complexity: PAGED.teams,
  })
  async teams(
    @CurrentActor() actor: Actor,
    @Args('demandId', { type: () => ID, nullable: true, description: '只看服务该需求的服务团' })
    demandId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first = 20,
  ): Promise<Team[]> {
    return (await this.service.list(actor, demandId, first)).map(Team.from);
  }

  @Query(() => Team, { nullable: true })
  async team(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Team> {
    return Team.from(await this.service.get(actor, id));
  }

  @Roles('EXPERT')
  @Query(() => [Assignment], {
    description: '当前专家收到的服务团邀请（最新在前）',
    complexity: PAGED.myInvitations,
  })
  async myInvitations(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => AssignmentStatusEnum, nullable: true }) status?: AssignmentStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
  ): Promise<Assignment[]> {
    return this.assignmentViews(
      actor,
      await this.service.myInvitations(actor, status ? [status] : null, first),
    );
  }

  @Roles('PROVINCE', 'ADMIN')
  @Mutation(() => Team, {
    description: '省厅派单：组建服务团、邀请专家，需求转为“已派单”；专家在该时段已有安排时返回 CONFLICT',
  })
  async dispatchTeam(@CurrentActor() actor: Actor, @Args('input') input: DispatchInput): Promise<Team> {
    return Team.from(await this.dispatching.dispatch(actor, input));
  }

  @Roles('EXPERT')
  @Mutation(() => Assignment, {
    description: '受邀专家确认或婉拒（婉拒须填写原因）；全部确认后需求进入服务阶段',
  })
  async respondInvitation(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Assignment> {
    const [view] = await this.assignmentViews(actor, [
      await this.invitations.respond(actor, assignmentId, accept, reason),
    ]);
    return view!;
  }

  @Roles('PROVINCE', 'ADMIN')
  @Mutation(() => Assignment, {
    description: '撤回邀请（或关闭已婉拒的席位），须填写原因；该专家的时段随即释放',
  })
  async withdrawInvitation(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('reason') reason: string,
  ): Promise<Assignment> {
    const [view] = await this.assignmentViews(actor, [
      await this.invitations.withdraw(actor, assignmentId, reason),
    ]);
    return view!;
  }

  @Roles('PROVINCE', 'ADMIN')
  @Mutation(() => Team, { description: '把已婉拒或已撤回的席位交给另一位专家（随即邀请）' })
  async replaceTeamMember(
    @CurrentActor() actor: Actor,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('expertId', { type: () => ID }) expertId: string,
  ): Promise<Team> {
    return Team.from(await this.replacements.replace(actor, assignmentId, expertId));
  }

  @ResolveField(() => Expert, { nullable: true, description: '领衔专家', complexity: COST.PER_ITEM_QUERY })
  async lead(@Parent() team: Team, @CurrentActor() actor: Actor): Promise<Expert | null> {
    const view = await this.service.expertView(actor, team.leadExpertId);
    return view ? Expert.from(view) : null;
  }

  @ResolveField(() => [Assignment], {
    description: '全部席位：领衔专家在前',
    complexity: COST.PER_ITEM_QUERY,
  })
  async assignments(@Parent() team: Team, @CurrentActor() actor: Actor): Promise<Assignment[]> {
    const context = { actor, service: this.service, replacements: this.replacements };
    return (await this.service.assignments(actor, team.id)).map((v) => Assignment.from(v, context));
  }

  @ResolveField(() => [Demand], {
    description: '服务的需求（仅含当前账号可查看的）',
    complexity: COST.PER_ITEM_QUERY,
  })
  async demands(@Parent() team: Team, @CurrentActor() actor: Actor): Promise<Demand[]> {
    return (await this.service.demandsOf(actor, team.id)).map((d) =>
      Demand.from(d, this.demandService.isOverdue(d)),
    );
  }
}
