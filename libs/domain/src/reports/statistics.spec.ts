import { describe, expect, it } from 'vitest';
import { histogram, mean, median, percentile, roundTo, share, type Bucket } from './statistics.js';

describe('percentile (linear interpolation, as percentile_cont and PERCENTILE.INC)', () => {
  it('has nothing to say about an empty sample', () => {
    for (const p of [0, 0.5, 0.9, 1]) expect(percentile([], p)).toBeNull();
    expect(median([])).toBeNull();
  });

  it('gives the only value of a single sample at every p', () => {
    for (const p of [0, 0.1, 0.5, 0.9, 1]) expect(percentile([7.5], p)).toBe(7.5);
  });

  it('interpolates between two values', () => {
    expect(median([1, 2])).toBe(1.5);
    expect(percentile([1, 2], 0.9)).toBeCloseTo(1.9, 12);
    expect(percentile([1, 2], 0.25)).toBe(1.25);
  });

  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20, 30, 40, 50])).toBe(30);
  });

  it('reads the sorted sample at (n − 1)·p', () => {
    // n = 4: h = 2.7 → x₂ + 0.7·(x₃ − x₂)
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    // n = 10: h = 8.1 → 9 + 0.1 (NumPy: np.percentile(range(1, 11), 90) = 9.1)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12);
    // n = 5: h = 3.6 → 40 + 0.6·10
    expect(percentile([50, 10, 40, 20, 30], 0.9)).toBeCloseTo(46, 12);
    // An exact rank needs no interpolation: n = 11, h = 9.
    expect(percentile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });

  it('handles ties, negative values and the ends', () => {
    expect(median([2, 2, 2, 10])).toBe(2);
    expect(percentile([2, 2, 2, 10], 0.9)).toBeCloseTo(7.6, 12);
    expect(median([-3, -1, 5])).toBe(-1);
    expect(percentile([9, -4, 3], 0)).toBe(-4);
    expect(percentile([9, -4, 3], 1)).toBe(9);
  });

  it('does not reorder the caller’s array', () => {
    const sample = [3, 1, 2];
    percentile(sample, 0.5);
    expect(sample).toEqual([3, 1, 2]);
  });

  it('is monotone in p and stays between the minimum and the maximum', () => {
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round++) {
      const sample = Array.from(
        { length: 1 + Math.floor(next() * 40) },
        () => Math.round(next() * 1000) / 10,
      );
      let last = -Infinity;
      for (let p = 0; p <= 1.0000001; p += 0.05) {
        const q = percentile(sample, Math.min(1, p))!;
        expect(q).toBeGreaterThanOrEqual(last - 1e-9);
        expect(q).toBeGreaterThanOrEqual(Math.min(...sample));
        expect(q).toBeLessThanOrEqual(Math.max(...sample));
        last = q;
      }
      expect(percentile(sample, 0)).toBe(Math.min(...sample));
      expect(percentile(sample, 1)).toBe(Math.max(...sample));
    }
  });

  it('refuses a p outside [0, 1] and values that are not finite numbers', () => {
    for (const p of [-0.1, 1.1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => percentile([1, 2], p)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => median([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('mean', () => {
  it('averages, and has nothing to say about an empty sample', () => {
    expect(mean([])).toBeNull();
    expect(mean([3.5])).toBe(3.5);
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([5, 4, 4, 5, 3, 3, 4, 4])).toBe(4);
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('share', () => {
  it('is the part of the whole, and null when there is no whole', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(0, 4)).toBe(0);
    expect(share(1, 3)).toBeCloseTo(1 / 3, 15);
    expect(share(3, 3)).toBe(1);
  });

  it('refuses a part larger than the whole and negative counts', () => {
    expect(() => share(4, 3)).toThrow(RangeError);
    expect(() => share(-1, 3)).toThrow(RangeError);
    expect(() => share(1, -3)).toThrow(RangeError);
    expect(() => share(Number.NaN, 3)).toThrow(RangeError);
  });
});

describe('roundTo', () => {
  it('rounds halves away from zero at the wanted place', () => {
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(2.35, 1)).toBe(2.4);
    expect(roundTo(2.34, 1)).toBe(2.3);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(roundTo(4.125, 2)).toBe(4.13);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(7, 1)).toBe(7);
  });

  it('defaults to one decimal', () => {
    expect(roundTo(4.0625)).toBe(4.1);
    expect(roundTo(10 / 3)).toBe(3.3);
  });

  it('is exact where binary floating point is not', () => {
    expect(roundTo(1.005, 2)).toBe(1.01); // Math.round(1.005 * 100) / 100 gives 1.00
    expect(roundTo(0.285, 2)).toBe(0.29);
    expect(roundTo(1.45, 1)).toBe(1.5);
  });

  it('handles very small and very large numbers and never returns −0', () => {
    expect(roundTo(1e-7, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
    expect(roundTo(1e21, 1)).toBe(1e21);
    expect(roundTo(123456789.06, 1)).toBe(123456789.1);
  });

  it('passes null through and refuses what cannot be rounded', () => {
    expect(roundTo(null, 1)).toBeNull();
    expect(() => roundTo(Number.NaN, 1)).toThrow(RangeError);
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
  });
});

describe('histogram', () => {
  const buckets: Bucket[] = [
    { label: '低', min: 0, max: 4 },
    { label: '中', min: 5, max: 9 },
    { label: '高', min: 10, max: null },
  ];

  it('counts every value in its bucket, listing empty buckets with 0', () => {
    expect(histogram([0, 4, 5, 9, 10, 23, 3], buckets)).toEqual([
      { label: '低', count: 3 },
      { label: '中', count: 2 },
      { label: '高', count: 2 },
    ]);
    expect(histogram([], buckets)).toEqual([
      { label: '低', count: 0 },
      { label: '中', count: 0 },
      { label: '高', count: 0 },
    ]);
  });

  it('refuses a value in no bucket rather than losing it', () => {
    expect(() => histogram([-1], buckets)).toThrow(/no bucket/);
    expect(() => histogram([4.5], buckets)).toThrow(/no bucket/);
    expect(() => histogram([Number.NaN], buckets)).toThrow(RangeError);
  });

  it('refuses overlapping or empty buckets', () => {
    expect(() =>
      histogram(
        [1],
        [
          { label: 'a', min: 0, max: 5 },
          { label: 'b', min: 5, max: null },
        ],
      ),
    ).toThrow(/overlap/);
    expect(() =>
      histogram(
        [1],
        [
          { label: 'a', min: 0, max: null },
          { label: 'b', min: 10, max: 20 },
        ],
      ),
    ).toThrow(/overlap/);
    expect(() => histogram([1], [{ label: 'a', min: 3, max: 2 }])).toThrow(/empty/);
  });
});
