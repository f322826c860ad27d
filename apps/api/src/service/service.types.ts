// GraphQL contract of service execution: batches, evaluation, the survey, the CE record and certificates, funding.
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type {
  ActivityType,
  ExpenseCategory,
  Field as DomainField,
  OutcomeItem,
  ProblemSolved,
  TitleLevel,
} from '@app/domain';
import { DateScalar } from '@app/platform';
import {
  ActivityTypeEnum,
  ExpenseCategoryEnum,
  FieldEnum,
  OutcomeItemEnum,
  ProblemSolvedEnum,
  TitleLevelEnum,
} from '../common/enums.js';

// ---- Batches --------------------------------------------------------------------------------------------------

@InputType()
export class BatchActivityInput {
  @Field(() => ActivityTypeEnum) type: ActivityType;
  @Field(() => Int, { description: '场次/次数' }) count: number;
  @Field(() => Int, { nullable: true, description: '参加人数' }) participants?: number | null;
  @Field(() => String, { nullable: true, description: '说明（联合攻关的具体形式、其他活动的内容）' }) note?:
    string | null;
}

@InputType()
export class BatchOutcomeInput {
  @Field(() => OutcomeItemEnum) item: OutcomeItem;
  @Field(() => Int, { nullable: true, description: '数量（计数类成效）' }) value?: number | null;
  @Field(() => String, {
    nullable: true,
    description: '具体描述（经济效益、社会效益、推动产业发展、其他成效）',
  })
  text?: string | null;
}

@InputType({ description: '登记一个服务批次' })
export class ServiceBatchInput {
  @Field(() => ID) teamId: string;
  @Field(() => ID) demandId: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => Int, { description: '实际开展服务的天数，不多于起止日期之间的天数' }) days: number;
  @Field({ description: '服务地点（区县代码）' }) regionCode: string;
  @Field(() => Int, { nullable: true, description: '服务的企事业单位数' }) unitsServed?: number | null;
  @Field(() => [String], { nullable: true, description: '受援单位名称' }) unitNames?: string[] | null;
  @Field(() => [ID], { description: '参加本批次的专家（须为已确认的团队成员）' }) expertIds: string[];
  @Field(() => Boolean, { nullable: true, description: '远程服务' }) remote?: boolean | null;
  @Field(() => [BatchActivityInput]) activities: BatchActivityInput[];
  @Field(() => [BatchOutcomeInput], { nullable: true }) outcomes?: BatchOutcomeInput[] | null;
  @Field(() => [String], { description: '本批次解决的 1–2 个具体问题' }) problemsSolved: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [ID], { nullable: true, description: '现场照片（先用 uploadServicePhoto 上传）' }) photoIds?:
    string[] | null;
}

@ObjectType()
export class BatchActivity {
  @Field(() => ActivityTypeEnum) type: ActivityType;
  @Field() label: string;
  @Field(() => Int) count: number;
  @Field(() => Int, { nullable: true }) participants: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType()
export class BatchOutcome {
  @Field(() => OutcomeItemEnum) item: OutcomeItem;
  @Field() label: string;
  @Field(() => Int, { nullable: true }) value: number | null;
  @Field(() => String, { nullable: true }) text: string | null;
}

@ObjectType({ description: '服务现场照片' })
export class ServicePhoto {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) size: number;
  @Field(() => String, { nullable: true }) caption: string | null;
  @Field({ description: '查看地址（带签名，有效期 1 小时）' }) url: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: '服务批次出席的专家' })
export class BatchExpert {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => TitleLevelEnum) titleLevel: TitleLevel;
}

