// The Meilisearch adapter against the HTTP fake (always) and against a real server (when MEILI_HOST is set),
// plus what only the fake can show: the exact requests the adapter sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { Vocabulary } from '@app/domain';
import type { ExpertDocument } from './expert-search.port.js';
import { SearchEngineUnavailableError } from './expert-search.port.js';
import {
  MEILI_MAX_TOTAL_HITS,
  MEILI_RANKING_RULES,
  MEILI_SEARCHABLE_ATTRIBUTES,
  MeilisearchExpertSearchEngine,
  expertIndexSettings,
} from './meilisearch-expert-search.engine.js';
import { describeExpertSearchContract } from './testing/expert-search.contract.js';
import { EXPERT_FIXTURE, fixtureExpert, fixtureId } from './testing/expert-search.fixture.js';
import { FakeMeilisearch, parseMeiliFilter, type FilterNode } from './testing/fake-meilisearch.js';

const API_KEY = 'fake-master-key';
const DOCUMENT_KEYS = [
  'id',
  'version',
  'name',
  'employer',
  'title',
  'titleLevel',
  'titleRank',
  'fields',
  'fieldLabels',
  'specialties',
  'honours',
  'honourCount',
  'source',
  'retired',
  'status',
  'regionCode',
  'provinceCode',
  'cityCode',
  'countyCode',
].sort();

let indexCounter = 0;
const freshIndex = (label: string) => `experts_${label}_${++indexCounter}`;

describeExpertSearchContract(
  'meilisearch (HTTP fake)',
  async (options) => {
    const fake = new FakeMeilisearch({ apiKey: API_KEY });
    await fake.start();
    const engine = new MeilisearchExpertSearchEngine({
      host: fake.url,
      apiKey: API_KEY,
      indexName: freshIndex('contract'),
      ...options,
    });
    return { engine, teardown: () => fake.stop() };
  },
  { ranksContext: false },
);

describe.skipIf(!process.env.MEILI_HOST)('against the real server at MEILI_HOST', () => {
  describeExpertSearchContract(
    'meilisearch (MEILI_HOST)',
    async (options) => {
      const host = process.env.MEILI_HOST!;
      const apiKey = process.env.MEILI_API_KEY;
      // A throw-away index per run, so a shared server's real index is never touched.
      const indexName = `experts_contract_${process.pid}_${Date.now()}_${options?.countCap ?? 'all'}`;
      const engine = new MeilisearchExpertSearchEngine({
        host,
        apiKey,
        indexName,
        taskTimeoutMs: 60_000,
        ...options,
      });
      return {
        engine,
        teardown: async () => {
          await new Meilisearch({ host, apiKey }).deleteIndex(indexName).waitTask({ timeout: 60_000 });
        },
      };
    },
    { ranksContext: false },
  );
});

function manyExperts(n: number): ExpertDocument[] {
  const base = fixtureExpert('周婷');
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: fixtureId(100_000 + i),
    name: `专家${i}`,
    version: 1,
  }));
}

function inValues(node: FilterNode, attribute: string): string[][] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.flatMap((n) => inValues(n, attribute));
    case 'not':
      return inValues(node.item, attribute);
    case 'in':
      return node.attribute === attribute ? [node.values] : [];
    default:
      return [];
  }
}

/** The counting queries a search sends before its page: whether anyone wrote a crop's or a condition's broader words. */
function leadingCounts<T extends { matchingStrategy?: unknown; hitsPerPage?: unknown; filter?: unknown }>(
  searches: readonly T[],
): T[] {
  const end = searches.findIndex((q) => !(q.matchingStrategy === 'all' && q.hitsPerPage === 0 && !q.filter));
  return searches.slice(0, end < 0 ? searches.length : end);
}

