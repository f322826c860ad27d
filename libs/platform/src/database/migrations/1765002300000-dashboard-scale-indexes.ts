import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the dashboards at a national scale (issue #15, bench:scale). They count a region's demands of one
 * year (submitted in it; a bureau's draft: created in it): with the scope now an indexable `LIKE 'prefix%'`
 * (region-scope-sql.ts), the first index gives the range of the region and the year at once, so a province's
 * figures read that year's rows, not every year's. The dispatch time looks up each demand's first dispatch: the
 * partial index answers it from the index alone instead of reading every history row of the demand.
 */
export class DashboardScaleIndexes1765002300000 implements MigrationInterface {
  name = 'DashboardScaleIndexes1765002300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX demands_region_counted_at_idx ON demands (region_code text_pattern_ops, (COALESCE(submitted_at, created_at)))`,
    );
    await q.query(
      `CREATE INDEX demand_history_dispatched_idx ON demand_history (demand_id, at) WHERE to_status = 'DISPATCHED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS demand_history_dispatched_idx`);
    await q.query(`DROP INDEX IF EXISTS demands_region_counted_at_idx`);
  }
}
