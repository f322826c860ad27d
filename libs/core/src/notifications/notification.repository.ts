// The queries of the notification inbox and its deliveries. No rules here.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';

export interface NotificationRow {
  recipientId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string | null;
}

@Injectable()
export class NotificationRepository {
  constructor(private readonly db: DataSource) {}

  /** Writes the notification unless the recipient already has one with its dedupe key; its id, or null. */
  async insert(m: EntityManager, row: NotificationRow): Promise<string | null> {
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(row)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  find(id: string): Promise<NotificationEntity | null> {
    return this.db.getRepository(NotificationEntity).findOneBy({ id });
  }

  async countAttempt(id: string): Promise<void> {
    await this.db.query(`UPDATE notifications SET delivery_attempts = delivery_attempts + 1 WHERE id = $1`, [
      id,
    ]);
  }

  /** The channels the notification already went through. */
  async deliveredChannels(id: string): Promise<Set<string>> {
    const rows: { channel: string }[] = await this.db.query(
      `SELECT channel FROM notification_deliveries WHERE notification_id = $1`,
      [id],
    );
    return new Set(rows.map((r) => r.channel));
  }

  async recordDelivery(id: string, channel: string): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_deliveries (notification_id, channel) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [id, channel],
    );
  }

  async markDelivered(id: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET delivered_at = now() WHERE id = $1 AND delivered_at IS NULL`,
      [id],
    );
  }

  listOf(recipientId: string, unreadOnly: boolean, limit: number): Promise<NotificationEntity[]> {
    const qb = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_id = :id', { id: recipientId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return qb.orderBy('n.created_at', 'DESC').limit(limit).getMany();
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_id = :id AND n.read_at IS NULL', { id: recipientId })
      .getCount();
  }

  /** Marks the recipient's unread notifications (those of `ids`, or all) as read; how many changed. */
  async markRead(recipientId: string, ids: readonly string[] | null): Promise<number> {
    const params: unknown[] = [recipientId];
    let sql = `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`;
    if (ids) {
      params.push(ids);
      sql += ` AND id = ANY($2::uuid[])`;
    }
    const [, count] = (await this.db.query(sql, params)) as [unknown, number];
    return count;
  }
}
