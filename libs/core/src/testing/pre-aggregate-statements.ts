// The statements that the trigger-kept aggregates of migrations 1765003400000 and 1765003900000 replaced (issue #15
// item 4), as they were just before: each reads the live rows (indexable scope, region-scope-sql.ts). The equality test
// compares the aggregates' answers with them after every kind of write, and bench:scale measures them beside
// their replacements on the same database. Parameters: dispatchHours and evaluations $1 = from, $2 = to (a year as
// instants); batchPeriodsOfExperts and annex3Rows $1 = year; demandsByField and deliveries $1 = from, $2 = to;
// activeExpertsPerCityAndField $1 = fields.
import { regionScopeSql } from '../access/region-scope-sql.js';
import { annex3Statement } from '../service/report.repository.js';

type Scope = readonly string[] | null;

export const PRE_AGGREGATE_STATEMENTS = {
  demandsByField: (scope: Scope) => `SELECT f.field, count(*)::int AS count
       FROM demands d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.fields) AS field) f
       WHERE ${regionScopeSql('d.region_code', scope)} AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
         AND COALESCE(d.submitted_at, d.created_at) >= $1 AND COALESCE(d.submitted_at, d.created_at) < $2
       GROUP BY f.field`,
  deliveries: (scope: Scope) => `SELECT count(*)::int AS delivered,
              count(*) FILTER (WHERE ((d.delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::date <= d.end_date)::int AS on_time
       FROM demands d
       WHERE ${regionScopeSql('d.region_code', scope)} AND d.delivered_at >= $1 AND d.delivered_at < $2`,
  /** `cities`: four-digit city prefixes. */
  activeExpertsPerCityAndField: (
    cities: readonly string[],
  ) => `SELECT substr(e.region_code, 1, 4) AS city, f.field, count(*)::int AS count
       FROM experts e CROSS JOIN LATERAL (SELECT DISTINCT unnest(e.fields) AS field) f
       WHERE e.status = 'ACTIVE' AND ${regionScopeSql(
         'e.region_code',
         cities.map((c) => c + '%'),
       )} AND f.field = ANY($1::text[])
       GROUP BY 1, 2`,
  /** Annex 3 with the scope's teams found from its demands of every year (the per-team part is shared). $1 = year. */
  annex3Rows: (scope: Scope) =>
    annex3Statement(
      scope === null
        ? ''
        : `AND t.id IN (SELECT td.team_id FROM demands d JOIN team_demands td ON td.demand_id = d.id
                         WHERE ${regionScopeSql('d.region_code', scope)})`,
    ),
  /** The board's counts per status; `hidden` = units' drafts when the reader may not list them. */
  boardCounts: (scope: Scope, hideUnitDrafts: boolean, extra = 'TRUE') => {
    const hidden = `(d.status = 'DRAFT' AND NOT d.filed_by_bureau)`;
    return `SELECT d.status,
              ${hideUnitDrafts ? `count(*) FILTER (WHERE NOT ${hidden})` : 'count(*)'}::int AS count,
              ${hideUnitDrafts ? `count(*) FILTER (WHERE ${hidden})` : '0'}::int AS hidden
         FROM demands d WHERE ${regionScopeSql('d.region_code', scope)} AND ${extra}
        GROUP BY d.status`;
  },
  dispatchHours: (scope: Scope) => `SELECT EXTRACT(EPOCH FROM (h.at - d.submitted_at)) / 3600 AS hours
       FROM demands d
       JOIN LATERAL (SELECT min(dh.at) AS at FROM demand_history dh WHERE dh.demand_id = d.id AND dh.to_status = 'DISPATCHED') h ON h.at IS NOT NULL
       WHERE ${regionScopeSql('d.region_code', scope)}
         AND d.submitted_at IS NOT NULL AND h.at >= $1 AND h.at < $2`,
  evaluations: (scope: Scope) => `SELECT count(*)::int AS count,
              sum(e.expertise + e.problem_solving + e.attitude + e.timeliness) AS score_sum,
              count(*) FILTER (WHERE e.problem_solved = 'YES')::int AS yes,
              count(*) FILTER (WHERE e.problem_solved = 'PARTIAL')::int AS partial,
              count(*) FILTER (WHERE e.problem_solved = 'NO')::int AS no
       FROM evaluations e JOIN demands d ON d.id = e.demand_id
       WHERE ${regionScopeSql('d.region_code', scope)}
         AND e.created_at >= $1 AND e.created_at < $2`,
  batchPeriodsOfExperts: (scope: Scope) =>
    scope === null
      ? `SELECT be.expert_id, b.start_date::text AS start_date, b.end_date::text AS end_date, b.days
       FROM service_batch_experts be
       JOIN service_batches b ON b.id = be.batch_id AND b.superseded_at IS NULL
       WHERE b.start_date <= make_date($1, 12, 31) AND b.end_date >= make_date($1, 1, 1)
       ORDER BY be.expert_id, b.start_date`
      : `SELECT e.id AS expert_id, b.start_date::text AS start_date, b.end_date::text AS end_date, b.days
       FROM experts e
       CROSS JOIN LATERAL (
         SELECT b.start_date, b.end_date, b.days
         FROM service_batch_experts be
         JOIN service_batches b ON b.id = be.batch_id AND b.superseded_at IS NULL
         WHERE be.expert_id = e.id AND b.start_date <= make_date($1, 12, 31) AND b.end_date >= make_date($1, 1, 1)
         OFFSET 0) b
       WHERE ${regionScopeSql('e.region_code', scope)}
       ORDER BY e.id, b.start_date`,
};

