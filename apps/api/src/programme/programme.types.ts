import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import {
  APPLICATION_STATUS_LABELS,
  CALL_STATUS_LABELS,
  PROGRAMME_CATEGORY_LABELS,
  REVIEW_CRITERIA,
  type ApplicationStatus,
  type CallStatus,
  type Field as DomainField,
  type ProgrammeCategory,
  type ReviewCriterion,
} from '@app/domain';
import { FieldEnum } from '../common/enums.js';

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    default:
      return null;
  }
}

const notAnObject = () =>
  new GraphQLError('申报表内容应为 JSON 对象（各栏目名称与取值）', {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/** A JSON object (the application form: annex 1 or 2, checked field by field by the service). */
export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'JSON 对象（申报表内容，由服务端逐项校验）',
  serialize: (v) => v,
  parseValue: (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw notAnObject();
    return v;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.OBJECT) throw notAnObject();
    return literal(node);
  },
});

const asEnum = <K extends string>(labels: Readonly<Record<K, string>>) =>
  Object.fromEntries(Object.keys(labels).map((k) => [k, k])) as Record<K, K>;
export const ProgrammeCategoryEnum = asEnum(PROGRAMME_CATEGORY_LABELS);
export const ApplicationStatusEnum = asEnum(APPLICATION_STATUS_LABELS);
export const CallStatusEnum = asEnum(CALL_STATUS_LABELS);
export const ReviewCriterionEnum = asEnum(
  Object.fromEntries(Object.entries(REVIEW_CRITERIA).map(([k, v]) => [k, v.label])) as Record<
    ReviewCriterion,
    string
  >,
);
export enum RecommendationDecision {
  RECOMMEND = 'RECOMMEND',
  RETURN = 'RETURN',
  DECLINE = 'DECLINE',
}
export enum SelectionDecision {
  SELECT = 'SELECT',
  NOMINATE = 'NOMINATE',
  CONFIRM = 'CONFIRM',
  DEMOTE = 'DEMOTE',
  REJECT = 'REJECT',
}
const described = (labels: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(labels).map(([k, d]) => [k, { description: d }])) as never;
registerEnumType(ProgrammeCategoryEnum, {
  name: 'ProgrammeCategory',
  description: '申报类别',
  valuesMap: described(PROGRAMME_CATEGORY_LABELS),
});
registerEnumType(ApplicationStatusEnum, {
  name: 'ProgrammeApplicationStatus',
  description: '申报状态',
  valuesMap: described(APPLICATION_STATUS_LABELS),
});
registerEnumType(CallStatusEnum, {
  name: 'ProgrammeCallStatus',
  description: '申报通知状态',
  valuesMap: described(CALL_STATUS_LABELS),
});
registerEnumType(ReviewCriterionEnum, { name: 'ReviewCriterion', description: '评审指标' });
registerEnumType(RecommendationDecision, {
  name: 'RecommendationDecision',
  description: '推荐单位的决定：推荐、退回修改、不予推荐',
});
registerEnumType(SelectionDecision, {
  name: 'SelectionDecision',
  description: '省厅的决定：列入市级、推荐国家级、登记部里确定、未获部里确定、不予入选',
});

@ObjectType({ description: '申报类别及经费上限' })
export class CallCategory {
  @Field(() => ProgrammeCategoryEnum) category: ProgrammeCategory;
  @Field() label: string;
  @Field(() => Int, { description: '经费上限（元）' }) cap: number;
}

@ObjectType({ description: '机构（名称）' })
export class ProgrammeOrganization {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: '申报通知（年度）' })
export class ProgrammeCall {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field(() => String, { nullable: true }) docNumber: string | null;
  @Field({ description: '申报开始日期' }) opensOn: string;
  @Field({ description: '申报单位向推荐单位提交的截止日期' }) closesOn: string;
  @Field({ description: '推荐单位报送省（市）人社局的截止日期' }) recommendBy: string;
  @Field(() => CallStatusEnum) status: CallStatus;
  @Field() statusLabel: string;
  @Field(() => [CallCategory]) categories: CallCategory[];
  @Field(() => [ProgrammeOrganization], { description: '可推荐的委办局和区人社局' })
  recommenders: ProgrammeOrganization[];
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
}

@ObjectType({ description: '申报的一步' })
export class ProgrammeHistoryEntry {
  @Field() action: string;
  @Field(() => ApplicationStatusEnum, { nullable: true }) fromStatus: ApplicationStatus | null;
  @Field(() => ApplicationStatusEnum) toStatus: ApplicationStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date) at: Date;
}

