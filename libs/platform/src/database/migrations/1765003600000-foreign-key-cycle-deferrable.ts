import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application names the base it relies on and a base names the application it was selected from: the only cycle
 * of foreign keys. Deferrable (still checked at once unless deferred), so a restore without superuser rights can
 * copy the two tables back in one transaction with their checks at commit.
 */
export class ForeignKeyCycleDeferrable1765003600000 implements MigrationInterface {
  name = 'ForeignKeyCycleDeferrable1765003600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme_applications
      ALTER CONSTRAINT programme_applications_base_id_fkey DEFERRABLE INITIALLY IMMEDIATE`);
    await q.query(`ALTER TABLE programme_bases
      ALTER CONSTRAINT programme_bases_application_id_fkey DEFERRABLE INITIALLY IMMEDIATE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme_applications
      ALTER CONSTRAINT programme_applications_base_id_fkey NOT DEFERRABLE`);
    await q.query(`ALTER TABLE programme_bases
      ALTER CONSTRAINT programme_bases_application_id_fkey NOT DEFERRABLE`);
  }
}
