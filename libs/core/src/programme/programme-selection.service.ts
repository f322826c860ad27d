// 确定: the province scores recommended applications on review sheets (a reviewer who works for the applicant is
// refused, as 回避 is in matching), ranks them, selects municipal ones and recommends national ones, records the
// ministry's confirmation, and publishes the year's lists — at which moment each listed application becomes the
// year's 服务团 (with its funding) or a 专家服务基地, and every applicant hears the outcome.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  approvedFunding,
  isConflictOfInterest,
  isUuid,
  listedCategory,
  listPublishedNotice,
  rankApplications,
  RECOMMENDED_STATUSES,
  reviewProblems,
  reviewTotal,
  type Actor,
  type BaseForm,
  type Ranked,
  type ReviewScores,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { TeamRepository } from '../dispatch/team.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { ServiceRepository } from '../service/service.repository.js';
import { ApplicationSteps } from './application-steps.js';
import { assertProvince } from './programme-access.js';
import type {
  ProgrammeApplicationEntity,
  ProgrammeCallEntity,
  ProgrammeReviewEntity,
} from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';
import { ProgrammeYearEndService } from './programme-year-end.service.js';

export interface RankedApplication {
  application: ProgrammeApplicationEntity;
  ranked: Ranked;
  reviews: ProgrammeReviewEntity[];
}

export type SelectionAction = 'select' | 'nominate' | 'confirm' | 'demote' | 'reject';

