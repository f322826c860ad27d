// The adapters the configuration turns on: the log always, e-mail with SMTP_URL, SMS with SMS_PROVIDER. With
// nothing configured notifications stay in the inbox and the log, as before.
import type { AppConfig } from '@app/platform';
import { AliyunSmsSender } from './aliyun-sms.js';
import { LogDeliveryAdapter, type DeliveryAdapter } from './delivery-adapter.js';
import { EmailDeliveryAdapter } from './email-delivery-adapter.js';
import { SmsDeliveryAdapter } from './sms-delivery-adapter.js';

export function deliveryAdaptersFor(config: Pick<AppConfig, 'notifications'>): DeliveryAdapter[] {
  const n = config.notifications;
  const adapters: DeliveryAdapter[] = [new LogDeliveryAdapter()];
  if (n?.smtpUrl && n.mailFrom) {
    adapters.push(new EmailDeliveryAdapter({ smtpUrl: n.smtpUrl, from: n.mailFrom, publicUrl: n.publicUrl }));
  }
  if (n?.sms?.provider === 'aliyun') adapters.push(new SmsDeliveryAdapter(new AliyunSmsSender(n.sms.aliyun)));
  return adapters;
}
