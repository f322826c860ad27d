// 申报 and 推荐: a host unit fills annex 1 or 2 as a draft, submits it to the department or district bureau it
// chose among the call's recommenders; the recommender returns it for changes, declines it, or recommends it with
// an opinion — one per department per year, which the database enforces. Each step notifies through the outbox.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  APPLICATION_STATUSES,
  applicationDecidedNotice,
  applicationReturnedNotice,
  applicationSubmittedNotice,
  budgetTotal,
  isApplicationEditable,
  isUuid,
  kindOfCategory,
  parseApplicationForm,
  PROGRAMME_CATEGORY_LABELS,
  RECOMMENDED_STATUSES,
  submissionProblems,
  type Actor,
  type ApplicationForm,
  type ApplicationStatus,
  type ProgrammeCategory,
  type TeamForm,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { ExpertRepository } from '../experts/expert.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { ApplicationSteps, type Locked } from './application-steps.js';
import { applicationScope, canReadApplication } from './programme-access.js';
import type { ProgrammeApplicationEntity, ProgrammeCallEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

export interface ApplicationInput {
  category: ProgrammeCategory;
  recommenderId: string;
  form: unknown;
}

@Injectable()
export class ProgrammeApplicationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ProgrammeRepository,
    private readonly steps: ApplicationSteps,
    private readonly organizations: OrganizationRepository,
    private readonly experts: ExpertRepository,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, id: string): Promise<ProgrammeApplicationEntity> {
    const a = isUuid(id) ? await this.repo.findApplication(id) : null;
    if (!a || !canReadApplication(actor, a)) {
      if (a && actor.role !== 'EXPERT') throw AppError.forbidden('您无权查看该申报', 'APPLICATION_FORBIDDEN');
      throw AppError.notFound('项目申报', 'APPLICATION_NOT_FOUND');
    }
    return a;
  }

  /** The call's applications the actor may see: the province all, a recommender those filed with it, a unit its own. */
  async list(
    actor: Actor,
    callId: string,
    statuses?: ApplicationStatus[] | null,
  ): Promise<ProgrammeApplicationEntity[]> {
    if (!isUuid(callId)) throw AppError.badInput('申报通知编号格式不正确');
    if (statuses?.some((s) => !APPLICATION_STATUSES.includes(s))) throw AppError.badInput('申报状态无效');
    const scope = applicationScope(actor);
    if (!scope) return [];
    return this.repo.applications({ callId, scope, statuses: statuses?.length ? statuses : null });
  }

  history(application: ProgrammeApplicationEntity) {
    return this.repo.history(application.id);
  }

  /** Names of the organisations the applications name (applicants and recommenders), by id. */
  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    return new Map((unique.length ? await this.organizations.byIds(unique) : []).map((o) => [o.id, o.name]));
  }

  /** The experts the applications name, by id (name, title, employer). */
  async expertNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.experts.withEmployers([...new Set(ids)]);
    return new Map(rows.map((r) => [r.expert.id, r.expert.name]));
  }

  /** Parses and checks a form for a call: malformed input, a budget over the cap, an unknown expert. */
  private async checkForm(
    call: ProgrammeCallEntity,
    input: ApplicationInput,
  ): Promise<{ form: ApplicationForm; cap: number }> {
    const problems: Record<string, string> = {};
    const cap = call.caps[input.category];
    if (!cap)
      problems.category = `本年度申报通知未开放“${PROGRAMME_CATEGORY_LABELS[input.category] ?? input.category}”类别`;
    const recommenders = await this.repo.recommenderIds(call.id);
    if (!isUuid(input.recommenderId) || !recommenders.includes(input.recommenderId))
      problems.recommenderId = '请从申报通知列出的委办局或区人社局中选择推荐单位';
    const { form, problems: formProblems } = parseApplicationForm(kindOfCategory(input.category), input.form);
    Object.assign(problems, formProblems);
    const total = budgetTotal(form.budgetLines);
    if (cap && total > cap) problems.budgetLines = `经费预算合计 ${total} 元，超过该申报类别上限 ${cap} 元`;
    const expertIds = [form.leadExpertId, ...('memberExpertIds' in form ? form.memberExpertIds : [])].filter(
      (x): x is string => !!x,
    );
    if (expertIds.length) {
      const found = new Set((await this.experts.withEmployers(expertIds)).map((r) => r.expert.id));
      if (form.leadExpertId && !found.has(form.leadExpertId)) problems.leadExpertId = '领衔专家不在专家库中';
      if (expertIds.some((id) => !found.has(id)) && !problems.leadExpertId)
        problems.memberExpertIds = '有服务专家不在专家库中';
    }
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    return { form, cap: cap! };
  }

  private columns(
    input: ApplicationInput,
    form: ApplicationForm,
    cap: number,
  ): Partial<ProgrammeApplicationEntity> {
    const team = kindOfCategory(input.category) === 'TEAM' ? (form as TeamForm) : null;
    return {
      category: input.category,
      recommenderOrganizationId: input.recommenderId,
      name: form.name,
      leadExpertId: form.leadExpertId,
      fields: team ? team.fields : 'field' in form && form.field ? [form.field] : [],
      startDate: team?.startDate || null,
      endDate: team?.endDate || null,
      budgetCap: cap,
      requestedBudget: budgetTotal(form.budgetLines),
      form,
    };
  }

  /** A new draft of the actor's unit under an open call. */
  async create(actor: Actor, callId: string, input: ApplicationInput): Promise<ProgrammeApplicationEntity> {
    if (actor.role !== 'UNIT' || !actor.organizationId)
      throw AppError.forbidden('项目由申报单位（基层单位账号）填报', 'APPLICATION_FORBIDDEN');
    const call = isUuid(callId) ? await this.repo.findCall(callId) : null;
    if (!call || call.status === 'DRAFT') throw AppError.notFound('申报通知', 'CALL_NOT_FOUND');
    if (call.status !== 'OPEN') throw AppError.conflict('本年度申报已截止', 'CALL_STATE_CONFLICT');
    const { form, cap } = await this.checkForm(call, input);
    const org = (await this.organizations.find(actor.organizationId))!;
    return this.uow.run(async (m) => {
      const a = await this.repo.insertApplication(m, {
        ...this.columns(input, form, cap),
        callId: call.id,
        applicantOrganizationId: org.id,
        regionCode: org.regionCode,
        status: 'DRAFT',
        createdBy: actor.accountId,
      });
      await this.repo.addHistory(m, {
        applicationId: a.id,
        action: 'create',
        fromStatus: null,
        toStatus: 'DRAFT',
        note: null,
        actorId: actor.accountId,
        at: this.clock.now(),
      });
      await writeAudit(m, actor, {
        action: 'programme.application.create',
        entityType: 'programme_application',
        entityId: a.id,
        after: { callId, category: input.category, name: form.name },
      });
      return a;
    });
  }

  /** Saves the draft (or the returned form) again. */
  async update(actor: Actor, id: string, input: ApplicationInput): Promise<ProgrammeApplicationEntity> {
    const before = await this.get(actor, id);
    const call = (await this.repo.findCall(before.callId))!;
    const { form, cap } = await this.checkForm(call, input);
    return this.uow.run(async (m) => {
      const locked = await this.steps.lock(m, id);
      this.assertEditable(actor, locked);
      const changes = this.columns(input, form, cap);
      await this.repo.updateApplication(m, id, changes);
      await writeAudit(m, actor, {
        action: 'programme.application.update',
        entityType: 'programme_application',
        entityId: id,
        before: { name: locked.application.name, requestedBudget: locked.application.requestedBudget },
        after: { name: form.name, requestedBudget: changes.requestedBudget },
      });
      return { ...locked.application, ...changes, version: locked.application.version + 1 };
    });
  }

  private assertEditable(actor: Actor, { application, call }: Locked): void {
    if (actor.role !== 'UNIT' || actor.organizationId !== application.applicantOrganizationId)
      throw AppError.forbidden('只有申报单位可以修改申报表', 'APPLICATION_FORBIDDEN');
    if (!isApplicationEditable(application.status, call.status))
      throw AppError.conflict(
        '申报已提交或申报已截止，不能再修改；如需修改请联系推荐单位退回',
        'APPLICATION_NOT_EDITABLE',
      );
  }

  async submit(actor: Actor, id: string): Promise<ProgrammeApplicationEntity> {
    return this.uow.run(async (m) => {
      const locked = await this.steps.lock(m, id);
      const { application: a } = locked;
      const problems = submissionProblems(kindOfCategory(a.category), a.form, a.budgetCap);
      if (Object.keys(problems).length)
        throw AppError.badInput(`申报表还不完整：${Object.values(problems).join('；')}`, problems);
      const done = await this.steps.take(m, actor, locked, 'submit', null, { submittedAt: this.clock.now() });
      await this.notifyRecommender(m, done);
      return done;
    });
  }

  async withdraw(actor: Actor, id: string, reason?: string | null): Promise<ProgrammeApplicationEntity> {
    return this.uow.run(async (m) =>
      this.steps.take(m, actor, await this.steps.lock(m, id), 'withdraw', reason),
    );
  }

  /** The recommender's decision: return for changes, decline, or recommend with an opinion. */
  async decide(
    actor: Actor,
    id: string,
    action: 'return' | 'decline' | 'recommend',
    note: string,
  ): Promise<ProgrammeApplicationEntity> {
    return this.uow.run(async (m) => {
      const locked = await this.steps.lock(m, id);
      const text = (note ?? '').trim();
      if (text.length > 1000) throw AppError.badInput('意见不超过 1000 字', { note: '意见不超过 1000 字' });
      if (action === 'recommend') {
        const used = await this.repo.applications(
          {
            callId: locked.application.callId,
            scope: { kind: 'RECOMMENDER', organizationId: locked.application.recommenderOrganizationId },
            statuses: RECOMMENDED_STATUSES,
          },
          m,
        );
        if (used.length && actor.role === 'LOCAL')
          throw AppError.conflict(
            `本部门（区）今年已推荐“${used[0]!.name}”，每个部门每年只能推荐 1 个项目或基地`,
            'RECOMMENDER_QUOTA_USED',
          );
      }
      const changes: Partial<ProgrammeApplicationEntity> =
        action === 'recommend'
          ? { recommendOpinion: text, recommendedAt: this.clock.now(), recommendedBy: actor.accountId }
          : action === 'decline'
            ? { recommendOpinion: text }
            : {};
      const done = await this.steps.take(m, actor, locked, action, text, changes);
      const org = await this.organizations.find(done.applicantOrganizationId, m);
      const who = { name: done.name, category: done.category, applicant: org?.name ?? '' };
      const applicantAccounts = await this.repo.accountsOf([done.applicantOrganizationId], ['UNIT'], m);
      const notice =
        action === 'return'
          ? applicationReturnedNotice(who, text)
          : applicationDecidedNotice(who, action === 'recommend', text);
      await this.notifications.notifyAll(m, applicantAccounts, notice, {
        link: `/programme/applications/${done.id}`,
        dedupeKey: `programme-${action}-${done.id}-${done.version}`,
      });
      if (action === 'recommend')
        await this.notifications.notifyAll(
          m,
          await this.repo.provinceAccounts(m),
          {
            ...notice,
            title: '收到推荐的项目申报',
            body: `${who.applicant}的${PROGRAMME_CATEGORY_LABELS[who.category]}申报“${who.name}”已获推荐，待评审。`,
          },
          { link: `/programme/selection?call=${done.callId}`, dedupeKey: `programme-recommended-${done.id}` },
        );
      return done;
    });
  }

  private async notifyRecommender(m: EntityManager, a: ProgrammeApplicationEntity): Promise<void> {
    const org = await this.organizations.find(a.applicantOrganizationId, m);
    const recipients = await this.repo.accountsOf([a.recommenderOrganizationId], ['LOCAL'], m);
    await this.notifications.notifyAll(
      m,
      recipients,
      applicationSubmittedNotice({ name: a.name, category: a.category, applicant: org?.name ?? '' }),
      {
        link: `/programme/recommend?call=${a.callId}`,
        dedupeKey: `programme-submitted-${a.id}-${a.version}`,
      },
    );
  }
}
