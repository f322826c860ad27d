import { describe, expect, it } from 'vitest';
import { baseThreeYearReview } from './base-review.js';

const ev = (year: number, score: number, rating: string) => ({ year, score, rating });

describe('baseThreeYearReview', () => {
  it('concludes from the three yearly evaluations after listing', () => {
    expect(baseThreeYearReview(2022, [ev(2022, 92, 'EXCELLENT')])).toMatchObject({
      reviewYear: 2025,
      conclusion: 'INCOMPLETE',
      missingYears: [2023, 2024],
    });
    expect(
      baseThreeYearReview(2022, [ev(2022, 92, 'EXCELLENT'), ev(2023, 85, 'PASS'), ev(2024, 95, 'EXCELLENT')])
        .conclusion,
    ).toBe('EXCELLENT');
    expect(
      baseThreeYearReview(2022, [ev(2022, 70, 'PASS'), ev(2023, 75, 'PASS'), ev(2024, 80, 'PASS')])
        .conclusion,
    ).toBe('PASS');
    expect(
      baseThreeYearReview(2022, [ev(2022, 70, 'PASS'), ev(2023, 75, 'PASS'), ev(2024, 50, 'FAIL')])
        .conclusion,
    ).toBe('RECTIFY');
    expect(
      baseThreeYearReview(2022, [ev(2022, 50, 'FAIL'), ev(2023, 75, 'PASS'), ev(2024, 50, 'FAIL')]),
    ).toMatchObject({ conclusion: 'EXIT', label: '建议退出' });
    // Evaluations of other years do not count.
    expect(
      baseThreeYearReview(2022, [
        ev(2021, 50, 'FAIL'),
        ev(2022, 70, 'PASS'),
        ev(2023, 75, 'PASS'),
        ev(2024, 80, 'PASS'),
        ev(2025, 40, 'FAIL'),
      ]).conclusion,
    ).toBe('PASS');
  });
});
