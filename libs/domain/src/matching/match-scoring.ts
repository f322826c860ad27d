// Match scoring (DESIGN.md "Matching"): what one expert is worth for one demand, and why. The server gathers the
// features (search engine for text relevance, database for bookings, load, ratings, volunteers); this file turns
// them into a score 0..1 with reasons a dispatcher can read, names the hard rules an expert breaks, orders experts
// by standing for a team's lead, plans a team that covers the demand's fields, measures the distance between
// regions and picks the words of a demand that matching should look for. Pure: shared by server and web.
// Every weight and threshold is in MATCH_CONFIG.
import {
  FIELD_LABELS,
  HONOUR_LABELS,
  TITLE_LEVEL_LABELS,
  TITLE_LEVEL_RANK,
  type Field,
  type Honour,
  type TitleLevel,
} from '../catalog/catalog.js';
import {
  MUNICIPALITY_PREFIXES,
  cityOf,
  isRegionCode,
  provinceOf,
  regionContains,
  regionLevelOf,
} from '../regions/region-code.js';
import { FILLER_WORDS, GENERIC_DEMAND_WORDS } from '../text/filler-words.js';
import { BoundedMemo } from '../text/bounded-memo.js';
import { Vocabulary } from '../text/vocabulary.js';

// ---------------------------------------------------------------------------------------------------------------
// Configuration: the one place that says what matters how much

export type RegionDistance = 'SAME_COUNTY' | 'SAME_CITY' | 'SAME_PROVINCE' | 'PARTNER' | 'OTHER';

export const MATCH_CONFIG = {
  /**
   * Feature weights; they sum to 1, so the score is 0..1. Relevance (specialty, text, fields) comes first;
   * the other features — suitability — only count in full for an expert who is relevant (see `relevanceGate`).
   */
  weights: {
    /** Share of the demand's key words (and their synonyms) found in the expert's specialties. */
    specialty: 0.3,
    /** The search engine's relevance of the expert's whole record to the demand's words. */
    text: 0.14,
    /** Share of the demand's fields the expert serves in. */
    fields: 0.08,
    title: 0.07,
    honours: 0.06,
    region: 0.09,
    /** Free in the wanted period (checked in the database). */
    available: 0.04,
    /** Few days served this year: spreads the load over the library. */
    load: 0.08,
    /** Past ratings by served units (基层反向评价). */
    rating: 0.07,
    /** Volunteered for this demand (揭榜). */
    volunteered: 0.07,
  },
  /** Relevance (0..1) from which suitability counts in full; below it suitability is scaled down linearly. */
  relevanceGate: 0.5,
  /** How much a character-level affinity may stand for the engine's text relevance (see textAffinity). */
  affinityShare: 0.5,
  titleValue: { SENIOR: 1, ASSOCIATE: 0.6, INTERMEDIATE: 0.2 } as Readonly<Record<TitleLevel, number>>,
  honourValue: {
    ACADEMICIAN: 1,
    NATIONAL_OUTSTANDING: 0.85,
    TALENT_PROJECT_NATIONAL: 0.8,
    YOUNG_MIDDLE_AGED_EXPERT: 0.75,
    SPECIAL_ALLOWANCE: 0.7,
    MAJOR_TALENT_PROGRAM: 0.6,
    RETURNEE: 0.3,
    POSTDOC: 0.25,
    OTHER: 0.15,
  } as Readonly<Record<Honour, number>>,
  /** Added per further honour, up to 1. */
  honourExtra: 0.1,
  /** 对口帮扶 ranks above the same province: pairing served regions with serving provinces is the programme's design. */
  regionValue: { SAME_COUNTY: 1, SAME_CITY: 0.8, PARTNER: 0.7, SAME_PROVINCE: 0.6, OTHER: 0.2 } as Readonly<
    Record<RegionDistance, number>
  >,
  /** Values used when a feature is unknown (no wanted period; no rating yet): neither a plus nor a minus. */
  neutral: { available: 0.5, rating: 0.5 },
  /** Ratings are averages of 1..5 scores, pulled towards this prior while there are few of them. */
  ratingPrior: { mean: 3.5, count: 2 },
  thresholds: {
    /** Specialty share for 专长高度相关 / 专长相关. */
    specialtyStrong: 0.6,
    specialty: 0.15,
    text: 0.35,
    /** 今年服务天数较少: served at most this share of the annual cap. */
    lowLoadShare: 0.2,
    /** A warning (not a refusal) from this share of the annual cap on. */
    nearCapShare: 0.8,
    goodRating: 4,
    /** Reasons contributing less than this are not listed. */
    reasonMin: 0.005,
  },
  terms: {
    /** Words of a demand that matching looks for (title words first). */
    max: 12,
    /** Tokens this long also contribute their dictionary sub-words (沼气池 → 沼气, 康复训练 → 康复, 训练). */
    subwordsFrom: 3,
    /** Words of the title weigh more than words of the description. */
    titleBoost: 1.5,
    /** Inverse document frequency is capped: a word only one expert uses is not worth more than a rare one. */
    idfCap: 3,
    /** The specialty share is relative to the weight of the demand's strongest words, this many of them. */
    coverageTop: 3,
    /** Credit for a word found only in the title or fields, or only as a sub-word. */
    partialCredit: 0.5,
    /** A word is about the problem (informative) when it weighs at least this share of the demand's strongest. */
    informativeShare: 0.6,
    /** Credit for a generic (not informative) word found: 大棚 or 改造 alone does not make an expert relevant. */
    genericCredit: 0.4,
    /** The specialty feature keeps at least this share of the coverage however unfocused the expert (see focus). */
    focusFloor: 0.7,
    /** A word found in more than this share of the eligible library is common, never informative (防治, 管理). */
    genericShare: 0.15,
    /** Only libraries of at least this many eligible experts tell common words apart. */
    genericMinLibrary: 20,
    /** Weight of a subject word (the crop, the animal) against the problem's words. */
    subjectWeight: 0.7,
  },
  team: {
    /**
     * The lead is the expert of the highest standing among the most relevant: those matched on the problem whose
     * relevance is at least this share of the most relevant expert's.
     */
    leadRelevanceShare: 0.9,
    /** Members that add nothing the team lacks (a field, a sub-problem) must score at least this share of the best. */
    memberScoreShare: 0.4,
    /** A member added only to cover a field must be at least this relevant (0..1), else the field stays open. */
    fieldMemberRelevance: 0.3,
  },
} as const;

