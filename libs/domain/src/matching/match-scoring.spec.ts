import { describe, expect, it } from 'vitest';
import {
  MATCH_CONFIG,
  compareMatches,
  daysInYear,
  demandTerms,
  hardRuleConflicts,
  hardRuleFindings,
  candidateAvailability,
  heuristicTermWeight,
  honourValue,
  loadValue,
  matchWarnings,
  periodsOverlap,
  planTeam,
  ratingValue,
  regionDistance,
  regionDistanceLabel,
  scoreMatch,
  standingOf,
  termAlternatives,
  termCoverage,
  termWeight,
  markInformative,
  settleTierScores,
  specialtyValue,
  textAffinity,
  fieldHints,
  type HardRuleFacts,
  type MatchFeatures,
  type TeamCandidate,
  type TextToken,
  type WeightedTerm,
} from './match-scoring.js';
import { Vocabulary, withLexiconExpressions } from '../text/vocabulary.js';

const PARTNERS = [
  { servingCode: '310000', servedCode: '653125' }, // 上海 → 莎车县
  { servingCode: '310000', servedCode: '532600' }, // 上海 → 文山州
];

/** An average, relevant expert: half the demand's words, in the field, 副高, same province, free, little load. */
const BASE: MatchFeatures = {
  specialty: 0.5,
  matchedTerms: ['脑卒中', '康复'],
  text: 0.5,
  demandFields: ['MEDICAL'],
  expertFields: ['MEDICAL'],
  titleLevel: 'ASSOCIATE',
  honours: [],
  region: 'SAME_PROVINCE',
  demandRegion: '530828',
  available: true,
  daysServed: 20,
  annualCapDays: 60,
  rating: null,
  volunteered: false,
};

const tokens = (...words: string[]): TextToken[] => words.map((norm) => ({ norm }));

describe('MATCH_CONFIG', () => {
  it('has weights that sum to 1, so a score is 0..1', () => {
    const sum = Object.values(MATCH_CONFIG.weights).reduce((s, w) => s + w, 0);
    expect(sum).toBeCloseTo(1, 10);
    for (const w of Object.values(MATCH_CONFIG.weights)) expect(w).toBeGreaterThan(0);
  });

  it('weighs relevance above any single suitability feature', () => {
    const W = MATCH_CONFIG.weights;
    const suitability = [W.title, W.honours, W.region, W.available, W.load, W.rating, W.volunteered];
    expect(W.specialty).toBeGreaterThan(Math.max(...suitability) * 3);
    expect(W.specialty + W.text + W.fields).toBeGreaterThan(0.5);
  });
});

describe('regionDistance', () => {
  it('tells county, city, province, partner and farther apart', () => {
    expect(regionDistance('653125', '653125')).toBe('SAME_COUNTY');
    expect(regionDistance('653126', '653125')).toBe('SAME_CITY'); // 叶城县 and 莎车县, both in 喀什地区
    expect(regionDistance('310104', '310116')).toBe('SAME_CITY'); // districts of a municipality
    expect(regionDistance('650102', '653125')).toBe('SAME_PROVINCE'); // 乌鲁木齐 and 莎车
    expect(regionDistance('310104', '653125', PARTNERS)).toBe('PARTNER');
    expect(regionDistance('310000', '532627', PARTNERS)).toBe('PARTNER'); // 上海 serves every county of 文山州
    expect(regionDistance('310104', '532528', PARTNERS)).toBe('OTHER'); // 元阳县 is in 红河州, not paired here
    expect(regionDistance('320102', '653125', PARTNERS)).toBe('OTHER'); // 南京 does not serve 莎车
    expect(regionDistance('xx', '653125')).toBe('OTHER');
  });

  it('reads equal codes by their level and a province-level expert as of the province', () => {
    expect(regionDistance('653100', '653100')).toBe('SAME_CITY');
    expect(regionDistance('650000', '650000')).toBe('SAME_PROVINCE');
    expect(regionDistance('650000', '653125')).toBe('SAME_PROVINCE');
    expect(regionDistance('310000', '310116')).toBe('SAME_PROVINCE');
  });

  it('takes the nearer of geography and partnership', () => {
    const inProvince = [{ servingCode: '650100', servedCode: '653125' }];
    expect(regionDistance('650102', '653125', inProvince)).toBe('PARTNER'); // partner ranks above same province
    expect(regionDistance('653126', '653125', [{ servingCode: '653126', servedCode: '653125' }])).toBe(
      'SAME_CITY',
    );
  });

  it('labels the distance as dispatchers say it', () => {
    expect(regionDistanceLabel('SAME_COUNTY')).toBe('同区县');
    expect(regionDistanceLabel('SAME_CITY', '653125')).toBe('同地市');
    expect(regionDistanceLabel('SAME_CITY', '310116')).toBe('同市');
    expect(regionDistanceLabel('SAME_PROVINCE')).toBe('同省份');
    expect(regionDistanceLabel('PARTNER')).toBe('对口帮扶省份');
    expect(regionDistanceLabel('OTHER')).toBeNull();
  });
});

