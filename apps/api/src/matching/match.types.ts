import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HARD_RULE_LABELS, type Field as DomainField, type HardRuleCode } from '@app/domain';
import { DateScalar } from '@app/platform';
import type {
  DemandMatch as DemandMatchData,
  ExpertMatch as ExpertMatchData,
  ExpertMatchExplanation as ExplanationData,
  TeamSuggestion as TeamSuggestionData,
  VolunteerMatch as VolunteerMatchData,
  VolunteerView,
} from '@app/core';
import { FieldEnum } from '../common/enums.js';
import { Demand } from '../demands/demand.types.js';
import { Expert } from '../experts/expert.types.js';

@ObjectType({ description: '匹配理由：某项特征为匹配分贡献了多少' })
export class MatchReason {
  @Field({
    description:
      '理由代码：SPECIALTY_STRONG 专长高度相关、SPECIALTY 专长相关、TEXT 资料与需求描述相关、FIELDS/FIELDS_PARTIAL 服务领域、TITLE 职称、' +
      'HONOUR 人才称号、SAME_COUNTY 同区县、SAME_CITY 同地市、SAME_PROVINCE 同省份、PARTNER 对口帮扶省份、AVAILABLE 服务期内有空、' +
      'LOW_LOAD 今年服务天数较少、RATING 以往评价较好、VOLUNTEERED 已揭榜',
  })
  code: string;
  @Field({ description: '简短说明，如 专长高度相关、同区县、已揭榜' }) label: string;
  @Field(() => Float, { description: '该理由对匹配分的贡献（0..1）' }) weight: number;
  @Field(() => String, { nullable: true, description: '具体内容，如命中的词、称号、已服务天数' }) detail:
    string | null;

  static from(r: { code: string; label: string; weight: number; detail?: string }): MatchReason {
    return Object.assign(new MatchReason(), {
      code: r.code,
      label: r.label,
      weight: r.weight,
      detail: r.detail ?? null,
    });
  }
}

export const HardRuleEnum = Object.fromEntries(Object.keys(HARD_RULE_LABELS).map((k) => [k, k])) as Record<
  HardRuleCode,
  HardRuleCode
>;
registerEnumType(HardRuleEnum, {
  name: 'HardRule',
  description: '匹配的硬性条件',
  valuesMap: Object.fromEntries(
    Object.entries(HARD_RULE_LABELS).map(([k, label]) => [k, { description: label }]),
  ) as never,
});

@ObjectType({ description: '为需求匹配到的专家' })
export class ExpertMatch {
  @Field(() => Expert) expert: Expert;
  @Field(() => Float, { description: '匹配分 0..1，越高越合适' }) score: number;
  @Field(() => [MatchReason], { description: '匹配理由，贡献大的在前' }) reasons: MatchReason[];
  @Field(() => [String], {
    description:
      '推荐结果中为不影响入选的提醒（如接近年度服务上限）；在 explainExclusion 中为不符合的硬性条件',
  })
  conflicts: string[];
  @Field({
    description:
      '是否符合全部硬性条件、现在即可选入服务团；为 false 时只供参考（置灰显示），不会被建议或选入',
  })
  available: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      '不可选的原因（简短），如 在服务团「…」中至 2027-03-10、回避（与需求单位为同一单位）、今年已达年度上限；可选时为空',
  })
  unavailableReason: string | null;
  @Field(() => [HardRuleEnum], { description: '不可选时违反的硬性条件；可选时为空' })
  unavailableCodes: HardRuleCode[];
  @Field(() => DateScalar, {
    nullable: true,
    description: '何时起重新可选（YYYY-MM-DD）；可选时或对本需求始终不可选（回避）时为空',
  })
  freeFrom: string | null;

  static from(m: ExpertMatchData): ExpertMatch {
    return Object.assign(new ExpertMatch(), {
      expert: Expert.from(m.expert),
      score: m.score,
      reasons: m.reasons.map(MatchReason.from),
      conflicts: m.conflicts,
      available: m.available,
      unavailableReason: m.unavailableReason,
      unavailableCodes: m.unavailableCodes,
      freeFrom: m.freeFrom,
    });
  }
}

