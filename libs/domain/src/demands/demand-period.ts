// The service period a demand asks for: a sensible default for the form, and what is refused on every save (a
// date in the past, an end before the start) — with a message, never swapped or dropped.
import { addDays, addWorkingDays, type WorkingCalendar } from '../time/working-days.js';

/** Working days a bureau has to accept (5) plus time to match and dispatch: the earliest realistic start. */
export const DEFAULT_START_WORKING_DAYS = 10;
/** A default period of four weeks. */
export const DEFAULT_PERIOD_DAYS = 28;

/** The period the demand form proposes on `today` (YYYY-MM-DD, China time), counting the bureaus' calendar. */
export function defaultDemandPeriod(
  today: string,
  cal: WorkingCalendar,
): { startDate: string; endDate: string } {
  const startDate = addWorkingDays(today, DEFAULT_START_WORKING_DAYS, cal);
  return { startDate, endDate: addDays(startDate, DEFAULT_PERIOD_DAYS - 1) };
}

/**
 * Problems with the dates a demand is saved with, by field: a start (or end) before `today`, an end before the
 * start. Dates are YYYY-MM-DD (their format is checked elsewhere); absent dates are not a problem here.
 */
export function demandPeriodProblems(
  startDate: string | null,
  endDate: string | null,
  today: string,
): Record<string, string> {
  const p: Record<string, string> = {};
  if (startDate && startDate < today)
    p.startDate = `开始日期（${startDate}）已经过去，请选择今天（${today}）或以后的日期`;
  if (endDate && endDate < today)
    p.endDate = `结束日期（${endDate}）已经过去，请选择今天（${today}）或以后的日期`;
  else if (startDate && endDate && endDate < startDate)
    p.endDate = `结束日期（${endDate}）早于开始日期（${startDate}），请重新选择`;
  return p;
}
