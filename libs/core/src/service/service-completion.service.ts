// 服务完成: a demand is complete when its team has served the notices' minimum of days, or when a dispatcher
// overrides with a reason (kept on the demand, in its history and audit). The unit is asked to rate the service,
// and the reminder (+7 days) and follow-ups (+30, +180 days) are timers in the same unit of work.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  EVALUATION_REMINDER_DAYS,
  FOLLOW_UP_DAYS,
  MIN_TEAM_SERVICE_DAYS,
  addDays,
  chinaDate,
  completionProblem,
  isUuid,
  serviceDeliveredNotice,
  type Actor,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import { demandRelationOf } from '../demands/demand-access.js';
import { DemandTransitions } from '../demands/demand-transitions.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { DemandService } from '../demands/demand.service.js';
import { AppOutbox } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { ServiceRepository } from './service.repository.js';

const DAY_MS = 24 * 3600_000;

@Injectable()
export class ServiceCompletionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ServiceRepository,
    private readonly demands: DemandRepository,
    private readonly demandService: DemandService,
    private readonly transitions: DemandTransitions,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly outbox: AppOutbox,
    private readonly clock: Clock,
  ) {}

  /**
   * The demand goes to DELIVERED when its team has served at least MIN_TEAM_SERVICE_DAYS in total; below that only
   * a dispatcher may complete it, with a reason.
   */
  async complete(actor: Actor, demandId: string, overrideReason?: string | null): Promise<DemandEntity> {
    if (!isUuid(demandId)) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    const override = (overrideReason ?? '').trim() || null;
    if (override && override.length > 500)
      throw AppError.badInput('强制完成原因不能超过 500 个字', { overrideReason: '不超过 500 个字' });
    return this.uow.run(async (m) => {
      const d = await this.demands.findForUpdate(m, demandId);
      if (!d) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
      if (!(await this.demandService.canRead(actor, d)))
        throw AppError.forbidden('您无权操作该需求', 'DEMAND_OUT_OF_SCOPE');
      const totals = await this.repo.totalDaysOfDemandTeams(m, d.id);
      const served = Math.max(0, ...totals.map((t) => t.days));
      const shortfall = d.status === 'IN_SERVICE' ? completionProblem(served, MIN_TEAM_SERVICE_DAYS) : null;
      let note: string | null = null;
      if (shortfall) {
        if (!override) throw AppError.conflict(shortfall, 'SERVICE_DAYS_SHORT');
        if (demandRelationOf(actor, d) !== 'DISPATCHER') {
          throw AppError.forbidden(
            '服务天数不足时，只有省厅派单员可以填写原因强制完成',
            'COMPLETION_OVERRIDE_FORBIDDEN',
          );
        }
        note = `累计服务 ${served} 天，未满 ${MIN_TEAM_SERVICE_DAYS} 天，强制完成。原因：${override}`;
      }
      const updated = await this.transitions.apply(m, actor, d, 'complete', note);
      const now = this.clock.now();
      const changes = { deliveredAt: now, completionOverride: shortfall ? override : null };
      await this.demands.update(m, d.id, changes);
      const today = chinaDate(now);
      await this.repo.insertFollowUps(
        m,
        FOLLOW_UP_DAYS.map((afterDays) => ({ demandId: d.id, afterDays, dueOn: addDays(today, afterDays) })),
      );
      if (shortfall) {
        await writeAudit(m, actor, {
          action: 'demand.completeOverride',
          entityType: 'demand',
          entityId: d.id,
          after: { servedDays: served, minimum: MIN_TEAM_SERVICE_DAYS, reason: override },
        });
      }
      await this.notifications.notifyAll(
        m,
        await this.recipients.unitAccounts(d.organizationId, m),
        serviceDeliveredNotice(d),
        { link: `/demands/${d.id}`, dedupeKey: `delivered-${d.id}` },
      );
      await this.scheduleReminders(m, d.id, now);
      return { ...updated, ...changes } as DemandEntity;
    });
  }

  /** The evaluation reminder and the follow-ups, as timers due that many days after delivery. */
  private async scheduleReminders(m: EntityManager, demandId: string, deliveredAt: Date): Promise<void> {
    const at = (days: number) => new Date(deliveredAt.getTime() + days * DAY_MS);
    await this.outbox.add(
      m,
      'evaluation.remind',
      { demandId, kind: 'EVALUATION' },
      { jobId: `evaluation-remind-${demandId}`, runAt: at(EVALUATION_REMINDER_DAYS) },
    );
    for (const afterDays of FOLLOW_UP_DAYS) {
      await this.outbox.add(
        m,
        'evaluation.remind',
        { demandId, kind: 'FOLLOW_UP', afterDays },
        { jobId: `follow-up-${demandId}-${afterDays}`, runAt: at(afterDays) },
      );
    }
  }
}
