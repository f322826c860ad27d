import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 年终: each approved team's year report — the summary of its work and, when approved money is left, the
 * explanation the notice asks for — one per team and year, with who filed it and when (late or not is read from
 * the year's deadline).
 */
export class ProgrammeYearReports1765001001000 implements MigrationInterface {
  name = 'ProgrammeYearReports1765001001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_year_reports (
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        year int NOT NULL,
        summary text NOT NULL CHECK (length(btrim(summary)) > 0),
        balance_note text,
        budget int,
        spent int NOT NULL,
        submitted_by uuid REFERENCES accounts(id),
        submitted_at timestamptz NOT NULL,
        PRIMARY KEY (team_id, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS programme_year_reports`);
  }
}
