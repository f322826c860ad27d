// 匹配词库 through GraphQL on a real database: ADMIN adds, edits and removes entries (validated, audited, one per
// expression, compare-and-swap on edits); the built-in entries are listed and read-only; a new entry changes what
// the expert search and the matching find at once, without a restart; other roles may read (PROVINCE) or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

let t: TestApp;
let admin: string;
let province: string;
let unitToken: string;

const ENTRY = `id expression terms fields note builtin version`;
const CREATE = `mutation($i: LexiconEntryInput!) { createLexiconEntry(input: $i) { ${ENTRY} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: LexiconEntryInput!) { updateLexiconEntry(id: $id, version: $v, input: $i) { ${ENTRY} } }`;
const DELETE = `mutation($id: ID!) { deleteLexiconEntry(id: $id) }`;
const LIST = `query($q: String, $b: Boolean) { lexiconEntries(query: $q, builtin: $b) { ${ENTRY} } }`;
const SEARCH = `query($q: String) { experts(query: $q, first: 20) { total suggestions hits { highlights expert { name } } } }`;

async function ok<T = any>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, vars, token);
  if (res.errors) throw new Error(`${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data;
}
async function refused(query: string, vars: Record<string, unknown>, token: string) {
  const res = await t.gql(query, vars, token);
  expect(res.errors, 'expected a refusal').toBeDefined();
  return {
    code: res.errors![0].extensions?.code as string,
    message: res.errors![0].message as string,
    fields: res.errors![0].extensions?.fieldErrors,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const account = (i: object) =>
    ok(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i }, admin);
  const org = await ok(
    `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { name: '廊下绿野蔬菜合作社', kind: 'UNIT', regionCode: '310116' } },
    admin,
  );
  await account({ username: 'prov', password: 'Province2026', role: 'PROVINCE', regionCode: '310000' });
  await account({
    username: 'coop',
    password: 'Coop20260',
    role: 'UNIT',
    organizationId: org.createOrganization.id,
  });
  province = await t.login('prov', 'Province2026');
  unitToken = await t.login('coop', 'Coop20260');
  for (const [name, specialties] of [
    ['钱立新', '鱼类增氧与溶解氧调控'],
    ['孙美华', '果蔬冷链物流与采后保鲜'],
  ]) {
    await ok(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
      {
        i: {
          name,
          employer: '上海海洋大学',
          title: '教授',
          titleLevel: 'SENIOR',
          fields: ['FISHERY', 'TRANSPORT'],
          specialties,
          regionCode: '310115',
          source: 'LOCAL',
        },
      },
      province,
    );
  }
  const index = t.app.get(SearchIndexService);
  expect(await waitFor(async () => (await index.pendingCount()) === 0, 30_000)).toBe(true);
}, 120_000);
afterAll(() => t?.close());

