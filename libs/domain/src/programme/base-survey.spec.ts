import { describe, expect, it } from 'vitest';
import { computeTeamSurvey, type SurveyExpert } from '../service/survey.js';
import { basePersonTimes } from './base-rules.js';
import { baseSurveyBatches, type BaseSurveyActivity } from './base-survey.js';

const A = (over: Partial<BaseSurveyActivity>): BaseSurveyActivity => ({
  heldOn: '2026-05-10',
  activityType: 'FREE_CLINIC',
  participants: 0,
  expertIds: ['e1'],
  outcomes: [],
  ...over,
});

const ACTIVITIES = [
  A({ participants: 120, expertIds: ['e1', 'e2'], outcomes: [{ item: 'CLINIC_CONSULTATIONS', value: 118 }] }),
  A({
    activityType: 'ONSITE_TRAINING',
    expertIds: ['e1'],
    outcomes: [{ item: 'TRAINEES_PROFESSIONAL', value: 40 }],
  }),
  A({ heldOn: '2026-09-02', activityType: 'REMOTE_TRAINING', expertIds: ['e2', 'e3'] }),
  A({ heldOn: '2025-12-30', expertIds: ['e1', 'e2', 'e3'] }),
];
const EXPERTS = new Map<string, SurveyExpert>([
  ['e1', { titleLevel: 'SENIOR', honours: ['SPECIAL_ALLOWANCE'], source: 'LOCAL' }],
  ['e2', { titleLevel: 'ASSOCIATE', honours: [], source: 'LOCAL' }],
  ['e3', { titleLevel: 'SENIOR', honours: [], source: 'OTHER_PROVINCE' }],
]);

describe('a base in the survey (annex 4)', () => {
  it('turns the year’s activities into one-day batches: days once per date, sessions per activity', () => {
    const batches = baseSurveyBatches(ACTIVITIES, '310116', 2026);
    expect(batches.map((b) => [b.startDate, b.days, b.remote, b.activities[0]!.type])).toEqual([
      ['2026-05-10', 1, false, 'FREE_CLINIC'],
      ['2026-05-10', 0, false, 'ONSITE_TRAINING'],
      ['2026-09-02', 1, true, 'REMOTE_TRAINING'],
    ]);
    expect(batches[0]!.activities[0]!.participants).toBe(120);
    expect(batches[1]!.activities[0]!.participants).toBeNull();
  });

  it('counts as the team survey does, and its person-times agree with the base’s 50 rule', () => {
    const s = computeTeamSurvey({
      batches: baseSurveyBatches(ACTIVITIES, '310116', 2026),
      fields: ['MEDICAL'],
      experts: EXPERTS,
      regions: new Map(),
      funding: null,
      demandCount: 0,
    });
    expect(s.expertPersonTimes).toBe(5);
    expect(s.expertPersonTimes).toBe(basePersonTimes(ACTIVITIES, 2026));
    expect(s.expertHeadcount).toBe(3);
    expect(s.totalDays).toBe(2);
    expect(s.totalSessions).toBe(3);
    expect(s.byTitleLevel.filter((c) => c.count)).toEqual([
      { key: 'SENIOR', count: 2 },
      { key: 'ASSOCIATE', count: 1 },
    ]);
    expect(s.bySource.filter((c) => c.count)).toEqual([
      { key: 'LOCAL', count: 2 },
      { key: 'OTHER_PROVINCE', count: 1 },
    ]);
    expect(s.byHonour.find((c) => c.key === 'SPECIAL_ALLOWANCE')!.count).toBe(1);
    expect(s.activities.find((a) => a.type === 'FREE_CLINIC')).toMatchObject({ count: 1, participants: 120 });
    expect(s.activities.find((a) => a.type === 'LECTURE')!.count).toBeNull();
    expect(s.outcomes.find((o) => o.item === 'CLINIC_CONSULTATIONS')!.value).toBe(118);
    expect(s.outcomes.find((o) => o.item === 'TRAINEES_PROFESSIONAL')!.value).toBe(40);
    expect(s.outcomes.find((o) => o.item === 'KEY_PROJECTS')!.value).toBeNull();
  });
});