describe('standingOf', () => {
  it('orders 院士 > honoured 正高 > 正高 > 副高', () => {
    expect(standingOf('SENIOR', ['ACADEMICIAN'])).toBe('ACADEMICIAN');
    expect(standingOf('ASSOCIATE', ['ACADEMICIAN'])).toBe('ACADEMICIAN');
    expect(standingOf('SENIOR', ['SPECIAL_ALLOWANCE'])).toBe('HONOURED_SENIOR');
    expect(standingOf('SENIOR', ['MAJOR_TALENT_PROGRAM', 'POSTDOC'])).toBe('HONOURED_SENIOR');
    expect(standingOf('SENIOR', ['POSTDOC', 'RETURNEE', 'OTHER'])).toBe('SENIOR');
    expect(standingOf('SENIOR', [])).toBe('SENIOR');
    expect(standingOf('ASSOCIATE', ['SPECIAL_ALLOWANCE'])).toBe('ASSOCIATE');
    expect(standingOf('INTERMEDIATE', [])).toBe('OTHER');
  });
});

describe('demandTerms', () => {
  it('keeps content words, title first, and drops what grassroots people write around them', () => {
    const title = tokens('老人', '中风', '后', '康复训练', '指导');
    const description = tokens(
      '村里',
      '好多',
      '老人',
      '中风',
      '后',
      '半边',
      '身子',
      '不能',
      '动',
      '想',
      '请',
      '专家',
      '来',
      '教',
      '康复训练',
      '120',
      '亩',
    );
    expect(demandTerms(title, description)).toEqual([
      { term: '老人', inTitle: true, subword: false },
      { term: '中风', inTitle: true, subword: false },
      { term: '康复训练', inTitle: true, subword: false },
      { term: '半边', inTitle: false, subword: false },
      { term: '身子', inTitle: false, subword: false },
    ]);
  });

  it('counts a synonym group once and keeps meaningful single characters', () => {
    const terms = demandTerms(tokens('中风', '病人'), tokens('脑卒中', '卒中', '猪', '鸡', '动'));
    expect(terms.map((t) => t.term)).toEqual(['中风', '病人', '猪', '鸡']);
  });

  it('adds the sub-words of longer words after the words of their part, and stops at the maximum', () => {
    const title: TextToken[] = [
      { norm: '康复训练', subwords: [{ norm: '康复' }, { norm: '训练' }] },
      { norm: '沼气工程', subwords: [{ norm: '沼气' }, { norm: '工程' }] },
      { norm: '大棚', subwords: [{ norm: '棚' }] },
    ];
    const description: TextToken[] = [{ norm: '番茄' }, { norm: '粗加工', subwords: [{ norm: '加工' }] }];
    const terms = demandTerms(title, description);
    expect(terms).toEqual([
      { term: '康复训练', inTitle: true, subword: false },
      { term: '沼气工程', inTitle: true, subword: false },
      { term: '大棚', inTitle: true, subword: false },
      { term: '康复', inTitle: true, subword: true },
      { term: '训练', inTitle: true, subword: true },
      { term: '沼气', inTitle: true, subword: true },
      { term: '工程', inTitle: true, subword: true },
      { term: '番茄', inTitle: false, subword: false, subject: true },
      { term: '粗加工', inTitle: false, subword: false },
      { term: '加工', inTitle: false, subword: true },
    ]);
    expect(demandTerms(title, description, 2).map((t) => t.term)).toEqual(['康复训练', '沼气工程']);
  });

  it('gives no sub-words for a word the vocabulary keeps whole: 水肥一体化 is not 一体化', () => {
    const title: TextToken[] = [
      { norm: '水肥一体化', subwords: [{ norm: '水肥' }, { norm: '一体化' }] },
      { norm: '沼气池', subwords: [{ norm: '沼气' }] },
    ];
    expect(demandTerms(title, []).map((t) => t.term)).toEqual(['水肥一体化', '沼气池']);
  });

  it('reads a lexicon expression written across words, and uses an ADMIN entry', () => {
    const text = '鱼塘夏天老死鱼';
    const tokens = [
      { norm: '鱼塘', start: 0, end: 2 },
      { norm: '夏天', start: 2, end: 4 },
      { norm: '老死', start: 4, end: 6 },
      { norm: '鱼', start: 6, end: 7 },
    ];
    const read = withLexiconExpressions(text, tokens, Vocabulary.builtin());
    expect(read.map((t) => t.norm)).toEqual(['鱼塘', '夏天', '老死', '死鱼']);
    expect(demandTerms(read, []).map((t) => t.term)).toContain('死鱼');
    const custom = Vocabulary.with([{ expression: '打吊瓶', terms: ['静脉输液'], fields: ['MEDICAL'] }]);
    expect(termAlternatives('打吊瓶', custom)).toEqual(['打吊瓶', '静脉输液']);
    expect(termAlternatives('打吊瓶')).toEqual(['打吊瓶']);
  });

  it('normalises Latin words and full-width forms, and keeps technical terms', () => {
    expect(demandTerms(tokens('ＶＯＣｓ', 'VOCs', 'PM2.5', '2027'), []).map((t) => t.term)).toEqual([
      'vocs',
      'pm2.5',
    ]);
  });
});

