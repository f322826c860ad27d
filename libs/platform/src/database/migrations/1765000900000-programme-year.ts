import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme year (申报 → 推荐 → 确定): the province's call with its categories, caps and recommending
 * departments; the host units' applications (annex 1/2 as a validated document beside the columns that are
 * queried), their history, attachments and review sheets; and the service bases that selected base applications
 * become. What must never happen is the database's: a recommender outside the call, a budget over the call's cap,
 * two recommended applications of one department in one year, one reviewer scoring an application twice.
 */
export class ProgrammeYear1765000900000 implements MigrationInterface {
  name = 'ProgrammeYear1765000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        title varchar(100) NOT NULL,
        doc_number varchar(50),
        opens_on date NOT NULL,
        closes_on date NOT NULL CHECK (closes_on >= opens_on),
        recommend_by date NOT NULL CHECK (recommend_by >= closes_on),
        caps jsonb NOT NULL CHECK (jsonb_typeof(caps) = 'object'),
        status varchar(12) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','CLOSED','PUBLISHED')),
        opened_at timestamptz,
        published_at timestamptz,
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE programme_call_recommenders (
        call_id uuid NOT NULL REFERENCES programme_calls(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        PRIMARY KEY (call_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE programme_bases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        host_organization_id uuid NOT NULL REFERENCES organizations(id),
        level varchar(12) NOT NULL CHECK (level IN ('NATIONAL','MUNICIPAL')),
        host_type varchar(32),
        field varchar(32),
        region_code varchar(6) NOT NULL,
        year int NOT NULL,
        approved_budget int NOT NULL CHECK (approved_budget >= 0),
        lead_expert_id uuid REFERENCES experts(id),
        status varchar(12) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','EXITED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE programme_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES programme_calls(id),
        category varchar(16) NOT NULL CHECK (category IN ('NATIONAL_TEAM','MUNICIPAL_TEAM','NATIONAL_BASE','MUNICIPAL_BASE')),
        applicant_organization_id uuid NOT NULL REFERENCES organizations(id),
        recommender_organization_id uuid NOT NULL,
        region_code varchar(6) NOT NULL,
        name varchar(100) NOT NULL DEFAULT '',
        lead_expert_id uuid REFERENCES experts(id),
        fields text[] NOT NULL DEFAULT '{}',
        start_date date,
        end_date date,
        budget_cap int NOT NULL CHECK (budget_cap > 0),
        requested_budget int NOT NULL DEFAULT 0 CHECK (requested_budget >= 0 AND requested_budget <= budget_cap),
        form jsonb NOT NULL CHECK (jsonb_typeof(form) = 'object'),
        status varchar(16) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','WITHDRAWN','NOT_RECOMMENDED','RECOMMENDED','SELECTED','NOMINATED','CONFIRMED','NOT_SELECTED')),
        recommend_opinion text,
        recommended_at timestamptz,
        recommended_by uuid REFERENCES accounts(id),
        ministry_ref varchar(100),
        approved_budget int CHECK (approved_budget >= 0),
        team_id uuid UNIQUE REFERENCES teams(id),
        base_id uuid UNIQUE REFERENCES programme_bases(id),
        submitted_at timestamptz,
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        FOREIGN KEY (call_id, recommender_organization_id) REFERENCES programme_call_recommenders (call_id, organization_id),
        CHECK (team_id IS NULL OR category IN ('NATIONAL_TEAM','MUNICIPAL_TEAM')),
        CHECK (base_id IS NULL OR category IN ('NATIONAL_BASE','MUNICIPAL_BASE')),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    // 各单位申报不超过1个项目或基地: one recommended application per department (or district) per year.
    await q.query(`
      CREATE UNIQUE INDEX programme_applications_one_per_recommender ON programme_applications (call_id, recommender_organization_id)
        WHERE status IN ('RECOMMENDED','SELECTED','NOMINATED','CONFIRMED','NOT_SELECTED')`);
    await q.query(
      `CREATE INDEX programme_applications_call_status ON programme_applications (call_id, status)`,
    );
    await q.query(
      `CREATE INDEX programme_applications_applicant ON programme_applications (applicant_organization_id)`,
    );
    await q.query(
      `ALTER TABLE programme_bases ADD COLUMN application_id uuid UNIQUE REFERENCES programme_applications(id)`,
    );
    await q.query(`
      CREATE TABLE programme_application_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES programme_applications(id) ON DELETE CASCADE,
        action varchar(16) NOT NULL,
        from_status varchar(16),
        to_status varchar(16) NOT NULL,
        note text,
        actor_id uuid REFERENCES accounts(id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX programme_application_history_app ON programme_application_history (application_id, at)`,
    );
    await q.query(`
      CREATE TABLE programme_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES programme_applications(id) ON DELETE CASCADE,
        file_key varchar(200) NOT NULL UNIQUE,
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size int NOT NULL CHECK (size > 0),
        uploaded_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE programme_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES programme_applications(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES experts(id),
        scores jsonb NOT NULL,
        total int NOT NULL CHECK (total BETWEEN 0 AND 100),
        comment text,
        entered_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (application_id, expert_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS programme_reviews`);
    await q.query(`DROP TABLE IF EXISTS programme_attachments`);
    await q.query(`DROP TABLE IF EXISTS programme_application_history`);
    await q.query(`ALTER TABLE programme_bases DROP COLUMN IF EXISTS application_id`);
    await q.query(`DROP TABLE IF EXISTS programme_applications`);
    await q.query(`DROP TABLE IF EXISTS programme_bases`);
    await q.query(`DROP TABLE IF EXISTS programme_call_recommenders`);
    await q.query(`DROP TABLE IF EXISTS programme_calls`);
  }
}
