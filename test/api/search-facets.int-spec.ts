// The PostgreSQL engine's pre-aggregated facet counts follow the library: every write to the index appends its
// deltas, each sync is followed by the `search.facets` job (which builds the counts the first time and folds the
// deltas later), and a browse through GraphQL reads them with the same answer as counting live.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresExpertSearchEngine } from '@app/platform';
import { SearchIndexService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

let t: TestApp;
let province: string;
let admin: string;

const UPSERT = `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id version } }`;
const BROWSE = `query($f: ExpertFilter) { experts(filter: $f, first: 5) {
  total hits { expert { id } }
  facets { fields { value count } titleLevels { value count } honours { value count } sources { value count } regions { value count } }
} }`;
const expert = (name: string, fields: string[], titleLevel: string, regionCode: string) => ({
  name,
  employer: '上海市农业科学院',
  title: titleLevel === 'SENIOR' ? '研究员' : '副研究员',
  titleLevel,
  fields,
  specialties: '设施蔬菜栽培与病虫害绿色防控',
  regionCode,
});

/** The groups a browse reads (counts + deltas, summed), and the same grouping counted live from the index. */
async function countsAndLive(): Promise<[unknown[], unknown[]]> {
  const keys = `status, retired, region_code, title_level, source, f, h`;
  const ds = t.runtime.dataSource;
  return [
    await ds.query(
      `SELECT ${keys}, sum(n)::int AS n FROM (SELECT *, fields AS f, honours AS h FROM expert_facet_counts
         UNION ALL SELECT *, fields AS f, honours AS h FROM expert_facet_deltas) x
       GROUP BY ${keys} HAVING sum(n) <> 0 ORDER BY ${keys}`,
    ),
    await ds.query(
      `SELECT ${keys}, count(*)::int AS n FROM (SELECT *, ARRAY(SELECT unnest(fields) ORDER BY 1) AS f,
         ARRAY(SELECT unnest(honours) ORDER BY 1) AS h FROM expert_search_index) x
       GROUP BY ${keys} ORDER BY ${keys}`,
    ),
  ];
}

async function settled(): Promise<boolean> {
  const engine = t.runtime.searchEngine as PostgresExpertSearchEngine;
  const index = t.app.get(SearchIndexService);
  return waitFor(
    async () => (await index.pendingCount()) === 0 && (await engine.facetCountsCurrent()),
    30_000,
  );
}

async function browse(filter: Record<string, unknown>) {
  const res = await t.gql(BROWSE, { f: filter }, province);
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data.experts;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  await t.gql(
    `mutation { createAccount(input: { username: "shprov", password: "Shanghai2026", role: PROVINCE, regionCode: "310000" }) { id } }`,
    {},
    admin,
  );
  province = await t.login('shprov', 'Shanghai2026');
});
afterAll(async () => {
  await t?.close();
});

describe('pre-aggregated facet counts', () => {
  it('equal the live counts after a sync (built by the search.facets job), and browsing reads them', async () => {
    expect(t.runtime.searchEngine.name).toBe('postgres');
    const made = [
      expert('陈国强', ['AGRICULTURE'], 'SENIOR', '310116'),
      expert('刘海燕', ['AGRICULTURE', 'ENVIRONMENT'], 'ASSOCIATE', '310116'),
      expert('赵明', ['MEDICAL'], 'SENIOR', '310104'),
      expert('孙丽', ['MEDICAL'], 'ASSOCIATE', '532601'),
    ];
    for (const e of made) expect((await t.gql(UPSERT, { i: e }, admin)).errors).toBeUndefined();
    expect(await settled()).toBe(true);
    const [counts, live] = await countsAndLive();
    expect(counts).toEqual(live);
    expect(counts.length).toBeGreaterThan(0);

    const engine = t.runtime.searchEngine as PostgresExpertSearchEngine;
    const filter = { fields: ['AGRICULTURE'], regionCode: '310000' };
    const answer = await browse(filter);
    expect(answer.total).toBe(2);
    // Disjunctive: the fields facet still shows 医疗 in Shanghai.
    expect(answer.facets.fields).toEqual(
      expect.arrayContaining([
        { value: 'AGRICULTURE', count: 2 },
        { value: 'MEDICAL', count: 1 },
      ]),
    );
    expect(await engine.facetCountsCurrent()).toBe(true);
  });

  it('follow a change at once (its deltas), and the answer equals the live one', async () => {
    const engine = t.runtime.searchEngine as PostgresExpertSearchEngine;
    const before = await browse({ fields: ['AGRICULTURE'] });
    const [{ id }] = await t.runtime.dataSource.query(`SELECT id FROM experts WHERE name = '赵明'`);
    const res = await t.gql(
      UPSERT,
      { i: { ...expert('赵明', ['AGRICULTURE'], 'SENIOR', '310104'), id } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(await settled()).toBe(true);
    const [counts, live] = await countsAndLive();
    expect(counts).toEqual(live);
    const after = await browse({ fields: ['AGRICULTURE'] });
    expect(after.total).toBe(before.total + 1);
    expect(await engine.facetCountsCurrent()).toBe(true);
    // The same browse counted live (the counts set aside, as after a TRUNCATE) gives the same answer.
    await t.runtime.dataSource.query(`INSERT INTO expert_search_index_changes DEFAULT VALUES`);
    expect(await engine.facetCountsCurrent()).toBe(false);
    expect(await browse({ fields: ['AGRICULTURE'] })).toEqual(after);
  });
});

describe('a search answer and its regions', () => {
  it('reads the region facets’ names and the hits’ regions in one statement', async () => {
    const SEARCH = `query($q: String) { experts(query: $q, first: 10) {
      hits { expert { name regionCode region { code name } } }
      facets { regions { value label count } }
    } }`;
    // Every statement the app sends while it answers (the same pg the app's pool uses).
    type Query = (this: unknown, config: unknown, ...rest: unknown[]) => unknown;
    const client = (createRequire(import.meta.url)('pg') as { Client: { prototype: { query: Query } } })
      .Client.prototype;
    const query = client.query;
    const sent: string[] = [];
    client.query = function (this: unknown, config: unknown, ...rest: unknown[]) {
      const text = typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text;
      if (text) sent.push(text);
      return query.call(this, config, ...rest);
    };
    let res;
    try {
      res = await t.gql(SEARCH, { q: '设施蔬菜' }, province);
    } finally {
      client.query = query;
    }
    expect(res.errors).toBeUndefined();
    const { hits, facets } = res.data.experts as {
      hits: { expert: { name: string; regionCode: string; region: { code: string; name: string } } }[];
      facets: { regions: { value: string; label: string; count: number }[] };
    };
    expect(hits.length).toBeGreaterThan(1);
    expect(facets.regions.length).toBeGreaterThan(0);
    expect(sent.filter((text) => /\bFROM regions\b/.test(text))).toHaveLength(1);
    // The names are the regions' own.
    const codes = [...hits.map((h) => h.expert.regionCode), ...facets.regions.map((b) => b.value)];
    const names = new Map<string, string>(
      (await t.runtime.dataSource.query(`SELECT code, name FROM regions WHERE code = ANY($1)`, [codes])).map(
        (r: { code: string; name: string }) => [r.code, r.name],
      ),
    );
    for (const h of hits)
      expect(h.expert.region).toEqual({ code: h.expert.regionCode, name: names.get(h.expert.regionCode) });
    for (const b of facets.regions) expect(b.label).toBe(names.get(b.value));
  });
});
