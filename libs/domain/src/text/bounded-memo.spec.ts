import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes a key once, keeps at most max answers, and forgets them when the generation changes', () => {
    const memo = new BoundedMemo<string, string | null>(2);
    let computed = 0;
    const upper = (s: string) => () => (computed++, s ? s.toUpperCase() : null);
    expect(memo.get('a', upper('a'), 'g1')).toBe('A');
    expect(memo.get('a', upper('a'), 'g1')).toBe('A');
    expect(memo.get('', upper(''), 'g1')).toBeNull();
    expect(memo.get('', upper(''), 'g1')).toBeNull(); // a remembered null is an answer too
    expect(computed).toBe(2);
    memo.get('b', upper('b'), 'g1'); // a third key: the memory starts again
    memo.get('a', upper('a'), 'g1');
    expect(computed).toBe(4);
    memo.get('a', upper('a'), 'g2');
    expect(computed).toBe(5);
  });
});
