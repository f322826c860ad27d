import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { FIELDS, type Field } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { openDatabase } from '../database/data-source.js';
import { ExpertSearch1764000001000 } from '../database/migrations/1764000001000-expert-search.js';
import { ExpertSearchHeadIndex1765003500000 } from '../database/migrations/1765003500000-expert-search-head-index.js';
import {
  SearchEngineUnavailableError,
  TITLE_RANKS,
  type ExpertDocument,
  type ExpertSearchRequest,
} from './expert-search.port.js';
import {
  PostgresExpertSearchEngine,
  compileExpertQuery,
  expertDocumentTsvector,
  highlightExpertText,
} from './postgres-expert-search.engine.js';
import { segmentWithOffsets } from './chinese-segmenter.js';
import { describeExpertSearchContract } from './testing/expert-search.contract.js';
import { EXPERT_FIXTURE, fixtureExpert, fixtureId } from './testing/expert-search.fixture.js';

async function openEngine(
  options: { countCap?: number; rankAbove?: number | null; rankCandidates?: number } = {},
): Promise<{
  engine: PostgresExpertSearchEngine;
  dataSource: DataSource;
  db: TestDatabase;
  teardown: () => Promise<void>;
}> {
  const db = await createTestDatabase();
  const dataSource = await openDatabase({ url: db.url, entities: [] });
  const engine = new PostgresExpertSearchEngine(dataSource, options);
  return {
    engine,
    dataSource,
    db,
    teardown: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await db.drop();
    },
  };
}

describeExpertSearchContract('PostgreSQL', openEngine);

function request(query: string, extra: Partial<ExpertSearchRequest> = {}): ExpertSearchRequest {
  return { query, filter: {}, limit: 100, offset: 0, regionFacetLevel: 'province', ...extra };
}

const SPECIALTY_WORDS = [
  '水稻',
  '小麦',
  '玉米',
  '果树',
  '蔬菜',
  '茶叶',
  '生猪',
  '肉牛',
  '奶牛',
  '家禽',
  '水产',
  '林下经济',
  '土壤',
  '灌溉',
  '育种',
  '栽培',
  '病虫害',
  '防控',
  '康复',
  '护理',
  '高血压',
  '糖尿病',
  '儿科',
  '中医',
  '针灸',
  '污水',
  '固废',
  '大气',
  '光伏',
  '风电',
  '储能',
  '焊接',
  '数控',
  '模具',
  '冶炼',
  '催化',
  '涂料',
  '通信',
  '物流',
  '电商',
  '直播',
  '教育',
  '培训',
  '旅游',
  '规划',
  '招商',
];

/** A larger library, deterministic: enough rows for the planner to prefer the GIN index. */
function generated(count: number, from = 10_000): ExpertDocument[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const level = pick(['SENIOR', 'ASSOCIATE', 'INTERMEDIATE'] as const);
    const words = Array.from({ length: 6 }, () => pick(SPECIALTY_WORDS));
    return {
      ...fixtureExpert('李秀英'),
      id: fixtureId(from + i),
      version: 1,
      name: `专家${i}`,
      employer: `第${i % 50}研究所`,
      title: '研究员',
      titleLevel: level,
      titleRank: TITLE_RANKS[level],
      fields: [pick(FIELDS) as Field],
      specialties: `${words.slice(0, 3).join('')}，${words.slice(3).join('与')}`,
      honours: [],
      honourCount: 0,
    };
  });
}

