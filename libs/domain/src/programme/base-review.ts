// 三年评估 (动态管理): a base listed in year Y is assessed in Y+3 on its yearly evaluations of Y, Y+1 and Y+2 (the
// 2026 notice assessed the bases listed in 2022). Missing years leave it incomplete; two 不合格 advise exit; a last
// 不合格 calls for rectification; two 优秀 (or an average of 90) rate it 优秀, encouraged to continue; else 合格.
import type { BaseRating } from './base-rules.js';

export type BaseReviewConclusion = 'INCOMPLETE' | 'EXCELLENT' | 'PASS' | 'RECTIFY' | 'EXIT';

export const BASE_REVIEW_LABELS: Readonly<Record<BaseReviewConclusion, string>> = {
  INCOMPLETE: '年度评估不全，暂不能作出三年评估',
  EXCELLENT: '优秀：鼓励继续依托基地深化服务',
  PASS: '合格：继续建设',
  RECTIFY: '限期整改',
  EXIT: '建议退出',
};

export interface BaseReview {
  reviewYear: number;
  years: number[];
  missingYears: number[];
  conclusion: BaseReviewConclusion;
  label: string;
}

export function baseThreeYearReview(
  listedYear: number,
  evaluations: readonly { year: number; score: number; rating: BaseRating | string }[],
): BaseReview {
  const years = [listedYear, listedYear + 1, listedYear + 2];
  const of = years.map((y) => evaluations.find((e) => e.year === y) ?? null);
  const missingYears = years.filter((_, i) => !of[i]);
  const done = of.filter((e): e is NonNullable<typeof e> => !!e);
  let conclusion: BaseReviewConclusion;
  if (missingYears.length) conclusion = 'INCOMPLETE';
  else if (done.filter((e) => e.rating === 'FAIL').length >= 2) conclusion = 'EXIT';
  else if (done[done.length - 1]!.rating === 'FAIL') conclusion = 'RECTIFY';
  else if (
    done.filter((e) => e.rating === 'EXCELLENT').length >= 2 ||
    done.reduce((s, e) => s + e.score, 0) / done.length >= 90
  )
    conclusion = 'EXCELLENT';
  else conclusion = 'PASS';
  return {
    reviewYear: listedYear + 3,
    years,
    missingYears,
    conclusion,
    label: BASE_REVIEW_LABELS[conclusion],
  };
}
