// The expert search port. Two engines implement it — PostgreSQL full-text (the default, nothing to install)
// and Meilisearch (MEILI_HOST) — and one contract test suite runs against both.
import type { ExpertSource, ExpertStatus, Field, Honour, TitleLevel } from '@app/domain';

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
  /** What the person typed: Chinese words, Latin technical terms ("VOCs"), names. Empty = browse. */
  query?: string;
  filter: ExpertSearchFilter;
  /** 0–100. */
  limit: number;
  offset: number;
  /** Which code the region facet counts by: the level below the filter's region. */
  regionFacetLevel: RegionFacetLevel;
  /** false: no facet counts (all empty), for callers that only want hits and the total — they cost a scan. */
  facets?: boolean;
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

export interface ExpertSearchResponse {
  total: number;
  hits: ExpertSearchHit[];
  facets: ExpertFacets;
}

export interface ExpertSearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates the index and applies its settings; idempotent, called at start. */
  prepare(): Promise<void>;
  /** Inserts or replaces documents; a stored document with a higher version is kept. */
  upsert(docs: ExpertDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(request: ExpertSearchRequest): Promise<ExpertSearchResponse>;
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
