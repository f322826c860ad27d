import { describe, expect, it } from 'vitest';
import { NATIONAL_SCHEDULES } from './national-holidays.js';
import * as wd from './working-days.js';
import {
  calendarDayProblem,
  chinaDate,
  daysInPeriod,
  workingCalendar,
  WEEKENDS_ONLY,
} from './working-days.js';

const CAL = workingCalendar(NATIONAL_SCHEDULES[2026]!);
const isWorkingDay = (d: string) => wd.isWorkingDay(d, CAL);
const addWorkingDays = (d: string, n: number) => wd.addWorkingDays(d, n, CAL);
const workingDaysBetween = (a: string, b: string) => wd.workingDaysBetween(a, b, CAL);
const workingDeadline = (now: Date, n: number) => wd.workingDeadline(now, n, CAL);

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday + 1 → Monday
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
  });

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休上班
    // Sept 30 (Wed) + 1 working day: Oct 1–7 are off, Oct 8 is Thursday.
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(workingDaysBetween('2026-09-28', '2026-10-11')).toBe(6); // 28,29,30 Sep; 8,9,10 Oct
  });

  it('counts calendar days of a period and finds deadlines in China time', () => {
    expect(daysInPeriod('2027-03-01', '2027-03-10')).toBe(10);
    expect(chinaDate(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    // Submitted Monday 10:00 Beijing → 5 working days → end of the next Monday, Beijing time.
    expect(workingDeadline(new Date('2026-11-23T02:00:00Z'), 5).toISOString()).toBe(
      '2026-11-30T15:59:59.000Z',
    );
  });

  it('reads the calendar it is given: a year with no entries counts weekends only, an added holiday counts at once', () => {
    expect(wd.isWorkingDay('2026-10-01', WEEKENDS_ONLY)).toBe(true); // a Thursday
    const cal = workingCalendar([
      { date: '2027-10-01', kind: 'HOLIDAY' },
      { date: '2027-09-26', kind: 'WORKDAY' },
    ]);
    expect(wd.isWorkingDay('2027-10-01', cal)).toBe(false);
    expect(wd.isWorkingDay('2027-09-26', cal)).toBe(true); // a Sunday worked
    expect(wd.addWorkingDays('2027-09-30', 1, cal)).toBe('2027-10-04');
  });

  it('refuses calendar entries that cannot be right', () => {
    expect(calendarDayProblem({ date: '2027-02-30', kind: 'HOLIDAY' })).toContain('无效');
    expect(calendarDayProblem({ date: '2027-10-04', kind: 'WORKDAY' })).toContain('不是周末');
    expect(calendarDayProblem({ date: '2027-10-09', kind: 'WORKDAY' })).toBeNull();
    expect(calendarDayProblem({ date: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' })).toBeNull();
  });
});

describe('working days by day number', () => {
  it('numbers consecutive days consecutively, across months, leap days and years', () => {
    expect(wd.dayNumber('1970-01-01')).toBe(0);
    expect(wd.dayNumber('1969-12-31')).toBe(-1);
    let d = '2023-12-25';
    for (let i = 0; i < 800; i++, d = wd.addDays(d, 1))
      expect(wd.dayNumber(d), d).toBe(wd.dayNumber('2023-12-25') + i);
  });

  it('answers as isWorkingDay for every day of two years, holidays and make-up workdays included', () => {
    const cal = workingCalendar([...NATIONAL_SCHEDULES[2025]!, ...NATIONAL_SCHEDULES[2026]!]);
    for (const calendar of [cal, WEEKENDS_ONLY]) {
      const test = wd.workingDayNumberTest(calendar);
      let d = '2025-01-01';
      const kinds = new Set<string>();
      for (; d < '2027-01-01'; d = wd.addDays(d, 1)) {
        const expected = wd.isWorkingDay(d, calendar);
        expect(test(wd.dayNumber(d)), d).toBe(expected);
        kinds.add(`${expected}`);
      }
      expect(kinds.size).toBe(2);
    }
    // A weekend day worked (调休) and a weekday off, by name.
    expect(wd.workingDayNumberTest(cal)(wd.dayNumber('2026-10-10'))).toBe(true);
    expect(wd.workingDayNumberTest(cal)(wd.dayNumber('2026-10-01'))).toBe(false);
  });
});
