// One-time codes by text message when an SMS provider is configured: the same port and template parameters as
// every other notice (title + content), worded as the message a person receives. Without a provider the logging
// sender stays (development and demo keep the code readable).
import { ONE_TIME_CODE } from '@app/domain';
import type { AppConfig } from '@app/platform';
import { AliyunSmsSender } from '../notifications/aliyun-sms.js';
import type { SmsSender } from '../notifications/sms-delivery-adapter.js';
import { LoggingOneTimeCodeSender, type OneTimeCodeSender } from './one-time-code.sender.js';

/** What the code is for, as the message says it. */
const PURPOSE_TEXT: Record<string, { title: string; minutes: number }> = {
  EXPERT_CLAIM: { title: '专家账号认领验证码', minutes: ONE_TIME_CODE.ttlSeconds / 60 },
  EXPERT_INVITE: { title: '专家库认领邀请', minutes: ONE_TIME_CODE.inviteTtlSeconds / 60 },
};

/** The text a code goes out with (pure: tested for each purpose). */
export function oneTimeCodeMessage(code: string, purpose: string): { title: string; content: string } {
  const p = PURPOSE_TEXT[purpose] ?? { title: '验证码', minutes: ONE_TIME_CODE.ttlSeconds / 60 };
  const validity = p.minutes >= 1440 ? `${Math.round(p.minutes / 1440)} 天` : `${p.minutes} 分钟`;
  return { title: p.title, content: `您的验证码为 ${code}，${validity}内有效。请勿告诉他人。` };
}

export class SmsOneTimeCodeSender implements OneTimeCodeSender {
  constructor(private readonly sms: SmsSender) {}

  async send(mobile: string, code: string, purpose: string): Promise<void> {
    await this.sms.send(mobile, oneTimeCodeMessage(code, purpose));
  }
}

/** The sender the configuration calls for. */
export function oneTimeCodeSenderFor(
  config: Pick<AppConfig, 'notifications' | 'nodeEnv' | 'demoData'>,
): OneTimeCodeSender {
  const sms = config.notifications?.sms;
  if (sms?.provider === 'aliyun') return new SmsOneTimeCodeSender(new AliyunSmsSender(sms.aliyun));
  return new LoggingOneTimeCodeSender(config.nodeEnv !== 'production' || config.demoData);
}
