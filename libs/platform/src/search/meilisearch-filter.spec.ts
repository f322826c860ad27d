import { describe, expect, it } from 'vitest';
import type { Field } from '@app/domain';
import {
  MeiliFilterError,
  allOf,
  anyOf,
  atLeast,
  eitherOf,
  eq,
  expertFilter,
  idsFilter,
  noneOf,
  quoteFilterValue,
  regionSubtree,
} from './meilisearch-filter.js';
import { EXPERT_FIXTURE, fixtureFiltered } from './testing/expert-search.fixture.js';
import { evaluateFilter, parseMeiliFilter, type FilterNode } from './testing/fake-meilisearch.js';

/** Every literal value in a parsed filter, in order. */
function literals(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.flatMap(literals);
    case 'not':
      return literals(node.item);
    case 'cmp':
      return [node.value];
    case 'in':
      return node.values;
    default:
      return [];
  }
}

describe('quoteFilterValue', () => {
  it('wraps plain values in double quotes', () => {
    expect(quoteFilterValue('MEDICAL')).toBe('"MEDICAL"');
    expect(quoteFilterValue('')).toBe('""');
    expect(quoteFilterValue('脑卒中')).toBe('"脑卒中"');
  });

  it('escapes backslashes first, then quotes', () => {
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
    // A trailing backslash must not escape the closing quote.
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"');
    // Backslash before a quote: the backslash is doubled, the quote escaped once — not `\\\\"` swallowing it.
    expect(quoteFilterValue('他说"你好\\"')).toBe('"他说\\"你好\\\\\\""');
  });

  it('round-trips through a Meilisearch-grammar parser unchanged', () => {
    for (const value of [
      '他说"你好\\"',
      '\\',
      '"',
      '\\"',
      '"\\',
      'x" OR 1=1 OR "',
      "') OR 1=1 --",
      'a]b,c',
      '(',
      'NOT',
      'IN [',
    ]) {
      const node = parseMeiliFilter(eq('fields', value));
      expect(node).toEqual({ kind: 'cmp', attribute: 'fields', op: '=', value });
    }
  });

  it('refuses non-string values', () => {
    expect(() => quoteFilterValue(42 as unknown as string)).toThrow(MeiliFilterError);
  });
});

describe('clause builders', () => {
  it('refuses attribute names outside the allowlist', () => {
    for (const name of ['phone', 'email', 'fields OR 1', 'id = "x" OR id', '', 'Fields', '__proto__']) {
      expect(() => eq(name, 'x'), name).toThrow(MeiliFilterError);
      expect(() => anyOf(name, ['x']), name).toThrow(MeiliFilterError);
      expect(() => noneOf(name, ['x']), name).toThrow(MeiliFilterError);
      expect(() => atLeast(name, 1), name).toThrow(MeiliFilterError);
    }
  });

  it('checks the attribute even when the value list is empty', () => {
    expect(() => anyOf('phone', [])).toThrow(MeiliFilterError);
    expect(anyOf('fields', [])).toBeUndefined();
    expect(noneOf('id', [])).toBeUndefined();
  });

  it('writes IN / NOT IN lists, booleans and numbers', () => {
    expect(anyOf('fields', ['MEDICAL', 'FISHERY'])).toBe('fields IN ["MEDICAL", "FISHERY"]');
    expect(noneOf('id', ['a', 'b'])).toBe('id NOT IN ["a", "b"]');
    expect(eq('retired', true)).toBe('retired = true');
    expect(eq('retired', false)).toBe('retired = false');
    expect(atLeast('titleRank', 2)).toBe('titleRank >= 2');
  });

  it('refuses numbers that are not finite', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(() => atLeast('titleRank', n)).toThrow(MeiliFilterError);
    expect(() => atLeast('titleRank', '3 OR 1=1' as unknown as number)).toThrow(MeiliFilterError);
  });

  it('parenthesises combined clauses so an OR never leaks into an AND', () => {
    expect(allOf('a = "1"', undefined, 'b = "2" OR c = "3"')).toBe('(a = "1") AND (b = "2" OR c = "3")');
    expect(eitherOf('a = "1"', 'b = "2"')).toBe('(a = "1") OR (b = "2")');
    expect(allOf(undefined, '')).toBeUndefined();
    expect(allOf('a = "1"')).toBe('a = "1"');
  });
});

