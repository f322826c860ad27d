// The PostgreSQL engine's pre-aggregated facet counts follow the library: each sync of the index is followed by
// the `search.facets` job, after which the counts equal those of the index and a browse reads them (same answer as
// counting live, through GraphQL).
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

/** The counts as built, and the same grouping counted live from the index. */
async function countsAndLive(): Promise<[unknown[], unknown[]]> {
  const q = (from: string, n: string) =>
    `SELECT status, retired, region_code, title_level, source, fields, honours, ${n}::int AS n
       FROM ${from} GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6::text, 7::text`;
  const ds = t.runtime.dataSource;
  return [
    await ds.query(q('expert_facet_counts', 'sum(n)')),
    await ds.query(q('expert_search_index', 'count(*)')),
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
  it('equal the live counts after a sync (rebuilt by the search.facets job), and browsing reads them', async () => {
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

  it('follow a change: stale at once (a browse counts live meanwhile), equal again after the job', async () => {
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
    // The same browse counted live gives the same answer.
    await t.runtime.dataSource.query(`UPDATE expert_search_index SET indexed_at = indexed_at WHERE false`);
    expect(await engine.facetCountsCurrent()).toBe(false);
    expect(await browse({ fields: ['AGRICULTURE'] })).toEqual(after);
  });
});
