import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the dashboard's batch periods of a scope's experts and the board's counts by status (issue
 * #15, bench:scale). batchPeriodsOfExperts now goes from the scope's experts to their batches, one lookup each:
 * `(expert_id, batch_id)` gives an expert's batches from the index alone (the single-column index needed a heap
 * read per row), and the current versions' period and days are read from a partial index instead of the wide
 * batch rows. The board counts a province's demands per status, and hides units' drafts: with `filed_by_bureau`
 * in the region-status index that count is an index-only scan. Both replace the narrower index of the same name.
 */
export class DashboardBatchPeriodsIndexes1765002600000 implements MigrationInterface {
  name = 'DashboardBatchPeriodsIndexes1765002600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_batch_experts_expert_idx`);
    await q.query(
      `CREATE INDEX service_batch_experts_expert_idx ON service_batch_experts (expert_id, batch_id)`,
    );
    await q.query(
      `CREATE INDEX service_batches_current_period_idx ON service_batches (id) INCLUDE (start_date, end_date, days) WHERE superseded_at IS NULL`,
    );
    await q.query(`DROP INDEX demands_region_status_idx`);
    await q.query(
      `CREATE INDEX demands_region_status_idx ON demands (region_code text_pattern_ops, status) INCLUDE (filed_by_bureau)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX demands_region_status_idx`);
    await q.query(`CREATE INDEX demands_region_status_idx ON demands (region_code text_pattern_ops, status)`);
    await q.query(`DROP INDEX service_batches_current_period_idx`);
    await q.query(`DROP INDEX service_batch_experts_expert_idx`);
    await q.query(`CREATE INDEX service_batch_experts_expert_idx ON service_batch_experts (expert_id)`);
  }
}
