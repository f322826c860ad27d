import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY } from '../time/working-days.js';
import { defaultDemandPeriod, demandPeriodProblems } from './demand-period.js';

describe('the period a demand asks for', () => {
  it('proposes a start two working weeks ahead and four weeks of service', () => {
    // Monday 2026-11-23: 10 working days later is Monday 2026-12-07.
    expect(defaultDemandPeriod('2026-11-23', WEEKENDS_ONLY)).toEqual({
      startDate: '2026-12-07',
      endDate: '2027-01-03',
    });
  });

  it('refuses past dates and an end before the start, by field, in Chinese', () => {
    expect(demandPeriodProblems('2026-11-20', '2026-12-01', '2026-11-23')).toEqual({
      startDate: '开始日期（2026-11-20）已经过去，请选择今天（2026-11-23）或以后的日期',
    });
    expect(demandPeriodProblems('2026-12-10', '2026-12-01', '2026-11-23')).toEqual({
      endDate: '结束日期（2026-12-01）早于开始日期（2026-12-10），请重新选择',
    });
    expect(demandPeriodProblems('2026-11-23', '2026-11-23', '2026-11-23')).toEqual({});
    expect(demandPeriodProblems(null, null, '2026-11-23')).toEqual({});
  });
});
