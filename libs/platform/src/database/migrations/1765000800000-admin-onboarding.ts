import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NATIONAL_SCHEDULES } from '@app/domain';

/**
 * The admin console and onboarding (#13):
 * - calendar_days: public holidays and 调休 workdays that ADMIN keeps per year, pre-filled with the published schedules;
 * - unit_registrations: units that register themselves, pending until the LOCAL bureau of their region decides;
 * - one_time_codes: codes sent to a mobile (only a hash is kept, with its expiry and attempts);
 * - expert_claim_invitations: a bureau's invitations to experts of the library to claim their record.
 */
export class AdminOnboarding1765000800000 implements MigrationInterface {
  name = 'AdminOnboarding1765000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_days (
        day date PRIMARY KEY,
        kind varchar(8) NOT NULL CHECK (kind IN ('HOLIDAY','WORKDAY')),
        name varchar(20),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_days_workday_weekend_ck CHECK (kind <> 'WORKDAY' OR extract(isodow FROM day) IN (6, 7))
      )`);
    const days = Object.values(NATIONAL_SCHEDULES).flat();
    await q.query(
      `INSERT INTO calendar_days (day, kind, name) SELECT * FROM unnest($1::date[], $2::text[], $3::text[])`,
      [days.map((d) => d.date), days.map((d) => d.kind), days.map((d) => d.name ?? null)],
    );

    await q.query(`
      CREATE TABLE unit_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        credit_code varchar(18) NOT NULL,
        region_code varchar(6) NOT NULL REFERENCES regions(code),
        contact_name varchar(32) NOT NULL,
        mobile varchar(11) NOT NULL,
        username varchar(32) NOT NULL,
        password_hash varchar(200) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        reason varchar(200),
        reviewed_by uuid REFERENCES accounts(id),
        reviewed_at timestamptz,
        organization_id uuid REFERENCES organizations(id),
        account_id uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT unit_registrations_decision_ck CHECK (
          (status = 'PENDING' AND reviewed_at IS NULL) OR
          (status = 'APPROVED' AND reviewed_at IS NOT NULL AND account_id IS NOT NULL AND organization_id IS NOT NULL) OR
          (status = 'REJECTED' AND reviewed_at IS NOT NULL AND reason IS NOT NULL))
      )`);
    // One open application per name and per credit code; decided ones stay as history.
    await q.query(
      `CREATE UNIQUE INDEX unit_registrations_pending_username_uq ON unit_registrations (lower(username)) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX unit_registrations_pending_credit_uq ON unit_registrations (credit_code) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX unit_registrations_region_idx ON unit_registrations (region_code text_pattern_ops, created_at)`,
    );

    await q.query(`
      CREATE TABLE one_time_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mobile varchar(11) NOT NULL,
        purpose varchar(16) NOT NULL,
        code_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        consumed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX one_time_codes_mobile_idx ON one_time_codes (mobile, purpose, created_at DESC)`,
    );

    await q.query(`
      CREATE TABLE expert_claim_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        expert_id uuid NOT NULL REFERENCES experts(id) ON DELETE CASCADE,
        invited_by uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        claimed_at timestamptz
      )`);
    await q.query(`CREATE INDEX expert_claim_invitations_expert_idx ON expert_claim_invitations (expert_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS expert_claim_invitations`);
    await q.query(`DROP TABLE IF EXISTS one_time_codes`);
    await q.query(`DROP TABLE IF EXISTS unit_registrations`);
    await q.query(`DROP TABLE IF EXISTS calendar_days`);
  }
}
