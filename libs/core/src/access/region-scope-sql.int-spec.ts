// The statements rewritten for scale (issue #15, bench:scale) return exactly what they returned before: on a
// national fixture (experts and demands over every county, teams, batches, evaluations — the bench's own seed at
// a small size), each new repository method against the old statement (`region_code LIKE ANY($1::text[])`, kept
// here verbatim) for the whole country, a province, a province with partner regions, a county and an empty
// scope, in two years. Also: the new statements use the region index where the old ones read the whole table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';
import { insertSqlExperts, seedNationalDemands } from '../testing/national-seed.js';
import { DashboardRepository, type RegionScope } from '../dashboards/dashboard.repository.js';
import { ReportRepository } from '../service/report.repository.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { regionScopeSql } from './region-scope-sql.js';

let t: TestApp;
let db: DataSource;

const SCOPES: RegionScope[] = [null, ['51%'], ['31%', '5326%', '653125%'], ['510104%'], ['5101%', '51%'], []];
const YEARS = [2025, 2026];
const span = (year: number) => ({
  from: new Date(`${year}-01-01T00:00:00+08:00`),
  to: new Date(`${year + 1}-01-01T00:00:00+08:00`),
});

/** Rows in a stable order, for statements without ORDER BY. */
const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

// The statements as they were (HEAD before the rewrite); $1 = scope.
const COUNTED = `($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
  AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
  AND COALESCE(d.submitted_at, d.created_at) >= $2 AND COALESCE(d.submitted_at, d.created_at) < $3`;
