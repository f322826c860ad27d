// Every notification text is a sentence a clerk would write: the title names the matter and its subject, the body
// ends with a full stop, no label is doubled ("需求取消需求"), and a reason is quoted once without a doubled stop.
import { describe, expect, it } from 'vitest';
import { DEMAND_TRANSITIONS, type DemandAction } from '../demands/demand-lifecycle.js';
import { demandOverdueNotice, demandTransitionNotices } from '../demands/demand-notices.js';
import {
  invitationDeclinedNotice,
  invitationNotice,
  invitationOverdueNoticeToDispatcher,
  invitationOverdueNoticeToExpert,
  invitationWithdrawnNotice,
  teamConfirmedNotice,
} from '../dispatch/dispatch-notices.js';
import {
  batchLoggedNotice,
  evaluationReminderNotice,
  followUpReminderNotice,
  serviceDeliveredNotice,
  serviceEvaluatedNotice,
} from '../service/service-notices.js';
import type { Notice } from './notice.js';
import { plainReason, reasonClause } from './notice.js';

const demand = { code: 'XQ-2026-310116-0001', title: '测试' };
const team = { name: '廊下番茄服务团', startDate: '2027-03-01', endDate: '2027-03-10' };

function all(): Notice[] {
  const out: Notice[] = [];
  for (const action of Object.keys(DEMAND_TRANSITIONS) as DemandAction[]) {
    out.push(...Object.values(demandTransitionNotices(action, demand, '错误输入。')));
  }
  out.push(
    demandOverdueNotice(demand, '属地人社局受理'),
    invitationNotice(team, 'LEAD', [demand], '2026-11-26'),
    invitationNotice(team, 'MEMBER', [demand], null),
    invitationDeclinedNotice(team, '周建明', '另有安排。', ['黄志明']),
    invitationDeclinedNotice(team, '周建明', '另有安排', []),
    teamConfirmedNotice(team, 3, 1),
    invitationWithdrawnNotice(team, '需求调整'),
    invitationOverdueNoticeToExpert(team, '2026-11-26'),
    invitationOverdueNoticeToDispatcher(team, '周建明', '2026-11-26'),
    batchLoggedNotice(demand, team.name, { startDate: '2027-03-02', endDate: '2027-03-03', days: 2 }),
    serviceDeliveredNotice(demand),
    serviceEvaluatedNotice(demand),
    evaluationReminderNotice(demand, 7),
    followUpReminderNotice(demand, 30),
  );
  return out;
}

describe('notices', () => {
  it('read as sentences', () => {
    for (const n of all()) {
      expect(n.kind, n.title).toMatch(/^[A-Z_]+$/);
      expect(n.title, n.title).toMatch(/^[^：]+：\S/);
      expect(n.body, n.body).toMatch(/。$/);
      expect(n.body, n.body).not.toMatch(/。。|：：|，。|undefined|null/);
      // No label said twice, as "需求取消需求" did.
      expect(n.title, n.title).not.toMatch(/需求.*需求：/);
    }
  });

  it('tell a unit plainly that its demand was cancelled, returned, rejected or merged', () => {
    expect(demandTransitionNotices('cancel', demand, '错误输入').UNIT).toEqual({
      kind: 'DEMAND_CANCEL',
      title: '需求已取消：测试',
      body: '需求 XQ-2026-310116-0001 已取消。原因：错误输入。',
    });
    expect(demandTransitionNotices('return', demand, '请补充大棚面积。').UNIT?.body).toBe(
      '需求 XQ-2026-310116-0001 被退回，请按意见修改后重新提交。退回意见：请补充大棚面积。',
    );
    expect(demandTransitionNotices('reject', demand, null).UNIT?.body).toBe(
      '需求 XQ-2026-310116-0001 经审核不予受理。',
    );
    expect(demandTransitionNotices('merge', demand, '合并至 XQ-2026-310116-0002：同一问题').UNIT?.body).toBe(
      '需求 XQ-2026-310116-0001 与其他需求重复，已合并至 XQ-2026-310116-0002：同一问题。后续进展请查看合并后的需求。',
    );
  });

  it('send nothing for steps that have notices of their own', () => {
    for (const action of ['complete', 'evaluate', 'undispatch'] as const) {
      expect(demandTransitionNotices(action, demand)).toEqual({});
    }
  });

  it('quote a reason once', () => {
    expect(plainReason(' 另有安排。 ')).toBe('另有安排');
    expect(reasonClause('')).toBe('');
    expect(reasonClause('太远了!', '说明')).toBe('说明：太远了。');
  });
});
