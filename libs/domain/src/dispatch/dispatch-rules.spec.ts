import { describe, expect, it } from 'vitest';
import {
  bookingConflictMessage,
  bookingRange,
  demandPeriodProblem,
  invitationAnswerProblem,
  rangeDates,
  teamDraftProblems,
  teamPeriodOverlaps,
  teamReadyToServe,
  type TeamDraft,
} from './dispatch-rules.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const D = '44444444-4444-4444-8444-444444444444';

const GOOD: TeamDraft = {
  demandIds: [D],
  name: '设施蔬菜病害防治专家服务团',
  level: 'MUNICIPAL',
  leadExpertId: A,
  memberExpertIds: [B, C],
  startDate: '2027-03-01',
  endDate: '2027-03-10',
  budget: 80_000,
};
const TODAY = '2026-11-23';

describe('teamDraftProblems', () => {
  it('accepts a sensible team', () => {
    expect(teamDraftProblems(GOOD, TODAY)).toEqual({});
    expect(teamDraftProblems({ ...GOOD, memberExpertIds: [], budget: null }, TODAY)).toEqual({});
    expect(teamDraftProblems({ ...GOOD, startDate: TODAY, endDate: TODAY }, TODAY)).toEqual({});
  });

  it('names every problem at once', () => {
    const p = teamDraftProblems(
      { ...GOOD, name: '  ', demandIds: [], memberExpertIds: [A], startDate: '2026-11-22', budget: -1 },
      TODAY,
    );
    expect(p).toEqual({
      name: '请填写服务团名称',
      demandIds: '请至少选择一个需求',
      memberExpertIds: '领衔专家不必再列为团队成员',
      startDate: '服务开始日期（2026-11-22）不能早于今天（2026-11-23）',
      budget: '经费应为不小于 0 的整数（单位：元）',
    });
  });

  it('refuses duplicates, bad ids, a reversed period and a too long name', () => {
    expect(teamDraftProblems({ ...GOOD, memberExpertIds: [B, B] }, TODAY).memberExpertIds).toBe(
      '团队成员重复选择',
    );
    expect(teamDraftProblems({ ...GOOD, demandIds: [D, D] }, TODAY).demandIds).toBe('需求重复选择');
    expect(teamDraftProblems({ ...GOOD, demandIds: ['x'] }, TODAY).demandIds).toBe('需求编号格式不正确');
    expect(teamDraftProblems({ ...GOOD, leadExpertId: '' }, TODAY).leadExpertId).toBe('请选择领衔专家');
    expect(teamDraftProblems({ ...GOOD, endDate: '2027-02-28' }, TODAY).endDate).toBe(
      '结束日期不能早于开始日期',
    );
    expect(teamDraftProblems({ ...GOOD, startDate: '2027-02-30' }, TODAY).startDate).toBe(
      '开始日期格式应为 YYYY-MM-DD',
    );
    expect(teamDraftProblems({ ...GOOD, endDate: '2027-13-01' }, TODAY).endDate).toBe(
      '结束日期格式应为 YYYY-MM-DD',
    );
    expect(teamDraftProblems({ ...GOOD, name: '团'.repeat(101) }, TODAY).name).toBe(
      '服务团名称不能超过 100 个字',
    );
    expect(teamDraftProblems({ ...GOOD, name: '团'.repeat(100) }, TODAY).name).toBeUndefined();
  });

  it('caps the budget by level, in integer 元', () => {
    expect(teamDraftProblems({ ...GOOD, budget: 100_000 }, TODAY).budget).toBeUndefined();
    expect(teamDraftProblems({ ...GOOD, budget: 100_001 }, TODAY).budget).toBe(
      '经费 100001 元超过该层级服务团上限 100000 元',
    );
    expect(teamDraftProblems({ ...GOOD, level: 'NATIONAL', budget: 200_000 }, TODAY).budget).toBeUndefined();
    expect(teamDraftProblems({ ...GOOD, level: 'NATIONAL', budget: 250_000 }, TODAY).budget).toBe(
      '经费 250000 元超过该层级服务团上限 200000 元',
    );
    expect(teamDraftProblems({ ...GOOD, budget: 1.5 }, TODAY).budget).toBe(
      '经费应为不小于 0 的整数（单位：元）',
    );
    expect(
      teamDraftProblems({ ...GOOD, level: 'PROVINCIAL', budget: 100_000 }, TODAY).budget,
    ).toBeUndefined();
  });
});

