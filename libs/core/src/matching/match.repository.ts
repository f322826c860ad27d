// The matching's reads and writes in PostgreSQL: the facts behind the hard rules and the features (bookings, days
// served, the demanding unit, partnerships, volunteers, ratings), each fetched for every candidate at once, and the
// volunteers (揭榜) table. Queries only; the rules are in libs/domain/src/matching/match-scoring.ts.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ratingsByExpert, type Field, type RegionPartnership } from '@app/domain';
import { ServiceRepository } from '../service/service.repository.js';
import { DemandEntity } from '../demands/demand.entity.js';
import { VolunteerEntity } from '../dispatch/dispatch.entities.js';
import { regionScopeSql } from '../access/region-scope-sql.js';

/** An INVITED/CONFIRMED assignment of a candidate, with its team's name and inclusive dates. */
export interface LiveAssignment {
  expertId: string;
  status: 'INVITED' | 'CONFIRMED';
  teamId: string;
  teamName: string;
  startDate: string;
  endDate: string;
}

/** What the matching knows about a demand beyond its row. */
export interface DemandMatchContext {
  unitName: string | null;
  partnerships: RegionPartnership[];
  /** Experts who volunteered (not withdrawn). */
  volunteerIds: Set<string>;
  /** Experts who declined an invitation to a team of this demand. */
  declinedIds: Set<string>;
}

export interface ExpertRating {
  average: number;
  count: number;
}

/** Inclusive dates as a PostgreSQL daterange literal ('[a,b]'), or 'empty'. */
function dateRange(start: string | null, end: string | null): string {
  return start && end && start <= end ? `[${start},${end}]` : 'empty';
}

@Injectable()
export class MatchRepository {
  constructor(
    private readonly db: DataSource,
    private readonly service: ServiceRepository,
  ) {}

  /** The demanding unit's name, the partnerships, the demand's volunteers and decliners, in one round trip. */
  async demandContext(
    demand: Pick<DemandEntity, 'id' | 'organizationId'>,
    manager: EntityManager = this.db.manager,
  ): Promise<DemandMatchContext> {
    const [row]: {
      unit_name: string | null;
      partnerships: { servingCode: string; servedCode: string }[];
      volunteers: string[];
      declined: string[];
    }[] = await manager.query(
      `SELECT
         (SELECT name FROM organizations WHERE id = $2) AS unit_name,
         (SELECT coalesce(json_agg(json_build_object('servingCode', serving_code, 'servedCode', served_code)), '[]'::json)
            FROM region_partnerships) AS partnerships,
         (SELECT coalesce(json_agg(expert_id), '[]'::json) FROM volunteers WHERE demand_id = $1 AND withdrawn_at IS NULL) AS volunteers,
         (SELECT coalesce(json_agg(DISTINCT a.expert_id), '[]'::json)
            FROM team_demands td JOIN assignments a ON a.team_id = td.team_id
           WHERE td.demand_id = $1 AND a.status = 'DECLINED') AS declined`,
      [demand.id, demand.organizationId],
    );
    return {
      unitName: row?.unit_name ?? null,
      partnerships: row?.partnerships ?? [],
      volunteerIds: new Set(row?.volunteers ?? []),
      declinedIds: new Set(row?.declined ?? []),
    };
  }

