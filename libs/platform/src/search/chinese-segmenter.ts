// Chinese word segmentation for the PostgreSQL search engine and for matching: jieba with its default dictionary
// plus the vocabulary's user words (every domain synonym, lexicon expression and technical phrase), so that
// 脑卒中, 太阳能发电 or 水肥一体化 stay one token and synonym and lexicon expansion can find them. The vocabulary
// may change while the process runs (ADMIN's 匹配词库): useSegmenterVocabulary() rebuilds the dictionary.
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { BoundedMemo, BROADER_TERMS, SUBJECT_WORDS, Vocabulary } from '@app/domain';

/** A word of the text with its place (UTF-16 offsets into the NFKC-normalised text). */
export interface SegmentedToken {
  /** Lower-case form, as indexed and queried. */
  norm: string;
  start: number;
  end: number;
  /**
   * Word position, 1-based. Dropped function words and punctuation take a position too (whitespace does not),
   * so a phrase never matches across them: 电商与直播 is not the phrase 电商直播.
   */
  position: number;
  /**
   * Shorter dictionary words inside this one (颈动脉 → 动脉), and for a domain user word the words the default
   * dictionary would have cut it into (太阳能发电 → 太阳能, 发电): indexed at the same position so that a query
   * for the part still finds the whole.
   */
  subwords: { norm: string; start: number; end: number }[];
}

export interface SegmentedText {
  /** The NFKC-normalised text the offsets refer to (full-width Latin and digits become half-width). */
  text: string;
  tokens: SegmentedToken[];
  /** Positions the text takes: its last word's, dropped function words and punctuation included. */
  positions: number;
}

/**
 * Frequencies tried for a user word, lowest first; each word keeps the first that keeps it whole when it stands
 * alone (what jieba's suggest_freq does). A low frequency still wins against the product of the parts'
 * probabilities, yet loses to a neighbouring dictionary word that overlaps it (太阳能发电站 stays 太阳能|发电站),
 * so user words do not capture characters of their neighbours in running text.
 */
const USER_WORD_FREQS = [1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000];

/** Function words that only make an AND query fail; never indexed, never searched. */
const STOP_WORDS = new Set('的 了 和 与 及 或 等 是 在 对 为 并 其 之 着 以及 及其'.split(' '));

/** Longer runs are not words (URLs, pasted garbage) and would bloat the index. */
const MAX_TOKEN_LENGTH = 64;

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Segmenter {
  jieba: Jieba;
  /** Lower-case user word → the lower-case words the default dictionary cuts it into. */
  defaultSplits: Map<string, string[]>;
  /** The vocabulary fingerprint the user words came from. */
  fingerprint: string;
  /**
   * Crops and animals (the one-character user words 牛, 猪; the words with broader words: 松树, 苹果): jieba's HMM
   * glues them to the next character (猪得了猪瘟 → 猪得|了; 松树死了 → 松树死|了).
   */
  heads: Set<string>;
  /** Every user word, lower-case (some are whole only through the HMM: 鱼病). */
  userWords: Set<string>;
}

let instance: Segmenter | undefined;
let vocabulary: Vocabulary | undefined;

/**
 * The vocabulary whose user words the segmenter keeps whole (default: the built-in one). The dictionary is rebuilt
 * on the next use when the words changed; text indexed before then was cut with the old words (the engines
 * re-segment their documents when they apply a new vocabulary).
 */
export function useSegmenterVocabulary(next: Vocabulary): void {
  vocabulary = next;
  if (instance && instance.fingerprint !== next.wordsFingerprint) instance = undefined;
}

/** The fingerprint of the user words in use. */
export function segmenterFingerprint(): string {
  return (vocabulary ?? Vocabulary.builtin()).wordsFingerprint;
}

// Loaded on first use, not at import: the dictionary is 5 MB and takes ~0.3 s to build, which processes that
// never search (the worker on Meilisearch, most unit tests) should not pay.
function segmenter(): Segmenter {
  if (instance) return instance;
  const words = vocabulary ?? Vocabulary.builtin();
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
  const jieba = JiebaClass.withDict(dict);
  const defaultSplits = new Map<string, string[]>();
  const split = (word: string) => jieba.cut(word, true).filter((p) => WORD_CHAR.test(p));
  // A crop or an animal the dictionary lacks may come out whole alone only through the HMM (黄桃), which in running
  // text glues it to what follows instead (黄桃烂了 → 黄桃烂): it is made a dictionary word too.
  const unsure = (word: string) =>
    split(word).length > 1 ||
    (SUBJECT_WORDS.has(word.toLowerCase()) &&
      jieba.cut(word, false).filter((p) => WORD_CHAR.test(p)).length > 1);
  let pending: string[] = [];
  // A word with Latin capitals (B超, COVID-19) is also known in lower case: people type both.
  const spellings = words.userWords().flatMap((w) => (/[A-Z]/.test(w) ? [w, w.toLowerCase()] : [w]));
  for (const word of spellings) {
    const normalised = word.normalize('NFKC');
    const parts = split(normalised);
    if (parts.length > 1)
      defaultSplits.set(
        normalised.toLowerCase(),
        parts.map((p) => p.toLowerCase()),
      );
    if (unsure(normalised)) pending.push(normalised);
  }
  for (const freq of USER_WORD_FREQS) {
    if (pending.length === 0) break;
    jieba.loadDict(Buffer.from(pending.map((w) => `${w} ${freq}`).join('\n') + '\n', 'utf8'));
    pending = pending.filter(unsure);
  }
  const heads = new Set([
    ...spellings.filter((w) => [...w].length === 1).map((w) => w.toLowerCase()),
    ...BROADER_TERMS.keys(),
  ]);
  const userWords = new Set(spellings.map((w) => w.normalize('NFKC').toLowerCase()));
  instance = { jieba, defaultSplits, fingerprint: words.wordsFingerprint, heads, userWords };
  return instance;
}

