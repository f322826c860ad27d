import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboards count a region's demands of one year (submitted in it; a bureau's draft: created in it). With the
 * scope now an indexable `LIKE 'prefix%'` (region-scope-sql.ts), this index gives the range of the region and the
 * year at once, so a province's figures read that year's rows only, not every year's (issue #15, bench:scale).
 */
export class DashboardYearIndex1765002300000 implements MigrationInterface {
  name = 'DashboardYearIndex1765002300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX demands_region_counted_at_idx ON demands (region_code text_pattern_ops, (COALESCE(submitted_at, created_at)))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS demands_region_counted_at_idx`);
  }
}