@ObjectType({ description: '某位专家为何（未）被推荐' })
export class ExpertMatchExplanation {
  @Field({ description: '是否符合全部硬性条件' }) eligible: boolean;
  @Field(() => [String], { description: '不符合的硬性条件（符合时为空）' }) conflicts: string[];
  @Field(() => ExpertMatch, { nullable: true, description: '该专家对该需求的匹配分与理由（无论是否符合）' })
  match: ExpertMatch | null;
  @Field(() => Int, { nullable: true, description: '在符合条件的专家中的名次（1 为第一）；不符合时为空' })
  rank: number | null;

  static from(e: ExplanationData): ExpertMatchExplanation {
    return Object.assign(new ExpertMatchExplanation(), {
      eligible: e.eligible,
      conflicts: e.conflicts,
      match: ExpertMatch.from(e.match),
      rank: e.rank,
    });
  }
}

@ObjectType({ description: '建议的服务团：领衔专家与成员覆盖需求的全部领域和不同的具体问题' })
export class TeamSuggestion {
  @Field(() => ExpertMatch, {
    nullable: true,
    description:
      '领衔专家：取自与需求最相关的专家，再按层次（院士 > 有人才称号的正高 > 正高 > 副高）；无符合条件的专家时为空',
  })
  lead: ExpertMatch | null;
  @Field(() => [ExpertMatch], { description: '团队成员（不含领衔专家）' }) members: ExpertMatch[];
  @Field(() => [FieldEnum], { description: '专家库中没有任何符合条件的专家可覆盖的需求领域' })
  uncoveredFields: DomainField[];
  @Field(() => [FieldEnum], {
    description:
      '建议的服务团尚未覆盖的需求领域（含 uncoveredFields；其余领域专家库中有符合条件的专家，但没有与需求问题相关的）',
  })
  teamUncoveredFields: DomainField[];

  static from(t: TeamSuggestionData): TeamSuggestion {
    return Object.assign(new TeamSuggestion(), {
      lead: t.lead ? ExpertMatch.from(t.lead) : null,
      members: t.members.map(ExpertMatch.from),
      uncoveredFields: t.uncoveredFields,
      teamUncoveredFields: t.teamUncoveredFields,
    });
  }
}

@ObjectType({ description: '为专家推荐的需求' })
export class DemandMatch {
  @Field(() => Demand) demand: Demand;
  @Field(() => Float, { description: '匹配分 0..1' }) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
  @Field(() => [String], { description: '提醒（如接近年度服务上限）' }) conflicts: string[];

  static from(m: DemandMatchData, overdue: boolean): DemandMatch {
    return Object.assign(new DemandMatch(), {
      demand: Demand.from(m.demand, overdue),
      score: m.score,
      reasons: m.reasons.map(MatchReason.from),
      conflicts: m.conflicts,
    });
  }
}

@ObjectType({ description: '揭榜：专家主动申请承接需求' })
export class Volunteer {
  @Field(() => ID) id: string;
  @Field(() => ID) demandId: string;
  @Field(() => Expert) expert: Expert;
  @Field(() => String, { nullable: true, description: '专家留言' }) message: string | null;
  @Field({ description: '揭榜时间' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: '撤回时间' }) withdrawnAt: Date | null;

  static from(v: VolunteerView): Volunteer {
    const e = v.volunteer;
    return Object.assign(new Volunteer(), {
      id: e.id,
      demandId: e.demandId,
      expert: Expert.from(v.expert),
      message: e.message,
      createdAt: e.createdAt,
      withdrawnAt: e.withdrawnAt,
    });
  }
}

@ObjectType({ description: '揭榜专家及其匹配情况（按匹配分排序，不再符合硬性条件的排在最后）' })
export class VolunteerMatch {
  @Field(() => Volunteer) volunteer: Volunteer;
  @Field(() => ExpertMatch, { description: '匹配分与理由；不符合时 conflicts 为不符合的硬性条件' })
  match: ExpertMatch;
  @Field({ description: '是否仍符合全部硬性条件' }) eligible: boolean;

  static from(v: VolunteerMatchData): VolunteerMatch {
    return Object.assign(new VolunteerMatch(), {
      volunteer: Volunteer.from(v),
      match: ExpertMatch.from(v.match),
      eligible: v.eligible,
    });
  }
}
