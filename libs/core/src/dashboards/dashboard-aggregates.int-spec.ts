// The figures kept by triggers (migration 1765003400000: demand counts per region and status, each expert's batch
// periods per year, evaluations per region and year, each demand's first dispatch; migration 1765003900000: demands
// per field, deliveries, active experts per city and field) equal what the live rows say,
// after a bulk load and after every kind of write: inserts, status and region changes, deletes, a rollback, batch
// supersedes and redates, experts moving, history and evaluations changing, and concurrent writers on the same
// keys. Checked twice each time: every aggregate row against the live tables (AGGREGATE_DIFFERENCES), and the
// board's and the dashboard's answers against the statements they replaced, for several scopes and years.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';
import {
  NATIONAL_SCOPES,
  NATIONAL_YEARS,
  chinaYearSpan,
  seedNationalFixture,
  sortedRows,
} from '../testing/national-fixture.js';
import {
  AGGREGATE_DIFFERENCES,
  PRE_AGGREGATE_STATEMENTS as LIVE,
} from '../testing/pre-aggregate-statements.js';
import { DashboardRepository } from './dashboard.repository.js';
import { DemandRepository, countsKept, type DemandQuery } from '../demands/demand.repository.js';
import { ReportRepository } from '../service/report.repository.js';
import { PRE_SCALE_STATEMENTS } from '../testing/pre-scale-statements.js';

let t: TestApp;
let db: DataSource;

