// The inbox and its delivery. A notification is written in the use case's transaction together with its outbox
// row (`notification.deliver`); the outbox relay hands it to the queue after the commit and the sweeper re-delivers
// it if that never happened. Delivery goes through every adapter, once per channel: the log always, e-mail and SMS
// for the topics the recipient opted into. A channel that fails is recorded with its reason and the job fails, so
// the queue retries it with backoff (only the channels still missing); the admin sees what keeps failing.
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  isUuid,
  topicOf,
  type Actor,
  type Notice,
  type NoticeSubject,
  type SettledNotices,
} from '@app/domain';
import { UnitOfWork } from '@app/platform';
import { AccountRepository } from '../accounts/account.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from './delivery-adapter.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationPreferenceRepository } from './notification-preference.repository.js';
import { NotificationRepository } from './notification.repository.js';

/**
 * Tries of one delivery job (the queue waits 1 s, then 2 s between them); after that the outbox sweeper starts a
 * failed job again now and then, and the admin may send it at once.
 */
export const DELIVERY_ATTEMPTS = 3;

export interface NewNotification {
  recipientId: string;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** Same key for the same recipient → written once. */
  dedupeKey?: string | null;
  /** What it is about: handling that marks it read. */
  subject?: NoticeSubject | null;
}

@Injectable()
export class NotificationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationRepository,
    private readonly accounts: AccountRepository,
    private readonly outbox: AppOutbox,
    @Inject(DELIVERY_ADAPTERS) private readonly adapters: DeliveryAdapter[],
    private readonly preferences: NotificationPreferenceRepository,
  ) {}

  /**
   * Writes the notification and its delivery (an outbox row) in the caller's transaction. Inside a unit of work
   * the delivery is handed to the queue after the commit by itself; a caller with a transaction of its own calls
   * `afterCommit` once it has committed.
   */
  async notify(
    m: EntityManager,
    n: NewNotification,
  ): Promise<{ id: string | null; afterCommit: () => Promise<void> }> {
    const id = await this.notifications.insert(m, {
      recipientId: n.recipientId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link ?? null,
      dedupeKey: n.dedupeKey ?? null,
      subjectType: n.subject?.type ?? null,
      subjectId: n.subject?.id ?? null,
    });
    const row = id
      ? await this.outbox.add(
          m,
          'notification.deliver',
          { notificationId: id },
          { jobId: `notify-${id}`, attempts: DELIVERY_ATTEMPTS },
        )
      : null;
    const relayedByUnitOfWork = UnitOfWork.isOpen(m);
    return {
      id,
      afterCommit: async () => {
        if (row && !relayedByUnitOfWork) await this.outbox.relay([row]);
      },
    };
  }

  /** The same notice to several recipients (each written once per dedupe key). */
  async notifyAll(
    m: EntityManager,
    recipientIds: Iterable<string>,
    notice: Notice,
    where: { link: string; dedupeKey?: string | null; subject?: NoticeSubject | null },
  ): Promise<void> {
    for (const recipientId of new Set(recipientIds)) {
      await this.notify(m, {
        recipientId,
        ...notice,
        link: where.link,
        dedupeKey: where.dedupeKey ?? null,
        subject: where.subject ?? null,
      });
    }
  }

  /**
   * The matter was handled: the notices about it that asked for this step are marked read, in the step's own
   * transaction (the bell drops with it).
   */
  async settle(m: EntityManager, subject: NoticeSubject, settled: readonly SettledNotices[]): Promise<void> {
    for (const s of settled) await this.notifications.markSettled(m, subject, s);
  }

  /** A notification in a transaction of its own. */
  async send(n: NewNotification): Promise<string | null> {
    return this.uow.run(async (m) => (await this.notify(m, n)).id);
  }

  /**
   * Delivers one notification through every adapter it is for. Idempotent: each (notification, channel) is
   * recorded once it went through, so a retry after a partial failure only sends what is still missing. A failed
   * channel is recorded with its reason and the call throws, so the job is retried with backoff.
   */
  async deliver(notificationId: string): Promise<'delivered' | 'already' | 'missing'> {
    const n = await this.notifications.find(notificationId);
    if (!n) return 'missing';
    if (n.deliveredAt) return 'already';
    await this.notifications.countAttempt(n.id);
    const done = await this.notifications.deliveredChannels(n.id);
    const recipient = await this.accounts.find(n.recipientId);
    const prefs = await this.preferences.of(n.recipientId);
    const topic = topicOf(n.kind);
    const failed: string[] = [];
    for (const adapter of this.adapters) {
      if (done.has(adapter.channel)) continue;
      if (adapter.optIn === 'EMAIL' && !(prefs.email && prefs.emailTopics.includes(topic))) continue;
      if (adapter.optIn === 'SMS' && !(prefs.mobile && prefs.smsTopics.includes(topic))) continue;
      if (adapter.optIn && recipient && !recipient.active) continue;
      try {
        await adapter.deliver({
          id: n.id,
          recipientId: n.recipientId,
          recipientUsername: recipient?.username ?? '?',
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
          email: prefs.email,
          mobile: prefs.mobile,
        });
      } catch (err) {
        const reason = String((err as Error)?.message ?? err);
        await this.notifications.recordFailure(n.id, adapter.channel, reason);
        failed.push(`${adapter.channel}: ${reason}`);
        continue;
      }
      await this.notifications.recordDelivery(n.id, adapter.channel);
    }
    if (failed.length) throw new Error(`notification ${n.id} not delivered through ${failed.join('; ')}`);
    await this.notifications.markDelivered(n.id);
    return 'delivered';
  }

  list(actor: Actor, unreadOnly: boolean, limit = 100): Promise<NotificationEntity[]> {
    return this.notifications.listOf(actor.accountId, unreadOnly, Math.min(Math.max(limit, 1), 500));
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor.accountId);
  }

  /** Marks the given notifications (or all, when `ids` is absent) as read; returns how many changed. */
  async markRead(actor: Actor, ids?: string[] | null): Promise<number> {
    if (ids && ids.length > 1000) throw AppError.badInput('一次最多标记 1000 条通知');
    if (ids && ids.length === 0) return 0;
    if (ids?.some((id) => !isUuid(id))) throw AppError.badInput('通知编号格式不正确');
    return this.notifications.markRead(actor.accountId, ids ?? null);
  }
}