@ObjectType({ description: '服务批次（更正时生成新版本，旧版本保留可查）' })
export class ServiceBatch {
  @Field(() => ID, { description: '本版本的编号' }) id: string;
  @Field(() => ID, { description: '批次编号（各版本相同）' }) batchKey: string;
  @Field(() => Int) version: number;
  @Field({ description: '是否为当前有效版本' }) current: boolean;
  @Field(() => ID) teamId: string;
  @Field(() => ID) demandId: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => Int) days: number;
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field({ description: '是否国家或省级乡村振兴重点帮扶县' }) keyAssistance: boolean;
  @Field(() => Int, { nullable: true }) unitsServed: number | null;
  @Field(() => [String]) unitNames: string[];
  @Field() remote: boolean;
  @Field(() => [BatchExpert]) experts: BatchExpert[];
  @Field(() => [BatchActivity]) activities: BatchActivity[];
  @Field(() => [BatchOutcome]) outcomes: BatchOutcome[];
  @Field(() => [String]) problemsSolved: string[];
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: '更正原因（版本 2 起）' }) correctionReason:
    string | null;
  @Field(() => [ServicePhoto]) photos: ServicePhoto[];
  @Field(() => String, { nullable: true, description: '登记人' }) createdByName: string | null;
  @Field() createdAt: Date;
}

// ---- Evaluation ---------------------------------------------------------------------------------------------

@InputType()
export class EvaluationScoresInput {
  @Field(() => Int, { description: '专业水平 1–5' }) expertise: number;
  @Field(() => Int, { description: '解决问题 1–5' }) problemSolving: number;
  @Field(() => Int, { description: '服务态度 1–5' }) attitude: number;
  @Field(() => Int, { description: '及时性 1–5' }) timeliness: number;
}

