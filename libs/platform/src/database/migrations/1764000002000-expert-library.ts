import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Expert library: no duplicate experts, the search outbox, and import jobs with progress. */
export class ExpertLibrary1764000002000 implements MigrationInterface {
  name = 'ExpertLibrary1764000002000';

  async up(q: QueryRunner): Promise<void> {
    // The import's dedupe key: name + employer + phone (a missing phone counts as one value).
    await q.query(
      `CREATE UNIQUE INDEX experts_identity_uq ON experts (name, employer_id, coalesce(phone, ''))`,
    );
    await q.query(`CREATE INDEX experts_name_idx ON experts (name)`);
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        expert_id uuid NOT NULL REFERENCES experts(id) ON DELETE CASCADE,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        processed_at timestamptz
      )`);
    await q.query(`CREATE INDEX search_outbox_pending_idx ON search_outbox (id) WHERE processed_at IS NULL`);
    await q.query(`
      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(16) NOT NULL DEFAULT 'EXPERTS',
        status varchar(12) NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
        file_name varchar(200) NOT NULL,
        content bytea NOT NULL,
        total_rows int,
        processed_rows int NOT NULL DEFAULT 0,
        created int NOT NULL DEFAULT 0,
        updated int NOT NULL DEFAULT 0,
        unchanged int NOT NULL DEFAULT 0,
        rejected jsonb NOT NULL DEFAULT '[]',
        error text,
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_jobs`);
    await q.query(`DROP TABLE IF EXISTS search_outbox`);
    await q.query(`DROP INDEX IF EXISTS experts_name_idx`);
    await q.query(`DROP INDEX IF EXISTS experts_identity_uq`);
  }
}
