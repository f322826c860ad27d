import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 服务菜单 (点餐): what an approved team or a service base offers — title, description, fields, service forms,
 * places (regions it serves), months, capacity — and the orders units place from it, each a demand linked to the
 * offer (and so to its team or base). A demand is ordered from one offer at most.
 */
export class ProgrammeOffers1765001000000 implements MigrationInterface {
  name = 'ProgrammeOffers1765001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid REFERENCES teams(id) ON DELETE CASCADE,
        base_id uuid REFERENCES programme_bases(id) ON DELETE CASCADE,
        owner_organization_id uuid NOT NULL REFERENCES organizations(id),
        year int NOT NULL,
        title varchar(100) NOT NULL,
        description text NOT NULL,
        fields text[] NOT NULL,
        service_forms text[] NOT NULL,
        region_codes text[] NOT NULL,
        places varchar(200) NOT NULL DEFAULT '',
        months int[] NOT NULL,
        capacity int NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        status varchar(8) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
        created_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_offers_one_owner CHECK (num_nonnulls(team_id, base_id) = 1),
        CONSTRAINT programme_offers_months CHECK (cardinality(months) > 0 AND months <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12]),
        CONSTRAINT programme_offers_fields CHECK (cardinality(fields) > 0)
      )`);
    await q.query(`CREATE INDEX programme_offers_year_idx ON programme_offers (year, status)`);
    await q.query(`CREATE INDEX programme_offers_fields_idx ON programme_offers USING gin (fields)`);
    await q.query(`
      CREATE TABLE programme_offer_orders (
        demand_id uuid PRIMARY KEY REFERENCES demands(id) ON DELETE CASCADE,
        offer_id uuid NOT NULL REFERENCES programme_offers(id),
        ordered_by uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX programme_offer_orders_offer_idx ON programme_offer_orders (offer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS programme_offer_orders`);
    await q.query(`DROP TABLE IF EXISTS programme_offers`);
  }
}
