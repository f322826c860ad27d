// Query limits through the real app over HTTP: alias attacks on the expensive fields are refused before any work,
// with HTTP 400 and a code (not 500), while the web app's own operations still pass.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { webOperation } from '../support/web-operations.js';

let t: TestApp;
let admin: string;
let local: string;

/** POST /graphql with supertest, keeping the HTTP status. */
async function post(query: string, token: string | null, variables: object = {}) {
  const req = request(t.app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json');
  if (token) req.set('Authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, body: res.body as { data?: any; errors?: any[] } };
}

const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const created = await t.gql(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    { i: { username: 'jinshan', password: 'Jinshan2026', role: 'LOCAL', regionCode: '310116' } },
    admin,
  );
  expect(created.errors).toBeUndefined();
  local = await t.login('jinshan', 'Jinshan2026');
});
afterAll(() => t?.close());

describe('cost limit', () => {
  it('refuses 500 dashboard aliases with 400 QUERY_TOO_COMPLEX, for a bureau too', async () => {
    for (const token of [admin, local]) {
      const res = await post(aliases(500, 'dashboard { year }'), token);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.body.errors![0].message).toMatch(/查询过于复杂/);
    }
  });

  it('refuses a handful of dashboards in one request, where one is fine', async () => {
    expect((await post(aliases(1, 'dashboard { year }'), local)).status).toBe(200);
    const res = await post(aliases(5, 'dashboard { year }'), local);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses many searches, matchings or surveys in one request', async () => {
    for (const field of [
      'experts(first: 0) { total }',
      'teamSurvey(teamId: "00000000-0000-0000-0000-000000000000") { batchCount }',
      'expertServiceRecord(expertId: "00000000-0000-0000-0000-000000000000", year: 2026) { workingDays }',
    ]) {
      const res = await post(aliases(50, field), admin);
      expect(res.status, field).toBe(400);
      expect(res.body.errors![0].extensions.code, field).toBe('QUERY_TOO_COMPLEX');
    }
    const match = await post(
      aliases(30, 'matchExperts(demandId: "00000000-0000-0000-0000-000000000000") { score }'),
      local,
    );
    expect(match.status).toBe(400);
    expect(match.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts a page of results as many times as it asks for: nested per-item work is not free', async () => {
    const res = await post(
      `{ demands(first: 100) { nodes { id volunteers { id } teams { id } history { at } } } }`,
      admin,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(
      (
        await post(
          `{ demands(first: 20) { nodes { id volunteers { id } teams { id } history { at } } } }`,
          admin,
        )
      ).status,
    ).toBe(200);
  });

  it('refuses cheap fields aliased by the thousand with 400', async () => {
    const res = await post(aliases(1500, 'catalog { fields { value label } roles { value label } }'), null);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const me = await post(aliases(1000, 'me { id }'), admin);
    expect(me.status).toBe(400);
    expect(me.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the web app’s own heaviest operations through', async () => {
    const dashboard = await post(webOperation('Dashboard').text, local, { year: 2026 });
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.errors).toBeUndefined();
    expect(dashboard.body.data.dashboard.year).toBe(2026);
    const experts = await post(webOperation('Experts').text, admin, { query: '脑卒中', first: 100 });
    expect(experts.status).toBe(200);
    expect(experts.body.errors).toBeUndefined();
    const teams = await post(webOperation('Teams').text, admin, { first: 100 });
    expect(teams.body.errors).toBeUndefined();
  });
});

describe('verdicts remembered per document', () => {
  // The cost and the input check are worked out once per (document, operation, variables) and remembered: the
  // same text must still be refused when its variables make it too costly or invalid, after it passed, and the
  // other way round. (That only the verdict is shared, never an answer: demands-board.int-spec.)
  it('refuses the same text again when other variables make it too costly, and lets the cheap ones through', async () => {
    const query = `query($first: Int) { demands(first: $first) { nodes { id volunteers { id } teams { id } history { at } } } }`;
    for (let round = 0; round < 2; round++) {
      expect((await post(query, admin, { first: 20 })).status).toBe(200);
      const costly = await post(query, admin, { first: 100 });
      expect(costly.status).toBe(400);
      expect(costly.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect((await post(query, local, { first: 20 })).status).toBe(200);
    }
  });

  it('refuses an invalid argument after the same text passed with a valid one, and again', async () => {
    const query = `query($id: ID!, $q: String) { demand(id: $id) { id } experts(query: $q, first: 1) { total } }`;
    const valid = { id: '00000000-0000-0000-0000-000000000000', q: '水稻' };
    for (let round = 0; round < 2; round++) {
      const ok = await post(query, admin, valid);
      expect(ok.body.errors?.[0]?.extensions?.code).not.toBe('BAD_USER_INPUT');
      for (const bad of [
        { ...valid, id: 'not-a-uuid' },
        { ...valid, q: 'a\u0000b' },
      ]) {
        const refused = await post(query, admin, bad);
        expect(refused.status).toBe(400);
        expect(refused.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });
});

describe('one export per request', () => {
  it('refuses 100 export aliases with 400 before anything is exported', async () => {
    const res = await post(aliases(100, 'exportExperts { fileName }'), local);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors![0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'ONE_EXPORT_PER_REQUEST',
    });
    const audit = await t.gql(
      `{ auditLog(filter: { action: "expert.export" }) { nodes { id } } }`,
      {},
      admin,
    );
    expect(audit.data.auditLog.nodes).toHaveLength(0);
  });

  it('refuses a second export of any kind in one operation, with a Chinese message', async () => {
    const res = await post(`{ exportExperts { fileName } exportAnnex3(year: 2026) { fileName } }`, admin);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors![0].extensions.reason).toBe('ONE_EXPORT_PER_REQUEST');
    expect(res.body.errors![0].message).toMatch(/一次请求只能导出一个文件/);
    const viaFragment = await post(
      `fragment F on Query { b: exportExperts { fileName } } { a: exportExperts { fileName } ...F }`,
      admin,
    );
    expect(viaFragment.status).toBe(400);
    expect(viaFragment.body.errors![0].extensions.reason).toBe('ONE_EXPORT_PER_REQUEST');
  });

  it('still answers one export', async () => {
    const res = await post(`{ exportExperts { fileName } }`, admin);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('other refusals', () => {
  it('answers a too-deep query with 400 and its code', async () => {
    let inner = 'name';
    for (let i = 0; i < 12; i++) inner = `ofType { ${inner} }`;
    const res = await post(`{ __schema { types { fields { type { ${inner} } } } } }`, admin);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
