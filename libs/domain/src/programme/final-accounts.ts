// 经费决算: a team's final accounts at year end, kept against the budget lines it was approved with (the selected
// application's annex 1 lines). Per line what was actually spent and what is left; in total the approved money,
// what was spent (it must agree with the spending the team recorded through the year), the balance, and what was
// returned — 资金未使用完的，要做出专项说明 and the money goes back. Pure.
import type { BudgetLine } from './application-form.js';

export interface ApprovedBudgetLine {
  item: string;
  source: string;
  /** Integer 元. */
  amount: number;
}

export interface FinalAccountLine extends ApprovedBudgetLine {
  spent: number;
  balance: number;
}

export interface FinalAccounts {
  lines: FinalAccountLine[];
  /** The approved money (元). */
  budget: number;
  spent: number;
  /** budget − spent: what is to be explained and returned. */
  balance: number;
  returned: number;
}

export interface FinalAccountsDraft {
  /** What was spent on each approved line, in the lines' order. */
  spent: readonly unknown[] | null | undefined;
  returned: unknown;
  balanceNote: string | null | undefined;
}

/** The line that makes the applied lines add up to the approved money when the province approved more. */
export const APPROVED_EXTRA_ITEM = '核定经费超出申报预算部分';

/**
 * The lines the final accounts are kept against: the application's lines, and when the approved money exceeds
 * them (a team is funded at its level's fixed amount, whatever it asked), the difference as one more line, so the
 * lines add up to what may be spent. Approved less than asked: the lines stay as applied, the total caps spending.
 */
export function approvedBudgetLines(
  applied: readonly BudgetLine[],
  approved: number | null,
): ApprovedBudgetLine[] {
  const lines = applied
    .filter((l) => Number.isInteger(l.amount) && l.amount > 0)
    .map((l) => ({ item: l.item.trim(), source: l.source.trim(), amount: l.amount }));
  const total = lines.reduce((s, l) => s + l.amount, 0);
  if (approved !== null && approved > total)
    lines.push({ item: APPROVED_EXTRA_ITEM, source: '核定经费', amount: approved - total });
  return lines;
}

const isWholeYuan = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * What is wrong with the final accounts (field → message; line fields as `lines.<i>.spent`): every line's spending
 * a whole number of 元 not over its line, the total within the approved money and equal to the spending recorded
 * through the year, an explanation whenever money is left, and the amount returned between 0 and the balance.
 */
export function finalAccountsProblems(
  d: FinalAccountsDraft,
  ctx: { lines: readonly ApprovedBudgetLine[]; budget: number; recorded: number },
): Record<string, string> {
  const p: Record<string, string> = {};
  const spent = d.spent ?? [];
  if (spent.length !== ctx.lines.length) {
    p.lines = ctx.lines.length
      ? `决算明细应逐行填写核定预算的 ${ctx.lines.length} 个项目`
      : '核定预算没有明细，决算不应填写支出行';
    return p;
  }
  let total = 0;
  spent.forEach((v, i) => {
    const line = ctx.lines[i]!;
    if (!isWholeYuan(v)) p[`lines.${i}.spent`] = `第 ${i + 1} 行：实际支出应为不小于 0 的整数（单位：元）`;
    else if (v > line.amount)
      p[`lines.${i}.spent`] = `第 ${i + 1} 行“${line.item}”：实际支出 ${v} 元超过该项预算 ${line.amount} 元`;
    else total += v;
  });
  if (Object.keys(p).length) return p;
  if (total > ctx.budget) p.lines = `支出合计 ${total} 元超过核定经费 ${ctx.budget} 元`;
  else if (total !== ctx.recorded)
    p.lines = `决算支出合计 ${total} 元与全年登记的经费支出 ${ctx.recorded} 元不一致，请核对各项支出或补登支出记录`;
  const balance = ctx.budget - total;
  const note = (d.balanceNote ?? '').trim();
  if (balance > 0 && !note) p.balanceNote = `经费结余 ${balance} 元，请作出专项说明（结余经费应予退回）`;
  else if ([...note].length > 1000) p.balanceNote = '专项说明不超过 1000 字';
  const returned = d.returned ?? 0;
  if (!isWholeYuan(returned)) p.amountReturned = '退回金额应为不小于 0 的整数（单位：元）';
  else if (returned > Math.max(0, balance))
    p.amountReturned = `退回金额不能超过结余经费 ${Math.max(0, balance)} 元`;
  return p;
}

/** The accounts as filed (call after `finalAccountsProblems` found nothing). */
export function computeFinalAccounts(
  lines: readonly ApprovedBudgetLine[],
  spent: readonly number[],
  budget: number,
  returned: number | null,
): FinalAccounts {
  const rows = lines.map((l, i) => ({ ...l, spent: spent[i] ?? 0, balance: l.amount - (spent[i] ?? 0) }));
  const total = rows.reduce((s, l) => s + l.spent, 0);
  return { lines: rows, budget, spent: total, balance: budget - total, returned: returned ?? 0 };
}

/** Money left that has not gone back: the province follows it up. */
export function unreturnedBalance(a: Pick<FinalAccounts, 'balance' | 'returned'>): number {
  return Math.max(0, a.balance - a.returned);
}
