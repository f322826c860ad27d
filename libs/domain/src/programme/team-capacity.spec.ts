import { describe, expect, it } from 'vitest';
import { giveBatchDateProblems, giveBatchProblems, teamCapacity, widenedBooking } from './team-capacity.js';

const TEAM = { name: '草莓服务团', startDate: '2027-03-01', endDate: '2027-10-31' };
const DEMAND = { code: 'XQ-1', startDate: '2027-04-01', endDate: '2027-04-30' };

describe('teamCapacity', () => {
  it('counts what is left and warns when the plan or the budget is used up', () => {
    const c = teamCapacity({
      visitsPlanned: 2,
      demandsGiven: 1,
      daysPlanned: 5,
      daysServed: 3,
      budget: 100_000,
      spent: 40_000,
    });
    expect(c).toMatchObject({ visitsLeft: 1, budgetLeft: 60_000, full: false, warning: null });
    const full = teamCapacity({
      visitsPlanned: 2,
      demandsGiven: 3,
      daysPlanned: 15,
      daysServed: 3,
      budget: 100_000,
      spent: 100_000,
    });
    expect(full).toMatchObject({
      visitsLeft: 0,
      budgetLeft: 0,
      full: true,
      warning: '计划的 2 批次已全部安排，经费已用完',
    });
    expect(
      teamCapacity({
        visitsPlanned: null,
        demandsGiven: 0,
        daysPlanned: 0,
        daysServed: 0,
        budget: null,
        spent: 0,
      }),
    ).toMatchObject({ visitsLeft: null, budgetLeft: null, full: false });
  });
});

describe('giveBatchProblems', () => {
  it('wants real dates within the team period overlapping the demand', () => {
    expect(
      giveBatchProblems({ startDate: '2027-04-01', endDate: '2027-04-05' }, TEAM, DEMAND, '2026-12-06'),
    ).toEqual({});
    expect(
      Object.keys(giveBatchProblems({ startDate: '', endDate: 'x' }, TEAM, DEMAND, '2026-12-06')).sort(),
    ).toEqual(['endDate', 'startDate']);
    expect(
      giveBatchProblems({ startDate: '2027-11-01', endDate: '2027-11-05' }, TEAM, DEMAND, '2026-12-06')
        .startDate,
    ).toContain('之内');
    expect(
      giveBatchProblems({ startDate: '2027-06-01', endDate: '2027-06-05' }, TEAM, DEMAND, '2026-12-06')
        .startDate,
    ).toContain('没有重叠');
    expect(
      giveBatchProblems({ startDate: '2026-12-01', endDate: '2027-04-05' }, TEAM, DEMAND, '2026-12-06')
        .startDate,
    ).toContain('已经过去');
    expect(
      giveBatchProblems({ startDate: '2027-04-05', endDate: '2027-04-01' }, TEAM, DEMAND, '2026-12-06')
        .endDate,
    ).toContain('早于');
  });
});

describe('widenedBooking', () => {
  it('books the span of the batches', () => {
    expect(widenedBooking(null, { startDate: '2027-04-01', endDate: '2027-04-05' })).toBe(
      '[2027-04-01,2027-04-06)',
    );
    expect(
      widenedBooking(
        { startDate: '2027-04-01', endDate: '2027-04-05' },
        { startDate: '2027-06-10', endDate: '2027-06-14' },
      ),
    ).toBe('[2027-04-01,2027-06-15)');
  });
});

describe('giveBatchDateProblems', () => {
  it('refuses a day that does not exist, in words, before any range is built', () => {
    expect(giveBatchDateProblems({ startDate: '2027-04-01', endDate: '2027-04-05' })).toEqual({});
    const p = giveBatchDateProblems({ startDate: '2026-13-01', endDate: '2027-02-30' });
    expect(p.startDate).toBe('开始日期“2026-13-01”不是有效的日期，请按 YYYY-MM-DD 填写');
    expect(p.endDate).toContain('2027-02-30');
    expect(giveBatchDateProblems({ startDate: '', endDate: '2027-04-05' })).toEqual({
      startDate: '请选择本批次开始日期',
    });
    expect(
      Object.keys(
        giveBatchProblems({ startDate: '2026-13-01', endDate: '2027-04-05' }, TEAM, DEMAND, '2026-12-06'),
      ),
    ).toEqual(['startDate']);
  });
});
