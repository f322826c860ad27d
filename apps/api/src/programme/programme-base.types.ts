import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { BatchOutcomeInput } from '../service/service.types.js';

@ObjectType({ description: '专家服务基地（年度名单入选后形成）' })
export class ProgrammeBase {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: '国家级 / 市级' }) levelLabel: string;
  @Field(() => String, { nullable: true }) hostTypeLabel: string | null;
  @Field(() => String, { nullable: true }) fieldLabel: string | null;
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: '核定经费（元）' }) approvedBudget: number;
  @Field() status: string;
  @Field(() => Int, { description: '今年专家服务活动人次' }) personTimes: number;
  @Field(() => Int, { description: '每年至少人次' }) requiredPersonTimes: number;
  @Field(() => Int, { description: '按进度此时应达到的人次' }) expectedPersonTimes: number;
  @Field({ description: '是否落后于进度' }) behind: boolean;
  @Field(() => String, { nullable: true }) warning: string | null;
}

@ObjectType({ description: '基地对口联系专家' })
export class BaseRosterEntry {
  @Field(() => ID) expertId: string;
  @Field() name: string;
  @Field() title: string;
  @Field() employer: string;
  @Field({ description: '外单位专家' }) external: boolean;
}

@ObjectType({ description: '基地开展的专家服务活动' })
export class BaseActivity {
  @Field(() => ID) id: string;
  @Field() heldOn: string;
  @Field() title: string;
  @Field() activityType: string;
  @Field() activityLabel: string;
  @Field(() => Int) participants: number;
  @Field(() => Int, { description: '参加专家人次' }) personTimes: number;
}

@ObjectType({ description: '基地年度评估' })
export class BaseEvaluation {
  @Field(() => Int) year: number;
  @Field(() => Int) score: number;
  @Field() rating: string;
  @Field() ratingLabel: string;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType({ description: '三年评估（动态管理）：入选后第三年，依据三个年度评估作出结论' })
export class BaseThreeYearReview {
  @Field(() => Int) reviewYear: number;
  @Field(() => [Int]) years: number[];
  @Field(() => [Int], { description: '缺少年度评估的年份' }) missingYears: number[];
  @Field({ description: 'INCOMPLETE / EXCELLENT / PASS / RECTIFY / EXIT' }) conclusion: string;
  @Field() label: string;
}

@ObjectType({ description: '专家服务基地详情：名册、活动、人次进度、评估' })
export class ProgrammeBaseDetail {
  @Field(() => ProgrammeBase) base: ProgrammeBase;
  @Field(() => [BaseRosterEntry]) roster: BaseRosterEntry[];
  @Field(() => [BaseActivity]) activities: BaseActivity[];
  @Field(() => [BaseEvaluation]) evaluations: BaseEvaluation[];
  @Field(() => BaseThreeYearReview) threeYearReview: BaseThreeYearReview;
  @Field() canManage: boolean;
}

@InputType({ description: '登记基地活动' })
export class BaseActivityInput {
  @Field() heldOn: string;
  @Field() title: string;
  @Field({ description: '活动类型（ActivityType 的取值，如 ONSITE_GUIDANCE）' }) activityType: string;
  @Field(() => Int, { nullable: true }) participants?: number | null;
  @Field(() => [ID], { description: '参加活动的专家' }) expertIds: string[];
  @Field(() => [BatchOutcomeInput], {
    nullable: true,
    description: '活动取得的成效（调查表第四部分的项目）',
  })
  outcomes?: BatchOutcomeInput[] | null;
}

@ObjectType({ description: '基地的年终情况：人次进度、成效调查表缺项、年度评估' })
export class ProgrammeYearBaseStatus {
  @Field(() => ID) baseId: string;
  @Field() name: string;
  @Field() levelLabel: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: '该年度专家服务人次' }) personTimes: number;
  @Field(() => Int) requiredPersonTimes: number;
  @Field(() => Int, { description: '该年度活动场次' }) sessions: number;
  @Field(() => [String], { description: '成效调查表缺项' }) surveyMissing: string[];
  @Field(() => String, { nullable: true, description: '该年度评估结果（未评估为空）' })
  ratingLabel: string | null;
}