const OLD = {
  demandsByStatus: `SELECT d.status, count(*)::int AS count FROM demands d WHERE ${COUNTED} GROUP BY d.status`,
  demandsByField: `SELECT f.field, count(*)::int AS count
       FROM demands d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.fields) AS field) f
       WHERE ${COUNTED} GROUP BY f.field`,
  demandsByRegionGroup: `SELECT g.code, count(d.id)::int AS count
       FROM unnest($4::text[], $5::text[]) AS g(code, prefix)
       LEFT JOIN demands d ON d.region_code LIKE g.prefix || '%' AND ${COUNTED}
       GROUP BY g.code`,
  dispatchHours: `SELECT EXTRACT(EPOCH FROM (h.at - d.submitted_at)) / 3600 AS hours
       FROM demands d
       JOIN LATERAL (SELECT min(dh.at) AS at FROM demand_history dh WHERE dh.demand_id = d.id AND dh.to_status = 'DISPATCHED') h ON h.at IS NOT NULL
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
         AND d.submitted_at IS NOT NULL AND h.at >= $2 AND h.at < $3`,
  deliveries: `SELECT count(*)::int AS delivered,
              count(*) FILTER (WHERE ((d.delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::date <= d.end_date)::int AS on_time
       FROM demands d
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
         AND d.delivered_at >= $2 AND d.delivered_at < $3`,
  evaluations: `SELECT count(*)::int AS count,
              sum(e.expertise + e.problem_solving + e.attitude + e.timeliness) AS score_sum,
              count(*) FILTER (WHERE e.problem_solved = 'YES')::int AS yes,
              count(*) FILTER (WHERE e.problem_solved = 'PARTIAL')::int AS partial,
              count(*) FILTER (WHERE e.problem_solved = 'NO')::int AS no
       FROM evaluations e JOIN demands d ON d.id = e.demand_id
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[]))
         AND e.created_at >= $2 AND e.created_at < $3`,
  batchPeriodsOfExperts: `SELECT be.expert_id, b.start_date::text AS start_date, b.end_date::text AS end_date, b.days
       FROM service_batch_experts be
       JOIN service_batches b ON b.id = be.batch_id AND b.superseded_at IS NULL
       JOIN experts e ON e.id = be.expert_id
       WHERE ($1::text[] IS NULL OR e.region_code LIKE ANY($1::text[]))
         AND b.start_date <= make_date($2, 12, 31) AND b.end_date >= make_date($2, 1, 1)
       ORDER BY be.expert_id, b.start_date`,
  demandsPerRegionAndField: `SELECT d.region_code, f.field, count(*)::int AS count
       FROM demands d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.fields) AS field) f
       WHERE ($1::text[] IS NULL OR d.region_code LIKE ANY($1::text[])) AND d.status = ANY($2::text[])
       GROUP BY d.region_code, f.field`,
  activeExpertsPerCityAndField: `SELECT substr(e.region_code, 1, 4) AS city, f.field, count(*)::int AS count
       FROM experts e CROSS JOIN LATERAL (SELECT DISTINCT unnest(e.fields) AS field) f
       WHERE e.status = 'ACTIVE' AND substr(e.region_code, 1, 4) = ANY($1::text[]) AND f.field = ANY($2::text[])
       GROUP BY 1, 2`,
  annex3Rows: `WITH t AS (
           SELECT t.id, t.name, t.level, t.lead_expert_id, t.created_at FROM teams t
           WHERE t.start_date BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
             AND EXISTS (SELECT 1 FROM assignments a WHERE a.team_id = t.id AND a.status IN ('INVITED','CONFIRMED'))
             AND ($2::text[] IS NULL OR EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                                                 WHERE td.team_id = t.id AND d.region_code LIKE ANY ($2::text[])))
         ), members AS (
           SELECT a.team_id, count(*) FILTER (WHERE a.status = 'CONFIRMED')::int AS n FROM assignments a JOIN t ON t.id = a.team_id GROUP BY a.team_id
         ), demand_info AS (
           SELECT td.team_id, array_agg(DISTINCT r.name) AS region_names, (array_agg(r.name ORDER BY d.code))[1] AS bureau,
                  string_agg(d.title || '：' || d.description, '；' ORDER BY d.code) AS summary
           FROM team_demands td JOIN t ON t.id = td.team_id JOIN demands d ON d.id = td.demand_id JOIN regions r ON r.code = d.region_code
           GROUP BY td.team_id
         ), demand_fields AS (
           SELECT td.team_id, array_agg(DISTINCT f) AS fields
           FROM team_demands td JOIN t ON t.id = td.team_id JOIN demands d ON d.id = td.demand_id CROSS JOIN LATERAL unnest(d.fields) f
           GROUP BY td.team_id
         ), batch_places AS (
           SELECT b.team_id, array_agg(DISTINCT r.name) AS region_names
           FROM service_batches b JOIN t ON t.id = b.team_id JOIN regions r ON r.code = b.region_code
           WHERE b.superseded_at IS NULL GROUP BY b.team_id
         ), batch_problems AS (
           SELECT b.team_id, array_agg(p ORDER BY b.start_date) AS problems
           FROM service_batches b JOIN t ON t.id = b.team_id CROSS JOIN LATERAL unnest(b.problems_solved) p
           WHERE b.superseded_at IS NULL GROUP BY b.team_id
         )
         SELECT t.id, t.name, t.level, e.name AS lead_name, e.title_level AS lead_title_level, e.honours AS lead_honours, o.name AS lead_employer,
                COALESCE(members.n, 0) AS members, COALESCE(batch_places.region_names, demand_info.region_names) AS region_names,
                demand_info.bureau, demand_fields.fields, demand_info.summary, batch_problems.problems
         FROM t
         JOIN experts e ON e.id = t.lead_expert_id
         LEFT JOIN organizations o ON o.id = e.employer_id
         LEFT JOIN members ON members.team_id = t.id
         LEFT JOIN demand_info ON demand_info.team_id = t.id
         LEFT JOIN demand_fields ON demand_fields.team_id = t.id
         LEFT JOIN batch_places ON batch_places.team_id = t.id
         LEFT JOIN batch_problems ON batch_problems.team_id = t.id
         ORDER BY t.created_at, t.id`,
  boardPage: `SELECT d.id FROM demands d
       WHERE d.region_code LIKE ANY($1::text[]) AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
       ORDER BY d.created_at DESC, d.id DESC LIMIT 21`,
  boardCounts: `SELECT d.status, count(*) FILTER (WHERE NOT (d.status = 'DRAFT' AND NOT d.filed_by_bureau))::int AS count
       FROM demands d WHERE d.region_code LIKE ANY($1::text[]) GROUP BY d.status`,
};