describe('PostgresExpertSearchEngine (PostgreSQL specifics)', () => {
  let engine: PostgresExpertSearchEngine;
  let dataSource: DataSource;
  let teardown: () => Promise<void>;

  beforeAll(async () => {
    ({ engine, dataSource, teardown } = await openEngine());
    await engine.prepare();
  });
  afterAll(async () => teardown());
  beforeEach(async () => {
    await engine.clear();
    await engine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
  });

  it('uses the GIN index on tsv (bitmap index scan) on a larger library', async () => {
    await engine.upsert(generated(5000));
    await engine.upsert([{ ...generated(1, 90_000)[0], specialties: '草原鼠害生物防治' }]);
    // ANALYZE only, no VACUUM: the bulk upsert merged its pending list itself (one document may still wait there).
    await dataSource.query('ANALYZE expert_search_index');
    const { text, values } = await engine.statementFor(request('鼠害'));
    const plan = (await dataSource.query(`EXPLAIN ${text}`, values))
      .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toMatch(/Bitmap Index Scan on expert_search_index_tsv_idx/);
    const res = await engine.search(request('鼠害'));
    expect(res.total).toBe(1);
  });

  it('a query or filter that looks like SQL is only data', async () => {
    for (const query of [
      "'); DROP TABLE expert_search_index; --",
      "' OR 1=1 --",
      '\\',
      "''",
      ':*',
      '& | ! <->',
      '(脑卒中',
    ]) {
      const res = await engine.search(
        request(query, {
          filter: { fields: ["MEDICAL'); DROP TABLE x; --" as Field], regionCode: "31' OR '1'='1" },
        }),
      );
      expect(res.total, query).toBe(0);
      await engine.search(request(query));
    }
    const [table] = await dataSource.query(`SELECT to_regclass('expert_search_index')::text AS t`);
    expect(table.t).toBe('expert_search_index');
    expect(await engine.count()).toBe(EXPERT_FIXTURE.length);
    // Apostrophes and backslashes in documents survive the tsvector text format.
    const odd = {
      ...fixtureExpert('韩梅'),
      id: fixtureId(777),
      name: "O'Brien",
      specialties: "tom's C:\\tools 包虫病'",
      version: 1,
    };
    await engine.upsert([odd]);
    expect((await engine.search(request("o'brien"))).hits.map((h) => h.id)).toContain(odd.id);
  });

  it('concurrent upserts of versions 1..20 in random order end at version 20', async () => {
    const doc = fixtureExpert('吴磊');
    const versions = Array.from({ length: 20 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    await Promise.all(
      versions.map((version) => engine.upsert([{ ...doc, version, specialties: `版本${version}专长` }])),
    );
    const [row] = await dataSource.query(
      `SELECT version, document->>'specialties' AS s FROM expert_search_index WHERE id = $1`,
      [doc.id],
    );
    expect(row).toEqual({ version: 20, s: '版本20专长' });
  });

  it('indexes a bulk upsert exactly as one document at a time: same tsvectors, same search results', async () => {
    const docs = [...EXPERT_FIXTURE.map((d) => ({ ...d })), ...generated(600)];
    const queries = [
      '脑卒中',
      '水稻栽培',
      '病虫害 防控',
      '研究所',
      '专家12',
      '光伏与储能',
      '水产养',
      'VOCs',
      '',
    ];
    const snapshot = async () => ({
      rows: await dataSource.query(
        `SELECT id, version, tsv::text AS tsv, fields, honours, title_rank, region_code FROM expert_search_index ORDER BY id`,
      ),
      results: await Promise.all(
        queries.map(async (q) => {
          const res = await engine.search(request(q, { limit: 50 }));
          return { q, total: res.total, ids: res.hits.map((h) => h.id), facets: res.facets };
        }),
      ),
    });
    await engine.clear();
    for (const doc of docs) await engine.upsert([doc]);
    const oneByOne = await snapshot();
    await engine.clear();
    await engine.upsert(docs);
    // The bulk upsert went through GIN's pending list and merged it before returning: nothing left to merge.
    const [merged] = await dataSource.query(
      `SELECT gin_clean_pending_list('expert_search_index_tsv_idx'::regclass) AS pages,
              (SELECT reloptions FROM pg_class WHERE relname = 'expert_search_index_tsv_idx') AS options`,
    );
    expect(merged).toEqual({ pages: '0', options: expect.arrayContaining(['fastupdate=on']) });
    const bulk = await snapshot();
    expect(bulk.rows).toHaveLength(docs.length);
    expect(bulk.rows).toEqual(oneByOne.rows);
    expect(bulk.results).toEqual(oneByOne.results);
    expect(bulk.results.find((r) => r.q === '水稻栽培')!.total).toBeGreaterThan(0);
  });

  it('upserts in batches, keeps the newest of duplicate ids in one call, and removes in bulk', async () => {
    const many = generated(2500);
    const dup = { ...many[0], version: 3, specialties: '最新版本' };
    await engine.upsert([{ ...many[0], version: 2 }, ...many, dup, { ...many[0], version: 1 }]);
    expect(await engine.count()).toBe(EXPERT_FIXTURE.length + 2500);
    const [row] = await dataSource.query(`SELECT version FROM expert_search_index WHERE id = $1`, [
      many[0].id,
    ]);
    expect(row.version).toBe(3);
    await engine.remove([...many.map((d) => d.id), 'not-a-uuid']);
    expect(await engine.count()).toBe(EXPERT_FIXTURE.length);
  });

  it('weights specialties above title and fields, above employer; ties go to the higher title and more honours', async () => {
    const base = { ...fixtureExpert('周婷'), honours: [], honourCount: 0 };
    const docs: ExpertDocument[] = [
      {
        ...base,
        id: fixtureId(501),
        name: '甲',
        employer: '湿地研究所',
        specialties: '鸟类调查',
        titleLevel: 'SENIOR',
        titleRank: 3,
      },
      {
        ...base,
        id: fixtureId(502),
        name: '乙',
        employer: '某大学',
        specialties: '湿地保护与修复',
        titleLevel: 'INTERMEDIATE',
        titleRank: 1,
      },
      {
        ...base,
        id: fixtureId(503),
        name: '丙',
        employer: '某大学',
        specialties: '湿地保护与修复',
        titleLevel: 'SENIOR',
        titleRank: 3,
      },
      {
        ...base,
        id: fixtureId(504),
        name: '丁',
        employer: '某大学',
        specialties: '湿地保护与修复',
        titleLevel: 'SENIOR',
        titleRank: 3,
        honours: ['POSTDOC'],
        honourCount: 1,
      },
    ];
    await engine.upsert(docs);
    const res = await engine.search(request('湿地'));
    expect(res.hits.map((h) => h.id)).toEqual([
      fixtureId(504),
      fixtureId(503),
      fixtureId(502),
      fixtureId(501),
    ]);
    expect(res.hits[0].score).toBeGreaterThan(res.hits[3].score);
  });

  it('matches multi-word synonyms as phrases, never across a function word or punctuation', async () => {
    const base = fixtureExpert('黄蓉');
    await engine.upsert([
      { ...base, id: fixtureId(601), specialties: '太阳能 发电系统设计' },
      { ...base, id: fixtureId(602), specialties: '太阳能热水器，发电机维修' },
      { ...base, id: fixtureId(603), specialties: '电商与直播' },
    ]);
    const solar = (await engine.search(request('光伏 '))).hits.map((h) => h.id);
    expect(solar).toContain(fixtureId(601));
    expect(solar).not.toContain(fixtureId(602));
    expect((await engine.search(request('电商直播 '))).hits.map((h) => h.id)).not.toContain(fixtureId(603));
    expect((await engine.search(request('电商 直播'))).hits.map((h) => h.id)).toContain(fixtureId(603));
  });

  it('finds what a person is still typing', async () => {
    const res = await engine.search(request('脑卒'));
    expect(res.hits.map((h) => h.id)).toEqual(
      expect.arrayContaining([fixtureExpert('王建国').id, fixtureExpert('李秀英').id]),
    );
    const name = await engine.search(request('汉斯·穆'));
    expect(name.hits[0]?.id).toBe(fixtureExpert('汉斯·穆勒').id);
  });

  it('finds a field by its Chinese label and a synonym of it (水产 → 渔业)', async () => {
    const res = await engine.search(request('渔业 '));
    const fishery = EXPERT_FIXTURE.filter((d) => d.fields.includes('FISHERY')).map((d) => d.id);
    expect(res.hits.map((h) => h.id)).toEqual(expect.arrayContaining(fishery));
  });

  it('crops long text around the first match and marks the cut', async () => {
    const long = '前'.repeat(100) + '包虫病防治' + '后'.repeat(100);
    await engine.upsert([{ ...fixtureExpert('韩梅'), version: 2, specialties: long }]);
    const hit = (await engine.search(request('包虫病'))).hits[0];
    expect(hit.highlights[0]).toBe(
      '…' + '前'.repeat(40) + '<em>包虫病</em>' + '防治' + '后'.repeat(38) + '…',
    );
  });

  it('reports a closed database as SearchEngineUnavailableError, so callers keep the work and retry', async () => {
    const other = await openEngine();
    await other.dataSource.destroy();
    await expect(other.engine.search(request('脑卒中'))).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(other.engine.upsert([{ ...fixtureExpert('韩梅') }])).rejects.toBeInstanceOf(
      SearchEngineUnavailableError,
    );
    await other.teardown();
  });

  it('its migration can be reverted and applied again', async () => {
    const other = await openEngine();
    const runner = other.dataSource.createQueryRunner();
    const migration = new ExpertSearch1764000001000();
    try {
      await migration.down(runner);
      await expect(other.engine.prepare()).rejects.toThrow(/migrations/);
      await migration.up(runner);
      await other.engine.prepare();
      await other.engine.upsert([{ ...fixtureExpert('王建国') }]);
      expect(await other.engine.count()).toBe(1);
    } finally {
      await runner.release();
      await other.teardown();
    }
  });

  it('the specialties index: its migration can be reverted and applied again, searches work either way', async () => {
    const runner = dataSource.createQueryRunner();
    const migration = new ExpertSearchHeadIndex1765003500000();
    const exists = async () =>
      (await dataSource.query(`SELECT to_regclass('expert_search_index_head_idx')::text AS t`))[0].t;
    try {
      expect(await exists()).toBe('expert_search_index_head_idx');
      await migration.down(runner);
      expect(await exists()).toBe(null);
      // Without it the bounded ranking is slower, not wrong; writes merge the pending list they can.
      await engine.upsert(generated(120));
      expect((await engine.search(request('水稻'))).total).toBeGreaterThan(0);
      await migration.up(runner);
      expect(await exists()).toBe('expert_search_index_head_idx');
      await engine.upsert(generated(120, 20_000));
    } finally {
      await runner.release();
    }
  });

  it('answers searches on the fixture in a few milliseconds', async () => {
    const queries = ['脑卒中', '中风', '养殖', 'VOCs', '水产养', '王建国', '防治', ''];
    for (const q of queries) await engine.search(request(q)); // warm the segmenter and the plan cache
    const times: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        const t0 = performance.now();
        await engine.search(request(q, { filter: { statuses: ['ACTIVE'] } }));
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)];
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(
      `postgres search on the fixture: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${times.length} searches)`,
    );
    expect(p50).toBeLessThan(50);
  });
});

