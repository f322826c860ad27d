import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ACTIVITY_TYPE_LABELS,
  BASE_HOST_TYPE_LABELS,
  BASE_PERSON_TIMES_PER_YEAR,
  BASE_RATING_LABELS,
  FIELD_LABELS,
  baseThreeYearReview,
  type Actor,
  type BaseRating,
} from '@app/domain';
import { ProgrammeBaseService, type BaseDetail, type BaseView } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { COST } from '../common/query-costs.js';
import { toSurvey } from '../service/service.mappers.js';
import { TeamSurvey } from '../service/service.types.js';
import {
  BaseActivityInput,
  ProgrammeBase,
  ProgrammeBaseDetail,
  ProgrammeYearBaseStatus,
} from './programme-base.types.js';

const label = <T extends Record<string, string>>(labels: T, key: string | null): string | null =>
  key && key in labels ? labels[key as keyof T]! : null;

function toBase({ base: b, progress: p }: BaseView): ProgrammeBase {
  return {
    id: b.id,
    name: b.name,
    levelLabel: b.level === 'NATIONAL' ? '国家级' : '市级',
    hostTypeLabel: label(BASE_HOST_TYPE_LABELS, b.hostType),
    fieldLabel: label(FIELD_LABELS, b.field),
    regionCode: b.regionCode,
    year: b.year,
    approvedBudget: b.approvedBudget,
    status: b.status,
    personTimes: p.personTimes,
    requiredPersonTimes: p.required,
    expectedPersonTimes: p.expectedByNow,
    behind: p.behind,
    warning: p.warning,
  };
}

function toDetail(d: BaseDetail): ProgrammeBaseDetail {
  return {
    base: toBase(d),
    roster: d.roster,
    activities: d.activities.map((a) => ({
      id: a.id,
      heldOn: a.heldOn,
      title: a.title,
      activityType: a.activityType,
      activityLabel: label(ACTIVITY_TYPE_LABELS, a.activityType) ?? a.activityType,
      participants: a.participants,
      personTimes: a.expertIds.length,
    })),
    evaluations: d.evaluations.map((e) => ({
      year: e.year,
      score: e.score,
      rating: e.rating,
      ratingLabel: BASE_RATING_LABELS[e.rating as BaseRating] ?? e.rating,
      comment: e.comment,
    })),
    threeYearReview: baseThreeYearReview(d.base.year, d.evaluations),
    canManage: d.canManage,
  };
}

@Resolver()
export class ProgrammeBaseResolver {
  constructor(private readonly bases: ProgrammeBaseService) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => [ProgrammeBase], {
    description: '专家服务基地：省厅和属地看辖区的，依托单位看自己的；含今年人次进度',
  })
  async programmeBases(@CurrentActor() actor: Actor): Promise<ProgrammeBase[]> {
    return (await this.bases.list(actor)).map(toBase);
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => ProgrammeBaseDetail)
  async programmeBase(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeBaseDetail> {
    return toDetail(await this.bases.get(actor, id));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => TeamSurvey, {
    description:
      '基地的年度实施成效调查表（附件 4），由基地登记的活动生成（teamId、teamName 为基地的 id 与名称）；year 默认今年',
    complexity: COST.SURVEY,
  })
  async programmeBaseSurvey(
    @CurrentActor() actor: Actor,
    @Args('baseId', { type: () => ID }) baseId: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<TeamSurvey> {
    const s = await this.bases.survey(actor, baseId, year);
    return toSurvey({ ...s, team: { id: s.base.id, name: s.base.name } });
  }

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => [ProgrammeYearBaseStatus], {
    description: '年终：该年度在册的专家服务基地，人次进度、成效调查表缺项与年度评估',
    complexity: 100,
  })
  async programmeYearBases(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ProgrammeYearBaseStatus[]> {
    return (await this.bases.yearOverview(actor, year)).map(({ base, survey, evaluation }) => ({
      baseId: base.id,
      name: base.name,
      levelLabel: base.level === 'NATIONAL' ? '国家级' : '市级',
      year: survey.year,
      personTimes: survey.expertPersonTimes,
      requiredPersonTimes: BASE_PERSON_TIMES_PER_YEAR,
      sessions: survey.totalSessions,
      surveyMissing: survey.missing,
      ratingLabel: evaluation
        ? (BASE_RATING_LABELS[evaluation.rating as BaseRating] ?? evaluation.rating)
        : null,
    }));
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT')
  @Mutation(() => ProgrammeBaseDetail, { description: '基地名册：添加对口联系专家' })
  async addBaseExpert(
    @CurrentActor() actor: Actor,
    @Args('baseId', { type: () => ID }) baseId: string,
    @Args('expertId', { type: () => ID }) expertId: string,
    @Args('external', { type: () => Boolean, defaultValue: false }) external: boolean,
  ): Promise<ProgrammeBaseDetail> {
    return toDetail(await this.bases.addExpert(actor, baseId, expertId, external));
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT')
  @Mutation(() => ProgrammeBaseDetail, { description: '基地名册：移除专家' })
  async removeBaseExpert(
    @CurrentActor() actor: Actor,
    @Args('baseId', { type: () => ID }) baseId: string,
    @Args('expertId', { type: () => ID }) expertId: string,
  ): Promise<ProgrammeBaseDetail> {
    return toDetail(await this.bases.removeExpert(actor, baseId, expertId));
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT')
  @Mutation(() => ProgrammeBaseDetail, { description: '登记基地开展的专家服务活动（参加专家计入人次）' })
  async recordBaseActivity(
    @CurrentActor() actor: Actor,
    @Args('baseId', { type: () => ID }) baseId: string,
    @Args('input') input: BaseActivityInput,
  ): Promise<ProgrammeBaseDetail> {
    return toDetail(await this.bases.recordActivity(actor, baseId, input));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeBaseDetail, {
    description: '基地动态管理：退出（exited: true）或恢复，须说明理由',
  })
  async setBaseExited(
    @CurrentActor() actor: Actor,
    @Args('baseId', { type: () => ID }) baseId: string,
    @Args('exited', { type: () => Boolean }) exited: boolean,
    @Args('reason') reason: string,
  ): Promise<ProgrammeBaseDetail> {
    return toDetail(await this.bases.setStatus(actor, baseId, exited ? 'EXITED' : 'ACTIVE', reason));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => ProgrammeBaseDetail, { description: '基地年度评估（90 分及以上优秀，60 分及以上合格）' })
  async evaluateBase(
    @CurrentActor() actor: Actor,
    @Args('baseId', { type: () => ID }) baseId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('score', { type: () => Int }) score: number,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<ProgrammeBaseDetail> {
    return toDetail(await this.bases.evaluate(actor, baseId, year, score, comment));
  }
}
