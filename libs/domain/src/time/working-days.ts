// Working days in mainland China: Monday–Friday, minus public holidays, plus the weekend days the State
// Council designates as make-up working days (调休). Dates are 'YYYY-MM-DD' strings in China time.

/** Public holidays (days off) by year, from the State Council's annual notices. */
const HOLIDAYS: Record<number, string[]> = {
  2025: [
    '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    '2025-04-04', '2025-04-05', '2025-04-06', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
    '2025-05-31', '2025-06-01', '2025-06-02', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05',
    '2025-10-06', '2025-10-07', '2025-10-08',
  ],
  2026: [
    '2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19',
    '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', '2026-04-04', '2026-04-05', '2026-04-06', '2026-05-01',
    '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-06-19', '2026-06-20', '2026-06-21', '2026-09-25',
    '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06',
    '2026-10-07',
  ],
};
/** Weekend days that are working days (调休上班). */
const MAKEUP_WORKDAYS: Record<number, string[]> = {
  2025: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  2026: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

const holidaySet = new Set(Object.values(HOLIDAYS).flat());
const makeupSet = new Set(Object.values(MAKEUP_WORKDAYS).flat());

function parse(date: string): Date {
  return new Date(date + 'T00:00:00Z');
}
export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatDate(d);
}

export function isWorkingDay(date: string): boolean {
  if (makeupSet.has(date)) return true;
  if (holidaySet.has(date)) return false;
  const dow = parse(date).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The date `n` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: string, n: number): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days from `start` to `end`, both included. */
export function workingDaysBetween(start: string, end: string): number {
  let n = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

/** Calendar days from `start` to `end`, both included. */
export function daysInPeriod(start: string, end: string): number {
  return Math.round((parse(end).getTime() - parse(start).getTime()) / 86400_000) + 1;
}

/** Today's date in China time (UTC+8, no daylight saving). */
export function chinaDate(now: Date): string {
  return formatDate(new Date(now.getTime() + 8 * 3600_000));
}

/** The end (23:59:59 China time) of the `n`-th working day after `now`, as an instant: a step's deadline. */
export function workingDeadline(now: Date, n: number): Date {
  const day = addWorkingDays(chinaDate(now), n);
  return new Date(parse(day).getTime() + (24 * 3600 - 1) * 1000 - 8 * 3600_000);
}
