import { SCORE_LABELS, type EvaluationScores } from '@app/domain';

/** The evaluation's four scores, in the catalog's order. */
export const SCORE_KEYS = Object.keys(SCORE_LABELS) as (keyof EvaluationScores)[];
