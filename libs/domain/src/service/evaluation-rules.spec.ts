import { describe, expect, it } from 'vitest';
import {
  demandServiceScore,
  evaluationProblems,
  expertRating,
  overallScore,
  ratingsByExpert,
} from './evaluation-rules.js';

const s = (expertise: number, problemSolving: number, attitude: number, timeliness: number) => ({
  expertise,
  problemSolving,
  attitude,
  timeliness,
});

describe('evaluation rules', () => {
  it('wants four scores of 1–5 and a problem-solved answer', () => {
    expect(evaluationProblems(s(5, 4, 5, 4), 'YES', null)).toEqual({});
    expect(evaluationProblems(s(0, 4, 6, 4.5), 'YES', null)).toEqual({
      'scores.expertise': '请为“专业水平”打 1–5 分',
      'scores.attitude': '请为“服务态度”打 1–5 分',
      'scores.timeliness': '请为“及时性”打 1–5 分',
    });
    expect(evaluationProblems(s(5, 5, 5, 5), 'MAYBE', null).problemSolved).toBe('请选择问题是否解决');
  });

  it('asks for a reason with a low mark or an unsolved problem', () => {
    expect(evaluationProblems(s(2, 4, 4, 4), 'YES', '').comment).toContain('原因');
    expect(evaluationProblems(s(4, 4, 4, 4), 'NO', ' ').comment).toContain('原因');
    expect(evaluationProblems(s(4, 4, 4, 4), 'NO', '病害复发')).toEqual({});
    expect(evaluationProblems(s(4, 4, 4, 4), 'YES', 'x'.repeat(1001)).comment).toContain('1000');
  });

  it('averages the scores and lets follow-ups pull the demand score', () => {
    expect(overallScore(s(5, 4, 5, 4))).toBe(4.5);
    expect(demandServiceScore(s(5, 4, 5, 4), [])).toBe(4.5);
    // (4.5 + 1) / 2: the problem came back at +30 days.
    expect(demandServiceScore(s(5, 4, 5, 4), ['NO'])).toBe(2.75);
    expect(demandServiceScore(s(4, 4, 4, 4), ['YES', 'PARTIAL'])).toBe(4);
  });

  it('rates experts over the demands they served', () => {
    expect(expertRating([])).toBeNull();
    expect(expertRating([4.5, 3])).toEqual({ average: 3.75, count: 2 });
    const ratings = ratingsByExpert([
      { expertId: 'a', ...s(5, 5, 5, 5), followUps: [] },
      { expertId: 'a', ...s(3, 3, 3, 3), followUps: ['NO'] },
      { expertId: 'b', ...s(4, 4, 4, 4), followUps: [] },
    ]);
    expect(ratings.get('a')).toEqual({ average: 3.5, count: 2 });
    expect(ratings.get('b')).toEqual({ average: 4, count: 1 });
    expect(ratings.has('c')).toBe(false);
  });
});
