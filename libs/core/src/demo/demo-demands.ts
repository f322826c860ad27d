// Demo demands: the templates placed in 2027 with a service period in their season and the unit's contact.
import type { DemoDemand } from './demo-data.types.js';
import type { Rng } from './seeded-rng.js';
import { uniqueMobile } from './demo-people.js';
import { DEMAND_TEMPLATES, type DemandTemplate } from './data/demand-templates.js';
import { REGIONS } from './data/regions.js';
import { UNITS } from './data/units.js';

// Calendar: demo periods lie in 2027 (not a leap year); dates come from day-of-year arithmetic only.
const DEMO_YEAR = 2027;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 0-based day of year of the first day of `month` (1–12). */
function monthStart(month: number): number {
  return MONTH_DAYS.slice(0, month - 1).reduce((a, b) => a + b, 0);
}

/** 0-based day of year of the last day of `month` (1–12). */
function monthEnd(month: number): number {
  return monthStart(month) + MONTH_DAYS[month - 1] - 1;
}

function isoDate(dayOfYear: number): string {
  let month = 0;
  let day = dayOfYear;
  while (day >= MONTH_DAYS[month]) day -= MONTH_DAYS[month++];
  return `${DEMO_YEAR}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
}

/** Service period inside the template's season: 3–30 days long and never shorter than the expected days. */
function servicePeriod(rng: Rng, t: DemandTemplate): { startDate: string; endDate: string } {
  const [from, to] = t.months ?? [2, 11];
  const length = Math.min(30, Math.max(3, t.expectedDays + rng.int(1, 14)));
  const first = monthStart(from);
  const last = Math.max(first, monthEnd(to) - length);
  const start = rng.int(first, last);
  return { startDate: isoDate(start), endDate: isoDate(start + length) };
}

function submittedDaysAgo(rng: Rng, status: DemoDemand['status']): number | undefined {
  switch (status) {
    case 'DRAFT':
      return undefined;
    case 'SUBMITTED':
      return rng.int(0, 12);
    case 'RETURNED':
      return rng.int(2, 10);
    case 'ACCEPTED':
      return rng.int(3, 12);
  }
}

export function buildDemands(rng: Rng): DemoDemand[] {
  const contactPhones = new Map<string, string>();
  const used = new Set<string>();
  const units = new Map(UNITS.map((u) => [u.key, u]));
  return DEMAND_TEMPLATES.map((t): DemoDemand => {
    const unit = units.get(t.unit);
    if (!unit) throw new Error(`demo demand refers to unknown unit ${t.unit}`);
    if (!contactPhones.has(unit.key)) contactPhones.set(unit.key, uniqueMobile(rng, used));
    const daysAgo = submittedDaysAgo(rng, t.status);
    return {
      title: t.title,
      description: t.description,
      fields: [...t.fields],
      serviceForms: [...t.serviceForms],
      regionCode: REGIONS[unit.region],
      organizationKey: unit.key,
      expertsWanted: t.expertsWanted,
      minTitleLevel: t.minTitleLevel,
      ...servicePeriod(rng, t),
      expectedDays: t.expectedDays,
      openToVolunteers: t.openToVolunteers,
      contactName: unit.contact,
      contactPhone: contactPhones.get(unit.key)!,
      status: t.status,
      ...(t.reviewNote ? { reviewNote: t.reviewNote } : {}),
      ...(daysAgo !== undefined ? { submittedDaysAgo: daysAgo } : {}),
    };
  });
}
