import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { DemandStatus, Field as DomainField, ProblemSolved, ServiceForm } from '@app/domain';
import type {
  DemandClassification,
  DemandFormDefaults,
  SimilarCases,
  SimilarDemandView,
  SolvedCaseView,
} from '@app/core';
import { DateScalar } from '@app/platform';
import { DemandStatusEnum, FieldEnum, ProblemSolvedEnum, ServiceFormEnum } from '../common/enums.js';

@InputType({ description: '正在填写的需求文字（查找相似需求）' })
export class DemandDraftText {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: '服务地区，默认为本单位（或本局）所在地区' })
  regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: '属地人社局代为填报时的需求单位' })
  organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: '正在修改的需求（不把它自己算作重复）' })
  excludeId?: string | null;
}

@ObjectType({ description: '疑似重复的在办需求' })
export class SimilarDemand {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => DemandStatusEnum) status: DemandStatus;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field() regionCode: string;
  @Field() createdAt: Date;
  @Field(() => Float, { description: '相似度 0–1' }) score: number;
  @Field(() => [String], { description: '两段文字共有的词' }) shared: string[];
  @Field(() => ID, { nullable: true, description: '需求单位（无权查看时为空）' }) organizationId:
    string | null;
  @Field(() => String, { nullable: true, description: '问题描述（无权查看时为空）' }) description:
    string | null;
  @Field({ description: '可把当前打开的需求合并到这条需求' }) canMergeInto: boolean;

  static from(v: SimilarDemandView): SimilarDemand {
    return Object.assign(new SimilarDemand(), v);
  }
}

@ObjectType({ description: '解决过的服务团' })
export class SolvedCaseTeam {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: '领衔专家' }) leadName: string | null;
}

@ObjectType({ description: '已办结的相似需求（解决过的案例）' })
export class SolvedCase {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => DemandStatusEnum) status: DemandStatus;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field() regionCode: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Float) score: number;
  @Field(() => [String]) shared: string[];
  @Field(() => ID, { nullable: true, description: '需求单位（无权查看时为空）' }) organizationId:
    string | null;
  @Field(() => String, { nullable: true, description: '问题描述（无权查看时为空）' }) description:
    string | null;
  @Field(() => [SolvedCaseTeam]) teams: SolvedCaseTeam[];
  @Field(() => Float, { nullable: true, description: '单位评价（四项平均，1–5）' }) rating: number | null;
  @Field(() => ProblemSolvedEnum, { nullable: true }) problemSolved: ProblemSolved | null;
  @Field(() => [String], { description: '服务记录中解决的问题' }) problemsSolved: string[];

  static from(v: SolvedCaseView): SolvedCase {
    return Object.assign(new SolvedCase(), v);
  }
}

@ObjectType({ description: '相似需求：疑似重复的在办需求与解决过的案例' })
export class SimilarCasesResult {
  @Field(() => [SimilarDemand]) duplicates: SimilarDemand[];
  @Field(() => Int, { description: '其他单位的相似在办需求数（基层单位看不到其内容）' })
  otherUnitsDuplicates: number;
  @Field(() => [SolvedCase]) solved: SolvedCase[];

  static from(v: SimilarCases): SimilarCasesResult {
    return Object.assign(new SimilarCasesResult(), {
      duplicates: v.duplicates.map(SimilarDemand.from),
      otherUnitsDuplicates: v.otherUnitsDuplicates,
      solved: v.solved.map(SolvedCase.from),
    });
  }
}

@ObjectType({ description: '建议的服务领域' })
export class FieldSuggestionItem {
  @Field(() => FieldEnum) code: DomainField;
  @Field({ description: '目录中的名称' }) label: string;
  @Field(() => Float) score: number;
  @Field(() => [String], { description: '指向该领域的词' }) words: string[];
}

@ObjectType({ description: '建议的服务形式' })
export class ServiceFormSuggestionItem {
  @Field(() => ServiceFormEnum) code: ServiceForm;
  @Field() label: string;
  @Field(() => Float) score: number;
  @Field(() => [String]) words: string[];
}

@ObjectType({ description: '根据需求文字建议的服务领域与服务形式' })
export class DemandClassificationResult {
  @Field(() => [FieldSuggestionItem]) fields: FieldSuggestionItem[];
  @Field(() => [ServiceFormSuggestionItem]) serviceForms: ServiceFormSuggestionItem[];
  @Field(() => [String], { description: '文字被理解为的词' }) words: string[];

  static from(v: DemandClassification): DemandClassificationResult {
    return Object.assign(new DemandClassificationResult(), v);
  }
}

@ObjectType({ description: '需求表单的默认值' })
export class DemandFormDefaultsResult {
  @Field(() => String, { nullable: true, description: '上次填报的联系人，或账号本人' }) contactName:
    string | null;
  @Field(() => String, { nullable: true, description: '上次填报的联系电话' }) contactPhone: string | null;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;

  static from(v: DemandFormDefaults): DemandFormDefaultsResult {
    return Object.assign(new DemandFormDefaultsResult(), v);
  }
}
