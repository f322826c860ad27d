import { describe, expect, it } from 'vitest';
import {
  surveyItemsBlockingReport,
  workingDaysBefore,
  yearEndReminders,
  yearReportProblems,
} from './year-end.js';

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
  it('wants a summary, final accounts and a survey complete in what every team has', () => {
    const ctx = {
      lines: [{ item: '专家劳务', source: '市级资助', amount: 100 }],
      budget: 100,
      recorded: 100,
      surveyMissing: ['宣传情况', '义诊成效'],
    };
    expect(
      yearReportProblems({ summary: '完成 4 批次服务', balanceNote: null, lineSpent: [100] }, ctx),
    ).toEqual({});
    expect(
      yearReportProblems(
        { summary: ' ', balanceNote: null, lineSpent: [40] },
        { ...ctx, recorded: 40, surveyMissing: ['服务批次', '宣传情况', '服务保障措施'] },
      ),
    ).toEqual({
      summary: '请填写本年度专家服务基层工作成效总结',
      balanceNote: '经费结余 60 元，请作出专项说明（结余经费应予退回）',
      survey:
        '成效调查表尚缺：服务批次、服务保障措施。请先在服务团详情中登记服务批次、服务单位和服务保障措施后再上报',
    });
    expect(surveyItemsBlockingReport(['对接项目数量', '经费投入', '宣传情况'])).toEqual(['经费投入']);
  });
});
