// Each account's choices of e-mail and SMS per notice topic, and where they go. Queries only.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NoticeTopic } from '@app/domain';

export interface NotificationPreferenceRow {
  email: string | null;
  mobile: string | null;
  emailTopics: NoticeTopic[];
  smsTopics: NoticeTopic[];
}

@Injectable()
export class NotificationPreferenceRepository {
  constructor(private readonly db: DataSource) {}

  /** The account's choices; none saved yet: no e-mail, no SMS. */
  async of(accountId: string): Promise<NotificationPreferenceRow> {
    const [row]: NotificationPreferenceRow[] = await this.db.query(
      `SELECT email, mobile, email_topics AS "emailTopics", sms_topics AS "smsTopics"
       FROM notification_preferences WHERE account_id = $1`,
      [accountId],
    );
    return row ?? { email: null, mobile: null, emailTopics: [], smsTopics: [] };
  }

  async save(accountId: string, p: NotificationPreferenceRow): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preferences (account_id, email, mobile, email_topics, sms_topics, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (account_id) DO UPDATE SET email = $2, mobile = $3, email_topics = $4, sms_topics = $5,
         updated_at = now()`,
      [accountId, p.email, p.mobile, p.emailTopics, p.smsTopics],
    );
  }
}
