// The expert search port. Two engines implement it — PostgreSQL full-text (the default, nothing to install)
// and Meilisearch (MEILI_HOST) — and one contract test suite runs against both.
import type { ExpertSource, ExpertStatus, Field, Honour, TitleLevel, Vocabulary } from '@app/domain';

/**
 * What the engines index. Personal data (phone, e-mail, ID numbers) is never part of it.
 * Built by the experts feature from the database row; `version` orders updates.
 */
export interface ExpertDocument {
  id: string;
  /** Increases with every change of the expert; an engine never replaces a document with an older version. */
  version: number;
  name: string;
  /** Employer name (工作单位). */
  employer: string;
  /** Concrete title: 教授, 主任医师 … */
  title: string;
  titleLevel: TitleLevel;
  /** 3 正高级, 2 副高级, 1 中级: for "at least" filters and sorting. */
  titleRank: number;
  fields: Field[];
  /** 研究方向/专长 — free text, weighted highest. */
  specialties: string;
  honours: Honour[];
  honourCount: number;
  source: ExpertSource;
  retired: boolean;
  status: ExpertStatus;
  /** The expert's region and its ancestors (GB/T 2260). cityCode is null under municipalities. */
  regionCode: string;
  provinceCode: string;
  cityCode: string | null;
  countyCode: string | null;
}

export type RegionFacetLevel = 'province' | 'city' | 'county';

/** Values within one list are OR; lists are AND. Absent or empty list = no restriction. */
export interface ExpertSearchFilter {
  fields?: Field[];
  titleLevels?: TitleLevel[];
  honours?: Honour[];
  sources?: ExpertSource[];
  /** The region and everything under it (a 6-digit code at any level). */
  regionCode?: string;
  retired?: boolean;
  /** Default: every status. The experts service asks for ACTIVE unless the caller manages the library. */
  statuses?: ExpertStatus[];
  /** At least this title rank (3 正高级, 2 副高级, 1 中级). */
  minTitleRank?: number;
  excludeIds?: string[];
}

export interface ExpertSearchRequest {
  /**
   * What the person typed: Chinese words, Latin technical terms ("VOCs"), names, a whole sentence. Empty = browse.
   * Filler words (怎么, 想请, 专家, 问题 …) never have to match. Every other word is matched with its synonyms and
   * lexicon terms; when fewer documents than asked match them all, the most frequent word is dropped, then the next,
   * as Meilisearch's `matchingStrategy: 'frequency'` does (the rarest words always match) — except that words of the
   * setting (大棚, 工厂, 老人) go before the words of the problem, however rare. Hits that match more of the words
   * come first.
   */
  query?: string;
  filter: ExpertSearchFilter;
  /** 0–100. */
  limit: number;
  offset: number;
  /** Which code the region facet counts by: the level below the filter's region. */
  regionFacetLevel: RegionFacetLevel;
  /** false: no facet counts (all empty), for callers that only want hits and the total — they cost a scan. */
  facets?: boolean;
  /** true: every word must match, no relaxation (Meilisearch's `matchingStrategy: 'all'`). */
  matchAll?: boolean;
  /** false: no suggestions when nothing matches (callers that are not a person at the search box). */
  suggestions?: boolean;
  /**
   * Words of the query read as words of the setting besides the vocabulary's (大棚, 工厂): the broader word put in
   * place of a crop nobody wrote (苹果 → 果树) says what the demand is about, not its problem.
   */
  contextWords?: readonly string[];
  /** false: hits without highlights (the matcher reads scores only). */
  highlights?: boolean;
  /**
   * true: the total is exact however many match (the matcher weighs words by it, an export sizes itself by it).
   * Otherwise a search with words counts at most the engine's count cap (10,000) and says so in `totalCapped`.
   */
  exactTotal?: boolean;
  /**
   * With exactTotal, for a word so common that counting it reads a large share of the library: the engine may
   * estimate the total from a sample instead (PostgreSQL, above its ranking threshold; `totalEstimated` says so).
   * For weighing words (matchExperts), where ±2% changes nothing.
   */
  totalEstimate?: boolean;
}

export interface ExpertSearchHit {
  id: string;
  /** Relevance normalised to 0..1 (1 = best possible); 0 when browsing without a query. */
  score: number;
  /** Fragments of the indexed text with the matched words wrapped in <em>…</em>, most relevant first. */
  highlights: string[];
}

export interface FacetBucket {
  value: string;
  count: number;
}

