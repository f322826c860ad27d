// What the matching answers: an expert proposed for a demand (with why, and whether the expert can be picked now),
// the explanation of one expert, a suggested team, a demand recommended to an expert; and the evaluation of one
// expert for one demand that all of them are made from.
import type {
  CandidateAvailability,
  DemandTerm,
  HardRuleCode,
  HardRuleFinding,
  MatchReason,
  MatchTier,
  Standing,
  Vocabulary,
  WeightedTerm,
  Field,
} from '@app/domain';
import type { DemandEntity } from '../demands/demand.entity.js';
import type { ExpertWithEmployer } from '../experts/expert.repository.js';
import type { ExpertView } from '../experts/expert.service.js';

/** An expert proposed for a demand: the score (0..1), why, and what a dispatcher should still know. */
export interface ExpertMatch {
  expert: ExpertView;
  score: number;
  reasons: MatchReason[];
  /**
   * For a proposed expert: warnings that do not exclude (close to the annual cap, declined this demand before).
   * In an explanation of an excluded expert: the hard rules broken.
   */
  conflicts: string[];
  /** Passes every hard rule: may be picked into a team now. */
  available: boolean;
  /** Why not (booked, 回避, annual cap), short; null when available. */
  unavailableReason: string | null;
  unavailableCodes: HardRuleCode[];
  /** The first day the expert is free again (YYYY-MM-DD); null when available or never for this demand (回避). */
  freeFrom: string | null;
}

export interface ExpertMatchExplanation {
  eligible: boolean;
  /** The hard rules the expert breaks for this demand (empty when eligible). */
  conflicts: string[];
  /** How the expert scores for the demand, whether eligible or not. */
  match: ExpertMatch;
  /** Place among the eligible experts matchExperts would list (1 = first); null when not eligible. */
  rank: number | null;
}

export interface TeamSuggestion {
  lead: ExpertMatch | null;
  members: ExpertMatch[];
  /** Fields of the demand no eligible expert of the library serves (a team cannot cover them however it is made). */
  uncoveredFields: Field[];
  /** Fields of the demand the suggested team does not serve (includes `uncoveredFields`). */
  teamUncoveredFields: Field[];
}

export interface DemandMatch {
  demand: DemandEntity;
  score: number;
  reasons: MatchReason[];
  conflicts: string[];
}

export interface MatchOptions {
  limit?: number | null;
  /** Experts not to propose (a team's own experts when a place is filled again). */
  excludeExpertIds?: readonly string[] | null;
  /**
   * Also list the top matches held back only by a booking, 回避 or the annual cap (not available, with why and
   * from when), among the `limit` available ones: nothing hidden from the dispatcher.
   */
  includeUnavailable?: boolean | null;
}

/** One expert evaluated for one demand. */
export interface MatchEvaluation {
  row: ExpertWithEmployer;
  score: number;
  relevance: number;
  /** Matched on the problem, only on generic words, or only on the field. */
  tier: MatchTier;
  /** How well the specialties answer the demand's words (coverage discounted by focus), 0..1: ranks a team's lead. */
  specialty: number;
  /** The demand's informative words the expert's specialties cover (its sub-problems). */
  problems: string[];
  reasons: MatchReason[];
  /** Hard rules broken; empty = eligible. */
  hardConflicts: string[];
  findings: HardRuleFinding[];
  availability: CandidateAvailability;
  warnings: string[];
  standing: Standing;
}

export interface Recall {
  /** Whether the engine was asked (text relevance measured). */
  measured: boolean;
  vocabulary: Vocabulary;
  terms: (DemandTerm & WeightedTerm)[];
  /** Recalled experts, best text first. */
  ids: string[];
  /** The engine's relevance per expert, combined over the demand's words (0..1). */
  text: Map<string, number>;
}

/** An inclusive period of dates (YYYY-MM-DD). */
export interface Period {
  startDate: string;
  endDate: string;
}