@InputType({ description: '基层反向评价' })
export class EvaluationInput {
  @Field(() => ID) demandId: string;
  @Field(() => EvaluationScoresInput) scores: EvaluationScoresInput;
  @Field(() => ProblemSolvedEnum) problemSolved: ProblemSolved;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType()
export class EvaluationScores {
  @Field(() => Int) expertise: number;
  @Field(() => Int) problemSolving: number;
  @Field(() => Int) attitude: number;
  @Field(() => Int) timeliness: number;
}

@ObjectType({ description: '回访（完成后 30 天、180 天：问题是否仍已解决）' })
export class FollowUp {
  @Field(() => ID) id: string;
  @Field(() => ID) demandId: string;
  @Field(() => Int, { description: '完成后第几天' }) afterDays: number;
  @Field(() => DateScalar) dueOn: string;
  @Field({ description: '已到回访日期、可以作答' }) open: boolean;
  @Field(() => ProblemSolvedEnum, { nullable: true }) stillSolved: ProblemSolved | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
}

@ObjectType({ description: '基层反向评价' })
export class Evaluation {
  @Field(() => ID) id: string;
  @Field(() => ID) demandId: string;
  @Field(() => EvaluationScores) scores: EvaluationScores;
  @Field(() => Float, { description: '四项平均分' }) overall: number;
  @Field(() => ProblemSolvedEnum) problemSolved: ProblemSolved;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field() createdAt: Date;
  @Field(() => [FollowUp]) followUps: FollowUp[];
}

// ---- Survey (annex 4) -----------------------------------------------------------------------------------------

@ObjectType()
export class SurveyCount {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class SurveyActivity {
  @Field(() => ActivityTypeEnum) type: ActivityType;
  @Field() label: string;
  @Field(() => Int, { nullable: true, description: '未登记时为空' }) count: number | null;
  @Field(() => Int, { nullable: true }) participants: number | null;
  @Field(() => [String]) notes: string[];
}

@ObjectType()
export class SurveyOutcome {
  @Field(() => OutcomeItemEnum) item: OutcomeItem;
  @Field() label: string;
  @Field(() => Int, { nullable: true, description: '未登记时为空（导出为“未填报”）' }) value: number | null;
  @Field(() => [String]) texts: string[];
}

@ObjectType()
export class Publicity {
  @Field({ description: '媒体名称' }) media: string;
  @Field({ description: '发布时间' }) date: string;
  @Field({ description: '篇名' }) title: string;
}

@ObjectType({ description: '2026 年专家人才服务基层活动实施成效调查表（由服务批次自动生成）' })
export class TeamSurvey {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field(() => String, {
    nullable: true,
    description: 'SINGLE 一次服务 / BATCHES 分批次服务；尚无批次时为空',
  })
  serviceMode: string | null;
  @Field(() => Int) batchCount: number;
  @Field(() => Int) totalDays: number;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field(() => Int) cityCount: number;
  @Field(() => Int) countyCount: number;
  @Field(() => [String]) cityNames: string[];
  @Field(() => [String]) countyNames: string[];
  @Field(() => Int, { nullable: true }) unitCount: number | null;
  @Field(() => [String]) keyAssistanceNational: string[];
  @Field(() => [String]) keyAssistanceProvincial: string[];
  @Field(() => Int) totalSessions: number;
  @Field(() => Int, { nullable: true }) projectsConnected: number | null;
  @Field(() => Int, { description: '总人数（不重复计算）' }) expertHeadcount: number;
  @Field(() => Int, { description: '总人次（每批次计）' }) expertPersonTimes: number;
  @Field(() => [SurveyCount]) byTitleLevel: SurveyCount[];
  @Field(() => [SurveyCount]) byHonour: SurveyCount[];
  @Field(() => [SurveyCount]) bySource: SurveyCount[];
  @Field(() => [SurveyActivity]) activities: SurveyActivity[];
  @Field(() => [SurveyOutcome]) outcomes: SurveyOutcome[];
  @Field(() => [String]) problemsSolved: string[];
  @Field() organisedByBureau: boolean;
  @Field() needsMatched: boolean;
  @Field(() => Float, { nullable: true, description: '人力资源社会保障部支持资金（万元）' })
  ministryFundsWan: number | null;
  @Field(() => Float, { nullable: true, description: '配套资金（万元）' }) matchingFundsWan: number | null;
  @Field(() => String, { nullable: true }) matchingSource: string | null;
  @Field(() => String, { nullable: true }) supportMeasures: string | null;
  @Field(() => [Publicity]) publicity: Publicity[];
  @Field(() => Int, { nullable: true, description: '已支出（元）' }) spent: number | null;
  @Field(() => Int, { nullable: true, description: '结余应退回（元）' }) balance: number | null;
  @Field(() => [String], { description: '尚未填报的项目（导出时标注“未填报”）' }) missing: string[];
}

// ---- Continuing-education record ---------------------------------------------------------------------------

@ObjectType()
export class ServiceRecordTeam {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field() role: string;
  @Field(() => Int) batches: number;
  @Field(() => Int, { description: '该服务团中的工作日天数' }) workingDays: number;
}

@ObjectType()
export class ServiceRecordBatch {
  @Field(() => ID) batchId: string;
  @Field() teamName: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => Int) days: number;
  @Field(() => Int) workingDays: number;
  @Field() regionName: string;
  @Field() activities: string;
}

@ObjectType({ description: '专家年度服务记录（继续教育学时认定）' })
export class ServiceRecord {
  @Field(() => ID) expertId: string;
  @Field() expertName: string;
  @Field() employer: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: '服务工作日天数（不含周末和法定节假日）' }) workingDays: number;
  @Field(() => Int, { description: '继续教育认定所需工作日' }) requiredDays: number;
  @Field({ description: '是否达到 10 个工作日' }) creditMet: boolean;
  @Field(() => [ServiceRecordTeam]) teams: ServiceRecordTeam[];
  @Field(() => [ServiceRecordBatch]) batches: ServiceRecordBatch[];
  @Field(() => [SurveyCount], { description: '参加的活动（按类型，场次）' }) activities: SurveyCount[];
  @Field(() => Float, { nullable: true, description: '服务评价平均分（1–5）' }) rating: number | null;
  @Field(() => Int) ratingCount: number;
  @Field(() => [ServiceCertificate], { description: '已开具的证明' }) certificates: ServiceCertificate[];
}

