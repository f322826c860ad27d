// 点餐: what an approved team of the year still has room for when a dispatcher gives it another demand — the
// visits it planned against the demands given to it, the days those demands expect against the days served, and
// the approved budget against what it has spent. Pure: the figures come from the caller.
import { bookingRange, demandPeriodProblem } from '../dispatch/dispatch-rules.js';
import { isIsoDate } from '../time/working-days.js';

export interface TeamCapacityFacts {
  /** 计划服务批次 of the application (annex 1); null when not stated. */
  visitsPlanned: number | null;
  /** Demands already given to the team. */
  demandsGiven: number;
  /** The days the given demands expect (their 预计天数). */
  daysPlanned: number;
  /** The days of the team's current service batches. */
  daysServed: number;
  /** Approved budget in 元; null when none. */
  budget: number | null;
  spent: number;
}

export interface TeamCapacity extends TeamCapacityFacts {
  visitsLeft: number | null;
  budgetLeft: number | null;
  /** Every planned visit is taken, or the budget is used up: the dispatcher is warned, not stopped. */
  full: boolean;
  /** The warning in words, or null. */
  warning: string | null;
}

export function teamCapacity(f: TeamCapacityFacts): TeamCapacity {
  const visitsLeft = f.visitsPlanned === null ? null : Math.max(0, f.visitsPlanned - f.demandsGiven);
  const budgetLeft = f.budget === null ? null : f.budget - f.spent;
  const warnings: string[] = [];
  if (visitsLeft === 0) warnings.push(`计划的 ${f.visitsPlanned} 批次已全部安排`);
  if (budgetLeft !== null && budgetLeft <= 0) warnings.push('经费已用完');
  return {
    ...f,
    visitsLeft,
    budgetLeft,
    full: warnings.length > 0,
    warning: warnings.length ? warnings.join('，') : null,
  };
}

export interface GiveBatch {
  startDate: string;
  endDate: string;
}

/** The batch's dates as written: each given, and a real day (2026-13-01 is not one). Checked before any is used. */
export function giveBatchDateProblems(batch: GiveBatch): Record<string, string> {
  const p: Record<string, string> = {};
  const check = (key: 'startDate' | 'endDate', label: string) => {
    const d = batch[key];
    if (!d) p[key] = `请选择本批次${label}`;
    else if (!isIsoDate(d))
      p[key] = `${label}“${String(d).slice(0, 20)}”不是有效的日期，请按 YYYY-MM-DD 填写`;
  };
  check('startDate', '开始日期');
  check('endDate', '结束日期');
  return p;
}

/**
 * Why a batch period cannot be given to a team for a demand (null when it can): a real period, not past, within
 * the team's year of service and overlapping the period the demand wants.
 */
export function giveBatchProblems(
  batch: GiveBatch,
  team: { startDate: string; endDate: string; name: string },
  demand: { code: string; startDate: string | null; endDate: string | null },
  today: string,
): Record<string, string> {
  const p = giveBatchDateProblems(batch);
  if (Object.keys(p).length) return p;
  if (batch.startDate < today)
    p.startDate = `开始日期（${batch.startDate}）已经过去，请选择今天（${today}）或以后的日期`;
  if (batch.endDate < batch.startDate)
    p.endDate = `结束日期（${batch.endDate}）早于开始日期（${batch.startDate}）`;
  if (Object.keys(p).length) return p;
  if (batch.startDate < team.startDate || batch.endDate > team.endDate)
    p.startDate = `本批次应在服务团“${team.name}”的服务期（${team.startDate} 至 ${team.endDate}）之内`;
  else {
    const mismatch = demandPeriodProblem(batch, demand);
    if (mismatch) p.startDate = mismatch;
  }
  return p;
}

/** The lead's booking once this batch is added: the span of what was booked and the new batch. */
export function widenedBooking(
  current: { startDate: string; endDate: string } | null,
  batch: GiveBatch,
): string {
  if (!current) return bookingRange(batch.startDate, batch.endDate);
  const start = current.startDate < batch.startDate ? current.startDate : batch.startDate;
  const end = current.endDate > batch.endDate ? current.endDate : batch.endDate;
  return bookingRange(start, end);
}

/** To the lead of an approved team: the dispatcher gave the team another demand as its next batch. */
export function batchGivenNotice(
  team: { name: string },
  demand: { code: string; title: string },
  batch: GiveBatch,
): { kind: string; title: string; body: string } {
  return {
    kind: 'programme.batch_given',
    title: `服务团新批次：${team.name}`,
    body: `省厅将需求“${demand.title}”（${demand.code}）交给服务团“${team.name}”作为下一批次服务，服务时间 ${batch.startDate} 至 ${batch.endDate}，请做好安排。`,
  };
}
