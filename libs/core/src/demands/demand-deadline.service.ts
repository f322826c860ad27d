// Time limits of the demand steps (属地 5, dispatch 10 working days): the timer written with each transition fires
// here. A demand still waiting in the same step past its due time is flagged overdue and the next level up is
// alerted (county → city → province); one period later, the province.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { STEP_TIME_LIMITS, demandOverdueNotice, workingDeadline, type DemandStatus } from '@app/domain';
import { Clock, UnitOfWork, writeAudit } from '@app/platform';
import type { JobMap } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { DemandTransitions } from './demand-transitions.js';
import type { DemandEntity } from './demand.entity.js';
import { DemandRepository } from './demand.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';

export type DeadlineOutcome = 'escalated' | 'moved-on' | 'not-yet' | 'done';

@Injectable()
export class DemandDeadlineService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly transitions: DemandTransitions,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
  ) {}

  /**
   * The deadline job. Idempotent: a repeated run finds the level already reached; a demand that moved on is left
   * alone; a timer that fired early is set again for the due time.
   */
  async handleDeadline(payload: JobMap['demand.deadline']): Promise<DeadlineOutcome> {
    return this.uow.run(async (m) => {
      const d = await this.demands.findForUpdate(m, payload.demandId);
      if (!d || d.status !== payload.status || !d.dueAt || d.dueAt.toISOString() !== payload.dueAt)
        return 'moved-on';
      const now = this.clock.now();
      if (now.getTime() < d.dueAt.getTime()) {
        await this.transitions.scheduleDeadline(m, d.id, d.status, d.dueAt, payload.level, {
          again: `early${now.getTime()}`,
        });
        return 'not-yet';
      }
      if (d.escalationLevel >= payload.level) return 'done';
      await this.demands.update(m, d.id, { overdueAt: d.overdueAt ?? now, escalationLevel: payload.level });
      const step = STEP_TIME_LIMITS[d.status as DemandStatus];
      const recipients = await this.escalationRecipients(m, d, payload.level);
      for (const recipientId of recipients) {
        await this.notifications.notify(m, {
          recipientId,
          ...demandOverdueNotice(d, step?.waitsOn),
          link: `/demands/${d.id}`,
          dedupeKey: `overdue:${d.id}:${d.status}:${payload.level}`,
          subject: { type: 'DEMAND', id: d.id },
        });
      }
      await writeAudit(m, null, {
        action: 'demand.overdue',
        entityType: 'demand',
        entityId: d.id,
        after: { status: d.status, level: payload.level, notified: recipients.length },
      });
      // The next level up hears of it if the step is still waiting one more period later.
      if (payload.level < 2 && step) {
        const next = workingDeadline(d.dueAt, step.workingDays, await this.calendar.current(m));
        await this.transitions.scheduleDeadline(m, d.id, d.status, d.dueAt, payload.level + 1, {
          runAt: next,
        });
      }
      return 'escalated';
    });
  }

  /** Level 1: the bureaus one level above the nearest one (or the province when none); level 2: the province. */
  private async escalationRecipients(m: EntityManager, d: DemandEntity, level: number): Promise<string[]> {
    const bureaus = await this.recipients.bureausCovering(d.regionCode, m);
    if (level >= 2 || d.status === 'ACCEPTED') {
      return [
        ...new Set([...(await this.recipients.dispatchersFor(d.regionCode, m)), ...bureaus.map((b) => b.id)]),
      ];
    }
    const nearest = bureaus[0]?.regionCode;
    const above = bureaus.filter((b) => b.regionCode !== nearest);
    const waiting = bureaus.filter((b) => b.regionCode === nearest).map((b) => b.id);
    const up = above.length ? above.map((b) => b.id) : await this.recipients.dispatchersFor(d.regionCode, m);
    return [...new Set([...waiting, ...up])];
  }
}
