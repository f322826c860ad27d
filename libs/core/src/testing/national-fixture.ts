// The national fixture of the int tests that compare statements rewritten for scale with what they replaced: the
// scale bench's own seed (national-seed.ts) at a small size, on one connection (the seed works through temporary
// tables), analysed; and the scopes and years those tests walk.
import type { DataSource } from 'typeorm';
import { insertSqlExperts, seedNationalDemands, type SeedCounts, type SqlRunner } from './national-seed.js';

/**
 * `n` experts and `n` demands with their history, teams, batches and evaluations; `more` adds rows on the same
 * connection before ANALYZE.
 */
export async function seedNationalFixture(
  db: DataSource,
  n: number,
  more?: (run: SqlRunner) => Promise<void>,
): Promise<SeedCounts> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    const run: SqlRunner = (text, values) => runner.query(text, values);
    await insertSqlExperts(run, n);
    const counts = await seedNationalDemands(run, n);
    if (more) await more(run);
    await runner.query('ANALYZE');
    return counts;
  } finally {
    await runner.release();
  }
}

/** The country, a province, a province with its partner regions, a county, overlapping prefixes, nothing. */
export const NATIONAL_SCOPES: (string[] | null)[] = [
  null,
  ['51%'],
  ['31%', '5326%', '653125%'],
  ['510104%'],
  ['5101%', '51%'],
  [],
];
export const NATIONAL_YEARS = [2025, 2026];

/** A year in China time, as the instants a statement's period takes. */
export const chinaYearSpan = (year: number) => ({
  from: new Date(`${year}-01-01T00:00:00+08:00`),
  to: new Date(`${year + 1}-01-01T00:00:00+08:00`),
});

/** Rows in a stable order, for statements without ORDER BY or with ties. */
export const sortedRows = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