describe('term weights', () => {
  it('weighs rare words more, nothing for a word no expert uses, capped', () => {
    expect(termWeight(0, 1000)).toBe(0);
    expect(termWeight(5, 0)).toBe(0);
    expect(termWeight(10, 1000)).toBeGreaterThan(termWeight(300, 1000));
    expect(termWeight(1, 100_000)).toBe(MATCH_CONFIG.terms.idfCap);
    expect(termWeight(1000, 1000)).toBeGreaterThan(0);
    expect(termWeight(10, 1000, { inTitle: true, subword: false })).toBeCloseTo(
      termWeight(10, 1000) * MATCH_CONFIG.terms.titleBoost,
    );
    expect(termWeight(10, 1000, { inTitle: false, subword: true })).toBeCloseTo(
      termWeight(10, 1000) * MATCH_CONFIG.terms.partialCredit,
    );
  });

  it('without statistics, prefers dictionary and longer words', () => {
    const w = (term: string, inTitle = false, subword = false) =>
      heuristicTermWeight({ term, inTitle, subword });
    expect(w('中风')).toBeGreaterThan(w('身子'));
    expect(w('康复训练')).toBeGreaterThan(w('康复'));
    expect(w('康复', true)).toBeGreaterThan(w('康复'));
    expect(w('康复', false, true)).toBeLessThan(w('康复'));
  });
});

describe('termCoverage', () => {
  it('finds a word through its synonyms (中风 → 脑卒中, 西红柿 → 番茄)', () => {
    expect(termAlternatives('中风')).toEqual(expect.arrayContaining(['中风', '脑卒中', '卒中']));
    const c = termCoverage([{ term: '中风', weight: 2 }], '脑卒中早期筛查与康复');
    expect(c).toMatchObject({
      coverage: 1,
      matched: ['中风'],
      problems: ['中风'],
      tier: 'PROBLEM',
      focus: 1,
    });
    expect(termCoverage([{ term: '西红柿', weight: 1 }], '设施番茄栽培').coverage).toBe(1);
  });

  it('is relative to the strongest words, so a long demand does not dilute its core', () => {
    const terms = [
      { term: '中风', weight: 3 },
      { term: '康复训练', weight: 3 },
      { term: '偏瘫', weight: 2 },
      { term: '老人', weight: 0.5 },
      { term: '身子', weight: 0 },
    ];
    expect(termCoverage(terms, '脑卒中康复训练、偏瘫康复').coverage).toBe(1);
    expect(termCoverage(terms, '脑卒中康复训练').coverage).toBeCloseTo(6 / 8);
    expect(termCoverage(terms, '老年人身子骨').coverage).toBe(0);
    // 老人 weighs little and says for whom, not what: a generic word, counted at genericCredit.
    expect(termCoverage(terms, '老人慢病').coverage).toBeCloseTo(
      (0.5 * MATCH_CONFIG.terms.genericCredit) / 8,
    );
    expect(termCoverage(terms, '老人慢病').tier).toBe('GENERIC');
    expect(termCoverage([], 'x')).toMatchObject({ coverage: 0, matched: [], tier: 'FIELD' });
    expect(termCoverage([{ term: '身子', weight: 0 }], '身子')).toMatchObject({ coverage: 0, matched: [] });
  });

  it('gives half credit for a word only in the title or field names', () => {
    const terms = [{ term: '兽医', weight: 2 }];
    expect(termCoverage(terms, '生猪疫病防控', '高级兽医师 畜牧业').coverage).toBeCloseTo(
      MATCH_CONFIG.terms.partialCredit,
    );
    expect(termCoverage(terms, '兽医临床', '高级兽医师').coverage).toBe(1);
  });

  it('matches Latin words whole and without regard to case or width', () => {
    expect(termCoverage([{ term: 'ai', weight: 1 }], '联系 email 请发邮件').coverage).toBe(0);
    expect(termCoverage([{ term: 'ai', weight: 1 }], '人工智能与机器视觉').coverage).toBe(1);
    expect(termCoverage([{ term: 'ai', weight: 1 }], 'AI 辅助诊断').coverage).toBe(1);
    expect(termCoverage([{ term: 'vocs', weight: 1 }], '工业ＶＯＣｓ治理').coverage).toBe(1);
  });

  it('reads one words list for many experts as a fresh list for each, in a vocabulary of its own too', () => {
    // The words' forms and weights are worked out once per list; no expert's answer may leak into the next.
    const terms: WeightedTerm[] = [
      { term: '中风', weight: 3 },
      { term: '康复训练', weight: 3 },
      { term: 'ai', weight: 1 },
      { term: '老人', weight: 0.5 },
    ];
    const texts = ['脑卒中康复训练、偏瘫康复', 'AI 辅助诊断；老人慢病', '联系 email', '', '康复训练，中风'];
    for (const round of [1, 2])
      for (const text of texts) {
        const fresh = termCoverage(
          terms.map((t) => ({ ...t })),
          text,
          '主任医师',
        );
        expect(termCoverage(terms, text, '主任医师'), `${round} ${text}`).toEqual(fresh);
        expect(textAffinity(terms, text)).toBe(textAffinity([...terms], text));
      }
    const custom = Vocabulary.with([{ expression: '中风', terms: ['偏瘫'], fields: ['MEDICAL'] }]);
    expect(termCoverage(terms, '偏瘫护理').matched).toEqual([]);
    expect(termCoverage(terms, '偏瘫护理', '', custom).matched).toEqual(['中风']);
    expect(termCoverage(terms, '偏瘫护理').matched).toEqual([]);
  });
});

