// How much one demand's text resembles another's: for spotting duplicates among a region's open demands and solved
// cases among completed ones, while a unit writes a demand and when a bureau opens one. Pure: the caller reads the
// texts into words (segmenter plus lexicon expressions, as matching does) and counts how many of the region's
// demands use each word (document frequency). A word counts as shared when the other text holds it or one of its
// synonyms or lexicon terms (拉稀 ~ 腹泻); rare words weigh more (inverse document frequency), words of the setting
// (大棚, 鱼塘, 卫生院) and of the subject alone (番茄, 生猪) weigh less, and two texts only resemble each other when
// they share a word of the problem itself — two tomato greenhouses with different diseases are not duplicates.
import { MATCH_CONFIG, termAlternatives, termWeight } from '../matching/match-scoring.js';
import { Vocabulary } from './vocabulary.js';

/** A word of the text being written (or of the demand opened), with how many demands of the scope use it. */
export interface CaseQueryTerm {
  term: string;
  inTitle: boolean;
  /** Demands of the scope whose text holds the word or one of its forms. */
  df: number;
}

/** A demand compared against the query: its normalised text and the words of its title. */
export interface CaseCandidateText {
  /** Title and description, any case (normalised here). */
  text: string;
  /** Content words of its title (segmented by the caller). */
  titleTerms: readonly string[];
}

export interface CaseSimilarity {
  /** 0..1. */
  score: number;
  /** The query's words the candidate holds (in some form), strongest first. */
  shared: string[];
  /** At least one shared word names the problem (not only the setting or the subject). */
  onProblem: boolean;
}

export const CASE_SIMILARITY = {
  /** From this score an open demand is shown as a possible duplicate. */
  duplicate: 0.5,
  /** From this score a completed demand is shown as a solved case. */
  solved: 0.3,
  /** Share of the score from the query's words found in the candidate; the rest from the candidate's title words found in the query. */
  queryShare: 0.65,
  /** Weight of a word of the setting (大棚, 鱼塘) against a word of the problem. */
  contextWeight: 0.4,
} as const;

const norm = (s: string) => s.normalize('NFKC').toLowerCase();

function holds(text: string, word: string, vocabulary: Vocabulary): boolean {
  return termAlternatives(word, vocabulary).some((alt) => alt.length > 0 && text.includes(alt));
}

/**
 * A text with what its lexicon expressions mean appended (叶子发黄 → 黄化 缺素; 卷曲 → 卷叶 曲叶): two people who
 * wrote 叶片发黄 and 叶子发黄 wrote the same thing.
 */
export function withMeanings(text: string, vocabulary: Vocabulary = Vocabulary.builtin()): string {
  const lower = norm(text);
  const meanings = vocabulary
    .expressionsIn(lower)
    .flatMap((e) => vocabulary.expansionsOf(e.expression).map(norm));
  return meanings.length ? `${lower}\n${[...new Set(meanings)].join(' ')}` : lower;
}

/** The meaning of a word for telling concepts apart: its lexicon terms and synonyms (sorted), or itself. */
function conceptOf(word: string, vocabulary: Vocabulary): string {
  const expansions = vocabulary.expansionsOf(word).map(norm).sort();
  return expansions.length ? expansions.join('|') : norm(word);
}

/** The weight of one query word among `n` demands of the scope. */
export function caseTermWeight(
  t: CaseQueryTerm,
  n: number,
  vocabulary: Vocabulary = Vocabulary.builtin(),
): number {
  const size = Math.max(n, 1);
  // A word no other demand uses is as rare as can be: it still counts against a candidate that lacks it.
  let w = termWeight(Math.max(1, Math.min(t.df, size)), size, { inTitle: t.inTitle, subword: false });
  if (vocabulary.isContext(t.term)) w *= CASE_SIMILARITY.contextWeight;
  else if (vocabulary.isSubject(t.term)) w *= MATCH_CONFIG.terms.subjectWeight;
  // With one demand in scope every word has the same (tiny) idf; keep words comparable.
  return Math.max(w, 0.05);
}

/** How much a candidate resembles the query (see the file's comment). */
export function caseSimilarity(
  query: readonly CaseQueryTerm[],
  queryText: string,
  candidate: CaseCandidateText,
  scopeSize: number,
  vocabulary: Vocabulary = Vocabulary.builtin(),
): CaseSimilarity {
  if (!query.length) return { score: 0, shared: [], onProblem: false };
  const text = withMeanings(candidate.text, vocabulary);
  let total = 0;
  let matched = 0;
  const shared: { term: string; w: number }[] = [];
  let onProblem = false;
  const concepts = new Set<string>();
  for (const t of query) {
    // 叶片发黄 and 叶子发黄 in one text are one concept: counted once.
    const concept = conceptOf(t.term, vocabulary);
    if (concepts.has(concept)) continue;
    concepts.add(concept);
    const w = caseTermWeight(t, scopeSize, vocabulary);
    total += w;
    if (!holds(text, t.term, vocabulary)) continue;
    matched += w;
    shared.push({ term: t.term, w });
    if (!vocabulary.isContext(t.term) && !vocabulary.isSubject(t.term)) onProblem = true;
  }
  const forward = total > 0 ? matched / total : 0;
  const own = [...new Set(candidate.titleTerms.map(norm).filter((w) => w.length > 0))];
  const q = withMeanings(queryText, vocabulary);
  const backward = own.length ? own.filter((w) => holds(q, w, vocabulary)).length / own.length : forward;
  const raw = CASE_SIMILARITY.queryShare * forward + (1 - CASE_SIMILARITY.queryShare) * backward;
  return {
    score: onProblem ? Math.round(raw * 100) / 100 : 0,
    shared: shared.sort((a, b) => b.w - a.w).map((s) => s.term),
    onProblem,
  };
}

/** Question words the segmenter glues to the next word (什么病, 怎么治, 为啥): what is asked, not what happened. */
const QUESTION_START = /^(什么|怎么|怎样|为什么|为啥|咋|啥|如何|哪些|哪个)/u;

/** The words of a demand without those that only ask (什么病, 怎么治); the rest in order. */
export function withoutQuestionWords<T extends { term: string }>(terms: readonly T[]): T[] {
  return terms.filter((t) => !QUESTION_START.test(t.term));
}
