// The annex 4 survey on a fixture with three batches, figures computed by hand. The classic mistake — counting
// an expert who came on several batches several times in 总人数 — is what the headcount checks.
import { describe, expect, it } from 'vitest';
import {
  computeTeamSurvey,
  type SurveyBatch,
  type SurveyExpert,
  type SurveyInput,
  type SurveyRegion,
} from './survey.js';

const A = 'a';
const B = 'b';
const C = 'c';
const experts = new Map<string, SurveyExpert>([
  [A, { titleLevel: 'SENIOR', honours: ['SPECIAL_ALLOWANCE'], source: 'LOCAL' }],
  [B, { titleLevel: 'ASSOCIATE', honours: ['POSTDOC'], source: 'OTHER_PROVINCE' }],
  [C, { titleLevel: 'SENIOR', honours: ['ACADEMICIAN', 'SPECIAL_ALLOWANCE'], source: 'LOCAL' }],
]);
const region = (
  code: string,
  name: string,
  level: SurveyRegion['level'],
  parentCode: string | null,
  keyAssistance: SurveyRegion['keyAssistance'] = 'NONE',
): [string, SurveyRegion] => [code, { code, name, level, parentCode, keyAssistance }];
const regions = new Map<string, SurveyRegion>([
  region('650000', '新疆维吾尔自治区', 'PROVINCE', null),
  region('653100', '喀什地区', 'CITY', '650000'),
  region('653125', '莎车县', 'COUNTY', '653100', 'NATIONAL'),
  region('653126', '叶城县', 'COUNTY', '653100', 'NATIONAL'),
  region('310000', '上海市', 'PROVINCE', null),
  region('310116', '金山区', 'COUNTY', '310000'),
]);
const batches: SurveyBatch[] = [
  {
    startDate: '2026-09-07',
    endDate: '2026-09-09',
    days: 3,
    regionCode: '653125',
    unitsServed: 2,
    unitNames: ['甲卫生院'],
    remote: false,
    expertIds: [A, B],
    activities: [
      { type: 'FREE_CLINIC', count: 2, participants: 300 },
      { type: 'ONSITE_TRAINING', count: 1, participants: 40 },
    ],
    outcomes: [
      { item: 'CLINIC_CONSULTATIONS', value: 300 },
      { item: 'PROJECTS_CONNECTED', value: 1 },
    ],
    problemsSolved: ['心电图判读', '高血压随访台账'],
  },
  {
    startDate: '2026-09-21',
    endDate: '2026-09-22',
    days: 2,
    regionCode: '653126',
    unitsServed: null,
    unitNames: ['乙合作社', '甲卫生院'],
    remote: false,
    expertIds: [A, C],
    activities: [
      { type: 'FREE_CLINIC', count: 1, participants: 150 },
      { type: 'JOINT_RESEARCH', count: 1, note: '核桃腐烂病联合攻关' },
    ],
    outcomes: [
      { item: 'CLINIC_CONSULTATIONS', value: 150 },
      { item: 'ECONOMIC_BENEFIT', text: '增收 80 万元' },
    ],
    problemsSolved: ['核桃腐烂病'],
  },
  {
    startDate: '2026-10-12',
    endDate: '2026-10-12',
    days: 1,
    regionCode: '310116',
    unitsServed: 1,
    unitNames: [],
    remote: true,
    expertIds: [A, B, C],
    activities: [{ type: 'REMOTE_GUIDANCE', count: 3 }],
    outcomes: [{ item: 'PROBLEMS_SOLVED', value: 4 }],
    problemsSolved: ['远程会诊流程'],
  },
];
const input: SurveyInput = {
  batches,
  fields: ['MEDICAL', 'FORESTRY', 'MEDICAL'],
  experts,
  regions,
  funding: {
    ministryFunds: 100_000,
    matchingFunds: 100_000,
    matchingSource: '市财政',
    supportMeasures: '购买意外险',
    publicity: [{ media: '喀什日报', date: '2026-09-25', title: '沪喀专家义诊' }],
    spent: 150_000,
  },
  demandCount: 2,
};

