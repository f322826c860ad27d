// The judged set of `npm run bench:match` (test/match/judged-set.json): its types, its loading, and the hard rules
// as the set itself states them — an oracle written apart from the matcher, so a violation the matcher lets through
// is counted, not excused by the matcher's own reading of the rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Field, Honour, TitleLevel } from '@app/domain';
import { repoRoot } from '../paths.js';

export interface JudgedUnit {
  key: string;
  name: string;
  regionCode: string;
}

export interface JudgedExpert {
  key: string;
  name: string;
  employer: string;
  title: string;
  titleLevel: TitleLevel;
  fields: Field[];
  specialties: string;
  honours: Honour[];
  regionCode: string;
  /** INACTIVE experts are in the library but deactivated. */
  status?: 'ACTIVE' | 'INACTIVE';
  /** Default 60. */
  annualCapDays?: number;
}

export interface JudgedAssignment {
  expert: string;
  team: string;
  status: 'INVITED' | 'CONFIRMED';
  /** Inclusive dates. */
  startDate: string;
  endDate: string;
}

/** 3 exactly what is asked, 2 closely related, 1 partly useful; an expert not listed is 0. */
export type Grade = 1 | 2 | 3;

export interface JudgedDemand {
  key: string;
  title: string;
  description: string;
  fields: Field[];
  regionCode: string;
  unit: string;
  minTitleLevel: TitleLevel | null;
  startDate: string;
  endDate: string;
  expectedDays: number;
  expertsWanted: number;
  /** synonym, colloquial, distractor, multi-field. */
  tags: string[];
  grades: Record<string, Grade>;
}

export interface JudgedSet {
  about: string;
  units: JudgedUnit[];
  experts: JudgedExpert[];
  assignments: JudgedAssignment[];
  demands: JudgedDemand[];
}

export const JUDGED_SET_FILE = path.join('test', 'match', 'judged-set.json');

export function loadJudgedSet(file = path.join(repoRoot(), JUDGED_SET_FILE)): JudgedSet {
  return JSON.parse(readFileSync(file, 'utf8')) as JudgedSet;
}

/** Relevant, for P@5 and MRR: a grade of 2 or 3. */
export const RELEVANT_GRADE = 2;

const RANK: Record<TitleLevel, number> = { SENIOR: 3, ASSOCIATE: 2, INTERMEDIATE: 1 };
const DEFAULT_CAP = 60;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * The hard rules an expert breaks for a demand, by the judged set's own data: INACTIVE, FIELD (no field in
 * common), TITLE (below the minimum), SAME_ORG (works for the demanding unit), BOOKED (a live assignment overlaps the
 * wanted period), CAP (days served in the demand's year plus its expected days exceed the annual cap).
 */
export function judgedViolations(set: JudgedSet, demand: JudgedDemand, expert: JudgedExpert): string[] {
  const out: string[] = [];
  if (expert.status === 'INACTIVE') out.push('INACTIVE');
  if (!demand.fields.some((f) => expert.fields.includes(f))) out.push('FIELD');
  if (demand.minTitleLevel && RANK[expert.titleLevel] < RANK[demand.minTitleLevel]) out.push('TITLE');
  const unit = set.units.find((u) => u.key === demand.unit);
  if (unit && unit.name === expert.employer) out.push('SAME_ORG');
  const mine = set.assignments.filter((a) => a.expert === expert.key);
  if (mine.some((a) => a.startDate <= demand.endDate && demand.startDate <= a.endDate)) out.push('BOOKED');
  const year = demand.startDate.slice(0, 4);
  let served = 0;
  for (const a of mine.filter((x) => x.status === 'CONFIRMED')) {
    const from = Math.max(dayNumber(a.startDate), dayNumber(`${year}-01-01`));
    const to = Math.min(dayNumber(a.endDate), dayNumber(`${year}-12-31`));
    if (to >= from) served += to - from + 1;
  }
  if (served + demand.expectedDays > (expert.annualCapDays ?? DEFAULT_CAP)) out.push('CAP');
  return out;
}

/** What an expert is worth to a demand in the metrics: its grade when it passes every hard rule, else 0. */
export function gainOf(set: JudgedSet, demand: JudgedDemand, expert: JudgedExpert | undefined): number {
  if (!expert) return 0;
  const grade = demand.grades[expert.key] ?? 0;
  return grade > 0 && judgedViolations(set, demand, expert).length === 0 ? grade : 0;
}
