import { describe, expect, it } from 'vitest';
import {
  APPROVED_EXTRA_ITEM,
  approvedBudgetLines,
  computeFinalAccounts,
  finalAccountsProblems,
  unreturnedBalance,
} from './final-accounts.js';

const APPLIED = [
  { item: '专家劳务', amount: 60_000, source: '市级资助' },
  { item: '交通差旅', amount: 20_000, source: '市级资助' },
];
const LINES = approvedBudgetLines(APPLIED, 80_000);
const ctx = (recorded: number, budget = 80_000) => ({ lines: LINES, budget, recorded });

describe('final accounts (经费决算)', () => {
  it('keeps the accounts against the applied lines, adding what the province approved beyond them', () => {
    expect(LINES).toEqual([
      { item: '专家劳务', source: '市级资助', amount: 60_000 },
      { item: '交通差旅', source: '市级资助', amount: 20_000 },
    ]);
    // A municipal team is funded 10 万 whatever it asked: the difference is a line of its own.
    expect(approvedBudgetLines(APPLIED, 100_000)).toEqual([
      ...LINES,
      { item: APPROVED_EXTRA_ITEM, source: '核定经费', amount: 20_000 },
    ]);
    // Approved less than asked: the lines stay, the total caps spending.
    expect(approvedBudgetLines(APPLIED, 50_000)).toEqual(LINES);
    expect(approvedBudgetLines([], null)).toEqual([]);
  });

  it('accepts accounts that agree with the recorded spending, explained balance and all', () => {
    expect(
      finalAccountsProblems({ spent: [60_000, 20_000], returned: 0, balanceNote: null }, ctx(80_000)),
    ).toEqual({});
    expect(
      finalAccountsProblems(
        { spent: [50_000, 12_000], returned: 18_000, balanceNote: '两次现场培训改为远程，结余已退回' },
        ctx(62_000),
      ),
    ).toEqual({});
    const a = computeFinalAccounts(LINES, [50_000, 12_000], 80_000, 18_000);
    expect(a).toEqual({
      lines: [
        { item: '专家劳务', source: '市级资助', amount: 60_000, spent: 50_000, balance: 10_000 },
        { item: '交通差旅', source: '市级资助', amount: 20_000, spent: 12_000, balance: 8_000 },
      ],
      budget: 80_000,
      spent: 62_000,
      balance: 18_000,
      returned: 18_000,
    });
    expect(unreturnedBalance(a)).toBe(0);
    expect(unreturnedBalance({ balance: 18_000, returned: 8_000 })).toBe(10_000);
  });

  it('refuses negative, fractional or missing amounts, line by line', () => {
    expect(finalAccountsProblems({ spent: [-1, 1.5], returned: 0, balanceNote: 'x' }, ctx(0))).toEqual({
      'lines.0.spent': '第 1 行：实际支出应为不小于 0 的整数（单位：元）',
      'lines.1.spent': '第 2 行：实际支出应为不小于 0 的整数（单位：元）',
    });
    expect(
      finalAccountsProblems({ spent: [null, '5'], returned: 0, balanceNote: 'x' }, ctx(0)),
    ).toHaveProperty('lines.0.spent');
    expect(finalAccountsProblems({ spent: [1], returned: 0, balanceNote: 'x' }, ctx(1))).toEqual({
      lines: '决算明细应逐行填写核定预算的 2 个项目',
    });
    expect(finalAccountsProblems({ spent: null, returned: 0, balanceNote: 'x' }, ctx(0)).lines).toBe(
      '决算明细应逐行填写核定预算的 2 个项目',
    );
    expect(
      finalAccountsProblems(
        { spent: [], returned: 0, balanceNote: null },
        { lines: [], budget: 0, recorded: 0 },
      ),
    ).toEqual({});
  });

  it('refuses spending over a line, over the approved money, or not what was recorded', () => {
    expect(finalAccountsProblems({ spent: [60_001, 0], returned: 0, balanceNote: 'x' }, ctx(60_001))).toEqual(
      {
        'lines.0.spent': '第 1 行“专家劳务”：实际支出 60001 元超过该项预算 60000 元',
      },
    );
    // The province lowered the money after the application: the lines allow more than the total does.
    expect(
      finalAccountsProblems({ spent: [60_000, 20_000], returned: 0, balanceNote: null }, ctx(80_000, 70_000)),
    ).toEqual({ lines: '支出合计 80000 元超过核定经费 70000 元' });
    expect(
      finalAccountsProblems({ spent: [60_000, 20_000], returned: 0, balanceNote: null }, ctx(75_000)).lines,
    ).toBe('决算支出合计 80000 元与全年登记的经费支出 75000 元不一致，请核对各项支出或补登支出记录');
  });

  it('wants money left explained, and returned between nothing and the balance', () => {
    expect(
      finalAccountsProblems({ spent: [50_000, 20_000], returned: 10_000, balanceNote: ' ' }, ctx(70_000)),
    ).toEqual({ balanceNote: '经费结余 10000 元，请作出专项说明（结余经费应予退回）' });
    expect(
      finalAccountsProblems(
        { spent: [50_000, 20_000], returned: 10_001, balanceNote: '结余退回' },
        ctx(70_000),
      ),
    ).toEqual({ amountReturned: '退回金额不能超过结余经费 10000 元' });
    expect(
      finalAccountsProblems({ spent: [50_000, 20_000], returned: -5, balanceNote: '结余退回' }, ctx(70_000)),
    ).toEqual({ amountReturned: '退回金额应为不小于 0 的整数（单位：元）' });
    expect(
      finalAccountsProblems({ spent: [60_000, 20_000], returned: 1, balanceNote: null }, ctx(80_000)),
    ).toEqual({ amountReturned: '退回金额不能超过结余经费 0 元' });
    expect(
      finalAccountsProblems(
        { spent: [50_000, 20_000], returned: null, balanceNote: 'x'.repeat(1001) },
        ctx(70_000),
      ),
    ).toEqual({ balanceNote: '专项说明不超过 1000 字' });
  });
});
