// Delivery honours each account's choices: the log always, e-mail and SMS only for the topics chosen and only with
// an address; a failing channel is recorded with its reason and the delivery is not marked done (the job retries).
import { describe, expect, it, vi } from 'vitest';
import { newTestService } from '../testing/new-test-service.js';
import { AccountRepository } from '../accounts/account.repository.js';
import type { DeliveryAdapter, OutgoingNotification } from './delivery-adapter.js';
import { NotificationPreferenceRepository } from './notification-preference.repository.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationService } from './notification.service.js';

function adapter(
  channel: string,
  optIn?: 'EMAIL' | 'SMS',
  fail?: string,
): DeliveryAdapter & { sent: OutgoingNotification[] } {
  const sent: OutgoingNotification[] = [];
  return {
    channel,
    optIn,
    sent,
    deliver: vi.fn(async (n: OutgoingNotification) => {
      if (fail) throw new Error(fail);
      sent.push(n);
    }),
  };
}

function setup(
  kind: string,
  prefs: { email?: string; mobile?: string; emailTopics?: string[]; smsTopics?: string[] },
  smsFails?: string,
) {
  const log = adapter('log');
  const email = adapter('email', 'EMAIL');
  const sms = adapter('sms', 'SMS', smsFails);
  const t = newTestService(NotificationService, { values: { 4: [log, email, sms] } });
  const repo = t.get(NotificationRepository);
  repo.find.mockResolvedValue({
    id: 'n1',
    recipientId: 'a1',
    kind,
    title: '标题：测试',
    body: '正文。',
    link: '/demands/d1',
    deliveredAt: null,
  } as never);
  repo.deliveredChannels.mockResolvedValue(new Set());
  t.get(AccountRepository).find.mockResolvedValue({ id: 'a1', username: 'local', active: true } as never);
  t.get(NotificationPreferenceRepository).of.mockResolvedValue({
    email: prefs.email ?? null,
    mobile: prefs.mobile ?? null,
    emailTopics: (prefs.emailTopics ?? []) as never,
    smsTopics: (prefs.smsTopics ?? []) as never,
  });
  return { t, repo, log, email, sms };
}

describe('NotificationService.deliver', () => {
  it('sends by e-mail only the topics chosen for it, and never without an address', async () => {
    const todo = setup('DEMAND_SUBMIT', {
      email: 'local@example.gov.cn',
      emailTopics: ['TODO'],
      smsTopics: ['TODO'],
    });
    expect(await todo.t.sut.deliver('n1')).toBe('delivered');
    expect(todo.log.sent).toHaveLength(1);
    expect(todo.email.sent.map((n) => n.email)).toEqual(['local@example.gov.cn']);
    expect(todo.sms.sent).toEqual([]); // SMS chosen, but no mobile given
    expect(todo.repo.markDelivered).toHaveBeenCalledWith('n1');

    const approval = setup('DEMAND_ACCEPT', { email: 'local@example.gov.cn', emailTopics: ['TODO'] });
    await approval.t.sut.deliver('n1');
    expect(approval.email.sent).toEqual([]);
    expect(approval.log.sent).toHaveLength(1);
  });

  it('records a failing channel with its reason, sends the others, and leaves the delivery open for a retry', async () => {
    const s = setup(
      'TEAM_INVITATION',
      { mobile: '13900139000', smsTopics: ['INVITATION'] },
      '短信发送失败（HTTP 200，isv.BUSINESS_LIMIT_CONTROL）',
    );
    await expect(s.t.sut.deliver('n1')).rejects.toThrow(/sms: 短信发送失败/);
    expect(s.log.sent).toHaveLength(1);
    expect(s.repo.recordDelivery).toHaveBeenCalledWith('n1', 'log');
    expect(s.repo.recordFailure).toHaveBeenCalledWith(
      'n1',
      'sms',
      '短信发送失败（HTTP 200，isv.BUSINESS_LIMIT_CONTROL）',
    );
    expect(s.repo.markDelivered).not.toHaveBeenCalled();
  });
});
