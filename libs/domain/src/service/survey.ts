// The 2026 实施成效调查表 (annex 4) computed from what a team logged. Pure: the service loads the batches, the
// experts, the regions and the funding, this file counts. Two rules the hand-filled forms often get wrong are
// kept here: experts are counted once as people (总人数) and once per batch (总人次), and a figure nobody logged
// is null ("未填报"), not 0.
import {
  ACTIVITY_TYPES,
  EXPERT_SOURCES,
  HONOURS,
  OUTCOME_ITEMS,
  OUTCOME_ITEM_LABELS,
  TITLE_LEVELS,
  type ActivityType,
  type ExpertSource,
  type Field,
  type Honour,
  type KeyAssistance,
  type OutcomeItem,
  type RegionLevel,
  type TitleLevel,
} from '../catalog/catalog.js';
import { TEXT_OUTCOME_ITEMS, type BatchActivity, type BatchOutcome } from './batch-rules.js';

export interface SurveyBatch {
  startDate: string;
  endDate: string;
  days: number;
  regionCode: string;
  unitsServed: number | null;
  unitNames: readonly string[];
  remote: boolean;
  expertIds: readonly string[];
  activities: readonly BatchActivity[];
  outcomes: readonly BatchOutcome[];
  problemsSolved: readonly string[];
}

export interface SurveyExpert {
  titleLevel: TitleLevel;
  honours: readonly Honour[];
  source: ExpertSource;
}

export interface SurveyRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  keyAssistance: KeyAssistance;
}

export interface SurveyFunding {
  ministryFunds: number;
  matchingFunds: number;
  matchingSource: string | null;
  supportMeasures: string | null;
  publicity: readonly { media: string; date: string; title: string }[];
  spent: number;
}

export interface SurveyInput {
  batches: readonly SurveyBatch[];
  /** Fields of the demands the team serves. */
  fields: readonly Field[];
  experts: ReadonlyMap<string, SurveyExpert>;
  regions: ReadonlyMap<string, SurveyRegion>;
  /** Null when no funding has been recorded for the team. */
  funding: SurveyFunding | null;
  /** Demands served: the team was organised from them (前期与基层单位对接需求). */
  demandCount: number;
}

export interface Counted<K extends string> {
  key: K;
  count: number;
}

export interface TeamSurveyFigures {
  /** 一次服务 or 分批次服务; null before the first batch. */
  serviceMode: 'SINGLE' | 'BATCHES' | null;
  batchCount: number;
  totalDays: number;
  fields: Field[];
  cityCount: number;
  countyCount: number;
  cityNames: string[];
  countyNames: string[];
  /** Units served; null when no batch said how many. */
  unitCount: number | null;
  keyAssistanceNational: string[];
  keyAssistanceProvincial: string[];
  /** Sum of every activity's sessions over all batches. */
  totalSessions: number;
  projectsConnected: number | null;
  expertHeadcount: number;
  expertPersonTimes: number;
  /** Distinct experts by title level, honour and source. */
  byTitleLevel: Counted<TitleLevel>[];
  byHonour: Counted<Honour>[];
  bySource: Counted<ExpertSource>[];
  activities: { type: ActivityType; count: number | null; participants: number | null; notes: string[] }[];
  outcomes: { item: OutcomeItem; value: number | null; texts: string[] }[];
  problemsSolved: string[];
  organisedByBureau: boolean;
  needsMatched: boolean;
  /** 万元 with two decimals, as the annex asks; null when not recorded. */
  ministryFundsWan: number | null;
  matchingFundsWan: number | null;
  matchingSource: string | null;
  supportMeasures: string | null;
  publicity: { media: string; date: string; title: string }[];
  spent: number | null;
  balance: number | null;
}

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

/** The city (地市) a region belongs to: itself, its parent, or for a municipality's district the municipality. */
function cityOf(code: string, regions: ReadonlyMap<string, SurveyRegion>): SurveyRegion | null {
  let r = regions.get(code) ?? null;
  while (r && r.level === 'COUNTY') {
    const parent = r.parentCode ? (regions.get(r.parentCode) ?? null) : null;
    if (!parent) return null;
    r = parent;
  }
  return r && (r.level === 'CITY' || r.level === 'PROVINCE') ? r : null;
}

