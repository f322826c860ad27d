// Rules of a service base at work (2025 notice): at least 50 person-times of expert activity a year, counted per
// activity (an expert at two activities counts twice), with a warning when the year so far is behind that pace;
// and the yearly evaluation's rating from its score.
export const BASE_PERSON_TIMES_PER_YEAR = 50;

export const BASE_RATING_LABELS = { EXCELLENT: '优秀', PASS: '合格', FAIL: '不合格' } as const;
export type BaseRating = keyof typeof BASE_RATING_LABELS;

/** 优秀 from 90, 合格 from 60, else 不合格. */
export function baseRating(score: number): BaseRating {
  return score >= 90 ? 'EXCELLENT' : score >= 60 ? 'PASS' : 'FAIL';
}

export function baseEvaluationProblem(score: number, comment?: string | null): string | null {
  if (!Number.isInteger(score) || score < 0 || score > 100) return '评估得分应为 0 到 100 的整数';
  if ((comment ?? '').length > 500) return '评估意见不超过 500 字';
  return null;
}

/** Person-times of the activities held in `year`: the experts present at each, summed. */
export function basePersonTimes(
  activities: readonly { heldOn: string; expertIds: readonly string[] }[],
  year: number,
): number {
  const prefix = `${year}-`;
  return activities
    .filter((a) => a.heldOn.startsWith(prefix))
    .reduce((n, a) => n + new Set(a.expertIds).size, 0);
}

export interface PersonTimesProgress {
  personTimes: number;
  required: number;
  /** What the pace of 50 a year asks by `today`. */
  expectedByNow: number;
  behind: boolean;
  warning: string | null;
}

/** Progress towards 50 person-times in `year`, as of `today` (YYYY-MM-DD). */
export function personTimesProgress(personTimes: number, year: number, today: string): PersonTimesProgress {
  const required = BASE_PERSON_TIMES_PER_YEAR;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const now = Date.parse(today + 'T00:00:00Z');
  const share = Math.min(1, Math.max(0, (now - start) / (end - start)));
  const expectedByNow = Math.floor(required * share);
  const done = personTimes >= required;
  const behind = !done && personTimes < expectedByNow;
  const warning = done
    ? null
    : now >= end
      ? `${year} 年专家服务活动仅 ${personTimes} 人次，未达到每年不少于 ${required} 人次的要求`
      : behind
        ? `${year} 年已开展 ${personTimes} 人次，按进度此时应达到 ${expectedByNow} 人次，全年需不少于 ${required} 人次`
        : null;
  return { personTimes, required, expectedByNow, behind: behind || (now >= end && !done), warning };
}
