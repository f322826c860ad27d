// 专家服务基地 at work: its roster of contact experts, the activities it hosts (the experts present make the
// person-times, ≥ 50 a year, with a live warning when behind), and the province's yearly evaluation. The host unit
// keeps the roster and the activities; bureaus and the province of its region read them; the province evaluates.
import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_TYPE_LABELS,
  AppError,
  BASE_RATING_LABELS,
  baseEvaluationProblem,
  basePersonTimes,
  baseRating,
  chinaDate,
  isCalendarDate,
  isUuid,
  outcomeProblem,
  baseSurveyBatches,
  personTimesProgress,
  type ActivityType,
  type Actor,
  type BatchOutcome,
  type Field,
  type PersonTimesProgress,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { canManageRegion, regionPrefixes } from '../access/access-scope.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { SurveyService, type SurveyFigures } from '../service/survey.service.js';
import { ProgrammeBaseRepository, type ActivityRow, type BaseScope } from './programme-base.repository.js';
import type { ProgrammeBaseEntity, ProgrammeBaseEvaluationEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

export interface BaseView {
  base: ProgrammeBaseEntity;
  progress: PersonTimesProgress;
}

export interface BaseDetail extends BaseView {
  roster: { expertId: string; name: string; title: string; employer: string; external: boolean }[];
  activities: ActivityRow[];
  evaluations: ProgrammeBaseEvaluationEntity[];
  canManage: boolean;
}

export interface BaseSurvey extends SurveyFigures {
  base: ProgrammeBaseEntity;
  year: number;
}

export interface BaseYearStatus {
  base: ProgrammeBaseEntity;
  survey: BaseSurvey;
  evaluation: ProgrammeBaseEvaluationEntity | null;
}

export interface ActivityInput {
  heldOn: string;
  title: string;
  activityType: string;
  participants?: number | null;
  expertIds: string[];
  outcomes?: BatchOutcome[] | null;
}

@Injectable()
export class ProgrammeBaseService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly bases: ProgrammeBaseRepository,
    private readonly programme: ProgrammeRepository,
    private readonly experts: ExpertRepository,
    private readonly notifications: NotificationService,
    private readonly surveys: SurveyService,
    private readonly clock: Clock,
  ) {}

  private scopeOf(actor: Actor): BaseScope | null {
    if (actor.role === 'ADMIN') return { kind: 'ALL' };
    if (actor.role === 'PROVINCE' || actor.role === 'LOCAL')
      return { kind: 'REGIONS', prefixes: regionPrefixes(actor) ?? [] };
    if (actor.role === 'UNIT' && actor.organizationId)
      return { kind: 'HOST', organizationId: actor.organizationId };
    return null;
  }

  private canRead(actor: Actor, b: ProgrammeBaseEntity): boolean {
    if (actor.role === 'ADMIN') return true;
    if (actor.role === 'PROVINCE' || actor.role === 'LOCAL') return canManageRegion(actor, b.regionCode);
    return actor.role === 'UNIT' && actor.organizationId === b.hostOrganizationId;
  }

  private canManage(actor: Actor, b: ProgrammeBaseEntity): boolean {
    if (actor.role === 'ADMIN') return true;
    if (actor.role === 'PROVINCE') return canManageRegion(actor, b.regionCode);
    return actor.role === 'UNIT' && actor.organizationId === b.hostOrganizationId;
  }

  private async readable(actor: Actor, id: string): Promise<ProgrammeBaseEntity> {
    const b = isUuid(id) ? await this.bases.find(id) : null;
    if (!b) throw AppError.notFound('专家服务基地', 'BASE_NOT_FOUND');
    if (!this.canRead(actor, b)) throw AppError.forbidden('您无权查看该专家服务基地', 'BASE_FORBIDDEN');
    return b;
  }

  private async managed(actor: Actor, id: string): Promise<ProgrammeBaseEntity> {
    const b = await this.readable(actor, id);
    if (!this.canManage(actor, b))
      throw AppError.forbidden('基地名册和活动由依托单位或省（市）人社局登记', 'BASE_FORBIDDEN');
    return b;
  }

  private async managedActive(actor: Actor, id: string): Promise<ProgrammeBaseEntity> {
    const b = await this.managed(actor, id);
    if (b.status !== 'ACTIVE') throw AppError.conflict('该基地已退出，不能再登记名册和活动', 'CONFLICT');
    return b;
  }

  private progressOf(activities: ActivityRow[]): PersonTimesProgress {
    const today = chinaDate(this.clock.now());
    const year = Number(today.slice(0, 4));
    return personTimesProgress(basePersonTimes(activities, year), year, today);
  }

  async list(actor: Actor): Promise<BaseView[]> {
    const scope = this.scopeOf(actor);
    if (!scope) return [];
    const year = Number(chinaDate(this.clock.now()).slice(0, 4));
    const rows = await this.bases.list(scope);
    return Promise.all(
      rows.map(async (base) => ({
        base,
        progress: this.progressOf(await this.bases.activities(base.id, year)),
      })),
    );
  }

  async get(actor: Actor, id: string): Promise<BaseDetail> {
    const base = await this.readable(actor, id);
    const [roster, activities, evaluations] = await Promise.all([
      this.bases.roster(base.id),
      this.bases.activities(base.id, null),
      this.bases.evaluations(base.id),
    ]);
    const people = new Map(
      (await this.experts.withEmployers(roster.map((r) => r.expertId))).map((r) => [r.expert.id, r]),
    );
    return {
      base,
      progress: this.progressOf(activities),
      roster: roster.map((r) => ({
        expertId: r.expertId,
        external: r.external,
        name: people.get(r.expertId)?.expert.name ?? '',
        title: people.get(r.expertId)?.expert.title ?? '',
        employer: people.get(r.expertId)?.employerName ?? '',
      })),
      activities,
      evaluations,
      canManage: this.canManage(actor, base) && base.status === 'ACTIVE',
    };
  }

  async addExpert(actor: Actor, baseId: string, expertId: string, external: boolean): Promise<BaseDetail> {
    const base = await this.managedActive(actor, baseId);
    const [expert] = isUuid(expertId) ? await this.experts.withEmployers([expertId]) : [];
    if (!expert) throw AppError.badInput('专家不在专家库中', { expertId: '请从专家库中选择专家' });
    await this.uow.run(async (m) => {
      await this.bases.addExpert(m, {
        baseId: base.id,
        expertId: expert.expert.id,
        external: !!external,
        addedBy: actor.accountId,
      });
      await writeAudit(m, actor, {
        action: 'programme.base.expert.add',
        entityType: 'programme_base',
        entityId: base.id,
        after: { expertId, external },
      });
    });
    return this.get(actor, base.id);
  }

  async removeExpert(actor: Actor, baseId: string, expertId: string): Promise<BaseDetail> {
    const base = await this.managed(actor, baseId);
    await this.uow.run(async (m) => {
      if (!isUuid(expertId) || !(await this.bases.removeExpert(m, base.id, expertId)))
        throw AppError.notFound('名册中的专家', 'BASE_NOT_FOUND');
      await writeAudit(m, actor, {
        action: 'programme.base.expert.remove',
        entityType: 'programme_base',
        entityId: base.id,
        before: { expertId },
      });
    });
    return this.get(actor, base.id);
  }

  async recordActivity(actor: Actor, baseId: string, input: ActivityInput): Promise<BaseDetail> {
    const base = await this.managedActive(actor, baseId);
    const p: Record<string, string> = {};
    const title = (input.title ?? '').trim();
    if (!title || title.length > 100) p.title = '请填写不超过 100 字的活动名称';
    if (!isCalendarDate(input.heldOn)) p.heldOn = '活动日期应为有效的日期，格式 YYYY-MM-DD';
    else if (input.heldOn > chinaDate(this.clock.now())) p.heldOn = '活动尚未举行，请在活动结束后登记';
    if (!(input.activityType in ACTIVITY_TYPE_LABELS)) p.activityType = '请选择活动类型';
    const participants = input.participants ?? 0;
    if (!Number.isInteger(participants) || participants < 0 || participants > 100_000)
      p.participants = '参加人数应为不小于 0 的整数';
    const ids = [...new Set(input.expertIds ?? [])];
    if (!ids.length || ids.length > 200 || ids.some((id) => !isUuid(id)))
      p.expertIds = '请选择参加活动的专家（1–200 人）';
    else if ((await this.experts.withEmployers(ids)).length !== ids.length)
      p.expertIds = '有专家不在专家库中';
    const outcomes = (input.outcomes ?? []).map((o) => ({
      item: o.item,
      value: o.value ?? null,
      text: o.text?.trim() || null,
    }));
    const outcome = outcomeProblem(outcomes);
    if (outcome) p.outcomes = outcome;
    if (Object.keys(p).length) throw AppError.badInput(Object.values(p).join('；'), p);
    await this.uow.run(async (m) => {
      const a = await this.bases.insertActivity(
        m,
        {
          baseId: base.id,
          heldOn: input.heldOn,
          title,
          activityType: input.activityType,
          participants,
          outcomes,
          createdBy: actor.accountId,
        },
        ids,
      );
      await writeAudit(m, actor, {
        action: 'programme.base.activity',
        entityType: 'programme_base',
        entityId: base.id,
        after: { activityId: a.id, heldOn: input.heldOn, experts: ids.length },
      });
    });
    return this.get(actor, base.id);
  }

  /**
   * The base's year in the 2026 实施成效调查表 (annex 4), computed from the activities it hosted that year as the
   * teams' survey is computed from their batches; who may read the base may read it.
   */
  async survey(actor: Actor, baseId: string, year?: number | null): Promise<BaseSurvey> {
    const base = await this.readable(actor, baseId);
    const y = year ?? Number(chinaDate(this.clock.now()).slice(0, 4));
    if (!Number.isInteger(y) || y < 2000 || y > 2100)
      throw AppError.badInput('年度无效', { year: '年度无效' });
    const activities = await this.bases.activities(base.id, y);
    const batches = baseSurveyBatches(
      activities.map((a) => ({
        heldOn: a.heldOn,
        activityType: a.activityType as ActivityType,
        participants: a.participants,
        expertIds: a.expertIds,
        outcomes: a.outcomes ?? [],
      })),
      base.regionCode,
      y,
    );
    const figures = await this.surveys.figures({
      batches,
      fields: base.field ? [base.field as Field] : [],
      funding: null,
      demandCount: 0,
    });
    return { ...figures, base, year: y };
  }

  /**
   * 年终 for bases: every base in the actor's scope that was on the list in `year` (selected that year or before,
   * not exited), with its person-times against the 50 rule, what its survey lacks and the year's evaluation. A base
   * reports through its survey and the province's evaluation; it files no separate report.
   */
  async yearOverview(actor: Actor, year: number): Promise<BaseYearStatus[]> {
    if (!['PROVINCE', 'ADMIN'].includes(actor.role))
      throw AppError.forbidden('年度上报情况由省（市）人社局查看', 'BASE_FORBIDDEN');
    const scope = this.scopeOf(actor);
    const bases = (scope ? await this.bases.list(scope) : []).filter(
      (b) => b.year <= year && b.status === 'ACTIVE',
    );
    const out: BaseYearStatus[] = [];
    for (const base of bases) {
      const survey = await this.survey(actor, base.id, year);
      const evaluation = (await this.bases.evaluations(base.id)).find((e) => e.year === year) ?? null;
      out.push({ base, survey, evaluation });
    }
    return out;
  }

  /** 动态管理: the province takes a base off the list (退出) or back (恢复), with its reason. */
  async setStatus(
    actor: Actor,
    baseId: string,
    status: 'ACTIVE' | 'EXITED',
    reason: string,
  ): Promise<BaseDetail> {
    const base = await this.readable(actor, baseId);
    if (!['PROVINCE', 'ADMIN'].includes(actor.role))
      throw AppError.forbidden('基地的退出与恢复由省（市）人社局决定', 'BASE_FORBIDDEN');
    const text = (reason ?? '').trim();
    if (!text || text.length > 500)
      throw AppError.badInput('请填写不超过 500 字的理由', { reason: '请填写理由' });
    if (base.status === status)
      throw AppError.conflict(status === 'EXITED' ? '该基地已退出' : '该基地在册', 'CONFLICT');
    await this.uow.run(async (m) => {
      await this.bases.setStatus(m, base.id, status);
      await writeAudit(m, actor, {
        action: `programme.base.${status === 'EXITED' ? 'exit' : 'restore'}`,
        entityType: 'programme_base',
        entityId: base.id,
        before: { status: base.status },
        after: { status, reason: text },
      });
    });
    return this.get(actor, base.id);
  }

  /** The province's yearly evaluation: the score gives 优秀 / 合格 / 不合格; the host unit is notified. */
  async evaluate(
    actor: Actor,
    baseId: string,
    year: number,
    score: number,
    comment?: string | null,
  ): Promise<BaseDetail> {
    const base = await this.readable(actor, baseId);
    if (!['PROVINCE', 'ADMIN'].includes(actor.role))
      throw AppError.forbidden('基地评估由省（市）人社局进行', 'BASE_FORBIDDEN');
    const problem =
      baseEvaluationProblem(score, comment) ??
      (Number.isInteger(year) && year >= base.year && year <= 2100 ? null : '评估年度应不早于基地入选年度');
    if (problem)
      throw AppError.badInput(problem, {
        [problem.includes('年度') ? 'year' : problem.includes('意见') ? 'comment' : 'score']: problem,
      });
    const rating = baseRating(score);
    await this.uow.run(async (m) => {
      await this.bases.saveEvaluation(m, {
        baseId: base.id,
        year,
        score,
        rating,
        comment: comment?.trim() || null,
        evaluatedBy: actor.accountId,
        evaluatedAt: this.clock.now(),
      });
      await writeAudit(m, actor, {
        action: 'programme.base.evaluate',
        entityType: 'programme_base',
        entityId: base.id,
        after: { year, score, rating },
      });
      const hosts = await this.programme.accountsOf([base.hostOrganizationId], ['UNIT'], m);
      await this.notifications.notifyAll(
        m,
        hosts,
        {
          kind: 'programme.base_evaluated',
          title: `${year} 年专家服务基地评估结果`,
          body: `“${base.name}”${year} 年评估得分 ${score} 分，结果为“${BASE_RATING_LABELS[rating]}”。`,
        },
        { link: `/programme/bases/${base.id}`, dedupeKey: `base-eval-${base.id}-${year}-${score}` },
      );
    });
    return this.get(actor, base.id);
  }
}