/**
 * Every aggregate row against the same rows derived from the live tables: each query returns the differences
 * (empty when exact), for the equality test and a check after a bench load.
 */
export const AGGREGATE_DIFFERENCES = {
  demandStatusCounts: `
    WITH kept AS (SELECT region_code, year::int AS year, status, filed_by_bureau, count FROM demand_status_counts WHERE count > 0),
    live AS (SELECT region_code,
                    extract(year FROM (COALESCE(submitted_at, created_at) AT TIME ZONE 'UTC') + interval '8 hours')::int AS year,
                    status, filed_by_bureau, count(*)::int AS count
             FROM demands GROUP BY 1, 2, 3, 4)
    (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM live)
    UNION ALL (SELECT 'live', * FROM live EXCEPT SELECT 'live', * FROM kept)`,
  expertBatchYears: `
    WITH kept AS (SELECT batch_id, expert_id, year::int AS year, region_code, start_date, end_date, days FROM expert_batch_years),
    live AS (
      SELECT b.id AS batch_id, e.id AS expert_id, y AS year, e.region_code, b.start_date, b.end_date, b.days
      FROM service_batch_experts p
      JOIN service_batches b ON b.id = p.batch_id AND b.superseded_at IS NULL
      JOIN experts e ON e.id = p.expert_id
      CROSS JOIN LATERAL generate_series(extract(year FROM b.start_date)::int, extract(year FROM b.end_date)::int) y)
    (SELECT 'kept' AS side, * FROM kept EXCEPT ALL SELECT 'kept', * FROM live)
    UNION ALL (SELECT 'live', * FROM live EXCEPT ALL SELECT 'live', * FROM kept)`,
  evaluationRegionYears: `
    WITH kept AS (SELECT region_code, year::int AS year, count, score_sum, yes, partial, no
                  FROM evaluation_region_years WHERE count > 0 OR score_sum > 0 OR yes > 0 OR partial > 0 OR no > 0),
    live AS (
      SELECT d.region_code, extract(year FROM (e.created_at AT TIME ZONE 'UTC') + interval '8 hours')::int AS year,
             count(*)::int AS count, sum(e.expertise + e.problem_solving + e.attitude + e.timeliness)::bigint AS score_sum,
             count(*) FILTER (WHERE e.problem_solved = 'YES')::int AS yes,
             count(*) FILTER (WHERE e.problem_solved = 'PARTIAL')::int AS partial,
             count(*) FILTER (WHERE e.problem_solved = 'NO')::int AS no
      FROM evaluations e JOIN demands d ON d.id = e.demand_id GROUP BY 1, 2)
    (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM live)
    UNION ALL (SELECT 'live', * FROM live EXCEPT SELECT 'live', * FROM kept)`,
  teamDemandRegions: `
    WITH kept AS (SELECT team_id, demand_id, year::int AS year, region_code FROM team_demand_regions),
    live AS (SELECT t.id AS team_id, d.id AS demand_id, extract(year FROM t.start_date)::int AS year, d.region_code
             FROM team_demands td JOIN teams t ON t.id = td.team_id JOIN demands d ON d.id = td.demand_id)
    (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM live)
    UNION ALL (SELECT 'live', * FROM live EXCEPT SELECT 'live', * FROM kept)`,
  demandFieldCounts: `
    WITH kept AS (SELECT region_code, year::int AS year, field, count FROM demand_field_counts WHERE count > 0),
    live AS (SELECT d.region_code,
                    extract(year FROM (COALESCE(d.submitted_at, d.created_at) AT TIME ZONE 'UTC') + interval '8 hours')::int AS year,
                    f.field, count(*)::int AS count
             FROM demands d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.fields) AS field) f
             WHERE d.status <> 'DRAFT' OR d.filed_by_bureau GROUP BY 1, 2, 3)
    (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM live)
    UNION ALL (SELECT 'live', * FROM live EXCEPT SELECT 'live', * FROM kept)`,
  demandDeliveryCounts: `
    WITH kept AS (SELECT region_code, year::int AS year, delivered, on_time FROM demand_delivery_counts WHERE delivered > 0),
    live AS (SELECT region_code, extract(year FROM (delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::int AS year,
                    count(*)::int AS delivered,
                    count(*) FILTER (WHERE ((delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::date <= end_date)::int AS on_time
             FROM demands WHERE delivered_at IS NOT NULL GROUP BY 1, 2)
    (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM live)
    UNION ALL (SELECT 'live', * FROM live EXCEPT SELECT 'live', * FROM kept)`,
  expertCityFieldCounts: `
    WITH kept AS (SELECT city::text AS city, field, count FROM expert_city_field_counts WHERE count > 0),
    live AS (SELECT substr(e.region_code, 1, 4)::text AS city, f.field, count(*)::int AS count
             FROM experts e CROSS JOIN LATERAL (SELECT DISTINCT unnest(e.fields) AS field) f
             WHERE e.status = 'ACTIVE' GROUP BY 1, 2)
    (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM live)
    UNION ALL (SELECT 'live', * FROM live EXCEPT SELECT 'live', * FROM kept)`,
  firstDispatch: `
    SELECT d.id, d.first_dispatched_at, h.at
    FROM demands d
    LEFT JOIN (SELECT demand_id, min(at) AS at FROM demand_history WHERE to_status = 'DISPATCHED' GROUP BY demand_id) h
      ON h.demand_id = d.id
    WHERE d.first_dispatched_at IS DISTINCT FROM h.at`,
};
