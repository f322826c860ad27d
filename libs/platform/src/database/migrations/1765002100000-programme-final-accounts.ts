import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 经费决算: a year report carries the team's final accounts — per approved budget line what was spent and what is
 * left — and the amount returned. Reports filed before keep an empty list and no amount. A base's activity records
 * its outcomes (section 4 of annex 4), so a base's year appears in the survey as a team's does.
 */
export class ProgrammeFinalAccounts1765002100000 implements MigrationInterface {
  name = 'ProgrammeFinalAccounts1765002100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE programme_year_reports
        ADD COLUMN lines jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(lines) = 'array'),
        ADD COLUMN amount_returned int CHECK (amount_returned >= 0),
        ADD CONSTRAINT programme_year_reports_spent_check CHECK (spent >= 0)`);
    await q.query(`
      ALTER TABLE programme_base_activities
        ADD COLUMN outcomes jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(outcomes) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme_base_activities DROP COLUMN IF EXISTS outcomes`);
    await q.query(`
      ALTER TABLE programme_year_reports
        DROP CONSTRAINT IF EXISTS programme_year_reports_spent_check,
        DROP COLUMN IF EXISTS amount_returned,
        DROP COLUMN IF EXISTS lines`);
  }
}