@ObjectType({ description: '项目申报（附件 1 服务团 / 附件 2 基地）' })
export class ProgrammeApplication {
  @Field(() => ID) id: string;
  @Field(() => ID) callId: string;
  @Field(() => ProgrammeCategoryEnum) category: ProgrammeCategory;
  @Field() categoryLabel: string;
  @Field({ description: 'TEAM 或 BASE' }) kind: string;
  @Field(() => ProgrammeOrganization, { description: '申报单位' }) applicant: ProgrammeOrganization;
  @Field(() => ProgrammeOrganization, { description: '推荐单位' }) recommender: ProgrammeOrganization;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) leadExpertId: string | null;
  @Field(() => String, { nullable: true }) leadExpertName: string | null;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field(() => Int, { description: '经费上限（元）' }) budgetCap: number;
  @Field(() => Int, { description: '申请经费合计（元）' }) requestedBudget: number;
  @Field(() => JSONObjectScalar, { description: '申报表全部内容' }) form: object;
  @Field(() => ApplicationStatusEnum) status: ApplicationStatus;
  @Field() statusLabel: string;
  @Field(() => String, { nullable: true }) recommendOpinion: string | null;
  @Field(() => Date, { nullable: true }) recommendedAt: Date | null;
  @Field(() => String, { nullable: true, description: '部里确定的文号' }) ministryRef: string | null;
  @Field(() => Int, { nullable: true, description: '核定经费（元）' }) approvedBudget: number | null;
  @Field(() => ID, { nullable: true, description: '入选后形成的服务团' }) teamId: string | null;
  @Field(() => ID, { nullable: true, description: '入选后形成的专家服务基地' }) baseId: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Int) version: number;
  @Field(() => [ProgrammeHistoryEntry]) history: ProgrammeHistoryEntry[];
}

@ObjectType({ description: '评审指标得分' })
export class ReviewScore {
  @Field(() => ReviewCriterionEnum) criterion: ReviewCriterion;
  @Field() label: string;
  @Field(() => Int) score: number;
  @Field(() => Int) max: number;
}

@ObjectType({ description: '评审表（一位评审专家）' })
export class ProgrammeReview {
  @Field(() => ID) expertId: string;
  @Field() expertName: string;
  @Field(() => [ReviewScore]) scores: ReviewScore[];
  @Field(() => Int) total: number;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType({ description: '评审排名中的一项' })
export class RankedProgrammeApplication {
  @Field(() => ProgrammeApplication) application: ProgrammeApplication;
  @Field(() => Int, { description: '类别内名次（并列同名次）' }) rank: number;
  @Field(() => Number, { nullable: true, description: '平均分' }) score: number | null;
  @Field(() => [ProgrammeReview]) reviews: ProgrammeReview[];
}

@ObjectType({ description: '公布名单的一行' })
export class PublishedProgrammeEntry {
  @Field({ description: '服务团或基地' }) kind: string;
  @Field(() => ProgrammeCategoryEnum) category: ProgrammeCategory;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) baseId: string | null;
}

@ObjectType({ description: '年度公布的国家级和市级专家服务基层项目名单' })
export class PublishedProgrammeLists {
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => [PublishedProgrammeEntry]) national: PublishedProgrammeEntry[];
  @Field(() => [PublishedProgrammeEntry]) municipal: PublishedProgrammeEntry[];
}

@InputType()
export class CallCategoryInput {
  @Field(() => ProgrammeCategoryEnum) category: ProgrammeCategory;
  @Field(() => Int, { nullable: true, description: '经费上限（元），不填按政策上限' }) cap?: number | null;
}

@InputType({ description: '申报通知' })
export class ProgrammeCallInput {
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field(() => String, { nullable: true }) docNumber?: string | null;
  @Field() opensOn: string;
  @Field() closesOn: string;
  @Field() recommendBy: string;
  @Field(() => [CallCategoryInput]) categories: CallCategoryInput[];
  @Field(() => [ID]) recommenderIds: string[];
}

@InputType({ description: '申报表' })
export class ProgrammeApplicationInput {
  @Field(() => ProgrammeCategoryEnum) category: ProgrammeCategory;
  @Field(() => ID, { description: '推荐单位（委办局或区人社局）' }) recommenderId: string;
  @Field(() => JSONObjectScalar, { description: '附件 1 或附件 2 的内容' }) form: object;
}

@InputType()
export class ReviewScoreInput {
  @Field(() => ReviewCriterionEnum) criterion: ReviewCriterion;
  @Field(() => Int) score: number;
}

@InputType({ description: '评审表' })
export class ProgrammeReviewInput {
  @Field(() => ID) expertId: string;
  @Field(() => [ReviewScoreInput]) scores: ReviewScoreInput[];
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType({ description: '申报附件（盖章扫描件）' })
export class ProgrammeAttachment {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) size: number;
  @Field(() => Date) createdAt: Date;
}
