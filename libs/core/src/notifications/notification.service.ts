import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type Actor } from '@app/domain';
import { AppJobQueue } from '../jobs/job-map.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from './delivery-adapter.js';

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
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly db: DataSource,
    private readonly queue: AppJobQueue,
    @Inject(DELIVERY_ADAPTERS) private readonly adapters: DeliveryAdapter[],
  ) {}

  /**
   * Writes the notification inside the caller's transaction (it is the outbox row) and returns a function
   * to call after commit that enqueues its delivery. Undelivered rows are swept up again by `requeueUndelivered`.
   */
  async notify(manager: EntityManager, n: NewNotification): Promise<{ id: string | null; afterCommit: () => Promise<void> }> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({ recipientId: n.recipientId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id ?? null;
    return { id, afterCommit: async () => (id ? this.enqueue(id) : undefined) };
  }

  /** Convenience for callers without a surrounding transaction. */
  async send(n: NewNotification): Promise<string | null> {
    const { id, afterCommit } = await this.db.transaction((m) => this.notify(m, n));
    await afterCommit();
    return id;
  }

  async enqueue(notificationId: string): Promise<void> {
    try {
      await this.queue.add('notification.deliver', { notificationId }, { jobId: `notify-${notificationId}` });
    } catch (err) {
      // The row stays undelivered and is picked up by the next sweep.
      this.logger.warn(`could not enqueue notification ${notificationId}: ${(err as Error).message}`);
    }
  }

  /** Re-enqueues notifications whose delivery never happened (e.g. the queue was down at commit). */
  async requeueUndelivered(olderThanSeconds = 60): Promise<number> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM notifications WHERE delivered_at IS NULL AND created_at < now() - make_interval(secs => $1) LIMIT 1000`,
      [olderThanSeconds],
    );
    for (const r of rows) await this.enqueue(r.id);
    return rows.length;
  }

  /**
   * Delivers one notification through every adapter. Idempotent: each (notification, channel) is recorded
   * once, so a retry after a partial failure only sends what is still missing.
   */
  async deliver(notificationId: string): Promise<'delivered' | 'already' | 'missing'> {
    const n = await this.db.getRepository(NotificationEntity).findOneBy({ id: notificationId });
    if (!n) return 'missing';
    if (n.deliveredAt) return 'already';
    await this.db.query(`UPDATE notifications SET delivery_attempts = delivery_attempts + 1 WHERE id = $1`, [n.id]);
    const done: { channel: string }[] = await this.db.query(`SELECT channel FROM notification_deliveries WHERE notification_id = $1`, [n.id]);
    const recipient = await this.db.getRepository(AccountEntity).findOneBy({ id: n.recipientId });
    for (const adapter of this.adapters) {
      if (done.some((d) => d.channel === adapter.channel)) continue;
      await adapter.deliver({
        id: n.id,
        recipientId: n.recipientId,
        recipientUsername: recipient?.username ?? '?',
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
      });
      await this.db.query(
        `INSERT INTO notification_deliveries (notification_id, channel) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [n.id, adapter.channel],
      );
    }
    await this.db.query(`UPDATE notifications SET delivered_at = now() WHERE id = $1 AND delivered_at IS NULL`, [n.id]);
    return 'delivered';
  }

  list(actor: Actor, unreadOnly: boolean, limit = 100): Promise<NotificationEntity[]> {
    const qb = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_id = :id', { id: actor.accountId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return qb.orderBy('n.created_at', 'DESC').limit(Math.min(Math.max(limit, 1), 500)).getMany();
  }

  async unreadCount(actor: Actor): Promise<number> {
    return this.db.getRepository(NotificationEntity).createQueryBuilder('n')
      .where('n.recipient_id = :id AND n.read_at IS NULL', { id: actor.accountId })
      .getCount();
  }

  /** Marks the given notifications (or all, when `ids` is absent) as read; returns how many changed. */
  async markRead(actor: Actor, ids?: string[] | null): Promise<number> {
    if (ids && ids.length > 1000) throw AppError.badInput('一次最多标记 1000 条通知');
    const params: unknown[] = [actor.accountId];
    let sql = `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`;
    if (ids) {
      if (ids.length === 0) return 0;
      if (ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw AppError.badInput('通知编号格式不正确');
      params.push(ids);
      sql += ` AND id = ANY($2::uuid[])`;
    }
    const [, count] = (await this.db.query(sql, params)) as [unknown, number];
    return count;
  }
}