describe('匹配词库', () => {
  it('lists the built-in entries, read-only, for ADMIN and PROVINCE; refuses other roles', async () => {
    const { lexiconEntries } = await ok(LIST, { q: '拉稀' }, admin);
    const builtin = lexiconEntries.find((e: any) => e.expression === '拉稀');
    expect(builtin).toMatchObject({ builtin: true, id: 'builtin:拉稀' });
    expect(builtin.terms).toContain('腹泻');
    expect((await ok(LIST, { b: true }, province)).lexiconEntries.length).toBeGreaterThan(300);
    expect((await refused(LIST, {}, unitToken)).code).toBe('FORBIDDEN');
    expect(
      (await refused(UPDATE, { id: 'builtin:拉稀', v: 0, i: { expression: '拉稀', terms: ['x'] } }, admin))
        .code,
    ).toBe('BAD_USER_INPUT');
    expect((await refused(DELETE, { id: 'builtin:拉稀' }, admin)).code).toBe('BAD_USER_INPUT');
  });

  it('takes effect at once in the search box and in matching: 菜蔫了 finds 采后保鲜 after ADMIN adds it', async () => {
    const before = await ok(SEARCH, { q: '菜蔫了 ' }, province);
    expect(before.experts.hits.map((h: any) => h.expert.name)).not.toContain('孙美华');
    const { createLexiconEntry: entry } = await ok(
      CREATE,
      { i: { expression: '菜蔫了', terms: ['采后保鲜', '冷链'], fields: ['TRANSPORT'], note: '菜农常说' } },
      admin,
    );
    expect(entry).toMatchObject({ expression: '菜蔫了', builtin: false, version: 1, fields: ['TRANSPORT'] });
    const after = await ok(SEARCH, { q: '菜蔫了 ' }, province);
    expect(after.experts.hits[0].expert.name).toBe('孙美华');
    expect(after.experts.hits[0].highlights.join('')).toContain('<em>');
    // In a demand too: the unit writes it, the dispatcher's match finds the expert on the problem.
    const local = await ok(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { username: 'jinshan', password: 'Jinshan2026', role: 'LOCAL', regionCode: '310116' } },
      admin,
    );
    expect(local.createAccount.id).toBeTruthy();
    const bureau = await t.login('jinshan', 'Jinshan2026');
    const d = await ok(
      `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
      {
        i: {
          title: '菜运到城里都蔫了',
          description: '地里的青菜运到城里，一路上菜蔫了，卖不上价，想请专家指导。',
          fields: ['TRANSPORT'],
          serviceForms: ['TECH_GUIDANCE'],
          expertsWanted: 1,
          startDate: '2027-03-01',
          endDate: '2027-03-20',
          expectedDays: 5,
          contactName: '沈建国',
          contactPhone: '13916620001',
        },
      },
      unitToken,
    );
    await ok(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id: d.createDemand.id }, unitToken);
    await ok(
      `mutation($id: ID!) { acceptDemand(id: $id, note: "受理") { status } }`,
      { id: d.createDemand.id },
      bureau,
    );
    const match = await ok(
      `query($d: ID!) { matchExperts(demandId: $d) { expert { name } reasons { code detail } } }`,
      { d: d.createDemand.id },
      province,
    );
    expect(match.matchExperts[0].expert.name).toBe('孙美华');
    expect(match.matchExperts[0].reasons.map((r: any) => r.detail ?? '').join('')).toContain('菜蔫了');

    // Edited (with the version read), then removed: the search follows each change.
    const edited = await ok(
      UPDATE,
      { id: entry.id, v: 1, i: { expression: '菜蔫了', terms: ['溶解氧'] } },
      admin,
    );
    expect(edited.updateLexiconEntry.version).toBe(2);
    expect((await ok(SEARCH, { q: '菜蔫了 ' }, province)).experts.hits[0].expert.name).toBe('钱立新');
    const stale = await refused(
      UPDATE,
      { id: entry.id, v: 1, i: { expression: '菜蔫了', terms: ['冷链'] } },
      admin,
    );
    expect(stale.code).toBe('CONFLICT');
    expect(await ok(DELETE, { id: entry.id }, admin)).toEqual({ deleteLexiconEntry: true });
    expect(
      (await ok(SEARCH, { q: '菜蔫了 ' }, province)).experts.hits.map((h: any) => h.expert.name),
    ).not.toContain('钱立新');
    expect((await refused(DELETE, { id: entry.id }, admin)).code).toBe('NOT_FOUND');
    const audit = await t.runtime.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'lexicon_entry' ORDER BY at`,
    );
    expect(audit.map((a: any) => a.action)).toEqual(['lexicon.create', 'lexicon.update', 'lexicon.delete']);
  });

  it('refuses bad entries with reasons per field, and writes nothing', async () => {
    const count = async () => (await ok(LIST, { b: false }, admin)).lexiconEntries.length;
    const n = await count();
    for (const [i, field] of [
      [{ expression: '拉', terms: ['腹泻'] }, 'expression'],
      [{ expression: '拉稀🐷', terms: ['腹泻'] }, 'expression'],
      [{ expression: 'a\u0000b', terms: ['腹泻'] }, 'expression'],
      [{ expression: '很长'.repeat(11), terms: ['腹泻'] }, 'expression'],
      [{ expression: '拉肚', terms: ['腹泻<script>'] }, 'terms'],
      [{ expression: '拉肚', terms: ['拉肚'] }, 'terms'],
      [{ expression: '拉肚', terms: Array.from({ length: 13 }, (_, k) => `术语${k}`) }, 'terms'],
      [{ expression: '拉肚', terms: ['腹泻'], fields: ['NOPE'] }, null],
    ] as [Record<string, unknown>, string | null][]) {
      const r = await refused(CREATE, { i }, admin);
      expect(r.code, JSON.stringify(i)).toBe('BAD_USER_INPUT');
      if (field) expect(Object.keys(r.fields ?? {}), JSON.stringify(i)).toContain(field);
    }
    expect(await count()).toBe(n);
    expect((await refused(CREATE, { i: { expression: '浮头鱼', terms: ['缺氧'] } }, province)).code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps one entry per expression, also when two administrators add it at once', async () => {
    const add = () => t.gql(CREATE, { i: { expression: '鱼翻白', terms: ['缺氧'] } }, admin);
    const results = await Promise.all([add(), add(), add()]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions.code).toBe('CONFLICT');
    expect(
      (await refused(CREATE, { i: { expression: '鱼翻白', terms: ['增氧'] } }, admin)).message,
    ).toContain('鱼翻白');
    // An entry may extend a built-in expression: its terms are added to the built-in ones.
    await ok(CREATE, { i: { expression: '拉稀', terms: ['溶解氧'] } }, admin);
    expect(
      (await ok(SEARCH, { q: '拉稀 ' }, province)).experts.hits.map((h: any) => h.expert.name),
    ).toContain('钱立新');
  });
});
