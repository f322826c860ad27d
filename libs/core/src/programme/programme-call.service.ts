// 申报通知: the province writes a year's call (dates, categories and caps, the departments and bureaus that may
// recommend), opens it — the recommenders are notified through the outbox — and closes applications for review.
// Publishing the lists is SelectionService's.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  CALL_STATUS_LABELS,
  CALL_TRANSITIONS,
  callOpenedNotice,
  callProblems,
  defaultCaps,
  isUuid,
  type Actor,
  type CallDraft,
  type CallStatus,
  type ProgrammeCategory,
} from '@app/domain';
import { Clock, UnitOfWork, pgErrorCode, writeAudit } from '@app/platform';
import { NotificationService } from '../notifications/notification.service.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { assertProvince, isProvince } from './programme-access.js';
import type { ProgrammeCallEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

export interface CallInput {
  year: number;
  title: string;
  docNumber?: string | null;
  opensOn: string;
  closesOn: string;
  recommendBy: string;
  /** Categories opened with their caps (元); omitted caps take the policy's. */
  categories: { category: ProgrammeCategory; cap?: number | null }[];
  recommenderIds: string[];
}

@Injectable()
export class ProgrammeCallService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ProgrammeRepository,
    private readonly organizations: OrganizationRepository,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  /** The calls the actor may see: the province all, a recommender those it is in, units the opened ones. */
  async list(actor: Actor): Promise<ProgrammeCallEntity[]> {
    if (isProvince(actor)) return this.repo.calls(null);
    if (actor.role === 'LOCAL' && actor.organizationId)
      return this.repo.callsOfRecommender(actor.organizationId);
    if (actor.role === 'UNIT') return this.repo.calls(['OPEN', 'CLOSED', 'PUBLISHED']);
    return [];
  }

  async get(actor: Actor, id: string): Promise<ProgrammeCallEntity> {
    const call = isUuid(id) ? await this.repo.findCall(id) : null;
    if (!call) throw AppError.notFound('申报通知', 'CALL_NOT_FOUND');
    if (isProvince(actor)) return call;
    if (call.status === 'DRAFT') throw AppError.notFound('申报通知', 'CALL_NOT_FOUND');
    if (actor.role === 'UNIT') return call;
    if (
      actor.role === 'LOCAL' &&
      actor.organizationId &&
      (await this.repo.recommenderIds(call.id)).includes(actor.organizationId)
    )
      return call;
    throw AppError.forbidden('您的单位不在该申报通知的推荐单位之列', 'CALL_FORBIDDEN');
  }

  recommenderIds(callId: string): Promise<string[]> {
    return this.repo.recommenderIds(callId);
  }

  private async validate(input: CallInput): Promise<{ draft: CallDraft; recommenderIds: string[] }> {
    const caps: Partial<Record<ProgrammeCategory, number>> = {};
    const policy = defaultCaps();
    const problems: Record<string, string> = {};
    for (const c of input.categories ?? []) {
      if (c.category in caps) problems.caps = '申报类别重复';
      caps[c.category] = c.cap ?? policy[c.category];
    }
    const recommenderIds = [...new Set(input.recommenderIds ?? [])];
    const draft: CallDraft = {
      ...input,
      title: (input.title ?? '').trim(),
      docNumber: input.docNumber?.trim() || null,
      caps,
      recommenderIds,
    };
    Object.assign(problems, callProblems(draft));
    if (recommenderIds.some((id) => !isUuid(id))) problems.recommenderIds = '推荐单位编号格式不正确';
    else if (recommenderIds.length) {
      const orgs = await this.organizations.byIds(recommenderIds);
      if (orgs.length !== recommenderIds.length || orgs.some((o) => o.kind !== 'BUREAU'))
        problems.recommenderIds = '推荐单位应为已登记的委办局或区人社局（机构类型为“人社部门”）';
    }
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    return { draft, recommenderIds };
  }

  async create(actor: Actor, input: CallInput): Promise<ProgrammeCallEntity> {
    assertProvince(actor);
    const { draft, recommenderIds } = await this.validate(input);
    try {
      return await this.uow.run(async (m) => {
        const call = await this.repo.insertCall(m, {
          year: draft.year,
          title: draft.title,
          docNumber: draft.docNumber ?? null,
          opensOn: draft.opensOn,
          closesOn: draft.closesOn,
          recommendBy: draft.recommendBy,
          caps: draft.caps,
          status: 'DRAFT',
          createdBy: actor.accountId,
        });
        await this.repo.setRecommenders(m, call.id, recommenderIds);
        await writeAudit(m, actor, {
          action: 'programme.call.create',
          entityType: 'programme_call',
          entityId: call.id,
          after: { ...draft },
        });
        return call;
      });
    } catch (err) {
      if (pgErrorCode(err) === '23505')
        throw AppError.conflict(`${draft.year} 年的申报通知已存在，请修改该通知`, 'CALL_YEAR_TAKEN');
      throw err;
    }
  }

  /** A call is changed while it is not yet open. */
  async update(actor: Actor, id: string, input: CallInput): Promise<ProgrammeCallEntity> {
    assertProvince(actor);
    const { draft, recommenderIds } = await this.validate(input);
    try {
      return await this.uow.run(async (m) => {
        const call = isUuid(id) ? await this.repo.lockCall(m, id) : null;
        if (!call) throw AppError.notFound('申报通知', 'CALL_NOT_FOUND');
        if (call.status !== 'DRAFT')
          throw AppError.conflict(
            `申报通知${CALL_STATUS_LABELS[call.status]}，不能再修改`,
            'CALL_STATE_CONFLICT',
          );
        const changes = {
          year: draft.year,
          title: draft.title,
          docNumber: draft.docNumber ?? null,
          opensOn: draft.opensOn,
          closesOn: draft.closesOn,
          recommendBy: draft.recommendBy,
          caps: draft.caps,
        };
        await this.repo.updateCall(m, id, changes);
        await this.repo.setRecommenders(m, id, recommenderIds);
        await writeAudit(m, actor, {
          action: 'programme.call.update',
          entityType: 'programme_call',
          entityId: id,
          before: { ...call },
          after: { ...changes, recommenderIds },
        });
        return { ...call, ...changes };
      });
    } catch (err) {
      if (pgErrorCode(err) === '23505')
        throw AppError.conflict(`${draft.year} 年的申报通知已存在`, 'CALL_YEAR_TAKEN');
      throw err;
    }
  }

  /** Opens (notifying every recommender's accounts), or closes applications for review. */
  async move(actor: Actor, id: string, step: 'open' | 'close'): Promise<ProgrammeCallEntity> {
    assertProvince(actor);
    return this.uow.run(async (m) => {
      const call = isUuid(id) ? await this.repo.lockCall(m, id) : null;
      if (!call) throw AppError.notFound('申报通知', 'CALL_NOT_FOUND');
      const rule = CALL_TRANSITIONS[step];
      if (call.status !== rule.from)
        throw AppError.conflict(
          `申报通知当前为“${CALL_STATUS_LABELS[call.status]}”，不能${step === 'open' ? '发布' : '截止申报'}`,
          'CALL_STATE_CONFLICT',
        );
      const changes: Partial<ProgrammeCallEntity> = { status: rule.to as CallStatus };
      if (step === 'open') changes.openedAt = this.clock.now();
      await this.repo.updateCall(m, id, changes);
      await writeAudit(m, actor, {
        action: `programme.call.${step}`,
        entityType: 'programme_call',
        entityId: id,
        before: { status: call.status },
        after: { status: rule.to },
      });
      if (step === 'open') {
        const recipients = await this.repo.accountsOf(await this.repo.recommenderIds(id, m), ['LOCAL'], m);
        await this.notifications.notifyAll(m, recipients, callOpenedNotice(call), {
          link: `/programme/recommend?call=${id}`,
          dedupeKey: `programme-call-open-${id}`,
        });
      }
      return { ...call, ...changes };
    });
  }
}
