import { describe, expect, it } from 'vitest';
import { FIELDS } from '../catalog/catalog.js';
import { SYNONYM_GROUPS } from '../search/synonyms.js';
import { CONTEXT_WORDS, FILLER_WORDS, GENERIC_DEMAND_WORDS } from './filler-words.js';
import {
  BROADER_TERMS,
  BUILTIN_LEXICON,
  ONE_CHARACTER_EXPRESSIONS,
  lexiconEntryProblems,
} from './lexicon.js';
import { nearestTerms, termSimilarity } from './nearest-terms.js';
import { Vocabulary, withLexiconExpressions } from './vocabulary.js';

const v = Vocabulary.builtin();
const synonymWords = new Set(SYNONYM_GROUPS.flat().map((w) => w.toLowerCase()));

describe('the built-in lexicon', () => {
  it('is substantial and covers the 20 fields of the survey', () => {
    expect(BUILTIN_LEXICON.length).toBeGreaterThanOrEqual(400);
    for (const field of FIELDS)
      expect(BUILTIN_LEXICON.filter((e) => e.fields.includes(field)).length, field).toBeGreaterThanOrEqual(8);
  });

  it('holds the issue’s examples: 叶子发黄卷曲, 浮头/翻塘, 拉稀, 布病, 肺痨, 返碱', () => {
    expect(v.expansionsOf('叶子发黄')).toEqual(expect.arrayContaining(['黄化', '缺素']));
    expect(v.expansionsOf('卷曲')).toEqual(expect.arrayContaining(['卷叶']));
    for (const w of ['浮头', '翻塘']) expect(v.expansionsOf(w), w).toContain('缺氧');
    expect(v.expansionsOf('拉稀')).toContain('腹泻');
    expect(v.expansionsOf('布病')).toContain('布鲁氏菌病');
    expect(v.expansionsOf('肺痨')).toContain('结核');
    expect(v.expansionsOf('返碱')).toContain('盐碱');
  });

  it('has entries an administrator could have written: valid words, no term equal to its expression', () => {
    for (const e of BUILTIN_LEXICON) {
      // The animals by one character are built in only (an administrator's expression has two or more).
      if (ONE_CHARACTER_EXPRESSIONS.has(e.expression)) {
        expect(lexiconEntryProblems({ expression: e.expression, terms: e.terms }), e.expression).toEqual({
          expression: '说法至少 2 个字',
        });
        continue;
      }
      expect(
        lexiconEntryProblems({ expression: e.expression, terms: e.terms.slice(0, 12) }),
        e.expression,
      ).toEqual({});
      expect(e.fields.length, e.expression).toBeGreaterThan(0);
    }
  });

  it('keeps filler words apart from the words that carry meaning', () => {
    for (const w of FILLER_WORDS) expect(synonymWords.has(w), w).toBe(false);
    for (const e of BUILTIN_LEXICON) expect(FILLER_WORDS.has(e.expression), e.expression).toBe(false);
    for (const w of CONTEXT_WORDS) expect(FILLER_WORDS.has(w), w).toBe(false);
    expect(GENERIC_DEMAND_WORDS.has('技术')).toBe(true);
  });

  it('keeps whole only phrases whose parts mean something else (a phrase hides its parts from Meilisearch)', () => {
    const phrases = v.dictionaryWords();
    expect(phrases).toEqual(expect.arrayContaining(['水肥一体化', '城乡一体化']));
    expect(phrases).not.toContain('栽培');
    for (const p of phrases) expect(BUILTIN_LEXICON.find((e) => e.expression === p)?.terms, p).toEqual([]);
  });

  it('relates narrow and broad words, never a word to itself', () => {
    for (const [narrow, broad] of BROADER_TERMS) expect(broad, narrow).not.toContain(narrow);
    expect(v.broaderOf('西红柿')).toContain('蔬菜');
    expect(v.narrowerOf('松树')).toContain('松材线虫病');
    expect(v.isSubject('番茄')).toBe(true);
    expect(v.isSubject('黄化')).toBe(false);
  });
});