describe('team survey (annex 4)', () => {
  const s = computeTeamSurvey(input);

  it('section 1: batches and days, fields, coverage, sessions, projects', () => {
    expect(s.serviceMode).toBe('BATCHES');
    expect(s.batchCount).toBe(3);
    expect(s.totalDays).toBe(6);
    expect(s.fields).toEqual(['MEDICAL', 'FORESTRY']);
    // 莎车 and 叶城 are in 喀什地区; 金山区 hangs under 上海 directly, which counts as its city.
    expect(s.cityCount).toBe(2);
    expect(s.cityNames.sort()).toEqual(['上海市', '喀什地区']);
    expect(s.countyCount).toBe(3);
    // Named units once each (甲卫生院, 乙合作社) plus the unnamed ones batches counted: 1 in batch 1, 1 in batch 3.
    expect(s.unitCount).toBe(4);
    expect(s.keyAssistanceNational).toEqual(['莎车县', '叶城县']);
    expect(s.keyAssistanceProvincial).toEqual([]);
    expect(s.totalSessions).toBe(8);
    expect(s.projectsConnected).toBe(1);
  });

  it('section 2: distinct experts and person-times are different figures', () => {
    expect(s.expertHeadcount).toBe(3);
    expect(s.expertPersonTimes).toBe(7);
    const count = <K extends string>(rows: { key: K; count: number }[], key: K) =>
      rows.find((r) => r.key === key)!.count;
    expect(count(s.byTitleLevel, 'SENIOR')).toBe(2);
    expect(count(s.byTitleLevel, 'ASSOCIATE')).toBe(1);
    expect(count(s.byHonour, 'SPECIAL_ALLOWANCE')).toBe(2);
    expect(count(s.byHonour, 'ACADEMICIAN')).toBe(1);
    expect(count(s.byHonour, 'POSTDOC')).toBe(1);
    expect(count(s.bySource, 'LOCAL')).toBe(2);
    expect(count(s.bySource, 'OTHER_PROVINCE')).toBe(1);
    expect(count(s.bySource, 'FOREIGN')).toBe(0);
  });

  it('section 3: activities by type; a type nobody logged is null, not 0', () => {
    const a = (t: string) => s.activities.find((x) => x.type === t)!;
    expect(a('FREE_CLINIC')).toEqual({ type: 'FREE_CLINIC', count: 3, participants: 450, notes: [] });
    expect(a('JOINT_RESEARCH')).toEqual({
      type: 'JOINT_RESEARCH',
      count: 1,
      participants: null,
      notes: ['核桃腐烂病联合攻关'],
    });
    expect(a('REMOTE_GUIDANCE').count).toBe(3);
    expect(a('SYMPOSIUM').count).toBeNull();
  });

  it('section 4: outcomes summed, texts kept, problems solved counted per batch', () => {
    const o = (i: string) => s.outcomes.find((x) => x.item === i)!;
    expect(o('CLINIC_CONSULTATIONS').value).toBe(450);
    // 2 named in batch 1, 1 named in batch 2, batch 3 counted 4.
    expect(o('PROBLEMS_SOLVED').value).toBe(7);
    expect(o('KEY_PROJECTS').value).toBeNull();
    expect(o('ECONOMIC_BENEFIT').texts).toEqual(['增收 80 万元']);
    expect(o('SOCIAL_BENEFIT').texts).toEqual([]);
    expect(s.problemsSolved).toEqual(['心电图判读', '高血压随访台账', '核桃腐烂病', '远程会诊流程']);
  });

  it('section 5: funding in 万元 and the balance to return', () => {
    expect(s.ministryFundsWan).toBe(10);
    expect(s.matchingFundsWan).toBe(10);
    expect(s.spent).toBe(150_000);
    expect(s.balance).toBe(50_000);
    expect(s.needsMatched).toBe(true);
    expect(s.publicity).toHaveLength(1);
  });

  it('one batch is 一次服务; no batch and no funding leave figures unreported', () => {
    expect(computeTeamSurvey({ ...input, batches: [batches[0]!] }).serviceMode).toBe('SINGLE');
    const empty = computeTeamSurvey({ ...input, batches: [], funding: null });
    expect(empty.serviceMode).toBeNull();
    expect(empty.unitCount).toBeNull();
    expect(empty.projectsConnected).toBeNull();
    expect(empty.outcomes.find((o) => o.item === 'PROBLEMS_SOLVED')!.value).toBeNull();
    expect(empty.ministryFundsWan).toBeNull();
    expect(empty.balance).toBeNull();
    expect(empty.expertHeadcount).toBe(0);
  });
});