  /**
   * Up to `limit` active experts of a field who pass the rules the database can check at once (minimum title, not
   * booked in the period, within the region prefixes): whether the library can serve a field at all.
   */
  async eligibleInField(
    field: Field,
    o: {
      minTitleRank: number;
      period: { startDate: string; endDate: string } | null;
      regionPrefixes: string[] | null;
      exclude: readonly string[];
    },
    limit = 20,
  ): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT e.id FROM experts e
        WHERE e.status = 'ACTIVE' AND $1 = ANY(e.fields)
          AND (CASE e.title_level WHEN 'SENIOR' THEN 3 WHEN 'ASSOCIATE' THEN 2 ELSE 1 END) >= $2
          AND ${regionScopeSql('e.region_code', o.regionPrefixes)}
          AND NOT (e.id = ANY($3::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.expert_id = e.id AND a.status IN ('INVITED', 'CONFIRMED')
                            AND a.period && $4::daterange)
        ORDER BY e.id LIMIT $5`,
      [
        field,
        o.minTitleRank,
        [...o.exclude],
        dateRange(o.period?.startDate ?? null, o.period?.endDate ?? null),
        limit,
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Every partnership (对口帮扶); a handful of rows. */
  async partnerships(): Promise<RegionPartnership[]> {
    const rows: { serving_code: string; served_code: string }[] = await this.db.query(
      `SELECT serving_code, served_code FROM region_partnerships`,
    );
    return rows.map((r) => ({ servingCode: r.serving_code, servedCode: r.served_code }));
  }

  /**
   * The live assignments of the candidates that matter to a demand: those overlapping its wanted period (bookings)
   * and the confirmed ones in the given year (days served). One query for all candidates.
   */
  async liveAssignments(
    expertIds: readonly string[],
    period: { start: string | null; end: string | null },
    year: number,
  ): Promise<LiveAssignment[]> {
    if (!expertIds.length) return [];
    return this.db.query(
      `SELECT a.expert_id AS "expertId", a.status, a.team_id AS "teamId", t.name AS "teamName",
              lower(a.period)::text AS "startDate", (upper(a.period) - 1)::text AS "endDate"
         FROM assignments a JOIN teams t ON t.id = a.team_id
        WHERE a.expert_id = ANY($1::uuid[]) AND a.status IN ('INVITED', 'CONFIRMED')
          AND (a.period && $2::daterange OR (a.status = 'CONFIRMED' AND a.period && $3::daterange))
        ORDER BY lower(a.period), t.name`,
      [expertIds, dateRange(period.start, period.end), dateRange(`${year}-01-01`, `${year}-12-31`)],
    );
  }

  /** Every live assignment of one expert (recommending demands to that expert). */
  async liveAssignmentsOf(expertId: string): Promise<LiveAssignment[]> {
    return this.db.query(
      `SELECT a.expert_id AS "expertId", a.status, a.team_id AS "teamId", t.name AS "teamName",
              lower(a.period)::text AS "startDate", (upper(a.period) - 1)::text AS "endDate"
         FROM assignments a JOIN teams t ON t.id = a.team_id
        WHERE a.expert_id = $1 AND a.status IN ('INVITED', 'CONFIRMED')
        ORDER BY lower(a.period)`,
      [expertId],
    );
  }

  /** Average ratings of the experts' past services (基层反向评价, with the follow-ups' answers). */
  async ratings(expertIds: readonly string[]): Promise<Map<string, ExpertRating>> {
    return ratingsByExpert(await this.service.evaluationsOfExperts(expertIds));
  }

  /** Names of organisations by id (回避 also compares the names: one hospital may be both a unit and an employer). */
  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (!unique.length) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Demands open to volunteers (ACCEPTED, 揭榜) in any of `fields`, newest first. */
  async openDemands(fields: readonly Field[], limit: number): Promise<DemandEntity[]> {
    if (!fields.length) return [];
    return this.db
      .getRepository(DemandEntity)
      .createQueryBuilder('d')
      .where(`d.status = 'ACCEPTED' AND d.open_to_volunteers AND d.merged_into_id IS NULL`)
      .andWhere('d.fields && CAST(:fields AS text[])', { fields: [...fields] })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Demands the expert volunteered for (not withdrawn), among `demandIds`. */
  async volunteeredDemandIds(expertId: string, demandIds: readonly string[]): Promise<Set<string>> {
    if (!demandIds.length) return new Set();
    const rows: { demand_id: string }[] = await this.db.query(
      `SELECT demand_id FROM volunteers WHERE expert_id = $1 AND demand_id = ANY($2::uuid[]) AND withdrawn_at IS NULL`,
      [expertId, demandIds],
    );
    return new Set(rows.map((r) => r.demand_id));
  }

  // ---- Volunteers (揭榜) ----------------------------------------------------------------------------------

  findVolunteer(manager: EntityManager, demandId: string, expertId: string): Promise<VolunteerEntity | null> {
    return manager.getRepository(VolunteerEntity).findOneBy({ demandId, expertId });
  }

  /**
   * Records the volunteer once; a second time for the same demand inserts nothing and returns null (the unique
   * key decides, so two simultaneous requests cannot both succeed).
   */
  async insertVolunteer(
    manager: EntityManager,
    row: { demandId: string; expertId: string; message: string | null },
  ): Promise<VolunteerEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO volunteers (demand_id, expert_id, message) VALUES ($1, $2, $3)
       ON CONFLICT (demand_id, expert_id) DO NOTHING RETURNING id`,
      [row.demandId, row.expertId, row.message],
    );
    if (!rows.length) return null;
    return manager.getRepository(VolunteerEntity).findOneByOrFail({ id: rows[0]!.id });
  }

  /** A withdrawn volunteer who comes back: the same row, with the new message and time. */
  async reviveVolunteer(
    manager: EntityManager,
    id: string,
    message: string | null,
  ): Promise<VolunteerEntity> {
    await manager.query(
      `UPDATE volunteers SET withdrawn_at = NULL, message = $2, created_at = now() WHERE id = $1`,
      [id, message],
    );
    return manager.getRepository(VolunteerEntity).findOneByOrFail({ id });
  }

  /** Which of these demands have volunteers (not withdrawn): one statement for a list of demands. */
  async demandsWithVolunteers(demandIds: readonly string[]): Promise<Set<string>> {
    if (demandIds.length === 0) return new Set();
    const rows: { demand_id: string }[] = await this.db.query(
      `SELECT DISTINCT demand_id FROM volunteers WHERE demand_id = ANY($1::uuid[]) AND withdrawn_at IS NULL`,
      [[...demandIds]],
    );
    return new Set(rows.map((r) => r.demand_id));
  }

  /** The demand's volunteers (not withdrawn), first come first. */
  volunteersOf(demandId: string): Promise<VolunteerEntity[]> {
    return this.db
      .getRepository(VolunteerEntity)
      .createQueryBuilder('v')
      .where('v.demand_id = :demandId AND v.withdrawn_at IS NULL', { demandId })
      .orderBy('v.created_at', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
  }

  /** Dispatchers (PROVINCE accounts) whose scope covers the region: its province, or a partner serving it. */
  async dispatchersFor(manager: EntityManager, regionCode: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM accounts a WHERE role = 'PROVINCE' AND active AND (
         a.region_code = substr($1::text, 1, 2) || '0000' OR EXISTS (
           SELECT 1 FROM region_partnerships p WHERE p.serving_code = a.region_code
             AND $1::text LIKE (CASE WHEN p.served_code LIKE '%0000' THEN substr(p.served_code, 1, 2)
                               WHEN p.served_code LIKE '%00' THEN substr(p.served_code, 1, 4) ELSE p.served_code END) || '%'))`,
      [regionCode],
    );
    return rows.map((r) => r.id);
  }

  /** The nearest LOCAL bureaus covering the region (county, else city, else province). */
  async nearestBureaus(manager: EntityManager, regionCode: string): Promise<string[]> {
    const rows: { id: string; region_code: string }[] = await manager.query(
      `SELECT id, region_code FROM accounts WHERE role = 'LOCAL' AND active
         AND region_code IN ($1::text, substr($1::text, 1, 4) || '00', substr($1::text, 1, 2) || '0000')
       ORDER BY region_code DESC`,
      [regionCode],
    );
    const nearest = rows[0]?.region_code;
    return rows.filter((r) => r.region_code === nearest).map((r) => r.id);
  }
}
