// Synthetic experts as rows of the experts table, for the benches that load them with SQL instead of the import
// (COPY or multi-row INSERT): the columns, one expert's values, and the employers inserted first.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { copyText, pgTextArray } from '@app/platform';
import type { SyntheticExpert } from './synthetic-experts.js';

export const EXPERT_COLUMNS = [
  'name',
  'gender',
  'employer_id',
  'title',
  'title_level',
  'fields',
  'specialties',
  'honours',
  'region_code',
  'source',
  'retired',
  'phone',
  'email',
];

/** One expert's values, in EXPERT_COLUMNS' order. */
export function expertValues(e: SyntheticExpert, employerId: string): (string | boolean | string[] | null)[] {
  return [
    e.name,
    e.gender,
    employerId,
    e.title,
    e.titleLevel,
    e.fields,
    e.specialties,
    e.honours,
    e.regionCode,
    e.source,
    e.retired,
    e.phone,
    e.email,
  ];
}

/** The experts in COPY's text format, EXPERT_COLUMNS' order. */
export function expertsCopyText(experts: readonly SyntheticExpert[], employers: Map<string, string>): string {
  let data = '';
  for (const e of experts) {
    const values = expertValues(e, employers.get(e.employer)!);
    data += values.map((v) => copyText(Array.isArray(v) ? pgTextArray(v) : v)).join('\t') + '\n';
  }
  return data;
}

/**
 * Employers as the import creates them: one EMPLOYER organisation per name, in the region of its first expert.
 * `idOf` gives each its id (random by default; the match bench wants the same ids in every run).
 */
export async function insertEmployers(
  client: pg.Client,
  experts: readonly { employer: string; regionCode: string }[],
  idOf: (name: string) => string = () => randomUUID(),
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const regions: string[] = [];
  for (const e of experts) {
    if (ids.has(e.employer)) continue;
    ids.set(e.employer, idOf(e.employer));
    regions.push(e.regionCode);
  }
  await client.query(
    `INSERT INTO organizations (id, name, kind, region_code) SELECT id, name, 'EMPLOYER', region FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, name, region)`,
    [[...ids.values()], [...ids.keys()], regions],
  );
  return ids;
}
