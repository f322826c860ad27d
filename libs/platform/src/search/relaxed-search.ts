// "Until the first page fills", the same for both engines. A search of several words first runs as the engine
// relaxes (Meilisearch's `matchingStrategy: 'frequency'`, and the PostgreSQL engine the same way): every word, then
// without the most frequent, down to the rarest words, which every hit of that search contains; words of the setting
// (大棚, 工厂) are dropped first (the PostgreSQL engine ranks by them, Meilisearch is not sent them). When that leaves
// the page short — the rarest word is rare indeed, or two words equally rare never meet — the search goes on, one
// word at a time, rarest first: the experts of that word not found yet are appended, until the page is full or the
// words run out. Each step is one ordinary search of the engine (a word that must match, the experts already found
// excluded), so both engines share this code and its semantics; totals and facet counts add up over the steps.
import { withContextWords, type AnalysedQuery, type QueryTerm } from './query-analysis.js';
import type {
  BroadenedWord,
  ExpertFacets,
  ExpertSearchHit,
  ExpertSearchRequest,
  ExpertSearchResponse,
  FacetBucket,
} from './expert-search.port.js';

/** What an engine offers the cascade. */
export interface CascadeEngine {
  /** One search as the engine runs it (relaxed over the query's words, or every word with `matchAll`). */
  searchOnce(request: ExpertSearchRequest): Promise<ExpertSearchResponse>;
  /** Documents of the whole index (no filter) that each query text finds with every word required; 0 when none. */
  wordFrequencies(texts: readonly string[]): Promise<number[]>;
  /** A query text read as the engine reads it (analyseSearchQuery with the engine's vocabulary). */
  analyse(text: string): AnalysedQuery | undefined;
}

/** The engines answer at most this many hits at once. */
const PAGE_MAX = 100;
/** Words tried one by one after the relaxed search, at most. */
const MAX_STEPS = 8;

function addBuckets(a: FacetBucket[], b: FacetBucket[]): FacetBucket[] {
  const counts = new Map(a.map((x) => [x.value, x.count]));
  for (const x of b) counts.set(x.value, (counts.get(x.value) ?? 0) + x.count);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
}

function addFacets(a: ExpertFacets, b: ExpertFacets): ExpertFacets {
  return {
    fields: addBuckets(a.fields, b.fields),
    titleLevels: addBuckets(a.titleLevels, b.titleLevels),
    honours: addBuckets(a.honours, b.honours),
    sources: addBuckets(a.sources, b.sources),
    regions: addBuckets(a.regions, b.regions),
  };
}

/** Every hit of a search (its total is small: the page was not full), a hundred at a time. */
async function allHits(
  engine: CascadeEngine,
  request: ExpertSearchRequest,
  total: number,
): Promise<ExpertSearchHit[]> {
  const out: ExpertSearchHit[] = [];
  for (let offset = 0; offset < total; offset += PAGE_MAX) {
    const res = await engine.searchOnce({
      ...request,
      offset,
      limit: Math.min(PAGE_MAX, total - offset),
      facets: false,
    });
    out.push(...res.hits);
    if (res.hits.length === 0) break;
  }
  return out;
}

/**
 * A crop or a condition no expert of the library wrote, in any of its forms (苹果, 梨树), is searched by the first
 * of its broader words that some expert wrote (果树), put in its place in the text as a word of the setting: the
 * problem's words still decide when no expert has both (橙子卖不掉 is about selling, not about 果树), and experts
 * with both come first (南瓜长虫: the vegetable pest experts); the class's experts are no longer lost (苹果长虫了 found
 * only tea-garden pest experts). Only for a person at the search box (`suggestions` not false); one frequency
 * lookup, and only for queries holding such a word. Returns the request to run, its query and what was replaced.
 */
