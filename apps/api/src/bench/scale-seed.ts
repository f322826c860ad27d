// The experts of `npm run bench:scale`: the synthetic library, each expert moved to a county of the country, by
// COPY. The demands and everything after them come from libs/core/src/testing/national-seed.ts (set-based SQL).
import type pg from 'pg';
import { copyFromStdin, copyText, pgTextArray } from '@app/platform';
import { EXPERT_COLUMNS, expertValues, insertEmployers } from './synthetic-rows.js';
import { generateSyntheticExperts, type SyntheticExpert } from './synthetic-experts.js';

/** The region's share of the country's counties decides its share of experts and demands. */
export async function countyCodes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query(`SELECT code FROM regions WHERE level = 'COUNTY' ORDER BY code`);
  return rows.map((r: { code: string }) => r.code);
}

/** Knuth's multiplicative hash: a stable county for expert i. */
const spread = (i: number, n: number) => Number((BigInt(i) * 2654435761n) % 4294967296n) % n;

async function* expertChunks(
  experts: readonly SyntheticExpert[],
  employers: Map<string, string>,
): AsyncGenerator<Buffer> {
  const CHUNK = 5000;
  for (let at = 0; at < experts.length; at += CHUNK) {
    let data = '';
    for (const e of experts.slice(at, at + CHUNK)) {
      const values = expertValues(e, employers.get(e.employer)!);
      data += values.map((v) => copyText(Array.isArray(v) ? pgTextArray(v) : v)).join('\t') + '\n';
    }
    yield Buffer.from(data, 'utf8');
  }
}

/** N synthetic experts, each moved to a county of the country (employers follow their first expert), by COPY. */
export async function copyNationalExperts(client: pg.Client, n: number, counties: string[]): Promise<void> {
  const experts = generateSyntheticExperts(n);
  for (let i = 0; i < experts.length; i++) experts[i]!.regionCode = counties[spread(i, counties.length)]!;
  const employers = await insertEmployers(client, experts);
  await copyFromStdin(
    client,
    `COPY experts (${EXPERT_COLUMNS.join(', ')}) FROM STDIN`,
    expertChunks(experts, employers),
  );
}
