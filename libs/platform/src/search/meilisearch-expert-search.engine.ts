// The expert search port on Meilisearch (MEILI_HOST, MEILI_API_KEY). Chinese text is segmented inside
// Meilisearch by jieba (charabia), the same segmenter the PostgreSQL engine uses, so both see the same words.
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTask,
  type Index,
  type MultiSearchParams,
  type MultiSearchQuery,
  type Settings,
  type Task,
} from 'meilisearch';
import { FIELD_LABELS, Vocabulary } from '@app/domain';
import {
  DEFAULT_COUNT_CAP,
  SearchEngineUnavailableError,
  type ExpertDocument,
  type ExpertFacets,
  type ExpertSearchEngine,
  type ExpertSearchHit,
  type ExpertSearchRequest,
  type ExpertSearchResponse,
  type FacetBucket,
  type RegionFacetLevel,
} from './expert-search.port.js';
import { MEILI_FILTERABLE_ATTRIBUTES, expertFilter, idsFilter } from './meilisearch-filter.js';
import {
  analyseSearchQuery,
  mixesContext,
  problemQueryString,
  queryString,
  suggestionWords,
  withContextWords,
} from './query-analysis.js';
import { searchUntilFilled } from './relaxed-search.js';

/**
 * Searchable attributes, most important first (the `attribute` ranking rule prefers matches in earlier ones):
 * - specialties: what a demand describes is what an expert writes as 研究方向/专长;
 * - fieldLabels: the Chinese labels of the expert's fields (医疗, 渔业 …), so a coarse word still finds people;
 * - title: 主任医师, 教授 … are common qualifiers in a query;
 * - name: an exact lookup; names rarely collide with topical words, so it need not be last;
 * - employer: last, because words inside employer names (长江水产研究所, 人民医院) would otherwise outrank
 *   people who actually work on the topic.
 */
export const MEILI_SEARCHABLE_ATTRIBUTES = [
  'specialties',
  'fieldLabels',
  'title',
  'name',
  'employer',
] as const;

export const MEILI_SORTABLE_ATTRIBUTES = ['titleRank', 'honourCount', 'name'] as const;

/**
 * Meilisearch's built-in rules in their default order, then the custom ones. Relevance decides first; among
 * equally relevant experts the more senior and more honoured come first. Putting the custom rules before
 * `words` would let a senior expert who matches one word outrank one who matches all of them.
 */
export const MEILI_RANKING_RULES = [
  'words',
  'typo',
  'proximity',
  'attribute',
  'sort',
  'exactness',
  'titleRank:desc',
  'honourCount:desc',
] as const;

/** The filters that are also facets, with the attribute each is counted on. */
const DISJUNCTIVE_FACETS = [
  { filter: 'fields', attribute: 'fields' },
  { filter: 'titleLevels', attribute: 'titleLevel' },
  { filter: 'honours', attribute: 'honours' },
  { filter: 'sources', attribute: 'source' },
] as const;

/** Totals and facet counts are exact up to this many matches (Meilisearch's default is 1,000). */
export const MEILI_MAX_TOTAL_HITS = 100_000;

/** Suggestions offered when a search finds nothing. */
const SUGGESTIONS = 5;

/** What is sent as `q`: the words as both engines read them, a trailing space when the last one is complete. */
function queryOf(text: string, vocabulary: Vocabulary): string {
  const analysed = analyseSearchQuery(text, vocabulary);
  return analysed ? queryString(analysed) : '';
}

/** Browsing without a query: most senior first, then most honoured. */
const BROWSE_SORT = ['titleRank:desc', 'honourCount:desc'];

const REGION_FACET_ATTRIBUTE: Record<RegionFacetLevel, 'provinceCode' | 'cityCode' | 'countyCode'> = {
  province: 'provinceCode',
  city: 'cityCode',
  county: 'countyCode',
};

/**
 * Relaxation: documents matching every word first; while the page is not full, drop the most frequent word (in
 * the index), then the next — the same order the PostgreSQL engine relaxes in.
 */
export const MEILI_MATCHING_STRATEGY = 'frequency' as const;

