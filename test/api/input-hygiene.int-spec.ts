// Bad input at the GraphQL boundary (issue #10, item 4): each value that used to reach PostgreSQL or a resolver
// and come back as INTERNAL_SERVER_ERROR is refused before anything runs, as BAD_USER_INPUT (HTTP 400) with a
// Chinese message naming the argument, and nothing is written. Photo files exist only for committed rows.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhotoStorageService, ServicePhotoService } from '@app/core';
import type { Actor } from '@app/domain';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
const tokens: Record<string, string> = {};

const CREATE_ORG = `mutation($n: String!) { createOrganization(input: { kind: UNIT, name: $n, regionCode: "310116" }) { id name } }`;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function count(table: string): Promise<number> {
  const [row] = await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

/** The one error of a refused request, with its HTTP status. */
async function refusal(query: string, variables: Record<string, unknown>, who: string | null) {
  const res = await t.gql(query, variables, who ? tokens[who] : null);
  expect(res.errors, JSON.stringify(res.data)).toHaveLength(1);
  const e = res.errors![0];
  return {
    status: res.status,
    code: e.extensions?.code as string,
    message: e.message as string,
    fields: e.extensions?.fieldErrors as Record<string, string> | undefined,
  };
}

function uploadsDir(): string {
  return path.join(t.runtime.config.dataDir, 'uploads');
}
function filesUnder(dir: string): string[] {
  return existsSync(dir)
    ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(png|jpg|webp)$/.test(f))
    : [];
}

beforeAll(async () => {
  t = await startTestApp({ demo: true, workers: false });
  for (const who of ['admin', 'unit', 'expert']) tokens[who] = await t.login(who);
}, 120_000);
afterAll(() => t?.close());

describe('text arguments', () => {
  it('refuses NUL and other control characters in any free text, naming the argument, writing nothing', async () => {
    const before = await count('organizations');
    for (const name of ['合作社\u0000', '\u0001测试', 'a\u001bb', 'x\u007f']) {
      const e = await refusal(CREATE_ORG, { n: name }, 'admin');
      expect(e).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
      expect(e.message).toBe('参数 input.name 含有不可见的控制字符（如 NUL），请删除后重试');
      expect(e.fields).toEqual({ name: '含有不可见的控制字符（如 NUL），请删除后重试' });
    }
    // Written inline in the query, too.
    const inline = await refusal(
      `mutation { createOrganization(input: { kind: UNIT, name: "a\\u0000b", regionCode: "310116" }) { id } }`,
      {},
      'admin',
    );
    expect(inline.message).toContain('参数 input.name 含有不可见的控制字符');
    expect(await count('organizations')).toBe(before);
  });

  it('refuses lone UTF-16 surrogates, and keeps emoji, tabs and line breaks', async () => {
    for (const name of ['a\ud800b', '\udc00尾', '末\ud83d']) {
      const e = await refusal(CREATE_ORG, { n: name }, 'admin');
      expect(e).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
      expect(e.message).toContain('参数 input.name 含有无效的字符编码');
    }
    const ok = await t.gql(CREATE_ORG, { n: '绿野\t合作社🍅\r\n二号' }, tokens.admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createOrganization.name).toBe('绿野\t合作社🍅\r\n二号');
  });

  it('refuses text over the default length, but not an upload declared larger', async () => {
    const e = await refusal(
      `query($q: String) { experts(query: $q) { total } }`,
      { q: '中'.repeat(10_001) },
      'admin',
    );
    expect(e).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(e.message).toBe('参数 query 过长（10001 个字符，最多 10000 个）');
    // A 40,000-character base64 body passes the boundary and is judged by the upload's own rules.
    const teamId = (await t.runtime.dataSource.query(`SELECT id FROM teams LIMIT 1`))[0].id;
    const big = await refusal(
      `mutation($t: ID!, $c: String!) { uploadServicePhoto(teamId: $t, fileName: "a.png", contentBase64: $c) { id } }`,
      { t: teamId, c: 'A'.repeat(40_000) },
      'admin',
    );
    expect(big.message).not.toContain('过长');
  });
});