describe('hard rules', () => {
  const OK: HardRuleFacts = {
    active: true,
    demandFields: ['MEDICAL'],
    expertFields: ['MEDICAL', 'BIOMEDICINE'],
    minTitleLevel: 'ASSOCIATE',
    titleLevel: 'ASSOCIATE',
    sameOrganization: false,
    bookings: [],
    daysServed: 10,
    annualCapDays: 60,
    expectedDays: 6,
    year: 2027,
    currentYear: 2027,
  };

  it('passes an expert who breaks none', () => {
    expect(hardRuleConflicts(OK)).toEqual([]);
    expect(hardRuleConflicts({ ...OK, minTitleLevel: null, titleLevel: 'INTERMEDIATE' })).toEqual([]);
    expect(hardRuleConflicts({ ...OK, demandFields: [] })).toEqual([]);
    expect(hardRuleConflicts({ ...OK, daysServed: 54, expectedDays: 6 })).toEqual([]);
    expect(hardRuleConflicts({ ...OK, daysServed: 59, expectedDays: null })).toEqual([]);
  });

  it('says each rule broken in words a dispatcher can act on', () => {
    expect(hardRuleConflicts({ ...OK, active: false })).toEqual(['专家已停用']);
    expect(
      hardRuleConflicts({ ...OK, expertFields: ['EDUCATION'], demandFields: ['MEDICAL', 'BIOMEDICINE'] }),
    ).toEqual(['不在该需求的服务领域（医疗、生物医药）']);
    expect(hardRuleConflicts({ ...OK, titleLevel: 'INTERMEDIATE' })).toEqual(['职称低于需求要求的副高级']);
    expect(hardRuleConflicts({ ...OK, minTitleLevel: 'SENIOR' })).toEqual(['职称低于需求要求的正高级']);
    expect(hardRuleConflicts({ ...OK, sameOrganization: true })).toEqual(['与需求单位为同一单位，需回避']);
    expect(
      hardRuleConflicts({
        ...OK,
        bookings: [{ teamName: 'XX', startDate: '2027-03-01', endDate: '2027-03-10' }],
      }),
    ).toEqual(['该时段已在服务团‘XX’中（2027-03-01 至 2027-03-10）']);
    expect(hardRuleConflicts({ ...OK, daysServed: 60 })).toEqual(['今年已服务 60 天，达到年度上限']);
    expect(hardRuleConflicts({ ...OK, daysServed: 55, expectedDays: 10 })).toEqual([
      '今年已服务 55 天，加上本需求预计 10 天将超过年度上限 60 天',
    ]);
    expect(hardRuleConflicts({ ...OK, daysServed: 60, currentYear: 2026 })).toEqual([
      '2027 年已服务 60 天，达到年度上限',
    ]);
  });

  it('says why a held-back candidate is unavailable and from when it is free', () => {
    const booked = candidateAvailability(
      hardRuleFindings({
        ...OK,
        bookings: [
          { teamName: '甲团', startDate: '2027-03-01', endDate: '2027-03-10' },
          { teamName: '乙团', startDate: '2027-03-11', endDate: '2027-03-20' },
        ],
      }),
    );
    expect(booked).toEqual({
      available: false,
      listed: true,
      reason: '在服务团「甲团」中至 2027-03-10；在服务团「乙团」中至 2027-03-20',
      codes: ['BOOKED'],
      freeFrom: '2027-03-21',
    });
    const capped = candidateAvailability(hardRuleFindings({ ...OK, daysServed: 60 }));
    expect(capped).toMatchObject({
      available: false,
      listed: true,
      codes: ['ANNUAL_CAP'],
      freeFrom: '2028-01-01',
    });
    expect(capped.reason).toContain('年度上限');
    const conflict = candidateAvailability(
      hardRuleFindings({
        ...OK,
        sameOrganization: true,
        bookings: [{ teamName: 'A', startDate: '2027-03-01', endDate: '2027-03-02' }],
      }),
    );
    expect(conflict).toMatchObject({
      available: false,
      listed: true,
      freeFrom: null,
      codes: ['CONFLICT_OF_INTEREST', 'BOOKED'],
    });
    expect(conflict.reason).toContain('回避');
    // Another field or a title below the minimum: not a candidate at all.
    expect(candidateAvailability(hardRuleFindings({ ...OK, titleLevel: 'INTERMEDIATE' })).listed).toBe(false);
    expect(
      candidateAvailability(hardRuleFindings({ ...OK, active: false, sameOrganization: true })).listed,
    ).toBe(false);
    expect(candidateAvailability(hardRuleFindings(OK))).toEqual({
      available: true,
      listed: true,
      reason: null,
      codes: [],
      freeFrom: null,
    });
  });

  it('lists every rule broken, one line each', () => {
    const all = hardRuleConflicts({
      ...OK,
      active: false,
      expertFields: [],
      titleLevel: 'INTERMEDIATE',
      sameOrganization: true,
      bookings: [
        { teamName: 'A', startDate: '2027-03-01', endDate: '2027-03-02' },
        { teamName: 'B', startDate: '2027-03-05', endDate: '2027-03-06' },
      ],
      daysServed: 70,
    });
    expect(all).toHaveLength(7);
  });

  it('warns without excluding when close to the cap or after a decline', () => {
    expect(matchWarnings({ daysServed: 10, annualCapDays: 60, year: 2027, currentYear: 2027 })).toEqual([]);
    expect(matchWarnings({ daysServed: 50, annualCapDays: 60, year: 2027, currentYear: 2027 })).toEqual([
      '今年已服务 50 天，接近年度上限 60 天',
    ]);
    expect(matchWarnings({ daysServed: 60, annualCapDays: 60, year: 2027, currentYear: 2027 })).toEqual([]);
    expect(
      matchWarnings({
        daysServed: 0,
        annualCapDays: 60,
        declinedBefore: true,
        year: 2027,
        currentYear: 2027,
      }),
    ).toEqual(['曾婉拒本需求的邀请']);
  });
});

