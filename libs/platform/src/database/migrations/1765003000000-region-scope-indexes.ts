import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Region indexes for the scopes that still read whole tables (issue #15 item 4): with the scope an indexable
 * `LIKE 'prefix%'` (region-scope-sql.ts), a bureau's account list, its service bases and the programme
 * applications behind its teams are a range of these indexes, not every row of the country. (Experts, demands,
 * organisations and unit registrations already had theirs.)
 */
export class RegionScopeIndexes1765003000000 implements MigrationInterface {
  name = 'RegionScopeIndexes1765003000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX accounts_region_idx ON accounts (region_code text_pattern_ops)`);
    await q.query(
      `CREATE INDEX programme_bases_region_idx ON programme_bases (region_code text_pattern_ops)`,
    );
    await q.query(
      `CREATE INDEX programme_applications_region_idx ON programme_applications (region_code text_pattern_ops, team_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS programme_applications_region_idx`);
    await q.query(`DROP INDEX IF EXISTS programme_bases_region_idx`);
    await q.query(`DROP INDEX IF EXISTS accounts_region_idx`);
  }
}
