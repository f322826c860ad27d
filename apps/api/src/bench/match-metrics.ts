// Ranking quality measures of `npm run bench:match`, over the gains of a ranked list (graded relevance, 0 for an
// expert who is irrelevant or may not serve the demand).

/** Discounted cumulative gain of the first `k` gains: Σ (2^g − 1) / log2(i + 2). */
export function dcg(gains: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, gains.length); i++) sum += (2 ** gains[i]! - 1) / Math.log2(i + 2);
  return sum;
}

/** nDCG@k: the DCG of the ranking over the DCG of the ideal ranking of every judged gain; 0 when nothing is relevant. */
export function ndcgAt(ranked: readonly number[], allGains: readonly number[], k: number): number {
  const ideal = dcg(
    [...allGains].sort((a, b) => b - a),
    k,
  );
  return ideal > 0 ? dcg(ranked, k) / ideal : 0;
}

/** Share of the first `k` places (k, even when fewer were returned) holding a gain of at least `threshold`. */
export function precisionAt(ranked: readonly number[], k: number, threshold: number): number {
  return ranked.slice(0, k).filter((g) => g >= threshold).length / k;
}

/** 1 / the rank of the first gain of at least `threshold`; 0 when none is returned. */
export function reciprocalRank(ranked: readonly number[], threshold: number): number {
  const at = ranked.findIndex((g) => g >= threshold);
  return at < 0 ? 0 : 1 / (at + 1);
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : NaN;
}
