import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '年度服务团成员对该需求的匹配（与专家匹配同一评分）' })
export class ApprovedTeamExpertFit {
  @Field(() => ID) expertId: string;
  @Field() name: string;
  @Field({ description: '领衔专家' }) lead: boolean;
  @Field(() => Float) score: number;
  @Field() available: boolean;
  @Field(() => String, { nullable: true }) unavailableReason: string | null;
}

@ObjectType({ description: '年度服务团的余量：计划批次与已安排，需求预计天数与已服务天数，经费与已支出' })
export class ApprovedTeamCapacity {
  @Field(() => Int, { nullable: true, description: '申报时计划服务批次' }) visitsPlanned: number | null;
  @Field(() => Int, { description: '已交给该团的需求数' }) demandsGiven: number;
  @Field(() => Int, { nullable: true }) visitsLeft: number | null;
  @Field(() => Int, { description: '已交需求预计天数' }) daysPlanned: number;
  @Field(() => Int, { description: '已服务天数（现行批次）' }) daysServed: number;
  @Field(() => Int, { nullable: true, description: '核定经费（元）' }) budget: number | null;
  @Field(() => Int, { description: '已支出（元）' }) spent: number;
  @Field(() => Int, { nullable: true, description: '经费余额（元）' }) budgetLeft: number | null;
  @Field() full: boolean;
  @Field(() => String, { nullable: true }) warning: string | null;
}

@ObjectType({ description: '可承接该需求的年度服务团（点餐）' })
export class ApprovedTeamProposal {
  @Field(() => ID) teamId: string;
  @Field() name: string;
  @Field({ description: '国家级 / 市级' }) levelLabel: string;
  @Field() hostName: string;
  @Field(() => Int) year: number;
  @Field() startDate: string;
  @Field() endDate: string;
  @Field(() => [String], { description: '专业领域（中文）' }) fieldLabels: string[];
  @Field({ description: '需求单位从该团的服务菜单点餐' }) ordered: boolean;
  @Field(() => Float, { description: '团内专家对该需求的最高匹配分（0–1）' }) score: number;
  @Field(() => [ApprovedTeamExpertFit]) experts: ApprovedTeamExpertFit[];
  @Field(() => ApprovedTeamCapacity) capacity: ApprovedTeamCapacity;
  @Field({ description: '领衔专家可安排，该团可以承接' }) canTake: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@InputType({ description: '把需求交给年度服务团，作为其下一批次' })
export class GiveDemandToTeamInput {
  @Field(() => ID) demandId: string;
  @Field(() => ID) teamId: string;
  @Field({ description: '本批次开始日期 YYYY-MM-DD' }) startDate: string;
  @Field({ description: '本批次结束日期 YYYY-MM-DD' }) endDate: string;
}
