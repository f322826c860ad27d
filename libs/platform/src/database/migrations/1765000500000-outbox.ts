import type { MigrationInterface, QueryRunner } from 'typeorm';

const ms = (column: string) => `floor(extract(epoch FROM ${column}) * 1000)::bigint`;
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * What an existing installation still waits for, as outbox rows, so the sweeper knows it too: deliveries not done,
 * and the timers of steps, invitations and evaluations still open. Job ids and payloads are those the services
 * write (and, for invitations and reminders, the ids the queue already holds), so nothing runs twice.
 */
export const OUTBOX_BACKFILL: readonly string[] = [
  `
      INSERT INTO outbox (job_name, job_id, payload)
      SELECT 'notification.deliver', 'notify-' || id, jsonb_build_object('notificationId', id)
      FROM notifications WHERE delivered_at IS NULL
      ON CONFLICT (job_id) DO NOTHING`,
  `
      INSERT INTO outbox (job_name, job_id, payload, run_at)
      SELECT 'demand.deadline', 'demand-deadline-' || id || '-' || status || '-' || ${ms('due_at')} || '-1',
             jsonb_build_object('demandId', id, 'status', status, 'dueAt', ${iso('due_at')}, 'level', 1), due_at
      FROM demands WHERE status IN ('SUBMITTED', 'ACCEPTED') AND due_at IS NOT NULL AND escalation_level = 0
      ON CONFLICT (job_id) DO NOTHING`,
  `
      INSERT INTO outbox (job_name, job_id, payload, run_at)
      SELECT 'invitation.deadline', 'invitation-' || id || '-' || ${ms('due_at')},
             jsonb_build_object('assignmentId', id, 'expertId', expert_id, 'dueAt', ${iso('due_at')}), due_at
      FROM assignments WHERE status = 'INVITED' AND due_at IS NOT NULL
      ON CONFLICT (job_id) DO NOTHING`,
  `
      INSERT INTO outbox (job_name, job_id, payload, run_at)
      SELECT 'evaluation.remind', 'evaluation-remind-' || d.id,
             jsonb_build_object('demandId', d.id, 'kind', 'EVALUATION'), d.delivered_at + interval '7 days'
      FROM demands d WHERE d.status = 'DELIVERED' AND d.delivered_at IS NOT NULL
      ON CONFLICT (job_id) DO NOTHING`,
  `
      INSERT INTO outbox (job_name, job_id, payload, run_at)
      SELECT 'evaluation.remind', 'follow-up-' || f.demand_id || '-' || f.after_days,
             jsonb_build_object('demandId', f.demand_id, 'kind', 'FOLLOW_UP', 'afterDays', f.after_days),
             d.delivered_at + make_interval(days => f.after_days)
      FROM evaluation_follow_ups f JOIN demands d ON d.id = f.demand_id
      WHERE f.answered_at IS NULL AND d.delivered_at IS NOT NULL
      ON CONFLICT (job_id) DO NOTHING`,
];

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
    for (const sql of OUTBOX_BACKFILL) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS outbox`);
  }
}
