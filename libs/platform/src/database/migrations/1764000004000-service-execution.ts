import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service execution and what comes out of it: batches (服务批次, versioned — a correction is a new version, the
 * old one stays), their experts and photos; completion overrides; the unit's evaluation and its follow-ups;
 * team funding and spending; the survey's organisation section; continuing-education certificates.
 */
export class ServiceExecution1764000004000 implements MigrationInterface {
  name = 'ServiceExecution1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_key uuid NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        superseded_at timestamptz,
        team_id uuid NOT NULL REFERENCES teams(id),
        demand_id uuid NOT NULL REFERENCES demands(id),
        start_date date NOT NULL,
        end_date date NOT NULL,
        days int NOT NULL,
        region_code varchar(6) NOT NULL REFERENCES regions(code),
        units_served int CHECK (units_served IS NULL OR units_served >= 0),
        unit_names text[] NOT NULL DEFAULT '{}',
        remote boolean NOT NULL DEFAULT false,
        activities jsonb NOT NULL DEFAULT '[]',
        outcomes jsonb NOT NULL DEFAULT '[]',
        problems_solved text[] NOT NULL DEFAULT '{}',
        note text,
        correction_reason text,
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (batch_key, version),
        CONSTRAINT service_batches_period_ck CHECK (start_date <= end_date),
        CONSTRAINT service_batches_days_ck CHECK (days >= 1 AND days <= end_date - start_date + 1),
        CONSTRAINT service_batches_team_demand_fk FOREIGN KEY (team_id, demand_id) REFERENCES team_demands(team_id, demand_id)
      )`);
    // Exactly one current version per batch.
    await q.query(
      `CREATE UNIQUE INDEX service_batches_current_uq ON service_batches (batch_key) WHERE superseded_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX service_batches_team_idx ON service_batches (team_id) WHERE superseded_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX service_batches_demand_idx ON service_batches (demand_id) WHERE superseded_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE service_batch_experts (
        batch_id uuid NOT NULL REFERENCES service_batches(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES experts(id),
        PRIMARY KEY (batch_id, expert_id)
      )`);
    await q.query(`CREATE INDEX service_batch_experts_expert_idx ON service_batch_experts (expert_id)`);
    await q.query(`
      CREATE TABLE service_photos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES teams(id),
        batch_key uuid,
        storage_key text NOT NULL UNIQUE,
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size int NOT NULL CHECK (size > 0),
        caption varchar(200),
        uploaded_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX service_photos_batch_idx ON service_photos (batch_key)`);
    await q.query(`ALTER TABLE demands
      ADD COLUMN delivered_at timestamptz,
      ADD COLUMN completion_override text`);
    await q.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        demand_id uuid NOT NULL UNIQUE REFERENCES demands(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        account_id uuid REFERENCES accounts(id),
        expertise smallint NOT NULL CHECK (expertise BETWEEN 1 AND 5),
        problem_solving smallint NOT NULL CHECK (problem_solving BETWEEN 1 AND 5),
        attitude smallint NOT NULL CHECK (attitude BETWEEN 1 AND 5),
        timeliness smallint NOT NULL CHECK (timeliness BETWEEN 1 AND 5),
        problem_solved varchar(8) NOT NULL CHECK (problem_solved IN ('YES','PARTIAL','NO')),
        comment text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE evaluation_follow_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        demand_id uuid NOT NULL REFERENCES demands(id),
        after_days int NOT NULL CHECK (after_days IN (30, 180)),
        due_on date NOT NULL,
        still_solved varchar(8) CHECK (still_solved IN ('YES','PARTIAL','NO')),
        comment text,
        answered_by uuid REFERENCES accounts(id),
        answered_at timestamptz,
        UNIQUE (demand_id, after_days),
        CONSTRAINT evaluation_follow_ups_answer_ck CHECK ((still_solved IS NULL) = (answered_at IS NULL))
      )`);
    await q.query(`
      CREATE TABLE team_funding (
        team_id uuid PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        ministry_funds int NOT NULL DEFAULT 0 CHECK (ministry_funds >= 0),
        matching_funds int NOT NULL DEFAULT 0 CHECK (matching_funds >= 0),
        matching_source varchar(200),
        support_measures text,
        publicity jsonb NOT NULL DEFAULT '[]',
        updated_by uuid REFERENCES accounts(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE team_expenses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        category varchar(20) NOT NULL,
        amount int NOT NULL CHECK (amount > 0),
        spent_on date NOT NULL,
        note varchar(200),
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX team_expenses_team_idx ON team_expenses (team_id)`);
    await q.query(`
      CREATE TABLE service_certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(16) NOT NULL UNIQUE,
        expert_id uuid NOT NULL REFERENCES experts(id),
        year int NOT NULL,
        expert_name varchar(50) NOT NULL,
        employer_name varchar(200),
        working_days int NOT NULL,
        credit_met boolean NOT NULL,
        teams text[] NOT NULL DEFAULT '{}',
        issued_by uuid REFERENCES accounts(id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX service_certificates_expert_idx ON service_certificates (expert_id, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'service_certificates',
      'team_expenses',
      'team_funding',
      'evaluation_follow_ups',
      'evaluations',
      'service_photos',
      'service_batch_experts',
      'service_batches',
    ])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(
      `ALTER TABLE demands DROP COLUMN IF EXISTS delivered_at, DROP COLUMN IF EXISTS completion_override`,
    );
  }
}
