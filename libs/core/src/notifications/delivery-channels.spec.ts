import { describe, expect, it } from 'vitest';
import { loadConfig } from '@app/platform';
import { deliveryAdaptersFor } from './delivery-channels.js';

describe('delivery channels', () => {
  it('keep notifications in the inbox and the log when nothing is configured', () => {
    const adapters = deliveryAdaptersFor(loadConfig({}));
    expect(adapters.map((a) => [a.channel, a.optIn ?? null])).toEqual([['log', null]]);
  });

  it('add e-mail with SMTP_URL and SMS with SMS_PROVIDER, each only for those who opt in', () => {
    const adapters = deliveryAdaptersFor(
      loadConfig({
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'noreply@example.gov.cn',
        SMS_PROVIDER: 'aliyun',
        ALIYUN_SMS_ACCESS_KEY_ID: 'id',
        ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
        ALIYUN_SMS_SIGN_NAME: '专家服务基层',
        ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
      }),
    );
    expect(adapters.map((a) => [a.channel, a.optIn ?? null])).toEqual([
      ['log', null],
      ['email', 'EMAIL'],
      ['sms', 'SMS'],
    ]);
  });
});