describe('a common word ranks candidates only (PostgreSQL)', () => {
  const ABOVE = 30;
  const K = 8;
  const CAP = 20;
  let bounded: PostgresExpertSearchEngine;
  let every: PostgresExpertSearchEngine;
  let teardown: () => Promise<void>;
  let dataSource: DataSource;
  const base = { ...fixtureExpert('周婷'), honours: [], employer: '某研究院', title: '研究员' };
  const doc = (i: number, extra: Partial<ExpertDocument>): ExpertDocument => ({
    ...base,
    id: fixtureId(3000 + i),
    version: 1,
    name: `林${i}`,
    ...extra,
  });
  // 林业 in the field label only (weight B) for the most senior; in the specialties (A) for the junior ones, twice
  // (the best score) for the last ten by id — outside the K most senior of the specialties' matches.
  const docs: ExpertDocument[] = [
    ...Array.from({ length: 40 }, (_, i) =>
      doc(i, {
        fields: ['FORESTRY'],
        specialties: '土壤改良',
        titleLevel: 'SENIOR',
        titleRank: 3,
        honours: ['POSTDOC'],
        honourCount: 1,
      }),
    ),
    ...Array.from({ length: 40 }, (_, i) =>
      doc(100 + i, {
        fields: ['OTHER'],
        specialties: '林业，果树',
        titleLevel: 'INTERMEDIATE',
        titleRank: 1,
        honourCount: 0,
      }),
    ),
    ...Array.from({ length: 10 }, (_, i) =>
      doc(200 + i, {
        fields: ['OTHER'],
        specialties: '林业，林业，茶叶',
        titleLevel: 'INTERMEDIATE',
        titleRank: 1,
        honourCount: 0,
      }),
    ),
    ...Array.from({ length: 10 }, (_, i) => doc(300 + i, { fields: ['OTHER'], specialties: '光伏' })),
  ];
  const browseOrder = (a: ExpertDocument, b: ExpertDocument) =>
    (b.titleRank ?? 0) - (a.titleRank ?? 0) ||
    (b.honourCount ?? 0) - (a.honourCount ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ids = (res: { hits: { id: string }[] }) => res.hits.map((h) => h.id);

  beforeAll(async () => {
    const opened = await openEngine({ countCap: CAP, rankAbove: ABOVE, rankCandidates: K });
    ({ engine: bounded, teardown, dataSource } = opened);
    every = new PostgresExpertSearchEngine(opened.dataSource, { rankAbove: null });
    await bounded.prepare();
    await bounded.upsert(docs);
  });
  afterAll(async () => teardown());

  it('counts matches first only while the index is not far smaller than the threshold', async () => {
    await dataSource.query('ANALYZE expert_search_index');
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const spy = vi.spyOn(pool, 'query');
    const countsSent = () =>
      spy.mock.calls.filter(([text]) => typeof text === 'string' && text.includes('AS index_rows')).length;
    try {
      const want = ids(await every.search(request('林业 ', { limit: 5 })));
      // 100 documents, a threshold of 1,000: after the first count, none for a while, and the same answers.
      const small = new PostgresExpertSearchEngine(dataSource, { rankAbove: 1000 });
      for (let i = 0; i < 3; i++)
        expect(ids(await small.search(request('林业 ', { limit: 5 })))).toEqual(want);
      expect(countsSent()).toBe(1);
      // A threshold under twice the index's rows: every search counts first.
      spy.mockClear();
      const near = new PostgresExpertSearchEngine(dataSource, { rankAbove: 150 });
      for (let i = 0; i < 3; i++)
        expect(ids(await near.search(request('林业 ', { limit: 5 })))).toEqual(want);
      expect(countsSent()).toBe(3);
    } finally {
      spy.mockRestore();
    }
  });

  it('more matches than the threshold: the best of the most senior candidates, scored as before', async () => {
    const all = await every.search(request('林业 ', { exactTotal: true }));
    expect(all.total).toBe(90);
    const matching = new Set(ids(all));
    const sorted = docs.filter((d) => matching.has(d.id)).sort(browseOrder);
    const candidates = new Set(
      [...sorted.filter((d) => d.specialties.includes('林业')).slice(0, K), ...sorted.slice(0, K)].map(
        (d) => d.id,
      ),
    );
    const want = all.hits.filter((h) => candidates.has(h.id)).slice(0, 5);
    // The case is a real one: ranking every match puts the ten with 林业 twice first.
    expect(want.map((h) => h.id)).not.toEqual(ids(all).slice(0, 5));
    expect(ids(all).slice(0, 10).sort()).toEqual(
      docs
        .slice(80, 90)
        .map((d) => d.id)
        .sort(),
    );

    const res = await bounded.search(request('林业 ', { limit: 5 }));
    expect(res.hits.map((h) => [h.id, h.score])).toEqual(want.map((h) => [h.id, h.score]));
    expect(res.total).toBe(CAP);
    expect(res.totalCapped).toBe(true);
    // Facets: lower bounds over at most the cap's matches, flagged.
    expect(res.facetsCapped).toBe(true);
    const counted = res.facets.titleLevels.reduce((s, b) => s + b.count, 0);
    expect(counted).toBe(CAP);
    for (const b of res.facets.fields)
      expect(b.count).toBeLessThanOrEqual(all.facets.fields.find((x) => x.value === b.value)?.count ?? 0);
    // exactTotal counts every match (without ranking them): the same page.
    const exact = await bounded.search(request('林业 ', { limit: 5, exactTotal: true }));
    expect(exact.total).toBe(90);
    expect(exact.facets).toEqual(all.facets);
    expect(ids(exact)).toEqual(ids(res));
    // An estimated total: here the sample is the whole (small) index, so exact.
    const estimated = await bounded.search(
      request('林业 ', { limit: 5, exactTotal: true, totalEstimate: true, facets: false }),
    );
    expect(estimated.total).toBe(90);
    expect(estimated.totalEstimated).toBe(true);
    expect(ids(estimated)).toEqual(ids(res));
    expect(
      (await every.search(request('林业 ', { exactTotal: true, totalEstimate: true }))).totalEstimated,
    ).toBe(undefined);
    // A facet filter applies to the candidates too.
    const junior = await bounded.search(
      request('林业 ', { limit: 5, filter: { titleLevels: ['INTERMEDIATE'] } }),
    );
    expect(junior.total).toBe(CAP);
    expect(junior.totalCapped).toBe(true);
    // Disjunctive: the other title levels are still counted.
    expect(junior.facets.titleLevels.map((b) => b.value)).toContain('SENIOR');
    expect(ids(junior)).toEqual(
      all.hits
        .filter((h) => candidates.has(h.id))
        .filter((h) => docs.find((d) => d.id === h.id)!.titleLevel === 'INTERMEDIATE')
        .slice(0, 5)
        .map((h) => h.id),
    );
  });

  it('at most the threshold: every match ranked, as before', async () => {
    for (const query of ['茶叶 ', '光伏 ']) {
      const want = await every.search(request(query, { exactTotal: true }));
      expect(want.total).toBe(10);
      const res = await bounded.search(request(query, { exactTotal: true }));
      expect(res.hits.map((h) => [h.id, h.score])).toEqual(want.hits.map((h) => [h.id, h.score]));
    }
  });

  it('pages beyond the candidates rank every other match after them: each match once, in one order', async () => {
    const all = await every.search(request('林业 ', { exactTotal: true }));
    const sorted = docs.filter((d) => all.hits.some((h) => h.id === d.id)).sort(browseOrder);
    const candidates = new Set(
      [...sorted.filter((d) => d.specialties.includes('林业')).slice(0, K), ...sorted.slice(0, K)].map(
        (d) => d.id,
      ),
    );
    const want = [
      ...all.hits.filter((h) => candidates.has(h.id)),
      ...all.hits.filter((h) => !candidates.has(h.id)),
    ].map((h) => [h.id, h.score]);
    const got: (string | number)[][] = [];
    for (let offset = 0; offset < 100; offset += 7) {
      const res = await bounded.search(request('林业 ', { limit: 7, offset, exactTotal: true }));
      got.push(...res.hits.map((h) => [h.id, h.score]));
    }
    expect(got).toEqual(want);
    expect(got).toHaveLength(90);
  });
});

describe('query compilation and highlighting (no database)', () => {
  it('ANDs the words, ORs each with its synonyms, phrases multi-word synonyms, prefixes the last word', () => {
    const q = compileExpertQuery('中风 康复')!;
    expect(q.tsquery).toContain("'中风'");
    expect(q.tsquery).toContain("'脑卒中'");
    expect(q.tsquery).toContain("'康复':*");
    expect(q.tsquery).toMatch(/\) & /);
    expect(compileExpertQuery('光伏')!.tsquery).toContain("('太阳能' <-> '发电')");
    expect(compileExpertQuery('VOCs')!.words).toContain('挥发性有机物');
    expect(compileExpertQuery('康复 ')!.tsquery).toBe("'康复'");
    expect(compileExpertQuery('，。、 的')).toBeUndefined();
  });

  it('tries an unfinished word cut into single characters as one prefix', () => {
    expect(compileExpertQuery('颈动脉 狭')!.tsquery).toContain("'狭':*");
    const q = compileExpertQuery('脑卒')!;
    expect(q.tsquery).toContain("'脑卒':*");
    expect(highlightExpertText('脑卒中的早期识别', q)).toBe('<em>脑卒</em>中的早期识别');
  });

  it('highlights synonyms, sub-words and prefixes at word boundaries, in the original case', () => {
    const stroke = compileExpertQuery('中风')!;
    expect(highlightExpertText('脑卒中的早期识别', stroke)).toBe('<em>脑卒中</em>的早期识别');
    expect(highlightExpertText('颈动脉狭窄', compileExpertQuery('动脉 ')!)).toBe('颈<em>动脉</em>狭窄');
    expect(highlightExpertText('工业VOCs治理', compileExpertQuery('voc')!)).toBe('工业<em>VOCs</em>治理');
    expect(highlightExpertText('农村生活污水处理', compileExpertQuery('废水 ')!)).toBe(
      '农村生活<em>污水处理</em>',
    );
    expect(highlightExpertText('污水厂运行', compileExpertQuery('废水 ')!)).toBe('<em>污水</em>厂运行');
    // A character is not found inside a word; 鱼 is a word of its own, read as 水产 (its forms).
    expect(highlightExpertText('水产养殖病害防治', compileExpertQuery('产 ')!)).toBeUndefined();
    expect(highlightExpertText('水产养殖病害防治', compileExpertQuery('鱼 ')!)).toBe(
      '<em>水产养殖</em>病害防治',
    );
    // A phrase never runs across a function word or punctuation.
    expect(highlightExpertText('农村电商与直播带货', compileExpertQuery('电商直播 ')!)).toBe(
      '农村电商与<em>直播带货</em>',
    );
    expect(highlightExpertText('太阳能，发电', compileExpertQuery('光伏 ')!)).toBeUndefined();
    expect(highlightExpertText('太阳能 发电', compileExpertQuery('光伏 ')!)).toBe('<em>太阳能 发电</em>');
  });

  it('skips segmenting a text without any of the words, and still finds them in any case or width', () => {
    const voc = compileExpertQuery('vocs')!;
    expect(highlightExpertText('水产养殖病害防治', voc)).toBeUndefined();
    expect(highlightExpertText('工业ＶＯＣｓ治理', voc)).toBe('工业<em>ＶＯＣｓ</em>治理');
    expect(highlightExpertText('工业VOCS治理', voc)).toBe('工业<em>VOCS</em>治理');
    // A phrase needs every one of its words in the text.
    expect(highlightExpertText('太阳能热水器', compileExpertQuery('光伏 ')!)).toBeUndefined();
  });

  it('writes a tsvector with weights and the whole name', () => {
    const tsv = expertDocumentTsvector({ ...fixtureExpert('汉斯·穆勒') });
    expect(tsv).toMatch(/'有机':1A/);
    expect(tsv).toMatch(/'organic':\d+A/);
    expect(tsv).toMatch(/'农业':[\d,A]*\d+B/);
    expect(tsv).toMatch(/'汉斯·穆勒':\d+C/);
  });

  it('gives the words of a text cut at its punctuation the positions jieba gives the whole text', () => {
    // The engine segments (and remembers) clauses between sentence marks; the tsvector must be the whole text's.
    const texts = [
      '颈动脉狭窄；脑卒中筛查、康复。设施蔬菜栽培，水肥一体化：太阳能发电站！B超？',
      'PM2.5 与 VOCs 治理， COVID-19；  汉斯·穆勒 ；；开头和结尾，',
      '；，',
      '农业技术推广',
    ];
    for (const text of texts) {
      const positions = new Map<string, string[]>();
      const add = (word: string, at: number) => {
        if (!positions.has(word)) positions.set(word, []);
        positions.get(word)!.push(`${at}A`);
      };
      for (const token of segmentWithOffsets(text).tokens) {
        add(token.norm, token.position);
        for (const sub of token.subwords) add(sub.norm, token.position);
      }
      const whole = [...positions].map(([w, at]) => `'${w}':${at.join(',')}`).join(' ');
      const doc = {
        ...fixtureExpert('汉斯·穆勒'),
        specialties: text,
        fields: [],
        title: '',
        employer: '',
        name: '',
      };
      expect(expertDocumentTsvector(doc)).toBe(whole);
    }
  });
});
