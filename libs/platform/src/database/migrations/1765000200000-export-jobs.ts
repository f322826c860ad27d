import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background exports: a job row with its progress, the stored file and when that file is swept. One export at a
 * time per account is the database's rule (a partial unique index), so two quick clicks cannot start two.
 */
export class ExportJobs1765000200000 implements MigrationInterface {
  name = 'ExportJobs1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(16) NOT NULL CHECK (kind IN ('EXPERTS')),
        status varchar(12) NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED','EXPIRED')),
        params jsonb NOT NULL DEFAULT '{}',
        file_name varchar(200) NOT NULL,
        file_key varchar(200),
        bytes bigint CHECK (bytes >= 0),
        total_rows int CHECK (total_rows >= 0),
        processed_rows int NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
        error text,
        -- The run that owns the job now: a redelivered job takes over and the run it replaced stops at its next page.
        run_id uuid,
        created_by uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        CHECK (status <> 'SUCCEEDED' OR (file_key IS NOT NULL AND expires_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX export_jobs_one_active_uq ON export_jobs (created_by) WHERE status IN ('QUEUED', 'RUNNING')`,
    );
    await q.query(
      `CREATE INDEX export_jobs_expiry_idx ON export_jobs (expires_at) WHERE file_key IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS export_jobs`);
  }
}