describe('Vocabulary', () => {
  it('expands one way: the colloquial word finds the technical one, not the reverse', () => {
    expect(v.expansionsOf('拉稀')).toContain('腹泻');
    expect(v.expansionsOf('腹泻')).not.toContain('拉稀');
    expect(v.expansionsOf('中风')).toContain('脑卒中'); // synonyms stay both ways
    expect(v.expansionsOf('脑卒中')).toContain('中风');
    expect(v.expansionsOf('拉稀')).not.toContain('拉稀');
    expect(v.expansionsOf('')).toEqual([]);
    expect(v.expansionsOf('量子计算')).toEqual([]);
  });

  it('merges ADMIN’s entries with the built-in ones and changes its fingerprints', () => {
    const custom = Vocabulary.with([
      { expression: '拉稀', terms: ['痢疾'], fields: ['MEDICAL'] },
      { expression: '膜下滴灌', terms: [], fields: [] },
    ]);
    expect(custom.expansionsOf('拉稀')).toEqual(expect.arrayContaining(['腹泻', '痢疾']));
    expect(custom.userWords()).toContain('膜下滴灌');
    expect(custom.dictionaryWords()).toContain('膜下滴灌');
    expect(custom.fingerprint).not.toBe(v.fingerprint);
    expect(custom.wordsFingerprint).not.toBe(v.wordsFingerprint);
    const termsOnly = Vocabulary.with([{ expression: '拉稀', terms: ['痢疾'], fields: [] }]);
    expect(termsOnly.wordsFingerprint).toBe(v.wordsFingerprint);
    expect(termsOnly.fingerprint).not.toBe(v.fingerprint);
    expect(Vocabulary.with([])).toBe(v);
  });

  it('gives Meilisearch the groups both ways and the lexicon one way', () => {
    const map = v.meilisearchSynonyms();
    expect(map['中风']).toContain('脑卒中');
    expect(map['脑卒中']).toContain('中风');
    expect(map['拉稀']).toContain('腹泻');
    expect(map['腹泻'] ?? []).not.toContain('拉稀');
  });

  it('finds expressions inside running text, the longest at each place', () => {
    expect(v.expressionsIn('鱼塘老死鱼')).toEqual([
      { expression: '鱼塘', start: 0, end: 2 },
      { expression: '死鱼', start: 3, end: 5 },
    ]);
    expect(v.expressionsIn('番茄叶子发黄').map((e) => e.expression)).toEqual(['叶子发黄']);
    expect(v.expressionsIn('')).toEqual([]);
  });

  it('finds a colloquial expression across a degree word inside it, spanning the degree word', () => {
    expect(v.expressionsIn('电费太贵')).toEqual([{ expression: '电费贵', start: 0, end: 4 }]);
    expect(v.expressionsIn('我们的地越来越薄了')).toEqual([{ expression: '地薄', start: 3, end: 8 }]);
    expect(v.expressionsIn('心情很不好').map((e) => e.expression)).toEqual(['心情不好']);
    expect(v.expressionsIn('游客也太少')).toEqual([{ expression: '游客少', start: 0, end: 5 }]);
    expect(v.expressionsIn('叶子都发黄了').map((e) => e.expression)).toEqual(['叶子发黄']);
    // Not at its ends (太电费贵 is not bridged), not twice, and not inside a technical phrase kept whole.
    expect(v.expressionsIn('很电费贵')).toEqual([{ expression: '电费贵', start: 1, end: 4 }]);
    expect(v.expressionsIn('电太费太贵')).toEqual([]);
    expect(v.expressionsIn('水肥很一体化').map((e) => e.expression)).not.toContain('水肥一体化');
    // A longer bridged expression wins over a shorter one found as written.
    const custom = Vocabulary.with([
      { expression: '鱼塘', terms: ['池塘'], fields: [] },
      { expression: '鱼塘臭', terms: ['水质'], fields: [] },
    ]);
    expect(custom.expressionsIn('鱼塘太臭').map((e) => e.expression)).toEqual(['鱼塘臭']);
  });

  it('adds the expressions to a text’s tokens and drops the tokens inside them', () => {
    const tokens = [
      { norm: '老死', start: 0, end: 2 },
      { norm: '鱼', start: 2, end: 3 },
    ];
    expect(withLexiconExpressions('老死鱼', tokens, v).map((t) => t.norm)).toEqual(['老死', '死鱼']);
    expect(
      withLexiconExpressions('番茄', [{ norm: '番茄', start: 0, end: 2 }], v).map((t) => t.norm),
    ).toEqual(['番茄']);
    // jieba keeps 路太窄 whole: the expression read across its degree word (路窄) replaces it.
    expect(
      withLexiconExpressions('路太窄', [{ norm: '路太窄', start: 0, end: 3 }], v).map((t) => t.norm),
    ).toEqual(['路窄']);
  });

  it('tells setting words (where, for whom) and fillers', () => {
    expect(v.isContext('大棚')).toBe(true);
    expect(v.isContext('温室')).toBe(true); // a synonym of 大棚
    expect(v.isContext('黄化')).toBe(false);
    expect(v.isFiller('怎么')).toBe(true);
    expect(v.isFiller('咨询')).toBe(true);
    expect(v.isFiller('番茄')).toBe(false);
  });
});

