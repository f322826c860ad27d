import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that leave the app: what a notification is about (so handling the matter marks it read), each
 * channel's delivery with its attempts and last error (failures the admin sees and retries), and every account's
 * e-mail / SMS choices per topic with the address and mobile they go to.
 */
export class NotificationChannels1765000850000 implements MigrationInterface {
  name = 'NotificationChannels1765000850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE notifications ADD COLUMN subject_type varchar(16), ADD COLUMN subject_id uuid`,
    );
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_subject_ck
      CHECK ((subject_type IS NULL) = (subject_id IS NULL))`);
    // Notices written before: those pointing at a demand are about it (so handling it settles them too), and the
    // demo's 新需求待受理 takes the kind the lifecycle gives it.
    await q.query(`UPDATE notifications SET subject_type = 'DEMAND', subject_id = substring(link FROM 10)::uuid
      WHERE link ~ '^/demands/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);
    await q.query(`UPDATE notifications SET kind = 'DEMAND_SUBMIT' WHERE kind = 'DEMAND_SUBMITTED'`);
    await q.query(`CREATE INDEX notifications_subject_idx ON notifications (subject_type, subject_id)
      WHERE subject_id IS NOT NULL AND read_at IS NULL`);
    await q.query(`ALTER TABLE notification_deliveries
      ADD COLUMN status varchar(8) NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'FAILED')),
      ADD COLUMN attempts int NOT NULL DEFAULT 1 CHECK (attempts >= 1),
      ADD COLUMN last_error text,
      ADD COLUMN failed_at timestamptz`);
    await q.query(`ALTER TABLE notification_deliveries ADD CONSTRAINT notification_deliveries_error_ck
      CHECK (status = 'SENT' OR last_error IS NOT NULL)`);
    await q.query(`CREATE INDEX notification_deliveries_failed_idx ON notification_deliveries (failed_at DESC)
      WHERE status = 'FAILED'`);
    await q.query(`
      CREATE TABLE notification_preferences (
        account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        email varchar(254) CHECK (email IS NULL OR email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
        mobile varchar(11) CHECK (mobile IS NULL OR mobile ~ '^1[3-9][0-9]{9}$'),
        email_topics text[] NOT NULL DEFAULT '{}',
        sms_topics text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_preferences_email_ck CHECK (cardinality(email_topics) = 0 OR email IS NOT NULL),
        CONSTRAINT notification_preferences_sms_ck CHECK (cardinality(sms_topics) = 0 OR mobile IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_preferences`);
    await q.query(`DROP INDEX IF EXISTS notification_deliveries_failed_idx`);
    await q.query(`ALTER TABLE notification_deliveries DROP CONSTRAINT IF EXISTS notification_deliveries_error_ck,
      DROP COLUMN IF EXISTS failed_at, DROP COLUMN IF EXISTS last_error, DROP COLUMN IF EXISTS attempts,
      DROP COLUMN IF EXISTS status`);
    await q.query(`DROP INDEX IF EXISTS notifications_subject_idx`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_subject_ck,
      DROP COLUMN IF EXISTS subject_id, DROP COLUMN IF EXISTS subject_type`);
  }
}