describe('Meilisearch adapter: what it sends (HTTP fake)', () => {
  const fake = new FakeMeilisearch({ apiKey: API_KEY });
  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  const engineFor = (indexName: string) =>
    new MeilisearchExpertSearchEngine({ host: fake.url, apiKey: API_KEY, indexName });

  it('applies the index settings: searchable order, filterable, sortable, ranking rules, synonyms, Chinese', async () => {
    const indexName = freshIndex('settings');
    fake.clearRecords();
    await engineFor(indexName).prepare();

    const sent = fake.settingsUpdates();
    expect(sent).toHaveLength(1);
    const settings = sent[0] as Record<string, unknown>;
    expect(settings).toEqual(JSON.parse(JSON.stringify(expertIndexSettings())));
    expect(settings.searchableAttributes).toEqual([
      'specialties',
      'fieldLabels',
      'title',
      'name',
      'employer',
    ]);
    expect([...(settings.filterableAttributes as string[])].sort()).toEqual(
      [
        'fields',
        'titleLevel',
        'titleRank',
        'honours',
        'source',
        'retired',
        'status',
        'provinceCode',
        'cityCode',
        'countyCode',
        'regionCode',
        'id',
      ].sort(),
    );
    expect([...(settings.sortableAttributes as string[])].sort()).toEqual([
      'honourCount',
      'name',
      'titleRank',
    ]);

    const rules = settings.rankingRules as string[];
    const builtIns = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
    expect(rules.filter((r) => builtIns.includes(r))).toEqual(builtIns);
    const custom = rules.filter((r) => !builtIns.includes(r));
    expect(custom).toEqual(['titleRank:desc', 'honourCount:desc']);
    const lastBuiltIn = Math.max(...builtIns.map((r) => rules.indexOf(r)));
    for (const r of custom) expect(rules.indexOf(r)).toBeGreaterThan(lastBuiltIn);

    const synonyms = settings.synonyms as Record<string, string[]>;
    expect(synonyms).toEqual(Vocabulary.builtin().meilisearchSynonyms());
    expect(synonyms['中风']).toEqual(expect.arrayContaining(['脑卒中']));
    expect(synonyms['脑卒中']).toEqual(expect.arrayContaining(['中风']));
    // The lexicon one way: 拉稀 finds 腹泻, 腹泻 does not drag in 拉稀.
    expect(synonyms['拉稀']).toEqual(expect.arrayContaining(['腹泻']));
    expect(synonyms['腹泻'] ?? []).not.toContain('拉稀');
    // Phrases and expressions kept whole; filler words never have to match.
    expect(settings.dictionary).toEqual(expect.arrayContaining(['水肥一体化', '城乡一体化']));
    expect(settings.dictionary).not.toContain('栽培');
    expect(settings.stopWords).toEqual(expect.arrayContaining(['怎么', '想请', '专家', '问题']));
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['cmn'] }]);
    expect((settings.pagination as { maxTotalHits: number }).maxTotalHits).toBe(MEILI_MAX_TOTAL_HITS);

    // The fake stored them (the task succeeded), and the index was created with `id` as its primary key.
    expect(fake.storedSettings(indexName)?.rankingRules).toEqual([...MEILI_RANKING_RULES]);
    expect(fake.requestsTo('POST', /^\/indexes$/).map((r) => r.body)).toEqual([
      { uid: indexName, primaryKey: 'id' },
    ]);

    // Idempotent: a second prepare does not try to create the index again.
    await engineFor(indexName).prepare();
    expect(fake.requestsTo('POST', /^\/indexes$/)).toHaveLength(1);
    expect(fake.settingsUpdates()).toHaveLength(2);
  });

  it('pushes documents in batches of 1,000 and waits for them', async () => {
    const engine = engineFor(freshIndex('batches'));
    await engine.prepare();
    fake.clearRecords();
    await engine.upsert(manyExperts(2500));

    expect(fake.documentBatches().map((b) => b.length)).toEqual([1000, 1000, 500]);
    expect(fake.requestsTo('POST', /\/documents$/).every((r) => r.query.primaryKey === 'id')).toBe(true);
    // Stored versions are read per batch, by id, asking for nothing but id and version.
    const fetches = fake
      .requestsTo('POST', /\/documents\/fetch$/)
      .map((r) => r.body as { filter: string; fields: string[]; limit: number });
    expect(fetches.map((f) => f.limit)).toEqual([1000, 1000, 500]);
    for (const f of fetches) {
      expect(f.fields).toEqual(['id', 'version']);
      expect(inValues(parseMeiliFilter(f.filter), 'id')[0]).toHaveLength(f.limit);
    }
    expect(await engine.count()).toBe(2500);
    // Each batch's task was awaited before upsert returned.
    expect(fake.requestsTo('GET', /^\/tasks\/\d+$/).length).toBeGreaterThanOrEqual(3);
  });

  it('sends no personal data, whatever the caller passes along', async () => {
    const engine = engineFor(freshIndex('pii'));
    await engine.prepare();
    fake.clearRecords();
    const leaky = EXPERT_FIXTURE.slice(0, 5).map((d) => ({
      ...d,
      phone: '13800138000',
      email: 'expert@example.cn',
      idNumber: '110101199001011234',
    }));
    await engine.upsert(leaky as ExpertDocument[]);
    const sent = fake.documentBatches().flat();
    expect(sent).toHaveLength(5);
    for (const doc of sent) {
      expect(Object.keys(doc).sort()).toEqual(DOCUMENT_KEYS);
      expect(JSON.stringify(doc)).not.toMatch(/13800138000|expert@example\.cn|110101199001011234/);
    }
    expect(sent[0].fieldLabels).toEqual(['医疗']);
  });

  it('does not send a document whose stored version is newer', async () => {
    const engine = engineFor(freshIndex('versions'));
    await engine.prepare();
    const doc = fixtureExpert('孙明');
    await engine.upsert([{ ...doc, version: 7 }]);
    fake.clearRecords();
    await engine.upsert([{ ...doc, version: 6, specialties: '过期的描述' }]);
    expect(fake.documentBatches()).toEqual([]);
    // Two versions of one expert in one call: only the newest is sent.
    await engine.upsert([
      { ...doc, version: 9, specialties: '新' },
      { ...doc, version: 8, specialties: '旧' },
    ]);
    expect(
      fake
        .documentBatches()
        .flat()
        .map((d) => [d.version, d.specialties]),
    ).toEqual([[9, '新']]);
  });

  it('builds filters with the escaping helper: hostile values arrive intact and well-formed', async () => {
    const engine = engineFor(freshIndex('escaping'));
    await engine.prepare();
    await engine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
    const evil = '他说"你好\\"';
    const injection = 'MEDICAL" OR titleRank >= 0 OR fields = "x';
    fake.clearRecords();
    const res = await engine.search({
      query: '',
      filter: {
        fields: [evil as never, injection as never],
        excludeIds: ['a\\', '"]', "x') OR 1=1 --"],
        regionCode: '310000',
      },
      limit: 10,
      offset: 0,
      regionFacetLevel: 'county',
    });
    expect(res.total).toBe(0);
    const filters = fake.filtersSeen();
    expect(filters.length).toBeGreaterThan(0);
    // The page and the counts carry the fields filter; the disjunctive count of the fields facet leaves it out.
    const withFields = filters.filter((f) => inValues(parseMeiliFilter(f), 'fields').length > 0);
    expect(withFields).toHaveLength(filters.length - 1);
    for (const f of filters)
      expect(inValues(parseMeiliFilter(f), 'id')).toEqual([['a\\', '"]', "x') OR 1=1 --"]]);
    for (const f of withFields) expect(inValues(parseMeiliFilter(f), 'fields')).toEqual([[evil, injection]]);
    expect(filters[0]).toContain('他说\\"你好\\\\\\"');
  });

  it('sends a sentence as the words both engines read, relaxed by frequency; applies a new vocabulary as settings', async () => {
    const indexName = freshIndex('sentence');
    const engine = engineFor(indexName);
    await engine.prepare();
    await engine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
    fake.clearRecords();
    await engine.search({
      query: '想请专家看看大棚番茄叶片发黄怎么办',
      filter: {},
      limit: 20,
      offset: 0,
      regionFacetLevel: 'province',
    });
    // First, whether anyone wrote 番茄 or its broader words (蔬菜, 茄果类): someone did, so it is searched as typed;
    // and whether anyone wrote each word (the page names those nobody wrote).
    const seen = fake.searchesSeen();
    const lookups = leadingCounts(seen);
    expect(lookups.map((q) => q.q)).toEqual(expect.arrayContaining(['番茄 ', '蔬菜 ', '大棚 ', '叶片发黄 ']));
    const [page, counts] = seen.slice(lookups.length);
    // 大棚 says where, not what: left out, so Meilisearch cannot keep it over the problem's words.
    expect(page).toMatchObject({ q: '番茄 叶片发黄 ', matchingStrategy: 'frequency' });
    expect(counts).toMatchObject({ q: '番茄 叶片发黄 ', matchingStrategy: 'frequency' });
    // The page was not full: one search per word (counted already), the found ones excluded.
    const later = seen.slice(lookups.length + 2);
    expect(later.some((q) => q.matchingStrategy === 'all' && q.hitsPerPage === 0 && !q.filter)).toBe(false);
    expect(
      later.some(
        (q) => q.matchingStrategy === 'all' && typeof q.filter === 'string' && q.filter.includes('id NOT IN'),
      ),
    ).toBe(true);
    // Asked for nothing but hits (the matcher), it sends no highlights.
    fake.clearRecords();
    await engine.search({
      query: '脑卒中 ',
      filter: {},
      limit: 5,
      offset: 0,
      regionFacetLevel: 'province',
      facets: false,
      highlights: false,
      suggestions: false,
    });
    expect(fake.searchesSeen()[0]!.attributesToHighlight).toBeUndefined();

    fake.clearRecords();
    const custom = Vocabulary.with([
      { expression: '打吊瓶', terms: ['静脉溶栓'], fields: ['MEDICAL'] },
      { expression: '膜下滴灌', terms: [], fields: [] },
    ]);
    await engine.applyVocabulary(custom);
    const [update] = fake.settingsUpdates();
    expect(Object.keys(update!).sort()).toEqual(['dictionary', 'stopWords', 'synonyms']);
    expect((update!.synonyms as Record<string, string[]>)['打吊瓶']).toEqual(['静脉溶栓']);
    expect(update!.dictionary).toContain('膜下滴灌');
    expect(fake.storedSettings(indexName)?.dictionary).toContain('膜下滴灌');
  });

  it('asks for highlights, scores, facets by region level and the browse order', async () => {
    const engine = engineFor(freshIndex('params'));
    await engine.prepare();
    await engine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
    fake.clearRecords();
    await engine.search({
      query: '脑卒中',
      filter: { regionCode: '310000' },
      limit: 5,
      offset: 0,
      regionFacetLevel: 'county',
    });
    const [page, counts] = fake.searchesSeen().slice(leadingCounts(fake.searchesSeen()).length);
    expect(page).toMatchObject({
      q: '脑卒中',
      offset: 0,
      limit: 5,
      attributesToHighlight: [...MEILI_SEARCHABLE_ATTRIBUTES],
      highlightPreTag: '<em>',
      highlightPostTag: '</em>',
      attributesToCrop: ['specialties'],
      showRankingScore: true,
      locales: ['cmn'],
    });
    expect(page.sort).toBeUndefined();
    expect(counts).toMatchObject({
      q: '脑卒中',
      page: 1,
      hitsPerPage: 0,
      facets: ['fields', 'titleLevel', 'honours', 'source', 'countyCode'],
    });
    expect(counts.filter).toBe(page.filter);

    fake.clearRecords();
    await engine.search({ query: '', filter: {}, limit: 5, offset: 0, regionFacetLevel: 'city' });
    const [browse, browseCounts] = fake.searchesSeen();
    expect(browse.sort).toEqual(['titleRank:desc', 'honourCount:desc']);
    expect(browse.attributesToHighlight).toBeUndefined();
    expect(browse.filter).toBeUndefined();
    expect(browseCounts.facets).toContain('cityCode');
  });

  it('rejects a malformed filter with invalid_search_filter, as Meilisearch does', async () => {
    const indexName = freshIndex('malformed');
    await engineFor(indexName).prepare();
    const client = new Meilisearch({ host: fake.url, apiKey: API_KEY });
    for (const filter of [
      'fields IN ["MEDICAL"',
      'fields = "unterminated',
      'fields = "a" "b"',
      'OR fields = "a"',
      'phone = "1"',
    ]) {
      await expect(client.index(indexName).search('', { filter }), filter).rejects.toMatchObject({
        cause: { code: 'invalid_search_filter' },
        response: { status: 400 },
      });
    }
  });

  it('reports a failed write as an error, not as an unavailable engine', async () => {
    const engine = engineFor(freshIndex('failed'));
    await engine.prepare();
    const bad = { ...fixtureExpert('罗斌'), id: 'not a valid id!' };
    const err = await engine.upsert([bad]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(SearchEngineUnavailableError);
    expect(String((err as Error).message)).toContain('invalid_document_id');
  });

  it('reports a wrong API key as an error, not as an unavailable engine', async () => {
    const engine = new MeilisearchExpertSearchEngine({
      host: fake.url,
      apiKey: 'wrong',
      indexName: freshIndex('auth'),
    });
    const err = await engine.count().catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(SearchEngineUnavailableError);
    expect(err).toMatchObject({ cause: { code: 'invalid_api_key' } });
  });
});

