// Small descriptive statistics for the dashboards: percentiles, means, shares and histograms. Pure functions over
// plain numbers; an empty sample gives `null` (nothing to say), never 0 or NaN.

function assertFinite(values: readonly number[]): void {
  for (const v of values)
    if (!Number.isFinite(v)) throw new RangeError(`sample value ${v} is not a finite number`);
}

/**
 * The `p`-quantile (0 ≤ p ≤ 1) by linear interpolation between the closest ranks — the "type 7" definition of
 * R and NumPy, Excel's PERCENTILE.INC and PostgreSQL's `percentile_cont`: the sorted sample x₀ … xₙ₋₁ is read at
 * the fractional position h = (n − 1)·p. `null` for an empty sample.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 1) throw new RangeError(`percentile ${p} is outside [0, 1]`);
  assertFinite(values);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The median (the 0.5-quantile, the mean of the two middle values for an even count); `null` when empty. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/** The arithmetic mean; `null` when empty. */
export function mean(values: readonly number[]): number | null {
  assertFinite(values);
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** `part / whole`; `null` when `whole` is 0 (no share of nothing). */
export function share(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || part < 0 || whole < 0)
    throw new RangeError(`share ${part}/${whole} is not of two non-negative numbers`);
  if (part > whole) throw new RangeError(`share ${part}/${whole}: the part exceeds the whole`);
  return whole === 0 ? null : part / whole;
}

/**
 * `value` rounded to `decimals` places, halves away from zero (2.25 → 2.3, −2.25 → −2.3), without the binary
 * surprises of `Math.round(x * 10) / 10` (1.005 → 1.01); `null` passes through.
 */
export function roundTo(value: number | null, decimals = 1): number | null {
  if (value === null) return null;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10)
    throw new RangeError(`cannot round to ${decimals} decimals`);
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const abs = Math.abs(value);
  const text = String(abs);
  // Shift the decimal point in the decimal text (exact), unless the number already prints in exponent form.
  const scaled = text.includes('e') ? abs * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Math.round(scaled) / 10 ** decimals;
  return rounded === 0 ? 0 : value < 0 ? -rounded : rounded;
}

export interface Bucket {
  label: string;
  /** Smallest value in the bucket (inclusive). */
  min: number;
  /** Largest value in the bucket (inclusive); `null` = no upper bound. */
  max: number | null;
}

/**
 * Counts of `values` per bucket, in the order of `buckets` (each bucket listed, with 0 when empty). Buckets must
 * not overlap; a value that falls in none is an error, so that a forgotten range cannot hide data.
 */
export function histogram(
  values: readonly number[],
  buckets: readonly Bucket[],
): { label: string; count: number }[] {
  assertFinite(values);
  for (const [i, b] of buckets.entries()) {
    if (b.max !== null && b.max < b.min)
      throw new RangeError(`bucket ${b.label} is empty (${b.min}–${b.max})`);
    for (const other of buckets.slice(i + 1)) {
      const apart = (b.max !== null && b.max < other.min) || (other.max !== null && other.max < b.min);
      if (!apart) throw new RangeError(`buckets ${b.label} and ${other.label} overlap`);
    }
  }
  const counts = buckets.map((b) => ({ label: b.label, count: 0 }));
  for (const v of values) {
    const i = buckets.findIndex((b) => v >= b.min && (b.max === null || v <= b.max));
    if (i < 0) throw new RangeError(`value ${v} falls in no bucket`);
    counts[i]!.count++;
  }
  return counts;
}