@Injectable()
export class ProgrammeSelectionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ProgrammeRepository,
    private readonly steps: ApplicationSteps,
    private readonly experts: ExpertRepository,
    private readonly organizations: OrganizationRepository,
    private readonly teams: TeamRepository,
    private readonly service: ServiceRepository,
    private readonly notifications: NotificationService,
    private readonly yearEnd: ProgrammeYearEndService,
    private readonly clock: Clock,
  ) {}

  /** One reviewer's sheet (entered again, it replaces the earlier one). */
  async saveReview(
    actor: Actor,
    applicationId: string,
    input: { expertId: string; scores: ReviewScores; comment?: string | null },
  ): Promise<ProgrammeReviewEntity[]> {
    assertProvince(actor, '评审打分由省（市）人社局录入');
    const problems = reviewProblems(input.scores ?? {}, input.comment);
    if (!isUuid(input.expertId)) problems.expertId = '请选择评审专家';
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    return this.uow.run(async (m) => {
      const { application, call } = await this.steps.lock(m, applicationId);
      if (!RECOMMENDED_STATUSES.includes(application.status))
        throw AppError.conflict('只有已推荐的申报可以评审打分', 'APPLICATION_TRANSITION_CONFLICT');
      if (call.status !== 'CLOSED')
        throw AppError.conflict('申报截止后、名单公布前才能评审打分', 'CALL_STATE_CONFLICT');
      const [reviewer] = await this.experts.withEmployers([input.expertId], m);
      if (!reviewer)
        throw AppError.badInput(
          '评审专家不在专家库中',
          { expertId: '评审专家不在专家库中' },
          'REVIEWER_UNKNOWN',
        );
      const applicant = await this.organizations.find(application.applicantOrganizationId, m);
      if (
        applicant &&
        isConflictOfInterest(
          { employerId: reviewer.expert.employerId, employerName: reviewer.employerName },
          applicant,
        )
      ) {
        const message = `${reviewer.expert.name}任职于申报单位“${applicant.name}”，应当回避，请另选评审专家`;
        throw AppError.badInput(message, { expertId: message }, 'REVIEWER_CONFLICT_OF_INTEREST');
      }
      const comment = input.comment?.trim() || null;
      const total = reviewTotal(input.scores);
      await this.repo.saveReview(m, {
        applicationId: application.id,
        expertId: reviewer.expert.id,
        scores: input.scores,
        total,
        comment,
        enteredBy: actor.accountId,
      });
      await writeAudit(m, actor, {
        action: 'programme.review',
        entityType: 'programme_application',
        entityId: application.id,
        after: { expertId: reviewer.expert.id, total },
      });
      return this.repo.reviews([application.id], m);
    });
  }

  /** The recommended applications of a call with their sheets, ranked per category. */
  async ranking(actor: Actor, callId: string): Promise<RankedApplication[]> {
    assertProvince(actor, '评审排名由省（市）人社局查看');
    if (!isUuid(callId)) throw AppError.badInput('申报通知编号格式不正确');
    const apps = await this.repo.applications({
      callId,
      scope: { kind: 'ALL' },
      statuses: RECOMMENDED_STATUSES,
    });
    const reviews = await this.repo.reviews(apps.map((a) => a.id));
    const ranked = rankApplications(
      apps.map((a) => ({
        id: a.id,
        category: a.category,
        totals: reviews.filter((r) => r.applicationId === a.id).map((r) => r.total),
        submittedAt: a.submittedAt ?? a.createdAt,
      })),
    );
    return apps
      .map((application) => ({
        application,
        ranked: ranked.get(application.id)!,
        reviews: reviews.filter((r) => r.applicationId === application.id),
      }))
      .sort(
        (x, y) =>
          x.application.category.localeCompare(y.application.category) || x.ranked.rank - y.ranked.rank,
      );
  }

  /** The province's decision on one application (the ministry's confirmation with its reference). */
  async decide(
    actor: Actor,
    id: string,
    action: SelectionAction,
    note?: string | null,
  ): Promise<ProgrammeApplicationEntity> {
    assertProvince(actor);
    const text = note?.trim() || null;
    const max = action === 'confirm' ? 100 : 500;
    if ((text ?? '').length > max)
      throw AppError.badInput(`${action === 'confirm' ? '文号' : '说明'}不超过 ${max} 字`, {
        note: `不超过 ${max} 字`,
      });
    return this.uow.run(async (m) => {
      const locked = await this.steps.lock(m, id);
      return this.steps.take(
        m,
        actor,
        locked,
        action,
        text,
        action === 'confirm' ? { ministryRef: text } : {},
      );
    });
  }

  /** Publishes the year's lists: listed applications become teams and bases, applicants are told. */
  async publish(actor: Actor, callId: string): Promise<ProgrammeCallEntity> {
    assertProvince(actor);
    return this.uow.run(async (m) => {
      const call = isUuid(callId) ? await this.repo.lockCall(m, callId) : null;
      if (!call) throw AppError.notFound('申报通知', 'CALL_NOT_FOUND');
      if (call.status !== 'CLOSED')
        throw AppError.conflict('申报截止并完成评审后才能公布名单', 'CALL_STATE_CONFLICT');
      const pending = await this.repo.applications(
        { callId, scope: { kind: 'ALL' }, statuses: ['RECOMMENDED', 'NOMINATED'] },
        m,
      );
      if (pending.length)
        throw AppError.conflict(
          `还有 ${pending.length} 个申报未作决定（如“${pending[0]!.name}”），请先列入、推荐国家级并登记部里结果，或不予入选`,
          'CALL_STATE_CONFLICT',
        );
      const now = this.clock.now();
      const decided = await this.repo.applications(
        { callId, scope: { kind: 'ALL' }, statuses: ['SELECTED', 'CONFIRMED', 'NOT_SELECTED'] },
        m,
      );
      for (const a of decided) {
        const listed = listedCategory(a.category, a.status);
        const org = await this.organizations.find(a.applicantOrganizationId, m);
        if (listed) {
          const funding = approvedFunding(listed, a.requestedBudget, call.caps[listed] ?? undefined);
          if (listed === 'NATIONAL_TEAM' || listed === 'MUNICIPAL_TEAM') {
            const team = await this.teams.insertTeam(m, {
              name: a.name,
              level: listed === 'NATIONAL_TEAM' ? 'NATIONAL' : 'MUNICIPAL',
              leadExpertId: a.leadExpertId!,
              startDate: a.startDate ?? `${call.year}-01-01`,
              endDate: a.endDate ?? `${call.year}-11-10`,
              budget: funding.total,
              createdBy: actor.accountId,
            });
            await this.service.saveFunding(m, {
              teamId: team.id,
              ministryFunds: funding.ministry,
              matchingFunds: funding.matching,
              matchingSource:
                listed === 'NATIONAL_TEAM'
                  ? '市人力资源社会保障局 1:1 配套'
                  : '市人力资源社会保障局市级服务团资助',
              supportMeasures: null,
              publicity: [],
              updatedBy: actor.accountId,
              updatedAt: now,
            });
            await this.repo.updateApplication(m, a.id, { approvedBudget: funding.total, teamId: team.id });
          } else {
            const form = a.form as BaseForm;
            const base = await this.repo.insertBase(m, {
              name: a.name,
              hostOrganizationId: a.applicantOrganizationId,
              level: listed === 'NATIONAL_BASE' ? 'NATIONAL' : 'MUNICIPAL',
              hostType: form.hostType ?? null,
              field: form.field ?? null,
              regionCode: a.regionCode,
              year: call.year,
              approvedBudget: funding.total,
              leadExpertId: a.leadExpertId,
              status: 'ACTIVE',
              applicationId: a.id,
            });
            await this.repo.updateApplication(m, a.id, { approvedBudget: funding.total, baseId: base.id });
          }
        }
        const recipients = await this.repo.accountsOf([a.applicantOrganizationId], ['UNIT'], m);
        await this.notifications.notifyAll(
          m,
          recipients,
          listPublishedNotice(
            { name: a.name, category: a.category, applicant: org?.name ?? '' },
            call.year,
            listed,
          ),
          {
            link: `/programme/applications/${a.id}`,
            dedupeKey: `programme-published-${a.id}`,
          },
        );
      }
      await this.repo.updateCall(m, call.id, { status: 'PUBLISHED', publishedAt: now });
      // The year's closing dates become time limits with reminders.
      await this.yearEnd.schedule(m, call.year);
      await writeAudit(m, actor, {
        action: 'programme.call.publish',
        entityType: 'programme_call',
        entityId: call.id,
        before: { status: call.status },
        after: { status: 'PUBLISHED', listed: decided.filter((a) => a.status !== 'NOT_SELECTED').length },
      });
      return { ...call, status: 'PUBLISHED', publishedAt: now };
    });
  }
}
