// Demo demands that are already being served or were served this year (the tables are in data/served-demands-*.ts).
import type { DemoExpert, DemoOrganization, DemoService, DemoServiceSpec } from './demo-data.types.js';
import { JINSHAN_KASHGAR_SERVED } from './data/served-demands-jinshan-kashgar.js';
import { YUNNAN_SUBURBS_SERVED } from './data/served-demands-yunnan-suburbs.js';

const SPECS: DemoServiceSpec[] = [...JINSHAN_KASHGAR_SERVED, ...YUNNAN_SUBURBS_SERVED];

/**
 * The served demands, with experts picked for each team by field from the library (the same ones every time,
 * never one expert in two teams at once).
 */
export function buildServices(experts: DemoExpert[], organizations: DemoOrganization[]): DemoService[] {
  const regionOf = new Map(organizations.map((o) => [o.key, o.regionCode]));
  const used = new Set<number>([0, 1]);
  const pick = (
    slot: { fixed: number } | { field: DemoExpert['fields'][number] },
    senior: boolean,
  ): number => {
    if ('fixed' in slot) return slot.fixed;
    const fits = (e: DemoExpert, i: number) =>
      !used.has(i) && e.fields.includes(slot.field) && (!senior || e.titleLevel === 'SENIOR');
    let index = experts.findIndex(fits);
    if (index < 0) index = experts.findIndex((e, i) => !used.has(i) && e.fields.includes(slot.field));
    if (index < 0) throw new Error(`demo: no expert left in ${slot.field}`);
    used.add(index);
    return index;
  };
  return SPECS.map((s) => {
    const regionCode = regionOf.get(s.organizationKey);
    if (!regionCode) throw new Error(`demo service refers to unknown unit ${s.organizationKey}`);
    const lead = pick(s.team.lead, true);
    const members = s.team.members.map((m) => pick(m, false));
    return { ...s, regionCode, leadExpertIndex: lead, memberExpertIndexes: members };
  });
}
