import { describe, expect, it } from 'vitest';
import { workingDaysBefore, yearEndReminders, yearReportProblems } from './year-end.js';

const CAL = { holidays: new Set<string>(), workdays: new Set<string>() };

describe('year end', () => {
  it('reminds on working days before the 2026 deadlines', () => {
    // 2026-11-10 is a Tuesday: five working days before is Tuesday 3 November.
    expect(workingDaysBefore('2026-11-10', 5, CAL)).toBe('2026-11-03');
    const r = yearEndReminders(2026, CAL);
    expect(r.map((x) => [x.kind, x.on])).toEqual([
      ['SERVICES_END', '2026-11-03'],
      ['REPORT_DUE', '2026-11-17'],
      ['REPORT_OVERDUE', '2026-11-21'],
    ]);
    expect(r[0]!.at.toISOString()).toBe('2026-11-03T01:00:00.000Z');
    // A holiday moves the reminder earlier.
    expect(
      workingDaysBefore('2026-11-10', 5, { holidays: new Set(['2026-11-03']), workdays: new Set() }),
    ).toBe('2026-11-02');
  });
  it('wants a summary, and an explanation when money is left', () => {
    expect(
      yearReportProblems({ summary: '完成 4 批次服务', balanceNote: null }, { budget: 100, spent: 100 }),
    ).toEqual({});
    expect(yearReportProblems({ summary: ' ', balanceNote: null }, { budget: 100, spent: 40 })).toEqual({
      summary: '请填写本年度专家服务基层工作成效总结',
      balanceNote: '经费尚余 60 元未使用，请作出专项说明（结余经费应予退回）',
    });
  });
});
