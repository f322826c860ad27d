import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Demand codes are allocated from the counter but never at or below the highest sequence already stored for that
 * region and year (demand.repository.ts): the index lets that look-up read only the codes of one prefix. Counters
 * left behind by the earlier demo seeder are brought up to the codes that exist.
 */
export class DemandCodeAllocation1765000100000 implements MigrationInterface {
  name = 'DemandCodeAllocation1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX demands_code_pattern_idx ON demands (code text_pattern_ops)`);
    await q.query(`
      INSERT INTO demand_code_counters AS c (region_code, year, last)
      SELECT split_part(code, '-', 3), split_part(code, '-', 2)::int, max(split_part(code, '-', 4)::int)
      FROM demands WHERE code ~ '^XQ-[0-9]{4}-[0-9]{6}-[0-9]{1,9}$'
      GROUP BY 1, 2
      ON CONFLICT (region_code, year) DO UPDATE SET last = GREATEST(c.last, EXCLUDED.last)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS demands_code_pattern_idx`);
  }
}
