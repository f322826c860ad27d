// The inbox and its delivery. A notification is written in the use case's transaction together with its outbox
// row (`notification.deliver`); the outbox relay hands it to the queue after the commit and the sweeper re-delivers
// it if that never happened. Delivery goes through every adapter, once per channel.
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, isUuid, type Actor, type Notice } from '@app/domain';
import { UnitOfWork } from '@app/platform';
import { AccountRepository } from '../accounts/account.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from './delivery-adapter.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';

export interface NewNotification {
  recipientId: string;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** Same key for the same recipient → written once. */
  dedupeKey?: string | null;
}

@Injectable()
export class NotificationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationRepository,
    private readonly accounts: AccountRepository,
    private readonly outbox: AppOutbox,
    @Inject(DELIVERY_ADAPTERS) private readonly adapters: DeliveryAdapter[],
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
    });
    const row = id
      ? await this.outbox.add(m, 'notification.deliver', { notificationId: id }, { jobId: `notify-${id}` })
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
    where: { link: string; dedupeKey?: string | null },
  ): Promise<void> {
    for (const recipientId of new Set(recipientIds)) {
      await this.notify(m, { recipientId, ...notice, link: where.link, dedupeKey: where.dedupeKey ?? null });
    }
  }

  /** A notification in a transaction of its own. */
  async send(n: NewNotification): Promise<string | null> {
    return this.uow.run(async (m) => (await this.notify(m, n)).id);
  }

  /**
   * Delivers one notification through every adapter. Idempotent: each (notification, channel) is recorded
   * once, so a retry after a partial failure only sends what is still missing.
   */
  async deliver(notificationId: string): Promise<'delivered' | 'already' | 'missing'> {
    const n = await this.notifications.find(notificationId);
    if (!n) return 'missing';
    if (n.deliveredAt) return 'already';
    await this.notifications.countAttempt(n.id);
    const done = await this.notifications.deliveredChannels(n.id);
    const recipient = await this.accounts.find(n.recipientId);
    for (const adapter of this.adapters) {
      if (done.has(adapter.channel)) continue;
      await adapter.deliver({
        id: n.id,
        recipientId: n.recipientId,
        recipientUsername: recipient?.username ?? '?',
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
      });
      await this.notifications.recordDelivery(n.id, adapter.channel);
    }
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