describe('periods', () => {
  it('counts the days of a year, overlapping periods once', () => {
    expect(daysInYear([{ startDate: '2027-03-01', endDate: '2027-03-10' }], 2027)).toBe(10);
    expect(daysInYear([{ startDate: '2026-12-25', endDate: '2027-01-05' }], 2027)).toBe(5);
    expect(daysInYear([{ startDate: '2026-12-25', endDate: '2027-01-05' }], 2026)).toBe(7);
    expect(
      daysInYear(
        [
          { startDate: '2027-03-01', endDate: '2027-03-10' },
          { startDate: '2027-03-05', endDate: '2027-03-12' },
          { startDate: '2027-05-01', endDate: '2027-05-01' },
        ],
        2027,
      ),
    ).toBe(13);
    expect(
      daysInYear(
        [
          { startDate: '2027-03-10', endDate: '2027-03-01' },
          { startDate: 'bad', endDate: '2027-03-01' },
        ],
        2027,
      ),
    ).toBe(0);
    expect(daysInYear([{ startDate: '2028-01-01', endDate: '2028-12-31' }], 2028)).toBe(366);
  });

  it('overlap inclusively', () => {
    expect(
      periodsOverlap(
        { startDate: '2027-03-01', endDate: '2027-03-10' },
        { startDate: '2027-03-10', endDate: '2027-03-20' },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { startDate: '2027-03-01', endDate: '2027-03-09' },
        { startDate: '2027-03-10', endDate: '2027-03-20' },
      ),
    ).toBe(false);
  });
});

describe('feature values', () => {
  it('values honours by the best one, a little more for each further one', () => {
    expect(honourValue([])).toBe(0);
    expect(honourValue(['ACADEMICIAN'])).toBe(1);
    expect(honourValue(['SPECIAL_ALLOWANCE'])).toBe(MATCH_CONFIG.honourValue.SPECIAL_ALLOWANCE);
    expect(honourValue(['SPECIAL_ALLOWANCE', 'POSTDOC'])).toBeCloseTo(
      MATCH_CONFIG.honourValue.SPECIAL_ALLOWANCE + MATCH_CONFIG.honourExtra,
    );
    expect(honourValue(['ACADEMICIAN', 'SPECIAL_ALLOWANCE'])).toBe(1);
    expect(honourValue(['POSTDOC', 'POSTDOC'])).toBe(MATCH_CONFIG.honourValue.POSTDOC);
  });

  it('pulls few ratings towards the prior', () => {
    expect(ratingValue(null)).toBeNull();
    expect(ratingValue({ average: 5, count: 0 })).toBeNull();
    const one = ratingValue({ average: 5, count: 1 })!;
    const many = ratingValue({ average: 5, count: 50 })!;
    expect(one).toBeLessThan(many);
    expect(many).toBeGreaterThan(0.95);
    expect(ratingValue({ average: 1, count: 50 })!).toBeLessThan(0.05);
  });

  it('values load from free to the cap', () => {
    expect(loadValue(0, 60)).toBe(1);
    expect(loadValue(30, 60)).toBe(0.5);
    expect(loadValue(90, 60)).toBe(0);
    expect(loadValue(0, 0)).toBe(0);
  });
});

