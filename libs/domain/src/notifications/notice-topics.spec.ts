import { describe, expect, it } from 'vitest';
import { DEMAND_TRANSITIONS, type DemandAction } from '../demands/demand-lifecycle.js';
import { emailMessage, smsTemplateParams, SMS_PARAM_MAX } from './channel-messages.js';
import {
  NOTICE_TOPICS,
  SETTLED_BY_INVITATION_ANSWER,
  SETTLED_BY_REPLACEMENT,
  SETTLED_BY_WITHDRAWAL,
  settledByDemandAction,
  topicOf,
} from './notice-topics.js';

describe('notice topics', () => {
  it('put every kind in one topic, invitations, overdue steps and approvals each in their own', () => {
    expect(topicOf('TEAM_INVITATION')).toBe('INVITATION');
    expect(topicOf('INVITATION_OVERDUE')).toBe('OVERDUE');
    expect(topicOf('DEMAND_OVERDUE')).toBe('OVERDUE');
    expect(topicOf('DEMAND_RETURN')).toBe('APPROVAL');
    expect(topicOf('REGISTRATION_APPROVED')).toBe('APPROVAL');
    expect(topicOf('DEMAND_SUBMIT')).toBe('TODO');
    expect(topicOf('SOMETHING_NEW')).toBe('OTHER');
    for (const action of Object.keys(DEMAND_TRANSITIONS)) {
      expect(NOTICE_TOPICS).toContain(topicOf(`DEMAND_${action.toUpperCase()}`));
    }
  });

  it('settle what asked for the step just taken, and nothing a step leaves open', () => {
    expect(settledByDemandAction('accept')).toEqual([{ kinds: ['DEMAND_SUBMIT', 'DEMAND_OVERDUE'] }]);
    // Dispatching settles the dispatchers' 待派单, not the unit's news that its demand was accepted.
    expect(settledByDemandAction('dispatch')).toEqual([
      { kinds: ['DEMAND_ACCEPT', 'DEMAND_OVERDUE'], roles: ['PROVINCE'] },
    ]);
    expect(settledByDemandAction('evaluate')[0]!.kinds).toContain('DEMAND_DELIVERED');
    expect(settledByDemandAction('submit')[0]!.kinds).toEqual(['DEMAND_RETURN']);
    for (const action of ['undispatch', 'startService', 'complete'] as DemandAction[]) {
      expect(settledByDemandAction(action)).toEqual([]);
    }
    expect(SETTLED_BY_INVITATION_ANSWER).toEqual({ kinds: ['TEAM_INVITATION', 'INVITATION_OVERDUE'] });
    expect(SETTLED_BY_WITHDRAWAL.kinds).toContain('TEAM_INVITATION_DECLINED');
    expect(SETTLED_BY_REPLACEMENT.roles).toEqual(['PROVINCE', 'ADMIN']);
  });
});

describe('channel messages', () => {
  const notice = {
    kind: 'TEAM_INVITATION',
    title: '服务团邀请：廊下番茄服务团',
    body: '省厅邀请您作为领衔专家参加服务团。',
  };

  it('write an e-mail with the title as subject and a full link when the public address is known', () => {
    expect(emailMessage(notice, '/invitations', 'https://zj.example.gov.cn/')).toEqual({
      subject: '【专家服务基层】服务团邀请：廊下番茄服务团',
      text:
        '省厅邀请您作为领衔专家参加服务团。\n\n查看详情：https://zj.example.gov.cn/invitations\n\n' +
        '此邮件由专家服务基层平台自动发送，请勿直接回复。您可以在平台“通知设置”中修改接收方式。',
    });
    expect(emailMessage(notice, '/invitations', null).text).not.toContain('查看详情');
  });

  it('clip SMS template parameters to what a variable takes', () => {
    expect(smsTemplateParams(notice)).toEqual({ title: notice.title, content: notice.body });
    const long = smsTemplateParams({ ...notice, body: '很'.repeat(100) });
    expect([...long.content]).toHaveLength(SMS_PARAM_MAX);
    expect(long.content.endsWith('…')).toBe(true);
  });
});