@ObjectType({ description: '专家服务基层证明' })
export class ServiceCertificate {
  @Field(() => ID) id: string;
  @Field({ description: '验证码' }) code: string;
  @Field(() => ID) expertId: string;
  @Field(() => Int) year: number;
  @Field() expertName: string;
  @Field(() => String, { nullable: true }) employerName: string | null;
  @Field(() => Int) workingDays: number;
  @Field() creditMet: boolean;
  @Field(() => [String]) teams: string[];
  @Field() issuedAt: Date;
  @Field({ description: '公开验证地址（相对路径）' }) verifyPath: string;
}

@ObjectType({ description: '证明验证结果（公开）' })
export class CertificateVerification {
  @Field() valid: boolean;
  @Field() message: string;
  @Field(() => String, { nullable: true }) expertName: string | null;
  @Field(() => String, { nullable: true }) employerName: string | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => Int, { nullable: true }) workingDays: number | null;
  @Field(() => Boolean, { nullable: true }) creditMet: boolean | null;
  @Field(() => [String]) teams: string[];
  @Field(() => Date, { nullable: true }) issuedAt: Date | null;
}

// ---- Funding ------------------------------------------------------------------------------------------------

@InputType()
export class PublicityInput {
  @Field() media: string;
  @Field() date: string;
  @Field() title: string;
}

@InputType({ description: '服务团经费（元，整数）' })
export class TeamFundingInput {
  @Field(() => Int, { description: '人力资源社会保障部支持资金（仅国家级，≤100000）' }) ministryFunds: number;
  @Field(() => Int, { description: '配套资金（国家级 1:1 配套；省级/市级 ≤100000）' }) matchingFunds: number;
  @Field(() => String, { nullable: true, description: '配套资金来源' }) matchingSource?: string | null;
}

@InputType({ description: '调查表第五部分：服务保障措施与宣传' })
export class TeamReportInput {
  @Field(() => String, { nullable: true }) supportMeasures?: string | null;
  @Field(() => [PublicityInput], { nullable: true }) publicity?: PublicityInput[] | null;
}

@InputType()
export class TeamExpenseInput {
  @Field(() => ExpenseCategoryEnum) category: ExpenseCategory;
  @Field(() => Int, { description: '金额（元）' }) amount: number;
  @Field(() => DateScalar) spentOn: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType()
export class TeamExpense {
  @Field(() => ID) id: string;
  @Field(() => ExpenseCategoryEnum) category: ExpenseCategory;
  @Field() label: string;
  @Field(() => Int) amount: number;
  @Field(() => DateScalar) spentOn: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class ExpenseSubtotal {
  @Field(() => ExpenseCategoryEnum) category: ExpenseCategory;
  @Field() label: string;
  @Field(() => Int) amount: number;
}

@ObjectType({ description: '服务团经费与支出' })
export class TeamFunding {
  @Field(() => ID) teamId: string;
  @Field(() => Int, { description: '该层级经费上限（元）' }) cap: number;
  @Field(() => Int) ministryFunds: number;
  @Field(() => Int) matchingFunds: number;
  @Field(() => String, { nullable: true }) matchingSource: string | null;
  @Field(() => Int, { description: '经费合计' }) total: number;
  @Field(() => Int, { description: '已支出' }) spent: number;
  @Field(() => Int, { description: '结余（应说明并退回）' }) balance: number;
  @Field(() => String, { nullable: true, description: '配套资金不足等提示' }) warning: string | null;
  @Field(() => String, { nullable: true }) supportMeasures: string | null;
  @Field(() => [Publicity]) publicity: Publicity[];
  @Field(() => [TeamExpense]) expenses: TeamExpense[];
  @Field(() => [ExpenseSubtotal]) byCategory: ExpenseSubtotal[];
}
