import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  estimateQueryCost,
  isExportField,
  oneExportPerRequestRule,
  pagedCost,
  ROOT_FIELD_COST,
} from './query-limits.js';

const schema = buildSchema(`
  type File { name: String }
  type Item { id: ID, name: String }
  type Page { total: Int, nodes: [Item] }
  type Query { exportA: File, exportB(x: Int): File, items(first: Int): Page, plain: Item }
  type Mutation { startThingExport: File, exportable: Boolean }
`);

const errors = (query: string) => validate(schema, parse(query), [oneExportPerRequestRule()]);

describe('one export per request', () => {
  it('names export fields by their prefix', () => {
    for (const name of ['exportExperts', 'exportAnnex3', 'startExpertExport'])
      expect(isExportField(name)).toBe(true);
    for (const name of ['exportable', 'exporter', 'experts', 'startExpertImport', 'export', 'exportJob'])
      expect(isExportField(name)).toBe(false);
  });

  it('allows one export, with other fields', () => {
    expect(errors(`{ exportA { name } plain { id } }`)).toEqual([]);
    // The same response key twice is merged by GraphQL and runs once.
    expect(errors(`{ exportA { name } exportA { name } }`)).toEqual([]);
  });

  it('refuses two, by alias, by kind, through fragments and inline fragments, and in mutations', () => {
    for (const q of [
      `{ a: exportA { name } b: exportA { name } }`,
      `{ exportA { name } exportB { name } }`,
      `fragment F on Query { exportB { name } } { exportA { name } ...F }`,
      `{ exportA { name } ... on Query { other: exportA { name } } }`,
      `mutation { a: startThingExport { name } b: startThingExport { name } }`,
    ]) {
      const found = errors(q);
      expect(found, q).toHaveLength(1);
      expect(found[0]!.message).toMatch(/一次请求只能导出一个文件/);
      expect(found[0]!.extensions).toMatchObject({ reason: 'ONE_EXPORT_PER_REQUEST' });
    }
  });
});

describe('cost estimate', () => {
  it('counts a root field at least ROOT_FIELD_COST and fields 1 each', () => {
    expect(estimateQueryCost({ schema, document: parse(`{ plain { id name } }`) })).toBe(ROOT_FIELD_COST + 2);
  });

  it('pagedCost counts the selection once per item, capped, and at least once', () => {
    const estimate = pagedCost(100, 'first', 20, 50);
    const at = (first: unknown) =>
      estimate({ args: first === undefined ? {} : { first }, childComplexity: 3 } as never) as number;
    expect(at(undefined)).toBe(100 + 3 * 20);
    expect(at(10)).toBe(130);
    expect(at(0)).toBe(103);
    expect(at(1_000_000)).toBe(250);
    expect(at('nonsense')).toBe(250);
  });
});
