// The PostgreSQL engine's pre-aggregated facet counts (expert_facet_counts): a browse answered from them gives
// exactly what the live statement gives — total, every facet (disjunctive) and the page — for every filter
// combination; they are used only while current, and a rebuild after a change makes them current again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  EXPERT_SOURCES,
  FIELDS,
  HONOURS,
  TITLE_LEVELS,
  type ExpertSource,
  type Field,
  type Honour,
  type TitleLevel,
} from '@app/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { openDatabase } from '../database/data-source.js';
import {
  TITLE_RANKS,
  type ExpertDocument,
  type ExpertSearchFilter,
  type ExpertSearchRequest,
  type RegionFacetLevel,
} from './expert-search.port.js';
import {
  PostgresExpertSearchEngine,
  expertBrowseStatement,
  expertSearchStatement,
} from './postgres-expert-search.engine.js';
import { describeExpertSearchContract } from './testing/expert-search.contract.js';
import { EXPERT_FIXTURE, fixtureId } from './testing/expert-search.fixture.js';

async function openEngine() {
  const db: TestDatabase = await createTestDatabase();
  const dataSource = await openDatabase({ url: db.url, entities: [] });
  const engine = new PostgresExpertSearchEngine(dataSource);
  return {
    engine,
    dataSource,
    teardown: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await db.drop();
    },
  };
}

// The whole contract again, with the counts rebuilt after every write (as the search.facets job does after a
// sync): every browse of the suite is then answered from the pre-aggregated counts.
describeExpertSearchContract('PostgreSQL, browsing from pre-aggregated facet counts', async () => {
  const subject = await openEngine();
  const engine = subject.engine;
  const rebuiltAfter =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await write.apply(engine, args);
      await engine.refreshFacetCounts();
    };
  const wrapped = Object.create(engine) as PostgresExpertSearchEngine;
  wrapped.upsert = rebuiltAfter(engine.upsert);
  wrapped.remove = rebuiltAfter(engine.remove);
  wrapped.clear = rebuiltAfter(engine.clear);
  return { engine: wrapped, teardown: subject.teardown };
});

/** A library of 600 experts made from the fixture: every value of every facet, several statuses and regions. */
function library(): ExpertDocument[] {
  const regions = [...new Set(EXPERT_FIXTURE.map((d) => d.regionCode))];
  return Array.from({ length: 600 }, (_, i) => {
    const base = EXPERT_FIXTURE[i % EXPERT_FIXTURE.length]!;
    const level = TITLE_LEVELS[(i * 7) % TITLE_LEVELS.length]! as TitleLevel;
    const fields = [FIELDS[i % FIELDS.length]!, FIELDS[(i * 5) % FIELDS.length]!] as Field[];
    const honours = (
      i % 4 === 0 ? [] : [HONOURS[i % HONOURS.length]!, HONOURS[(i * 3) % HONOURS.length]!]
    ) as Honour[];
    const region = regions[(i * 11) % regions.length]!;
    const like = EXPERT_FIXTURE.find((d) => d.regionCode === region)!;
    return {
      ...base,
      id: fixtureId(10_000 + i),
      name: `${base.name}${i}`,
      titleLevel: level,
      titleRank: TITLE_RANKS[level],
      fields: [...new Set(fields)],
      honours: [...new Set(honours)],
      honourCount: new Set(honours.filter((h) => h !== 'OTHER')).size,
      source: EXPERT_SOURCES[(i * 3) % EXPERT_SOURCES.length]! as ExpertSource,
      retired: i % 6 === 0,
      status: i % 9 === 0 ? 'INACTIVE' : 'ACTIVE',
      regionCode: like.regionCode,
      provinceCode: like.provinceCode,
      cityCode: like.cityCode,
      countyCode: like.countyCode,
    };
  });
}

/** Filter combinations: none, each filter alone, and pairs and triples of them, with the region facet level. */
function combinations(): { filter: ExpertSearchFilter; level: RegionFacetLevel }[] {
  const regionOf = (code: string): { regionCode: string; level: RegionFacetLevel } => ({
    regionCode: code,
    level: code.endsWith('0000') ? 'city' : code.endsWith('00') ? 'county' : 'county',
  });
  const singles: ExpertSearchFilter[] = [
    {},
    { fields: ['AGRICULTURE'] },
    { fields: ['MEDICAL', 'EDUCATION'] },
    { titleLevels: ['SENIOR'] },
    { titleLevels: ['ASSOCIATE', 'INTERMEDIATE'] },
    { honours: ['ACADEMICIAN'] },
    { honours: ['SPECIAL_ALLOWANCE', 'RETURNEE'] },
    { sources: ['OTHER_PROVINCE'] },
    { retired: true },
    { retired: false },
    { statuses: ['ACTIVE'] },
    { statuses: ['INACTIVE'] },
    { minTitleRank: 2 },
  ];
  const regions = ['310000', '530000', '532600', '653100', '310104', '999999'];
  const out: { filter: ExpertSearchFilter; level: RegionFacetLevel }[] = [];
  for (const a of singles) {
    out.push({ filter: a, level: 'province' });
    for (const code of regions) {
      const r = regionOf(code);
      out.push({ filter: { ...a, regionCode: r.regionCode }, level: r.level });
    }
    for (const b of singles) {
      out.push({ filter: { ...a, ...b }, level: 'province' });
      out.push({ filter: { statuses: ['ACTIVE'], ...a, ...b, regionCode: '530000' }, level: 'city' });
    }
  }
  return out;
}