/** The longest of `heads` that `word` starts with and is longer than, if any. */
function headOf(word: string, heads: ReadonlySet<string>): string | undefined {
  for (let n = Math.min(word.length - 1, 4); n >= 1; n--)
    if (heads.has(word.slice(0, n))) return word.slice(0, n);
  return undefined;
}

function keep(word: string): boolean {
  return word.length <= MAX_TOKEN_LENGTH && WORD_CHAR.test(word) && !STOP_WORDS.has(word);
}

/**
 * Segments text for indexing and highlighting: jieba's precise mode, punctuation, whitespace and function words
 * dropped, Latin lower-cased (VOCs → vocs), numbers and technical terms (PM2.5, 5G) kept whole, with the
 * sub-words of each token.
 */
export function segmentWithOffsets(input: string): SegmentedText {
  const text = input.normalize('NFKC');
  if (!text.trim()) return { text, tokens: [], positions: 0 };
  const { jieba, defaultSplits, heads, userWords } = segmenter();
  const words = jieba.cut(text, true);
  // Search mode emits, before each word of precise mode, the 2- and 3-character dictionary words inside it:
  // walking both lists side by side gives each word its sub-words without one native call per word.
  const searchWords = jieba.cutForSearch(text, true);
  const tokens: SegmentedToken[] = [];
  let offset = 0;
  let s = 0;
  let position = 0;
  for (const word of words) {
    const start = text.indexOf(word, offset);
    if (start < 0) continue; // jieba returns the text's own substrings; this never happens, but never loop on it
    const end = start + word.length;
    offset = end;
    const inside: string[] = [];
    while (s < searchWords.length && searchWords[s] !== word) inside.push(searchWords[s++]);
    if (s < searchWords.length) s++;
    else inside.length = 0; // lists out of step: better no sub-words than wrong ones
    if (!word.trim()) continue;
    position++;
    if (!keep(word)) continue;
    const norm = word.toLowerCase();
    // A word jieba's HMM made of a crop or an animal and what follows it (猪得 of 猪得了猪瘟, 羊掉, 松树死; not the
    // dictionary's 牛奶 or 松树林, nor a user word such as 鱼病): the crop or animal is a word of its own, the rest
    // another.
    const head = headOf(norm, heads);
    if (head && !userWords.has(norm) && jieba.cut(word, false)[0]?.toLowerCase() === head) {
      tokens.push({ norm: head, start, end: start + head.length, position, subwords: [] });
      position++;
      tokens.push({ norm: norm.slice(head.length), start: start + head.length, end, position, subwords: [] });
      continue;
    }
    const subwords: SegmentedToken['subwords'] = [];
    const seen = new Set<string>([norm]);
    for (const sub of [...inside.map((w) => w.toLowerCase()), ...(defaultSplits.get(norm) ?? [])]) {
      if (seen.has(sub) || !keep(sub)) continue;
      const at = norm.indexOf(sub);
      if (at < 0) continue;
      seen.add(sub);
      subwords.push({ norm: sub, start: start + at, end: start + at + sub.length });
    }
    tokens.push({ norm, start, end, position, subwords });
  }
  return { text, tokens, positions: position };
}

/**
 * segmentWithOffsets, remembered while the vocabulary's words stay the same: the same experts' specialties, titles
 * and employers come back page after page (highlighting cut them for a fifth of a search request's CPU, bench:board),
 * and the same demand is read again for every match. Read only, never changed; bounded by entry count (a
 * specialties text is ~100 characters, a demand's description a few hundred).
 */
const remembered = new BoundedMemo<string, SegmentedText>(5_000);

export function segmentRemembered(original: string): SegmentedText {
  return remembered.get(original, () => segmentWithOffsets(original), segmenterFingerprint());
}

/** The words of a text for indexing (precise mode): 颈动脉狭窄脑卒中筛查 → 颈动脉 狭窄 脑卒中 筛查. */
export function segment(text: string): string[] {
  return segmentWithOffsets(text).tokens.map((t) => t.norm);
}

/**
 * The words of a query in search mode: each word of precise mode preceded by the shorter dictionary words inside
 * it (颈动脉 → 动脉 颈动脉), for callers that match any of them.
 */
export function segmentQuery(text: string): string[] {
  const normalised = text.normalize('NFKC');
  if (!normalised.trim()) return [];
  return segmenter()
    .jieba.cutForSearch(normalised, true)
    .filter(keep)
    .map((w) => w.toLowerCase());
}

/** The words the default dictionary would cut a domain user word into, or undefined when it is not one. */
export function defaultSplitOf(word: string): string[] | undefined {
  return segmenter().defaultSplits.get(word.normalize('NFKC').toLowerCase());
}
