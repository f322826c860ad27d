import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one outbox: every side effect of a use case (notification delivery, job, timer, search sync) as a row written
 * in the use case's transaction, handed to the queue under a stable job id after the commit, and marked completed
 * when its job has run. Rows still open are what the sweeper re-delivers.
 */
export class Outbox1765000500000 implements MigrationInterface {
  name = 'Outbox1765000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        job_name varchar(64) NOT NULL,
        -- The queue's job id: one job per id, so handing a row over twice runs it once.
        job_id varchar(200) NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        -- When the job is due (a timer's time; now for anything else).
        run_at timestamptz NOT NULL DEFAULT now(),
        -- Runs of the job before the queue gives up (null: the queue's default).
        attempts int CHECK (attempts > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        relay_count int NOT NULL DEFAULT 0 CHECK (relay_count >= 0),
        completed_at timestamptz,
        last_error text,
        CONSTRAINT outbox_job_id_uq UNIQUE (job_id)
      )`);
    await q.query(`CREATE INDEX outbox_unrelayed_idx ON outbox (id) WHERE relayed_at IS NULL`);
    await q.query(
      `CREATE INDEX outbox_open_idx ON outbox (run_at) WHERE completed_at IS NULL AND relayed_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX outbox_completed_idx ON outbox (completed_at) WHERE completed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS outbox`);
  }
}
