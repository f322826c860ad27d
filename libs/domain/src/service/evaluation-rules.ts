// 基层反向评价: the demanding unit rates the service once it is delivered, is reminded if it has not after 7 days,
// and is asked again at +30 and +180 days whether the problem is still solved. Those answers count in the
// experts' rating as well: a fix that did not last should weigh on it.
import { PROBLEM_SOLVED_VALUES, type ProblemSolved } from '../catalog/catalog.js';

export const EVALUATION_REMINDER_DAYS = 7;
export const FOLLOW_UP_DAYS = [30, 180] as const;
export type FollowUpDays = (typeof FOLLOW_UP_DAYS)[number];
export const EVALUATION_COMMENT_MAX = 1000;

export interface EvaluationScores {
  expertise: number;
  problemSolving: number;
  attitude: number;
  timeliness: number;
}

export const SCORE_LABELS: Readonly<Record<keyof EvaluationScores, string>> = {
  expertise: '专业水平',
  problemSolving: '解决问题',
  attitude: '服务态度',
  timeliness: '及时性',
};

/** A low mark (≤ 2) or an unsolved problem explains itself, so the team and the bureau can act on it. */
export function evaluationNeedsComment(
  scores: Partial<EvaluationScores> | null | undefined,
  problemSolved: string | null | undefined,
): boolean {
  return (
    Object.values(scores ?? {}).some(
      (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 2,
    ) || problemSolved === 'NO'
  );
}

export function evaluationProblems(
  scores: EvaluationScores,
  problemSolved: string,
  comment: string | null | undefined,
): Record<string, string> {
  const p: Record<string, string> = {};
  for (const key of Object.keys(SCORE_LABELS) as (keyof EvaluationScores)[]) {
    const v = scores?.[key];
    if (!Number.isInteger(v) || v < 1 || v > 5) p[`scores.${key}`] = `请为“${SCORE_LABELS[key]}”打 1–5 分`;
  }
  if (!PROBLEM_SOLVED_VALUES.includes(problemSolved as ProblemSolved)) p.problemSolved = '请选择问题是否解决';
  if ((comment ?? '').length > EVALUATION_COMMENT_MAX)
    p.comment = `评价意见不能超过 ${EVALUATION_COMMENT_MAX} 个字`;
  if (!Object.keys(p).length && evaluationNeedsComment(scores, problemSolved) && !(comment ?? '').trim())
    p.comment = '评分较低或问题未解决时，请简要写明原因';
  return p;
}

/** The mean of the four scores, 1..5. */
export function overallScore(s: EvaluationScores): number {
  return (s.expertise + s.problemSolving + s.attitude + s.timeliness) / 4;
}

/** A follow-up answer as a score on the same 1..5 scale. */
export const FOLLOW_UP_SCORE: Readonly<Record<ProblemSolved, number>> = { YES: 5, PARTIAL: 3, NO: 1 };

/**
 * The score a served demand gives its experts: the evaluation's overall score, averaged with each answered
 * follow-up (so a problem that came back lowers it).
 */
export function demandServiceScore(
  evaluation: EvaluationScores,
  followUps: readonly ProblemSolved[],
): number {
  const all = [overallScore(evaluation), ...followUps.map((f) => FOLLOW_UP_SCORE[f])];
  return all.reduce((s, n) => s + n, 0) / all.length;
}

/** Average and count of the scores of the demands an expert served; null before the first. */
export function expertRating(scores: readonly number[]): { average: number; count: number } | null {
  if (!scores.length) return null;
  return {
    average: Math.round((scores.reduce((s, n) => s + n, 0) / scores.length) * 100) / 100,
    count: scores.length,
  };
}

/** Ratings by expert from the evaluated demands each served (one row per expert and demand). */
export function ratingsByExpert(
  rows: readonly (EvaluationScores & { expertId: string; followUps: readonly ProblemSolved[] })[],
): Map<string, { average: number; count: number }> {
  const scores = new Map<string, number[]>();
  for (const r of rows)
    scores.set(r.expertId, [...(scores.get(r.expertId) ?? []), demandServiceScore(r, r.followUps)]);
  const out = new Map<string, { average: number; count: number }>();
  for (const [id, list] of scores) out.set(id, expertRating(list)!);
  return out;
}