describe('OR 1=1-style values', () => {
  it('stay one literal: the parsed filter has exactly the conditions the builder meant', () => {
    const hostile = [
      'MEDICAL" OR fields != "x',
      '" OR 1=1 OR "',
      "x') OR ('1'='1",
      'MEDICAL"] OR id NOT IN ["',
    ];
    const filter = expertFilter({ fields: hostile as Field[], statuses: ['ACTIVE'] })!;
    const node = parseMeiliFilter(filter);
    expect(node).toEqual({
      kind: 'and',
      items: [
        { kind: 'in', attribute: 'fields', values: hostile, negated: false },
        { kind: 'in', attribute: 'status', values: ['ACTIVE'], negated: false },
      ],
    });
    // And it matches nothing in the fixture, instead of everything.
    expect(
      EXPERT_FIXTURE.filter((d) => evaluateFilter(node, d as unknown as Record<string, unknown>)),
    ).toEqual([]);
  });
});

describe('expertFilter', () => {
  it('is undefined when nothing is restricted (absent or empty lists)', () => {
    expect(expertFilter({})).toBeUndefined();
    expect(
      expertFilter({ fields: [], honours: [], sources: [], statuses: [], titleLevels: [], excludeIds: [] }),
    ).toBeUndefined();
  });

  it('ANDs the lists and ORs the values within each list', () => {
    const filter = expertFilter({
      fields: ['MEDICAL', 'FISHERY'],
      honours: ['SPECIAL_ALLOWANCE'],
      retired: false,
      minTitleRank: 2,
    })!;
    expect(filter).toBe(
      '(fields IN ["MEDICAL", "FISHERY"]) AND (honours IN ["SPECIAL_ALLOWANCE"]) AND (retired = false) AND (titleRank >= 2)',
    );
  });

  it('maps a region code to the subtree by its level', () => {
    expect(regionSubtree('310000')).toBe('provinceCode = "310000"');
    expect(regionSubtree('532600')).toBe('(cityCode = "532600") OR (regionCode = "532600")');
    expect(regionSubtree('532627')).toBe('(countyCode = "532627") OR (regionCode = "532627")');
    expect(expertFilter({ regionCode: '650000', excludeIds: ['x'] })).toBe(
      '(provinceCode = "650000") AND (id NOT IN ["x"])',
    );
  });

  it('selects exactly what the reference semantics select, on the fixture', () => {
    const cases = [
      { fields: ['FISHERY', 'ENVIRONMENT'] as Field[] },
      { fields: ['MEDICAL'] as Field[], honours: ['SPECIAL_ALLOWANCE' as const] },
      { regionCode: '530000' },
      { regionCode: '532600' },
      { regionCode: '653125', retired: false },
      { statuses: ['INACTIVE' as const] },
      { minTitleRank: 3, sources: ['OTHER_PROVINCE' as const, 'FOREIGN' as const] },
      { titleLevels: ['ASSOCIATE' as const], excludeIds: [EXPERT_FIXTURE[1].id] },
    ];
    for (const filter of cases) {
      const node = parseMeiliFilter(expertFilter(filter)!);
      const got = EXPERT_FIXTURE.filter((d) =>
        evaluateFilter(node, d as unknown as Record<string, unknown>),
      ).map((d) => d.id);
      expect(got, JSON.stringify(filter)).toEqual(fixtureFiltered(filter).map((d) => d.id));
      expect(got.length, JSON.stringify(filter)).toBeGreaterThan(0);
    }
  });

  it('keeps every hostile value intact in the literals', () => {
    const evil = '他说"你好\\"';
    const node = parseMeiliFilter(
      expertFilter({ fields: [evil as Field], excludeIds: [evil, '\\'], regionCode: '31"0000' })!,
    );
    expect(literals(node)).toEqual([evil, '31"0000', evil, '\\']);
  });
});

describe('idsFilter', () => {
  it('selects by id and refuses an empty list (which would select nothing or everything)', () => {
    expect(idsFilter(['a', 'b"'])).toBe('id IN ["a", "b\\""]');
    expect(() => idsFilter([])).toThrow(MeiliFilterError);
  });
});

describe('the fake server parser refuses malformed filters, as Meilisearch does', () => {
  it('throws invalid_search_filter for unbalanced quotes, brackets and dangling operators', () => {
    for (const bad of [
      'fields = "a',
      'fields IN ["a"',
      'fields = "a" "b"',
      'AND fields = "a"',
      'fields = "a" OR',
      '(fields = "a"',
      'fields',
      'fields ! "a"',
      '',
    ]) {
      expect(() => parseMeiliFilter(bad), bad).toThrow(
        expect.objectContaining({ code: 'invalid_search_filter', status: 400 }),
      );
    }
  });
});
