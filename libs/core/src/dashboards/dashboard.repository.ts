// The queries behind the dashboards (数据看板): counts and samples over demands, their history, evaluations,
// service batches and experts, each limited to region LIKE prefixes (`null` = everywhere) and, where a figure
// belongs to a year, to a period of instants [from, to). Nothing but SQL here; DashboardService gives it meaning.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DemandStatus, Field, ProblemSolved } from '@app/domain';
import { regionScopeSql } from '../access/region-scope-sql.js';

/** Region LIKE prefixes (`['31%', '653125%']`); `null` = no restriction. */
export type RegionScope = string[] | null;

/** A year as instants: [from, to). */
export interface YearSpan {
  from: Date;
  to: Date;
}

/** A row of the by-region chart: demands whose region code starts with `prefix` count for `code`. */
export interface RegionGroup {
  code: string;
  prefix: string;
}

export interface BatchPeriodRow {
  expertId: string;
  startDate: string;
  endDate: string;
  days: number;
}

/** The counter keys a dashboard counts (not a unit's unsubmitted draft: bureaus never see those), on `demand_status_counts c`. */
const COUNTED_KEY = `(c.status <> 'DRAFT' OR c.filed_by_bureau)`;

@Injectable()
export class DashboardRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Demands counted in `year` per status, from `demand_status_counts` (per region, counted year, status and filer,
   * kept by triggers on demands, migration 1765003400000): a province's rows are its counties', not its demands.
   */
  async demandsByStatus(
    scope: RegionScope,
    year: number,
  ): Promise<{ status: DemandStatus; count: number }[]> {
    const rows: { status: DemandStatus; count: number }[] = await this.db.query(
      `SELECT c.status, sum(c.count)::int AS count FROM demand_status_counts c
       WHERE c.year = $1 AND ${regionScopeSql('c.region_code', scope)} AND ${COUNTED_KEY}
       GROUP BY c.status HAVING sum(c.count) > 0`,
      [year],
    );
    return rows;
  }

  /**
   * Demands counted in `year` per field (a demand counts once for each field it names), from `demand_field_counts`
   * (per region, counted year and field, kept by triggers on demands, migration 1765003900000).
   */
  async demandsByField(scope: RegionScope, year: number): Promise<{ field: Field; count: number }[]> {
    return this.db.query(
      `SELECT c.field, sum(c.count)::int AS count FROM demand_field_counts c
       WHERE c.year = $1 AND ${regionScopeSql('c.region_code', scope)}
       GROUP BY c.field HAVING sum(c.count) > 0`,
      [year],
    );
  }

  /** Demands counted in `year` per group (every group listed, with 0 when none), from `demand_status_counts`. */
  async demandsByRegionGroup(
    scope: RegionScope,
    year: number,
    groups: readonly RegionGroup[],
  ): Promise<Map<string, number>> {
    if (!groups.length) return new Map();
    const rows: { code: string; count: number }[] = await this.db.query(
      `SELECT g.code, COALESCE(sum(c.count), 0)::int AS count
       FROM unnest($2::text[], $3::text[]) AS g(code, prefix)
       LEFT JOIN demand_status_counts c ON c.region_code LIKE g.prefix || '%' AND c.year = $1
         AND ${regionScopeSql('c.region_code', scope)} AND ${COUNTED_KEY}
       GROUP BY g.code`,
      [year, groups.map((g) => g.code), groups.map((g) => g.prefix)],
    );
    return new Map(rows.map((r) => [r.code, r.count]));
  }

  /**
   * Hours from submission to dispatch (the first history row into DISPATCHED) of the demands in scope that were
   * first dispatched in the period. `first_dispatched_at` is that row's time, kept by a trigger on the history
   * (migration 1765003400000): the scope's dispatched demands are one index range, not a history probe each.
   */
  async dispatchHours(scope: RegionScope, period: YearSpan): Promise<number[]> {
    const rows: { hours: string }[] = await this.db.query(
      `SELECT EXTRACT(EPOCH FROM (d.first_dispatched_at - d.submitted_at)) / 3600 AS hours
       FROM demands d
       WHERE ${regionScopeSql('d.region_code', scope)} AND d.first_dispatched_at IS NOT NULL
         AND d.submitted_at IS NOT NULL AND d.first_dispatched_at >= $1 AND d.first_dispatched_at < $2`,
      [period.from, period.to],
    );
    return rows.map((r) => Number(r.hours));
  }

  /**
   * Demands delivered in `year` (China time), and those delivered (China date) no later than their wanted end date,
   * from `demand_delivery_counts` (per region and year of delivery, kept by triggers, migration 1765003900000).
   */
  async deliveries(scope: RegionScope, year: number): Promise<{ delivered: number; onTime: number }> {
    const [row]: { delivered: number; on_time: number }[] = await this.db.query(
      `SELECT COALESCE(sum(c.delivered), 0)::int AS delivered, COALESCE(sum(c.on_time), 0)::int AS on_time
       FROM demand_delivery_counts c
       WHERE c.year = $1 AND ${regionScopeSql('c.region_code', scope)}`,
      [year],
    );
    return { delivered: row?.delivered ?? 0, onTime: row?.on_time ?? 0 };
  }

  /**
   * Evaluations given in `year` (China time) to demands in scope: how many, the sum of all their scores, and the
   * answers. Read from `evaluation_region_years` (per demand region and year, kept by triggers on evaluations and on
   * a demand's move, migration 1765003400000): a province's rows are its counties', not its evaluations.
   */
  async evaluations(
    scope: RegionScope,
    year: number,
  ): Promise<{ count: number; scoreSum: number; solved: Record<ProblemSolved, number> }> {
    const [row]: { count: number; score_sum: string | null; yes: number; partial: number; no: number }[] =
      await this.db.query(
        `SELECT COALESCE(sum(y.count), 0)::int AS count, sum(y.score_sum) AS score_sum,
              COALESCE(sum(y.yes), 0)::int AS yes, COALESCE(sum(y.partial), 0)::int AS partial,
              COALESCE(sum(y.no), 0)::int AS no
         FROM evaluation_region_years y
         WHERE y.year = $1 AND ${regionScopeSql('y.region_code', scope)}`,
        [year],
      );
    return {
      count: row?.count ?? 0,
      scoreSum: Number(row?.score_sum ?? 0),
      solved: { YES: row?.yes ?? 0, PARTIAL: row?.partial ?? 0, NO: row?.no ?? 0 },
    };
  }

  /**
   * The current versions of the batches overlapping `year` of every expert located in scope, read from
   * `expert_batch_years` (one row per current batch, expert and year it overlaps, with the expert's present region;
   * kept by triggers in the batch writes' transactions, migration 1765003400000): one index range of the scope and
   * year. Going from the scope's experts to their batches probed every batch of each (190,000 lookups for a
   * province at 1,000,000, bench:scale).
   */
  async batchPeriodsOfExperts(scope: RegionScope, year: number): Promise<BatchPeriodRow[]> {
    const rows: { expert_id: string; start_date: string; end_date: string; days: number }[] =
      await this.db.query(
        `SELECT y.expert_id, y.start_date::text AS start_date, y.end_date::text AS end_date, y.days
         FROM expert_batch_years y
         WHERE y.year = $1 AND ${regionScopeSql('y.region_code', scope)}
         ORDER BY y.expert_id, y.start_date`,
        [year],
      );
    return rows.map((r) => ({
      expertId: r.expert_id,
      startDate: r.start_date,
      endDate: r.end_date,
      days: r.days,
    }));
  }

  /** Demands in scope in one of `statuses`, per region and field (a demand counts once for each field it names). */
  async demandsPerRegionAndField(
    scope: RegionScope,
    statuses: readonly DemandStatus[],
  ): Promise<{ regionCode: string; field: Field; count: number }[]> {
    const rows: { region_code: string; field: Field; count: number }[] = await this.db.query(
      `SELECT d.region_code, f.field, count(*)::int AS count
       FROM demands d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.fields) AS field) f
       WHERE ${regionScopeSql('d.region_code', scope)} AND d.status = ANY($1::text[])
       GROUP BY d.region_code, f.field`,
      [[...statuses]],
    );
    return rows.map((r) => ({ regionCode: r.region_code, field: r.field, count: r.count }));
  }

  /**
   * Active experts per city (first four digits of the region code) and field, for the given cities and fields, from
   * `expert_city_field_counts` (kept by triggers on experts, migration 1765003900000).
   */
  async activeExpertsPerCityAndField(
    cityPrefixes: readonly string[],
    fields: readonly Field[],
  ): Promise<{ cityPrefix: string; field: Field; count: number }[]> {
    if (!cityPrefixes.length || !fields.length) return [];
    const rows: { city: string; field: Field; count: number }[] = await this.db.query(
      `SELECT c.city, c.field, c.count FROM expert_city_field_counts c
       WHERE c.city = ANY($1::text[]) AND c.field = ANY($2::text[]) AND c.count > 0`,
      [[...cityPrefixes], [...fields]],
    );
    return rows.map((r) => ({ cityPrefix: r.city, field: r.field, count: r.count }));
  }

  /** The active service bases of the scope, with their person-times in `year` and how many meet the yearly number. */
  async bases(
    scope: RegionScope,
    year: number,
    required: number,
  ): Promise<{ count: number; personTimes: number; meeting: number }> {
    const [row]: { count: number; person_times: number; meeting: number }[] = await this.db.query(
      `WITH b AS (
         SELECT b.id, (SELECT count(*)::int FROM programme_base_activities a JOIN programme_base_activity_experts x ON x.activity_id = a.id
                        WHERE a.base_id = b.id AND extract(year FROM a.held_on) = $1) AS pt
         FROM programme_bases b
         WHERE b.status = 'ACTIVE' AND ${regionScopeSql('b.region_code', scope)})
       SELECT count(*)::int AS count, COALESCE(sum(pt), 0)::int AS person_times, count(*) FILTER (WHERE pt >= $2)::int AS meeting FROM b`,
      [year, required],
    );
    return { count: row?.count ?? 0, personTimes: row?.person_times ?? 0, meeting: row?.meeting ?? 0 };
  }
}