describe('scoreMatch', () => {
  it('scores 0..1: everything best is 1, nothing is close to 0', () => {
    const best = scoreMatch({
      ...BASE,
      specialty: 1,
      text: 1,
      titleLevel: 'SENIOR',
      honours: ['ACADEMICIAN'],
      region: 'SAME_COUNTY',
      daysServed: 0,
      rating: { average: 5, count: 1000 },
      volunteered: true,
    });
    expect(best.score).toBeCloseTo(1, 2);
    expect(best.relevance).toBe(1);
    const none = scoreMatch({
      ...BASE,
      specialty: 0,
      text: 0,
      expertFields: [],
      titleLevel: 'INTERMEDIATE',
      region: 'OTHER',
      available: false,
      daysServed: 60,
    });
    expect(none.score).toBeGreaterThanOrEqual(0);
    expect(none.score).toBeLessThan(0.02);
    expect(none.reasons).toEqual([]);
  });

  it('lets relevance decide: a perfectly placed expert without the specialty ranks below an average specialist', () => {
    const wellPlaced = scoreMatch({
      ...BASE,
      specialty: 0,
      text: 0,
      titleLevel: 'SENIOR',
      honours: ['ACADEMICIAN'],
      region: 'SAME_COUNTY',
      daysServed: 0,
      volunteered: true,
    });
    const specialist = scoreMatch({ ...BASE, specialty: 0.7, text: 0.5, region: 'OTHER', daysServed: 40 });
    expect(specialist.score).toBeGreaterThan(wellPlaced.score + 0.2);
  });

  it('lets suitability decide between equally relevant experts', () => {
    const near = scoreMatch({ ...BASE, region: 'SAME_COUNTY' });
    const far = scoreMatch({ ...BASE, region: 'OTHER' });
    expect(near.score).toBeGreaterThan(far.score);
    const rested = scoreMatch({ ...BASE, daysServed: 0 });
    const busy = scoreMatch({ ...BASE, daysServed: 50 });
    expect(rested.score).toBeGreaterThan(busy.score);
    expect(scoreMatch({ ...BASE, volunteered: true }).score).toBeGreaterThan(scoreMatch(BASE).score);
    expect(scoreMatch({ ...BASE, region: 'PARTNER' }).score).toBeGreaterThan(
      scoreMatch({ ...BASE, region: 'SAME_PROVINCE' }).score,
    );
  });

  it('never falls when one feature improves', () => {
    const steps: Partial<MatchFeatures>[] = [
      { specialty: 0.9 },
      { text: 0.9 },
      { expertFields: ['MEDICAL', 'EDUCATION'] },
      { titleLevel: 'SENIOR' },
      { honours: ['SPECIAL_ALLOWANCE'] },
      { region: 'SAME_COUNTY' },
      { daysServed: 0 },
      { rating: { average: 4.8, count: 10 } },
      { volunteered: true },
    ];
    for (const low of [BASE, { ...BASE, specialty: 0.05, text: 0 }]) {
      const base = scoreMatch(low).score;
      for (const s of steps)
        expect(scoreMatch({ ...low, ...s }).score, JSON.stringify(s)).toBeGreaterThanOrEqual(base);
    }
  });

  it('gives reasons that add up to at most the score, largest first', () => {
    const m = scoreMatch({
      ...BASE,
      specialty: 0.8,
      region: 'SAME_COUNTY',
      daysServed: 0,
      volunteered: true,
      honours: ['SPECIAL_ALLOWANCE', 'POSTDOC'],
      rating: { average: 4.6, count: 5 },
    });
    const sum = m.reasons.reduce((s, r) => s + r.weight, 0);
    expect(sum).toBeLessThanOrEqual(m.score + 1e-4);
    expect(sum).toBeGreaterThan(m.score * 0.9);
    for (let i = 1; i < m.reasons.length; i++)
      expect(m.reasons[i - 1]!.weight).toBeGreaterThanOrEqual(m.reasons[i]!.weight);
    const byCode = Object.fromEntries(m.reasons.map((r) => [r.code, r]));
    expect(byCode.SPECIALTY_STRONG).toMatchObject({ label: '专长高度相关', detail: '命中：脑卒中、康复' });
    expect(byCode.SAME_COUNTY!.label).toBe('同区县');
    expect(byCode.AVAILABLE!.label).toBe('服务期内有空');
    expect(byCode.LOW_LOAD).toMatchObject({ label: '今年服务天数较少', detail: '已服务 0 天' });
    expect(byCode.VOLUNTEERED!.label).toBe('已揭榜');
    expect(byCode.HONOUR).toMatchObject({
      label: '享受政府特殊津贴专家',
      detail: '享受政府特殊津贴专家、博士后',
    });
    expect(byCode.RATING).toMatchObject({ label: '以往评价较好', detail: '平均 4.6 分（5 次）' });
    expect(byCode.TITLE!.label).toBe('副高级职称');
    expect(byCode.FIELDS).toMatchObject({ label: '服务领域相符', detail: '医疗' });
  });

  it('names weaker relevance and partial fields as such', () => {
    const m = scoreMatch({
      ...BASE,
      specialty: 0.3,
      demandFields: ['AGRICULTURE', 'ECOMMERCE'],
      expertFields: ['ECOMMERCE'],
      region: 'PARTNER',
      titleLevel: 'INTERMEDIATE',
    });
    const codes = m.reasons.map((r) => r.code);
    expect(codes).toContain('SPECIALTY');
    expect(codes).toContain('FIELDS_PARTIAL');
    expect(codes).toContain('PARTNER');
    expect(codes).not.toContain('TITLE');
    expect(codes).not.toContain('LOW_LOAD'); // 20 of 60 days
    const all = scoreMatch({
      ...BASE,
      demandFields: ['AGRICULTURE', 'ECOMMERCE'],
      expertFields: ['ECOMMERCE', 'AGRICULTURE'],
    });
    expect(all.reasons.find((r) => r.code === 'FIELDS')!.label).toBe('覆盖需求的全部领域');
  });

  it('treats unknown features as neutral and says nothing of them', () => {
    const unknown = scoreMatch({ ...BASE, available: null, rating: null });
    expect(unknown.reasons.map((r) => r.code)).not.toContain('AVAILABLE');
    expect(unknown.reasons.map((r) => r.code)).not.toContain('RATING');
    expect(scoreMatch({ ...BASE, available: true }).score).toBeGreaterThan(unknown.score);
    expect(scoreMatch({ ...BASE, available: false }).score).toBeLessThan(unknown.score);
    expect(scoreMatch({ ...BASE, rating: { average: 5, count: 20 } }).score).toBeGreaterThan(unknown.score);
    expect(scoreMatch({ ...BASE, rating: { average: 1.5, count: 20 } }).score).toBeLessThan(unknown.score);
  });

  it('lets the specialty stand in for the text relevance when it was not measured', () => {
    expect(scoreMatch({ ...BASE, text: null, specialty: 0.7 }).score).toBe(
      scoreMatch({ ...BASE, text: 0.7, specialty: 0.7 }).score,
    );
    expect(scoreMatch({ ...BASE, text: null }).reasons.map((r) => r.code)).not.toContain('TEXT');
  });
});