beforeAll(async () => {
  t = await startTestApp();
  db = t.runtime.dataSource;
  // One connection: the seed works through temporary tables.
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    const run = (text: string, values?: unknown[]) => runner.query(text, values);
    await insertSqlExperts(run, 3000);
    const counts = await seedNationalDemands(run, 3000);
    expect(counts.demands).toBe(3000);
    expect(counts.teams).toBeGreaterThan(1000);
    expect(counts.evaluations).toBeGreaterThan(500);
    await runner.query('ANALYZE');
  } finally {
    await runner.release();
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('dashboard statements with an indexable region scope', () => {
  it('return what the LIKE ANY statements returned, for every scope and year', async () => {
    const figures = t.app.get(DashboardRepository);
    let nonEmpty = 0;
    for (const scope of SCOPES) {
      for (const year of YEARS) {
        const { from, to } = span(year);
        const p = [scope, from, to];
        const same = async (name: keyof typeof OLD, now: unknown[], values: unknown[]) => {
          const before: unknown[] = await db.query(OLD[name], values);
          if (before.length) nonEmpty++;
          expect(sorted(now), `${name} ${JSON.stringify(scope)} ${year}`).toEqual(sorted(before));
        };
        await same('demandsByStatus', await figures.demandsByStatus(scope, span(year)), p);
        await same('demandsByField', await figures.demandsByField(scope, span(year)), p);
        const groups = [
          { code: '510000', prefix: '51' },
          { code: '510100', prefix: '5101' },
          { code: '310000', prefix: '31' },
        ];
        const byGroup = await figures.demandsByRegionGroup(scope, span(year), groups);
        const before: { code: string; count: number }[] = await db.query(OLD.demandsByRegionGroup, [
          ...p,
          groups.map((g) => g.code),
          groups.map((g) => g.prefix),
        ]);
        expect(Object.fromEntries(byGroup)).toEqual(Object.fromEntries(before.map((r) => [r.code, r.count])));
        const hours = await figures.dispatchHours(scope, span(year));
        const hoursBefore: { hours: string }[] = await db.query(OLD.dispatchHours, p);
        expect([...hours].sort()).toEqual(hoursBefore.map((r) => Number(r.hours)).sort());
        const [deliveries] = await db.query(OLD.deliveries, p);
        expect(await figures.deliveries(scope, span(year))).toEqual({
          delivered: deliveries.delivered,
          onTime: deliveries.on_time,
        });
        const [evaluations] = await db.query(OLD.evaluations, p);
        const evaluated = await figures.evaluations(scope, span(year));
        expect(evaluated.count).toBe(evaluations.count);
        expect(evaluated.scoreSum).toBe(Number(evaluations.score_sum ?? 0));
        expect(evaluated.solved).toEqual({
          YES: evaluations.yes,
          PARTIAL: evaluations.partial,
          NO: evaluations.no,
        });
        // The same rows, in the statement's order (expert, start date; ties between two batches of one expert
        // starting the same day have no order in either statement).
        const periods = await figures.batchPeriodsOfExperts(scope, year);
        const periodsBefore: { expert_id: string; start_date: string; end_date: string; days: number }[] =
          await db.query(OLD.batchPeriodsOfExperts, [scope, year]);
        expect(sorted(periods.map((r) => [r.expertId, r.startDate, r.endDate, r.days]))).toEqual(
          sorted(periodsBefore.map((r) => [r.expert_id, r.start_date, r.end_date, r.days])),
        );
        const keys = periods.map((r) => `${r.expertId} ${r.startDate}`);
        expect(keys).toEqual([...keys].sort());
        if (periods.length) nonEmpty++;
        if (deliveries.delivered > 0) nonEmpty++;
      }
      const statuses = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED'];
      const perRegion = await figures.demandsPerRegionAndField(scope, statuses as never);
      const perRegionBefore: { region_code: string; field: string; count: number }[] = await db.query(
        OLD.demandsPerRegionAndField,
        [scope, statuses],
      );
      expect(sorted(perRegion)).toEqual(
        sorted(perRegionBefore.map((r) => ({ regionCode: r.region_code, field: r.field, count: r.count }))),
      );
    }
    const cities = ['5101', '5107', '3101', '1101', '6531'];
    const fields = ['AGRICULTURE', 'MEDICAL', 'EDUCATION', 'ANIMAL_HUSBANDRY'];
    const experts = await figures.activeExpertsPerCityAndField(cities, fields as never);
    const expertsBefore: { city: string; field: string; count: number }[] = await db.query(
      OLD.activeExpertsPerCityAndField,
      [cities, fields],
    );
    expect(experts.length).toBeGreaterThan(0);
    expect(sorted(experts)).toEqual(
      sorted(expertsBefore.map((r) => ({ cityPrefix: r.city, field: r.field, count: r.count }))),
    );
    expect(nonEmpty).toBeGreaterThan(20); // the comparisons were over real rows, not empty sets
  });
});

describe('annex 3 and the demand board with an indexable region scope', () => {
  it('the annex 3 list has the same rows in the same order', async () => {
    const reports = t.app.get(ReportRepository);
    for (const scope of SCOPES) {
      for (const year of YEARS) {
        const now = await reports.annex3Rows(year, scope);
        const before: unknown[] = await db.query(OLD.annex3Rows, [year, scope]);
        expect(now, `${JSON.stringify(scope)} ${year}`).toEqual(before);
        if (scope?.[0] === '51%' && year === 2026) expect(now.length).toBeGreaterThan(10);
      }
    }
  });

  it('the board shows the same first page and the same counts', async () => {
    const demands = t.app.get(DemandRepository);
    for (const scope of SCOPES.filter((s): s is string[] => s !== null)) {
      const q = { regionPrefixes: scope, hideUnitDrafts: true, now: new Date('2026-12-01T00:00:00Z') };
      const page = await demands.boardPage(q, 20, null);
      const before: { id: string }[] = await db.query(OLD.boardPage, [scope]);
      expect(page.nodes.map((r) => r.id)).toEqual(before.slice(0, 20).map((r) => r.id));
      expect(page.hasNextPage).toBe(before.length > 20);
      const { counts } = await demands.countsByStatus(q);
      const countsBefore: { status: string; count: number }[] = await db.query(OLD.boardCounts, [scope]);
      expect(sorted(counts)).toEqual(sorted(countsBefore.filter((c) => c.count > 0)));
    }
  });

  it('reads a province through the region index, where LIKE ANY read the whole table', async () => {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      const plan = async (sql: string, values: unknown[] = []) =>
        JSON.stringify(await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, values));
      // At this size a scan may be the cheaper plan; the question is whether the index can serve at all.
      await runner.query('SET enable_seqscan = off');
      // Forced off the table, LIKE ANY may still read a whole index, but never a range of region codes.
      const range = /"Index Cond":"[^"]*region_code\)::text ~>=~/;
      expect(await plan(OLD.boardCounts, [['51%']])).not.toMatch(range);
      const scope = regionScopeSql('d.region_code', ['51%', '653125%']);
      const now = await plan(`SELECT d.status, count(*) FROM demands d WHERE ${scope} GROUP BY d.status`);
      expect(now).toMatch(/demands_region_\w+_idx/);
      expect(now).toMatch(range);
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});

describe('the batch periods of a scope and the board counts read the scope through covering indexes', () => {
  /** The plan (EXPLAIN) of the statement a repository method sends, run by the real method. */
  const planOf = async <R>(make: (db: DataSource) => R, call: (repo: R) => Promise<unknown>) => {
    const plans: string[] = [];
    const explaining = {
      query: async (sql: string, values?: unknown[]) => {
        plans.push(JSON.stringify(await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, values)));
        return [];
      },
    };
    await call(make(explaining as unknown as DataSource));
    expect(plans).toHaveLength(1);
    return plans[0]!;
  };

  it('looks up each expert of a province or a county in the index, never scanning every batch-expert row', async () => {
    for (const scope of [['51%'], ['510104%'], ['31%', '5326%', '653125%']]) {
      const plan = await planOf(
        (d) => new DashboardRepository(d),
        (r) => r.batchPeriodsOfExperts(scope, 2026),
      );
      expect(plan, JSON.stringify(scope)).toMatch(/service_batch_experts_expert_idx/);
      expect(plan).toMatch(/service_batches_current_period_idx/);
      expect(plan).toMatch(/experts_region_idx/);
      expect(plan).not.toMatch(/Seq Scan[^}]*service_batch_experts/);
    }
  });

  it("counts a province's demands by status from the region-status index alone", async () => {
    // Index-only needs the visibility map; the fixture was only analysed.
    await db.query('VACUUM demands');
    const plan = await planOf(
      (d) => new DemandRepository(d),
      (r) => r.countsByStatus({ regionPrefixes: ['51%'], hideUnitDrafts: true, now: new Date() }),
    );
    expect(plan).toMatch(/Index Only Scan/);
    expect(plan).toMatch(/demands_region_status_idx/);
  });
});
