// Where notifications go besides the in-app inbox. The log adapter is the default; e-mail or SMS adapters
// implement the same interface and are bound to DELIVERY_ADAPTERS.
import { Logger } from '@nestjs/common';

export interface OutgoingNotification {
  id: string;
  recipientId: string;
  recipientUsername: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

export interface DeliveryAdapter {
  /** Channel name recorded per delivery, e.g. `log`, `email`, `sms`. */
  readonly channel: string;
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
