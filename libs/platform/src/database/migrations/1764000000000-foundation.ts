import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, organisations, accounts, notifications, audit log, and the first shape of experts and demands. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE regions (
        code varchar(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
        name varchar(64) NOT NULL,
        level varchar(8) NOT NULL CHECK (level IN ('PROVINCE','CITY','COUNTY')),
        parent_code varchar(6) REFERENCES regions(code),
        key_assistance varchar(12) NOT NULL DEFAULT 'NONE' CHECK (key_assistance IN ('NONE','PROVINCIAL','NATIONAL'))
      )`);
    await q.query(`CREATE INDEX regions_parent_idx ON regions(parent_code)`);
    await q.query(`
      CREATE TABLE region_partnerships (
        serving_code varchar(6) NOT NULL REFERENCES regions(code),
        served_code varchar(6) NOT NULL REFERENCES regions(code),
        PRIMARY KEY (serving_code, served_code)
      )`);
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
        kind varchar(16) NOT NULL CHECK (kind IN ('UNIT','BUREAU','EMPLOYER','BASE')),
        region_code varchar(6) NOT NULL REFERENCES regions(code),
        credit_code varchar(18) UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX organizations_kind_name_region_uq ON organizations(kind, name, region_code)`,
    );
    await q.query(`CREATE INDEX organizations_region_idx ON organizations(region_code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE experts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(64) NOT NULL CHECK (length(btrim(name)) > 0),
        gender varchar(8) CHECK (gender IN ('MALE','FEMALE')),
        employer_id uuid REFERENCES organizations(id),
        title varchar(64) NOT NULL,
        title_level varchar(16) NOT NULL CHECK (title_level IN ('SENIOR','ASSOCIATE','INTERMEDIATE')),
        fields text[] NOT NULL DEFAULT '{}',
        specialties text NOT NULL DEFAULT '',
        honours text[] NOT NULL DEFAULT '{}',
        region_code varchar(6) NOT NULL REFERENCES regions(code),
        source varchar(20) NOT NULL CHECK (source IN ('LOCAL','OTHER_PROVINCE','HK_MACAO_TAIWAN','FOREIGN')),
        retired boolean NOT NULL DEFAULT false,
        phone varchar(20),
        email varchar(120),
        status varchar(12) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','INACTIVE')),
        annual_cap_days int NOT NULL DEFAULT 60 CHECK (annual_cap_days BETWEEN 1 AND 366),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX experts_region_idx ON experts(region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX experts_employer_idx ON experts(employer_id)`);
    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(32) NOT NULL,
        display_name varchar(64) NOT NULL,
        password_hash varchar(200) NOT NULL,
        role varchar(12) NOT NULL CHECK (role IN ('ADMIN','PROVINCE','LOCAL','UNIT','EXPERT')),
        organization_id uuid REFERENCES organizations(id),
        region_code varchar(6) REFERENCES regions(code),
        expert_id uuid REFERENCES experts(id),
        active boolean NOT NULL DEFAULT true,
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        token_version int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT accounts_scope_ck CHECK (
          (role <> 'LOCAL' OR region_code IS NOT NULL) AND
          (role <> 'PROVINCE' OR region_code IS NOT NULL) AND
          (role <> 'UNIT' OR organization_id IS NOT NULL) AND
          (role <> 'EXPERT' OR expert_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX accounts_username_uq ON accounts(lower(username))`);
    await q.query(
      `CREATE UNIQUE INDEX accounts_expert_uq ON accounts(expert_id) WHERE expert_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE demands (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32) NOT NULL UNIQUE,
        title varchar(100) NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL,
        fields text[] NOT NULL,
        service_forms text[] NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','REJECTED','ACCEPTED',
          'DISPATCHED','IN_SERVICE','DELIVERED','EVALUATED','CANCELLED')),
        region_code varchar(6) NOT NULL REFERENCES regions(code),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        experts_wanted int NOT NULL CHECK (experts_wanted BETWEEN 1 AND 50),
        min_title_level varchar(16) CHECK (min_title_level IN ('SENIOR','ASSOCIATE','INTERMEDIATE')),
        start_date date,
        end_date date,
        expected_days int CHECK (expected_days IS NULL OR expected_days >= 1),
        open_to_volunteers boolean NOT NULL DEFAULT false,
        contact_name varchar(64),
        contact_phone varchar(20),
        created_by uuid REFERENCES accounts(id),
        submitted_at timestamptz,
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT demands_period_ck CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
      )`);
    await q.query(`CREATE INDEX demands_region_status_idx ON demands(region_code text_pattern_ops, status)`);
    await q.query(`CREATE INDEX demands_org_idx ON demands(organization_id)`);
    await q.query(`
      CREATE TABLE demand_history (
        id bigserial PRIMARY KEY,
        demand_id uuid NOT NULL REFERENCES demands(id) ON DELETE CASCADE,
        from_status varchar(16),
        to_status varchar(16) NOT NULL,
        actor_id uuid REFERENCES accounts(id),
        actor_name varchar(64) NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        note text
      )`);
    await q.query(`CREATE INDEX demand_history_demand_idx ON demand_history(demand_id, at)`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind varchar(48) NOT NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL,
        link varchar(300),
        dedupe_key varchar(200),
        read_at timestamptz,
        delivered_at timestamptz,
        delivery_attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications(recipient_id, created_at DESC)`);
    await q.query(
      `CREATE UNIQUE INDEX notifications_dedupe_uq ON notifications(recipient_id, dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE notification_deliveries (
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel varchar(16) NOT NULL,
        delivered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, channel)
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_username varchar(64) NOT NULL,
        action varchar(64) NOT NULL,
        entity_type varchar(32) NOT NULL,
        entity_id varchar(64),
        before jsonb,
        after jsonb,
        ip varchar(64)
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log(at DESC)`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log(entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log(actor_id)`);
    await q.query(`
      CREATE TABLE system_state (
        key varchar(64) PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'system_state',
      'audit_log',
      'notification_deliveries',
      'notifications',
      'demand_history',
      'demands',
      'accounts',
      'experts',
      'organizations',
      'region_partnerships',
      'regions',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