/** The vocabulary part of the settings: what applyVocabulary() changes. */
export function vocabularySettings(
  vocabulary: Vocabulary = Vocabulary.builtin(),
): Pick<Settings, 'synonyms' | 'dictionary' | 'stopWords'> {
  return {
    synonyms: vocabulary.meilisearchSynonyms(),
    // The lexicon's expressions and phrases stay whole wherever they occur (the dictionary overrides the segmenter):
    // 水肥一体化 is one word, not 水肥 + 一体化; 老死鱼 holds 死鱼. Synonym words are left to the segmenter, so that a
    // short one (乡村游) does not capture the characters of its neighbours (乡村游客).
    dictionary: vocabulary.dictionaryWords(),
    // Words that never have to match (怎么, 想请, 专家 …).
    stopWords: vocabulary.fillerWords(),
  };
}

/** The settings prepare() applies; exported so tests compare what was sent against one definition. */
export function expertIndexSettings(vocabulary: Vocabulary = Vocabulary.builtin()): Settings {
  return {
    searchableAttributes: [...MEILI_SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...MEILI_FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...MEILI_SORTABLE_ATTRIBUTES],
    rankingRules: [...MEILI_RANKING_RULES],
    ...vocabularySettings(vocabulary),
    // Without this, short all-Han strings (研究, 中风) may be detected as Japanese and segmented differently.
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
    pagination: { maxTotalHits: MEILI_MAX_TOTAL_HITS },
    // A province has up to ~200 counties; by count so that a truncated list keeps the largest buckets.
    faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
  };
}

/** What is sent to Meilisearch: the port's document plus the field labels, copied field by field. */
export interface MeiliExpertDocument extends ExpertDocument {
  fieldLabels: string[];
}

export function toMeiliDocument(d: ExpertDocument): MeiliExpertDocument {
  // An explicit copy, not a spread: whatever else the caller's object carries (a phone number, an e-mail
  // address picked up from the row) never leaves the process.
  return {
    id: d.id,
    version: d.version,
    name: d.name,
    employer: d.employer,
    title: d.title,
    titleLevel: d.titleLevel,
    titleRank: d.titleRank,
    fields: [...d.fields],
    fieldLabels: d.fields.map((f) => FIELD_LABELS[f] ?? f),
    specialties: d.specialties,
    honours: [...d.honours],
    honourCount: d.honourCount,
    source: d.source,
    retired: d.retired,
    status: d.status,
    regionCode: d.regionCode,
    provinceCode: d.provinceCode,
    cityCode: d.cityCode,
    countyCode: d.countyCode,
  };
}

export interface MeilisearchExpertSearchOptions {
  host: string;
  apiKey?: string;
  indexName?: string;
  /** Documents per add request; Meilisearch handles large payloads, but smaller requests fail smaller. */
  batchSize?: number;
  /** How long to wait for Meilisearch to process a write before reporting it unavailable. */
  taskTimeoutMs?: number;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** A search with words reports at most this many (DEFAULT_COUNT_CAP); tests inject a small one. */
  countCap?: number;
}

type StoredVersion = { id: string; version: number };

