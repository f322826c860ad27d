// The search and matching vocabulary in one object: the domain synonyms (symmetric), the lexicon (one-way,
// built-in plus the entries ADMIN added), the phrases kept whole and the filler words. Both search engines, the
// segmenter and the matcher read it, so a word means the same thing everywhere; a new ADMIN entry yields a new
// Vocabulary that each engine applies (PostgreSQL at query time, Meilisearch as settings).
import { FIELD_LABELS, type Field } from '../catalog/catalog.js';
import { SYNONYM_GROUPS } from '../search/synonyms.js';
import { CONTEXT_WORDS, FILLER_WORDS, OPEN_WORDS } from './filler-words.js';
import { nearestTerms } from './nearest-terms.js';
import {
  BROADER_TERMS,
  BUILTIN_LEXICON,
  SEARCH_BROADER_TERMS,
  SUBJECT_WORDS,
  type LexiconEntry,
} from './lexicon.js';

const normalised = new Map<string, string>();
/** NFKC, trimmed, lower-case; remembered (normalising is the matcher's hottest path). */
const norm = (w: string): string => {
  let n = normalised.get(w);
  if (n === undefined) {
    n = w.normalize('NFKC').trim().toLowerCase();
    if (normalised.size > 200_000) normalised.clear();
    normalised.set(w, n);
  }
  return n;
};

