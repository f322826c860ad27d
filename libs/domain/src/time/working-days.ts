// Working days in mainland China: Monday–Friday, minus public holidays, plus the weekend days the State
// Council designates as make-up working days (调休). Dates are 'YYYY-MM-DD' strings in China time.
// The holidays are not kept here: ADMIN maintains them per year (table `calendar_days`), and every computation
// is handed the calendar it reads (a WorkingCalendar), so this module stays pure.

export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'WORKDAY'] as const;
/** HOLIDAY: a day off (法定节假日, also when it falls on a weekday); WORKDAY: a weekend day worked (调休上班). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const CALENDAR_DAY_KIND_LABELS: Readonly<Record<CalendarDayKind, string>> = {
  HOLIDAY: '放假',
  WORKDAY: '调休上班',
};

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name?: string | null;
}

/** The exceptions to Monday–Friday that every working-day computation reads. */
export interface WorkingCalendar {
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
}

export function workingCalendar(days: readonly CalendarDay[]): WorkingCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)),
  };
}

/** Weekends only: no holiday known (a year nobody has entered yet counts like this). */
export const WEEKENDS_ONLY: WorkingCalendar = workingCalendar([]);

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` is a real 'YYYY-MM-DD' day. */
export function isIsoDate(date: unknown): date is string {
  if (typeof date !== 'string' || !DATE_PATTERN.test(date)) return false;
  const d = parse(date);
  return !Number.isNaN(d.getTime()) && formatDate(d) === date;
}

function isWeekend(date: string): boolean {
  const dow = parse(date).getUTCDay();
  return dow === 0 || dow === 6;
}

/** Why a day cannot be entered in the calendar as given, or null. */
export function calendarDayProblem(day: CalendarDay): string | null {
  if (!isIsoDate(day.date)) return `日期“${day.date}”无效，应为 YYYY-MM-DD，例如 2027-10-01`;
  const year = Number(day.date.slice(0, 4));
  if (year < 2000 || year > 2100) return `年份 ${year} 超出范围（2000–2100）`;
  if (!CALENDAR_DAY_KINDS.includes(day.kind)) return '类型应为“放假”或“调休上班”';
  if (day.kind === 'WORKDAY' && !isWeekend(day.date)) return `${day.date} 不是周末，无需设为调休上班日`;
  if ((day.name ?? '').length > 20) return '名称不能超过 20 个字';
  return null;
}

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

export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  return !isWeekend(date);
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date: consecutive days are consecutive numbers. */
export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

const dayNumberTests = new WeakMap<WorkingCalendar, (day: number) => boolean>();

/**
 * `isWorkingDay` on day numbers, for loops over many days (the dashboard walks every batch day of a province's
 * experts): no date string built or parsed per day. Made once per calendar.
 */
export function workingDayNumberTest(cal: WorkingCalendar): (day: number) => boolean {
  let test = dayNumberTests.get(cal);
  if (!test) {
    const workdays = new Set([...cal.workdays].map(dayNumber));
    const holidays = new Set([...cal.holidays].map(dayNumber));
    test = (day) => {
      if (workdays.has(day)) return true;
      if (holidays.has(day)) return false;
      // 1970-01-01 was a Thursday (4; Sunday 0).
      const dow = (((day + 4) % 7) + 7) % 7;
      return dow !== 0 && dow !== 6;
    };
    dayNumberTests.set(cal, test);
  }
  return test;
}

/** The date `n` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days from `start` to `end`, both included. */
export function workingDaysBetween(start: string, end: string, cal: WorkingCalendar): number {
  let n = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n++;
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
export function workingDeadline(now: Date, n: number, cal: WorkingCalendar): Date {
  const day = addWorkingDays(chinaDate(now), n, cal);
  return new Date(parse(day).getTime() + (24 * 3600 - 1) * 1000 - 8 * 3600_000);
}
