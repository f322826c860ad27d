// A service base's year in the 2026 实施成效调查表 (annex 4): the activities it hosted are its batches — each a
// one-day visit at the base with one session of its type, the experts present and the outcomes recorded — so the
// survey is computed by the teams' own computeTeamSurvey (person-times per activity, distinct experts by title,
// honour and source, sessions by type, outcome sums). Pure.
import type { ActivityType } from '../catalog/catalog.js';
import type { BatchOutcome } from '../service/batch-rules.js';
import type { SurveyBatch } from '../service/survey.js';

export interface BaseSurveyActivity {
  heldOn: string;
  activityType: ActivityType;
  /** Attendance; 0 when not counted. */
  participants: number;
  expertIds: readonly string[];
  outcomes: readonly BatchOutcome[];
}

/**
 * The activities of `year` as survey batches at the base's region. A day counts once however many activities it
 * held (服务天数), while each activity counts its experts (人次), as the 50 person-times rule does.
 */
export function baseSurveyBatches(
  activities: readonly BaseSurveyActivity[],
  regionCode: string,
  year: number,
): SurveyBatch[] {
  const days = new Set<string>();
  return activities
    .filter((a) => a.heldOn.startsWith(`${year}-`))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
    .map((a) => {
      const firstThatDay = !days.has(a.heldOn);
      days.add(a.heldOn);
      return {
        startDate: a.heldOn,
        endDate: a.heldOn,
        days: firstThatDay ? 1 : 0,
        regionCode,
        unitsServed: null,
        unitNames: [],
        remote: a.activityType === 'REMOTE_GUIDANCE' || a.activityType === 'REMOTE_TRAINING',
        expertIds: a.expertIds,
        activities: [
          { type: a.activityType, count: 1, participants: a.participants > 0 ? a.participants : null },
        ],
        outcomes: a.outcomes,
        problemsSolved: [],
      };
    });
}