beforeAll(async () => {
  t = await startTestApp();
  db = t.runtime.dataSource;
  const counts = await seedNationalFixture(db, 1500);
  expect(counts.evaluations).toBeGreaterThan(200);
  expect(counts.batchExperts).toBeGreaterThan(500);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

/** Every aggregate equals the live rows, and the board and the dashboard answer as the live statements. */
async function expectExact(label: string): Promise<void> {
  for (const [name, sql] of Object.entries(AGGREGATE_DIFFERENCES)) {
    expect(await db.query(sql), `${label}: ${name}`).toEqual([]);
  }
  const demands = t.app.get(DemandRepository);
  const figures = t.app.get(DashboardRepository);
  let nonEmpty = 0;
  let counted = 0;
  for (const scope of NATIONAL_SCOPES) {
    for (const hideUnitDrafts of [true, false]) {
      const q: DemandQuery = { regionPrefixes: scope, hideUnitDrafts, now: new Date() };
      expect(countsKept(q)).toBe(true);
      const kept = await demands.countsByStatus(q);
      const live: { status: string; count: number; hidden: number }[] = await db.query(
        LIVE.boardCounts(scope, hideUnitDrafts),
      );
      expect(sortedRows(kept.counts), `${label}: board ${JSON.stringify(scope)} ${hideUnitDrafts}`).toEqual(
        sortedRows(live.filter((r) => r.count > 0).map((r) => ({ status: r.status, count: r.count }))),
      );
      expect(kept.unitDrafts).toBe(live.reduce((s, r) => s + r.hidden, 0));
      if (kept.counts.length) nonEmpty++;
    }
    for (const year of NATIONAL_YEARS) {
      const { from, to } = chinaYearSpan(year);
      const byStatus: unknown[] = await db.query(PRE_SCALE_STATEMENTS.demandsByStatus, [scope, from, to]);
      expect(
        sortedRows(await figures.demandsByStatus(scope, year)),
        `${label}: demandsByStatus ${year}`,
      ).toEqual(sortedRows(byStatus));
      const groups = [
        { code: '510000', prefix: '51' },
        { code: '510100', prefix: '5101' },
        { code: '310000', prefix: '31' },
        { code: '510104', prefix: '510104' },
      ];
      const byGroup: { code: string; count: number }[] = await db.query(
        PRE_SCALE_STATEMENTS.demandsByRegionGroup,
        [scope, from, to, groups.map((g) => g.code), groups.map((g) => g.prefix)],
      );
      expect(
        Object.fromEntries(await figures.demandsByRegionGroup(scope, year, groups)),
        `${label}: demandsByRegionGroup ${year}`,
      ).toEqual(Object.fromEntries(byGroup.map((r) => [r.code, r.count])));
      const hours: { hours: string }[] = await db.query(LIVE.dispatchHours(scope), [from, to]);
      expect(
        [...(await figures.dispatchHours(scope, chinaYearSpan(year)))].sort(),
        `${label}: dispatchHours ${JSON.stringify(scope)} ${year}`,
      ).toEqual(hours.map((r) => Number(r.hours)).sort());
      const [e] = await db.query(LIVE.evaluations(scope), [from, to]);
      expect(
        await figures.evaluations(scope, year),
        `${label}: evaluations ${JSON.stringify(scope)}`,
      ).toEqual({
        count: e.count,
        scoreSum: Number(e.score_sum ?? 0),
        solved: { YES: e.yes, PARTIAL: e.partial, NO: e.no },
      });
      const periods = await figures.batchPeriodsOfExperts(scope, year);
      const before: { expert_id: string; start_date: string; end_date: string; days: number }[] =
        await db.query(LIVE.batchPeriodsOfExperts(scope), [year]);
      expect(
        sortedRows(periods.map((r) => [r.expertId, r.startDate, r.endDate, r.days])),
        `${label}: batch periods ${JSON.stringify(scope)} ${year}`,
      ).toEqual(sortedRows(before.map((r) => [r.expert_id, r.start_date, r.end_date, r.days])));
      const keys = periods.map((r) => `${r.expertId} ${r.startDate}`);
      expect(keys).toEqual([...keys].sort());
      const annex3 = await t.app.get(ReportRepository).annex3Rows(year, scope);
      expect(annex3, `${label}: annex 3 ${JSON.stringify(scope)} ${year}`).toEqual(
        await db.query(LIVE.annex3Rows(scope), [year]),
      );
      const byField: { field: string; count: number }[] = await db.query(LIVE.demandsByField(scope), [
        from,
        to,
      ]);
      expect(
        sortedRows(await figures.demandsByField(scope, year)),
        `${label}: demandsByField ${JSON.stringify(scope)} ${year}`,
      ).toEqual(sortedRows(byField));
      const [delivered] = await db.query(LIVE.deliveries(scope), [from, to]);
      expect(
        await figures.deliveries(scope, year),
        `${label}: deliveries ${JSON.stringify(scope)} ${year}`,
      ).toEqual({ delivered: delivered.delivered, onTime: delivered.on_time });
      if (hours.length && e.count && periods.length && annex3.length) nonEmpty++;
      if (byField.length && delivered.delivered > 0) counted++;
    }
  }
  const cities = ['5101', '5107', '3101', '1101', '6531', '4401'];
  const fields = ['AGRICULTURE', 'MEDICAL', 'EDUCATION', 'ANIMAL_HUSBANDRY', 'FISHERY'];
  const active: { city: string; field: string; count: number }[] = await db.query(
    LIVE.activeExpertsPerCityAndField(cities),
    [fields],
  );
  expect(active.length, label).toBeGreaterThan(3);
  expect(
    sortedRows(await figures.activeExpertsPerCityAndField(cities, fields as never)),
    `${label}: activeExpertsPerCityAndField`,
  ).toEqual(sortedRows(active.map((r) => ({ cityPrefix: r.city, field: r.field, count: r.count }))));
  expect(nonEmpty, label).toBeGreaterThan(10); // compared over real rows, not empty sets
  expect(counted, label).toBeGreaterThan(3);
}

/** Counties that exist (the region foreign key), to move rows to. */
async function counties(prefix: string, n: number): Promise<string[]> {
  const rows: { code: string }[] = await db.query(
    `SELECT code FROM regions WHERE code LIKE $1 AND code NOT LIKE '%00' ORDER BY code LIMIT $2`,
    [prefix + '%', n],
  );
  expect(rows.length).toBe(n);
  return rows.map((r) => r.code);
}

describe('aggregates kept by triggers', () => {
  it('equal the live rows after the bulk load', async () => {
    await expectExact('after the seed');
  });

  it('follow demands inserted, changing status, region and filer, deleted, and a rollback', async () => {
    const [a, b, c] = await counties('5101', 3);
    // Inserted: a copy of 60 demands (drafts by units and bureaus among them), in three counties of 成都.
    await db.query(
      `INSERT INTO demands (id, code, title, description, fields, service_forms, status, region_code, organization_id,
                            experts_wanted, start_date, end_date, expected_days, submitted_at, created_at, filed_by_bureau)
       SELECT gen_random_uuid(), 'XQ-2026-' || r || '-9' || lpad(n::text, 6, '0'), title, description, fields,
              service_forms, CASE WHEN n % 3 = 0 THEN 'DRAFT' ELSE status END, r, organization_id, experts_wanted,
              start_date, end_date, expected_days, submitted_at, created_at, n % 2 = 0
       FROM (SELECT d.*, row_number() OVER (ORDER BY id) AS n, (ARRAY[$1, $2, $3])[1 + (row_number() OVER (ORDER BY id)) % 3] AS r
             FROM demands d ORDER BY id LIMIT 60) x`,
      [a, b, c],
    );
    await expectExact('after inserts');
    // Status and filer changed in one statement; region changed for demands with evaluations and batches.
    await db.query(
      `UPDATE demands SET status = CASE status WHEN 'DRAFT' THEN 'SUBMITTED' WHEN 'SUBMITTED' THEN 'ACCEPTED' ELSE status END,
              filed_by_bureau = NOT filed_by_bureau
       WHERE code LIKE 'XQ-2026-%-9%'`,
    );
    // TypeORM answers an UPDATE with [rows, count].
    const [, moved]: [unknown, number] = await db.query(
      `UPDATE demands d SET region_code = CASE WHEN d.region_code LIKE '51%' THEN $1 ELSE $2 END
       WHERE d.id IN (SELECT demand_id FROM evaluations ORDER BY demand_id LIMIT 40)
          OR d.id IN (SELECT id FROM demands WHERE status = 'DRAFT' ORDER BY id LIMIT 20)`,
      [a, '310101'],
    );
    expect(moved).toBeGreaterThan(40);
    // Counted in another year: submitted a year earlier, or a draft created a year later.
    await db.query(
      `UPDATE demands SET submitted_at = submitted_at - interval '1 year'
       WHERE id IN (SELECT id FROM demands WHERE submitted_at IS NOT NULL ORDER BY id DESC LIMIT 30)`,
    );
    await db.query(
      `UPDATE demands SET created_at = created_at + interval '1 year'
       WHERE id IN (SELECT id FROM demands WHERE submitted_at IS NULL ORDER BY id DESC LIMIT 10)`,
    );
    // Fields changed (one added, one dropped, a repeat that still counts once), delivered and undelivered, end dates
    // moved across the delivery day.
    await db.query(
      `UPDATE demands SET fields = CASE WHEN cardinality(fields) > 1 THEN fields[2:] ELSE fields || ARRAY['EDUCATION', 'EDUCATION'] END
       WHERE id IN (SELECT id FROM demands ORDER BY id LIMIT 50)`,
    );
    await db.query(
      `UPDATE demands SET delivered_at = COALESCE(submitted_at, created_at) + interval '30 days'
       WHERE delivered_at IS NULL AND id IN (SELECT id FROM demands ORDER BY id DESC LIMIT 40)`,
    );
    await db.query(
      `UPDATE demands SET delivered_at = NULL
       WHERE delivered_at IS NOT NULL AND id IN (SELECT id FROM demands WHERE delivered_at IS NOT NULL ORDER BY id LIMIT 15)`,
    );
    await db.query(
      `UPDATE demands SET end_date = ((delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::date
                       + CASE WHEN id::text < '8' THEN -1 ELSE 0 END
       WHERE id IN (SELECT id FROM demands WHERE delivered_at IS NOT NULL ORDER BY id DESC LIMIT 40)
         AND (start_date IS NULL OR start_date <= ((delivered_at AT TIME ZONE 'UTC') + interval '8 hours')::date - 1)`,
    );
    await db.query(
      `UPDATE demands SET delivered_at = delivered_at + interval '1 year'
       WHERE id IN (SELECT id FROM demands WHERE delivered_at IS NOT NULL ORDER BY id LIMIT 20 OFFSET 30)`,
    );
    // The moved end dates made deliveries both on time and late (the seed's are all one or the other).
    const mixed = await Promise.all(
      NATIONAL_YEARS.map(async (year) => {
        const { from, to } = chinaYearSpan(year);
        const [r] = await db.query(LIVE.deliveries(null), [from, to]);
        return r.on_time > 0 && r.on_time < r.delivered;
      }),
    );
    expect(mixed).toContain(true);
    await expectExact('after status, filer, region, year, field and delivery changes');
    // Row by row in one transaction (a status back and forth, then a delete), and one rolled back.
    await db.transaction(async (m) => {
      const ids: { id: string }[] = await m.query(
        `SELECT id FROM demands WHERE code LIKE 'XQ-2026-%-9%' ORDER BY id LIMIT 20`,
      );
      for (const { id } of ids) {
        await m.query(`UPDATE demands SET status = 'REJECTED' WHERE id = $1`, [id]);
        await m.query(`UPDATE demands SET status = 'RETURNED', region_code = $2 WHERE id = $1`, [id, b]);
      }
      await m.query(`DELETE FROM demands WHERE id = ANY($1::uuid[])`, [ids.slice(0, 10).map((r) => r.id)]);
    });
    await expect(
      db.transaction(async (m) => {
        await m.query(
          `UPDATE demands SET status = 'CANCELLED', region_code = $1 WHERE region_code LIKE '51%'`,
          [c],
        );
        await m.query(`DELETE FROM demands WHERE code LIKE 'XQ-2026-%-9%'`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await db.query(`DELETE FROM demands WHERE code LIKE 'XQ-2026-%-9%' AND status = 'ACCEPTED'`);
    await expectExact('after row updates, deletes and a rollback');
  });

  it('follow the history, evaluations, batches and experts', async () => {
    // First dispatch: an earlier one, a later one, one removed, one redated.
    await db.query(
      `INSERT INTO demand_history (demand_id, from_status, to_status, actor_name, at)
       SELECT demand_id, 'ACCEPTED', 'DISPATCHED', '测试', at - interval '3 days'
       FROM demand_history WHERE to_status = 'DISPATCHED' AND id % 7 = 0
       UNION ALL
       SELECT demand_id, 'ACCEPTED', 'DISPATCHED', '测试', at + interval '5 days'
       FROM demand_history WHERE to_status = 'DISPATCHED' AND id % 7 = 1`,
    );
    await db.query(`DELETE FROM demand_history WHERE to_status = 'DISPATCHED' AND id % 7 = 2`);
    await db.query(
      `UPDATE demand_history SET at = at + interval '400 days' WHERE to_status = 'DISPATCHED' AND id % 7 = 3`,
    );
    await db.query(
      `UPDATE demand_history SET to_status = 'DISPATCHED' WHERE to_status = 'SUBMITTED' AND id % 11 = 0`,
    );
    // Evaluations: rescored, moved across a year, removed, and new ones.
    await db.query(
      `UPDATE evaluations SET expertise = 1, problem_solved = 'NO' WHERE created_at::date::text LIKE '%-1_'`,
    );
    await db.query(
      `UPDATE evaluations SET created_at = created_at + interval '1 year' WHERE created_at::date::text LIKE '%-2_'`,
    );
    await db.query(`DELETE FROM evaluations WHERE created_at::date::text LIKE '%-0_'`);
    await db.query(
      `INSERT INTO evaluations (demand_id, organization_id, expertise, problem_solving, attitude, timeliness, problem_solved, created_at)
       SELECT id, organization_id, 5, 4, 3, 2, 'PARTIAL', '2025-12-31T16:30:00Z'
       FROM demands d WHERE NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.demand_id = d.id) ORDER BY id LIMIT 50`,
    );
    await expectExact('after history and evaluation changes');

    // Batches: superseded by a new version over the new year, redated in place, deleted; experts removed from
    // batches, and experts moving region.
    const superseded = '2026-12-06T00:00:01Z';
    await db.query(
      `UPDATE service_batches SET superseded_at = $1
       WHERE id IN (SELECT id FROM service_batches WHERE superseded_at IS NULL ORDER BY id LIMIT 80)`,
      [superseded],
    );
    await db.query(
      `INSERT INTO service_batches (id, batch_key, version, team_id, demand_id, start_date, end_date, days, region_code)
       SELECT gen_random_uuid(), batch_key, version + 1, team_id, demand_id, DATE '2025-12-29', DATE '2026-01-03', 4, region_code
       FROM service_batches WHERE superseded_at = $1`,
      [superseded],
    );
    await db.query(
      `INSERT INTO service_batch_experts (batch_id, expert_id)
       SELECT n.id, be.expert_id FROM service_batches n
       JOIN service_batches o ON o.batch_key = n.batch_key AND o.version = n.version - 1
       JOIN service_batch_experts be ON be.batch_id = o.id
       WHERE n.version > 1`,
    );
    await db.query(
      `UPDATE service_batches SET start_date = start_date - 400, days = 1
       WHERE id IN (SELECT id FROM service_batches WHERE superseded_at IS NULL ORDER BY id DESC LIMIT 30)`,
    );
    await db.query(
      `DELETE FROM service_batch_experts WHERE (batch_id, expert_id) IN (
         SELECT batch_id, expert_id FROM service_batch_experts ORDER BY expert_id LIMIT 40)`,
    );
    await db.query(
      `DELETE FROM service_batches WHERE id IN (
         SELECT b.id FROM service_batches b WHERE b.superseded_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM service_batches o WHERE o.batch_key = b.batch_key AND o.id <> b.id)
         ORDER BY b.id DESC LIMIT 10)`,
    );
    // Teams: redated across a year, a demand added to another team, pairs without batches removed.
    await db.query(
      `UPDATE teams SET start_date = start_date - 365 WHERE id IN (SELECT id FROM teams ORDER BY id LIMIT 40)`,
    );
    await db.query(
      `INSERT INTO team_demands (team_id, demand_id)
       SELECT t.id, d.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM teams ORDER BY id DESC LIMIT 20) t
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM demands WHERE region_code LIKE '51%' ORDER BY id LIMIT 20) d
         ON d.n = t.n
       ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `DELETE FROM team_demands td WHERE (td.team_id, td.demand_id) IN (
         SELECT td2.team_id, td2.demand_id FROM team_demands td2
         WHERE NOT EXISTS (SELECT 1 FROM service_batches b WHERE b.team_id = td2.team_id AND b.demand_id = td2.demand_id)
         ORDER BY td2.demand_id LIMIT 30)`,
    );
    const [x, y] = await counties('5107', 2);
    await db.query(
      `UPDATE experts SET region_code = CASE WHEN region_code LIKE '51%' THEN '310101' ELSE $1 END
       WHERE id IN (SELECT DISTINCT expert_id FROM service_batch_experts ORDER BY expert_id LIMIT 60)`,
      [x],
    );
    await db.query(
      `UPDATE experts SET region_code = $1 WHERE id IN (SELECT expert_id FROM service_batch_experts ORDER BY batch_id LIMIT 5)`,
      [y],
    );
    // Experts: inserted, made inactive and active again, given other fields, moved within and across cities, deleted.
    await db.query(
      `INSERT INTO experts (name, title, title_level, fields, honours, region_code, source, status)
       SELECT '计数专家' || n, title, title_level, fields || ARRAY['MEDICAL'], honours, region_code, source, status
       FROM (SELECT e.*, row_number() OVER (ORDER BY id) AS n FROM experts e ORDER BY id LIMIT 60) x`,
    );
    await db.query(
      `UPDATE experts SET status = CASE status WHEN 'ACTIVE' THEN 'INACTIVE' ELSE 'ACTIVE' END
       WHERE id IN (SELECT id FROM experts ORDER BY id DESC LIMIT 50)`,
    );
    await db.query(
      `UPDATE experts SET fields = ARRAY['FISHERY', 'FISHERY', 'AGRICULTURE']
       WHERE id IN (SELECT id FROM experts WHERE region_code LIKE '51%' ORDER BY id LIMIT 30)`,
    );
    const [z] = await counties('4401', 1);
    await db.query(
      `UPDATE experts SET region_code = CASE WHEN region_code LIKE '5101%' THEN $1 ELSE $2 END
       WHERE id IN (SELECT id FROM experts WHERE region_code LIKE '51%' ORDER BY id DESC LIMIT 40)`,
      [x, z],
    );
    await db.query(`DELETE FROM experts WHERE name LIKE '计数专家%' AND name < '计数专家3'`);
    await expectExact('after batch and expert changes');
  });

  it('stay exact under concurrent writers on the same keys', async () => {
    const [a, b] = await counties('5101', 2);
    const ids: string[] = (
      await db.query(`SELECT id FROM demands WHERE region_code LIKE '5101%' ORDER BY id LIMIT 24`)
    ).map((r: { id: string }) => r.id);
    const statuses = ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'RETURNED'];
    // Six writers, each moving the same demands (locked in one order, as a transition locks its demand first)
    // through statuses and between two counties: their counter changes cross (one adds to what the other takes).
    const writer = async (w: number) => {
      for (let round = 0; round < 4; round++) {
        for (;;) {
          try {
            await db.transaction(async (m) => {
              // Deadlocks are expected here (the writers' counter keys cross): found in 50 ms, not the default 1 s.
              await m.query(`SET LOCAL deadlock_timeout = '50ms'`);
              for (const [i, id] of ids.entries())
                if ((i + w + round) % 3 === 0)
                  await m.query(`UPDATE demands SET status = $2, region_code = $3 WHERE id = $1`, [
                    id,
                    statuses[(w + round + i) % statuses.length],
                    (w + i) % 2 ? a : b,
                  ]);
            });
            break;
          } catch (err) {
            // A deadlock is rolled back whole (UnitOfWork retries it); anything else is a failure.
            if ((err as { code?: string }).code !== '40P01') throw err;
          }
        }
      }
    };
    await Promise.all([0, 1, 2, 3, 4, 5].map(writer));
    await expectExact('after concurrent writers');
  }, 120_000);

  it('are rebuilt exactly after writes made with the triggers off (a bulk load as replica)', async () => {
    await db.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(
        `UPDATE demands SET status = 'CANCELLED' WHERE id IN (SELECT id FROM demands ORDER BY id LIMIT 30)`,
      );
      await m.query(`DELETE FROM demand_history WHERE to_status = 'DISPATCHED' AND id % 5 = 0`);
      await m.query(`UPDATE evaluations SET problem_solved = 'YES'`);
      await m.query(
        `UPDATE experts SET region_code = '310101' WHERE id IN (SELECT expert_id FROM service_batch_experts LIMIT 9)`,
      );
      await m.query(
        `UPDATE teams SET start_date = start_date - 400 WHERE id IN (SELECT id FROM teams LIMIT 9)`,
      );
      await m.query(
        `UPDATE demands SET fields = ARRAY['URBAN_RURAL_PLANNING'], delivered_at = NULL
         WHERE id IN (SELECT id FROM demands WHERE status <> 'DRAFT' AND delivered_at IS NOT NULL ORDER BY id DESC LIMIT 30)`,
      );
      await m.query(
        `UPDATE experts SET status = 'INACTIVE' WHERE id IN (SELECT id FROM experts WHERE status = 'ACTIVE' LIMIT 9)`,
      );
    });
    // The check sees each one fall behind.
    for (const [name, sql] of Object.entries(AGGREGATE_DIFFERENCES))
      expect((await db.query(sql)).length, `${name} after writes with the triggers off`).toBeGreaterThan(0);
    await db.query(`SELECT dashboard_aggregates_rebuild()`);
    await expectExact('after a rebuild');
    await db.query(`SELECT dashboard_aggregates_rebuild()`);
    await expectExact('after a second rebuild');
  });

  it('keep the live count where the counter cannot answer a filter', async () => {
    const base = { regionPrefixes: ['51%'], hideUnitDrafts: true, now: new Date() } satisfies DemandQuery;
    expect(
      countsKept({ ...base, regionPrefix: '5101', keyAssistance: ['NATIONAL'], statuses: ['ACCEPTED'] }),
    ).toBe(true);
    for (const extra of [
      { fields: ['AGRICULTURE'] },
      { text: '技术' },
      { overdue: false },
      { overdue: true },
      { organizationId: '00000000-0000-4000-8000-000000000001' },
      { expertId: '00000000-0000-4000-8000-000000000001' },
    ] as Partial<DemandQuery>[])
      expect(countsKept({ ...base, ...extra }), JSON.stringify(extra)).toBe(false);
    const demands = t.app.get(DemandRepository);
    // The subtree and key-assistance filters, answered by the counter, against the live count.
    const [{ code: key }] = await db.query(
      `SELECT d.region_code AS code FROM demands d JOIN regions r ON r.code = d.region_code
       WHERE d.region_code LIKE '51%' LIMIT 1`,
    );
    await db.query(`UPDATE regions SET key_assistance = 'NATIONAL' WHERE code = $1`, [key]);
    const checks: [Partial<DemandQuery>, string][] = [
      [{ regionPrefix: '5101' }, `d.region_code LIKE '5101%'`],
      [
        { keyAssistance: ['NATIONAL'] },
        `EXISTS (SELECT 1 FROM regions r WHERE r.code = d.region_code AND r.key_assistance = 'NATIONAL')`,
      ],
      [{ fields: ['AGRICULTURE'] }, `d.fields && ARRAY['AGRICULTURE']::text[]`],
    ];
    for (const [extra, condition] of checks) {
      const kept = await demands.countsByStatus({ ...base, ...extra } as DemandQuery);
      const live: { status: string; count: number; hidden: number }[] = await db.query(
        LIVE.boardCounts(['51%'], true, condition),
      );
      expect(live.length, JSON.stringify(extra)).toBeGreaterThan(0);
      expect(sortedRows(kept.counts), JSON.stringify(extra)).toEqual(
        sortedRows(live.filter((r) => r.count > 0).map((r) => ({ status: r.status, count: r.count }))),
      );
      expect(kept.unitDrafts).toBe(live.reduce((s, r) => s + r.hidden, 0));
    }
  });
});
