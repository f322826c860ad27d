// `npm run bench:reports`: how fast the official reports come out of the logged data.
//   For a province with 500 and 5,000 teams (five batches each, 2–4 experts present per batch):
//   teamSurvey (annex 4 figures) and exportTeamSurvey (its xlsx) for one team, expertServiceRecord for one expert,
//   and exportAnnex3 (the whole province's summary list), each against a baseline measured in the same run: the
//   bare SQL that reads the same rows, so the figures show what computing and writing the report adds.
// Prints the figures and appends them to docs/benchmarks.md. Uses DATABASE_URL's server when set (it creates and
// drops its own databases there), otherwise a temporary embedded PostgreSQL that is stopped at the end.
// BENCH_REPORTS_TEAMS=200 tries other sizes (a smoke run): figures are printed, docs/benchmarks.md is left alone.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { Actor } from '@app/domain';
import { ServiceRecordService, SurveyService } from '@app/core';
import { repoRoot } from '../paths.js';
import {
  appendBenchmarks,
  markdownTable,
  mb,
  ms,
  percentile,
  textTable,
  sizesFromEnv,
} from './bench-report.js';
import {
  PARTNERS,
  createDatabase,
  createTemplate,
  dropOnExit,
  dropDatabase,
  openApp,
  openServer,
  withClient,
  type Server,
} from './match-setup.js';

const { sizes: SIZES, overridden: OVERRIDDEN } = sizesFromEnv('BENCH_REPORTS_TEAMS', [500, 5_000]);
const SAMPLES = 30;
const log = (line = '') => console.log(line);

const PROVINCE: Actor = {
  accountId: '00000000-0000-4000-8000-00000000b0b2',
  username: 'bench-province',
  role: 'PROVINCE',
  regionCode: '310000',
  partnerRegionCodes: PARTNERS,
};

/** Counties the teams serve: Shanghai's districts and the partner counties. */
const COUNTIES = [
  '310116',
  '310117',
  '310118',
  '310120',
  '310151',
  '310112',
  '310115',
  '653125',
  '653126',
  '653124',
  '653130',
  '530828',
  '532528',
  '532531',
  '532627',
  '532623',
];