describe('ids, dates and years', () => {
  it('refuses an id that is not a UUID, wherever it is', async () => {
    const before = await count('experts');
    const e = await refusal(
      `mutation { upsertExpert(input: { id: "nope", name: "张三", employer: "某医院", fields: [MEDICAL], regionCode: "310116", title: "主任医师", titleLevel: SENIOR }) { id } }`,
      {},
      'admin',
    );
    expect(e).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', message: '参数 input.id 不是有效的编号' });
    expect(await count('experts')).toBe(before);
    const list = await refusal(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [randomUUID(), '1; DROP TABLE x'] },
      'admin',
    );
    expect(list.message).toBe('参数 ids[1] 不是有效的编号');
    // A well-formed id of nothing is still the service's NOT_FOUND.
    expect(
      (await t.gql(`query($id: ID!) { expert(id: $id) { id } }`, { id: randomUUID() }, tokens.admin)).data
        .expert,
    ).toBeNull();
  });

  it('refuses year 0 and dates outside 1900–2100, naming the argument', async () => {
    const before = await count('demands');
    const d = await refusal(
      `mutation { createDemand(input: { title: "大棚番茄病害防治", expertsWanted: 1, startDate: "0000-01-01", endDate: "2027-01-05" }) { id } }`,
      {},
      'unit',
    );
    expect(d).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: '参数 input.startDate 应在 1900-01-01 到 2100-12-31 之间',
    });
    const v = await refusal(
      `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
      { i: { title: '大棚番茄病害防治', expertsWanted: 1, startDate: '2027-01-01', endDate: '2101-01-01' } },
      'unit',
    );
    expect(v.message).toBe('参数 input.endDate 应在 1900-01-01 到 2100-12-31 之间');
    expect(await count('demands')).toBe(before);
    const y = await refusal(`{ experts(first: 1) { hits { expert { daysServed(year: 0) } } } }`, {}, 'admin');
    expect(y).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: '参数 year 应为 2000 到 2100 之间的年份',
    });
  });

  it('refuses a date-time that is not one', async () => {
    const e = await refusal(`{ auditLog(filter: { from: "not-a-date" }) { totalCount } }`, {}, 'admin');
    expect(e).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(e.message).toMatch(/^参数 filter\.from 不是有效的日期时间/);
    const ok = await t.gql(
      `{ auditLog(filter: { from: "2026-01-01T00:00:00Z" }) { totalCount } }`,
      {},
      tokens.admin,
    );
    expect(ok.errors).toBeUndefined();
  });
});

describe('the query itself', () => {
  it('refuses a 5,000-level query before parsing it, and too many tokens', async () => {
    let q = 'id';
    for (let i = 0; i < 5000; i++) q = `me { ${q} }`;
    const deep = await refusal(`{ ${q} }`, {}, 'admin');
    expect(deep).toMatchObject({
      status: 400,
      code: 'QUERY_TOO_LARGE',
      message: '查询嵌套过深（超过 64 层括号），请拆分查询',
    });
    const many = await refusal(`{ ${'a '.repeat(30_000)} }`, {}, null);
    expect(many).toMatchObject({
      status: 400,
      code: 'QUERY_TOO_LARGE',
      message: '查询过长（超过 25000 个词法单元），请拆分查询',
    });
    const long = await refusal(`{ me { id } } # ${'x'.repeat(200_000)}`, {}, null);
    expect(long).toMatchObject({ status: 400, code: 'QUERY_TOO_LARGE' });
    expect(long.message).toMatch(/^查询文本过长（200\d+ 个字符，上限 200000）/);
  });
});

