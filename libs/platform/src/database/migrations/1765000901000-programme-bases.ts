import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service bases at work: the roster of contact experts (own staff or external, 副高+), the activities a base hosts
 * with the experts present (the ≥ 50 person-times a year rule is counted from them), and the yearly evaluation
 * (scores → 优秀 / 合格 / 不合格), one per base and year.
 */
export class ProgrammeBases1765000901000 implements MigrationInterface {
  name = 'ProgrammeBases1765000901000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_base_experts (
        base_id uuid NOT NULL REFERENCES programme_bases(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES experts(id),
        external boolean NOT NULL DEFAULT false,
        added_by uuid REFERENCES accounts(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (base_id, expert_id)
      )`);
    await q.query(`
      CREATE TABLE programme_base_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        base_id uuid NOT NULL REFERENCES programme_bases(id) ON DELETE CASCADE,
        held_on date NOT NULL,
        title varchar(100) NOT NULL,
        activity_type varchar(32) NOT NULL,
        participants int NOT NULL DEFAULT 0 CHECK (participants >= 0),
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX programme_base_activities_base ON programme_base_activities (base_id, held_on)`,
    );
    await q.query(`
      CREATE TABLE programme_base_activity_experts (
        activity_id uuid NOT NULL REFERENCES programme_base_activities(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES experts(id),
        PRIMARY KEY (activity_id, expert_id)
      )`);
    await q.query(`
      CREATE TABLE programme_base_evaluations (
        base_id uuid NOT NULL REFERENCES programme_bases(id) ON DELETE CASCADE,
        year int NOT NULL,
        score int NOT NULL CHECK (score BETWEEN 0 AND 100),
        rating varchar(16) NOT NULL CHECK (rating IN ('EXCELLENT','PASS','FAIL')),
        comment text,
        evaluated_by uuid REFERENCES accounts(id),
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (base_id, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS programme_base_evaluations`);
    await q.query(`DROP TABLE IF EXISTS programme_base_activity_experts`);
    await q.query(`DROP TABLE IF EXISTS programme_base_activities`);
    await q.query(`DROP TABLE IF EXISTS programme_base_experts`);
  }
}