describe('Meilisearch adapter: the engine goes down and comes back (HTTP fake)', () => {
  const fake = new FakeMeilisearch({ apiKey: API_KEY });
  let engine: MeilisearchExpertSearchEngine;
  beforeAll(async () => {
    await fake.start();
    engine = new MeilisearchExpertSearchEngine({
      host: fake.url,
      apiKey: API_KEY,
      indexName: freshIndex('downup'),
      requestTimeoutMs: 5_000,
    });
    await engine.prepare();
    await engine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('throws SearchEngineUnavailableError while down, and works again on the same port when up', async () => {
    const url = fake.url;
    const request = {
      query: '中风',
      filter: {},
      limit: 10,
      offset: 0,
      regionFacetLevel: 'province' as const,
    };
    expect((await engine.search(request)).total).toBeGreaterThan(0); // a keep-alive connection now exists

    await fake.stop();
    await expect(engine.search(request)).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.upsert([{ ...fixtureExpert('韩梅'), version: 2 }])).rejects.toBeInstanceOf(
      SearchEngineUnavailableError,
    );
    await expect(engine.remove([fixtureExpert('韩梅').id])).rejects.toBeInstanceOf(
      SearchEngineUnavailableError,
    );
    await expect(engine.count()).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.clear()).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.prepare()).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    const err = (await engine.count().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/meilisearch is unavailable/);
    expect(err.message).toMatch(/ECONNREFUSED|fetch failed/);

    await fake.start();
    expect(fake.url).toBe(url);
    expect(await engine.count()).toBe(EXPERT_FIXTURE.length);
    const again = await engine.search(request);
    expect(again.hits.map((h) => h.id)).toContain(fixtureExpert('张卫东').id);
  });

  it('waits for tasks: a write is searchable as soon as upsert returns, even when the server is slow', async () => {
    const slow = new FakeMeilisearch({ taskDelayMs: 40 });
    await slow.start();
    try {
      const slowEngine = new MeilisearchExpertSearchEngine({ host: slow.url, indexName: freshIndex('slow') });
      await slowEngine.prepare();
      await slowEngine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
      expect(await slowEngine.count()).toBe(EXPERT_FIXTURE.length);
      await slowEngine.remove([fixtureExpert('吴磊').id]);
      expect(await slowEngine.count()).toBe(EXPERT_FIXTURE.length - 1);
      await slowEngine.clear();
      expect(await slowEngine.count()).toBe(0);
    } finally {
      await slow.stop();
    }
  });

  it('gives up waiting after the task timeout and reports the engine unavailable', async () => {
    const stuck = new FakeMeilisearch({ taskDelayMs: 2_000 });
    await stuck.start();
    try {
      const impatient = new MeilisearchExpertSearchEngine({
        host: stuck.url,
        indexName: freshIndex('stuck'),
        taskTimeoutMs: 200,
      });
      await expect(impatient.prepare()).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    } finally {
      await stuck.stop();
    }
  });
});
