import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { generateDemoData } from './demo-data.generator.js';
import { Rng } from './seeded-rng.js';

/**
 * The demo dataset is part of the product (the seeded demo, the benches, the screenshots in the docs): the same seed
 * must give byte-for-byte the same data. These fingerprints were recorded on the generator before it was split into
 * data tables and modules, and recorded again when the programme year (its applications, experts, reviewers) and
 * its two accounts were added — without them the dataset still hashes to the earlier values. A change to any
 * table, to the PRNG or to the order of draws changes them.
 */
function fingerprint(seed: number): string {
  return createHash('sha256')
    .update(JSON.stringify(generateDemoData(seed)))
    .digest('hex');
}

describe('demo data fingerprint', () => {
  it.each([
    [2026, 'ea220cb4cca3f0b1d8845abe39a405d06fb9b247757abce5bba7ece295eb0d77'],
    [1, 'af16c03846ca8d5caddd2a2b697b9ea3ce9825a875d47b4a549924ed42eabae5'],
    [424242, '7376973a03efc4ec2bce9a07565c7798526bede8d015be0c15d330462d2b15ff'],
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