export type MatchWeights = typeof MATCH_CONFIG.weights;

// ---------------------------------------------------------------------------------------------------------------
// Regions

export interface RegionPartnership {
  /** The serving region (a province, e.g. 310000 上海). */
  servingCode: string;
  /** The served region (a province, city or county, e.g. 653125 莎车县). */
  servedCode: string;
}

/**
 * How far an expert's region is from the demand's: same county, same city (地级; a municipality's districts are
 * one city), same province, a province paired with the demand's region under 对口帮扶 (the expert's region serves
 * it), or farther. The nearer of the geographic and the partnership relation wins.
 */
export function regionDistance(
  expertRegion: string,
  demandRegion: string,
  partnerships: readonly RegionPartnership[] = [],
): RegionDistance {
  if (!isRegionCode(expertRegion) || !isRegionCode(demandRegion)) return 'OTHER';
  const candidates: RegionDistance[] = [];
  if (expertRegion === demandRegion) {
    const level = regionLevelOf(demandRegion);
    candidates.push(level === 'COUNTY' ? 'SAME_COUNTY' : level === 'CITY' ? 'SAME_CITY' : 'SAME_PROVINCE');
  } else if (
    cityOf(expertRegion) === cityOf(demandRegion) &&
    !expertRegion.endsWith('0000') &&
    !demandRegion.endsWith('0000')
  )
    candidates.push('SAME_CITY');
  else if (provinceOf(expertRegion) === provinceOf(demandRegion)) candidates.push('SAME_PROVINCE');
  if (
    partnerships.some(
      (p) => regionContains(p.servingCode, expertRegion) && regionContains(p.servedCode, demandRegion),
    )
  )
    candidates.push('PARTNER');
  if (candidates.length === 0) return 'OTHER';
  return candidates.reduce((best, d) =>
    MATCH_CONFIG.regionValue[d] > MATCH_CONFIG.regionValue[best] ? d : best,
  );
}

export function regionDistanceLabel(distance: RegionDistance, demandRegion = ''): string | null {
  switch (distance) {
    case 'SAME_COUNTY':
      return '同区县';
    case 'SAME_CITY':
      return MUNICIPALITY_PREFIXES.includes(demandRegion.slice(0, 2)) ? '同市' : '同地市';
    case 'SAME_PROVINCE':
      return '同省份';
    case 'PARTNER':
      return '对口帮扶省份';
    case 'OTHER':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Standing (for the lead of a team): 院士 > honoured 正高 > 正高 > 副高

export type Standing = 'ACADEMICIAN' | 'HONOURED_SENIOR' | 'SENIOR' | 'ASSOCIATE' | 'OTHER';

export const STANDING_RANK: Readonly<Record<Standing, number>> = {
  ACADEMICIAN: 4,
  HONOURED_SENIOR: 3,
  SENIOR: 2,
  ASSOCIATE: 1,
  OTHER: 0,
};

export const STANDING_LABELS: Readonly<Record<Standing, string>> = {
  ACADEMICIAN: '两院院士',
  HONOURED_SENIOR: '有国家级或省部级人才称号的正高级专家',
  SENIOR: '正高级专家',
  ASSOCIATE: '副高级专家',
  OTHER: '其他专家',
};

/** Honours that raise a 正高 expert's standing: national and provincial talent titles (not 博士后, 留学回国, 其他). */
export const STANDING_HONOURS: readonly Honour[] = [
  'NATIONAL_OUTSTANDING',
  'YOUNG_MIDDLE_AGED_EXPERT',
  'TALENT_PROJECT_NATIONAL',
  'SPECIAL_ALLOWANCE',
  'MAJOR_TALENT_PROGRAM',
];

export function standingOf(titleLevel: TitleLevel, honours: readonly Honour[]): Standing {
  if (honours.includes('ACADEMICIAN')) return 'ACADEMICIAN';
  if (titleLevel === 'SENIOR')
    return honours.some((h) => STANDING_HONOURS.includes(h)) ? 'HONOURED_SENIOR' : 'SENIOR';
  if (titleLevel === 'ASSOCIATE') return 'ASSOCIATE';
  return 'OTHER';
}

// ---------------------------------------------------------------------------------------------------------------
// The words of a demand, and how much of them an expert's text covers

/**
 * Words grassroots people write around what they need, which say nothing about which expert fits: asking
 * (想请、急需), people and places (我们、村里), time (最近、今年), degree (好多、越来越) and the generic service words
 * (专家、技术、指导). Content words are left to inverse document frequency.
 */
export const DEMAND_STOP_WORDS: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  ...GENERIC_DEMAND_WORDS,
  ...(
    '我 我们 咱们 你们 他们 大家 自己 村里 村上 村民 镇上 镇里 乡里 乡镇 县里 这里 那里 这边 那边 这个 那个 这些 那些 ' +
    '现在 最近 近年 近年来 今年 去年 明年 目前 一直 已经 还是 但是 可是 因为 所以 如果 虽然 而且 然后 另外 同时 ' +
    '希望 想 想要 想请 请 请求 恳请 需要 急需 迫切 亟需 帮助 帮忙 帮 帮帮 指导 技术 技术指导 专家 老师 师傅 ' +
    '问题 情况 方面 工作 开展 进行 提供 加强 解决 有关 相关 一些 很多 好多 不少 许多 大量 几年 好几 多年 ' +
    '越来越 不能 不会 不懂 不知道 没有 没 有 能 会 要 做 搞 弄 看看 看 来 去 教 教教 学 学习 了解 怎么 怎么办 ' +
    '如何 什么 为什么 是不是 能不能 可以 应该 一下 一起 一点 有点 比较 非常 特别 主要 进一步 及时 尽快 ' +
    '今后 以后 以前 之前 后来 每年 每天 发现 出现 存在 导致 造成 影响 严重 困难 缺乏 缺少 不足 不够 ' +
    '谢谢 感谢 单位 我村 我镇 我县 我院 我校 本地 当地 周边 附近 左右 上下 以上 以下 约 亩 户 人 个 名 次 年 月 天 ' +
    '还有 知道 不知道 不好 起来 不行 好几个 好多年 一个 两个 几个 一年 两年 可能 最好 或者 直接 经常 有没有 听说 下来 一到 ' +
    '来不及 过来 不想 不爱 愿意 意见 办法 想种 想养 想带 想开 想建 想建个 想搞 想学 着想 来教 人来 请人来 再教 来带 ' +
    '家里人 村里人 老百姓 群众 不出 出去 越来 没人 没人会 不到 不错 多少 一下子 这样 那样 怎样 啥 啥病 咋办 ' +
    '培训 带教 服务 帮扶 建设 发展 提高 提升 处理 管理 设计 运营'
  ).split(/\s+/u),
]);

