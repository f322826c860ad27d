// Every demand transition goes through `apply`, inside the caller's unit of work: the state machine of libs/domain
// decides, then the status, its time limit, the history and audit rows, the notices and the deadline timer are
// written in the same transaction (notices and timer as outbox rows, handed to the queue after the commit).
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  STEP_TIME_LIMITS,
  chinaDate,
  decideTransition,
  demandSubmitProblems,
  demandTransitionNotices,
  workingDeadline,
  type Actor,
  type DemandAction,
  type DemandAudience,
  type DemandFields,
  type DemandStatus,
  settledByDemandAction,
} from '@app/domain';
import { Clock, writeAudit } from '@app/platform';
import { AccountRepository } from '../accounts/account.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { demandRelationOf } from './demand-access.js';
import type { DemandEntity } from './demand.entity.js';
import { DemandRepository } from './demand.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';

@Injectable()
export class DemandTransitions {
  constructor(
    private readonly demands: DemandRepository,
    private readonly accounts: AccountRepository,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly outbox: AppOutbox,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
  ) {}

  /**
   * Applies a transition to a demand the caller has locked. `SYSTEM` acts where no person does (the team is
   * confirmed and the demand goes into service).
   */
  async apply(
    m: EntityManager,
    actor: Actor | 'SYSTEM',
    demand: DemandEntity,
    action: DemandAction,
    note?: string | null,
  ): Promise<DemandEntity> {
    const relation = actor === 'SYSTEM' ? 'SYSTEM' : demandRelationOf(actor, demand);
    const decision = decideTransition(demand.status, action, relation, note);
    if (!decision.ok) throw new AppError(decision.reason, decision.message);
    const now = this.clock.now();
    if (action === 'submit') {
      const problems = demandSubmitProblems(demand as DemandFields, chinaDate(now));
      if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    }
    const limit = STEP_TIME_LIMITS[decision.to];
    const changes: Partial<DemandEntity> = {
      status: decision.to,
      statusChangedAt: now,
      dueAt: limit ? workingDeadline(now, limit.workingDays, await this.calendar.current(m)) : null,
      overdueAt: null,
      escalationLevel: 0,
      version: demand.version + 1,
    };
    if (action === 'submit') changes.submittedAt = now;
    await this.demands.update(m, demand.id, changes);
    const updated = { ...demand, ...changes } as DemandEntity;
    await this.demands.addHistory(m, {
      demandId: demand.id,
      fromStatus: demand.status,
      toStatus: decision.to,
      actorId: actor === 'SYSTEM' ? null : actor.accountId,
      actorName: actor === 'SYSTEM' ? '系统' : await this.actorName(m, actor),
      at: now,
      note: note?.trim() || null,
    });
    await writeAudit(m, actor === 'SYSTEM' ? null : actor, {
      action: `demand.${action}`,
      entityType: 'demand',
      entityId: demand.id,
      before: { status: demand.status },
      after: { status: decision.to, note: note ?? null },
    });
    await this.notifications.settle(m, { type: 'DEMAND', id: demand.id }, settledByDemandAction(action));
    await this.notify(m, updated, action, note);
    if (changes.dueAt) await this.scheduleDeadline(m, updated.id, decision.to, changes.dueAt, 1);
    return updated;
  }

  /** The name written in the history: the account's display name. */
  async actorName(m: EntityManager, actor: Actor): Promise<string> {
    return (await this.accounts.displayName(actor.accountId, m)) ?? actor.username;
  }

  /**
   * The timer of a step's time limit: an outbox row due at `runAt` (by default the deadline itself). Its job id
   * names the step, the level and when it runs, so the same timer written twice fires once; `again` tells a timer
   * set anew (one that fired early) from the first.
   */
  async scheduleDeadline(
    m: EntityManager,
    demandId: string,
    status: DemandStatus,
    dueAt: Date,
    level: number,
    options: { runAt?: Date; again?: string } = {},
  ): Promise<void> {
    const runAt = options.runAt ?? dueAt;
    const when = runAt.getTime() === dueAt.getTime() ? '' : `-at${runAt.getTime()}`;
    const again = options.again ? `-${options.again}` : '';
    await this.outbox.add(
      m,
      'demand.deadline',
      { demandId, status, dueAt: dueAt.toISOString(), level },
      { jobId: `demand-deadline-${demandId}-${status}-${dueAt.getTime()}-${level}${when}${again}`, runAt },
    );
  }

  private async notify(
    m: EntityManager,
    d: DemandEntity,
    action: DemandAction,
    note?: string | null,
  ): Promise<void> {
    const notices = demandTransitionNotices(action, d, note);
    const link = `/demands/${d.id}`;
    for (const audience of Object.keys(notices) as DemandAudience[]) {
      const recipients = await this.audience(m, d, audience);
      await this.notifications.notifyAll(m, recipients, notices[audience]!, {
        link,
        subject: { type: 'DEMAND', id: d.id },
      });
    }
  }

  private async audience(m: EntityManager, d: DemandEntity, audience: DemandAudience): Promise<string[]> {
    switch (audience) {
      case 'UNIT':
        return this.recipients.unitAccounts(d.organizationId, m);
      case 'DISPATCHERS':
        return this.recipients.dispatchersFor(d.regionCode, m);
      case 'BUREAU': {
        // The nearest bureau over the demand's region, or the dispatchers when there is none.
        const bureaus = await this.recipients.bureausCovering(d.regionCode, m);
        const nearest = bureaus.filter((b) => b.regionCode === bureaus[0]?.regionCode).map((b) => b.id);
        return nearest.length ? nearest : this.recipients.dispatchersFor(d.regionCode, m);
      }
    }
  }
}
