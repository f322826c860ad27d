import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts counted per (name tried, client address), per name across addresses and per address across
 * names ('*' stands for "any"), in the database so that every api process sees the same counts
 * (libs/domain/src/accounts/login-throttle.ts). They replace the per-account counter, which any stranger could
 * use to lock an account's owner out.
 */
export class LoginAttempts1765000101000 implements MigrationInterface {
  name = 'LoginAttempts1765000101000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempts (
        username varchar(40) NOT NULL,
        address varchar(64) NOT NULL,
        failures int NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locked_until timestamptz,
        last_attempt_at timestamptz,
        last_success_at timestamptz,
        PRIMARY KEY (username, address)
      )`);
    await q.query(`CREATE INDEX login_attempts_last_attempt_idx ON login_attempts (last_attempt_at)`);
    await q.query(`ALTER TABLE accounts DROP COLUMN failed_logins, DROP COLUMN locked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE accounts ADD COLUMN failed_logins int NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`,
    );
    await q.query(`DROP TABLE IF EXISTS login_attempts`);
  }
}
