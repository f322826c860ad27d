import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Demands' time limits, codes and merges; volunteers (揭榜); service teams, their demands and the experts'
 * assignments — with an exclusion constraint so no expert is ever booked twice in overlapping periods.
 */
export class DemandsDispatch1764000003000 implements MigrationInterface {
  name = 'DemandsDispatch1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`ALTER TABLE demands
      ADD COLUMN due_at timestamptz,
      ADD COLUMN overdue_at timestamptz,
      ADD COLUMN escalation_level int NOT NULL DEFAULT 0,
      ADD COLUMN merged_into_id uuid REFERENCES demands(id),
      ADD COLUMN filed_by_bureau boolean NOT NULL DEFAULT false,
      ADD CONSTRAINT demands_merge_ck CHECK (merged_into_id IS NULL OR merged_into_id <> id)`);
    await q.query(`CREATE INDEX demands_due_idx ON demands (due_at) WHERE overdue_at IS NULL`);
    await q.query(`CREATE INDEX demands_created_idx ON demands (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX demands_fields_idx ON demands USING gin (fields)`);
    await q.query(`
      CREATE TABLE demand_code_counters (
        region_code varchar(6) NOT NULL,
        year int NOT NULL,
        last int NOT NULL,
        PRIMARY KEY (region_code, year)
      )`);
    // Codes of demands seeded before this migration keep counting from where they are.
    await q.query(`
      INSERT INTO demand_code_counters (region_code, year, last)
      SELECT region_code, split_part(code, '-', 2)::int, max(split_part(code, '-', 4)::int)
      FROM demands GROUP BY 1, 2`);
    await q.query(`
      CREATE TABLE volunteers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        demand_id uuid NOT NULL REFERENCES demands(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES experts(id),
        message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        UNIQUE (demand_id, expert_id)
      )`);
    await q.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
        level varchar(12) NOT NULL CHECK (level IN ('NATIONAL','PROVINCIAL','MUNICIPAL')),
        lead_expert_id uuid NOT NULL REFERENCES experts(id),
        start_date date NOT NULL,
        end_date date NOT NULL,
        budget int CHECK (budget IS NULL OR budget >= 0),
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT teams_period_ck CHECK (start_date <= end_date)
      )`);
    await q.query(`
      CREATE TABLE team_demands (
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        demand_id uuid NOT NULL REFERENCES demands(id),
        PRIMARY KEY (team_id, demand_id)
      )`);
    await q.query(`CREATE INDEX team_demands_demand_idx ON team_demands (demand_id)`);
    await q.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES experts(id),
        role varchar(8) NOT NULL CHECK (role IN ('LEAD','MEMBER')),
        status varchar(12) NOT NULL DEFAULT 'INVITED' CHECK (status IN ('INVITED','CONFIRMED','DECLINED','WITHDRAWN')),
        period daterange NOT NULL,
        reason text,
        due_at timestamptz,
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (team_id, expert_id),
        CONSTRAINT assignments_no_double_booking EXCLUDE USING gist (expert_id WITH =, period WITH &&)
          WHERE (status IN ('INVITED','CONFIRMED'))
      )`);
    await q.query(`CREATE INDEX assignments_expert_idx ON assignments (expert_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['assignments', 'team_demands', 'teams', 'volunteers', 'demand_code_counters'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(`DROP INDEX IF EXISTS demands_due_idx`);
    await q.query(`DROP INDEX IF EXISTS demands_created_idx`);
    await q.query(`DROP INDEX IF EXISTS demands_fields_idx`);
    await q.query(`ALTER TABLE demands DROP CONSTRAINT IF EXISTS demands_merge_ck, DROP COLUMN IF EXISTS due_at, DROP COLUMN IF EXISTS overdue_at,
      DROP COLUMN IF EXISTS escalation_level, DROP COLUMN IF EXISTS merged_into_id, DROP COLUMN IF EXISTS filed_by_bureau`);
  }
}
