// Rules of service execution from the notices: at least 5 days per team, 10 working days a year count as
// continuing-education credit, and the funding caps by team level. Money is integer 元.
import type { TeamLevel } from '../catalog/catalog.js';
import { dayNumber, workingDayNumberTest, type WorkingCalendar } from '../time/working-days.js';

/** Cumulative service a team must reach before its demand can be completed (dispatchers may override). */
export const MIN_TEAM_SERVICE_DAYS = 5;
/** Working days of service in a year that count as that year's continuing-education credit. */
export const CE_CREDIT_WORKING_DAYS = 10;

export interface Period {
  startDate: string;
  endDate: string;
  /**
   * Days actually served within the period, when fewer than its calendar days (a batch over a week that served on
   * three of them). Which days is not recorded, so the earliest working days of the period are taken.
   */
  days?: number;
}

/**
 * Working days an expert served in `year`: the union of the days of the batches the expert took part in
 * (overlapping batches count once), weekends and public holidays excluded.
 */
export function workingDaysServed(periods: readonly Period[], year: number, cal: WorkingCalendar): number {
  const isWorking = workingDayNumberTest(cal);
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  const served = new Uint8Array(last - first + 1);
  let count = 0;
  for (const p of periods) {
    let budget = p.days ?? Number.POSITIVE_INFINITY;
    // Days served before the year still use up the batch's days; without a number of days they do not matter.
    let day = dayNumber(p.startDate);
    if (budget === Number.POSITIVE_INFINITY) day = Math.max(day, first);
    // No day after the year counts.
    const end = Math.min(dayNumber(p.endDate), last);
    for (; day <= end && budget > 0; day++) {
      if (!isWorking(day)) continue;
      budget--;
      if (day >= first && served[day - first] === 0) {
        served[day - first] = 1;
        count++;
      }
    }
  }
  return count;
}

export function ceCreditMet(workingDays: number): boolean {
  return workingDays >= CE_CREDIT_WORKING_DAYS;
}

/** Funding caps in 元 (DOMAIN.md): what one team may ask for, and the ministry's share for national teams. */
export const FUNDING_CAPS: Readonly<
  Record<TeamLevel, { maxBudget: number; ministry: number; localMatchRatio: number }>
> = {
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

export interface FundingDraft {
  ministryFunds: number;
  matchingFunds: number;
  matchingSource?: string | null;
}

/** Problems with a team's funding by level: { field: message }. National teams: ministry ≤ 10 万 and a 1:1 local match. */
export function fundingProblems(level: TeamLevel, f: FundingDraft, spent: number): Record<string, string> {
  const p: Record<string, string> = {};
  const cap = FUNDING_CAPS[level];
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (!whole(f.ministryFunds)) p.ministryFunds = '部支持资金应为不小于 0 的整数（单位：元）';
  else if (f.ministryFunds > cap.ministry)
    p.ministryFunds =
      cap.ministry === 0
        ? '仅国家级服务团可获人力资源社会保障部支持资金'
        : `部支持资金 ${f.ministryFunds} 元超过上限 ${cap.ministry} 元`;
  if (!whole(f.matchingFunds)) p.matchingFunds = '配套资金应为不小于 0 的整数（单位：元）';
  else if (cap.ministry > 0 && !p.ministryFunds && f.matchingFunds > f.ministryFunds * cap.localMatchRatio)
    p.matchingFunds = `国家级服务团地方按 1:1 配套，配套资金不超过部支持资金（${f.ministryFunds} 元）`;
  else if (cap.ministry === 0 && f.matchingFunds > cap.maxBudget)
    p.matchingFunds = `经费 ${f.matchingFunds} 元超过该层级服务团上限 ${cap.maxBudget} 元`;
  if (f.matchingFunds > 0 && !(f.matchingSource ?? '').trim()) p.matchingSource = '请注明配套资金来源';
  if ((f.matchingSource ?? '').length > 200) p.matchingSource = '资金来源不能超过 200 个字';
  if (!Object.keys(p).length && f.ministryFunds + f.matchingFunds < spent)
    p.matchingFunds = `经费合计不能少于已列支的 ${spent} 元`;
  return p;
}

/** Why a spending line cannot be recorded: it must fit inside the funds not yet spent. */
export function expenseProblem(amount: number, funds: number, spent: number): string | null {
  if (!Number.isInteger(amount) || amount <= 0) return '支出金额应为正整数（单位：元）';
  if (funds <= 0) return '该服务团尚未登记经费，请先填写部支持资金或配套资金';
  if (spent + amount > funds)
    return `支出超出经费：经费 ${funds} 元，已支出 ${spent} 元，本笔 ${amount} 元，超出 ${spent + amount - funds} 元`;
  return null;
}
