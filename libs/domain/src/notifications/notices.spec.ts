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
import { volunteerAppliedNotice } from '../matching/matching-notices.js';
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
    volunteerAppliedNotice(demand, { name: '张三', title: '高级农艺师', employer: null }, '我去过三次。'),
    volunteerAppliedNotice(demand, { name: '张三' }, ''),
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

  it('say each step as a clerk would, with every builder’s exact words', () => {
    const t = (n: Notice | undefined) => n && `${n.title}｜${n.body}`;
    expect(t(demandTransitionNotices('submit', demand).BUREAU)).toBe(
      '新需求待受理：测试｜需求 XQ-2026-310116-0001 已提交，请在 5 个工作日内受理。',
    );
    const accepted = demandTransitionNotices('accept', demand);
    expect(t(accepted.UNIT)).toBe(
      '需求已受理：测试｜属地人社局已受理需求 XQ-2026-310116-0001，等待省厅派单。',
    );
    expect(t(accepted.DISPATCHERS)).toBe(
      '新需求待派单：测试｜需求 XQ-2026-310116-0001 已由属地受理，请在 10 个工作日内派单。',
    );
    expect(t(demandTransitionNotices('dispatch', demand).UNIT)).toBe(
      '需求已派单：测试｜省厅已为需求 XQ-2026-310116-0001 组建专家服务团，正在等待专家确认。',
    );
    expect(t(demandTransitionNotices('startService', demand).UNIT)).toBe(
      '专家服务团已确认：测试｜需求 XQ-2026-310116-0001 的专家均已确认，进入服务阶段。',
    );
    expect(t(demandOverdueNotice(demand, '属地人社局受理'))).toBe(
      '需求超时未处理：测试｜需求 XQ-2026-310116-0001 等待属地人社局受理已超过时限，请尽快督办。',
    );
    expect(t(demandOverdueNotice(demand, null))).toBe(
      '需求超时未处理：测试｜需求 XQ-2026-310116-0001 等待处理已超过时限，请尽快督办。',
    );
    expect(t(invitationNotice(team, 'LEAD', [demand], '2026-11-26'))).toBe(
      '服务团邀请：廊下番茄服务团｜省厅邀请您作为领衔专家参加服务团“廊下番茄服务团”，服务期 2027-03-01 至 2027-03-10，' +
        '服务需求：测试（XQ-2026-310116-0001）。请于 2026-11-26 前确认或婉拒。',
    );
    expect(invitationNotice(team, 'MEMBER', [demand], null).body).toMatch(
      /作为团队成员.*请尽快确认或婉拒。$/,
    );
    expect(t(invitationDeclinedNotice(team, '周建明', '另有安排。', ['黄志明', '吴晓峰']))).toBe(
      '专家婉拒邀请：廊下番茄服务团｜专家 周建明 婉拒了服务团“廊下番茄服务团”（2027-03-01 至 2027-03-10）的邀请。' +
        '原因：另有安排。可替换的候选专家：黄志明、吴晓峰。',
    );
    expect(invitationDeclinedNotice(team, '周建明', null, []).body).toBe(
      '专家 周建明 婉拒了服务团“廊下番茄服务团”（2027-03-01 至 2027-03-10）的邀请。未说明原因。' +
        '暂无符合条件的候选专家，请调整条件后重新匹配。',
    );
    expect(t(teamConfirmedNotice(team, 3, 1))).toBe(
      '服务团已全部确认：廊下番茄服务团｜服务团“廊下番茄服务团”的 3 位专家均已确认，1 个需求进入服务阶段。',
    );
    expect(t(invitationWithdrawnNotice(team, '需求调整。'))).toBe(
      '服务团邀请已撤回：廊下番茄服务团｜省厅撤回了您在服务团“廊下番茄服务团”（2027-03-01 至 2027-03-10）中的邀请，' +
        '该时段已为您释放。原因：需求调整。',
    );
    expect(t(invitationOverdueNoticeToExpert(team, '2026-11-26'))).toBe(
      '服务团邀请已逾期：廊下番茄服务团｜您收到的服务团“廊下番茄服务团”邀请已超过答复期限（2026-11-26），请尽快确认或婉拒。',
    );
    expect(t(invitationOverdueNoticeToDispatcher(team, '周建明', '2026-11-26'))).toBe(
      '专家逾期未答复：廊下番茄服务团｜专家 周建明 未在 2026-11-26 前答复服务团“廊下番茄服务团”的邀请，可继续等待，或撤回邀请后替换其他专家。',
    );
    expect(
      t(batchLoggedNotice(demand, team.name, { startDate: '2027-03-02', endDate: '2027-03-03', days: 2 })),
    ).toBe(
      '服务团已登记服务：测试｜服务团“廊下番茄服务团”于 2027-03-02 至 2027-03-03 为需求 XQ-2026-310116-0001 服务 2 天。',
    );
    expect(
      batchLoggedNotice(demand, team.name, { startDate: '2027-03-02', endDate: '2027-03-02', days: 1 }).body,
    ).toContain('于 2027-03-02 为需求');
    expect(t(serviceDeliveredNotice(demand))).toBe(
      '服务已完成，请评价：测试｜需求 XQ-2026-310116-0001 的专家服务已完成，请对本次服务进行评价（基层反向评价）。',
    );
    expect(t(serviceEvaluatedNotice(demand))).toBe(
      '服务已获评价：测试｜需求 XQ-2026-310116-0001 的基层单位已评价本次服务。',
    );
    expect(t(evaluationReminderNotice(demand, 7))).toBe(
      '请评价专家服务：测试｜需求 XQ-2026-310116-0001 的服务已完成 7 天，请尽快评价，评价结果将用于专家服务质量跟踪。',
    );
    expect(t(followUpReminderNotice(demand, 30))).toBe(
      '服务回访：测试｜需求 XQ-2026-310116-0001 的服务完成已满 30 天，请告诉我们问题是否已经解决、效果是否持续。',
    );
    expect(
      t(
        volunteerAppliedNotice(
          demand,
          { name: '张三', title: '高级农艺师', employer: '上海交通大学' },
          '我去过三次',
        ),
      ),
    ).toBe(
      '专家揭榜：测试｜专家 张三（高级农艺师，上海交通大学）报名服务需求 XQ-2026-310116-0001，请在派单时考虑。留言：我去过三次。',
    );
    expect(volunteerAppliedNotice(demand, { name: '张三' }, null).body).toBe(
      '专家 张三报名服务需求 XQ-2026-310116-0001，请在派单时考虑。',
    );
  });
});