describe('PostgreSQL engine: pre-aggregated facet counts', () => {
  let engine: PostgresExpertSearchEngine;
  let dataSource: DataSource;
  let teardown: () => Promise<void>;
  const docs = library();

  beforeAll(async () => {
    ({ engine, dataSource, teardown } = await openEngine());
    await engine.upsert(docs);
  });
  afterAll(async () => {
    await teardown?.();
  });

  const request = (filter: ExpertSearchFilter, level: RegionFacetLevel, offset = 0): ExpertSearchRequest => ({
    query: '',
    filter,
    limit: 20,
    offset,
    regionFacetLevel: level,
  });
  /** The statement's one row: what a browse answers. */
  const answer = async (s: { text: string; values: unknown[] }) => {
    const [row] = (await dataSource.query(s.text, s.values)) as ({
      total: number;
      hits: { id: string }[];
    } & Record<string, unknown>)[];
    return { ...row!, hits: row!.hits.map((h) => h.id) };
  };

  it('is used only while current: not before the first rebuild, nor after a write, until rebuilt again', async () => {
    expect(await engine.facetCountsCurrent()).toBe(false);
    expect(await engine.refreshFacetCounts()).toMatchObject({ refreshed: true });
    expect(await engine.facetCountsCurrent()).toBe(true);
    // Idempotent: nothing changed, nothing rebuilt.
    expect(await engine.refreshFacetCounts()).toEqual({ refreshed: false, groups: 0 });
    const statement = await engine.statementFor(request({}, 'province'));
    expect(statement.text).toContain('expert_facet_counts');

    await engine.upsert([{ ...docs[0]!, version: docs[0]!.version + 1, fields: ['FORESTRY'] }]);
    expect(await engine.facetCountsCurrent()).toBe(false);
    expect((await engine.statementFor(request({}, 'province'))).text).not.toContain('expert_facet_counts');
    await engine.refreshFacetCounts();
    expect(await engine.facetCountsCurrent()).toBe(true);
  });

  it('answers every filter combination, page 1 and 2, exactly as the live statement does', async () => {
    await engine.refreshFacetCounts();
    const list = combinations();
    expect(list.length).toBeGreaterThan(300);
    let nonEmpty = 0;
    for (const { filter, level } of list) {
      for (const offset of [0, 20]) {
        const r = request(filter, level, offset);
        const live = await answer(expertSearchStatement(r, undefined));
        const pre = await answer(expertBrowseStatement(r));
        expect(pre, JSON.stringify({ filter, level, offset })).toEqual(live);
        if ((live.total as number) > 20) nonEmpty++;
      }
    }
    expect(nonEmpty, 'combinations with more than a page').toBeGreaterThan(50);
  });

  it('equals the live counts after a change once rebuilt; in between, a browse counts live', async () => {
    await engine.refreshFacetCounts();
    const r = request({ statuses: ['ACTIVE'], fields: ['FORESTRY'] }, 'province');
    const before = await engine.search(r);
    // Five experts move to 林业, one is removed.
    const moved = docs
      .slice(1, 6)
      .map((d) => ({ ...d, version: d.version + 5, fields: ['FORESTRY' as Field] }));
    await engine.upsert(moved);
    await engine.remove([docs[7]!.id]);
    const between = await engine.search(r);
    expect(await engine.facetCountsCurrent()).toBe(false);
    const liveBetween = await answer(expertSearchStatement(r, undefined));
    expect(between.total).toBe(liveBetween.total);
    expect(between.total).toBeGreaterThan(before.total);

    await engine.refreshFacetCounts();
    expect(await engine.facetCountsCurrent()).toBe(true);
    const after = await engine.search(r);
    expect(after).toEqual(between);
    const [sum] = (await dataSource.query(`SELECT sum(n)::int AS n FROM expert_facet_counts`)) as {
      n: number;
    }[];
    expect(sum!.n).toBe(await engine.count());
  });

  it('a write in flight during a rebuild neither waits for it nor is lost: stale once it commits', async () => {
    await engine.refreshFacetCounts();
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`UPDATE expert_search_index SET retired = NOT retired WHERE id = $1`, [docs[9]!.id]);
      // The rebuild does not see the uncommitted write, and does not wait for it.
      await engine.upsert([{ ...docs[10]!, version: docs[10]!.version + 9, honours: ['POSTDOC'] }]);
      expect(await engine.refreshFacetCounts()).toMatchObject({ refreshed: true });
      expect(await engine.facetCountsCurrent()).toBe(true);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await engine.facetCountsCurrent()).toBe(false);
    await engine.refreshFacetCounts();
    const r = request({ retired: true }, 'province');
    expect(await answer(expertBrowseStatement(r))).toEqual(await answer(expertSearchStatement(r, undefined)));
  });

  it('a clear (before a full reindex) makes the counts stale, and a rebuild empties them', async () => {
    await engine.refreshFacetCounts();
    await engine.clear();
    expect(await engine.facetCountsCurrent()).toBe(false);
    expect((await engine.search(request({}, 'province'))).total).toBe(0);
    await engine.refreshFacetCounts();
    const res = await engine.search(request({}, 'province'));
    expect(res.total).toBe(0);
    expect(res.facets.fields).toEqual([]);
  });
});