describe('periods', () => {
  it('overlap inclusively', () => {
    expect(teamPeriodOverlaps('2027-03-01', '2027-03-10', '2027-03-10', '2027-03-20')).toBe(true);
    expect(teamPeriodOverlaps('2027-03-01', '2027-03-10', '2027-03-11', '2027-03-20')).toBe(false);
  });

  it('must meet the demand’s wanted period, when it names one', () => {
    const team = { startDate: '2027-03-01', endDate: '2027-03-10' };
    expect(demandPeriodProblem(team, { code: 'XQ-1', startDate: null, endDate: null })).toBeNull();
    expect(
      demandPeriodProblem(team, { code: 'XQ-1', startDate: '2027-03-05', endDate: '2027-04-01' }),
    ).toBeNull();
    expect(demandPeriodProblem(team, { code: 'XQ-1', startDate: '2027-03-11', endDate: null })).toBe(
      '服务期 2027-03-01 至 2027-03-10 与需求 XQ-1 期望的服务时间（2027-03-11 至 不限）没有重叠，请调整服务期',
    );
    expect(
      demandPeriodProblem(team, { code: 'XQ-2', startDate: '2027-01-01', endDate: '2027-02-28' }),
    ).toContain('没有重叠');
  });

  it('books a half-open daterange and reads it back', () => {
    expect(bookingRange('2027-03-01', '2027-03-10')).toBe('[2027-03-01,2027-03-11)');
    expect(bookingRange('2027-02-28', '2027-02-28')).toBe('[2027-02-28,2027-03-01)');
    expect(rangeDates('[2027-03-01,2027-03-11)')).toEqual({ startDate: '2027-03-01', endDate: '2027-03-10' });
    expect(rangeDates('(2027-02-28,2027-03-01]')).toEqual({ startDate: '2027-03-01', endDate: '2027-03-01' });
    expect(rangeDates('empty')).toBeNull();
  });

  it('says who clashes with whom', () => {
    expect(bookingConflictMessage('张三', '2027-03-01', '2027-03-10', 'XX')).toBe(
      '专家 张三 在 2027-03-01 至 2027-03-10 已被服务团“XX”邀请或确认，时间冲突',
    );
    expect(bookingConflictMessage('张三', '2027-03-01', '2027-03-10', null)).toBe(
      '专家 张三 在 2027-03-01 至 2027-03-10 已被其他服务团邀请或确认，时间冲突',
    );
  });
});

describe('teamReadyToServe', () => {
  it('waits for every answer and for the lead', () => {
    expect(
      teamReadyToServe([
        { role: 'LEAD', status: 'CONFIRMED' },
        { role: 'MEMBER', status: 'CONFIRMED' },
      ]),
    ).toBe(true);
    expect(
      teamReadyToServe([
        { role: 'LEAD', status: 'CONFIRMED' },
        { role: 'MEMBER', status: 'INVITED' },
      ]),
    ).toBe(false);
    expect(
      teamReadyToServe([
        { role: 'LEAD', status: 'CONFIRMED' },
        { role: 'MEMBER', status: 'DECLINED' },
      ]),
    ).toBe(false);
    expect(
      teamReadyToServe([
        { role: 'LEAD', status: 'CONFIRMED' },
        { role: 'MEMBER', status: 'WITHDRAWN' },
      ]),
    ).toBe(true);
    expect(
      teamReadyToServe([
        { role: 'LEAD', status: 'WITHDRAWN' },
        { role: 'MEMBER', status: 'CONFIRMED' },
      ]),
    ).toBe(false);
    expect(teamReadyToServe([])).toBe(false);
  });
});

describe('invitationAnswerProblem', () => {
  it('needs a reason to decline', () => {
    expect(invitationAnswerProblem(true, null)).toBeNull();
    expect(invitationAnswerProblem(false, '  ')).toBe('婉拒邀请需要填写原因，便于省厅另行安排专家');
    expect(invitationAnswerProblem(false, '时间冲突')).toBeNull();
    expect(invitationAnswerProblem(false, 'x'.repeat(501))).toBe('原因不能超过 500 个字');
  });
});
