import { describe, expect, it } from 'vitest';
import { budgetProblem, ceCreditMet, workingDaysServed } from './service-rules.js';

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
