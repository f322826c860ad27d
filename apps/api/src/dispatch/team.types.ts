import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  AppError,
  type Actor,
  type AssignmentRole,
  type AssignmentStatus,
  type TeamLevel,
} from '@app/domain';
import type {
  AssignmentEntity,
  AssignmentView,
  ReplacementService,
  TeamEntity,
  TeamService,
} from '@app/core';
import { DateScalar } from '@app/platform';
import { AssignmentRoleEnum, AssignmentStatusEnum, TeamLevelEnum } from '../common/enums.js';
import { Expert } from '../experts/expert.types.js';
import { ExpertMatch } from '../matching/match.types.js';

@InputType({ description: '省厅派单：组建专家服务团' })
export class DispatchInput {
  @Field(() => [ID], { description: '服务的需求（均须为“属地已接单”，可为相邻地区的多个需求）' })
  demandIds: string[];
  @Field({ description: '服务团名称，1–100 字' }) name: string;
  @Field(() => TeamLevelEnum) level: TeamLevel;
  @Field(() => ID, { description: '领衔专家' }) leadExpertId: string;
  @Field(() => [ID], { description: '团队成员（不含领衔专家，可为空）' }) memberExpertIds: string[];
  @Field(() => DateScalar, { description: '服务开始日期，不早于今天' }) startDate: string;
  @Field(() => DateScalar, { description: '服务结束日期' }) endDate: string;
  @Field(() => Int, {
    nullable: true,
    description: '经费（元，整数）；国家级不超过 200000，省级/市级不超过 100000',
  })
  budget?: number | null;
}

@ObjectType({ description: '专家服务团' })
export class Team {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => TeamLevelEnum) level: TeamLevel;
  @Field(() => ID) leadExpertId: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => Int, { nullable: true, description: '经费（元）' }) budget: number | null;
  @Field(() => ID, { nullable: true, description: '派单人账号' }) createdBy: string | null;
  @Field() createdAt: Date;
  entity: TeamEntity;

  static from(e: TeamEntity): Team {
    return Object.assign(new Team(), {
      id: e.id,
      name: e.name,
      level: e.level,
      leadExpertId: e.leadExpertId,
      startDate: e.startDate,
      endDate: e.endDate,
      budget: e.budget,
      createdBy: e.createdBy,
      createdAt: e.createdAt,
      entity: e,
    });
  }
}

/** What an assignment's lazy fields need: the reader and the services. */
export interface AssignmentContext {
  actor: Actor;
  service: TeamService;
  replacements: ReplacementService;
}

@ObjectType({ description: '专家在服务团中的席位（邀请）' })
export class Assignment {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field(() => Expert) expert: Expert;
  @Field(() => AssignmentRoleEnum) role: AssignmentRole;
  @Field(() => AssignmentStatusEnum) status: AssignmentStatus;
  @Field(() => DateScalar, { description: '服务开始日期' }) startDate: string;
  @Field(() => DateScalar, { description: '服务结束日期' }) endDate: string;
  @Field(() => Date, { nullable: true, description: '答复期限（邀请后 3 个工作日）' }) dueAt: Date | null;
  @Field({ description: '已过答复期限仍未答复' }) overdue: boolean;
  @Field(() => String, { nullable: true, description: '婉拒或撤回的原因' }) reason: string | null;
  @Field(() => Date, { nullable: true, description: '专家答复时间' }) respondedAt: Date | null;
  @Field() createdAt: Date;
  entity: AssignmentEntity;
  context: AssignmentContext;

  static from(view: AssignmentView, context: AssignmentContext): Assignment {
    const a = view.assignment;
    const { startDate, endDate } = context.service.periodOf(a);
    return Object.assign(new Assignment(), {
      id: a.id,
      teamId: a.teamId,
      expert: Expert.from(view.expert),
      role: a.role,
      status: a.status,
      startDate,
      endDate,
      dueAt: a.dueAt,
      overdue: context.service.isOverdue(a),
      reason: a.reason,
      respondedAt: a.respondedAt,
      createdAt: a.createdAt,
      entity: a,
      context,
    });
  }

  // Lazy fields are getters returning promises: the field resolver reads `root[field]`, so a getter runs only
  // when the field is asked for.
  @Field(() => Team, { nullable: true, description: '所属服务团' })
  get team(): Promise<Team | null> {
    return this.context.service.get(this.context.actor, this.teamId).then(Team.from, (err: unknown) => {
      if (err instanceof AppError) return null;
      throw err;
    });
  }

  @Field(() => [ExpertMatch], {
    nullable: true,
    description:
      '替补候选专家（最多 5 位，最合适的在前）：仅对已婉拒的席位、仅向可为该服务团派单的账号提供，其余情况为空',
  })
  get replacementCandidates(): Promise<ExpertMatch[] | null> {
    return this.context.replacements
      .replacementCandidates(this.context.actor, this.entity)
      .then((list) => list?.map(ExpertMatch.from) ?? null);
  }
}