describe('nearest terms', () => {
  it('scores similar words higher, identical 1, unrelated 0', () => {
    expect(termSimilarity('番茄', '番茄')).toBe(1);
    expect(termSimilarity('蕃茄', '番茄')).toBeGreaterThan(0.3);
    expect(termSimilarity('番茄', '水稻')).toBe(0);
    expect(termSimilarity('计算', '计算机视觉')).toBeGreaterThan(termSimilarity('计算', '计量'));
  });

  it('offers the broader words of a word no expert writes first, then the nearest in spelling', () => {
    const s = v.suggestionsFor(['小龙虾'], 15);
    expect(s.slice(0, 2)).toEqual(['虾蟹', '水产']);
    expect(s).not.toContain('小龙虾');
    expect(s.length).toBeLessThanOrEqual(15);
    expect(v.suggestionsFor(['蕃茄'], 15)).toContain('番茄');
    expect(v.suggestionsFor(['小龙虾'], 1)).toEqual(['虾蟹']);
    expect(v.suggestionsFor([], 15)).toEqual([]);
  });

  it('does not correct the spelling of a word it knows: only longer words containing it', () => {
    // 养老 is a lexicon expression: offering 养猪 or 养鸡 (one character apart) would read as a joke.
    const elderly = v.suggestionsFor(['养老'], 15);
    expect(elderly.length).toBeGreaterThan(0);
    for (const s of elderly) expect(s, s).toContain('养老');
    // 小龙虾 (a synonym): its broader words, then the expressions built on it.
    expect(v.suggestionsFor(['小龙虾'], 15).slice(0, 3)).toEqual(['虾蟹', '水产', '养小龙虾']);
    // A word it does not know still gets the nearest spellings.
    expect(v.suggestionsFor(['养老', '蕃茄'], 15)).toContain('番茄');
    expect(v.suggestionsFor(['养老', '蕃茄'], 15)).not.toContain('养猪');
  });

  it('suggests known words sharing characters, best first, never the word itself', () => {
    const candidates = v.suggestionCandidates();
    expect(nearestTerms(['蕃茄'], candidates)).toContain('番茄');
    expect(nearestTerms(['番茄'], candidates)).not.toContain('番茄');
    expect(nearestTerms([], candidates)).toEqual([]);
    // Sharing a suffix is not being near: 厂子 (a factory) is not 种子 (seeds) nor 稻子.
    expect(nearestTerms(['厂子'], candidates)).not.toEqual(expect.arrayContaining(['种子']));
    expect(nearestTerms(['厂子'], candidates)).not.toEqual(expect.arrayContaining(['稻子']));
    expect(nearestTerms(['稻子'], ['种子', '稻谷'])).toEqual(['稻谷']);
    // One character in common is a typo only when few known words have it: 番加 → 番茄, but 心电 is not 停电.
    expect(nearestTerms(['番加'], candidates)).toContain('番茄');
    const ecg = nearestTerms(['心电'], candidates);
    for (const far of ['停电', '电商', '省电']) expect(ecg).not.toContain(far);
    expect(nearestTerms(['马玲薯'], candidates)).toContain('马铃薯');
    // ... and in the same place, from the start or the end: 耳朵 is not 木耳, 厂子 is not 药厂.
    expect(nearestTerms(['耳朵'], candidates)).not.toContain('木耳');
    expect(nearestTerms(['厂子'], candidates)).not.toContain('药厂');
    expect(nearestTerms(['耳朵'], ['木耳', '耳鸣'])).toEqual(['耳鸣']);
    expect(nearestTerms(['番'], candidates, 2)).toHaveLength(2);
    expect(candidates).not.toContain('怎么');
  });
});
