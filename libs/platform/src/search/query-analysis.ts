// What a person typed into the expert search box, read the same way for both engines: jieba's words (with the
// vocabulary's user words kept whole), the lexicon expressions written inside the text (老死鱼 → 死鱼), minus the
// filler words that never have to match (怎么, 想请, 专家, 问题 …) and stray single characters; each word with the
// forms it may take in an expert's text (synonyms, lexicon terms). The PostgreSQL engine compiles the words into
// one tsquery each and relaxes over them; the Meilisearch adapter sends them as its query and lets
// `matchingStrategy: 'frequency'` relax.
import { Vocabulary, withLexiconExpressions } from '@app/domain';
import { segmentWithOffsets } from './chinese-segmenter.js';

export interface QueryTerm {
  /** The word, normalised (NFKC, lower-case): a word of the text or a lexicon expression found in it. */
  word: string;
  /** Other forms it may take in an expert's text: synonyms, lexicon terms. */
  expansions: string[];
  /** Also matched as a prefix: the last word while the person is still typing. */
  prefix: boolean;
  /**
   * Says where or for whom, not what (工厂, 大棚, 老人): when the search relaxes, dropped before the words of the
   * problem, however rare — 工厂污水超标 is about the sewage, not about experts of 工厂化 farming.
   */
  context: boolean;
  /**
   * Does not say alone what the search is about (技术, 设计, 治理, 安全; OPEN_WORDS): a search left with only such
   * words and words of the setting, once the words nobody wrote are dropped, finds nobody. Absent otherwise.
   */
  open?: boolean;
  /**
   * Broader words of a crop, an animal or a condition (苹果 → 果树, 水果; 近视 → 眼科): what the search falls back
   * on when no expert of the library wrote the word or any of its forms (searchUntilFilled). Absent when none.
   */
  broader?: string[];
  /**
   * An unfinished word the segmenter cut into single characters while typing (脑卒 → 脑 | 卒): its characters, also
   * tried one by one. Absent for ordinary words.
   */
  characters?: string[];
}

export interface AnalysedQuery {
  terms: QueryTerm[];
  /** The query does not end in a space: the last word may be unfinished. */
  typing: boolean;
  /** The whole query, normalised, when it is short enough to be a name (indexed whole besides its words). */
  whole: string | null;
}

/** A query this short may be a whole name, which is indexed as one token besides its segmented words. */
const WHOLE_QUERY_MAX_LENGTH = 12;
const HAN_CHAR = /^\p{Script=Han}$/u;
/** Up to this many words the last one may still be being typed. */
const TYPING_MAX_WORDS = 4;

/**
 * Reads a query. Undefined when nothing searchable is left (only punctuation, function or filler words): the caller
 * browses. A query made only of stray single characters keeps them (鱼 still searches for 鱼).
 */
