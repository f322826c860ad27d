// The queries of the notification inbox and its deliveries. No rules here.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NoticeSubject, SettledNotices } from '@app/domain';
import { NotificationEntity } from './notification.entity.js';

export interface NotificationRow {
  recipientId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string | null;
  subjectType: string | null;
  subjectId: string | null;
}

/** A channel's delivery that failed (the admin's list). */
export interface DeliveryFailureRow {
  notificationId: string;
  channel: string;
  attempts: number;
  lastError: string;
  failedAt: Date;
  kind: string;
  title: string;
  recipientId: string;
  recipientUsername: string;
  recipientName: string;
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
      `SELECT channel FROM notification_deliveries WHERE notification_id = $1 AND status = 'SENT'`,
      [id],
    );
    return new Set(rows.map((r) => r.channel));
  }

  async recordDelivery(id: string, channel: string): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_deliveries (notification_id, channel) VALUES ($1, $2)
       ON CONFLICT (notification_id, channel) DO UPDATE SET status = 'SENT', delivered_at = now(),
         attempts = notification_deliveries.attempts + 1, last_error = NULL, failed_at = NULL`,
      [id, channel],
    );
  }

  /** A channel's attempt failed: counted, with the reason, until a later attempt gets through. */
  async recordFailure(id: string, channel: string, error: string): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_deliveries (notification_id, channel, status, last_error, failed_at)
       VALUES ($1, $2, 'FAILED', $3, now())
       ON CONFLICT (notification_id, channel) DO UPDATE SET status = 'FAILED', last_error = $3, failed_at = now(),
         attempts = notification_deliveries.attempts + 1`,
      [id, channel, error.slice(0, 1000)],
    );
  }

  /** Failed deliveries, latest first. */
  async failures(limit: number): Promise<{ rows: DeliveryFailureRow[]; total: number }> {
    const rows: DeliveryFailureRow[] = await this.db.query(
      `SELECT d.notification_id AS "notificationId", d.channel, d.attempts, d.last_error AS "lastError",
              d.failed_at AS "failedAt", n.kind, n.title, n.recipient_id AS "recipientId",
              a.username AS "recipientUsername", a.display_name AS "recipientName"
       FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       JOIN accounts a ON a.id = n.recipient_id
       WHERE d.status = 'FAILED' ORDER BY d.failed_at DESC LIMIT $1`,
      [limit],
    );
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'FAILED'`,
    );
    return { rows, total: n };
  }

  async failure(id: string, channel: string): Promise<{ attempts: number } | null> {
    const [row]: { attempts: number }[] = await this.db.query(
      `SELECT attempts FROM notification_deliveries WHERE notification_id = $1 AND channel = $2 AND status = 'FAILED'`,
      [id, channel],
    );
    return row ?? null;
  }

  /** Lets a notification be delivered again (the admin's retry): it is no longer counted as delivered. */
  async reopen(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE notifications SET delivered_at = NULL WHERE id = $1`, [id]);
  }

  /** Marks read the unread notifications about `subject` of the settled kinds (for recipients of its roles). */
  async markSettled(m: EntityManager, subject: NoticeSubject, settled: SettledNotices): Promise<number> {
    const params: unknown[] = [subject.type, subject.id, settled.kinds];
    let sql = `UPDATE notifications n SET read_at = now()
      WHERE n.subject_type = $1 AND n.subject_id = $2 AND n.kind = ANY($3::text[]) AND n.read_at IS NULL`;
    if (settled.roles) {
      params.push(settled.roles);
      sql += ` AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = n.recipient_id AND a.role = ANY($4::text[]))`;
    }
    const [, count] = (await m.query(sql, params)) as [unknown, number];
    return count;
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