async function broadened(
  engine: CascadeEngine,
  request: ExpertSearchRequest,
  query: AnalysedQuery | undefined,
): Promise<{ request: ExpertSearchRequest; query: AnalysedQuery | undefined; broadened: BroadenedWord[] }> {
  const unchanged = { request, query, broadened: [] };
  const candidates = (query?.terms ?? []).filter((t) => t.broader?.length && !t.characters);
  if (!query || request.suggestions === false || !candidates.length) return unchanged;
  const texts = [
    ...new Set(
      candidates.flatMap((t) => [t.prefix ? t.word : `${t.word} `, ...t.broader!.map((b) => `${b} `)]),
    ),
  ];
  const counts = await engine.wordFrequencies(texts);
  const found = new Map(texts.map((text, i) => [text, counts[i] ?? 0]));
  let text = (request.query ?? '').normalize('NFKC').toLowerCase();
  const done: BroadenedWord[] = [];
  for (const t of candidates) {
    if (found.get(t.prefix ? t.word : `${t.word} `)) continue;
    const broader = t.broader!.find((b) => found.get(`${b} `));
    const at = text.indexOf(t.word);
    if (!broader || at < 0) continue;
    text = `${text.slice(0, at)} ${broader} ${text.slice(at + t.word.length)}`;
    done.push({ word: t.word, broader });
  }
  if (!done.length) return unchanged;
  const contextWords = done.map((d) => d.broader);
  return {
    request: { ...request, query: text, contextWords },
    query: withContextWords(engine.analyse(text), contextWords),
    broadened: done,
  };
}

/**
 * A word nobody wrote that the page names: one of the problem or the subject, not an open word (治理) nor one of the
 * setting (村里, 大棚): people do not expect an expert to write those; nor a single character (搞 of 民宿怎么搞, 板
 * of 光伏板 as typed), which says too little to be missed.
 */
const named = (t: QueryTerm) => !t.context && !t.open && [...t.word].length > 1;

/** An answer of nobody, with the words to suggest. */
function nobody(suggestions: string[]): ExpertSearchResponse {
  return {
    total: 0,
    totalCapped: false,
    facetsCapped: false,
    hits: [],
    facets: { fields: [], titleLevels: [], honours: [], sources: [], regions: [] },
    suggestions,
  };
}

/**
 * Searches as described above. `suggest` is asked for words to suggest when nothing at all is found (for the given
 * words, or the query's problem words).
 *
 * For a person at the search box, the words of the query nobody in the library wrote are named (`unmatched`): the
 * engines relax them away, so the answer is about the other words and the page says so. When what is left says
 * nothing alone — only open words (治理, 设计, 安全; places and people: 农村, 孩子) — the answer is nobody, with
 * suggestions for the words nobody wrote: 河道治理 listed the VOCs 治理 experts, 农村孩子辍学 the rural sewage experts.
 */