describe('compareMatches', () => {
  it('orders by score, then standing, then id', () => {
    const list = [
      { id: 'b', score: 0.5, standing: 'SENIOR' as const },
      { id: 'a', score: 0.5, standing: 'SENIOR' as const },
      { id: 'c', score: 0.5, standing: 'ACADEMICIAN' as const },
      { id: 'd', score: 0.9 },
    ].sort(compareMatches);
    expect(list.map((x) => x.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('planTeam', () => {
  const c = (
    id: string,
    score: number,
    standing: TeamCandidate['standing'],
    fields: TeamCandidate['fields'] = ['MEDICAL'],
    extra: Partial<TeamCandidate> = {},
  ): TeamCandidate => ({ id, score, standing, fields, ...extra });

  it('picks the lead of the highest standing among the most relevant, then the best members', () => {
    const plan = planTeam(['MEDICAL'], 3, [
      c('assoc', 0.8, 'ASSOCIATE'),
      c('hon', 0.78, 'HONOURED_SENIOR'),
      c('acad', 0.6, 'ACADEMICIAN'),
      c('senior', 0.7, 'SENIOR'),
      c('weak', 0.2, 'SENIOR'),
    ]);
    expect(plan).toEqual({ leadId: 'hon', memberIds: ['assoc', 'senior'], uncoveredFields: [] });
  });

  it('does not let a less relevant expert lead for standing alone', () => {
    const plan = planTeam(['MEDICAL'], 2, [
      c('assoc', 0.8, 'ASSOCIATE'),
      c('senior', 0.7, 'SENIOR'),
      c('acad', 0.3, 'ACADEMICIAN'),
    ]);
    expect(plan.leadId).toBe('assoc');
    expect(plan.memberIds).toEqual(['senior']);
    // Relevance, not the score, decides who may lead: a well-placed planner scores high on suitability.
    const planner = c('planner', 0.75, 'ACADEMICIAN', ['MEDICAL'], { relevance: 0.4 });
    expect(
      planTeam(['MEDICAL'], 1, [planner, c('specialist', 0.7, 'ASSOCIATE', ['MEDICAL'], { relevance: 0.9 })])
        .leadId,
    ).toBe('specialist');
  });

  it('never leads or fills with experts matched only on the setting, generic words or the field', () => {
    const plan = planTeam(['AGRICULTURE'], 3, [
      c('greenhouse', 0.7, 'ACADEMICIAN', ['AGRICULTURE'], { tier: 'GENERIC' }),
      c('tomato', 0.6, 'ASSOCIATE', ['AGRICULTURE'], { tier: 'PROBLEM', problems: ['番茄', '黄化'] }),
      c('field', 0.5, 'SENIOR', ['AGRICULTURE'], { tier: 'FIELD' }),
    ]);
    expect(plan).toEqual({ leadId: 'tomato', memberIds: [], uncoveredFields: [] });
  });

  it('covers the distinct sub-problems before filling places by score', () => {
    const plan = planTeam(['MEDICAL'], 2, [
      c('screen1', 0.9, 'SENIOR', ['MEDICAL'], { problems: ['慢病', '筛查'] }),
      c('screen2', 0.85, 'SENIOR', ['MEDICAL'], { problems: ['慢病', '筛查'] }),
      c('follow', 0.5, 'ASSOCIATE', ['MEDICAL'], { problems: ['随访'] }),
    ]);
    expect(plan.memberIds).toEqual(['follow']);
  });

  it('covers every field before filling places by score', () => {
    const plan = planTeam(['AGRICULTURE', 'ECOMMERCE', 'CULTURE_TOURISM'], 3, [
      c('agri1', 0.9, 'SENIOR', ['AGRICULTURE']),
      c('agri2', 0.85, 'SENIOR', ['AGRICULTURE']),
      c('tour', 0.3, 'ASSOCIATE', ['CULTURE_TOURISM']),
      c('both', 0.4, 'ASSOCIATE', ['ECOMMERCE', 'CULTURE_TOURISM']),
      c('ecom', 0.6, 'ASSOCIATE', ['ECOMMERCE']),
    ]);
    expect(plan).toEqual({ leadId: 'agri1', memberIds: ['both', 'agri2'], uncoveredFields: [] });
  });

  it('grows by one relevant expert for a field the places could not cover, and leaves it open when nobody relevant serves it', () => {
    const relevant = planTeam(['AGRICULTURE', 'MACHINERY'], 1, [
      c('agri', 0.9, 'ASSOCIATE', ['AGRICULTURE']),
      c('mach', 0.5, 'SENIOR', ['MACHINERY']),
    ]);
    expect(relevant).toEqual({ leadId: 'agri', memberIds: ['mach'], uncoveredFields: [] });
    const irrelevant = planTeam(['AGRICULTURE', 'MACHINERY'], 1, [
      c('agri', 0.9, 'ASSOCIATE', ['AGRICULTURE']),
      c('grid', 0.6, 'ACADEMICIAN', ['MACHINERY'], { tier: 'GENERIC' }),
    ]);
    expect(irrelevant).toEqual({ leadId: 'agri', memberIds: [], uncoveredFields: ['MACHINERY'] });
  });

  it('names the fields nobody in the team serves, and the team is not filled with the irrelevant', () => {
    const plan = planTeam(['MEDICAL', 'EDUCATION'], 4, [
      c('a', 0.9, 'SENIOR'),
      c('b', 0.8, 'ASSOCIATE'),
      c('far', 0.1, 'ACADEMICIAN'),
    ]);
    expect(plan).toEqual({ leadId: 'a', memberIds: ['b'], uncoveredFields: ['EDUCATION'] });
  });

  it('keeps the most relevant as lead when a member added for a field stands higher', () => {
    const plan = planTeam(['MEDICAL', 'BIOMEDICINE'], 2, [
      c('a', 0.9, 'SENIOR'),
      c('acad', 0.3, 'ACADEMICIAN', ['BIOMEDICINE']),
    ]);
    expect(plan).toEqual({ leadId: 'a', memberIds: ['acad'], uncoveredFields: [] });
  });

  it('answers an empty library and a team of one', () => {
    expect(planTeam(['MEDICAL'], 3, [])).toEqual({
      leadId: null,
      memberIds: [],
      uncoveredFields: ['MEDICAL'],
    });
    expect(planTeam(['MEDICAL'], 0, [c('a', 1, 'SENIOR')])).toEqual({
      leadId: null,
      memberIds: [],
      uncoveredFields: ['MEDICAL'],
    });
    expect(planTeam(['MEDICAL'], 1, [c('a', 0.9, 'SENIOR'), c('b', 0.85, 'HONOURED_SENIOR')])).toEqual({
      leadId: 'b',
      memberIds: [],
      uncoveredFields: [],
    });
  });
});

describe('match tiers', () => {
  const reason = (weight: number) => [{ code: 'TITLE' as const, label: 'x', weight }];

  it('orders experts matched on the problem before generic words before the field, then by score', () => {
    const list = [
      { id: 'field', score: 0.6, tier: 'FIELD' as const },
      { id: 'generic', score: 0.7, tier: 'GENERIC' as const },
      { id: 'problem', score: 0.4, tier: 'PROBLEM' as const },
      { id: 'problem2', score: 0.5, tier: 'PROBLEM' as const },
    ].sort(compareMatches);
    expect(list.map((x) => x.id)).toEqual(['problem2', 'problem', 'generic', 'field']);
  });

  it('scales a lower tier so that no score reads higher than a higher tier’s, keeping each tier’s order', () => {
    const settled = settleTierScores([
      { id: 'p', score: 0.4, tier: 'PROBLEM' as const, reasons: reason(0.1) },
      { id: 'g1', score: 0.7, tier: 'GENERIC' as const, reasons: reason(0.2) },
      { id: 'g2', score: 0.35, tier: 'GENERIC' as const, reasons: reason(0.1) },
      { id: 'f', score: 0.3, tier: 'FIELD' as const, reasons: reason(0.3) },
    ]);
    const by = Object.fromEntries(settled.map((x) => [x.id, x]));
    expect(by.p!.score).toBe(0.4);
    expect(by.g1!.score).toBeLessThan(0.4);
    expect(by.g2!.score).toBeLessThan(by.g1!.score);
    expect(by.f!.score).toBeLessThan(by.g2!.score);
    for (const x of settled)
      expect(x.reasons.reduce((s, r) => s + r.weight, 0)).toBeLessThanOrEqual(x.score + 1e-9);
  });

  it('calls setting words and common words generic, and weighs subjects less than problems', () => {
    const marked = markInformative<WeightedTerm>([
      { term: '大棚', weight: 3 },
      { term: '黄化', weight: 2.5 },
      { term: '防治', weight: 2.8, common: true },
      { term: '改造', weight: 0.5 },
    ]);
    expect(marked.map((t) => t.informative)).toEqual([false, true, false, false]);
    const [tomato] = demandTerms([], tokens('番茄'));
    expect(termWeight(5, 100, tomato)).toBeCloseTo(termWeight(5, 100) * MATCH_CONFIG.terms.subjectWeight);
  });

  it('finds a broader or narrower word for part of the credit (番茄 → 蔬菜; 松树 → 松材线虫病)', () => {
    const tomato = termCoverage([{ term: '番茄', weight: 2 }], '设施蔬菜病虫害绿色防控');
    expect(tomato).toMatchObject({ coverage: MATCH_CONFIG.terms.partialCredit, tier: 'PROBLEM' });
    const pine = termCoverage([{ term: '松树', weight: 2 }], '松材线虫病监测与防治');
    expect(pine.coverage).toBe(MATCH_CONFIG.terms.partialCredit);
    expect(termCoverage([{ term: '番茄', weight: 2 }], '水产养殖').coverage).toBe(0);
  });

  it('measures focus: how much of what the expert does is about the demand', () => {
    const terms = [{ term: '水肥一体化', weight: 2 }];
    const planner = termCoverage(
      terms,
      '乡村振兴规划与项目策划，农业产业化龙头企业培育，特色农业产业链规划，设施大棚水肥一体化，品牌策划',
    );
    const specialist = termCoverage(terms, '水肥一体化技术与节水灌溉系统设计');
    expect(planner.coverage).toBe(specialist.coverage);
    expect(planner.focus).toBeCloseTo(1 / 5);
    expect(specialist.focus).toBe(1);
    expect(specialtyValue(planner)).toBeLessThan(specialtyValue(specialist));
    expect(specialtyValue(planner)).toBeGreaterThanOrEqual(planner.coverage * MATCH_CONFIG.terms.focusFloor);
  });

  it('gives a weak character affinity to experts sharing characters, nothing to others', () => {
    const terms = [{ term: '羊羔' }, { term: '成活率' }];
    expect(textAffinity(terms, '羊常见病防治与驱虫')).toBeGreaterThan(0);
    expect(textAffinity(terms, '家兔养殖')).toBe(0);
    expect(textAffinity([], '羊')).toBe(0);
  });

  it('hints at a demand’s fields from its words', () => {
    expect(fieldHints([{ term: '拉稀' }, { term: '浮头' }, { term: '翻塘' }])[0]).toBe('FISHERY');
    expect(fieldHints([{ term: '量子' }])).toEqual([]);
  });
});