/** A word of a text as the segmenter gives it: its normalised form and the dictionary words inside it. */
export interface TextToken {
  norm: string;
  subwords?: readonly { norm: string }[];
}

export interface DemandTerm {
  term: string;
  /**
   * Names what the demand is about (a crop, an animal: 番茄, 棉花), not its problem: it weighs `subjectWeight`, so an
   * expert of the crop alone ranks below one of the problem.
   */
  subject?: boolean;
  /** The word stands in the title (or the first part given). */
  inTitle: boolean;
  /** A sub-word of a longer word of the demand (康复 of 康复训练). */
  subword: boolean;
}

const LATIN = /^[a-z0-9][a-z0-9.+-]*$/u;
const NUMERIC = /^[\d.,%]+$/u;
const HAN = /\p{Script=Han}/u;

const normalisedText = new Map<string, string>();
/** NFKC and lower case, remembered: the matcher normalises the same specialties and words for every demand word. */
function normalise(text: string): string {
  let n = normalisedText.get(text);
  if (n === undefined) {
    n = text.normalize('NFKC').toLowerCase();
    if (normalisedText.size > 50_000) normalisedText.clear();
    normalisedText.set(text, n);
  }
  return n;
}

function isContentWord(word: string, vocabulary: Vocabulary): boolean {
  if (!word || DEMAND_STOP_WORDS.has(word) || NUMERIC.test(word)) return false;
  if ([...word].length === 1) return vocabulary.expansionsOf(word).length > 0; // 猪, 鸡 mean something; 动, 后 do not
  return HAN.test(word) || LATIN.test(word);
}

/** The synonym group a word belongs to (its smallest member), so 中风 and 脑卒中 in one demand count once. */
function conceptKey(word: string, vocabulary: Vocabulary): string {
  return [word, ...vocabulary.synonymsOf(word).map(normalise)].sort()[0]!;
}

/**
 * The words matching looks for in a demand: content words of the title and the sub-words of its longer words
 * (沼气池 → 沼气), then the same of the description, one per synonym group, at most `max`. A word the vocabulary
 * keeps whole (水肥一体化, a lexicon expression) gives no sub-words: 一体化 alone would find 城乡一体化.
 */
export function demandTerms(
  title: readonly TextToken[],
  description: readonly TextToken[],
  max: number = MATCH_CONFIG.terms.max,
  vocabulary: Vocabulary = Vocabulary.builtin(),
): DemandTerm[] {
  const out: DemandTerm[] = [];
  const seen = new Set<string>();
  const add = (word: string, inTitle: boolean, subword: boolean) => {
    const w = normalise(word).trim();
    if (!isContentWord(w, vocabulary)) return;
    const key = conceptKey(w, vocabulary);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ term: w, inTitle, subword, ...(vocabulary.isSubject(w) ? { subject: true } : {}) });
  };
  const subwords = (tokens: readonly TextToken[], inTitle: boolean) => {
    for (const t of tokens) {
      const w = normalise(t.norm);
      if (
        [...t.norm].length < MATCH_CONFIG.terms.subwordsFrom ||
        !isContentWord(w, vocabulary) ||
        vocabulary.isProtected(w)
      )
        continue;
      for (const s of t.subwords ?? []) if ([...s.norm].length >= 2) add(s.norm, inTitle, true);
    }
  };
  for (const t of title) add(t.norm, true, false);
  subwords(title, true);
  for (const t of description) add(t.norm, false, false);
  subwords(description, false);
  return out.slice(0, max);
}

/**
 * Inverse document frequency of a word found in `df` of `n` experts (BM25's form), capped; 0 when no expert
 * uses it (nothing to gain from looking for it).
 */
export function termWeight(
  df: number,
  n: number,
  term?: Pick<DemandTerm, 'inTitle' | 'subword' | 'subject'>,
): number {
  if (!(df > 0) || !(n > 0)) return 0;
  const idf = Math.log(1 + (Math.max(n, df) - df + 0.5) / (df + 0.5));
  let w = Math.min(MATCH_CONFIG.terms.idfCap, idf);
  if (term?.inTitle) w *= MATCH_CONFIG.terms.titleBoost;
  if (term?.subword) w *= MATCH_CONFIG.terms.partialCredit;
  if (term?.subject) w *= MATCH_CONFIG.terms.subjectWeight;
  return w;
}

/**
 * A weight without library statistics (recommending demands to one expert): dictionary words and longer words are
 * more specific than short everyday ones.
 */
export function heuristicTermWeight(term: DemandTerm, vocabulary: Vocabulary = Vocabulary.builtin()): number {
  let w = 1;
  if (vocabulary.expansionsOf(term.term).length > 0) w += 0.5;
  if ([...term.term].length >= 3) w += 0.25;
  if (term.inTitle) w *= MATCH_CONFIG.terms.titleBoost;
  if (term.subword) w *= MATCH_CONFIG.terms.partialCredit;
  if (term.subject) w *= MATCH_CONFIG.terms.subjectWeight;
  return w;
}

/**
 * The forms a word may take in an expert's text: itself, its domain synonyms and what the lexicon says experts
 * write for it (拉稀 → 腹泻), normalised.
 */
export function termAlternatives(term: string, vocabulary: Vocabulary = Vocabulary.builtin()): string[] {
  return [...new Set([normalise(term), ...vocabulary.expansionsOf(term).map(normalise)])];
}

