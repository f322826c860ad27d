// The demo's programme year as data: the applications of data/programme-year.ts with their experts picked from the
// library (the same ones every time), the reviewers and the base's roster. The services write it (demo-programme.writer.ts).
import type { DemoExpert, DemoService } from './demo-data.types.js';
import {
  PROGRAMME_APPLICATIONS,
  PROGRAMME_BASE_ROSTER,
  PROGRAMME_REVIEWERS,
  type ExpertSlot,
  type ProgrammeApplicationSpec,
} from './data/programme-year.js';

export interface DemoProgrammeApplication extends ProgrammeApplicationSpec {
  leadExpertIndex: number;
  memberExpertIndexes: number[];
}

export interface DemoProgramme {
  applications: DemoProgrammeApplication[];
  reviewerIndexes: number[];
  /** The approved base's roster besides its lead expert. */
  baseRosterIndexes: number[];
}

/** Picks distinct experts for every slot; experts already on the served demands' teams are left to them. */
export function buildProgramme(experts: DemoExpert[], services: DemoService[]): DemoProgramme {
  const used = new Set<number>([
    0,
    1,
    ...services.flatMap((s) => [s.leadExpertIndex, ...s.memberExpertIndexes]),
  ]);
  const applicantEmployers = new Set(
    PROGRAMME_APPLICATIONS.flatMap((a) =>
      'employerKey' in a.lead && a.lead.employerKey ? [a.lead.employerKey] : [],
    ),
  );
  const pick = (slot: ExpertSlot, avoidEmployers?: Set<string>): number => {
    if ('fixed' in slot) return slot.fixed;
    const find = (senior: boolean) =>
      experts.findIndex(
        (e, i) =>
          !used.has(i) &&
          e.fields.includes(slot.field) &&
          (!slot.employerKey || e.employerKey === slot.employerKey) &&
          (!senior || e.titleLevel === 'SENIOR') &&
          !avoidEmployers?.has(e.employerKey),
      );
    let index = find(!!slot.senior);
    if (index < 0 && slot.senior) index = find(false);
    if (index < 0) throw new Error(`demo programme: no expert left in ${slot.field}`);
    used.add(index);
    return index;
  };
  const applications = PROGRAMME_APPLICATIONS.map((a) => ({
    ...a,
    leadExpertIndex: pick(a.lead),
    memberExpertIndexes: (a.members ?? []).map((m) => pick(m)),
  }));
  return {
    applications,
    reviewerIndexes: PROGRAMME_REVIEWERS.map((r) => pick(r, applicantEmployers)),
    baseRosterIndexes: PROGRAMME_BASE_ROSTER.map((r) => pick(r.slot)),
  };
}
