import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { generateDemoData } from './demo-data.generator.js';
import { Rng } from './seeded-rng.js';

/**
 * The demo dataset is part of the product (the seeded demo, the benches, the screenshots in the docs): the same seed
 * must give byte-for-byte the same data. These fingerprints were recorded on the generator before it was split into
 * data tables and modules; a change to any table, to the PRNG or to the order of draws changes them.
 */
function fingerprint(seed: number): string {
  return createHash('sha256')
    .update(JSON.stringify(generateDemoData(seed)))
    .digest('hex');
}

describe('demo data fingerprint', () => {
  it.each([
    [2026, '79ec0b52e7fb0fafaa4973a7f6140f4a2ed5e45a4b50c952efa535d2ef40ba1d'],
    [1, 'e6050d8dae00f6009c5ada54b1b461db50368856a935a7f8023f115ee8b926f8'],
    [424242, 'c9dd369ddb6333d856d2c61e63ab43d40c9117a7f46c890c273cb500ede0c02a'],
  ])('seed %i yields the recorded dataset', (seed, expected) => {
    expect(fingerprint(seed)).toBe(expected);
  });

  it('the PRNG draws the recorded sequence (the benches build their synthetic data on it)', () => {
    const rng = new Rng(7);
    const draws = Array.from({ length: 1000 }, () => rng.next());
    const picks = [
      rng.int(1, 6),
      rng.pick(['a', 'b', 'c']),
      rng.digits(6),
      rng.shuffle([1, 2, 3, 4, 5]).join(''),
    ];
    const hash = createHash('sha256')
      .update(JSON.stringify([draws, picks]))
      .digest('hex');
    expect(hash).toBe('fc8b690006b8a28fbb353c6f0584b6e6eaca4724d2bb6bb823d87f87c439dbeb');
  });
});