describe('tokens', () => {
  it('answers a signed token whose subject is not an account id as UNAUTHENTICATED', async () => {
    const jwt = t.app.get(JwtService);
    for (const claims of [
      { sub: 'nope', tv: 0 },
      { sub: 42, tv: 0 },
      { sub: randomUUID(), tv: 'x' },
    ]) {
      const res = await t.gql(`{ me { id } }`, {}, await jwt.signAsync(claims));
      expect(res.errors![0].extensions.code, JSON.stringify(claims)).toBe('UNAUTHENTICATED');
      expect(res.errors![0].message).toBe('登录已过期或无效，请重新登录');
    }
  });
});

describe('photo files', () => {
  let actor: Actor;
  let teamId: string;
  beforeAll(async () => {
    const me = await t.gql(`{ me { id username role expertId } }`, {}, tokens.expert);
    actor = {
      accountId: me.data.me.id,
      username: me.data.me.username,
      role: 'EXPERT',
      expertId: me.data.me.expertId,
    };
    const teams = await t.gql(`{ teams(first: 50) { id name } }`, {}, tokens.expert);
    teamId = teams.data.teams.find((x: any) => x.name === '廊下设施蔬菜绿色生产专家服务团').id;
  });

  it('leaves no file when the row cannot be written, and keeps the file of a committed upload', async () => {
    const service = t.app.get(ServicePhotoService);
    const before = filesUnder(uploadsDir());
    // The database refuses this row (NUL in text) after the file was written: the file must go with it.
    await expect(service.uploadPhoto(actor, teamId, 'a\u0000.png', PNG)).rejects.toThrow();
    expect(filesUnder(uploadsDir())).toEqual(before);
    const photo = await service.uploadPhoto(actor, teamId, '现场.png', PNG, '大棚');
    expect(filesUnder(uploadsDir())).toEqual([...before, photo.storageKey.replace(/\//g, path.sep)].sort());
    expect(filesUnder(path.join(uploadsDir(), 'tmp'))).toEqual([]);
  });

  it('sweeps what a crash left: old staged uploads (kept when their row was committed) and files no row names', async () => {
    const service = t.app.get(ServicePhotoService);
    const kept = await service.uploadPhoto(actor, teamId, '留存.png', PNG);
    const dir = uploadsDir();
    const put = (key: string, ageMinutes: number) => {
      const file = path.join(dir, key);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, PNG);
      const at = new Date(Date.now() - ageMinutes * 60_000);
      utimesSync(file, at, at);
    };
    const orphan = `photos/${teamId}/${randomUUID()}.png`;
    const young = `photos/${teamId}/${randomUUID()}.png`;
    const stagedOld = `tmp/photos/${teamId}/${randomUUID()}.png`;
    const stagedYoung = `tmp/photos/${teamId}/${randomUUID()}.png`;
    put(orphan, 120);
    put(young, 5);
    put(stagedOld, 120);
    put(stagedYoung, 5);
    // A committed row whose file was still staged when the process stopped.
    const committed = await service.uploadPhoto(actor, teamId, '提交.png', PNG);
    const restaged = path.join(dir, 'tmp', committed.storageKey);
    mkdirSync(path.dirname(restaged), { recursive: true });
    renameSync(path.join(dir, committed.storageKey), restaged);
    const old = new Date(Date.now() - 120 * 60_000);
    utimesSync(restaged, old, old);

    const result = await t.app.get(PhotoStorageService).sweep();
    expect(result).toEqual({ kept: 1, removed: 2 });
    expect(existsSync(path.join(dir, orphan))).toBe(false);
    expect(existsSync(path.join(dir, stagedOld))).toBe(false);
    expect(existsSync(path.join(dir, young))).toBe(true);
    expect(existsSync(path.join(dir, stagedYoung))).toBe(true);
    expect(existsSync(path.join(dir, kept.storageKey))).toBe(true);
    expect(existsSync(path.join(dir, committed.storageKey))).toBe(true);
    expect(existsSync(restaged)).toBe(false);
    // Idempotent.
    expect(await t.app.get(PhotoStorageService).sweep()).toEqual({ kept: 0, removed: 0 });
  });
});
