// An account's own choices: which topics also come by e-mail or SMS, and the address and mobile they go to. The
// inbox always gets everything. Which channels the installation offers depends on its configuration.
import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  MOBILE,
  NOTICE_TOPICS,
  type Actor,
  type NoticeChannel,
  type NoticeTopic,
} from '@app/domain';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from './delivery-adapter.js';
import {
  NotificationPreferenceRepository,
  type NotificationPreferenceRow,
} from './notification-preference.repository.js';

export interface NotificationPreferences extends NotificationPreferenceRow {
  /** The channels this installation can send through (e-mail, SMS). */
  availableChannels: NoticeChannel[];
}

const EMAIL = /^[^@\s\p{C}]+@[^@\s\p{C}]+\.[^@\s\p{C}]+$/u;

@Injectable()
export class NotificationPreferenceService {
  constructor(
    private readonly preferences: NotificationPreferenceRepository,
    @Inject(DELIVERY_ADAPTERS) private readonly adapters: DeliveryAdapter[],
  ) {}

  availableChannels(): NoticeChannel[] {
    const set = new Set(this.adapters.map((a) => a.optIn).filter((c): c is NoticeChannel => !!c));
    return (['EMAIL', 'SMS'] as const).filter((c) => set.has(c));
  }

  async mine(actor: Actor): Promise<NotificationPreferences> {
    return { ...(await this.preferences.of(actor.accountId)), availableChannels: this.availableChannels() };
  }

  /** Saves the account's choices; a topic chosen for a channel needs its address, and nothing half-written. */
  async update(actor: Actor, input: NotificationPreferenceRow): Promise<NotificationPreferences> {
    const email = input.email?.trim() || null;
    const mobile = input.mobile?.replace(/\s+/g, '') || null;
    const fields: Record<string, string> = {};
    if (email && (email.length > 254 || !EMAIL.test(email)))
      fields.email = '电子邮件地址格式不正确，例如 zhangsan@example.com';
    if (mobile && !MOBILE.test(mobile)) fields.mobile = '手机号应为 11 位数字，以 1 开头';
    const topics = (list: readonly string[], field: string): NoticeTopic[] => {
      const unknown = list.filter((t) => !(NOTICE_TOPICS as string[]).includes(t));
      if (unknown.length) fields[field] = `没有这种通知类别：${unknown.join('、')}`;
      return [...new Set(list)].filter((t): t is NoticeTopic => (NOTICE_TOPICS as string[]).includes(t));
    };
    const emailTopics = topics(input.emailTopics ?? [], 'emailTopics');
    const smsTopics = topics(input.smsTopics ?? [], 'smsTopics');
    if (emailTopics.length && !email && !fields.email) fields.email = '选择了邮件通知，请填写电子邮件地址';
    if (smsTopics.length && !mobile && !fields.mobile) fields.mobile = '选择了短信通知，请填写手机号';
    if (Object.keys(fields).length) throw AppError.badInput(Object.values(fields).join('；'), fields);
    await this.preferences.save(actor.accountId, { email, mobile, emailTopics, smsTopics });
    return this.mine(actor);
  }
}
