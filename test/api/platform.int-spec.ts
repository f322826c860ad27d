import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t?.close());

describe('GraphQL platform', () => {
  it('serves every catalog enumeration with Chinese labels, without sign-in', async () => {
    const res = await t.gql(
      `{ catalog { fields { value label } titleLevels { value label } roles { value label } activityTypes { value } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.catalog.fields).toHaveLength(20);
    expect(res.data.catalog.fields).toContainEqual({ value: 'FISHERY', label: '渔业' });
    expect(res.data.catalog.titleLevels).toContainEqual({ value: 'SENIOR', label: '正高级' });
    expect(res.data.catalog.activityTypes).toHaveLength(13);
  });

  it('refuses queries nested deeper than the limit, also through fragments', async () => {
    expect((await t.gql(`{ me { organization { region { code } } } }`, {}, admin)).errors).toBeUndefined();
    let inner = 'name';
    for (let i = 0; i < 12; i++) inner = `ofType { ${inner} }`;
    const res = await t.gql(`{ __schema { types { fields { type { ${inner} } } } } }`, {}, admin);
    expect(res.data).toBeUndefined();
    expect(res.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/嵌套层级过深（\d+ 层），最多允许 10 层/);
    const viaFragment = await t.gql(
      `fragment Deep on __Type { ${inner} } { __schema { types { fields { type { ...Deep } } } } }`,
      {},
      admin,
    );
    expect(viaFragment.errors![0].message).toMatch(/嵌套层级过深/);
  });

  it('refuses queries that would cost too much', async () => {
    const aliases = Array.from(
      { length: 1500 },
      (_, i) => `c${i}: catalog { fields { value label } roles { value label } }`,
    ).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toMatch(/查询过于复杂/);
  });

  it('answers malformed queries with a validation code and no stack trace', async () => {
    const res = await t.gql(`{ me { nonsense } }`, {}, admin);
    expect(res.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/^请求格式有误/);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('hides internal failures behind a Chinese message', async () => {
    // Break the database under the running app: the client sees a generic message, never SQL or a stack.
    await t.runtime.dataSource.query(`ALTER TABLE regions RENAME TO regions_moved`);
    try {
      const res = await t.gql(`{ regions { code } }`, {}, admin);
      expect(res.errors![0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).toMatch(/服务器内部错误/);
      expect(JSON.stringify(res.errors)).not.toMatch(/regions_moved|relation|stack/i);
    } finally {
      await t.runtime.dataSource.query(`ALTER TABLE regions_moved RENAME TO regions`);
    }
  });

  it('reports health for load balancers', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});

describe('production mode', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => prod?.close());

  it('turns introspection off', async () => {
    const res = await prod.gql(`{ __schema { queryType { name } } }`);
    expect(res.errors).toBeDefined();
    expect(res.errors![0].message).toMatch(/introspection/i);
  });
});
