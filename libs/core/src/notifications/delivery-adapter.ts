// Where notifications go besides the in-app inbox. The log adapter is always there; the e-mail and SMS adapters
// are added when configured (SMTP_URL, SMS_PROVIDER) and deliver only what the recipient opted into, to the
// address or mobile they gave. Every adapter is bound to DELIVERY_ADAPTERS.
import { Logger } from '@nestjs/common';
import type { NoticeChannel } from '@app/domain';

export interface OutgoingNotification {
  id: string;
  recipientId: string;
  recipientUsername: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** Where the recipient takes e-mail and SMS (null: not given). */
  email?: string | null;
  mobile?: string | null;
}

export interface DeliveryAdapter {
  /** Channel name recorded per delivery, e.g. `log`, `email`, `sms`. */
  readonly channel: string;
  /**
   * Set: a channel that reaches a person, used only for the topics the recipient opted into and when they gave
   * an address (e-mail) or mobile (SMS). Unset: every notification goes through it (the log).
   */
  readonly optIn?: NoticeChannel;
  deliver(notification: OutgoingNotification): Promise<void>;
}

export const DELIVERY_ADAPTERS = Symbol('DELIVERY_ADAPTERS');

export class LogDeliveryAdapter implements DeliveryAdapter {
  readonly channel = 'log';
  private readonly logger = new Logger('Notifications');
  async deliver(n: OutgoingNotification): Promise<void> {
    this.logger.log(`→ ${n.recipientUsername}: ${n.title}`);
  }
}
