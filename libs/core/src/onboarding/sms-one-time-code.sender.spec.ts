import { describe, expect, it } from 'vitest';
import type { SmsSender } from '../notifications/sms-delivery-adapter.js';
import { LoggingOneTimeCodeSender } from './one-time-code.sender.js';
import {
  SmsOneTimeCodeSender,
  oneTimeCodeMessage,
  oneTimeCodeSenderFor,
} from './sms-one-time-code.sender.js';

class RecordingSms implements SmsSender {
  readonly provider = 'recording';
  readonly sent: { mobile: string; params: Record<string, string> }[] = [];
  async send(mobile: string, params: Record<string, string>): Promise<void> {
    this.sent.push({ mobile, params });
  }
}

describe('one-time codes by SMS', () => {
  it('words the code as a person reads it, with how long it lives', () => {
    expect(oneTimeCodeMessage('123456', 'EXPERT_CLAIM')).toEqual({
      title: '专家账号认领验证码',
      content: '您的验证码为 123456，10 分钟内有效。请勿告诉他人。',
    });
    expect(oneTimeCodeMessage('000042', 'EXPERT_INVITE').content).toBe(
      '您的验证码为 000042，7 天内有效。请勿告诉他人。',
    );
    expect(oneTimeCodeMessage('111111', 'OTHER').title).toBe('验证码');
  });

  it('sends through the SMS port to the mobile it was asked for', async () => {
    const sms = new RecordingSms();
    await new SmsOneTimeCodeSender(sms).send('13800000001', '654321', 'EXPERT_CLAIM');
    expect(sms.sent).toEqual([
      { mobile: '13800000001', params: oneTimeCodeMessage('654321', 'EXPERT_CLAIM') },
    ]);
  });

  it('uses SMS when a provider is configured, and the logging sender otherwise', () => {
    const aliyun = {
      accessKeyId: 'k',
      accessKeySecret: 's',
      signName: '专家服务',
      templateCode: 'SMS_1',
      endpoint: 'http://127.0.0.1:9',
      regionId: 'cn-hangzhou',
    };
    const withSms = oneTimeCodeSenderFor({
      nodeEnv: 'production',
      demoData: false,
      notifications: { sms: { provider: 'aliyun', aliyun } } as never,
    });
    expect(withSms).toBeInstanceOf(SmsOneTimeCodeSender);
    const without = oneTimeCodeSenderFor({
      nodeEnv: 'production',
      demoData: false,
      notifications: { sms: null } as never,
    });
    expect(without).toBeInstanceOf(LoggingOneTimeCodeSender);
  });
});
