import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Field as DomainField, ServiceForm } from '@app/domain';
import { FieldEnum, ServiceFormEnum } from '../common/enums.js';

@ObjectType({ description: '服务菜单中的一项服务（年度服务团或专家服务基地发布）' })
export class ProgrammeOffer {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) baseId: string | null;
  @Field({ description: '服务团 / 基地' }) ownerKind: string;
  @Field({ description: '服务团或基地名称' }) ownerName: string;
  @Field({ description: '依托单位' }) hostName: string;
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field(() => [ServiceFormEnum]) serviceForms: ServiceForm[];
  @Field(() => [String], { description: '服务地区代码' }) regionCodes: string[];
  @Field() places: string;
  @Field(() => [Int], { description: '可服务月份' }) months: number[];
  @Field(() => Int, { description: '可接单数' }) capacity: number;
  @Field(() => Int, { description: '已接单数' }) ordered: number;
  @Field(() => Int, { description: '剩余可接单数' }) remaining: number;
  @Field({ description: 'OPEN 接单中 / CLOSED 已停止' }) status: string;
  @Field(() => Float, { description: '与搜索词的相关度（0–1）' }) score: number;
}

@ObjectType({ description: '可以发布服务项目的服务团或基地' })
export class ProgrammeOfferOwner {
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) baseId: string | null;
  @Field() name: string;
  @Field(() => Int) year: number;
}

@InputType({ description: '发布或修改服务项目' })
export class ProgrammeOfferInput {
  @Field(() => ID, { nullable: true, description: '服务团（与 baseId 二选一，新建时必填其一）' }) teamId?:
    string | null;
  @Field(() => ID, { nullable: true }) baseId?: string | null;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field(() => [ServiceFormEnum]) serviceForms: ServiceForm[];
  @Field(() => [String]) regionCodes: string[];
  @Field({ nullable: true, defaultValue: '' }) places: string;
  @Field(() => [Int]) months: number[];
  @Field(() => Int) capacity: number;
}

@InputType({ description: '点餐下单：生成需求（仍由属地人社局审核）' })
export class ProgrammeOrderInput {
  @Field(() => String, { nullable: true, description: '补充说明（默认为服务内容）' }) description?:
    string | null;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) expertsWanted?: number | null;
  @Field(() => String, { nullable: true }) startDate?: string | null;
  @Field(() => String, { nullable: true }) endDate?: string | null;
  @Field(() => Int, { nullable: true }) expectedDays?: number | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
}