/** Counts over every document matching query and filter (not only the page), largest first. */
export interface ExpertFacets {
  fields: FacetBucket[];
  titleLevels: FacetBucket[];
  honours: FacetBucket[];
  sources: FacetBucket[];
  regions: FacetBucket[];
}

/** A search with words counts at most this many matches by default (browsing without words is always exact). */
export const DEFAULT_COUNT_CAP = 10_000;

export interface ExpertSearchResponse {
  /** At most the engine's count cap for a search with words (unless `exactTotal`); exact when not `totalCapped`. */
  total: number;
  /** true: more than `total` documents match (the count stopped at the cap). */
  totalCapped: boolean;
  /**
   * true: the facet counts are over part of the matches only (PostgreSQL: the cap's best-ranked documents, or the
   * first cap matches found for a word matching more than its ranking threshold), so they are lower bounds.
   * Meilisearch counts facets over every match and never sets it.
   */
  facetsCapped: boolean;
  /** true: `total` was estimated from a sample (asked with `totalEstimate`). */
  totalEstimated?: boolean;
  hits: ExpertSearchHit[];
  facets: ExpertFacets;
  /**
   * When a query finds nothing, or holds words nobody wrote (`unmatched`): known words nearest to those words (or to
   * what was typed) that do find someone (else empty).
   */
  suggestions: string[];
  /** Words of the query no expert wrote, searched by a broader word instead (苹果 → 果树); absent when none. */
  broadened?: BroadenedWord[];
  /**
   * Words of a query of several words that no expert of the library wrote in any form, and that the search could
   * therefore not take into account (河道 of 河道治理), as read (normalised). Only for a person at the search box
   * (`suggestions` not false); absent when none.
   */
  unmatched?: string[];
}

export interface BroadenedWord {
  /** As the query was read (normalised). */
  word: string;
  /** What was searched in its place. */
  broader: string;
}

export interface ExpertSearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates the index and applies its settings; idempotent, called at start. */
  prepare(): Promise<void>;
  /**
   * Inserts or replaces documents; a stored document with a higher version is kept. `bulk`: one of a run of
   * upserts (a sync, a reindex) that ends with `settle()`; an engine may leave its index upkeep to that call.
   */
  upsert(docs: ExpertDocument[], options?: { bulk?: boolean }): Promise<void>;
  /**
   * Engines whose index lives in the application's database (PostgreSQL): the statements that upsert `docs` as
   * `upsert` would, for the writer to run in its own transaction, so the documents commit (or roll back) with the
   * rows they index and no outbox row or sync is needed. Each is built (segmentation, the CPU part) as it is taken,
   * so a caller can run one while the next is built; a run of them ends with `settle()`.
   */
  upsertStatements?(docs: ExpertDocument[]): Iterable<{ text: string; values: unknown[] }>;
  /** After a run of bulk upserts: what the engine left for later is done now (PostgreSQL merges its GIN lists). */
  settle?(): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(request: ExpertSearchRequest): Promise<ExpertSearchResponse>;
  /** The vocabulary queries are read with (synonyms, lexicon, filler words); in this process, at once. */
  setVocabulary(vocabulary: Vocabulary): void;
  /**
   * Uses the vocabulary and brings the stored index in line with it: PostgreSQL cuts its documents again when the
   * words kept whole changed, Meilisearch gets new synonyms, dictionary and stop words (and reindexes itself).
   * Idempotent; may take a while on a large library (run it in a job).
   */
  applyVocabulary(vocabulary: Vocabulary): Promise<{ refreshed: number }>;
  /**
   * Engines that pre-aggregate facet counts for browsing (PostgreSQL) fold the changes since into them, or
   * rebuild them after the index was emptied; idempotent, run by the `search.facets` job after each sync (`fold`:
   * even a few changes). Meilisearch counts facets itself and has none.
   */
  refreshFacetCounts?(options?: { fold?: boolean }): Promise<{ refreshed: boolean; groups: number }>;
  /** Removes every document (before a full reindex). */
  clear(): Promise<void>;
  count(): Promise<number>;
}

/** Thrown when the engine cannot be reached: callers keep the work and retry later. */
export class SearchEngineUnavailableError extends Error {
  constructor(engine: string, cause?: unknown) {
    super(`search engine ${engine} is unavailable: ${(cause as Error)?.message ?? cause}`);
    this.name = 'SearchEngineUnavailableError';
  }
}

export const TITLE_RANKS: Readonly<Record<TitleLevel, number>> = { SENIOR: 3, ASSOCIATE: 2, INTERMEDIATE: 1 };