export function analyseSearchQuery(
  text: string,
  vocabulary: Vocabulary = Vocabulary.builtin(),
): AnalysedQuery | undefined {
  const segmented = segmentWithOffsets(text ?? '');
  const tokens = segmented.tokens;
  if (tokens.length === 0) return undefined;
  // A query ending in a space or punctuation is finished: no prefix, as in Meilisearch; so is a sentence (more than
  // TYPING_MAX_WORDS words were typed or pasted whole, its last character is not the start of a word), and one whose
  // last word is followed by a function word (路灯坏了: 坏 is not the start of 坏死病).
  const typing =
    !/[\s\p{P}]$/u.test(segmented.text) &&
    tokens.length <= TYPING_MAX_WORDS &&
    tokens[tokens.length - 1]!.end === segmented.text.length;

  // While typing, jieba cuts an unfinished word into single characters (脑卒 → 脑 | 卒): a trailing run of single Han
  // characters is one term, tried as a prefix and character by character.
  let tail = 0;
  // A character that is a word of the vocabulary (牛, 羊) ends the run: 羊得了病 is 羊 and 得病, not a word half typed.
  const single = (norm: string) => HAN_CHAR.test(norm) && !vocabulary.expansionsOf(norm).length;
  if (typing) while (tail < tokens.length && single(tokens[tokens.length - 1 - tail]!.norm)) tail++;
  if (tail < 2) tail = 0;
  // Nor are characters that are filler words, alone or together (红蜘蛛太多: 太 | 多).
  if (tail) {
    const run = tokens.slice(tokens.length - tail).map((t) => t.norm);
    if (vocabulary.isFiller(run.join('')) || run.every((c) => vocabulary.isFiller(c))) tail = 0;
  }
  // Unless the characters finish a lexicon expression (游客太少 holds 游客少): those are words, not a word half typed.
  if (tail) {
    const tailStart = tokens[tokens.length - tail]!.start;
    if (vocabulary.expressionsIn(segmented.text).some((e) => e.end > tailStart)) tail = 0;
  }
  const head = tokens.slice(0, tokens.length - tail);
  const headText = tail ? segmented.text.slice(0, tokens[tokens.length - tail]!.start) : segmented.text;

  const placed = withLexiconExpressions(headText, head, vocabulary);
  const meaningful = placed.filter((t) => !vocabulary.isFiller(t.norm));
  // The last word while typing may be the start of a longer one (颈动脉 狭): it stays, whatever its length.
  const typed = typing && !tail ? placed[placed.length - 1] : undefined;
  const informative = meaningful.filter(
    (t) => t === typed || !(HAN_CHAR.test(t.norm) && vocabulary.expansionsOf(t.norm).length === 0),
  );
  const chosen = informative.length || tail ? informative : meaningful;

  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const t of chosen) {
    if (seen.has(t.norm)) continue;
    seen.add(t.norm);
    const context = vocabulary.isContext(t.norm);
    const broader = context ? [] : vocabulary.broaderOf(t.norm).map((w) => w.normalize('NFKC').toLowerCase());
    terms.push({
      word: t.norm,
      expansions: vocabulary.searchExpansionsOf(t.norm).map((w) => w.normalize('NFKC').toLowerCase()),
      prefix: false,
      context,
      ...(vocabulary.isOpen(t.norm) ? { open: true } : {}),
      ...(broader.length ? { broader } : {}),
    });
  }
  if (tail) {
    const characters = tokens.slice(tokens.length - tail).map((t) => t.norm);
    terms.push({ word: characters.join(''), expansions: [], prefix: true, context: false, characters });
  } else if (
    typing &&
    terms.length &&
    chosen.length &&
    chosen[chosen.length - 1] === placed[placed.length - 1]
  ) {
    // The last word typed (not a filler dropped after it) may be unfinished; not a character the vocabulary knows
    // as a word (养鸡场臭: 臭 is 臭气, not the start of 臭氧).
    const last = terms[terms.length - 1]!;
    last.prefix = !(HAN_CHAR.test(last.word) && last.expansions.length);
  }
  if (!terms.length) return undefined;
  const whole = segmented.text.trim().toLowerCase();
  return { terms, typing, whole: tokens.length > 1 && whole.length <= WHOLE_QUERY_MAX_LENGTH ? whole : null };
}

/**
 * The query with `words` read as words of the setting too (dropped first when relaxing): a broader word the search
 * put in place of a crop nobody wrote (searchUntilFilled) says what the demand is about, not its problem.
 */
export function withContextWords(
  query: AnalysedQuery | undefined,
  words: readonly string[] | undefined,
): AnalysedQuery | undefined {
  if (!query || !words?.length) return query;
  return { ...query, terms: query.terms.map((t) => (words.includes(t.word) ? { ...t, context: true } : t)) };
}

/**
 * The words to suggest others for when nothing is found: the problem's (村里老人没人照顾: not 村里, which offered 村里规划
 * and 棚里), or every word when all say where or for whom.
 */
export function suggestionWords(query: AnalysedQuery): string[] {
  const problem = query.terms.filter((t) => !t.context);
  return (problem.length ? problem : query.terms).map((t) => t.word);
}

/** The words of an analysed query as one Meilisearch query string (a trailing space when the last is complete). */
export function queryString(query: AnalysedQuery): string {
  return wordsString(query.terms);
}

function wordsString(terms: readonly QueryTerm[]): string {
  const last = terms[terms.length - 1];
  return terms.map((t) => t.word).join(' ') + (last?.prefix ? '' : ' ');
}

/** Whether the query mixes words of the problem with words of the setting (番茄 with 大棚). */
export function mixesContext(query: AnalysedQuery): boolean {
  return query.terms.some((t) => t.context) && query.terms.some((t) => !t.context);
}

/**
 * The query string without the words of the setting: what Meilisearch relaxes over when the query mixes them with
 * the problem's. It cannot be told that a rare word weighs little, so it would keep 工厂 (rare) over 污水; without
 * them it relaxes to the same last words as the PostgreSQL engine (the same hits), only without ranking 大棚番茄's
 * greenhouse experts above the other tomato experts.
 */
export function problemQueryString(query: AnalysedQuery): string {
  return wordsString(query.terms.filter((t) => !t.context));
}
