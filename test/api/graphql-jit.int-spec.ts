// graphql-jit against graphql-js on the real schema and the demo data: two apps on one runtime (one database), the
// app as it runs (queries compiled by graphql-jit) and the same app executing with graphql-js, sent the same
// requests by the same accounts. Every query the web app sends, with real variables for the hot reads and with the
// worst-case variables (which the resolvers mostly refuse: errors to compare), must answer the same bytes with the
// same HTTP status.
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../apps/api/src/create-api-app.js';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { webOperation, webOperations, worstCaseVariables } from '../support/web-operations.js';

let t: TestApp;
let graphqlJs: INestApplication;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  graphqlJs = await createApiApp(t.runtime, { logger: false, graphqlExecutor: 'graphql-js' });
  await graphqlJs.init();
  for (const who of ['province', 'local', 'unit', 'expert']) tokens[who] = await t.login(who, t.demoPassword);
});
afterAll(async () => {
  await graphqlJs?.close();
  await t?.close();
});

async function post(app: INestApplication, query: string, variables: object, token: string | null) {
  const req = request(app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json');
  if (token) req.set('Authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, text: res.text };
}

type Answer = { data?: any; errors?: { message: string; extensions: { code: string; reason?: string } }[] };
const kinds = (a: Answer) =>
  [...new Set((a.errors ?? []).map((e) => `${e.extensions.code}/${e.extensions.reason}`))].sort();

/**
 * The same request to both apps; they must agree byte for byte. Except where graphql-js does not agree with
 * itself: when errors leave no data (a non-null root field refused), which of the failing root fields it reports
 * depends on which fails first; there the status and the kinds of error must agree.
 */
async function same(query: string, variables: object, token: string | null, label: string) {
  // The app runs a document it has not seen on graphql-js, and compiled from the second time: ask it twice.
  await post(t.app, query, variables, token);
  const jit = await post(t.app, query, variables, token);
  const js = await post(graphqlJs, query, variables, token);
  const [a, b] = [JSON.parse(jit.text) as Answer, JSON.parse(js.text) as Answer];
  if (a.data === null && b.data === null && a.errors?.length && b.errors?.length) {
    expect(jit.status, label).toBe(js.status);
    expect(kinds(a), label).toEqual(kinds(b));
  } else expect(jit, label).toEqual(js);
  return a;
}

describe('graphql-jit and graphql-js on the real schema', () => {
  it('answer the hot reads alike: the board, a demand, expert search and matching', async () => {
    const board = webOperation('Demands');
    const page = await same(
      board.text,
      { filter: { statuses: null, query: null }, first: 20 },
      tokens.province!,
      'board',
    );
    expect(page.errors).toBeUndefined();
    const ids: string[] = page.data.demands.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    await same(
      board.text,
      { first: 5, after: page.data.demands.pageInfo.endCursor },
      tokens.local!,
      'board, page 2',
    );
    await same(board.text, { first: 5 }, null, 'board, anonymous');

    const search = webOperations().find(
      (o) => /experts\s*\(/.test(o.text) && o.operation.operation === 'query',
    );
    expect(search).toBeDefined();
    const found = await same(
      search!.text,
      {
        ...worstCaseVariables(t.app.get(GraphQLSchemaHost).schema, search!.operation),
        query: '农业',
        first: 20,
      },
      tokens.province!,
      search!.name,
    );
    expect(found.data).toBeTruthy();

    for (const op of webOperations().filter((o) => o.operation.operation === 'query')) {
      const wants = (op.operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
      if (!wants.includes('demandId') && !wants.includes('id')) continue;
      for (const id of ids.slice(0, 3))
        for (const who of ['province', 'local'])
          await same(
            op.text,
            { ...worstCaseVariables(t.app.get(GraphQLSchemaHost).schema, op.operation), id, demandId: id },
            tokens[who]!,
            `${op.name} ${id} as ${who}`,
          );
    }
  });

  it('answer every query of the web app alike for each role, errors included', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const codes = new Set<string>();
    let answered = 0;
    for (const op of webOperations().filter((o) => o.operation.operation === 'query')) {
      const variables = worstCaseVariables(schema, op.operation);
      for (const who of ['province', 'unit', 'expert']) {
        const res = await same(op.text, variables, tokens[who]!, `${op.name} as ${who}`);
        for (const e of res.errors ?? []) codes.add(e.extensions.code);
        if (res.data && !res.errors) answered++;
      }
    }
    // Both paths were exercised: answers, and refusals of several kinds.
    expect(answered).toBeGreaterThan(10);
    expect(codes.size).toBeGreaterThan(1);
  });

  it('refuse bad variables and unknown fields alike', async () => {
    const board = webOperation('Demands');
    const bad = await same(board.text, { first: '二十' }, tokens.province!, 'bad variable');
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await same(
      '{ demands(first: 1) { nodes { nope } } }',
      {},
      tokens.province!,
      'unknown field',
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
