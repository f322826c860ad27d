// The one place where an (expert, demand) pair is turned into facts: the hard rules (with 回避 from libs/domain's
// isConflictOfInterest), the features scoreMatch weighs and the warnings. matchExperts, explainExclusion,
// suggestTeam, the volunteers' check and recommendedDemands all evaluate through `assessPair`.
import {
  FIELD_LABELS,
  MATCH_CONFIG,
  candidateAvailability,
  daysInYear,
  demandTerms,
  hardRuleFindings,
  isConflictOfInterest,
  matchWarnings,
  periodsOverlap,
  regionDistance,
  scoreMatch,
  specialtyValue,
  standingOf,
  termCoverage,
  textAffinity,
  withLexiconExpressions,
  type DemandTerm,
  type Field,
  type RegionPartnership,
  type Vocabulary,
  type WeightedTerm,
} from '@app/domain';
// The segmenter is the search engine's (jieba with the domain words); matching reads demands with the same words,
// cut once while the words stay the same (every match of a demand reads it again).
import { segmentRemembered } from '@app/platform';
import type { DemandEntity } from '../demands/demand.entity.js';
import type { ExpertWithEmployer } from '../experts/expert.repository.js';
import type { LiveAssignment } from './match.repository.js';
import type { MatchEvaluation, Period } from './match.types.js';

function isoDate(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** The demand's wanted period, when both dates are known and in order. */
export function periodOf(d: Pick<DemandEntity, 'startDate' | 'endDate'>): Period | null {
  const startDate = isoDate(d.startDate);
  const endDate = isoDate(d.endDate);
  return startDate && endDate && startDate <= endDate ? { startDate, endDate } : null;
}

/** What besides the specialties says what an expert does: the title (主任医师, 高级兽医师) and the field names. */
export function secondaryText(title: string, fields: readonly Field[]): string {
  return [title, ...fields.map((f) => FIELD_LABELS[f])].join(' ');
}

/**
 * The demand's key words: jieba's words of the title, then of the description, with the lexicon's expressions
 * written inside them (老死鱼 → 死鱼) — the words search reads too.
 */
export function termsOf(
  d: Pick<DemandEntity, 'title' | 'description'>,
  vocabulary: Vocabulary,
): DemandTerm[] {
  const read = (text: string) => {
    const s = segmentRemembered(text ?? '');
    return withLexiconExpressions(s.text, s.tokens, vocabulary);
  };
  return demandTerms(read(d.title), read(d.description), MATCH_CONFIG.terms.max, vocabulary);
}

/** Everything known about one expert and one demand. */
export interface PairFacts {
  row: ExpertWithEmployer;
  demand: Pick<DemandEntity, 'fields' | 'minTitleLevel' | 'organizationId' | 'expectedDays' | 'regionCode'>;
  /** The demanding unit's name (回避 compares names too). */
  unitName: string | null;
  partnerships: readonly RegionPartnership[];
  /** The expert's live assignments (those of the period and the year are picked here). */
  assignments: readonly LiveAssignment[];
  period: Period | null;
  /** The year the days served are counted in, and the current one. */
  year: number;
  currentYear: number;
  terms: readonly WeightedTerm[];
  vocabulary: Vocabulary;
  /** The engine's text relevance (0..1); null when the engine was not asked. */
  text: number | null;
  /** Count the characters the demand and the specialties share (matching a demand's candidates, not recommending). */
  affinity: boolean;
  rating: { average: number; count: number } | null;
  volunteered: boolean;
  declinedBefore: boolean;
}

/** One expert evaluated for one demand: hard rules, availability, score with reasons, warnings. */
export function assessPair(f: PairFacts): MatchEvaluation {
  const { row, demand, period } = f;
  const e = row.expert;
  const bookings = period ? f.assignments.filter((a) => periodsOverlap(a, period)) : [];
  const daysServed = daysInYear(
    f.assignments.filter((a) => a.status === 'CONFIRMED'),
    f.year,
  );
  const findings = hardRuleFindings({
    active: e.status === 'ACTIVE',
    demandFields: demand.fields,
    expertFields: e.fields,
    minTitleLevel: demand.minTitleLevel,
    titleLevel: e.titleLevel,
    sameOrganization: isConflictOfInterest(
      { employerId: e.employerId, employerName: row.employerName },
      { id: demand.organizationId, name: f.unitName },
    ),
    bookings,
    daysServed,
    annualCapDays: e.annualCapDays,
    expectedDays: demand.expectedDays,
    year: f.year,
    currentYear: f.currentYear,
  });
  const cover = termCoverage(f.terms, e.specialties, secondaryText(e.title, e.fields), f.vocabulary);
  const specialty = specialtyValue(cover);
  const scored = scoreMatch({
    specialty,
    matchedTerms: cover.matched,
    text: f.text,
    affinity: f.affinity ? textAffinity(f.terms, e.specialties) : undefined,
    demandFields: demand.fields,
    expertFields: e.fields,
    titleLevel: e.titleLevel,
    honours: e.honours,
    region: regionDistance(e.regionCode, demand.regionCode, f.partnerships),
    demandRegion: demand.regionCode,
    available: period ? bookings.length === 0 : null,
    daysServed,
    annualCapDays: e.annualCapDays,
    rating: f.rating,
    volunteered: f.volunteered,
  });
  return {
    row,
    score: scored.score,
    relevance: scored.relevance,
    tier: cover.tier,
    specialty,
    problems: cover.problems,
    reasons: scored.reasons,
    hardConflicts: findings.map((x) => x.message),
    findings,
    availability: candidateAvailability(findings),
    warnings: matchWarnings({
      daysServed,
      annualCapDays: e.annualCapDays,
      declinedBefore: f.declinedBefore,
      year: f.year,
      currentYear: f.currentYear,
    }),
    standing: standingOf(e.titleLevel, e.honours),
  };
}
