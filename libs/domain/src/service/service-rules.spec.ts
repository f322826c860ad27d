import { describe, expect, it } from 'vitest';
import {
  budgetProblem,
  ceCreditMet,
  expenseProblem,
  fundingProblems,
  workingDaysServed as served,
  type Period,
} from './service-rules.js';
import { NATIONAL_SCHEDULES } from '../time/national-holidays.js';
import { addDays, isWorkingDay, workingCalendar, type WorkingCalendar } from '../time/working-days.js';

const CAL = workingCalendar([...NATIONAL_SCHEDULES[2025]!, ...NATIONAL_SCHEDULES[2026]!]);
const workingDaysServed = (periods: Period[], year: number) => served(periods, year, CAL);

describe('service rules', () => {
  it('counts working days served, overlapping batches once, holidays and weekends not at all', () => {
    // Mon 28 Sep – Sun 11 Oct 2026 spans the National Day holiday: 28, 29, 30 Sep and 8, 9, 10 (Sat, 调休) Oct.
    expect(workingDaysServed([{ startDate: '2026-09-28', endDate: '2026-10-11' }], 2026)).toBe(6);
    expect(
      workingDaysServed(
        [
          { startDate: '2026-11-02', endDate: '2026-11-06' },
          { startDate: '2026-11-05', endDate: '2026-11-10' },
        ],
        2026,
      ),
    ).toBe(7);
    // Only the part inside the year counts.
    expect(workingDaysServed([{ startDate: '2026-12-28', endDate: '2027-01-08' }], 2026)).toBe(4);
  });

  it('grants the continuing-education credit at 10 working days', () => {
    expect(ceCreditMet(9)).toBe(false);
    expect(ceCreditMet(10)).toBe(true);
  });

  it('caps budgets by team level in integer yuan', () => {
    expect(budgetProblem('NATIONAL', 200_000)).toBeNull();
    expect(budgetProblem('NATIONAL', 200_001)).toContain('上限 200000 元');
    expect(budgetProblem('MUNICIPAL', 150_000)).toContain('上限 100000 元');
    expect(budgetProblem('PROVINCIAL', 1.5)).toContain('整数');
    expect(budgetProblem('PROVINCIAL', null)).toBeNull();
  });
});

describe('service rules: partial batches and funding', () => {
  it('counts only the days a batch served when fewer than its span, earliest working days first', () => {
    // Mon 2 – Fri 6 Nov 2026 with 3 days served: Mon, Tue, Wed.
    expect(workingDaysServed([{ startDate: '2026-11-02', endDate: '2026-11-06', days: 3 }], 2026)).toBe(3);
    // Across National Day: 30 Sep (Wed) then 1–7 Oct holiday, 8 Oct (Thu) — 4 days served are 30 Sep, 8, 9, 10 Oct (Sat 调休).
    expect(workingDaysServed([{ startDate: '2026-09-30', endDate: '2026-10-11', days: 4 }], 2026)).toBe(4);
    // The same days logged in two overlapping batches count once.
    expect(
      workingDaysServed(
        [
          { startDate: '2026-11-02', endDate: '2026-11-04', days: 3 },
          { startDate: '2026-11-03', endDate: '2026-11-05', days: 3 },
        ],
        2026,
      ),
    ).toBe(4);
    // Days before the year use up the batch's days.
    expect(workingDaysServed([{ startDate: '2025-12-29', endDate: '2026-01-09', days: 3 }], 2026)).toBe(0);
  });

  it('counts as the plain day-by-day walk over dates does, for any periods', () => {
    // The definition, day by day over date strings: the oracle for the day-number loop the dashboard runs.
    const walk = (periods: Period[], year: number, cal: WorkingCalendar): number => {
      const days = new Set<string>();
      for (const p of periods) {
        let budget = p.days ?? Number.POSITIVE_INFINITY;
        for (let d = p.startDate; d <= p.endDate && budget > 0; d = addDays(d, 1)) {
          if (!isWorkingDay(d, cal)) continue;
          budget--;
          if (d.startsWith(`${year}-`)) days.add(d);
        }
      }
      return days.size;
    };
    let seed = 20261207; // a fixed Lehmer sequence: the same cases on every run
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = (n: number) => Math.floor(random() * n);
    let nonZero = 0;
    for (let i = 0; i < 400; i++) {
      const periods: Period[] = Array.from({ length: 1 + pick(4) }, () => {
        // From mid-2024 (a batch long before the year) to early 2027, up to ~two months long.
        const startDate = addDays('2024-06-01', pick(1000));
        const endDate = addDays(startDate, pick(60));
        const days = pick(3) === 0 ? undefined : 1 + pick(40);
        return { startDate, endDate, days };
      });
      for (const year of [2025, 2026]) {
        const expected = walk(periods, year, CAL);
        if (expected > 0) nonZero++;
        expect(served(periods, year, CAL), JSON.stringify({ periods, year })).toBe(expected);
      }
    }
    expect(nonZero).toBeGreaterThan(200);
  });

  it('caps a national team at 10 万 from the ministry with a 1:1 local match', () => {
    expect(
      fundingProblems(
        'NATIONAL',
        { ministryFunds: 100_000, matchingFunds: 100_000, matchingSource: '市财政' },
        0,
      ),
    ).toEqual({});
    expect(
      fundingProblems('NATIONAL', { ministryFunds: 100_001, matchingFunds: 0 }, 0).ministryFunds,
    ).toContain('上限 100000');
    expect(
      fundingProblems(
        'NATIONAL',
        { ministryFunds: 50_000, matchingFunds: 60_000, matchingSource: '市财政' },
        0,
      ).matchingFunds,
    ).toContain('1:1');
    expect(
      fundingProblems('NATIONAL', { ministryFunds: 50_000, matchingFunds: 10_000 }, 0).matchingSource,
    ).toContain('来源');
  });

  it('gives municipal and provincial teams up to 10 万 of local money and no ministry money', () => {
    expect(
      fundingProblems('MUNICIPAL', { ministryFunds: 0, matchingFunds: 100_000, matchingSource: '区财政' }, 0),
    ).toEqual({});
    expect(fundingProblems('MUNICIPAL', { ministryFunds: 1, matchingFunds: 0 }, 0).ministryFunds).toContain(
      '仅国家级',
    );
    expect(
      fundingProblems('PROVINCIAL', { ministryFunds: 0, matchingFunds: 100_001, matchingSource: 'x' }, 0)
        .matchingFunds,
    ).toContain('上限 100000');
    expect(fundingProblems('PROVINCIAL', { ministryFunds: 0, matchingFunds: -1 }, 0).matchingFunds).toContain(
      '不小于 0',
    );
    expect(
      fundingProblems('MUNICIPAL', { ministryFunds: 0, matchingFunds: 20_000, matchingSource: 'x' }, 30_000)
        .matchingFunds,
    ).toContain('已列支的 30000 元');
  });

  it('refuses spending beyond the funds, saying by how much', () => {
    expect(expenseProblem(10_000, 80_000, 70_000)).toBeNull();
    expect(expenseProblem(10_001, 80_000, 70_000)).toContain('超出 1 元');
    expect(expenseProblem(100, 0, 0)).toContain('尚未登记经费');
    expect(expenseProblem(0, 80_000, 0)).toContain('正整数');
  });
});