export async function searchUntilFilled(
  engine: CascadeEngine,
  asTyped: ExpertSearchRequest,
  typed: AnalysedQuery | undefined,
  suggestWords: (words?: string[]) => Promise<string[]>,
): Promise<ExpertSearchResponse> {
  const { request, query, broadened: replaced } = await broadened(engine, asTyped, typed);
  const person = request.suggestions !== false;
  const suggest = person ? suggestWords : async () => [];
  // Each word as its own query: finished, or still being typed (a prefix), as it was in the whole query.
  const stepTerms = (query?.terms ?? []).filter((t) => !t.characters);
  const words = stepTerms.map((t) => (t.prefix ? t.word : `${t.word} `));
  let frequencies: number[] | undefined;
  /** The words nobody wrote, and those of them the page names. */
  let unwritten: QueryTerm[] = [];
  let unmatched: string[] = [];
  // Suggestions when nothing was found or a word was named: for the words named, else the problem's words (the
  // engine's choice).
  const suggestFor = async (total: number) =>
    total === 0 || unmatched.length ? suggest(unmatched.length ? unmatched : undefined) : [];
  // A word still being typed counts as written when its beginning or the whole word with its forms is (Meilisearch
  // gives a prefix no synonyms: 长虫 as typed is not 虫害).
  const countUnwritten = async () => {
    const typing = stepTerms.filter((t) => t.prefix);
    const counts = await engine.wordFrequencies([...words, ...typing.map((t) => `${t.word} `)]);
    frequencies = counts.slice(0, words.length);
    const whole = new Map(typing.map((t, i) => [t, counts[words.length + i]!]));
    unwritten = stepTerms.filter((t, i) => !(counts[i]! > 0) && !((whole.get(t) ?? 0) > 0));
    unmatched = unwritten.filter(named).map((t) => t.word);
  };
  if (person && query && words.length >= 2) {
    await countUnwritten();
    // What is left once the named words are dropped says nothing alone (open words, 村里, 孩子): nobody. The class
    // put in place of a crop says what the search is about, though it ranks as a word of the setting.
    const says = (t: QueryTerm) => !t.open || replaced.some((b) => b.broader === t.word);
    if (unmatched.length && !stepTerms.some((t) => !unwritten.includes(t) && says(t)))
      return {
        ...nobody(await suggestFor(0)),
        unmatched,
        ...(replaced.length ? { broadened: replaced } : {}),
      };
  }
  const first = await engine.searchOnce(request);
  // A search that found nobody names its words nobody wrote, one word or several (the filters may be the cause).
  if (person && query && words.length && first.total === 0 && !frequencies) await countUnwritten();
  const notes = {
    ...(replaced.length ? { broadened: replaced } : {}),
    ...(unmatched.length ? { unmatched } : {}),
  };
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.max(0, Math.floor(request.limit ?? 0));
  const needed = offset + limit;
  if (
    !query ||
    request.matchAll ||
    words.length < 2 ||
    first.totalCapped ||
    first.total >= needed ||
    limit === 0
  ) {
    return {
      ...first,
      suggestions: query ? await suggestFor(first.total) : [],
      ...notes,
    };
  }

  // The order of the next steps: the words found somewhere, rarest first (ties: as typed), the words of the setting
  // (大棚, 工厂) after the others. A word whose experts all came in the relaxed search already adds nobody (they are
  // excluded).
  frequencies ??= await engine.wordFrequencies(words);
  const steps = words
    .map((w, i) => ({ w, df: frequencies![i] ?? 0, i, context: stepTerms[i]!.context ? 1 : 0 }))
    .filter((x) => x.df > 0)
    .sort((a, b) => a.context - b.context || a.df - b.df || a.i - b.i)
    .slice(0, MAX_STEPS);
  if (!steps.length)
    return {
      ...first,
      suggestions: await suggestFor(first.total),
      ...notes,
    };

  const hitsByStep: ExpertSearchHit[][] = [
    first.total > 0 ? (offset === 0 ? first.hits : await allHits(engine, request, first.total)) : [],
  ];
  const seen = new Set(hitsByStep[0]!.map((h) => h.id));
  let total = first.total;
  let totalCapped: boolean = first.totalCapped;
  let facetsCapped: boolean = first.facetsCapped;
  let facets = first.facets;
  for (const step of steps) {
    if (total >= needed) break;
    const stepRequest: ExpertSearchRequest = {
      ...request,
      query: step.w,
      matchAll: true,
      filter: { ...request.filter, excludeIds: [...(request.filter?.excludeIds ?? []), ...seen] },
      offset: 0,
      limit: Math.min(PAGE_MAX, needed - total),
    };
    const res = await engine.searchOnce(stepRequest);
    if (res.total === 0) continue;
    // A step that does not fill the page is read whole (its experts are excluded from the next steps).
    const hits = res.total <= stepRequest.limit ? res.hits : res.hits.slice(0, needed - total);
    for (const h of hits) seen.add(h.id);
    hitsByStep.push(hits);
    total += res.total;
    totalCapped ||= res.totalCapped;
    facetsCapped ||= res.facetsCapped;
    facets = addFacets(facets, res.facets);
  }
  // Scores read like the order: the relaxed search first, then each step, each within its own band.
  const bands = hitsByStep.length;
  const ordered = hitsByStep.flatMap((hits, step) =>
    hits.map((h) => ({ ...h, score: Math.min(1, Math.max(0, (bands - 1 - step + h.score) / bands)) })),
  );
  return {
    total,
    totalCapped,
    facetsCapped,
    hits: ordered.slice(offset, needed),
    facets,
    suggestions: await suggestFor(total),
    ...notes,
  };
}
