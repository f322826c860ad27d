// The default expert search engine: PostgreSQL full-text search over jieba-segmented Chinese, in its own table
// (expert_search_index, created by migration 1764000001000). Nothing to install; one round trip per search.
import type { DataSource } from 'typeorm';
import { BoundedMemo, FIELD_LABELS, Vocabulary, isRegionCode, isUuid, regionPrefix } from '@app/domain';
import { isConnectionLoss, readRows, sent } from '../database/data-source.js';
import {
  segmentWithOffsets,
  defaultSplitOf,
  segment,
  segmentRemembered,
  segmenterFingerprint,
  useSegmenterVocabulary,
} from './chinese-segmenter.js';
import {
  analyseSearchQuery,
  suggestionWords,
  withContextWords,
  type AnalysedQuery,
} from './query-analysis.js';
import { searchUntilFilled } from './relaxed-search.js';
import {
  DEFAULT_COUNT_CAP,
  SearchEngineUnavailableError,
  type ExpertDocument,
  type ExpertFacets,
  type ExpertSearchEngine,
  type ExpertSearchFilter,
  type ExpertSearchHit,
  type ExpertSearchRequest,
  type ExpertSearchResponse,
  type FacetBucket,
  type RegionFacetLevel,
} from './expert-search.port.js';

/** Rows per INSERT: ~1.5 MB of parameters; several per sync batch, each built while the previous one runs. */
const UPSERT_BATCH = 500;
/** An upsert of at least this many documents merges the full-text index's pending list before it returns. */
const MERGE_AFTER = 100;
const MAX_LIMIT = 100;
/** Characters kept on each side of the first match when a highlighted text is cropped. */
const CROP_CONTEXT = 40;
/** tsvector limits: positions above 16383 are not representable; a lexeme keeps at most 256 positions. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 255;

const REGION_COLUMN: Readonly<Record<RegionFacetLevel, string>> = {
  province: 'province_code',
  city: 'city_code',
  county: 'county_code',
};

// ---------------------------------------------------------------------------------------------------------
// Documents → tsvector

/** A tsvector/tsquery lexeme literal. Sent as a bound parameter: this quoting is for the type's own parser. */
function lexeme(word: string): string {
  if (!word.includes("'") && !word.includes('\\')) return `'${word}'`;
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A text's words as the tsvector takes them: position within the text, the word, then its sub-words. */
type IndexedWords = (number | string)[];

/** A clause's words, and the positions it takes (dropped words included). */
interface Clause {
  words: IndexedWords;
  positions: number;
}

/**
 * Sentence punctuation after NFKC (；，：！？ become ASCII). jieba cuts the text between two such marks on its own
 * and gives each mark one position, so a text's words are its clauses' words one after the other.
 */
const CLAUSE_BREAK = /([;,:!?。、])/u;

/**
 * Segmented clauses, remembered: employers, titles, field labels, names and the phrases specialties are written
 * with repeat across documents, and segmentation is most of what indexing costs in Node. Clauses rather than
 * whole texts: they repeat far more often, and are short (the cache's size is bounded by its entry count).
 * Emptied when the segmenter's words change or it is full.
 */
const segmented = new Map<string, Clause>();
let segmentedWith = '';
const SEGMENTED_MAX = 20_000;

function clauseWords(clause: string): Clause {
  let cut = segmented.get(clause);
  if (!cut) {
    const { tokens, positions } = segmentWithOffsets(clause);
    const words: IndexedWords = [];
    for (const token of tokens) {
      words.push(token.position, token.norm);
      // Sub-words share the position of their word: 动脉 finds 颈动脉, and phrases over whole words still hold.
      for (const sub of token.subwords) words.push(sub.norm);
    }
    if (segmented.size >= SEGMENTED_MAX) segmented.clear();
    segmented.set(clause, (cut = { words, positions }));
  }
  return cut;
}

/** The words of a text, as segmentWithOffsets would cut the whole text, from its clauses. */
function indexedWords(text: string): IndexedWords {
  const fingerprint = segmenterFingerprint();
  if (fingerprint !== segmentedWith) {
    segmented.clear();
    segmentedWith = fingerprint;
  }
  const parts = text.normalize('NFKC').split(CLAUSE_BREAK);
  if (parts.length === 1) return clauseWords(parts[0]!).words;
  const words: IndexedWords = [];
  let base = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1) {
      base++; // the mark itself
      continue;
    }
    const clause = clauseWords(parts[i]!);
    for (const w of clause.words) words.push(typeof w === 'number' ? base + w : w);
    base += clause.positions;
  }
  return words;
}

/**
 * The tsvector of a document, written as tsvector text and cast, so the lexemes are exactly jieba's words,
 * lower-cased, with our positions and weights: the same result as the `simple` configuration would give on
 * pre-segmented text, minus its parser splitting again what jieba kept whole (COVID-19, PM2.5, 汉斯·穆勒).
 * Weights: specialties A; field labels and title B; employer and name C, plus the whole name as one token.
 */
export function expertDocumentTsvector(doc: ExpertDocument): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (word: string, at: number, weight: string) => {
    if (!word) return;
    let list = positions.get(word);
    if (!list) positions.set(word, (list = []));
    if (list.length >= MAX_POSITIONS_PER_LEXEME) return;
    list.push(`${Math.min(at, MAX_POSITION)}${weight}`);
  };
  const addText = (text: string, weight: string) => {
    const base = position;
    const words = indexedWords(text);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (typeof word === 'number') position = base + word;
      else add(word, position, weight);
    }
    position++; // a gap, so a phrase never runs from the end of one field into the next
  };
  addText(doc.specialties ?? '', 'A');
  for (const field of new Set(doc.fields ?? [])) addText(FIELD_LABELS[field] ?? field, 'B');
  addText(doc.title ?? '', 'B');
  addText(doc.employer ?? '', 'C');
  addText(doc.name ?? '', 'C');
  const wholeName = normaliseWhole(doc.name ?? '');
  if (wholeName) add(wholeName, position, 'C');
  let out = '';
  for (const [word, at] of positions) out += `${out ? ' ' : ''}${lexeme(word)}:${at.join(',')}`;
  return out;
}