/** FNV-1a over UTF-16 units, twice with different offsets: a short stable fingerprint (not a security hash). */
function fingerprintOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export class Vocabulary {
  private static builtinInstance: Vocabulary | undefined;

  /** Lower-case word → the other words of its synonym group (original spelling). */
  private readonly synonyms = new Map<string, string[]>();
  /** Lower-case expression → its merged entry. */
  private readonly lexicon = new Map<string, LexiconEntry>();
  private readonly words: string[];
  private readonly protectedWords: Set<string>;
  /** Answers already computed, by method and word (the vocabulary never changes once built). */
  private readonly memo = new Map<string, string[]>();
  /** Lexicon expressions by first character, longest first: for finding them inside running text. */
  private readonly byFirstChar = new Map<string, string[]>();
  /** knownWords(), built on first use (only a search that finds nothing needs it). */
  private knownWordSet: ReadonlySet<string> | undefined;
  /** Of the words kept whole (what segmentation depends on). */
  readonly wordsFingerprint: string;
  /** Of everything: words, expansions, fields. */
  readonly fingerprint: string;

  private constructor(
    /** The entries beyond the built-in lexicon (ADMIN's), as given. */
    readonly custom: readonly LexiconEntry[],
  ) {
    for (const group of SYNONYM_GROUPS) {
      for (const word of group) {
        const key = norm(word);
        this.synonyms.set(key, [
          ...new Set([...(this.synonyms.get(key) ?? []), ...group.filter((w) => norm(w) !== key)]),
        ]);
      }
    }
    for (const e of [...BUILTIN_LEXICON, ...custom]) {
      const key = norm(e.expression);
      if (!key) continue;
      const seen = this.lexicon.get(key);
      const terms = [
        ...new Set([
          ...(seen?.terms ?? []),
          ...e.terms.map((t) => t.normalize('NFKC').trim()).filter((t) => t && norm(t) !== key),
        ]),
      ];
      const fields = [...new Set([...(seen?.fields ?? []), ...e.fields])];
      this.lexicon.set(key, {
        expression: seen?.expression ?? e.expression.normalize('NFKC').trim(),
        terms,
        fields,
      });
    }
    const words = new Map<string, string>();
    for (const group of SYNONYM_GROUPS) for (const w of group) words.set(norm(w), w);
    for (const e of this.lexicon.values()) words.set(norm(e.expression), e.expression);
    // Crops and animals (黄桃, 香梨, 巴旦木): jieba's dictionary lacks many, and its HMM then
    // glues them to what follows (黄桃烂了 → 黄桃烂; 白菜烂了 → 白 | 菜烂了).
    for (const w of SUBJECT_WORDS) if ([...w].length > 1 && !words.has(w)) words.set(w, w);
    this.words = [...words.values()].sort();
    this.protectedWords = new Set(words.keys());
    this.wordsFingerprint = fingerprintOf(this.words.join('\n'));
    this.fingerprint = fingerprintOf(
      this.words.join('\n') +
        '\u0000' +
        [...this.lexicon.values()]
          .map((e) => `${e.expression}=${e.terms.join(',')}:${e.fields.join(',')}`)
          .sort()
          .join('\n'),
    );
    for (const key of this.lexicon.keys()) {
      // A one-character expression (牛, 猪) is a word only where the segmenter cut it alone: inside running text it
      // is part of other words (奶牛, 蜗牛, 牛仔).
      if ([...key].length < 2) continue;
      const first = key[0]!;
      this.byFirstChar.set(first, [...(this.byFirstChar.get(first) ?? []), key]);
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The product's vocabulary: synonyms, built-in lexicon, filler words. */
  static builtin(): Vocabulary {
    return (Vocabulary.builtinInstance ??= new Vocabulary([]));
  }

  /** The product's vocabulary extended with ADMIN's entries (merged with a built-in entry of the same expression). */
  static with(custom: readonly LexiconEntry[]): Vocabulary {
    return custom.length ? new Vocabulary(custom) : Vocabulary.builtin();
  }

  /** Every lexicon entry, built-in and custom merged, by expression. */
  entries(): LexiconEntry[] {
    return [...this.lexicon.values()];
  }

  /**
   * What else a word of a query or demand may appear as in an expert's text: its synonyms, the terms the lexicon
   * gives for it, and their synonyms. Never the word itself; empty for an unknown word.
   */
  expansionsOf(word: string): string[] {
    return [...this.remember('e', word, () => this.computeExpansions(word))];
  }

  private remember(kind: string, word: string, compute: () => string[]): string[] {
    const key = `${kind}\u0000${word}`;
    let v = this.memo.get(key);
    if (!v) {
      v = compute();
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(key, v);
    }
    return v;
  }

  private computeExpansions(word: string): string[] {
    const key = norm(word);
    if (!key) return [];
    const out = new Map<string, string>();
    const add = (w: string) => {
      const k = norm(w);
      if (k && k !== key && !out.has(k)) out.set(k, w);
    };
    for (const s of this.synonyms.get(key) ?? []) add(s);
    for (const t of this.lexicon.get(key)?.terms ?? []) {
      add(t);
      for (const s of this.synonyms.get(norm(t)) ?? []) add(s);
    }
    return [...out.values()];
  }

  /**
   * Broader words an expert may write for the field of the word (番茄 → 蔬菜; 近视 → 眼科), also those of its
   * synonyms and lexicon terms: they serve the word partly.
   */
  broaderOf(word: string): string[] {
    return [
      ...this.remember('b', word, () => {
        const out = new Set<string>();
        for (const w of [word, ...this.expansionsOf(word)])
          for (const b of BROADER_TERMS.get(norm(w)) ?? []) out.add(b);
        return [...out];
      }),
    ];
  }

  /** Narrower words an expert may write for a word of the demand (松树 → 松材线虫病): they serve it partly too. */
  narrowerOf(word: string, relations: ReadonlyMap<string, readonly string[]> = BROADER_TERMS): string[] {
    const kind = relations === BROADER_TERMS ? 'n' : relations === SEARCH_BROADER_TERMS ? 's' : null;
    const compute = () => {
      const targets = new Set([word, ...this.synonymsOf(word)].map(norm));
      const out: string[] = [];
      for (const [narrow, broad] of relations) if (broad.some((b) => targets.has(norm(b)))) out.push(narrow);
      return out;
    };
    return kind ? [...this.remember(kind, word, compute)] : compute();
  }

  /** A word naming what a demand is about (a crop, an animal), not its problem. */
  isSubject(word: string): boolean {
    return (
      this.remember('j', word, () =>
        [word, ...this.synonymsOf(word)].some((w) => SUBJECT_WORDS.has(norm(w))) ? ['1'] : [],
      ).length > 0
    );
  }

  /**
   * What a word finds in the search box: its expansions and the diseases of a host (松树 → 松材线虫病): an expert of
   * the host's disease is an expert of the host.
   */
  searchExpansionsOf(word: string): string[] {
    const own = this.expansionsOf(word);
    const seen = new Set([norm(word), ...own.map(norm)]);
    const out = [...own];
    for (const w of this.narrowerOf(word, SEARCH_BROADER_TERMS)) {
      if (seen.has(norm(w))) continue;
      seen.add(norm(w));
      out.push(w);
    }
    return out;
  }

  /** The symmetric domain synonyms of a word (without the lexicon). */
  synonymsOf(word: string): string[] {
    return [...(this.synonyms.get(norm(word)) ?? [])];
  }

  /** Words the segmenter keeps whole and Meilisearch gets as its dictionary: synonym words, expressions, phrases. */
  userWords(): string[] {
    return [...this.words];
  }

  /**
   * The technical phrases (lexicon entries without terms: 水肥一体化, 城乡一体化): Meilisearch keeps them whole
   * wherever they occur (its `dictionary` overrides its segmenter). Only phrases whose parts alone mean something
   * else belong there: a forced word hides its parts from Meilisearch (栽培 would no longer find 高产栽培).
   */
  dictionaryWords(): string[] {
    return [...this.lexicon.values()]
      .filter((e) => e.terms.length === 0)
      .map((e) => e.expression)
      .sort();
  }

  /**
   * The lexicon expressions written inside a text, scanning left to right and taking the longest at each place
   * (as Meilisearch applies its dictionary): 鱼塘老死鱼 holds 死鱼 although the segmenter cut 老死|鱼. Offsets refer
   * to `text` as given (normalise it first, as the segmenter does).
   */
  expressionsIn(text: string): { expression: string; start: number; end: number }[] {
    const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const out: { expression: string; start: number; end: number }[] = [];
    // Where the next degree word may start, from each place: most places have none close enough to bridge.
    const nextDegree = new Int32Array(lower.length + 1).fill(lower.length);
    for (let j = lower.length - 1; j >= 0; j--)
      nextDegree[j] = DEGREE_FIRST_CHARS.has(lower[j]!) ? j : nextDegree[j + 1]!;
    for (let i = 0; i < lower.length;) {
      const candidates = this.byFirstChar.get(lower[i]!) ?? [];
      const direct = candidates.find((k) => lower.startsWith(k, i));
      let found = direct ? { expression: direct, end: i + direct.length } : undefined;
      // A longer colloquial expression with a degree word inside (电费太贵 holds 电费贵) wins over a shorter one.
      for (const k of candidates) {
        if (k.length <= (direct?.length ?? 1)) break;
        if (nextDegree[i + 1]! >= i + k.length) continue;
        const end = this.lexicon.get(k)?.terms.length ? bridgedEnd(lower, i, k) : -1;
        if (end > 0) {
          found = { expression: k, end };
          break;
        }
      }
      if (found) {
        out.push({ expression: found.expression, start: i, end: found.end });
        i = found.end;
      } else i++;
    }
    return out;
  }

  /** A word kept whole: its dictionary parts (水肥 and 一体化 of 水肥一体化) are not words of their own for matching. */
  isProtected(word: string): boolean {
    return this.protectedWords.has(norm(word));
  }

  isFiller(word: string): boolean {
    return FILLER_WORDS.has(norm(word));
  }

  /** A word that does not say alone what a search is about (技术, 设计, 治理, 安全): see OPEN_WORDS. */
  isOpen(word: string): boolean {
    return OPEN_WORDS.has(norm(word));
  }

  /** A word that says where or for whom (大棚, 鱼塘, 卫生院, 娃娃), itself or through a synonym. */
  isContext(word: string): boolean {
    return (
      this.remember('c', word, () => {
        const k = norm(word);
        return CONTEXT_WORDS.has(k) || this.synonymsOf(k).some((w) => CONTEXT_WORDS.has(norm(w)))
          ? ['1']
          : [];
      }).length > 0
    );
  }

  fillerWords(): string[] {
    return [...FILLER_WORDS];
  }

  /** The fields the lexicon associates with a word (empty when it has no entry): hints for a demand's fields. */
  fieldsOf(word: string): Field[] {
    return [...(this.lexicon.get(norm(word))?.fields ?? [])];
  }

  /**
   * Meilisearch's `synonyms` setting: the groups both ways, each lexicon expression one way to its terms, each broad
   * word one way to the narrower ones (as searchExpansionsOf).
   */
  meilisearchSynonyms(): Record<string, string[]> {
    const out = new Map<string, { word: string; to: Set<string> }>();
    const add = (from: string, to: string) => {
      const k = norm(from);
      if (!k || k === norm(to)) return;
      const slot = out.get(k) ?? { word: from, to: new Set<string>() };
      slot.to.add(to);
      out.set(k, slot);
    };
    for (const group of SYNONYM_GROUPS) for (const a of group) for (const b of group) if (a !== b) add(a, b);
    for (const e of this.lexicon.values())
      for (const t of this.expansionsOf(e.expression)) add(e.expression, t);
    for (const [narrow, broad] of SEARCH_BROADER_TERMS) for (const b of broad) add(b, narrow);
    return Object.fromEntries([...out.values()].map(({ word, to }) => [word, [...to]]));
  }

  /**
   * What to offer when a search for `words` finds nothing, best first, at most `limit`: the broader words of what was
   * typed (小龙虾 → 虾蟹, 水产: a clerk's word that no expert writes is served by those who write the broader one),
   * then the longer known words that contain a known word typed (小龙虾 → 养小龙虾), then the known words nearest
   * in spelling to a word the vocabulary does not know (蕃茄 → 番茄). A known word is not misspelt: 养老 does not
   * offer 养猪. The engines keep those that find someone.
   */
  suggestionsFor(words: readonly string[], limit: number): string[] {
    const seen = new Set(words.map(norm));
    const out: string[] = [];
    const add = (w: string) => {
      const k = norm(w);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(w);
      }
    };
    for (const w of words) for (const b of this.broaderOf(w)) add(b);
    const candidates = this.suggestionCandidates();
    const known = this.knownWords();
    const typedKnown = words.map(norm).filter((w) => known.has(w));
    for (const w of typedKnown)
      candidates
        .filter((c) => norm(c).includes(w))
        .sort((a, b) => [...a].length - [...b].length || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, limit)
        .forEach(add);
    const unknown = words.filter((w) => !known.has(norm(w)));
    for (const t of nearestTerms(unknown, candidates, limit)) add(t);
    return out.slice(0, limit);
  }

  /** Every word the vocabulary knows, normalised: synonyms, lexicon expressions and terms, field names. */
  private knownWords(): ReadonlySet<string> {
    this.knownWordSet ??= new Set([...this.protectedWords, ...this.suggestionCandidates().map(norm)]);
    return this.knownWordSet;
  }

  /** Words worth suggesting when a search finds nothing: every known word and term, and the field names. */
  suggestionCandidates(): string[] {
    return [...this.remember('g', '', () => this.computeSuggestionCandidates())];
  }

  private computeSuggestionCandidates(): string[] {
    const out = new Map<string, string>();
    const add = (w: string) => {
      const k = norm(w);
      if ([...k].length >= 2 && !FILLER_WORDS.has(k) && !out.has(k)) out.set(k, w);
    };
    for (const w of this.words) add(w);
    for (const e of this.lexicon.values()) for (const t of e.terms) add(t);
    for (const label of Object.values(FIELD_LABELS)) add(label);
    return [...out.values()];
  }
}

/**
 * Degree words people put inside what they mean (电费太贵, 游客也太少, 地越来越薄, 羊老拉稀): a lexicon expression is
 * still found across them. Longest first.
 */
const DEGREE_WORDS = [
  '越来越',
  '特别',
  '非常',
  '比较',
  '有点',
  '有些',
  '十分',
  '老是',
  '总是',
  '这么',
  '那么',
  '太',
  '很',
  '挺',
  '好',
  '真',
  '老',
  '都',
  '也',
  '更',
  '越',
  '超',
];

const DEGREE_FIRST_CHARS = new Set(DEGREE_WORDS.map((d) => d[0]!));

/**
 * Where `expression` ends in `text` when it starts at `start` with degree words inside it, at one place (也太, 老是很:
 * up to three in a row); -1 if it does not.
 */
function bridgedEnd(text: string, start: number, expression: string): number {
  for (let j = 1; j < expression.length; j++) {
    if (text[start + j - 1] !== expression[j - 1]) return -1;
    const end = afterDegreeWords(text, start + j, expression.slice(j), 0);
    if (end > 0) return end;
  }
  return -1;
}

function afterDegreeWords(text: string, at: number, rest: string, skipped: number): number {
  if (skipped > 0 && text.startsWith(rest, at)) return at + rest.length;
  if (skipped === 3 || !DEGREE_FIRST_CHARS.has(text[at]!)) return -1;
  for (const d of DEGREE_WORDS) {
    if (!text.startsWith(d, at)) continue;
    const end = afterDegreeWords(text, at + d.length, rest, skipped + 1);
    if (end > 0) return end;
  }
  return -1;
}

/** A word of a text with its place (the segmenter's tokens, or a lexicon expression found in the text). */
export interface PlacedToken {
  norm: string;
  start: number;
  end: number;
  subwords?: readonly { norm: string }[];
}

/**
 * The tokens of a text plus the lexicon expressions written in it that the segmenter did not keep whole (老死|鱼
 * holds 死鱼; 村医管|不 holds 村医), in text order; a token lying wholly inside such an expression is dropped (鱼 of
 * 死鱼). An expression inside a word the vocabulary itself knows (直播 in 电商直播) is not added: the longer word
 * says more. `text` is the text the offsets refer to (the segmenter's normalised text).
 */
export function withLexiconExpressions<T extends PlacedToken>(
  text: string,
  tokens: readonly T[],
  vocabulary: Vocabulary,
): (T | PlacedToken)[] {
  const found = vocabulary
    .expressionsIn(text)
    .filter(
      (e) =>
        !tokens.some(
          (t) =>
            t.start <= e.start &&
            e.end <= t.end &&
            (t.norm === e.expression || vocabulary.isProtected(t.norm)),
        ),
    );
  if (!found.length) return [...tokens];
  const kept = tokens.filter((t) => !found.some((e) => e.start <= t.start && t.end <= e.end));
  const added: PlacedToken[] = found.map((e) => ({ norm: e.expression, start: e.start, end: e.end }));
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