/** A province's year of service, written in set-based SQL (the benchmark measures reading, not writing). */
async function seed(url: string, teams: number): Promise<void> {
  await withClient(url, async (c) => {
    await c.query('BEGIN');
    await c.query(
      `INSERT INTO organizations (name, kind, region_code)
       SELECT '基层单位' || i, 'UNIT', ($1::text[])[1 + i % array_length($1::text[], 1)] FROM generate_series(0, 199) i`,
      [COUNTIES],
    );
    // Four experts per team, each on one team only (the booking constraint would refuse overlaps otherwise).
    await c.query(
      `INSERT INTO experts (name, title, title_level, fields, honours, region_code, source)
       SELECT '专家' || i, CASE WHEN i % 3 = 0 THEN '研究员' ELSE '副研究员' END, CASE WHEN i % 3 = 0 THEN 'SENIOR' ELSE 'ASSOCIATE' END,
              ARRAY[(ARRAY['AGRICULTURE','MEDICAL','EDUCATION','FISHERY'])[1 + i % 4]],
              CASE WHEN i % 7 = 0 THEN ARRAY['SPECIAL_ALLOWANCE'] WHEN i % 11 = 0 THEN ARRAY['POSTDOC'] ELSE '{}'::text[] END,
              ($1::text[])[1 + i % 7], CASE WHEN i % 9 = 0 THEN 'OTHER_PROVINCE' ELSE 'LOCAL' END
       FROM generate_series(0, $2 * 4 - 1) i`,
      [COUNTIES, teams],
    );
    await c.query(
      `CREATE TEMP TABLE e AS SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM experts`,
    );
    await c.query(
      `CREATE TEMP TABLE o AS SELECT id, region_code, row_number() OVER (ORDER BY name) - 1 AS n FROM organizations WHERE kind = 'UNIT'`,
    );
    await c.query(
      `CREATE TEMP TABLE tt AS
       SELECT i, gen_random_uuid() AS team_id, gen_random_uuid() AS demand_id, make_date(2026, 3 + i % 8, 1) AS start_date,
              (SELECT id FROM o WHERE o.n = i % 200) AS org_id, (SELECT region_code FROM o WHERE o.n = i % 200) AS region_code
       FROM generate_series(0, $1 - 1) i`,
      [teams],
    );
    await c.query(
      `INSERT INTO demands (id, code, title, description, fields, service_forms, status, region_code, organization_id, experts_wanted, start_date, end_date, submitted_at, delivered_at)
       SELECT demand_id, 'XQ-2026-' || region_code || '-' || lpad(i::text, 5, '0'), '需求' || i, '大棚番茄病害防治与社员慢病随访，需要专家现场指导。',
              ARRAY['AGRICULTURE','MEDICAL'], ARRAY['TECH_GUIDANCE'], CASE WHEN i % 3 = 0 THEN 'IN_SERVICE' ELSE 'DELIVERED' END, region_code, org_id, 4,
              start_date, start_date + 40, start_date - 20, CASE WHEN i % 3 = 0 THEN NULL ELSE (start_date + 40)::timestamptz END
       FROM tt`,
    );
    await c.query(
      `INSERT INTO teams (id, name, level, lead_expert_id, start_date, end_date)
       SELECT team_id, '服务团' || i, (ARRAY['MUNICIPAL','PROVINCIAL','NATIONAL'])[1 + i % 3], (SELECT id FROM e WHERE e.n = i * 4), start_date, start_date + 40 FROM tt`,
    );
    await c.query(`INSERT INTO team_demands (team_id, demand_id) SELECT team_id, demand_id FROM tt`);
    await c.query(
      `INSERT INTO assignments (team_id, expert_id, role, status, period)
       SELECT team_id, (SELECT id FROM e WHERE e.n = i * 4 + k), CASE WHEN k = 0 THEN 'LEAD' ELSE 'MEMBER' END, 'CONFIRMED', daterange(start_date, start_date + 41)
       FROM tt, generate_series(0, 3) k`,
    );
    await c.query(
      `CREATE TEMP TABLE bb AS
       SELECT tt.*, b, gen_random_uuid() AS batch_id, start_date + b * 7 AS bs FROM tt, generate_series(0, 4) b`,
    );
    await c.query(
      `INSERT INTO service_batches (id, batch_key, version, team_id, demand_id, start_date, end_date, days, region_code, units_served, unit_names,
                                    activities, outcomes, problems_solved)
       SELECT batch_id, gen_random_uuid(), 1, team_id, demand_id, bs, bs + 2, 2 + (b % 2), region_code, 1 + b % 3, ARRAY['基层单位' || (i % 200)],
              '[{"type":"ONSITE_GUIDANCE","count":3,"participants":40},{"type":"LECTURE","count":1,"participants":80}]'::jsonb,
              '[{"item":"TRAINEES_PUBLIC","value":80},{"item":"NEW_TECHNIQUES","value":1},{"item":"ECONOMIC_BENEFIT","text":"亩均增收 300 元"}]'::jsonb,
              ARRAY['病害绿色防控方案']
       FROM bb`,
    );
    await c.query(
      `INSERT INTO service_batch_experts (batch_id, expert_id)
       SELECT batch_id, (SELECT id FROM e WHERE e.n = i * 4 + k) FROM bb, generate_series(0, 3) k WHERE k <= 1 + (b % 3)`,
    );
    await c.query('COMMIT');
    await c.query('ANALYZE');
  });
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function sample(
  ids: readonly string[],
  fn: (id: string) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  for (const id of ids.slice(0, 3)) await fn(id); // warm-up
  const times: number[] = [];
  for (const id of ids) times.push(await time(() => fn(id)));
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface Row {
  teams: number;
  batches: number;
  operation: string;
  report: { p50: number; p95: number };
  baseline: { p50: number; p95: number };
  note: string;
}

async function measure(server: Server, template: string, teams: number): Promise<Row[]> {
  const { name, url } = await createDatabase(server, `reports_${teams}`, template);
  try {
    await seed(url, teams);
    const app = await openApp(url);
    try {
      const db = app.runtime.dataSource;
      const surveys = app.ctx.get(SurveyService);
      const records = app.ctx.get(ServiceRecordService);
      const teamIds: string[] = (
        await db.query(`SELECT id FROM teams ORDER BY random() LIMIT $1`, [SAMPLES])
      ).map((r: { id: string }) => r.id);
      const expertIds: string[] = (
        await db.query(`SELECT DISTINCT expert_id FROM service_batch_experts ORDER BY expert_id LIMIT $1`, [
          SAMPLES,
        ])
      ).map((r: { expert_id: string }) => r.expert_id);
      const [{ n: batches }] = await db.query(`SELECT count(*)::int AS n FROM service_batches`);
      const rows: Row[] = [];

      const rawBatches = (id: string) =>
        db.query(
          `SELECT b.*, array(SELECT expert_id FROM service_batch_experts be WHERE be.batch_id = b.id) AS experts FROM service_batches b WHERE b.team_id = $1 AND b.superseded_at IS NULL`,
          [id],
        );
      rows.push({
        teams,
        batches,
        operation: 'teamSurvey (one team)',
        report: await sample(teamIds, (id) => surveys.teamSurvey(PROVINCE, id)),
        baseline: await sample(teamIds, rawBatches),
        note: 'baseline: the team’s batches and experts in one SQL',
      });
      rows.push({
        teams,
        batches,
        operation: 'exportTeamSurvey (xlsx)',
        report: await sample(teamIds, (id) => surveys.exportSurvey(PROVINCE, id)),
        baseline: await sample(teamIds, rawBatches),
        note: 'baseline: as above',
      });
      rows.push({
        teams,
        batches,
        operation: 'expertServiceRecord',
        report: await sample(expertIds, (id) => records.record(PROVINCE, id, 2026)),
        baseline: await sample(expertIds, (id) =>
          db.query(
            `SELECT b.* FROM service_batch_experts be JOIN service_batches b ON b.id = be.batch_id WHERE be.expert_id = $1`,
            [id],
          ),
        ),
        note: 'baseline: the expert’s batches in one SQL',
      });

      let lines = 0;
      const annex = await sample(['a', 'b', 'c', 'd', 'e'], async () => {
        lines = (await surveys.exportAnnex3(PROVINCE, 2026)).rows;
      });
      // Memory of one export on its own: the heap right after it, against the heap just before (after a full GC).
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const file = await surveys.exportAnnex3(PROVINCE, 2026);
      const peak = process.memoryUsage().heapUsed;
      const size = file.content.length;
      const bare = await sample(['a', 'b', 'c', 'd', 'e'], () =>
        db.query(
          `SELECT t.id, t.name, e.name FROM teams t JOIN experts e ON e.id = t.lead_expert_id JOIN team_demands td ON td.team_id = t.id JOIN demands d ON d.id = td.demand_id`,
        ),
      );
      rows.push({
        teams,
        batches,
        operation: `exportAnnex3 (${lines} rows)`,
        report: annex,
        baseline: bare,
        note: `baseline: teams with lead and demand, no aggregates; xlsx ${mb(size)} MB, heap +${mb(peak - heapBefore)} MB`,
      });
      return rows;
    } finally {
      await app.close();
    }
  } finally {
    await dropDatabase(server, name);
  }
}

async function main(): Promise<void> {
  const server = await openServer();
  const cleanup = dropOnExit(server);
  const rows: Row[] = [];
  try {
    const template = await createTemplate(server);
    for (const size of SIZES) {
      console.error(`[bench:reports] ${size} teams …`);
      rows.push(...(await measure(server, template, size)));
    }
  } finally {
    await cleanup();
  }
  const header = [
    'teams',
    'batches',
    'operation',
    'report p50 ms',
    'report p95 ms',
    'baseline p50 ms',
    'baseline p95 ms',
    'note',
  ];
  const body = rows.map((r) => [
    String(r.teams),
    String(r.batches),
    r.operation,
    ms(r.report.p50),
    ms(r.report.p95),
    ms(r.baseline.p50),
    ms(r.baseline.p95),
    r.note,
  ]);
  log(textTable(header, body));
  if (!OVERRIDDEN) {
    const file = appendBenchmarks(
      repoRoot(),
      [
        `## bench:reports — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        '',
        `Reports out of logged data (${server.kind} PostgreSQL, Node ${process.version}): ${SAMPLES} sampled teams and experts per`,
        'size after a warm-up; the baseline is the bare SQL that reads the same rows, measured in the same run.',
        '',
        markdownTable(header, body),
      ].join('\n'),
    );
    console.error(`[bench:reports] appended to ${file}`);
  } else {
    console.error('[bench:reports] BENCH_REPORTS_TEAMS is set: docs/benchmarks.md left unchanged');
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