function normaliseWhole(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Query text → tsquery

/** What a query matches: one tsquery per word, and the same words again for highlighting. */
export interface CompiledExpertQuery {
  /** One tsquery per word of the query (the word or any of its forms), in the query's order. */
  terms: string[];
  /** The words themselves, as typed (for suggestions). */
  words: Set<string>;
  /** Every word AND'ed: what a document matching everything matches (kept for callers and tests). */
  tsquery: string;
  /** Multi-lexeme alternatives matched as phrases (a synonym that segments into several words). */
  phrases: string[][];
  /** Prefixes of the last word (the person may still be typing). */
  prefixes: string[];
  /** The whole query as one lexeme (a name is indexed whole besides its words), when short enough. */
  whole: string | null;
  /** The query as both engines read it. */
  analysed: AnalysedQuery;
}

function phraseOf(words: string[]): string {
  return words.length === 1 ? lexeme(words[0]) : `(${words.map(lexeme).join(' <-> ')})`;
}

function keyOf(words: string[]): string {
  return words.join('\u0001');
}

/**
 * Compiles what a person typed (read by analyseSearchQuery: filler words dropped, lexicon expressions found): each
 * word becomes one tsquery — the word or any of its forms (synonyms, lexicon terms), a form that segments into
 * several words as a phrase, the last word also as a prefix. Returns undefined when nothing searchable is left:
 * the caller browses.
 */
export function compileExpertQuery(
  text: string,
  vocabulary: Vocabulary = Vocabulary.builtin(),
): CompiledExpertQuery | undefined {
  const analysed = analyseSearchQuery(text, vocabulary);
  if (!analysed) return undefined;
  const words = new Set<string>();
  const phrases: string[][] = [];
  const prefixes: string[] = [];

  const alternativesOf = (word: string, expansions: readonly string[]): string[][] => {
    const seen = new Map<string, string[]>();
    const push = (ws: string[] | undefined) => {
      if (ws && ws.length > 0 && !seen.has(keyOf(ws))) seen.set(keyOf(ws), ws);
    };
    push([word]);
    push(defaultSplitOf(word));
    for (const form of expansions) {
      push(segment(form));
      push(defaultSplitOf(form));
    }
    return [...seen.values()];
  };
  /** One word of the query: itself or any of its forms; with `prefix`, the word itself also as a prefix. */
  const termOf = (word: string, expansions: readonly string[], prefix: boolean): string => {
    const alternatives = alternativesOf(word, expansions);
    for (const ws of alternatives) {
      if (ws.length === 1) words.add(ws[0]);
      else phrases.push(ws);
    }
    const parts = alternatives.map(phraseOf);
    if (prefix) {
      parts[0] = `${lexeme(word)}:*`;
      prefixes.push(word);
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`;
  };

  const terms = analysed.terms.map((t) => {
    if (!t.characters) return termOf(t.word, t.expansions, t.prefix);
    // An unfinished word cut into single characters: the joined characters as one prefix, or each of them.
    prefixes.push(t.word);
    const separate = t.characters.map((c, i) => termOf(c, [], i === t.characters!.length - 1));
    return `(${lexeme(t.word)}:* | (${separate.join(' & ')}))`;
  });
  const whole = analysed.whole && !words.has(analysed.whole) ? analysed.whole : null;
  if (whole) words.add(whole);
  const all = terms.length === 1 ? terms[0]! : terms.map((q) => `(${q})`).join(' & ');
  return {
    terms,
    words,
    tsquery: whole ? `(${all}) | ${lexeme(whole)}` : all,
    phrases,
    prefixes,
    whole,
    analysed,
  };
}

/** A compiled query (shared, read-only) whose `words` are also read as words of the setting. */
function withContext(
  query: CompiledExpertQuery | undefined,
  words: readonly string[] | undefined,
): CompiledExpertQuery | undefined {
  if (!query || !words?.length) return query;
  return { ...query, analysed: withContextWords(query.analysed, words)! };
}

/** Above any document frequency: a word of the setting is dropped before the words of the problem. */
const CONTEXT_COST = 1e12;

/**
 * The relaxation, as Meilisearch's `matchingStrategy: 'frequency'` does it: documents matching every word come
 * first; then the most frequent word (by document frequency in the whole library; a word no document contains
 * counts as the most frequent) is dropped, then the next, words of equal frequency together, until only the rarest
 * are left — those every hit must match. Words of the setting (`context`: 大棚, 工厂) are dropped before the others
 * however rare they are, so the last level holds the problem's words whenever there are any.
 * Returns the tsquery of each level, all words first.
 */
export function relaxationLevels(
  terms: readonly string[],
  frequencies: readonly number[],
  context: readonly boolean[] = [],
): string[] {
  if (terms.length <= 1) return [...terms];
  const cost = (i: number) =>
    frequencies[i]! > 0 ? frequencies[i]! + (context[i] ? CONTEXT_COST : 0) : Number.POSITIVE_INFINITY;
  const order = terms.map((_, i) => i).sort((a, b) => cost(b) - cost(a) || a - b);
  const groups: number[][] = [];
  for (const i of order) {
    const last = groups[groups.length - 1];
    if (last && cost(last[0]!) === cost(i)) last.push(i);
    else groups.push([i]);
  }
  const levels: string[] = [];
  const dropped = new Set<number>();
  for (let g = 0; g < groups.length; g++) {
    const kept = terms.map((q, i) => (dropped.has(i) ? null : q)).filter((q): q is string => q !== null);
    levels.push(kept.length === 1 ? kept[0]! : kept.map((q) => `(${q})`).join(' & '));
    for (const i of groups[g]!) dropped.add(i);
  }
  return levels;
}

// ---------------------------------------------------------------------------------------------------------
// Highlights

// Lower-casing that is not character by character: İ becomes two characters, Σ depends on its neighbours.
const CONTEXTUAL_CASE = /[\u0130\u03a3]/;

/**
 * Whether any word, prefix or phrase word of the query occurs in the text at all: every span below is a token
 * (NFKC, lower-cased) equal to or starting with one, so a text without any has none, and is not segmented (jieba
 * is most of a search's own CPU, and most fields of most hits hold none of the words).
 */
function mayMatch(original: string, query: CompiledExpertQuery): boolean {
  const text = original.normalize('NFKC');
  if (CONTEXTUAL_CASE.test(text)) return true;
  const lower = text.toLowerCase();
  for (const word of query.words) if (lower.includes(word)) return true;
  for (const prefix of query.prefixes) if (lower.includes(prefix)) return true;
  for (const phrase of query.phrases) if (phrase.every((w) => lower.includes(w))) return true;
  return false;
}

/** The fragment of `original` with every matched word wrapped in <em>, or undefined when nothing matched. */
export function highlightExpertText(original: string, query: CompiledExpertQuery): string | undefined {
  if (!original || !mayMatch(original, query)) return undefined;
  const { text: normalised, tokens } = segmentRemembered(original);
  // Offsets refer to the NFKC text; when normalisation kept the length they also fit the original, which then
  // shows as written (full-width letters stay full-width).
  const text = normalised.length === original.length ? original : normalised;
  const spans: [number, number][] = [];
  const units = tokens.map((t) => [{ norm: t.norm, start: t.start, end: t.end }, ...t.subwords]);

  units.forEach((candidates) => {
    for (const u of candidates) {
      if (query.words.has(u.norm)) spans.push([u.start, u.end]);
      for (const prefix of query.prefixes)
        if (u.norm.startsWith(prefix)) spans.push([u.start, u.start + prefix.length]);
    }
  });
  for (const phrase of query.phrases) {
    for (let i = 0; i + phrase.length <= units.length; i++) {
      if (tokens[i + phrase.length - 1].position !== tokens[i].position + phrase.length - 1) continue;
      const matched = phrase.map((w, j) => units[i + j].find((u) => u.norm === w));
      if (matched.every(Boolean)) spans.push([matched[0]!.start, matched[matched.length - 1]!.end]);
    }
  }
  const whole = normaliseWhole(normalised);
  if (query.words.has(whole)) {
    const start = normalised.indexOf(normalised.trim());
    spans.push([start, start + normalised.trim().length]);
  }
  if (spans.length === 0) return undefined;

  // Merge overlapping spans, in text order.
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }

  let from = Math.max(0, merged[0][0] - CROP_CONTEXT);
  let to = Math.min(text.length, merged[0][1] + CROP_CONTEXT);
  // Never split a surrogate pair at the edges.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from])) from--;
  if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to])) to++;
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const [s, e] of merged) {
    if (s < from || e > to) continue;
    out += text.slice(cursor, s) + '<em>' + text.slice(s, e) + '</em>';
    cursor = e;
  }
  out += text.slice(cursor, to) + (to < text.length ? '…' : '');
  return out;
}

function highlightsOf(doc: ExpertDocument, query: CompiledExpertQuery): string[] {
  const out: string[] = [];
  for (const text of [doc.specialties, doc.title, doc.employer, doc.name]) {
    const fragment = highlightExpertText(text ?? '', query);
    if (fragment) out.push(fragment);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// SQL

export interface ExpertSqlStatement {
  text: string;
  values: unknown[];
}

/** The four filters that are also facets: each facet is counted as if its own filter were not set. */
const FACET_FILTERS = ['fields', 'titleLevels', 'honours', 'sources'] as const;
type FacetFilter = (typeof FACET_FILTERS)[number];

/**
 * The WHERE conditions of a filter; every value goes through `param`, every identifier is a constant. The four
 * facet filters come apart from the rest, so facets can be disjunctive.
 */
function filterConditions(
  filter: ExpertSearchFilter,
  param: (value: unknown) => string,
  e = 'e',
): { facets: Partial<Record<FacetFilter, string>>; other: string[] } {
  const facets: Partial<Record<FacetFilter, string>> = {};
  if (filter.fields?.length) facets.fields = `${e}.fields && ${param(filter.fields)}::text[]`;
  if (filter.titleLevels?.length)
    facets.titleLevels = `${e}.title_level = ANY(${param(filter.titleLevels)}::text[])`;
  if (filter.honours?.length) facets.honours = `${e}.honours && ${param(filter.honours)}::text[]`;
  if (filter.sources?.length) facets.sources = `${e}.source = ANY(${param(filter.sources)}::text[])`;
  const where: string[] = [];
  if (filter.statuses?.length) where.push(`${e}.status = ANY(${param(filter.statuses)}::text[])`);
  if (filter.retired !== undefined && filter.retired !== null)
    where.push(`${e}.retired = ${param(filter.retired)}::boolean`);
  if (filter.minTitleRank !== undefined && filter.minTitleRank !== null)
    where.push(`${e}.title_rank >= ${param(filter.minTitleRank)}::int`);
  if (filter.regionCode) {
    // Codes are six digits, so the prefix has no LIKE wildcards; anything else lies in no region.
    if (isRegionCode(filter.regionCode))
      where.push(`${e}.region_code LIKE ${param(regionPrefix(filter.regionCode) + '%')}`);
    else where.push('false');
  }
  // Ids that are not UUIDs cannot be in the index (and would fail the cast): leaving them out changes nothing.
  const excluded = (filter.excludeIds ?? []).filter((id) => isUuid(id));
  if (excluded.length) where.push(`NOT (${e}.id = ANY(${param(excluded)}::uuid[]))`);
  return { facets, other: where };
}

/** Buckets of `expression` over `from`, largest first; `weight` is what one row counts (a pre-aggregated group: n). */
function facetSql(expression: string, from: string, weight = 'count(*)'): string {
  const n = weight === 'count(*)' ? weight : `sum(${weight})`;
  return `(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n) ORDER BY n DESC, v COLLATE "C"), '[]'::json)
     FROM (SELECT ${expression} AS v, ${n}::int AS n FROM ${from} GROUP BY 1) x WHERE v IS NOT NULL AND n > 0)`;
}

/**
 * A browse the pre-aggregated facet counts can answer: no words, and only filters the counts are grouped by — or
 * experts left out by id without facets (matchExperts' recall): the total is then the groups' less the left-out
 * experts that pass the filters.
 */
function answerableByFacetCounts(
  request: ExpertSearchRequest,
  query: CompiledExpertQuery | undefined,
): boolean {
  return !query && (request.facets === false || !request.filter?.excludeIds?.some((id) => isUuid(id)));
}

/** A statement's parameter list: `param(value)` appends the value and answers its placeholder ($1, $2 …). */
function positionalParams(): { values: unknown[]; param: (value: unknown) => string } {
  const values: unknown[] = [];
  return {
    values,
    param: (value) => {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

/**
 * A browse (no words): the total and the facets are sums over the pre-aggregated groups and the deltas written
 * since (read in this statement's snapshot, so exact), disjunctive as in the live statement (each facet's groups
 * pass every filter but its own); the first page is read from the index in page order
 * (`expert_search_index_browse_idx`), stopping after the page. Same answer as expertSearchStatement gives: the same
 * order (every score is 0 when browsing), the same counts.
 *
 * Which groups: with a region filter (or facets below the province), the groups by region
 * (`expert_facet_counts`, read through its region index). Without, the facets but the region's come from the groups
 * without any region (`expert_facet_national_counts`: a few thousand, however many experts and regions), and the
 * region facet from the groups by province without the sets of fields and honours
 * (`expert_facet_province_totals`) — or, when fields or honours are filtered on, from the groups by province and
 * the one field or honour filtered on (`expert_facet_province_by_field`, `_by_honour`, through the value's index),
 * or else from the groups by province with both sets (`expert_facet_province_counts`), read once with every filter.
 */
export function expertBrowseStatement(request: ExpertSearchRequest): ExpertSqlStatement {
  const { values, param } = positionalParams();
  const filter = request.filter ?? {};
  const live = filterConditions(filter, param, 'e');
  // The groups have no ids: experts left out by id are subtracted from the total (facets: see
  // answerableByFacetCounts).
  const excluded = (filter.excludeIds ?? []).filter((id) => isUuid(id));
  const grouped = { ...filter, excludeIds: undefined };
  const pre = filterConditions(grouped, param, 'c');
  const pageWhere = [...live.other, ...Object.values(live.facets)];
  const facetFilters = pre.facets;
  const flag = (f: FacetFilter) => `in_${f.toLowerCase()}`;
  const flags = FACET_FILTERS.map((f) => `${facetFilters[f] ?? 'true'} AS ${flag(f)}`).join(', ');
  const passing = (except: FacetFilter | null) => {
    const on = FACET_FILTERS.filter((f) => f !== except && facetFilters[f]).map((f) => `g.${flag(f)}`);
    return on.length ? `WHERE ${on.join(' AND ')}` : '';
  };
  const facet = (expression: string, from: string) =>
    request.facets === false ? `'[]'::json` : facetSql(expression, from, 'g.n');
  const regionColumn = REGION_COLUMN[request.regionFacetLevel] ?? REGION_COLUMN.province;
  // Without a region filter, counted by province: groups without the region (far fewer), and the deltas likewise.
  const national = !filter.regionCode && regionColumn === REGION_COLUMN.province;
  const unionDeltas = (table: string, columns: string) =>
    `SELECT ${columns} FROM ${table} UNION ALL SELECT ${columns} FROM expert_facet_deltas`;
  const groups = national
    ? unionDeltas(
        'expert_facet_national_counts',
        'status, retired, title_level, title_rank, source, fields, honours, n',
      )
    : `SELECT * FROM expert_facet_counts UNION ALL SELECT * FROM expert_facet_deltas`;
  let regions: string;
  if (!national) regions = facet('region', `g ${passing(null)}`);
  else if (request.facets === false) regions = `'[]'::json`;
  else {
    // The region facet counts the matching set: every filter applies, the region is the province.
    const keys = 'status, retired, province_code, title_level, title_rank, source';
    const single = (values: readonly string[] | undefined) =>
      values?.length && new Set(values).size === 1 ? values[0]! : undefined;
    const field = single(filter.fields);
    const honour = single(filter.honours);
    // One value of a set filtered on: that value's groups (each expert once), and the deltas that hold it.
    const byValue = (table: string, column: string, value: string, set: string, other: string) =>
      `SELECT ${keys}, ${other}, n FROM ${table} WHERE ${column} = ${param(value)}
       UNION ALL SELECT ${keys}, ${other}, n FROM expert_facet_deltas WHERE ${set} && ${param([value])}::text[]`;
    let from: string;
    let r: ReturnType<typeof filterConditions>;
    if (!filter.fields?.length && !filter.honours?.length) {
      from = unionDeltas('expert_facet_province_totals', `${keys}, n`);
      r = filterConditions(grouped, param, 'r');
    } else if (field !== undefined) {
      from = byValue('expert_facet_province_by_field', 'field', field, 'fields', 'honours');
      r = filterConditions({ ...grouped, fields: undefined }, param, 'r');
    } else if (honour !== undefined) {
      from = byValue('expert_facet_province_by_honour', 'honour', honour, 'honours', 'fields');
      r = filterConditions({ ...grouped, honours: undefined }, param, 'r');
    } else {
      from = unionDeltas('expert_facet_province_counts', `${keys}, fields, honours, n`);
      r = filterConditions(grouped, param, 'r');
    }
    const where = [...r.other, ...Object.values(r.facets)];
    regions = facetSql(
      'r.province_code',
      `(${from}) r ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`,
      'r.n',
    );
  }
  let leftOut = '';
  if (excluded.length) {
    const kept = filterConditions(grouped, param, 'x');
    leftOut = ` - (SELECT count(*)::int FROM expert_search_index x WHERE ${[
      `x.id = ANY(${param(excluded)}::uuid[])`,
      ...kept.other,
      ...Object.values(kept.facets),
    ].join(' AND ')})`;
  }
  const limit = param(Math.max(0, Math.min(MAX_LIMIT, Math.floor(request.limit ?? 0))));
  const offset = param(Math.max(0, Math.floor(request.offset ?? 0)));
  const text = `
    WITH g AS MATERIALIZED (
      SELECT c.n, c.fields, c.title_level, c.honours, c.source${national ? '' : `, c.${regionColumn} AS region`}, ${flags}
      FROM (${groups}) c
      ${pre.other.length ? 'WHERE ' + pre.other.join(' AND ') : ''}
    ), total AS (
      SELECT coalesce(sum(g.n), 0)::int${leftOut} AS n FROM g ${passing(null)}
    ), page AS (
      -- Not read at all when the counts say there is nothing at this offset (a scan in page order of a rare
      -- combination would otherwise walk the whole index to find no row).
      SELECT e.id, e.document, e.title_rank, e.honour_count FROM expert_search_index e
      WHERE ${[...pageWhere, `(SELECT n FROM total) > ${offset}`].join(' AND ')}
      ORDER BY e.title_rank DESC, e.honour_count DESC, e.id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT n FROM total) AS total,
      false AS total_estimated,
      false AS facets_capped,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'score', 0, 'document', p.document)
                                ORDER BY p.title_rank DESC, p.honour_count DESC, p.id), '[]'::json)
         FROM page p) AS hits,
      ${facet('f', `g CROSS JOIN LATERAL unnest(g.fields) AS f ${passing('fields')}`)} AS fields,
      ${facet('title_level', `g ${passing('titleLevels')}`)} AS title_levels,
      ${facet('h', `g CROSS JOIN LATERAL unnest(g.honours) AS h ${passing('honours')}`)} AS honours,
      ${facet('source', `g ${passing('sources')}`)} AS sources,
      ${regions} AS regions`;
  return { text, values };
}

/** Serialises rebuilds of the facet counts (pg_advisory_lock key). */
const FACET_COUNTS_LOCK = 1765002200;
/** The tables the `search.facets` job rewrites and browses read. */
const FACET_TABLES = [
  'expert_facet_deltas',
  'expert_facet_counts',
  'expert_facet_province_counts',
  'expert_facet_national_counts',
  'expert_facet_province_totals',
  'expert_facet_province_by_field',
  'expert_facet_province_by_honour',
];
/** Deltas are folded into the facet counts once there are this many (a browse reads both until then). */
const FOLD_DELTAS = 1000;

/**
 * One statement for a whole search: the set matching the query and every filter but the four facet filters once
 * (materialised, with a flag per facet filter), the matching set within it, then the page with its documents, the
 * total and the facets. Facets are disjunctive: each counts over the set that passes every other filter, so ticking
 * 正高级 still shows how many 副高级 there are (values within one list are OR). The region facet is a drill-down
 * and counts the matching set.
 *
 * With words, `levels` are the relaxation's tsqueries (every word first, the rarest words last): a document matches
 * when it matches the last level (or is the whole name typed); it ranks by the first level it matches, then by
 * ts_rank_cd over every word. The score is (levels − level − 1 + rank) / levels, so scores follow the order.
 *
 * With words and a `cap` (not `exactTotal`), counting stops there: a common word matches a large share of the
 * library, and counting and grouping every match costs more than finding the page. The total counts at most cap + 1
 * matches (more than cap: `total_capped`); the facets count the cap's best-ranked documents of the base set (in page
 * order, so the experts a person sees first are those counted), each facet disjunctive within them as above, and
 * are flagged when the base set is larger. The page itself is unchanged.
 *
 * With `candidates` (a common word: the engine found more matches than its ranking threshold, see
 * PostgresExpertSearchEngine), the page ranks only a bounded set of candidates rather than every match: the
 * `candidates` most senior matching experts (browse order) with the words in their specialties (weight A,
 * `expert_search_index_head_idx`), with the words anywhere, and — with several words — with every word, plus those
 * whose whole name was typed; ranked and ordered as above. Nothing else reads every match: the total stops at the
 * cap (or counts without ranking, with exactTotal) and the capped facets count the first cap matches found rather
 * than the best-ranked ones, so the work no longer grows with the library. A page beyond the candidates ranks
 * every other match after them (as costly as before, and consistent with the pages before it).
 * With exactTotal and totalEstimate, the total is estimated from a page sample of `estimate.percent` of the index
 * (REPEATABLE: the same pages each time), at least `estimate.atLeast` (the matches known to exist).
 */
export function expertSearchStatement(
  request: ExpertSearchRequest,
  query: CompiledExpertQuery | undefined,
  levels: readonly string[] = query ? [query.terms.length === 1 ? query.terms[0]! : query.tsquery] : [],
  cap: number | null = DEFAULT_COUNT_CAP,
  candidates: number | null = null,
  estimate: { percent: number; atLeast: number } | null = null,
): ExpertSqlStatement {
  const { values, param } = positionalParams();
  const conditions = filterConditions(request.filter ?? {}, param);
  const where = conditions.other;
  // Every filter, the facet filters too: what a candidate must pass.
  const matchedWhere = [...conditions.other, ...Object.values(conditions.facets)];
  // Without facets the facet filters are plain conditions: the base set is then the matching set.
  const facetFilters = request.facets === false ? {} : conditions.facets;
  if (request.facets === false) where.push(...Object.values(conditions.facets));
  const words = query && levels.length ? wordConditions(query, levels, param) : null;
  if (words) where.unshift(words.universe);
  const score = words?.score ?? '0::real';
  const bounded = words && candidates !== null && candidates > 0 ? Math.floor(candidates) : null;
  const flag = (f: FacetFilter) => `in_${f.toLowerCase()}`;
  const flags = FACET_FILTERS.map((f) => `${facetFilters[f] ?? 'true'} AS ${flag(f)}`).join(', ');
  /** The base rows that pass every facet filter but `except`. */
  const passing = (except: FacetFilter | null) => {
    const on = FACET_FILTERS.filter((f) => f !== except && facetFilters[f]).map((f) => `base.${flag(f)}`);
    return on.length ? `WHERE ${on.join(' AND ')}` : '';
  };
  const facet = (expression: string, from: string) =>
    request.facets === false ? `'[]'::json` : facetSql(expression, from);
  const regionColumn = REGION_COLUMN[request.regionFacetLevel] ?? REGION_COLUMN.province;
  const limit = param(Math.max(0, Math.min(MAX_LIMIT, Math.floor(request.limit ?? 0))));
  const offset = param(Math.max(0, Math.floor(request.offset ?? 0)));
  const capped = query && levels.length && !request.exactTotal && cap !== null && cap >= 0;
  const capParam = capped ? param(Math.floor(cap)) : null;
  const order = 'score DESC, title_rank DESC, honour_count DESC, id';
  // What the facets count: every base row, or the cap's best-ranked ones.
  const counted = capped ? 'top' : 'base';
  const countedPassing = (except: FacetFilter | null) =>
    counted === 'base' ? passing(except) : passing(except).replace(/base\./g, 'top.');
  // Bounded and capped, the base set itself stops one past the cap (a scan that knows it needs no more than that:
  // the full-text index's bitmap of every match costs as much as the matches), and the total is counted apart
  // when facet filters make the matching set smaller than the base set.
  const shortBase = !!bounded && capped;
  const sampled = !!bounded && !capped && !!estimate && !!request.exactTotal && !!request.totalEstimate;
  const total = sampled
    ? `(SELECT greatest(${param(estimate!.atLeast)}::int, round(count(*) * 100.0 / ${param(estimate!.percent)}::float8)::int)
        FROM expert_search_index e TABLESAMPLE SYSTEM (${param(estimate!.percent)}::float4) REPEATABLE (0)
        WHERE ${[words!.universe, ...matchedWhere].join(' AND ')})`
    : shortBase
      ? passing(null)
        ? `(SELECT count(*)::int FROM (SELECT 1 FROM expert_search_index e
           WHERE ${[words!.universe, ...matchedWhere].join(' AND ')} LIMIT ${capParam}::int + 1) c)`
        : `(SELECT count(*)::int FROM base)`
      : capped
        ? `(SELECT count(*)::int FROM (SELECT 1 FROM matched LIMIT ${capParam}::int + 1) c)`
        : `(SELECT count(*)::int FROM matched)`;
  const facetsCapped =
    capped && request.facets !== false
      ? `(SELECT count(*) FROM (SELECT 1 FROM base LIMIT ${capParam}::int + 1) c) > ${capParam}::int`
      : 'false';
  let page = `SELECT 0 AS part, id, score, title_rank, honour_count FROM matched`;
  let candidateSets = '';
  if (bounded && words) {
    const k = param(bounded);
    const browseOrder = 'ORDER BY e.title_rank DESC, e.honour_count DESC, e.id';
    const among = (condition: string) =>
      `(SELECT e.id FROM expert_search_index e WHERE ${[condition, ...matchedWhere].join(' AND ')}
        ${browseOrder} LIMIT ${k})`;
    const sets = [
      among(`ts_filter(e.tsv, '{a}') @@ ${words.last}`),
      among(words.universe),
      ...(words.first !== words.last ? [among(`e.tsv @@ ${words.first}`)] : []),
      ...(words.whole ? [among(`e.tsv @@ ${words.whole}`)] : []),
    ];
    // The candidates first, then — read only for a page beyond them, so paging stays consistent — every other
    // match, each part in the order above.
    candidateSets = `, candidates AS MATERIALIZED (${sets.join(' UNION ')}), ranked AS (
      SELECT 0 AS part, e.id, ${score} AS score, e.title_rank, e.honour_count
      FROM candidates c JOIN expert_search_index e ON e.id = c.id
      UNION ALL
      SELECT 1 AS part, e.id, ${score} AS score, e.title_rank, e.honour_count
      FROM expert_search_index e
      WHERE ${[words.universe, ...matchedWhere].join(' AND ')}
        AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id = e.id)
        AND (SELECT count(*) FROM candidates) < ${offset}::int + ${limit}::int
    )`;
    page = `SELECT part, id, score, title_rank, honour_count FROM ranked`;
  }
  // The capped facets' rows: the best-ranked (every match ranked), or, bounded, the first found.
  const top = bounded
    ? `SELECT * FROM base LIMIT ${capParam}::int`
    : `SELECT * FROM base ORDER BY ${order} LIMIT ${capParam}::int`;
  const text = `
    WITH base AS MATERIALIZED (
      SELECT e.id, e.fields, e.title_level, e.title_rank, e.honours, e.honour_count, e.source,
             e.${regionColumn} AS region${bounded ? '' : `, ${score} AS score`}, ${flags}
      FROM expert_search_index e
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ${shortBase ? `LIMIT ${capParam}::int + 1` : ''}
    ), matched AS (
      SELECT * FROM base ${passing(null)}
    )${candidateSets}, page AS (
      ${page}
      ORDER BY ${bounded ? `part, ${order}` : order}
      LIMIT ${limit} OFFSET ${offset}
    )${capped && request.facets !== false ? `, top AS MATERIALIZED (${top})` : ''}
    SELECT
      ${total} AS total,
      ${sampled} AS total_estimated,
      ${facetsCapped} AS facets_capped,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'score', p.score, 'document', e.document)
                                ORDER BY p.part, p.score DESC, p.title_rank DESC, p.honour_count DESC, p.id),
                       '[]'::json)
         FROM page p JOIN expert_search_index e ON e.id = p.id) AS hits,
      ${facet('f', `${counted} CROSS JOIN LATERAL unnest(${counted}.fields) AS f ${countedPassing('fields')}`)} AS fields,
      ${facet('title_level', `${counted} ${countedPassing('titleLevels')}`)} AS title_levels,
      ${facet('h', `${counted} CROSS JOIN LATERAL unnest(${counted}.honours) AS h ${countedPassing('honours')}`)} AS honours,
      ${facet('source', `${counted} ${countedPassing('sources')}`)} AS sources,
      ${facet('region', capped ? `top ${countedPassing(null)}` : 'matched')} AS regions`;
  return { text, values };
}

/** The conditions and score of a query's words (see expertSearchStatement), every value through `param`. */
function wordConditions(
  query: CompiledExpertQuery,
  levels: readonly string[],
  param: (value: unknown) => string,
): { universe: string; score: string; first: string; last: string; whole: string | null } {
  const qs = levels.map((l) => `${param(l)}::tsquery`);
  const whole = query.whole ? `${param(lexeme(query.whole))}::tsquery` : null;
  const any =
    query.terms.length > 1 ? `${param(query.terms.map((t) => `(${t})`).join(' | '))}::tsquery` : qs[0]!;
  const last = qs[qs.length - 1]!;
  const universe = whole ? `(e.tsv @@ ${last} OR e.tsv @@ ${whole})` : `e.tsv @@ ${last}`;
  const rank = `ts_rank_cd(e.tsv, ${whole ? `(${any} || ${whole})` : any}, 32)`;
  if (qs.length === 1 && !whole) return { universe, score: rank, first: qs[0]!, last, whole };
  const firstLevel = [
    ...(whole ? [`WHEN e.tsv @@ ${whole} THEN 0`] : []),
    ...qs.slice(0, -1).map((q, i) => `WHEN e.tsv @@ ${q} THEN ${i}`),
  ].join(' ');
  const n = qs.length;
  const score = `((${n - 1} - (CASE ${firstLevel} ELSE ${n - 1} END))::real + ${rank}) / ${n}`;
  return { universe, score, first: qs[0]!, last, whole };
}

/**
 * How many experts match the words and every filter, counted up to `limit` (a search decides with it whether to
 * rank every match): reads at most `limit` matches, and ranks none. Also the index's estimated row count.
 */
export function expertMatchCountStatement(
  request: ExpertSearchRequest,
  query: CompiledExpertQuery,
  levels: readonly string[],
  limit: number,
): ExpertSqlStatement {
  const { values, param } = positionalParams();
  const conditions = filterConditions(request.filter ?? {}, param);
  // Only the parameters used (an unused one has no type): the last level and the whole name.
  const last = `${param(levels[levels.length - 1])}::tsquery`;
  const universe = query.whole
    ? `(e.tsv @@ ${last} OR e.tsv @@ ${param(lexeme(query.whole))}::tsquery)`
    : `e.tsv @@ ${last}`;
  const where = [universe, ...conditions.other, ...Object.values(conditions.facets)];
  return {
    text: `SELECT count(*)::int AS n,
             (SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = 'expert_search_index'::regclass) AS index_rows
           FROM (
             SELECT 1 FROM expert_search_index e WHERE ${where.join(' AND ')} LIMIT ${param(Math.floor(limit))}
           ) m`,
    values,
  };
}

/** Each tsquery's document frequency over the whole index (every status, no filter), in order. */
function frequencyStatement(queries: readonly string[]): ExpertSqlStatement {
  return {
    text: `SELECT (SELECT count(*)::int FROM expert_search_index e WHERE e.tsv @@ q.t::tsquery) AS n
           FROM unnest($1::text[]) WITH ORDINALITY AS q(t, ord) ORDER BY q.ord`,
    values: [queries],
  };
}

/**
 * One document per id (the newest version) — ON CONFLICT cannot touch a row twice in one statement — in id order,
 * so concurrent writers lock rows in the same order and cannot deadlock.
 */
function upsertOrder(docs: readonly ExpertDocument[]): ExpertDocument[] {
  const newest = new Map<string, ExpertDocument>();
  for (const doc of docs) {
    const seen = newest.get(doc.id);
    if (!seen || seen.version <= doc.version) newest.set(doc.id, doc);
  }
  return [...newest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function upsertStatement(rows: ExpertDocument[]): ExpertSqlStatement {
  const payload = rows.map((doc) => ({
    doc,
    // Filter columns hold each value once: a document listing a field twice still counts once in facets.
    fields: [...new Set(doc.fields ?? [])],
    honours: [...new Set(doc.honours ?? [])],
    tsv: expertDocumentTsvector(doc),
  }));
  // `<=`: an equal version is the same content, so rewriting it is harmless, and it lets a full reindex after a
  // dictionary change refresh every row without clearing the index first (search keeps working meanwhile).
  const text = `
    INSERT INTO expert_search_index AS t (id, version, fields, title_level, title_rank, honours, honour_count, source,
      retired, status, region_code, province_code, city_code, county_code, document, tsv, indexed_at)
    SELECT (r.doc->>'id')::uuid, (r.doc->>'version')::int, r.fields, r.doc->>'titleLevel', (r.doc->>'titleRank')::smallint,
      r.honours, (r.doc->>'honourCount')::smallint, r.doc->>'source', (r.doc->>'retired')::boolean, r.doc->>'status',
      r.doc->>'regionCode', r.doc->>'provinceCode', r.doc->>'cityCode', r.doc->>'countyCode', r.doc, r.tsv::tsvector, now()
    FROM jsonb_to_recordset($1::jsonb) AS r(doc jsonb, fields text[], honours text[], tsv text)
    ON CONFLICT (id) DO UPDATE SET
      version = EXCLUDED.version, fields = EXCLUDED.fields, title_level = EXCLUDED.title_level,
      title_rank = EXCLUDED.title_rank, honours = EXCLUDED.honours, honour_count = EXCLUDED.honour_count,
      source = EXCLUDED.source, retired = EXCLUDED.retired, status = EXCLUDED.status,
      region_code = EXCLUDED.region_code, province_code = EXCLUDED.province_code, city_code = EXCLUDED.city_code,
      county_code = EXCLUDED.county_code, document = EXCLUDED.document, tsv = EXCLUDED.tsv, indexed_at = now()
    WHERE t.version <= EXCLUDED.version`;
  return { text, values: [JSON.stringify(payload)] };
}

// ---------------------------------------------------------------------------------------------------------

interface SearchRow {
  total: number;
  total_estimated?: boolean;
  facets_capped: boolean;
  hits: { id: string; score: number; document: ExpertDocument }[];
  fields: FacetBucket[];
  title_levels: FacetBucket[];
  honours: FacetBucket[];
  sources: FacetBucket[];
  regions: FacetBucket[];
}

/** Document frequencies are kept this long; writes through this engine drop them at once. */
const FREQUENCY_TTL_MS = 30_000;
const FREQUENCY_CACHE_MAX = 5000;
/** Suggestions offered when a search finds nothing. */
const SUGGESTIONS = 5;
const REFRESH_BATCH = 1000;
/**
 * A search with more matches than this ranks candidates only (see expertSearchStatement): ranking every match of a
 * common word reads every one of them, which grows with the library (农业: 36,000 at 100k experts). At most this
 * many, every match is ranked, so such searches keep their exact order.
 */
const RANK_ABOVE = DEFAULT_COUNT_CAP;
/**
 * Candidates of each kind ranked above RANK_ABOVE matches: 25 pages of 20, five times matchExperts' recall. Finding
 * them reads about this many / the word's share of experts (a walk in browse order), or every match where the
 * planner finds that cheaper.
 */
const RANK_CANDIDATES = 500;
/** Rows' worth of pages an estimated total samples (within about 2% for the common words of bench:browse). */
const SAMPLE_ROWS = 20_000;
/**
 * How long an index seen far smaller than RANK_ABOVE (estimated rows at most half of it) lets searches skip counting
 * their matches first: none can have more matches than the index has rows. Each search of a matchExperts request
 * (one per word of the demand) sent that count as a statement of its own.
 */
const SMALL_INDEX_TTL_MS = 30_000;

const compiledQueries = () => new BoundedMemo<string, CompiledExpertQuery | undefined>(2_000);

export class PostgresExpertSearchEngine implements ExpertSearchEngine {
  readonly name = 'postgres' as const;
  private vocabulary: Vocabulary = Vocabulary.builtin();
  private readonly frequencies = new Map<string, { n: number; at: number }>();
  /** Compiled queries by text, for the segmenter's words and this.vocabulary (a new one with each vocabulary). */
  private compiled = compiledQueries();

  /** A search with words counts at most this many matches (see expertSearchStatement); tests inject a small one. */
  private readonly countCap: number;
  /** A search with more matches than this ranks only candidates (null: ranks every match, as before). */
  private readonly rankAbove: number | null;
  /** How many candidates of each kind a search with more matches than rankAbove ranks. */
  private readonly rankCandidates: number;
  /** Until when the index is known to be far smaller than rankAbove (Date.now() ms; see SMALL_INDEX_TTL_MS). */
  private smallIndexUntil = 0;

  constructor(
    private readonly dataSource: DataSource,
    options: { countCap?: number; rankAbove?: number | null; rankCandidates?: number } = {},
  ) {
    this.countCap = Math.max(0, Math.floor(options.countCap ?? DEFAULT_COUNT_CAP));
    this.rankAbove =
      options.rankAbove === null ? null : Math.max(0, Math.floor(options.rankAbove ?? RANK_ABOVE));
    this.rankCandidates = Math.max(1, Math.floor(options.rankCandidates ?? RANK_CANDIDATES));
  }

  async prepare(): Promise<void> {
    const [row] = await this.run<{ t: string | null }[]>(
      `SELECT to_regclass('expert_search_index')::text AS t`,
    );
    if (!row?.t)
      throw new Error('expert_search_index does not exist: the database migrations have not been run');
  }

  setVocabulary(vocabulary: Vocabulary): void {
    if (vocabulary === this.vocabulary) return;
    this.vocabulary = vocabulary;
    // The segmenter is the process's: documents indexed from now on are cut with the new words.
    useSegmenterVocabulary(vocabulary);
    this.frequencies.clear();
    this.compiled = compiledQueries();
  }

  /**
   * compileExpertQuery, remembered: one search compiles its text two or three times (the relaxation, the word
   * frequencies), and matching sends the same demand words for every match of a demand. Shared read-only; dropped
   * when the vocabulary or the segmenter's words change.
   */
  private compile(text: string): CompiledExpertQuery | undefined {
    return this.compiled.get(text, () => compileExpertQuery(text, this.vocabulary), segmenterFingerprint());
  }

  /**
   * Uses the vocabulary and, when its words differ from those the index was cut with, cuts every stored document
   * again (from the document kept in the index, a batch at a time; a row changed meanwhile keeps its newer version).
   */
  async applyVocabulary(vocabulary: Vocabulary): Promise<{ refreshed: number }> {
    this.setVocabulary(vocabulary);
    const fingerprint = segmenterFingerprint();
    const [state] = await this.run<{ value: string }[]>(
      `SELECT value FROM expert_search_state WHERE key = 'dictionary'`,
    );
    if (state?.value === fingerprint) return { refreshed: 0 };
    let refreshed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.run<{ id: string; version: number; document: ExpertDocument }[]>(
        `SELECT id, version, document FROM expert_search_index WHERE id > $1::uuid ORDER BY id LIMIT ${REFRESH_BATCH}`,
        [after],
      );
      if (!rows.length) break;
      const payload = rows.map((r) => ({
        id: r.id,
        version: r.version,
        tsv: expertDocumentTsvector(r.document),
      }));
      await this.run(
        `UPDATE expert_search_index t SET tsv = r.tsv::tsvector, indexed_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, version int, tsv text)
          WHERE t.id = r.id AND t.version = r.version`,
        [JSON.stringify(payload)],
      );
      refreshed += rows.length;
      after = rows[rows.length - 1]!.id;
      await this.mergePending();
    }
    await this.run(
      `INSERT INTO expert_search_state (key, value, updated_at) VALUES ('dictionary', $1, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [fingerprint],
    );
    this.frequencies.clear();
    return { refreshed };
  }

  async upsert(docs: ExpertDocument[], options: { bulk?: boolean } = {}): Promise<void> {
    // Each statement is built (segmentation, the CPU part) while the previous one runs in the database.
    let running: Promise<unknown> | null = null;
    for (const { text, values } of this.upsertStatements(docs)) {
      if (running) await running;
      running = this.run(text, values);
      await sent(running);
    }
    await running;
    if (docs.length >= MERGE_AFTER && !options.bulk) await this.mergePending();
  }

  /** Built one at a time as they are taken: a caller runs one while the next is built. */
  *upsertStatements(docs: ExpertDocument[]): Generator<ExpertSqlStatement> {
    const rows = upsertOrder(docs);
    if (rows.length) this.frequencies.clear();
    for (let i = 0; i < rows.length; i += UPSERT_BATCH)
      yield upsertStatement(rows.slice(i, i + UPSERT_BATCH));
  }

  /**
   * A bulk run merges once at its end: merging after each of its batches cost a sync of 100,000 experts ~3 s, and
   * held up the other lane's inserts while it ran. Meanwhile the 4 MB list limit bounds what a search scans.
   */
  async settle(): Promise<void> {
    await this.mergePending();
  }

  /**
   * Merges the full-text indexes' pending lists into their trees (one sorted pass, far cheaper than writing each
   * entry on its own), so searches do not scan a bulk write's entries linearly. Needs to own the indexes: where the
   * application's role does not, a pending list is merged at its size limit or by autovacuum instead.
   */
  private async mergePending(): Promise<void> {
    for (const index of ['expert_search_index_tsv_idx', 'expert_search_index_head_idx'])
      try {
        await this.run(`SELECT gin_clean_pending_list($1::regclass)`, [index]);
      } catch (err) {
        if (err instanceof SearchEngineUnavailableError) throw err;
        // Not the owner: the documents are written all the same, only merged later.
      }
  }

  async remove(ids: string[]): Promise<void> {
    const valid = ids.filter((id) => isUuid(id));
    if (valid.length === 0) return;
    this.frequencies.clear();
    await this.run(`DELETE FROM expert_search_index WHERE id = ANY($1::uuid[])`, [valid]);
  }

  async search(request: ExpertSearchRequest): Promise<ExpertSearchResponse> {
    const query = this.compile(request.query ?? '');
    return searchUntilFilled(
      {
        searchOnce: (r) => this.searchOnce(r),
        wordFrequencies: (words) => this.wordFrequencies(words),
        analyse: (text) => this.compile(text)?.analysed,
      },
      request,
      query?.analysed,
      (words) => (query ? this.suggest(words ?? suggestionWords(query.analysed)) : Promise.resolve([])),
    );
  }

  /** One statement: the words relaxed by frequency down to the rarest (or every word, with matchAll). */
  private async searchOnce(request: ExpertSearchRequest): Promise<ExpertSearchResponse> {
    const query = withContext(this.compile(request.query ?? ''), request.contextWords);
    const levels = !query
      ? []
      : request.matchAll
        ? [query.terms.length === 1 ? query.terms[0]! : query.tsquery]
        : await this.levelsOf(query);
    const { text, values } =
      answerableByFacetCounts(request, query) && (await this.facetCountsCurrent())
        ? expertBrowseStatement(request)
        : await this.wordsStatement(request, query, levels);
    const [row] = await this.run<SearchRow[]>(text, values);
    const hits: ExpertSearchHit[] = row.hits.map((h) => ({
      id: h.id,
      score: query ? Math.min(1, Math.max(0, Number(h.score))) : 0,
      highlights: query && request.highlights !== false ? highlightsOf(h.document, query) : [],
    }));
    const facets: ExpertFacets = {
      fields: row.fields,
      titleLevels: row.title_levels,
      honours: row.honours,
      sources: row.sources,
      regions: row.regions,
    };
    // The statement counted one past the cap: more than the cap match.
    const totalCapped = row.total > this.countCap && !!query && !request.exactTotal;
    return {
      total: totalCapped ? this.countCap : row.total,
      totalCapped,
      ...(row.total_estimated ? { totalEstimated: true } : {}),
      facetsCapped: row.facets_capped,
      hits,
      facets,
      suggestions: [],
    };
  }

  /** How many documents each query text finds with every word required (whole index, no filter). */
  private async wordFrequencies(texts: readonly string[]): Promise<number[]> {
    const queries = texts.map((w) => this.compile(w)?.tsquery ?? null);
    const known = queries.filter((q): q is string => q !== null);
    const counts = await this.documentFrequencies(known);
    const byQuery = new Map(known.map((q, i) => [q, counts[i]!]));
    return queries.map((q) => (q === null ? 0 : (byQuery.get(q) ?? 0)));
  }

  /**
   * The search statement as it is sent, for EXPLAIN in tests and when tuning. `live: true`: the statement that
   * counts every matching expert, even where the pre-aggregated counts would answer.
   */
  async statementFor(
    request: ExpertSearchRequest,
    options: { live?: boolean } = {},
  ): Promise<ExpertSqlStatement> {
    const query = withContext(this.compile(request.query ?? ''), request.contextWords);
    if (!options.live && answerableByFacetCounts(request, query) && (await this.facetCountsCurrent()))
      return expertBrowseStatement(request);
    return this.wordsStatement(request, query, query ? await this.levelsOf(query) : []);
  }

  /**
   * The live statement; with words, first how many match, counted up to rankAbove + 1 (so deciding reads at most
   * that many matches): above it, the candidates come first (a page beyond them ranks the other matches after
   * them), and an estimated total samples SAMPLE_ROWS rows' worth of the index's pages.
   */
  private async wordsStatement(
    request: ExpertSearchRequest,
    query: CompiledExpertQuery | undefined,
    levels: readonly string[],
  ): Promise<ExpertSqlStatement> {
    const every = () => expertSearchStatement(request, query, levels, this.countCap);
    if (this.rankAbove === null || !query || !levels.length) return every();
    if (Date.now() < this.smallIndexUntil) return every();
    const { text, values } = expertMatchCountStatement(request, query, levels, this.rankAbove + 1);
    const [row] = await this.run<{ n: number; index_rows: number }[]>(text, values);
    // A never-analysed index estimates 0 rows: only a positive estimate says the index is small.
    const small =
      !!row && row.n <= this.rankAbove && row.index_rows > 0 && 2 * row.index_rows <= this.rankAbove;
    this.smallIndexUntil = small ? Date.now() + SMALL_INDEX_TTL_MS : 0;
    if (!row || row.n <= this.rankAbove) return every();
    const percent = Math.min(100, (100 * SAMPLE_ROWS) / Math.max(1, row.index_rows));
    return expertSearchStatement(request, query, levels, this.countCap, this.rankCandidates, {
      percent,
      atLeast: row.n,
    });
  }

  /** May a browse read the pre-aggregated counts (built since the index was last emptied)? */
  async facetCountsCurrent(): Promise<boolean> {
    const [row] = await this.run<{ current: boolean }[]>(
      `SELECT NOT EXISTS (SELECT 1 FROM expert_search_index_changes) AS current`,
    );
    return row?.current === true;
  }

  /**
   * Keeps the pre-aggregated facet counts small and usable; idempotent. After a TRUNCATE (or before the first
   * build) they are rebuilt from the index; otherwise the deltas the index's triggers appended are folded into
   * them, once there are FOLD_DELTAS of them (or always, with `fold`). One snapshot (REPEATABLE READ) reads and
   * deletes what it folds, so a write committed meanwhile keeps its delta; writers never wait. One at a time (an
   * advisory lock, taken before the snapshot).
   */
  async refreshFacetCounts(
    options: { fold?: boolean } = {},
  ): Promise<{ refreshed: boolean; groups: number }> {
    if (!this.dataSource.isInitialized)
      throw new SearchEngineUnavailableError(this.name, new Error('the data source is not open'));
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.query(`SELECT pg_advisory_lock($1)`, [FACET_COUNTS_LOCK]);
      try {
        let groups = 0;
        await runner.startTransaction('REPEATABLE READ');
        try {
          const [state] = (await runner.query(
            `SELECT EXISTS (SELECT 1 FROM expert_search_index_changes) AS rebuild,
                    (SELECT count(*)::int FROM (SELECT 1 FROM expert_facet_deltas LIMIT ${FOLD_DELTAS}) d) AS deltas`,
          )) as { rebuild: boolean; deltas: number }[];
          const fold = state!.deltas > 0 && (options.fold || state!.deltas >= FOLD_DELTAS);
          if (!state!.rebuild && !fold) {
            await runner.commitTransaction();
            return { refreshed: false, groups: 0 };
          }
          const keys = `status, retired, region_code, province_code, city_code, county_code, title_level, title_rank, source`;
          groups = (
            (await runner.query(
              state!.rebuild
                ? `WITH gone AS (DELETE FROM expert_facet_counts)
                 INSERT INTO expert_facet_counts (${keys}, fields, honours, n)
                 SELECT ${keys}, ARRAY(SELECT unnest(fields) ORDER BY 1), ARRAY(SELECT unnest(honours) ORDER BY 1),
                   count(*)::int
                 FROM expert_search_index GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
                 ORDER BY region_code
                 RETURNING 1`
                : `WITH old AS (DELETE FROM expert_facet_counts RETURNING *),
                      d AS (DELETE FROM expert_facet_deltas RETURNING *)
                 INSERT INTO expert_facet_counts (${keys}, fields, honours, n)
                 SELECT ${keys}, fields, honours, sum(n)::int
                 FROM (SELECT * FROM old UNION ALL SELECT * FROM d) x
                 GROUP BY ${keys}, fields, honours HAVING sum(n) <> 0
                 ORDER BY region_code
                 RETURNING 1`,
            )) as unknown[]
          ).length;
          // What browses without a region filter read, derived from the groups (see expertBrowseStatement).
          await runner.query(`DELETE FROM expert_facet_province_counts`);
          await runner.query(
            `INSERT INTO expert_facet_province_counts (status, retired, province_code, title_level, title_rank,
               source, fields, honours, n)
             SELECT status, retired, province_code, title_level, title_rank, source, fields, honours, sum(n)::int
             FROM expert_facet_counts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
          );
          await runner.query(`DELETE FROM expert_facet_national_counts`);
          await runner.query(
            `INSERT INTO expert_facet_national_counts (status, retired, title_level, title_rank, source, fields,
               honours, n)
             SELECT status, retired, title_level, title_rank, source, fields, honours, sum(n)::int
             FROM expert_facet_province_counts GROUP BY 1, 2, 3, 4, 5, 6, 7`,
          );
          await runner.query(`DELETE FROM expert_facet_province_totals`);
          await runner.query(
            `INSERT INTO expert_facet_province_totals (status, retired, province_code, title_level, title_rank,
               source, n)
             SELECT status, retired, province_code, title_level, title_rank, source, sum(n)::int
             FROM expert_facet_province_counts GROUP BY 1, 2, 3, 4, 5, 6`,
          );
          // Each expert once per value (DISTINCT: the region facet counts experts, as `fields && ...` does), in
          // value order, so one value's groups sit together.
          for (const [table, set, other] of [
            ['expert_facet_province_by_field', 'fields', 'honours'],
            ['expert_facet_province_by_honour', 'honours', 'fields'],
          ] as const) {
            await runner.query(`DELETE FROM ${table}`);
            await runner.query(
              `INSERT INTO ${table}
               SELECT status, retired, province_code, title_level, title_rank, source, x.v, ${other}, sum(n)::int
               FROM expert_facet_province_counts p CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.${set})) x(v)
               WHERE x.v IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 7`,
            );
          }
          // Only what this snapshot sees: the writes the counts now include.
          if (state!.rebuild) {
            await runner.query(`DELETE FROM expert_facet_deltas`);
            await runner.query(`DELETE FROM expert_search_index_changes`);
          }
          await runner.commitTransaction();
        } catch (err) {
          await runner.rollbackTransaction().catch(() => {});
          throw err;
        }
        // Every browse reads these tables whole or by index, and they were just rewritten: their dead rows (the
        // folded deltas of a bulk import are tens of MB of them) would be read by every browse until autovacuum
        // came by, and the new ones have no statistics yet. Not the owner: a warning, left to autovacuum.
        await runner.query(`VACUUM (ANALYZE) ${FACET_TABLES.join(', ')}`);
        return { refreshed: true, groups };
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [FACET_COUNTS_LOCK]).catch(() => {});
      }
    } catch (err) {
      if (isConnectionLoss(err)) throw new SearchEngineUnavailableError(this.name, err);
      throw err;
    } finally {
      await runner.release();
    }
  }

  async clear(): Promise<void> {
    this.frequencies.clear();
    await this.run(`TRUNCATE expert_search_index`);
  }

  async count(): Promise<number> {
    const [row] = await this.run<{ n: number }[]>(`SELECT count(*)::int AS n FROM expert_search_index`);
    return row.n;
  }

  /** The relaxation's levels of a query of several words (their document frequencies decide the order). */
  private async levelsOf(query: CompiledExpertQuery): Promise<string[]> {
    if (query.terms.length <= 1) return [...query.terms];
    return relaxationLevels(
      query.terms,
      await this.documentFrequencies(query.terms),
      query.analysed.terms.map((t) => t.context),
    );
  }

  /** How many documents of the whole index match each tsquery; remembered for a short while. */
  async documentFrequencies(queries: readonly string[]): Promise<number[]> {
    const now = Date.now();
    const missing = [
      ...new Set(
        queries.filter((q) => !((this.frequencies.get(q)?.at ?? -Infinity) > now - FREQUENCY_TTL_MS)),
      ),
    ];
    if (missing.length) {
      const { text, values } = frequencyStatement(missing);
      const rows = await this.run<{ n: number }[]>(text, values);
      if (this.frequencies.size + missing.length > FREQUENCY_CACHE_MAX) this.frequencies.clear();
      missing.forEach((q, i) => this.frequencies.set(q, { n: rows[i]?.n ?? 0, at: now }));
    }
    return queries.map((q) => this.frequencies.get(q)?.n ?? 0);
  }

  /** What to offer when nothing was found (Vocabulary.suggestionsFor), kept when they find someone. */
  private async suggest(words: string[]): Promise<string[]> {
    const candidates = this.vocabulary.suggestionsFor(words, SUGGESTIONS * 3);
    const compiled = candidates.map((c) => this.compile(`${c} `));
    const usable = candidates.filter((_, i) => compiled[i]?.terms.length === 1);
    if (!usable.length) return [];
    const counts = await this.documentFrequencies(usable.map((c) => this.compile(`${c} `)!.terms[0]!));
    return usable.filter((_, i) => counts[i]! > 0).slice(0, SUGGESTIONS);
  }

  private async run<T = unknown>(text: string, values?: unknown[]): Promise<T> {
    if (!this.dataSource.isInitialized)
      throw new SearchEngineUnavailableError(this.name, new Error('the data source is not open'));
    try {
      // Straight on the pool (readRows): a matchExperts request sends a statement per word of its demand.
      return (await readRows(this.dataSource, text, values)) as T;
    } catch (err) {
      const driverError = (err as { driverError?: unknown }).driverError;
      if (isConnectionLoss(err) || (driverError && isConnectionLoss(driverError)))
        throw new SearchEngineUnavailableError(this.name, err);
      throw err;
    }
  }
}
