// Rules of service execution from the notices: at least 5 days per team, 10 working days a year count as
// continuing-education credit, and the funding caps by team level. Money is integer 元.
import type { TeamLevel } from '../catalog/catalog.js';
import { addDays, isWorkingDay } from '../time/working-days.js';

/** Cumulative service a team must reach before its demand can be completed (dispatchers may override). */
export const MIN_TEAM_SERVICE_DAYS = 5;
/** Working days of service in a year that count as that year's continuing-education credit. */
export const CE_CREDIT_WORKING_DAYS = 10;

export interface Period {
  startDate: string;
  endDate: string;
}

/**
 * Working days an expert served in `year`: the union of the periods of the batches the expert took part in
 * (overlapping batches count once), weekends and public holidays excluded.
 */
export function workingDaysServed(periods: readonly Period[], year: number): number {
  const days = new Set<string>();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  for (const p of periods) {
    const start = p.startDate > from ? p.startDate : from;
    const end = p.endDate < to ? p.endDate : to;
    for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) days.add(d);
  }
  return days.size;
}

export function ceCreditMet(workingDays: number): boolean {
  return workingDays >= CE_CREDIT_WORKING_DAYS;
}

/** Funding caps in 元 (DOMAIN.md): what one team may ask for, and the ministry's share for national teams. */
export const FUNDING_CAPS: Readonly<Record<TeamLevel, { maxBudget: number; ministry: number; localMatchRatio: number }>> = {
  NATIONAL: { maxBudget: 200_000, ministry: 100_000, localMatchRatio: 1 },
  PROVINCIAL: { maxBudget: 100_000, ministry: 0, localMatchRatio: 0 },
  MUNICIPAL: { maxBudget: 100_000, ministry: 0, localMatchRatio: 0 },
};

/** Why a team budget is not acceptable, or null. */
export function budgetProblem(level: TeamLevel, budget: number | null | undefined): string | null {
  if (budget === null || budget === undefined) return null;
  if (!Number.isInteger(budget) || budget < 0) return '经费应为不小于 0 的整数（单位：元）';
  const cap = FUNDING_CAPS[level].maxBudget;
  if (budget > cap) return `经费 ${budget} 元超过该层级服务团上限 ${cap} 元`;
  return null;
}
