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

async function openEngine(options: { countCap?: number } = {}) {
  const db: TestDatabase = await createTestDatabase();
  const dataSource = await openDatabase({ url: db.url, entities: [] });
  const engine = new PostgresExpertSearchEngine(dataSource, options);
  return {
    engine,
    dataSource,
    teardown: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await db.drop();
    },
  };
}

// The whole contract again, with the search.facets job run after every write (as after a sync): it rebuilds the
// counts after a clear and leaves the few deltas of the suite's writes unfolded, so every browse of the suite is
// answered from the pre-aggregated counts plus their deltas.
describeExpertSearchContract('PostgreSQL, browsing from pre-aggregated facet counts', async (options) => {
  const subject = await openEngine(options);
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

  /** The groups as a browse reads them (counts + deltas, summed), and the same grouping counted live. */
  const groups = async () => {
    const keys = `status, retired, region_code, title_level, source, f, h`;
    const arrays = `ARRAY(SELECT unnest(fields) ORDER BY 1) AS f, ARRAY(SELECT unnest(honours) ORDER BY 1) AS h`;
    const pre = await dataSource.query(
      `SELECT ${keys}, sum(n)::int AS n FROM (SELECT *, fields AS f, honours AS h FROM expert_facet_counts
         UNION ALL SELECT *, fields AS f, honours AS h FROM expert_facet_deltas) x
       GROUP BY ${keys} HAVING sum(n) <> 0 ORDER BY ${keys}`,
    );
    const live = await dataSource.query(
      `SELECT ${keys}, count(*)::int AS n FROM (SELECT *, ${arrays} FROM expert_search_index) x
       GROUP BY ${keys} ORDER BY ${keys}`,
    );
    return { pre, live };
  };
  /** The derivations browses without a region filter read (after a fold: no deltas), and the same counted live. */
  const derived = async () => {
    const keys = `status, retired, title_level, title_rank, source`;
    const province = `status, retired, province_code, title_level, title_rank, source`;
    const read = (sql: string) => dataSource.query(sql) as Promise<unknown[]>;
    return {
      pre: {
        national: await read(
          `SELECT ${keys}, fields, honours, n FROM expert_facet_national_counts ORDER BY ${keys}, fields, honours`,
        ),
        province: await read(`SELECT ${province}, n FROM expert_facet_province_totals ORDER BY ${province}`),
        byField: await read(
          `SELECT ${province}, field, honours, n FROM expert_facet_province_by_field
           ORDER BY ${province}, field, honours`,
        ),
        byHonour: await read(
          `SELECT ${province}, honour, fields, n FROM expert_facet_province_by_honour
           ORDER BY ${province}, honour, fields`,
        ),
      },
      live: {
        national: await read(
          `SELECT ${keys}, f AS fields, h AS honours, count(*)::int AS n
           FROM (SELECT *, ARRAY(SELECT unnest(fields) ORDER BY 1) AS f,
                   ARRAY(SELECT unnest(honours) ORDER BY 1) AS h FROM expert_search_index) x
           GROUP BY ${keys}, f, h ORDER BY ${keys}, f, h`,
        ),
        province: await read(
          `SELECT ${province}, count(*)::int AS n FROM expert_search_index GROUP BY ${province} ORDER BY ${province}`,
        ),
        byField: await read(
          `SELECT ${province}, v AS field, h AS honours, count(*)::int AS n
           FROM (SELECT *, ARRAY(SELECT unnest(honours) ORDER BY 1) AS h FROM expert_search_index) e
           CROSS JOIN LATERAL (SELECT DISTINCT unnest(e.fields)) x(v)
           GROUP BY ${province}, v, h ORDER BY ${province}, v, h`,
        ),
        byHonour: await read(
          `SELECT ${province}, v AS honour, f AS fields, count(*)::int AS n
           FROM (SELECT *, ARRAY(SELECT unnest(fields) ORDER BY 1) AS f FROM expert_search_index) e
           CROSS JOIN LATERAL (SELECT DISTINCT unnest(e.honours)) x(v)
           GROUP BY ${province}, v, f ORDER BY ${province}, v, f`,
        ),
      },
    };
  };
  const deltaRows = async () =>
    ((await dataSource.query(`SELECT count(*)::int AS n FROM expert_facet_deltas`)) as { n: number }[])[0]!.n;
  const expectSameAsLive = async (list: { filter: ExpertSearchFilter; level: RegionFacetLevel }[]) => {
    for (const { filter, level } of list) {
      for (const offset of [0, 20]) {
        const r = request(filter, level, offset);
        const live = await answer(expertSearchStatement(r, undefined));
        const pre = await answer(expertBrowseStatement(r));
        expect(pre, JSON.stringify({ filter, level, offset })).toEqual(live);
      }
    }
  };

  it('is used from the first build on; writes keep it usable (their deltas); a TRUNCATE stops it until rebuilt', async () => {
    expect(await engine.facetCountsCurrent()).toBe(false);
    expect(await engine.refreshFacetCounts()).toMatchObject({ refreshed: true });
    expect(await engine.facetCountsCurrent()).toBe(true);
    expect(await deltaRows()).toBe(0);
    // Idempotent: nothing changed, nothing rebuilt.
    expect(await engine.refreshFacetCounts({ fold: true })).toEqual({ refreshed: false, groups: 0 });
    expect((await engine.statementFor(request({}, 'province'))).text).toContain('expert_facet_');
    // Without a region filter: the groups without regions, and the province totals for the region facet.
    const national = (await engine.statementFor(request({ retired: true }, 'province'))).text;
    expect(national).toContain('expert_facet_national_counts');
    expect(national).toContain('expert_facet_province_totals');
    expect((await engine.statementFor(request({ fields: ['AI'] }, 'province'))).text).toContain(
      'expert_facet_province_by_field',
    );
    expect(
      (await engine.statementFor(request({ honours: ['POSTDOC'], fields: ['AI', 'OTHER'] }, 'province')))
        .text,
    ).toContain('expert_facet_province_by_honour');
    expect(
      (
        await engine.statementFor(
          request({ honours: ['POSTDOC', 'OTHER'], fields: ['AI', 'OTHER'] }, 'province'),
        )
      ).text,
    ).toContain('expert_facet_province_counts');

    await engine.upsert([{ ...docs[0]!, version: docs[0]!.version + 1, fields: ['FORESTRY'] }]);
    expect(await engine.facetCountsCurrent()).toBe(true);
    expect(await deltaRows()).toBeGreaterThan(0);
    // An update that changes nothing a browse counts writes no delta.
    const before = await deltaRows();
    await engine.upsert([
      { ...docs[0]!, version: docs[0]!.version + 2, fields: ['FORESTRY'], specialties: '新的' },
    ]);
    expect(await deltaRows()).toBe(before);
    const { pre, live } = await groups();
    expect(pre).toEqual(live);
  });

  it('answers every filter combination, page 1 and 2, exactly as the live statement does', async () => {
    await engine.refreshFacetCounts({ fold: true });
    const list = combinations();
    expect(list.length).toBeGreaterThan(300);
    await expectSameAsLive(list);
    const [{ n }] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM expert_search_index WHERE status = 'ACTIVE' AND region_code LIKE '53%'`,
    )) as { n: number }[];
    expect(n, 'combinations with more than a page exist').toBeGreaterThan(40);
  });

  it('without facets, leaves experts out by id as the live statement does (matchExperts recall)', async () => {
    await engine.refreshFacetCounts({ fold: true });
    // Some of the left-out experts pass the filters, some do not, one id is not in the index, one twice.
    const excludeIds = [...docs.slice(0, 30).map((d) => d.id), docs[3]!.id, fixtureId(99_999)];
    const list = combinations().filter((_, i) => i % 7 === 0);
    let fewer = 0;
    for (const { filter, level } of list)
      for (const offset of [0, 20]) {
        const r = { ...request({ ...filter, excludeIds }, level, offset), facets: false };
        const statement = await engine.statementFor(r);
        expect(statement.text).toContain('expert_facet_');
        const pre = await answer(statement);
        expect(pre, JSON.stringify({ filter, level, offset })).toEqual(
          await answer(expertSearchStatement(r, undefined)),
        );
        const all = await answer(expertSearchStatement({ ...r, filter }, undefined));
        if (pre.total < all.total) fewer++;
      }
    expect(fewer, 'some combinations lose left-out experts').toBeGreaterThan(10);
  });

  it('stays exact through changes before they are folded (counts + deltas), and after', async () => {
    await engine.refreshFacetCounts({ fold: true });
    const r = request({ statuses: ['ACTIVE'], fields: ['FORESTRY'] }, 'province');
    const before = await engine.search(r);
    // Five experts move to 林业, two change region and level, one is removed.
    const moved = docs
      .slice(1, 6)
      .map((d) => ({ ...d, version: d.version + 5, fields: ['FORESTRY' as Field] }));
    await engine.upsert(moved);
    const other = docs.find((d) => d.regionCode !== docs[11]!.regionCode)!;
    await engine.upsert(
      docs.slice(11, 13).map((d) => ({
        ...d,
        version: d.version + 5,
        titleLevel: 'INTERMEDIATE' as TitleLevel,
        titleRank: 1,
        regionCode: other.regionCode,
        provinceCode: other.provinceCode,
        cityCode: other.cityCode,
        countyCode: other.countyCode,
      })),
    );
    await engine.remove([docs[7]!.id]);
    expect(await deltaRows()).toBeGreaterThan(0);
    const between = await engine.search(r);
    expect(between.total).toBeGreaterThan(before.total);
    await expectSameAsLive(combinations().filter((_, i) => i % 5 === 0));

    expect(await engine.refreshFacetCounts({ fold: true })).toMatchObject({ refreshed: true });
    expect(await deltaRows()).toBe(0);
    expect(await engine.search(r)).toEqual(between);
    const { pre, live } = await groups();
    expect(pre).toEqual(live);
    const d = await derived();
    expect(d.pre.national.length).toBeGreaterThan(10);
    expect(d.pre).toEqual(d.live);
    const [sum] = (await dataSource.query(`SELECT sum(n)::int AS n FROM expert_facet_counts`)) as {
      n: number;
    }[];
    expect(sum!.n).toBe(await engine.count());
  });

  it('a write in flight while the deltas are folded neither waits nor is lost', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`UPDATE expert_search_index SET retired = NOT retired WHERE id = $1`, [docs[9]!.id]);
      await engine.upsert([{ ...docs[10]!, version: docs[10]!.version + 9, honours: ['POSTDOC'] }]);
      // The fold does not see the uncommitted write (nor wait for it) and keeps its delta.
      expect(await engine.refreshFacetCounts({ fold: true })).toMatchObject({ refreshed: true });
      expect(await deltaRows()).toBe(0);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await deltaRows()).toBeGreaterThan(0);
    const { pre, live } = await groups();
    expect(pre).toEqual(live);
    const r = request({ retired: true }, 'province');
    expect(await answer(expertBrowseStatement(r))).toEqual(await answer(expertSearchStatement(r, undefined)));
  });

  it('a clear (before a full reindex) stops the counts until they are rebuilt, empty', async () => {
    await engine.clear();
    expect(await engine.facetCountsCurrent()).toBe(false);
    expect((await engine.search(request({}, 'province'))).total).toBe(0);
    expect(await engine.refreshFacetCounts()).toMatchObject({ refreshed: true, groups: 0 });
    expect(await engine.facetCountsCurrent()).toBe(true);
    expect(await deltaRows()).toBe(0);
    const res = await engine.search(request({}, 'province'));
    expect(res.total).toBe(0);
    expect(res.facets.fields).toEqual([]);
  });
});
