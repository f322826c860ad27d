// A search with words counts only up to the engine's cap (10,000; 3 here) and says so (`totalCapped`,
// `facetsCapped`), while the page is the one the uncapped search gives; browsing without words stays exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

const CAP = 3;
let t: TestApp;
let province: string;

const UPSERT = `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`;
const SEARCH = `query($q: String, $f: ExpertFilter, $n: Int, $a: String) {
  experts(query: $q, filter: $f, first: $n, after: $a) {
    total totalCapped facetsCapped hits { expert { id } } pageInfo { endCursor hasNextPage }
    facets { titleLevels { value count } fields { value count } }
} }`;

async function search(vars: Record<string, unknown>) {
  const res = await t.gql(SEARCH, vars, province);
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data.experts;
}

beforeAll(async () => {
  t = await startTestApp({ searchCountCap: CAP });
  const admin = await t.login('admin');
  await t.gql(
    `mutation { createAccount(input: { username: "shprov", password: "Shanghai2026", role: PROVINCE, regionCode: "310000" }) { id } }`,
    {},
    admin,
  );
  province = await t.login('shprov', 'Shanghai2026');
  // Seven experts on 蔬菜 (more than the cap), one on 海水养殖 (fewer).
  const rows = [
    ...Array.from({ length: 7 }, (_, i) => ({
      name: `蔬菜专家${i}`,
      specialties: i % 2 ? '设施蔬菜栽培' : '蔬菜病虫害绿色防控',
      titleLevel: i < 4 ? 'SENIOR' : 'ASSOCIATE',
    })),
    { name: '海水专家', specialties: '海水养殖与病害防控', titleLevel: 'SENIOR' },
  ];
  for (const r of rows) {
    const res = await t.gql(
      UPSERT,
      {
        i: {
          ...r,
          employer: '上海市农业科学院',
          title: r.titleLevel === 'SENIOR' ? '研究员' : '副研究员',
          fields: ['AGRICULTURE'],
          regionCode: '310116',
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }
  const index = t.app.get(SearchIndexService);
  expect(await waitFor(async () => (await index.pendingCount()) === 0, 30_000)).toBe(true);
});
afterAll(async () => {
  await t?.close();
});

describe('the count cap of a search with words', () => {
  it('reports the cap and the flags for a common word, and pages on past it', async () => {
    const res = await search({ q: '蔬菜', n: 2 });
    expect(res.total).toBe(CAP);
    expect(res.totalCapped).toBe(true);
    expect(res.facetsCapped).toBe(true);
    expect(res.facets.titleLevels.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(CAP);
    // Every page is there: the cursor goes on past the capped total.
    const seen = new Set<string>(res.hits.map((h: { expert: { id: string } }) => h.expert.id));
    let page = res;
    while (page.pageInfo.hasNextPage) {
      page = await search({ q: '蔬菜', n: 2, a: page.pageInfo.endCursor });
      for (const h of page.hits) seen.add(h.expert.id);
    }
    expect(seen.size).toBe(7);
  });

  it('counts exactly below the cap and when browsing', async () => {
    const few = await search({ q: '海水养殖', n: 10 });
    expect(few).toMatchObject({ total: 1, totalCapped: false, facetsCapped: false });
    const browse = await search({ n: 2 });
    expect(browse).toMatchObject({ total: 8, totalCapped: false, facetsCapped: false });
    expect(browse.facets.titleLevels).toEqual([
      { value: 'SENIOR', count: 5 },
      { value: 'ASSOCIATE', count: 3 },
    ]);
  });
});
