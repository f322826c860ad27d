// Who hears of what: the active accounts a notice goes to (the bureaus over a region, its dispatchers, a unit's
// accounts, experts' accounts, the leads of a demand's teams). Queries only; which notice goes to whom is the
// services' business.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class RecipientRepository {
  constructor(private readonly db: DataSource) {}

  /** LOCAL accounts whose region covers `regionCode` (county, city, province), most specific level first. */
  bureausCovering(
    regionCode: string,
    m: EntityManager = this.db.manager,
  ): Promise<{ id: string; regionCode: string }[]> {
    return m.query(
      `SELECT id, region_code AS "regionCode" FROM accounts WHERE role = 'LOCAL' AND active
         AND region_code IN ($1::text, substr($1::text, 1, 4) || '00', substr($1::text, 1, 2) || '0000')
       ORDER BY region_code DESC`,
      [regionCode],
    );
  }

  /** PROVINCE accounts of the region's province, and those whose partner regions (对口帮扶) include it. */
  async dispatchersFor(regionCode: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM accounts a WHERE role = 'PROVINCE' AND active AND (
         a.region_code = substr($1::text, 1, 2) || '0000' OR EXISTS (
           SELECT 1 FROM region_partnerships p WHERE p.serving_code = a.region_code
             AND $1::text LIKE (CASE WHEN p.served_code LIKE '%0000' THEN substr(p.served_code, 1, 2)
                               WHEN p.served_code LIKE '%00' THEN substr(p.served_code, 1, 4) ELSE p.served_code END) || '%'))`,
      [regionCode],
    );
    return rows.map((r) => r.id);
  }

  /** The UNIT accounts of an organisation. */
  async unitAccounts(organizationId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM accounts WHERE role = 'UNIT' AND active AND organization_id = $1`,
      [organizationId],
    );
    return rows.map((r) => r.id);
  }

  /** The EXPERT accounts of these experts. */
  async expertAccounts(
    expertIds: readonly string[],
    m: EntityManager = this.db.manager,
  ): Promise<{ id: string; expertId: string }[]> {
    if (!expertIds.length) return [];
    const rows: { id: string; expert_id: string }[] = await m.query(
      `SELECT id, expert_id FROM accounts WHERE role = 'EXPERT' AND active AND expert_id = ANY($1::uuid[])`,
      [expertIds],
    );
    return rows.map((r) => ({ id: r.id, expertId: r.expert_id }));
  }

  /** The accounts of the lead experts of the teams serving a demand. */
  async teamLeadsOfDemand(demandId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT DISTINCT ac.id FROM team_demands td JOIN teams t ON t.id = td.team_id
       JOIN accounts ac ON ac.expert_id = t.lead_expert_id AND ac.role = 'EXPERT' AND ac.active
       WHERE td.demand_id = $1`,
      [demandId],
    );
    return rows.map((r) => r.id);
  }
}
