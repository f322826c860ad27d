import { describe, expect, it } from 'vitest';
import { operationMemo } from './operation-memo.js';

describe('operationMemo', () => {
  it('judges a (document, operation, variables) once, and every other combination anew', () => {
    const memo = operationMemo<string>();
    const doc = {};
    let judged = 0;
    const judge = (verdict: string) => () => (judged++, verdict);
    expect(memo({ document: doc, variables: { a: 1 } }, judge('x'))).toBe('x');
    expect(memo({ document: doc, variables: { a: 1 } }, judge('never'))).toBe('x');
    expect(judged).toBe(1);
    // Other variables, another operation, another document: judged again.
    expect(memo({ document: doc, variables: { a: 2 } }, judge('y'))).toBe('y');
    expect(memo({ document: doc, operationName: 'Other', variables: { a: 1 } }, judge('z'))).toBe('z');
    expect(memo({ document: {}, variables: { a: 1 } }, judge('w'))).toBe('w');
    expect(judged).toBe(4);
  });

  it('remembers a null verdict (nothing wrong) as a verdict', () => {
    const memo = operationMemo<string | null>();
    const doc = {};
    let judged = 0;
    memo({ document: doc }, () => (judged++, null));
    expect(memo({ document: doc, variables: {} }, () => (judged++, 'late'))).toBeNull();
    expect(judged).toBe(1);
  });

  it('judges long variables every time, and keeps a bounded number per document', () => {
    const memo = operationMemo<number>(2, 50);
    const doc = {};
    let judged = 0;
    const long = { text: 'x'.repeat(100) };
    memo({ document: doc, variables: long }, () => ++judged);
    memo({ document: doc, variables: long }, () => ++judged);
    expect(judged).toBe(2);
    for (const a of [1, 2, 3]) memo({ document: doc, variables: { a } }, () => ++judged);
    expect(judged).toBe(5);
    // The oldest ({ a: 1 }) was forgotten; the newest two are remembered.
    memo({ document: doc, variables: { a: 3 } }, () => ++judged);
    expect(judged).toBe(5);
    memo({ document: doc, variables: { a: 1 } }, () => ++judged);
    expect(judged).toBe(6);
  });
});
