import { describe, expect, it } from 'vitest';
import { baseEvaluationProblem, basePersonTimes, baseRating, personTimesProgress } from './base-rules.js';

describe('service bases', () => {
  it('counts person-times per activity of the year, an expert once per activity', () => {
    const acts = [
      { heldOn: '2027-03-01', expertIds: ['a', 'b', 'a'] },
      { heldOn: '2027-05-01', expertIds: ['a'] },
      { heldOn: '2026-12-31', expertIds: ['c', 'd'] },
    ];
    expect(basePersonTimes(acts, 2027)).toBe(3);
    expect(basePersonTimes(acts, 2026)).toBe(2);
  });

  it('warns when the year is behind the pace of 50, and after the year when short', () => {
    expect(personTimesProgress(10, 2027, '2027-01-20')).toMatchObject({
      behind: false,
      warning: null,
      expectedByNow: 2,
    });
    const mid = personTimesProgress(10, 2027, '2027-07-02');
    expect(mid).toMatchObject({ behind: true, expectedByNow: 24 });
    expect(mid.warning).toBe('2027 年已开展 10 人次，按进度此时应达到 24 人次，全年需不少于 50 人次');
    expect(personTimesProgress(50, 2027, '2027-03-01')).toMatchObject({ behind: false, warning: null });
    expect(personTimesProgress(49, 2027, '2028-01-05').warning).toContain('未达到每年不少于 50 人次');
  });

  it('rates evaluations: 优秀 from 90, 合格 from 60', () => {
    expect([95, 90, 89, 60, 59, 0].map(baseRating)).toEqual([
      'EXCELLENT',
      'EXCELLENT',
      'PASS',
      'PASS',
      'FAIL',
      'FAIL',
    ]);
    expect(baseEvaluationProblem(101)).toContain('0 到 100');
    expect(baseEvaluationProblem(80, 'x'.repeat(501))).toContain('500');
    expect(baseEvaluationProblem(80)).toBeNull();
  });
});
