// Text messages: the port (one method, one mobile, one template's parameters) and the adapter that sends a
// notice through whichever provider is configured. The provider answers with an error it names, or nothing.
import { smsTemplateParams } from '@app/domain';
import type { DeliveryAdapter, OutgoingNotification } from './delivery-adapter.js';

export interface SmsSender {
  /** Provider name, for the logs. */
  readonly provider: string;
  send(mobile: string, params: Record<string, string>): Promise<void>;
}

export class SmsDeliveryAdapter implements DeliveryAdapter {
  readonly channel = 'sms';
  readonly optIn = 'SMS' as const;

  constructor(private readonly sender: SmsSender) {}

  async deliver(n: OutgoingNotification): Promise<void> {
    if (!n.mobile) throw new Error('收件人没有手机号');
    await this.sender.send(n.mobile, smsTemplateParams(n));
  }
}