/** Per Latin word, the pattern that finds it standing alone; null for any other word (a substring will do). */
const standalonePatterns = new BoundedMemo<string, RegExp | null>(20_000);
function standalonePattern(word: string): RegExp | null {
  return standalonePatterns.get(word, () => {
    // Latin words stand alone: AI is not the "ai" of "email".
    const escaped = word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    return LATIN.test(word) ? new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`, 'u') : null;
  });
}

function occursIn(text: string, word: string): boolean {
  if (!word) return false;
  const re = standalonePattern(word);
  return re ? re.test(text) : text.includes(word);
}

export interface WeightedTerm {
  term: string;
  weight: number;
  /** Most of the eligible library uses the word (see `genericShare`): never informative. */
  common?: boolean;
  /**
   * The word says what the problem is (its weight is close to the demand's strongest): matching it puts an expert
   * above every expert matched only on generic words or on the field. Unset: decided by `markInformative`.
   */
  informative?: boolean;
}

/**
 * Marks the words that say what the problem is: those weighing at least `informativeShare` of the strongest such
 * word, and not words of the setting (大棚, 鱼塘, 卫生院, 娃娃 — where or for whom) nor words most of the eligible
 * library uses (`common`: 防治, 改造, 系统).
 */
export function markInformative<T extends WeightedTerm>(
  terms: readonly T[],
  vocabulary: Vocabulary = Vocabulary.builtin(),
  /** false in a library too small for frequencies to tell (fewer than genericMinLibrary eligible experts). */
  relative = true,
): T[] {
  const setting = terms.map((t) => vocabulary.isContext(t.term) || t.common === true);
  const top = Math.max(0, ...terms.filter((_, i) => !setting[i]).map((t) => t.weight));
  return terms.map((t, i) => ({
    ...t,
    informative:
      !setting[i] &&
      top > 0 &&
      t.weight > 0 &&
      (!relative || t.weight >= top * MATCH_CONFIG.terms.informativeShare),
  }));
}

/** How an expert's text meets the demand: on the problem, only on generic words, or not at all (field only). */
export type MatchTier = 'PROBLEM' | 'GENERIC' | 'FIELD';

export const MATCH_TIER_RANK: Readonly<Record<MatchTier, number>> = { PROBLEM: 2, GENERIC: 1, FIELD: 0 };

export interface TermCoverage {
  /** 0..1: the weight of the words found, relative to the weight of the demand's strongest words. */
  coverage: number;
  /** The demand's words found, in the demand's order. */
  matched: string[];
  /** The informative words found in the primary text (the specialties): the sub-problems the expert covers. */
  problems: string[];
  tier: MatchTier;
  /**
   * 0..1: the share of the specialties' clauses (split at ，；。、) that hold a word of the demand — how much of what
   * the expert does is about this problem (a planner who mentions 水肥一体化 once among five other topics: 0.2).
   */
  focus: number;
}

/**
 * Specialties texts whose clauses and characters are remembered: a few requests' candidates (a few hundred each),
 * a few MB at most (a text ~100–300 characters); past it the memory starts again.
 */
const REMEMBERED_TEXTS = 5_000;
const textClauses = new BoundedMemo<string, readonly string[]>(REMEMBERED_TEXTS);
/** Clauses of a specialties text: the units experts list their topics in (remembered: the same experts recur). */
function clausesOf(text: string): readonly string[] {
  return textClauses.get(text, () =>
    text
      .split(/[，,；;。.、\n]+/u)
      .map((c) => c.trim())
      .filter((c) => [...c].length >= 2),
  );
}

/** A demand's weighted words as termCoverage reads them, worked out once per words list (not once per expert). */
interface CoverageTerms {
  vocabulary: Vocabulary;
  /** The weight of the `coverageTop` strongest words. */
  norm: number;
  terms: {
    term: string;
    informative: boolean;
    /** The credit when found (generic words at `genericCredit`). */
    weight: number;
    /** The word and its synonyms, normalised. */
    forms: readonly string[];
    /** Its broader and narrower words, normalised. */
    related: readonly string[];
  }[];
}

const coverageTermsOf = new WeakMap<readonly WeightedTerm[], CoverageTerms>();
function coverageTerms(terms: readonly WeightedTerm[], vocabulary: Vocabulary): CoverageTerms {
  const known = coverageTermsOf.get(terms);
  if (known && known.vocabulary === vocabulary) return known;
  const marked = terms.some((t) => t.informative !== undefined) ? terms : markInformative(terms, vocabulary);
  const norm = marked
    .map((t) => t.weight)
    .filter((w) => w > 0)
    .sort((a, b) => b - a)
    .slice(0, MATCH_CONFIG.terms.coverageTop)
    .reduce((sum, w) => sum + w, 0);
  const prepared: CoverageTerms = {
    vocabulary,
    norm,
    terms: marked
      .filter((t) => t.weight > 0)
      .map((t) => ({
        term: t.term,
        informative: t.informative === true,
        weight: t.informative ? t.weight : t.weight * MATCH_CONFIG.terms.genericCredit,
        forms: termAlternatives(t.term, vocabulary),
        related: [...vocabulary.broaderOf(t.term), ...vocabulary.narrowerOf(t.term)].map(normalise),
      })),
  };
  coverageTermsOf.set(terms, prepared);
  return prepared;
}

/**
 * How much of the demand's words an expert's text covers: a word counts when it or a synonym occurs in `primary`
 * (the specialties), half when only in `secondary` (title, field names) or only through a broader word (番茄 →
 * 蔬菜). The sum is relative to the weight of the `coverageTop` strongest words, so an expert covering a demand's
 * core is fully relevant however long the demand. Generic words (not informative) count at `genericCredit`: an
 * expert matched only on them stays weak.
 */
export function termCoverage(
  terms: readonly WeightedTerm[],
  primary: string,
  secondary = '',
  vocabulary: Vocabulary = Vocabulary.builtin(),
): TermCoverage {
  // Called once per candidate with the same words: what depends on the words alone is worked out once.
  const { norm, terms: prepared } = coverageTerms(terms, vocabulary);
  if (!(norm > 0)) return { coverage: 0, matched: [], problems: [], tier: 'FIELD', focus: 0 };
  const p = normalise(primary);
  const s = normalise(secondary);
  const clauses = clausesOf(p);
  let credit = 0;
  const matched: string[] = [];
  const problems: string[] = [];
  const hitClauses = new Set<number>();
  const markClauses = (found: readonly string[]) =>
    clauses.forEach((c, i) => {
      if (found.some((f) => occursIn(c, f))) hitClauses.add(i);
    });
  for (const t of prepared) {
    const found = t.forms.filter((f) => occursIn(p, f));
    if (found.length) {
      credit += t.weight;
      matched.push(t.term);
      if (t.informative) problems.push(t.term);
      markClauses(found);
    } else if (s && t.forms.some((f) => occursIn(s, f))) {
      credit += t.weight * MATCH_CONFIG.terms.partialCredit;
      matched.push(t.term);
    } else {
      const broader = t.related.filter((f) => occursIn(p, f));
      if (!broader.length) continue;
      credit += t.weight * MATCH_CONFIG.terms.partialCredit;
      matched.push(t.term);
      if (t.informative) problems.push(t.term);
      markClauses(broader);
    }
  }
  const tier: MatchTier = problems.length ? 'PROBLEM' : matched.length ? 'GENERIC' : 'FIELD';
  const focus = clauses.length ? hitClauses.size / clauses.length : 0;
  return { coverage: Math.min(1, credit / norm), matched, problems, tier, focus };
}

/**
 * The specialty feature of the score: coverage, discounted when little of what the expert does is about the problem
 * (focus), never by more than `1 − focusFloor`.
 */
export function specialtyValue(cover: Pick<TermCoverage, 'coverage' | 'focus'>): number {
  const floor = MATCH_CONFIG.terms.focusFloor;
  return cover.coverage * (floor + (1 - floor) * Math.min(1, Math.max(0, cover.focus)));
}

/** Characters too common in specialties to say anything (与, 技术, 管理, 防治 …). */
const COMMON_CHARS = new Set([
  ...'与和及的了在之其等对为技术管理研究应用开发建设推广培训指导系统工程服务体系综合规范防治控制提升基层',
]);

const affinityChars = (text: string): ReadonlySet<string> =>
  new Set([...normalise(text)].filter((c) => HAN.test(c) && !COMMON_CHARS.has(c)));
// Remembered per words list and per specialties text: textAffinity is called once per candidate.
const affinityCharsOfTerms = new WeakMap<readonly Pick<DemandTerm, 'term'>[], ReadonlySet<string>>();
const affinityCharsOfText = new BoundedMemo<string, ReadonlySet<string>>(REMEMBERED_TEXTS);

/**
 * A weak, character-level affinity between the demand's words and an expert's specialties (0..1): the characters
 * they share (羊羔 and 羊常见病 share 羊), relative to both lengths. It only orders experts no word of the demand
 * found — it never makes one relevant.
 */
export function textAffinity(terms: readonly Pick<DemandTerm, 'term'>[], specialties: string): number {
  let demand = affinityCharsOfTerms.get(terms);
  if (!demand) {
    demand = affinityChars(terms.map((t) => t.term).join(''));
    affinityCharsOfTerms.set(terms, demand);
  }
  const expert = affinityCharsOfText.get(specialties, () => affinityChars(specialties));
  if (!demand.size || !expert.size) return 0;
  let shared = 0;
  for (const c of expert) if (demand.has(c)) shared++;
  return shared / Math.sqrt(demand.size * expert.size);
}

/**
 * Hints for a demand's fields from its words (the lexicon's fields of each word), most hinted first: for suggesting
 * fields while a unit writes a demand.
 */
export function fieldHints(
  terms: readonly Pick<DemandTerm, 'term'>[],
  vocabulary: Vocabulary = Vocabulary.builtin(),
): Field[] {
  const count = new Map<Field, number>();
  for (const t of terms) for (const f of vocabulary.fieldsOf(t.term)) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
}

// ---------------------------------------------------------------------------------------------------------------
// Hard rules

export interface Booking {
  teamName: string;
  startDate: string;
  endDate: string;
}

export interface HardRuleFacts {
  active: boolean;
  demandFields: readonly Field[];
  expertFields: readonly Field[];
  minTitleLevel: TitleLevel | null;
  titleLevel: TitleLevel;
  /** The expert works for the demanding unit (回避). */
  sameOrganization: boolean;
  /** INVITED/CONFIRMED assignments overlapping the demand's wanted period. */
  bookings: readonly Booking[];
  /** Days served in the year of the demand (confirmed assignments). */
  daysServed: number;
  annualCapDays: number;
  /** Days the demand expects; the cap counts them in when known. */
  expectedDays: number | null;
  /** The year the days are counted in, and the current year (to say 今年). */
  year: number;
  currentYear: number;
}

/** Which hard rule a finding breaks. */
export type HardRuleCode = 'INACTIVE' | 'FIELD' | 'TITLE' | 'CONFLICT_OF_INTEREST' | 'BOOKED' | 'ANNUAL_CAP';

/** What each hard rule is called (the API's enum descriptions). */
export const HARD_RULE_LABELS: Readonly<Record<HardRuleCode, string>> = {
  INACTIVE: '专家已停用',
  FIELD: '不在需求的服务领域',
  TITLE: '职称低于需求要求',
  CONFLICT_OF_INTEREST: '与需求单位为同一单位（回避）',
  BOOKED: '服务期内已在其他服务团中',
  ANNUAL_CAP: '达到或将超过年度服务上限',
};

/** One hard rule broken: the full sentence, a short label for a greyed candidate row, and when it stops applying. */
export interface HardRuleFinding {
  code: HardRuleCode;
  /** The rule broken, in words a dispatcher can act on (explainExclusion's conflicts). */
  message: string;
  /** Short, for a candidate row: 在服务团「…」中至 2027-03-10, 回避（与需求单位为同一单位）, 今年已达年度上限. */
  label: string;
  /** The first day the rule no longer holds the expert back (YYYY-MM-DD); null when it never will for this demand. */
  freeFrom: string | null;
}

/** The day after an inclusive date (YYYY-MM-DD). */
function dayAfter(date: string): string {
  return new Date(Date.parse(date + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10);
}

/** Every hard rule the expert breaks for this demand, in the order a dispatcher reads them; empty when all hold. */
export function hardRuleFindings(f: HardRuleFacts): HardRuleFinding[] {
  const out: HardRuleFinding[] = [];
  if (!f.active) out.push({ code: 'INACTIVE', message: '专家已停用', label: '已停用', freeFrom: null });
  if (f.demandFields.length > 0 && !f.demandFields.some((x) => f.expertFields.includes(x))) {
    const message = `不在该需求的服务领域（${f.demandFields.map((x) => FIELD_LABELS[x]).join('、')}）`;
    out.push({ code: 'FIELD', message, label: '领域不符', freeFrom: null });
  }
  if (f.minTitleLevel && TITLE_LEVEL_RANK[f.titleLevel] < TITLE_LEVEL_RANK[f.minTitleLevel]) {
    out.push({
      code: 'TITLE',
      message: `职称低于需求要求的${TITLE_LEVEL_LABELS[f.minTitleLevel]}`,
      label: '职称不符',
      freeFrom: null,
    });
  }
  if (f.sameOrganization) {
    out.push({
      code: 'CONFLICT_OF_INTEREST',
      message: '与需求单位为同一单位，需回避',
      label: '回避（与需求单位为同一单位）',
      freeFrom: null,
    });
  }
  for (const b of f.bookings) {
    out.push({
      code: 'BOOKED',
      message: `该时段已在服务团‘${b.teamName}’中（${b.startDate} 至 ${b.endDate}）`,
      label: `在服务团「${b.teamName}」中至 ${b.endDate}`,
      freeFrom: dayAfter(b.endDate),
    });
  }
  const when = f.year === f.currentYear ? '今年' : `${f.year} 年`;
  // Days served only grow within a year: the cap frees the expert on the next 1 January.
  const nextYear = `${f.year + 1}-01-01`;
  if (f.daysServed >= f.annualCapDays) {
    out.push({
      code: 'ANNUAL_CAP',
      message: `${when}已服务 ${f.daysServed} 天，达到年度上限`,
      label: `${when}已达年度上限（已服务 ${f.daysServed} 天）`,
      freeFrom: nextYear,
    });
  } else if (f.expectedDays && f.daysServed + f.expectedDays > f.annualCapDays) {
    out.push({
      code: 'ANNUAL_CAP',
      message: `${when}已服务 ${f.daysServed} 天，加上本需求预计 ${f.expectedDays} 天将超过年度上限 ${f.annualCapDays} 天`,
      label: `${when}将超过年度上限（已服务 ${f.daysServed} 天）`,
      freeFrom: nextYear,
    });
  }
  return out;
}

/** Why the expert may not serve this demand, in words a dispatcher can act on; empty when every hard rule holds. */
export function hardRuleConflicts(f: HardRuleFacts): string[] {
  return hardRuleFindings(f).map((x) => x.message);
}

/** Rules that hold back an expert who otherwise fits: such a candidate stays in the dispatcher's list, greyed. */
const LISTED_WHEN_UNAVAILABLE: ReadonlySet<HardRuleCode> = new Set([
  'BOOKED',
  'CONFLICT_OF_INTEREST',
  'ANNUAL_CAP',
]);

/** Whether a candidate can be picked, and if not, why (short labels) and from when (null: not for this demand). */
export interface CandidateAvailability {
  available: boolean;
  /**
   * Shown to the dispatcher (greyed when not available): available, or held back only by bookings, 回避 or the
   * annual cap. An expert of another field, below the minimum title or inactive is not a candidate at all.
   */
  listed: boolean;
  /** The labels of the rules broken, joined with ；(null when available). */
  reason: string | null;
  codes: HardRuleCode[];
  /** The day every rule broken has stopped applying; null when available or when one never will (回避). */
  freeFrom: string | null;
}

export function candidateAvailability(findings: readonly HardRuleFinding[]): CandidateAvailability {
  if (!findings.length) return { available: true, listed: true, reason: null, codes: [], freeFrom: null };
  const never = findings.some((x) => x.freeFrom === null);
  return {
    available: false,
    listed: findings.every((x) => LISTED_WHEN_UNAVAILABLE.has(x.code)),
    reason: findings.map((x) => x.label).join('；'),
    codes: [...new Set(findings.map((x) => x.code))],
    freeFrom: never ? null : findings.map((x) => x.freeFrom!).reduce((a, b) => (a > b ? a : b)),
  };
}

/** Things a dispatcher should know about an eligible expert (they do not exclude). */
export function matchWarnings(f: {
  daysServed: number;
  annualCapDays: number;
  declinedBefore?: boolean;
  year: number;
  currentYear: number;
}): string[] {
  const out: string[] = [];
  const when = f.year === f.currentYear ? '今年' : `${f.year} 年`;
  if (
    f.daysServed < f.annualCapDays &&
    f.daysServed >= f.annualCapDays * MATCH_CONFIG.thresholds.nearCapShare
  ) {
    out.push(`${when}已服务 ${f.daysServed} 天，接近年度上限 ${f.annualCapDays} 天`);
  }
  if (f.declinedBefore) out.push('曾婉拒本需求的邀请');
  return out;
}

/** Calendar days of the periods (inclusive dates) that fall in `year`; overlapping periods count once. */
export function daysInYear(periods: readonly { startDate: string; endDate: string }[], year: number): number {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year, 11, 31);
  const DAY = 86_400_000;
  const spans = periods
    .map(
      (p) =>
        [
          Math.max(from, Date.parse(p.startDate + 'T00:00:00Z')),
          Math.min(to, Date.parse(p.endDate + 'T00:00:00Z')),
        ] as const,
    )
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a <= b)
    .sort((x, y) => x[0] - y[0]);
  let days = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    const start = Math.max(a, end + DAY);
    if (b >= start) days += (b - start) / DAY + 1;
    end = Math.max(end, b);
  }
  return Math.round(days);
}

/** Do two periods of inclusive dates overlap? */
export function periodsOverlap(
  a: { startDate: string; endDate: string },
  b: { startDate: string; endDate: string },
): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

// ---------------------------------------------------------------------------------------------------------------
// The score

export type MatchReasonCode =
  | 'SPECIALTY_STRONG'
  | 'SPECIALTY'
  | 'TEXT'
  | 'FIELDS'
  | 'FIELDS_PARTIAL'
  | 'TITLE'
  | 'HONOUR'
  | 'SAME_COUNTY'
  | 'SAME_CITY'
  | 'SAME_PROVINCE'
  | 'PARTNER'
  | 'AVAILABLE'
  | 'LOW_LOAD'
  | 'RATING'
  | 'VOLUNTEERED';

export interface MatchReason {
  code: MatchReasonCode;
  /** Short, for a tag: 专长高度相关, 同区县, 已揭榜 … */
  label: string;
  /** What this reason added to the score (0..1; the reasons of a match sum to at most its score). */
  weight: number;
  /** Specifics: the words found, the honour, the days served … */
  detail?: string;
}

export interface MatchFeatures {
  /** termCoverage of the expert's specialties (0..1). */
  specialty: number;
  /** The demand's words the expert's text contains (for the reason's detail). */
  matchedTerms?: readonly string[];
  /** The search engine's relevance (0..1); null when not measured (recommending demands): the specialty stands in. */
  text: number | null;
  /** textAffinity (0..1): counts in the text feature at `affinityShare` when the engine found less. */
  affinity?: number;
  demandFields: readonly Field[];
  expertFields: readonly Field[];
  titleLevel: TitleLevel;
  honours: readonly Honour[];
  region: RegionDistance;
  /** The demand's region, for the wording of the region reason. */
  demandRegion?: string;
  /** Free in the wanted period; null when the demand names no period. */
  available: boolean | null;
  daysServed: number;
  annualCapDays: number;
  /** Average of past ratings (1..5) and how many; null before the first. */
  rating: { average: number; count: number } | null;
  volunteered: boolean;
}

export interface ScoredMatch {
  /** 0..1, rounded to 4 decimals. */
  score: number;
  /** Relevance alone (specialty, text, fields), 0..1. */
  relevance: number;
  /** Largest contribution first. */
  reasons: MatchReason[];
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function honourValue(honours: readonly Honour[]): number {
  const values = [...new Set(honours)].map((h) => MATCH_CONFIG.honourValue[h] ?? 0).sort((a, b) => b - a);
  if (values.length === 0) return 0;
  return clamp01(values[0]! + MATCH_CONFIG.honourExtra * (values.length - 1));
}

/** A rating average pulled towards the prior while there are few ratings, mapped from 1..5 to 0..1. */
export function ratingValue(rating: { average: number; count: number } | null): number | null {
  if (!rating || !(rating.count > 0)) return null;
  const { mean, count } = MATCH_CONFIG.ratingPrior;
  const adjusted = (rating.average * rating.count + mean * count) / (rating.count + count);
  return clamp01((adjusted - 1) / 4);
}

export function loadValue(daysServed: number, annualCapDays: number): number {
  if (!(annualCapDays > 0)) return 0;
  return clamp01(1 - daysServed / annualCapDays);
}

/** Scores one expert for one demand: 0..1 with the reasons, largest contribution first. */
export function scoreMatch(f: MatchFeatures): ScoredMatch {
  const W = MATCH_CONFIG.weights;
  const T = MATCH_CONFIG.thresholds;
  const reasons: MatchReason[] = [];
  const add = (code: MatchReasonCode, label: string, weight: number, detail?: string) => {
    if (weight >= T.reasonMin)
      reasons.push({ code, label, weight: round(weight), ...(detail ? { detail } : {}) });
  };

  // Relevance.
  const specialty = clamp01(f.specialty);
  const text = Math.max(
    f.text === null ? specialty : clamp01(f.text),
    clamp01(f.affinity ?? 0) * MATCH_CONFIG.affinityShare,
  );
  const coveredFields = f.demandFields.filter((x) => f.expertFields.includes(x));
  const fieldShare = f.demandFields.length ? coveredFields.length / new Set(f.demandFields).size : 0;
  const relevanceParts = {
    specialty: W.specialty * specialty,
    text: W.text * text,
    fields: W.fields * clamp01(fieldShare),
  };
  const relevanceWeight = W.specialty + W.text + W.fields;
  const relevance =
    (relevanceParts.specialty + relevanceParts.text + relevanceParts.fields) / relevanceWeight;
  const gate = clamp01(relevance / MATCH_CONFIG.relevanceGate);

  const words = (f.matchedTerms ?? []).slice(0, 6).join('、');
  if (specialty >= T.specialtyStrong)
    add('SPECIALTY_STRONG', '专长高度相关', relevanceParts.specialty, words ? `命中：${words}` : undefined);
  else if (specialty >= T.specialty)
    add('SPECIALTY', '专长相关', relevanceParts.specialty, words ? `命中：${words}` : undefined);
  if (f.text !== null && text >= T.text) add('TEXT', '资料与需求描述相关', relevanceParts.text);
  const fieldNames = coveredFields.map((x) => FIELD_LABELS[x]).join('、');
  if (fieldShare >= 1)
    add(
      'FIELDS',
      f.demandFields.length > 1 ? '覆盖需求的全部领域' : '服务领域相符',
      relevanceParts.fields,
      fieldNames,
    );
  else if (fieldShare > 0) add('FIELDS_PARTIAL', '覆盖需求的部分领域', relevanceParts.fields, fieldNames);

  // Suitability, counted in full only for a relevant expert.
  const title = MATCH_CONFIG.titleValue[f.titleLevel] ?? 0;
  const honours = honourValue(f.honours);
  const region = MATCH_CONFIG.regionValue[f.region];
  const available = f.available === null ? MATCH_CONFIG.neutral.available : f.available ? 1 : 0;
  const load = loadValue(f.daysServed, f.annualCapDays);
  const rated = ratingValue(f.rating);
  const rating = rated ?? MATCH_CONFIG.neutral.rating;
  const volunteered = f.volunteered ? 1 : 0;
  const part = (w: number, v: number) => w * v * gate;

  if (f.titleLevel !== 'INTERMEDIATE')
    add('TITLE', `${TITLE_LEVEL_LABELS[f.titleLevel]}职称`, part(W.title, title));
  const named = [...new Set(f.honours)]
    .filter((h) => h !== 'OTHER')
    .sort((a, b) => MATCH_CONFIG.honourValue[b] - MATCH_CONFIG.honourValue[a]);
  if (named.length)
    add(
      'HONOUR',
      HONOUR_LABELS[named[0]!],
      part(W.honours, honours),
      named.length > 1 ? named.map((h) => HONOUR_LABELS[h]).join('、') : undefined,
    );
  const regionLabel = regionDistanceLabel(f.region, f.demandRegion);
  if (regionLabel) add(f.region as MatchReasonCode, regionLabel, part(W.region, region));
  if (f.available === true) add('AVAILABLE', '服务期内有空', part(W.available, available));
  if (f.daysServed <= f.annualCapDays * T.lowLoadShare)
    add('LOW_LOAD', '今年服务天数较少', part(W.load, load), `已服务 ${f.daysServed} 天`);
  if (rated !== null && f.rating && f.rating.average >= T.goodRating) {
    add(
      'RATING',
      '以往评价较好',
      part(W.rating, rating),
      `平均 ${f.rating.average.toFixed(1)} 分（${f.rating.count} 次）`,
    );
  }
  if (f.volunteered) add('VOLUNTEERED', '已揭榜', part(W.volunteered, volunteered));

  const suitability =
    W.title * title +
    W.honours * honours +
    W.region * region +
    W.available * available +
    W.load * load +
    W.rating * rating +
    W.volunteered * volunteered;
  const score = relevanceParts.specialty + relevanceParts.text + relevanceParts.fields + gate * suitability;
  reasons.sort((a, b) => b.weight - a.weight);
  return { score: round(clamp01(score)), relevance: round(relevance), reasons };
}

/**
 * Best first: an expert matched on the problem before one matched only on generic words, before one matched only
 * on the field; then by score, standing, and id so that the order is stable.
 */
export function compareMatches(
  a: { id: string; score: number; standing?: Standing; tier?: MatchTier },
  b: { id: string; score: number; standing?: Standing; tier?: MatchTier },
): number {
  const tier = (x: { tier?: MatchTier }) => (x.tier ? MATCH_TIER_RANK[x.tier] : MATCH_TIER_RANK.PROBLEM);
  return (
    tier(b) - tier(a) ||
    b.score - a.score ||
    STANDING_RANK[b.standing ?? 'OTHER'] - STANDING_RANK[a.standing ?? 'OTHER'] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Scores that read like the order: an expert of a lower tier never shows a higher score than the weakest expert of
 * a higher tier. Each lower tier is scaled down as a whole (its own order and its reasons' proportions kept).
 */
export function settleTierScores<T extends { score: number; tier: MatchTier; reasons: MatchReason[] }>(
  items: readonly T[],
): T[] {
  const out = items.map((x) => ({ ...x }));
  let floor = Infinity;
  for (const tier of ['PROBLEM', 'GENERIC', 'FIELD'] as const) {
    const members = out.filter((x) => x.tier === tier);
    if (!members.length) continue;
    const top = Math.max(...members.map((x) => x.score));
    if (Number.isFinite(floor) && top >= floor && top > 0) {
      const factor = (floor * 0.98) / top;
      for (const x of members) {
        x.score = round(x.score * factor);
        x.reasons = x.reasons.map((r) => ({ ...r, weight: round(r.weight * factor) }));
      }
    }
    floor = Math.min(floor, ...members.map((x) => x.score));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Team suggestion

export interface TeamCandidate {
  id: string;
  fields: readonly Field[];
  standing: Standing;
  score: number;
  /** Relevance alone (0..1); defaults to the score. */
  relevance?: number;
  /** Defaults to PROBLEM. */
  tier?: MatchTier;
  /** The demand's informative words the candidate covers (its sub-problems). */
  problems?: readonly string[];
}

export interface TeamPlan {
  leadId: string | null;
  memberIds: string[];
  /** Fields of the demand no one in the suggested team serves (whether or not the library has someone). */
  uncoveredFields: Field[];
}

/**
 * A team of `size` (lead included) from eligible candidates. The lead comes from the most relevant: among the
 * candidates of the best tier (matched on the problem) whose relevance is at least `leadRelevanceShare` of the most
 * relevant, the one of the highest standing (院士 > honoured 正高 > 正高 > 副高), the better score on a tie. Members
 * then cover every field of the demand (a candidate adding uncovered fields, if relevant enough), then the
 * demand's distinct sub-problems (a candidate adding informative words the team lacks), then the best scores above
 * `memberScoreShare` of the best among those as relevant as the lead (its tier): a team of fewer than `size` rather
 * than members matched only on the field or on generic words. When the places run out while a field is still uncovered, the team grows by one
 * relevant expert per such field; a field no relevant candidate serves stays uncovered.
 */
export function planTeam(
  demandFields: readonly Field[],
  size: number,
  candidates: readonly TeamCandidate[],
): TeamPlan {
  const fields = [...new Set(demandFields)];
  const pool = [...candidates].sort(compareMatches);
  const places = Math.max(0, Math.floor(size));
  if (pool.length === 0 || places === 0) return { leadId: null, memberIds: [], uncoveredFields: fields };
  const T = MATCH_CONFIG.team;
  const rel = (c: TeamCandidate) => c.relevance ?? c.score;
  const tierOf = (c: TeamCandidate) => c.tier ?? 'PROBLEM';
  const best = pool[0]!.score;

  const topTier = tierOf(pool[0]!);
  const contenders = pool.filter((c) => tierOf(c) === topTier);
  const topRelevance = Math.max(...contenders.map(rel));
  const leadPool = contenders.filter((c) => rel(c) >= topRelevance * T.leadRelevanceShare);
  const lead = leadPool.reduce(
    (a, c) => (STANDING_RANK[c.standing] > STANDING_RANK[a.standing] ? c : a),
    leadPool[0]!,
  );

  const team = [lead];
  const covered = new Set<Field>(lead.fields.filter((f) => fields.includes(f)));
  const solved = new Set<string>(lead.problems ?? []);
  const rest = pool.filter((c) => c.id !== lead.id);
  const take = (c: TeamCandidate) => {
    team.push(c);
    rest.splice(rest.indexOf(c), 1);
    for (const f of c.fields) if (fields.includes(f)) covered.add(f);
    for (const p of c.problems ?? []) solved.add(p);
  };
  /** The candidate adding most of what `gain` counts (first in pool order on a tie), if any adds something. */
  const bestBy = (gain: (c: TeamCandidate) => number, eligible: (c: TeamCandidate) => boolean) => {
    let pick: TeamCandidate | undefined;
    let most = 0;
    for (const c of rest) {
      if (!eligible(c)) continue;
      const g = gain(c);
      if (g > most) {
        most = g;
        pick = c;
      }
    }
    return pick;
  };
  const addsFields = (c: TeamCandidate) =>
    c.fields.filter((f) => fields.includes(f) && !covered.has(f)).length;
  const relevantForField = (c: TeamCandidate) => tierOf(c) === 'PROBLEM' && rel(c) >= T.fieldMemberRelevance;

  while (team.length < places) {
    const pick =
      bestBy(addsFields, relevantForField) ??
      bestBy(
        (c) => (c.problems ?? []).filter((p) => !solved.has(p)).length,
        (c) => tierOf(c) === 'PROBLEM' && c.score >= best * T.memberScoreShare,
      ) ??
      rest.find((c) => tierOf(c) === topTier && c.score >= best * T.memberScoreShare);
    if (!pick) break;
    take(pick);
  }
  // The places are used up but a field is not served: one more expert for it, if a relevant one exists.
  for (let extra = fields.length - covered.size; extra > 0; extra--) {
    const pick = bestBy(addsFields, relevantForField);
    if (!pick) break;
    take(pick);
  }
  return {
    leadId: lead.id,
    memberIds: team.filter((c) => c !== lead).map((c) => c.id),
    uncoveredFields: fields.filter((f) => !covered.has(f)),
  };
}
