// 基层反向评价: the unit rates a delivered service (the demand becomes EVALUATED), is reminded after 7 days if it
// has not, and answers follow-ups at +30 and +180 days. Ratings of experts are computed from these for matching.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  DEMAND_STATUS_LABELS,
  EVALUATION_REMINDER_DAYS,
  PROBLEM_SOLVED_VALUES,
  chinaDate,
  evaluationProblems,
  evaluationReminderNotice,
  followUpReminderNotice,
  isUuid,
  ratingsByExpert,
  serviceEvaluatedNotice,
  type Actor,
  type Notice,
  type EvaluationScores,
  type ProblemSolved,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { DemandTransitions } from '../demands/demand-transitions.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { DemandService } from '../demands/demand.service.js';
import type { JobMap } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import type { EvaluationEntity, FollowUpEntity } from './service.entities.js';
import { ServiceRepository } from './service.repository.js';

export interface EvaluationInput {
  demandId: string;
  scores: EvaluationScores;
  problemSolved: ProblemSolved;
  comment?: string | null;
}

@Injectable()
export class EvaluationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ServiceRepository,
    private readonly demands: DemandRepository,
    private readonly demandService: DemandService,
    private readonly transitions: DemandTransitions,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  /** The demanding unit rates the delivered service; the demand becomes EVALUATED. */
  async evaluate(actor: Actor, input: EvaluationInput): Promise<EvaluationEntity> {
    if (actor.role !== 'UNIT')
      throw AppError.forbidden('只有提出需求的基层单位可以评价服务', 'EVALUATION_FORBIDDEN');
    if (!isUuid(input.demandId)) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    const comment = input.comment?.trim() || null;
    const problems = evaluationProblems(input.scores, input.problemSolved, comment);
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    return this.uow.run(async (m) => {
      const d = await this.demands.findForUpdate(m, input.demandId);
      if (!d) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      if (d.organizationId !== actor.organizationId)
        throw AppError.forbidden('只能评价本单位提出的需求', 'EVALUATION_FORBIDDEN');
      if (await this.repo.findEvaluation(d.id, m))
        throw AppError.conflict('该需求已评价，不能重复评价', 'ALREADY_EVALUATED');
      if (d.status !== 'DELIVERED')
        throw AppError.conflict(
          `需求当前为“${DEMAND_STATUS_LABELS[d.status]}”，服务完成后才能评价`,
          'DEMAND_NOT_DELIVERED',
        );
      const evaluation = await this.repo.insertEvaluation(m, {
        demandId: d.id,
        organizationId: d.organizationId,
        accountId: actor.accountId,
        expertise: input.scores.expertise,
        problemSolving: input.scores.problemSolving,
        attitude: input.scores.attitude,
        timeliness: input.scores.timeliness,
        problemSolved: input.problemSolved,
        comment,
      });
      await this.transitions.apply(m, actor, d, 'evaluate');
      await writeAudit(m, actor, {
        action: 'demand.evaluation',
        entityType: 'evaluation',
        entityId: evaluation.id,
        after: { demandId: d.id, scores: input.scores, problemSolved: input.problemSolved, comment },
      });
      // The team hears how it was rated.
      await this.notifications.notifyAll(
        m,
        await this.recipients.teamLeadsOfDemand(d.id, m),
        serviceEvaluatedNotice(d),
        {
          link: `/demands/${d.id}`,
          dedupeKey: `evaluated-${d.id}`,
        },
      );
      return evaluation;
    });
  }

  /** The evaluation of a demand and its follow-ups, for whoever may read the demand (checked once). */
  async ofDemand(
    actor: Actor,
    demandId: string,
  ): Promise<{ evaluation: EvaluationEntity | null; followUps: FollowUpEntity[] }> {
    await this.demandService.get(actor, demandId);
    const [evaluation, followUps] = await Promise.all([
      this.repo.findEvaluation(demandId),
      this.repo.followUpsOf(demandId),
    ]);
    return { evaluation, followUps };
  }

  /** Is the follow-up due (its date reached) and unanswered? */
  isOpen(f: FollowUpEntity): boolean {
    return !f.answeredAt && f.dueOn <= chinaDate(this.clock.now());
  }

  /** The unit answers a follow-up: is the problem still solved? */
  async answerFollowUp(
    actor: Actor,
    id: string,
    stillSolved: ProblemSolved,
    comment?: string | null,
  ): Promise<FollowUpEntity> {
    if (actor.role !== 'UNIT')
      throw AppError.forbidden('只有提出需求的基层单位可以回答回访', 'FOLLOW_UP_FORBIDDEN');
    if (!isUuid(id)) throw AppError.notFound('回访', 'FOLLOW_UP_NOT_FOUND');
    if (!PROBLEM_SOLVED_VALUES.includes(stillSolved))
      throw AppError.badInput('请选择问题是否仍已解决', { stillSolved: '请选择' });
    const text = comment?.trim() || null;
    if ((text ?? '').length > 1000)
      throw AppError.badInput('回访意见不能超过 1000 个字', { comment: '不超过 1000 个字' });
    return this.uow.run(async (m) => {
      const f = await this.repo.followUpForUpdate(m, id);
      if (!f) throw AppError.notFound('回访', 'FOLLOW_UP_NOT_FOUND');
      const d = await this.demands.find(f.demandId, m);
      if (!d || d.organizationId !== actor.organizationId)
        throw AppError.forbidden('只能回答本单位需求的回访', 'FOLLOW_UP_FORBIDDEN');
      if (f.answeredAt) throw AppError.conflict('该回访已作答', 'FOLLOW_UP_ANSWERED');
      const today = chinaDate(this.clock.now());
      if (f.dueOn > today) throw AppError.conflict(`回访将于 ${f.dueOn} 开放作答`, 'FOLLOW_UP_NOT_DUE');
      if (stillSolved === 'NO' && !text)
        throw AppError.badInput('问题未解决时，请简要说明情况', { comment: '请说明情况' });
      const changes = {
        stillSolved,
        comment: text,
        answeredBy: actor.accountId,
        answeredAt: this.clock.now(),
      };
      await this.repo.answerFollowUp(m, f.id, changes);
      await writeAudit(m, actor, {
        action: 'demand.followUp',
        entityType: 'evaluation_follow_up',
        entityId: f.id,
        after: { demandId: f.demandId, afterDays: f.afterDays, stillSolved, comment: text },
      });
      return { ...f, ...changes };
    });
  }

  /**
   * The reminder job. Idempotent: a notification is written once per demand and kind (dedupe key), and nothing
   * is sent once the unit has answered.
   */
  async remind(payload: JobMap['evaluation.remind']): Promise<'reminded' | 'done'> {
    return this.uow.run(async (m) => {
      const d = await this.demands.find(payload.demandId, m);
      if (!d) return 'done';
      let notice: Notice;
      let key: string;
      if (payload.kind === 'EVALUATION') {
        if (d.status !== 'DELIVERED' || (await this.repo.findEvaluation(d.id, m))) return 'done';
        notice = evaluationReminderNotice(d, EVALUATION_REMINDER_DAYS);
        key = `evaluation-reminder-${d.id}`;
      } else {
        const follow = (await this.repo.followUpsOf(d.id)).find((f) => f.afterDays === payload.afterDays);
        if (!follow || follow.answeredAt) return 'done';
        notice = followUpReminderNotice(d, follow.afterDays);
        key = `follow-up-${follow.id}`;
      }
      await this.notifications.notifyAll(m, await this.recipients.unitAccounts(d.organizationId, m), notice, {
        link: `/demands/${d.id}`,
        dedupeKey: key,
      });
      return 'reminded';
    });
  }

  /** Ratings of experts from the evaluations (and follow-ups) of the demands they served. */
  async ratings(expertIds: readonly string[]): Promise<Map<string, { average: number; count: number }>> {
    return ratingsByExpert(await this.repo.evaluationsOfExperts(expertIds));
  }
}