export class MeilisearchExpertSearchEngine implements ExpertSearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly indexName: string;
  private readonly batchSize: number;
  private readonly taskTimeoutMs: number;
  private readonly countCap: number;
  private vocabulary: Vocabulary = Vocabulary.builtin();

  constructor({
    host,
    apiKey,
    indexName = 'experts',
    batchSize = 1000,
    taskTimeoutMs = 30_000,
    requestTimeoutMs = 10_000,
    countCap = DEFAULT_COUNT_CAP,
  }: MeilisearchExpertSearchOptions) {
    this.countCap = Math.max(0, Math.floor(countCap));
    this.client = new Meilisearch({ host, apiKey, timeout: requestTimeoutMs });
    this.indexName = indexName;
    this.batchSize = Math.max(1, Math.floor(batchSize));
    this.taskTimeoutMs = taskTimeoutMs;
  }

  private get index(): Index<MeiliExpertDocument> {
    return this.client.index<MeiliExpertDocument>(this.indexName);
  }

  async prepare(): Promise<void> {
    await this.call(async () => {
      try {
        await this.index.getRawInfo();
      } catch (err) {
        if (!isApiError(err, 'index_not_found')) throw err;
        // Two processes starting together may both try; the loser's task fails with index_already_exists.
        await this.finish(this.client.createIndex(this.indexName, { primaryKey: 'id' }), [
          'index_already_exists',
        ]);
      }
      await this.finish(this.index.updateSettings(expertIndexSettings(this.vocabulary)));
    });
  }

  setVocabulary(vocabulary: Vocabulary): void {
    this.vocabulary = vocabulary;
  }

  /** New synonyms, dictionary and stop words; Meilisearch reindexes itself before the task succeeds. */
  async applyVocabulary(vocabulary: Vocabulary): Promise<{ refreshed: number }> {
    this.setVocabulary(vocabulary);
    await this.call(() => this.finish(this.index.updateSettings(vocabularySettings(vocabulary))));
    return { refreshed: await this.count() };
  }

  async upsert(docs: ExpertDocument[]): Promise<void> {
    if (docs.length === 0) return;
    // Within one call the highest version of each expert wins, whatever the order of the array.
    const latest = new Map<string, ExpertDocument>();
    for (const d of docs) {
      const seen = latest.get(d.id);
      if (!seen || d.version >= seen.version) latest.set(d.id, d);
    }
    await this.call(async () => {
      const enqueued: EnqueuedTask[] = [];
      for (const batch of chunks([...latest.values()], this.batchSize)) {
        const stored = await this.storedVersions(batch.map((d) => d.id));
        // Race left open: between this read and Meilisearch processing the write, another writer may store a
        // newer version, which this (older) write then replaces. Index jobs for one expert are serialised by
        // the queue and carry the current row, so the window is small and the next change or a full reindex
        // repairs it. Closing it entirely needs a server-side compare (the experimental edit-by-function).
        const fresh = batch.filter((d) => !((stored.get(d.id) ?? -Infinity) > d.version));
        if (fresh.length === 0) continue;
        enqueued.push(await this.index.addDocuments(fresh.map(toMeiliDocument), { primaryKey: 'id' }));
      }
      // Enqueue every batch first so Meilisearch can work while we wait; tasks run in order.
      for (const task of enqueued) await this.finish(Promise.resolve(task));
    });
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.call(async () => {
      const enqueued: EnqueuedTask[] = [];
      for (const batch of chunks([...new Set(ids)], this.batchSize))
        enqueued.push(await this.index.deleteDocuments(batch));
      for (const task of enqueued) await this.finish(Promise.resolve(task), ['index_not_found']);
    });
  }

  async clear(): Promise<void> {
    await this.call(() => this.finish(this.index.deleteAllDocuments(), ['index_not_found']));
  }

  async count(): Promise<number> {
    return this.call(async () => {
      try {
        return (await this.index.getStats()).numberOfDocuments;
      } catch (err) {
        if (isApiError(err, 'index_not_found')) return 0;
        throw err;
      }
    });
  }

  async search(request: ExpertSearchRequest): Promise<ExpertSearchResponse> {
    const analysed = analyseSearchQuery(request.query ?? '', this.vocabulary);
    return searchUntilFilled(
      {
        searchOnce: (r) => this.searchOnce(r),
        wordFrequencies: (words) => this.wordFrequencies(words),
        analyse: (text) => analyseSearchQuery(text, this.vocabulary),
      },
      request,
      analysed,
      (words) => (analysed ? this.suggest(words ?? suggestionWords(analysed)) : Promise.resolve([])),
    );
  }

  /** Documents of the whole index each query text finds with every word required: one counting query each, in one request. */
  private async wordFrequencies(texts: readonly string[]): Promise<number[]> {
    if (!texts.length) return [];
    const { results } = await this.call(() =>
      this.client.multiSearch<MultiSearchParams, MeiliExpertDocument>({
        queries: texts.map((w) => ({
          indexUid: this.indexName,
          q: queryOf(w, this.vocabulary),
          matchingStrategy: 'all' as const,
          locales: ['cmn'] as MultiSearchQuery['locales'],
          page: 1,
          hitsPerPage: 0,
        })),
      }),
    );
    return texts.map((_, i) => results[i]?.totalHits ?? 0);
  }

  /** One multi-search: the page, the total and the facets, the words relaxed by Meilisearch (or all required). */
  private async searchOnce(request: ExpertSearchRequest): Promise<ExpertSearchResponse> {
    // The words read as the PostgreSQL engine reads them (filler words out, lexicon expressions found), sent as
    // space-separated words; Meilisearch relaxes over them.
    const analysed = withContextWords(
      analyseSearchQuery(request.query ?? '', this.vocabulary),
      request.contextWords,
    );
    // With words of the setting among the problem's (大棚 with 番茄), the problem's words alone (problemQueryString).
    const q = !analysed
      ? ''
      : !request.matchAll && mixesContext(analysed)
        ? problemQueryString(analysed)
        : queryString(analysed);
    const filter = expertFilter(request.filter);
    const regionAttribute = REGION_FACET_ATTRIBUTE[request.regionFacetLevel];
    const common: MultiSearchQuery = {
      indexUid: this.indexName,
      q,
      ...(q ? { matchingStrategy: request.matchAll ? ('all' as const) : MEILI_MATCHING_STRATEGY } : {}),
      // The query's language, like the documents': never guessed from two or three characters.
      locales: ['cmn'],
      ...(filter ? { filter } : {}),
    };
    const page: MultiSearchQuery = {
      ...common,
      offset: Math.max(0, Math.floor(request.offset)),
      limit: Math.max(0, Math.floor(request.limit)),
      ...(q && request.highlights === false ? { attributesToRetrieve: ['id'], showRankingScore: true } : {}),
      ...(q && request.highlights !== false
        ? {
            attributesToRetrieve: ['id', ...MEILI_SEARCHABLE_ATTRIBUTES],
            attributesToHighlight: [...MEILI_SEARCHABLE_ATTRIBUTES],
            highlightPreTag: '<em>',
            highlightPostTag: '</em>',
            attributesToCrop: ['specialties'],
            cropLength: 24,
            cropMarker: '…',
            showRankingScore: true,
          }
        : {}),
      ...(!q ? { attributesToRetrieve: ['id'], sort: BROWSE_SORT } : {}),
    };
    // offset/limit answers only carry an estimated total; page mode with no hits gives the exact total and
    // exhaustive facet counts. Facets are disjunctive: a facet whose filter is set is counted by a query of its
    // own without that filter (values within one list are OR). All the queries travel in one request.
    const counts: MultiSearchQuery = {
      ...common,
      page: 1,
      hitsPerPage: 0,
      ...(request.facets === false
        ? {}
        : { facets: ['fields', 'titleLevel', 'honours', 'source', regionAttribute] }),
    };
    const own =
      request.facets === false
        ? []
        : DISJUNCTIVE_FACETS.filter(({ filter: key }) => (request.filter?.[key]?.length ?? 0) > 0);
    const ownQueries: MultiSearchQuery[] = own.map(({ filter: key, attribute }) => {
      const without = expertFilter({ ...request.filter, [key]: undefined });
      const { filter: _all, ...rest } = common;
      return {
        ...rest,
        ...(without ? { filter: without } : {}),
        page: 1,
        hitsPerPage: 0,
        facets: [attribute],
      };
    });
    const { results } = await this.call(() =>
      this.client.multiSearch<MultiSearchParams, MeiliExpertDocument>({
        queries: [page, counts, ...ownQueries],
      }),
    );
    const [pageResult, countResult, ...ownResults] = results;
    const hits: ExpertSearchHit[] = pageResult.hits.map((hit) => ({
      id: String(hit.id),
      score: q ? clamp01(hit._rankingScore ?? 0) : 0,
      highlights: q ? highlightsOf(hit._formatted as Record<string, unknown> | undefined) : [],
    }));
    const distribution = { ...(countResult.facetDistribution ?? {}) };
    own.forEach(({ attribute }, i) => {
      distribution[attribute] = ownResults[i]?.facetDistribution?.[attribute] ?? {};
    });
    const facets: ExpertFacets = {
      fields: buckets(distribution.fields),
      titleLevels: buckets(distribution.titleLevel),
      honours: buckets(distribution.honours),
      sources: buckets(distribution.source),
      regions: buckets(distribution[regionAttribute]),
    };
    const counted = countResult.totalHits ?? countResult.estimatedTotalHits ?? hits.length;
    // As the PostgreSQL engine: a search with words reports at most the cap, and says when there are more (or when
    // Meilisearch only estimated the total). Its facet counts cover every match.
    const totalCapped =
      !!q && !request.exactTotal && (counted > this.countCap || countResult.totalHits === undefined);
    const total = totalCapped ? Math.min(counted, this.countCap) : counted;
    return { total, totalCapped, facetsCapped: false, hits, facets, suggestions: [] };
  }

  /**
   * What to offer when nothing was found (Vocabulary.suggestionsFor: broader words, then the nearest in spelling), kept
   * when they find someone: one counting query per candidate, in one request.
   */
  private async suggest(words: string[]): Promise<string[]> {
    const candidates = this.vocabulary.suggestionsFor(words, SUGGESTIONS * 3);
    if (!candidates.length) return [];
    const { results } = await this.call(() =>
      this.client.multiSearch<MultiSearchParams, MeiliExpertDocument>({
        queries: candidates.map((c) => ({
          indexUid: this.indexName,
          q: `${c} `,
          matchingStrategy: 'all' as const,
          locales: ['cmn'] as MultiSearchQuery['locales'],
          page: 1,
          hitsPerPage: 0,
        })),
      }),
    );
    return candidates.filter((_, i) => (results[i]?.totalHits ?? 0) > 0).slice(0, SUGGESTIONS);
  }

  private async storedVersions(ids: string[]): Promise<Map<string, number>> {
    try {
      const res = await this.index.getDocuments<StoredVersion>({
        filter: idsFilter(ids),
        fields: ['id', 'version'],
        limit: ids.length,
      });
      return new Map(res.results.map((d) => [String(d.id), Number(d.version)]));
    } catch (err) {
      // The first upsert may create the index.
      if (isApiError(err, 'index_not_found')) return new Map();
      throw err;
    }
  }

  /** Waits for a task; a failed task is an error unless its code is one the caller expects. */
  private async finish(enqueued: Promise<EnqueuedTask>, tolerated: string[] = []): Promise<Task> {
    const summary = await enqueued;
    const task = await this.client.tasks.waitForTask(summary.taskUid, {
      timeout: this.taskTimeoutMs,
      interval: 50,
    });
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return task;
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim(),
    );
  }

  /** Not reachable, timed out or a 5xx from a proxy: the caller keeps the work and retries later. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof SearchEngineUnavailableError) throw err;
      if (err instanceof MeilisearchRequestError) {
        const cause = err.cause as { cause?: unknown } | undefined;
        throw new SearchEngineUnavailableError(this.name, cause?.cause ?? cause ?? err);
      }
      if (err instanceof MeilisearchTaskTimeOutError) throw new SearchEngineUnavailableError(this.name, err);
      if (err instanceof MeilisearchApiError && err.response.status >= 500)
        throw new SearchEngineUnavailableError(this.name, err);
      throw err;
    }
  }
}

function isApiError(err: unknown, code: string): boolean {
  return err instanceof MeilisearchApiError && err.cause?.code === code;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function buckets(distribution: Record<string, number> | undefined): FacetBucket[] {
  return Object.entries(distribution ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Highlighted fragments only, in searchable-attribute order (the order the `attribute` rule ranks by). */
function highlightsOf(formatted: Record<string, unknown> | undefined): string[] {
  if (!formatted) return [];
  const out: string[] = [];
  for (const attribute of MEILI_SEARCHABLE_ATTRIBUTES) {
    const value = formatted[attribute];
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text === 'string' && text.includes('<em>') && !out.includes(text)) out.push(text);
    }
  }
  return out;
}
