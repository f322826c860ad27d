// Guards of the cost limit, over the schema the resolvers build: an export or a heavy field cannot be added
// without a cost, the web app's own operations stay under the limit, and the alias attacks seen in the issue do not.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { getNamedType, parse, type GraphQLField, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_COST, estimateQueryCost, isExportField } from '@app/platform';
import { webOperations, worstCaseVariables } from '../../../../test/support/web-operations.js';
import { RESOLVERS } from '../schema.js';
import { MIN_EXPORT_COST } from './query-costs.js';

let schema: GraphQLSchema;
let close: () => Promise<void>;

beforeAll(async () => {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  close = () => app.close();
});
afterAll(() => close?.());

const rootFields = () => [
  ...Object.values(schema.getQueryType()!.getFields()),
  ...Object.values(schema.getMutationType()!.getFields()),
];

/** The field's own declared cost with its default arguments and an empty selection. */
function declaredCost(field: GraphQLField<unknown, unknown>): number | undefined {
  const c = field.extensions?.complexity as unknown;
  if (typeof c === 'number') return c;
  if (typeof c === 'function')
    return (c as (a: object) => number)({ args: {}, childComplexity: 0, field, type: schema.getQueryType() });
  return undefined;
}

const cost = (query: string) => estimateQueryCost({ schema, document: parse(query) });
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('declared costs', () => {
  it('every export costs at least the export minimum', () => {
    const exports = rootFields().filter((f) => isExportField(f.name));
    expect(exports.map((f) => f.name)).toEqual(
      expect.arrayContaining(['exportExperts', 'exportTeamSurvey', 'exportAnnex3', 'exportServiceRecord']),
    );
    for (const f of exports)
      expect(declaredCost(f), `${f.name} 需要声明代价（complexity）`).toBeGreaterThanOrEqual(MIN_EXPORT_COST);
  });

  it('every field that returns a file is an export by name, so the one-export rule sees it', () => {
    for (const f of rootFields()) {
      if (getNamedType(f.type).name === 'FileDownload')
        expect(isExportField(f.name), `${f.name} 返回文件，名称应以 export 开头`).toBe(true);
    }
  });

  it('every heavy field declares a real cost', () => {
    const heavy = [
      'dashboard',
      'matchExperts',
      'suggestTeam',
      'explainExclusion',
      'recommendedDemands',
      'demandVolunteers',
      'teamSurvey',
      'expertServiceRecord',
      'experts',
      'importExperts',
      'startExpertImport',
      'login',
      'suggestDemandClassification',
      'similarDemands',
      'approvedTeamsForDemand',
    ];
    const byName = new Map(rootFields().map((f) => [f.name, f]));
    for (const name of heavy) {
      expect(byName.has(name), name).toBe(true);
      expect(declaredCost(byName.get(name)!), name).toBeGreaterThanOrEqual(200);
    }
  });
});

describe('the limit', () => {
  it('lets every operation of the web app through, with page sizes at their cap', () => {
    const ops = webOperations();
    expect(ops.length).toBeGreaterThan(50);
    for (const op of ops) {
      const c = estimateQueryCost({
        schema,
        document: op.document,
        operationName: op.name,
        variables: worstCaseVariables(schema, op.operation),
      });
      expect(c, `${op.file} ${op.name} 的代价 ${c} 超过上限 ${MAX_QUERY_COST}`).toBeLessThanOrEqual(
        MAX_QUERY_COST,
      );
    }
  });

  it('refuses the alias attacks of the issue: 500 dashboards, 100 or even 3 exports, 1000 × me', () => {
    expect(cost(aliases(500, 'dashboard { year }'))).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(aliases(5, 'dashboard { year }'))).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(aliases(1, 'dashboard { year }'))).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(cost(aliases(100, 'exportExperts { fileName }'))).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(aliases(3, 'exportExperts { fileName }'))).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(aliases(4, 'exportAnnex3(year: 2026) { fileName }'))).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(aliases(30, 'experts(first: 0) { total }'))).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost(aliases(1000, 'me { id }'))).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('counts a page once per item asked for', () => {
    const page = (n: number) => cost(`{ demands(first: ${n}) { nodes { id volunteers { id } } } }`);
    expect(page(20)).toBeGreaterThan(page(10));
    expect(page(100)).toBeGreaterThan(MAX_QUERY_COST);
    expect(page(10_000)).toBe(page(100)); // sizes beyond the service's cap are refused by the service anyway
  });
});