export function computeTeamSurvey(input: SurveyInput): TeamSurveyFigures {
  const { batches, regions } = input;
  const totalDays = batches.reduce((s, b) => s + b.days, 0);

  const cities = new Map<string, string>();
  const counties = new Map<string, SurveyRegion>();
  for (const b of batches) {
    const r = regions.get(b.regionCode);
    if (!r) continue;
    if (r.level === 'COUNTY') counties.set(r.code, r);
    const city = cityOf(r.code, regions);
    if (city) cities.set(city.code, city.name);
  }

  // Units: the distinct names given, plus what a batch counted beyond the names it listed.
  const named = new Set<string>();
  let unnamed = 0;
  let anyUnits = false;
  for (const b of batches) {
    const names = new Set(b.unitNames.map((n) => n.trim()).filter(Boolean));
    names.forEach((n) => named.add(n));
    if (names.size || b.unitsServed !== null) anyUnits = true;
    if (b.unitsServed !== null) unnamed += Math.max(0, b.unitsServed - names.size);
  }

  const people = new Set<string>();
  let personTimes = 0;
  for (const b of batches) {
    const present = new Set(b.expertIds);
    personTimes += present.size;
    present.forEach((id) => people.add(id));
  }
  const known = [...people].map((id) => input.experts.get(id)).filter((e): e is SurveyExpert => !!e);
  const byTitleLevel = TITLE_LEVELS.map((key) => ({
    key,
    count: known.filter((e) => e.titleLevel === key).length,
  }));
  const byHonour = HONOURS.map((key) => ({
    key,
    count: known.filter((e) => e.honours.includes(key)).length,
  }));
  const bySource = EXPERT_SOURCES.map((key) => ({
    key,
    count: known.filter((e) => e.source === key).length,
  }));

  const activities = ACTIVITY_TYPES.map((type) => {
    const rows = batches.flatMap((b) => b.activities.filter((a) => a.type === type));
    const withParticipants = rows.filter((a) => a.participants !== null && a.participants !== undefined);
    return {
      type,
      count: rows.length ? rows.reduce((s, a) => s + a.count, 0) : null,
      participants: withParticipants.length
        ? withParticipants.reduce((s, a) => s + (a.participants ?? 0), 0)
        : null,
      notes: rows.map((a) => (a.note ?? '').trim()).filter(Boolean),
    };
  });
  const totalSessions = activities.reduce((s, a) => s + (a.count ?? 0), 0);

  const outcomes = OUTCOME_ITEMS.map((item) => {
    const rows = batches.flatMap((b) => b.outcomes.filter((o) => o.item === item));
    if (TEXT_OUTCOME_ITEMS.includes(item)) {
      return { item, value: null, texts: rows.map((o) => (o.text ?? '').trim()).filter(Boolean) };
    }
    let value: number | null = rows.length ? rows.reduce((s, o) => s + (o.value ?? 0), 0) : null;
    if (item === 'PROBLEMS_SOLVED') {
      // A batch that did not count its problems solved the ones it named.
      const perBatch = batches.map(
        (b) => b.outcomes.find((o) => o.item === item)?.value ?? b.problemsSolved.length,
      );
      value = batches.length ? perBatch.reduce((s, n) => s + n, 0) : null;
    }
    return { item, value, texts: [] as string[] };
  });

  const keyCounties = [...counties.values()].sort((a, b) => a.code.localeCompare(b.code));
  const f = input.funding;
  const funds = f ? f.ministryFunds + f.matchingFunds : 0;
  return {
    serviceMode: batches.length === 0 ? null : batches.length === 1 ? 'SINGLE' : 'BATCHES',
    batchCount: batches.length,
    totalDays,
    fields: [...new Set(input.fields)],
    cityCount: cities.size,
    countyCount: counties.size,
    cityNames: [...cities.values()],
    countyNames: keyCounties.map((r) => r.name),
    unitCount: anyUnits ? named.size + unnamed : null,
    keyAssistanceNational: keyCounties.filter((r) => r.keyAssistance === 'NATIONAL').map((r) => r.name),
    keyAssistanceProvincial: keyCounties.filter((r) => r.keyAssistance === 'PROVINCIAL').map((r) => r.name),
    totalSessions,
    projectsConnected: outcomes.find((o) => o.item === 'PROJECTS_CONNECTED')!.value,
    expertHeadcount: people.size,
    expertPersonTimes: personTimes,
    byTitleLevel,
    byHonour,
    bySource,
    activities,
    outcomes,
    problemsSolved: batches.flatMap((b) => b.problemsSolved.map((s) => s.trim()).filter(Boolean)),
    organisedByBureau: true,
    needsMatched: input.demandCount > 0,
    ministryFundsWan: f ? wan(f.ministryFunds) : null,
    matchingFundsWan: f ? wan(f.matchingFunds) : null,
    matchingSource: f?.matchingSource ?? null,
    supportMeasures: f?.supportMeasures?.trim() || null,
    publicity: f ? [...f.publicity] : [],
    spent: f ? f.spent : null,
    balance: f ? funds - f.spent : null,
  };
}

/** Items nobody has logged yet, by their annex label (the export marks them 未填报). */
export function surveyMissingItems(f: TeamSurveyFigures): string[] {
  const out: string[] = [];
  if (f.batchCount === 0) out.push('服务批次');
  if (f.unitCount === null) out.push('服务的企事业单位数');
  if (f.projectsConnected === null) out.push('对接项目数量');
  for (const o of f.outcomes) {
    if (o.item === 'PROJECTS_CONNECTED' || o.item === 'OTHER') continue;
    if (TEXT_OUTCOME_ITEMS.includes(o.item) ? !o.texts.length : o.value === null)
      out.push(OUTCOME_ITEM_LABELS[o.item]);
  }
  if (f.ministryFundsWan === null) out.push('经费投入');
  if (!f.supportMeasures) out.push('服务保障措施');
  if (!f.publicity.length) out.push('宣传情况');
  return out;
}
