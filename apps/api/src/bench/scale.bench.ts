// `npm run bench:scale`: a national simulation. For each step N (default 10,000, 100,000 and 1,000,000; choose with
// BENCH_SCALE_STEPS=10000,100000 or as the first argument), a fresh database with N experts and N demands over
// every county of the country, with units, history, teams, assignments, batches and evaluations in proportion
// (experts by COPY, scale-seed.ts; the rest by set-based SQL, libs/core/src/testing/national-seed.ts), the experts
// indexed by the real SearchIndexService.reindex up to BENCH_SCALE_REINDEX_MAX (100,000; above it the rest are SQL
// clones of indexed rows, see indexPartlyThenClone; BENCH_SCALE_INDEX=skip leaves the index empty), then ANALYZE.
// Measured through the real services as a province (四川省, second in number of counties, so ~6% of the country):
// expert search with words and with filters, matchExperts on the province's accepted demands, the demand board
// (all, one status tab, one city), the dashboard, the team survey and the annex 3 export — p50/p95 over repeated
// runs (at most 20, within BENCH_SCALE_BUDGET_MS, at least BENCH_SCALE_MIN_RUNS), against the bare SQL where the
// operation is one statement; the dashboard's statements one by one; the statements issue #15 rewrote, before and
// after, on the same database; peak RSS of this process and the database's size per step. Each step's figures are
// kept in .data/bench-scale/N.json; the Markdown tables are built from every step found there (`--render` prints
// them; BENCH_SCALE_DOCS=1 appends them to docs/benchmarks.md).
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { Actor, Field } from '@app/domain';
import {
  DashboardService,
  DemandService,
  ExpertService,
  MatchService,
  SearchIndexService,
  SurveyService,
  type ExpertFilterInput,
} from '@app/core';
import { repoRoot } from '../paths.js';
import { benchApps, type BenchApp } from './bench-app.js';
import { toExpertDocument } from '../../../../libs/core/src/experts/expert-document.js';
import type { ExpertRepository } from '../../../../libs/core/src/experts/expert.repository.js';
import {
  MemoryProbe,
  appendBenchmarks,
  markdownTable,
  mb,
  ms,
  percentile,
  seconds,
  textTable,
} from './bench-report.js';
import { dropOnExit, openServer, withClient } from './bench-server.js';
import { copyNationalExperts, countyCodes } from './scale-seed.js';
import { seedNationalDemands, type SeedCounts } from '../../../../libs/core/src/testing/national-seed.js';
import { PRE_SCALE_STATEMENTS } from '../../../../libs/core/src/testing/pre-scale-statements.js';
import { chinaYearSpan } from '../../../../libs/core/src/testing/national-fixture.js';
import {
  DashboardRepository,
  type BatchPeriodRow,
  type RegionScope,
  type YearSpan,
} from '../../../../libs/core/src/dashboards/dashboard.repository.js';
import { DemandRepository } from '../../../../libs/core/src/demands/demand.repository.js';
import { RegionRepository } from '../../../../libs/core/src/regions/region.repository.js';
import {
  AGGREGATE_DIFFERENCES,
  PRE_AGGREGATE_STATEMENTS as LIVE,
} from '../../../../libs/core/src/testing/pre-aggregate-statements.js';
import { Clock } from '@app/platform';
import { CalendarService } from '@app/core';
import { ReportRepository } from '../../../../libs/core/src/service/report.repository.js';

const note = (line: string) =>
  console.error(`[bench:scale] ${new Date().toISOString().slice(11, 19)} ${line}`);
const STEPS = (process.env.BENCH_SCALE_STEPS?.trim() || process.argv[2] || '10000,100000,1000000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n >= 1000);
const INDEX = process.env.BENCH_SCALE_INDEX?.trim() || 'reindex';
/** Per operation: at most this many timed runs, and no more than BUDGET_MS of them (at least MIN_RUNS). */
const MAX_RUNS = 20;
const MIN_RUNS = Number(process.env.BENCH_SCALE_MIN_RUNS?.trim() || 5);
const BUDGET_MS = Number(process.env.BENCH_SCALE_BUDGET_MS?.trim() || 20_000);
/**
 * Above this size the real reindex (~750 documents/s on this machine) would take the run's whole time budget: the
 * first REINDEX_MAX experts are indexed as SearchIndexService.reindex does it (the same documents through the same
 * engine upsert), the others get the index row of one of them re-keyed to their own id, version, name and region.
 */
const REINDEX_MAX = Number(process.env.BENCH_SCALE_REINDEX_MAX?.trim() || 100_000);
const RESULTS_DIR = path.join(repoRoot(), '.data', 'bench-scale');

const ACCOUNT_ID = '00000000-0000-4000-8000-0000000c0a1e';
const PROVINCE_CODE = '510000';
const PROVINCE: Actor = {
  accountId: ACCOUNT_ID,
  username: 'bench-province',
  role: 'PROVINCE',
  regionCode: PROVINCE_CODE,
  partnerRegionCodes: [],
};
const SCOPE = ['51%'];
const CITY = '510100';
/** The fields the dashboard's supply gap asks the active experts of a province's cities for. */
const GAP_FIELDS: Field[] = ['AGRICULTURE', 'MEDICAL', 'EDUCATION'];

interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

export interface OperationResult {
  operation: string;
  service: Timing;
  baseline: Timing | null;
  baselineLabel: string;
  note?: string;
}

export interface StepResult {
  n: number;
  at: string;
  load1: [number, number];
  counts: SeedCounts & { experts: number; provinceDemands: number; provinceTeams2026: number };
  phases: { label: string; ms: number }[];
  index: string;
  peakRss: number;
  databaseBytes: number;
  tableBytes: Record<string, number>;
  operations: OperationResult[];
  dashboardStatements: { statement: string; p50: number; p95: number; runs: number }[];
  beforeAfter?: { statement: string; before: Timing; after: Timing }[];
  /** The statements the aggregates replaced (live rows) against the aggregates' reads, same database. */
  aggregates?: { statement: string; before: Timing; after: Timing; buffers: [number, number] }[];
  /** Rows where an aggregate differs from the live tables after the load and the measurements (0 = exact). */
  aggregateDifferences?: Record<string, number>;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Cycles through `inputs`: one warm-up, then runs until MAX_RUNS or the budget (at least MIN_RUNS). */
async function sample<I>(inputs: readonly I[], fn: (input: I) => Promise<unknown>): Promise<Timing> {
  await fn(inputs[0]!);
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < MAX_RUNS; i++) {
    if (i >= MIN_RUNS && performance.now() - t0 > BUDGET_MS) break;
    times.push(await time(() => fn(inputs[i % inputs.length]!)));
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
}

const SEARCHES: { query: string; filter: ExpertFilterInput }[] = [
  { query: '脑卒中', filter: {} },
  { query: '水产养殖', filter: {} },
  { query: '设施蔬菜', filter: {} },
  { query: '高血压 社区', filter: {} },
  { query: '番茄 病虫害', filter: {} },
  { query: '非洲猪瘟', filter: {} },
];
const FILTERED: { query: string; filter: ExpertFilterInput }[] = [
  { query: '脑卒中', filter: { fields: ['MEDICAL'], titleLevels: ['SENIOR'] } },
  { query: '生猪', filter: { fields: ['ANIMAL_HUSBANDRY'], regionCode: PROVINCE_CODE } },
  { query: '水产', filter: { fields: ['FISHERY'], titleLevels: ['SENIOR', 'ASSOCIATE'] } },
  { query: '病虫害 绿色防控', filter: { fields: ['AGRICULTURE'], regionCode: CITY } },
];

// The statements as they were before issue #15's fix, measured on the same database as their replacements.
const BEFORE = PRE_SCALE_STATEMENTS;

/** The dashboard's figures as read before the aggregates (live rows), for the same-database comparison. */
class LiveDashboardRepository extends DashboardRepository {
  constructor(private readonly live: DataSource) {
    super(live);
  }
  override async dispatchHours(scope: RegionScope, period: YearSpan): Promise<number[]> {
    const rows: { hours: string }[] = await this.live.query(LIVE.dispatchHours(scope), [
      period.from,
      period.to,
    ]);
    return rows.map((r) => Number(r.hours));
  }
  override async evaluations(scope: RegionScope, year: number) {
    const { from, to } = chinaYearSpan(year);
    const [row] = await this.live.query(LIVE.evaluations(scope), [from, to]);
    return {
      count: row.count as number,
      scoreSum: Number(row.score_sum ?? 0),
      solved: { YES: row.yes as number, PARTIAL: row.partial as number, NO: row.no as number },
    };
  }
  override async demandsByField(scope: RegionScope, year: number) {
    const { from, to } = chinaYearSpan(year);
    return this.live.query(LIVE.demandsByField(scope), [from, to]);
  }
  override async deliveries(scope: RegionScope, year: number) {
    const { from, to } = chinaYearSpan(year);
    const [row] = await this.live.query(LIVE.deliveries(scope), [from, to]);
    return { delivered: row.delivered as number, onTime: row.on_time as number };
  }
  override async activeExpertsPerCityAndField(cities: readonly string[], fields: readonly Field[]) {
    if (!cities.length || !fields.length) return [];
    const rows: { city: string; field: Field; count: number }[] = await this.live.query(
      LIVE.activeExpertsPerCityAndField(cities),
      [[...fields]],
    );
    return rows.map((r) => ({ cityPrefix: r.city, field: r.field, count: r.count }));
  }
  override async batchPeriodsOfExperts(scope: RegionScope, year: number): Promise<BatchPeriodRow[]> {
    const rows: { expert_id: string; start_date: string; end_date: string; days: number }[] =
      await this.live.query(LIVE.batchPeriodsOfExperts(scope), [year]);
    return rows.map((r) => ({
      expertId: r.expert_id,
      startDate: r.start_date,
      endDate: r.end_date,
      days: r.days,
    }));
  }
}

/** Shared buffers (hit + read) of a statement, by EXPLAIN (ANALYZE, BUFFERS) of the text it sends. */
async function buffersOf(db: DataSource, send: (db: DataSource) => Promise<unknown>): Promise<number> {
  let total = 0;
  const explain = async (sql: string, values?: unknown[]) => {
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, values);
    total += (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0);
    return [];
  };
  // Reads that skip TypeORM (readRows) go to the driver's pool: explained the same way.
  const explaining = {
    query: explain,
    driver: {
      master: { query: async (sql: string, values?: unknown[]) => ({ rows: await explain(sql, values) }) },
    },
  } as unknown as DataSource;
  await send(explaining);
  return total;
}

async function runStep(n: number): Promise<StepResult> {
  const load0 = os.loadavg()[0]!;
  const server = await openServer('bench-scale-', note);
  const apps = benchApps('scale');
  const cleanup = dropOnExit(server, apps.created, note);
  const probe = new MemoryProbe();
  probe.start(100);
  const phases: { label: string; ms: number }[] = [];
  const phase = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    note(`N=${n}: ${label} …`);
    const t0 = performance.now();
    const out = await fn();
    phases.push({ label, ms: performance.now() - t0 });
    note(`N=${n}: ${label} done in ${seconds(performance.now() - t0)}`);
    return out;
  };
  try {
    const template = await apps.createTemplate(server);
    const url = await apps.createDatabase(server, `${apps.prefix}_${n}`, template);
    const seeded = await withClient(
      url,
      async (c) => {
        const counties = await countyCodes(c);
        await phase('experts (COPY)', () => copyNationalExperts(c, n, counties));
        // The generated rows are consistent by construction: foreign-key triggers off while they go in (the
        // unique, check and exclusion constraints still apply).
        await c.query(`SET session_replication_role = replica`);
        const counts = await phase('demands, teams, batches, evaluations (SQL)', () =>
          seedNationalDemands(async (text, values) => {
            const t0 = performance.now();
            const { rows } = await c.query(text, values);
            const took = performance.now() - t0;
            if (took > 5000) note(`N=${n}:   ${seconds(took)} ${text.trim().split('\n')[0]!.slice(0, 70)}`);
            return rows;
          }, n),
        );
        await c.query(
          `INSERT INTO accounts (id, username, display_name, password_hash, role, region_code) VALUES ($1, 'bench-province', '四川省人社厅（基准）', 'x', 'PROVINCE', $2)`,
          [ACCOUNT_ID, PROVINCE_CODE],
        );
        // The triggers that keep the dashboard's aggregates were off with the foreign keys: built once, as a
        // restore or a repair would.
        await phase('aggregates (dashboard_aggregates_rebuild)', () =>
          c.query(`SELECT dashboard_aggregates_rebuild()`),
        );
        return counts;
      },
      'bench-scale',
    );
    const app = await apps.openApp(url);
    try {
      const db = app.runtime.dataSource;
      const indexing = app.ctx.get(SearchIndexService);
      if (INDEX === 'reindex' && n <= REINDEX_MAX)
        await phase('search index (SearchIndexService.reindex)', () => indexing.reindex());
      else if (INDEX === 'reindex') {
        await phase(`search index (reindex of ${REINDEX_MAX.toLocaleString('en')}, SQL clones)`, () =>
          indexPartlyThenClone(app, REINDEX_MAX),
        );
      }
      await phase('ANALYZE', () => db.query('ANALYZE'));

      const [{ experts }] = await db.query(`SELECT count(*)::int AS experts FROM experts`);
      const [{ pd }] = await db.query(`SELECT count(*)::int AS pd FROM demands WHERE region_code LIKE '51%'`);
      const teamIds: string[] = (
        await db.query(
          `SELECT t.id FROM teams t JOIN team_demands td ON td.team_id = t.id JOIN demands d ON d.id = td.demand_id
           WHERE d.region_code LIKE '51%' AND t.start_date >= '2026-01-01'
             AND EXISTS (SELECT 1 FROM service_batches b WHERE b.team_id = t.id) ORDER BY t.id LIMIT 20`,
        )
      ).map((r: { id: string }) => r.id);
      const [{ pt }] = await db.query(
        `SELECT count(DISTINCT t.id)::int AS pt FROM teams t JOIN team_demands td ON td.team_id = t.id JOIN demands d ON d.id = td.demand_id
         WHERE d.region_code LIKE '51%' AND t.start_date BETWEEN '2026-01-01' AND '2026-12-31'`,
      );
      const acceptedIds: string[] = (
        await db.query(
          `SELECT id FROM demands WHERE region_code LIKE '51%' AND status = 'ACCEPTED' ORDER BY id LIMIT 10`,
        )
      ).map((r: { id: string }) => r.id);

      const experts$ = app.ctx.get(ExpertService);
      const match = app.ctx.get(MatchService);
      const demands = app.ctx.get(DemandService);
      const dashboards = app.ctx.get(DashboardService);
      const surveys = app.ctx.get(SurveyService);
      const reports = app.ctx.get(ReportRepository);
      const figures = app.ctx.get(DashboardRepository);
      const operations: OperationResult[] = [];
      const op = async (
        operation: string,
        service: () => Promise<Timing>,
        baseline: (() => Promise<Timing>) | null,
        baselineLabel = '',
        extra?: string,
      ) => {
        note(`N=${n}: ${operation} …`);
        const s = await service();
        const b = baseline ? await baseline() : null;
        operations.push({ operation, service: s, baseline: b, baselineLabel, note: extra });
        note(
          `N=${n}: ${operation}: p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms${b ? `; SQL p50 ${ms(b.p50)} ms` : ''}`,
        );
      };
      const engine = app.ctx.get(SearchIndexService).engine;
      const engineRequest = (s: { query: string; filter: ExpertFilterInput }) =>
        engine.search({
          query: s.query,
          filter: { statuses: ['ACTIVE'] },
          limit: 20,
          offset: 0,
          regionFacetLevel: 'province',
          facets: true,
        });

      await phase('measure', async () => {
        await op(
          'expert search, words',
          () => sample(SEARCHES, (s) => experts$.search(PROVINCE, s.query, s.filter, 20)),
          () => sample(SEARCHES, engineRequest),
          'engine.search (its SQL)',
        );
        await op(
          'expert search, words + filters',
          () => sample(FILTERED, (s) => experts$.search(PROVINCE, s.query, s.filter, 20)),
          null,
        );
        await op(
          'matchExperts (accepted demand)',
          () => sample(acceptedIds, (id) => match.matchExperts(PROVINCE, id)),
          null,
        );
        const boardSql = (statuses: string[] | null, prefix: string | null) =>
          Promise.all([
            db.query(
              `SELECT d.id, d.code, d.title, d.status, d.region_code, d.organization_id, d.created_at FROM demands d
               WHERE d.region_code LIKE ANY($1) AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
                 AND ($2::text[] IS NULL OR d.status = ANY($2)) AND ($3::text IS NULL OR d.region_code LIKE $3)
               ORDER BY d.created_at DESC, d.id DESC LIMIT 21`,
              [SCOPE, statuses, prefix],
            ),
            db.query(
              `SELECT d.status, count(*) FROM demands d WHERE d.region_code LIKE ANY($1) AND ($2::text IS NULL OR d.region_code LIKE $2) GROUP BY d.status`,
              [SCOPE, prefix],
            ),
          ]);
        await op(
          'board: all (first 20 + counts)',
          () => sample([0], () => demands.board(PROVINCE, {}, 20)),
          () => sample([0], () => boardSql(null, null)),
          'page + counts SQL',
        );
        await op(
          'board: status ACCEPTED',
          () => sample([0], () => demands.board(PROVINCE, { statuses: ['ACCEPTED'] }, 20)),
          () => sample([0], () => boardSql(['ACCEPTED'], null)),
          'page + counts SQL',
        );
        await op(
          'board: city 510100',
          () => sample([0], () => demands.board(PROVINCE, { regionCode: CITY }, 20)),
          () => sample([0], () => boardSql(null, '5101%')),
          'page + counts SQL',
        );
        await op(
          'dashboard (2026)',
          () => sample([0], () => dashboards.dashboard(PROVINCE, { year: 2026 })),
          null,
        );
        await op(
          'teamSurvey (one team)',
          () => sample(teamIds, (id) => surveys.teamSurvey(PROVINCE, id)),
          () =>
            sample(teamIds, (id) =>
              db.query(
                `SELECT b.*, array(SELECT expert_id FROM service_batch_experts be WHERE be.batch_id = b.id) AS experts FROM service_batches b WHERE b.team_id = $1 AND b.superseded_at IS NULL`,
                [id],
              ),
            ),
          'the team’s batches in one SQL',
        );
        let rows = 0;
        await op(
          'exportAnnex3 (2026, province)',
          () =>
            sample([0], async () => {
              rows = (await surveys.exportAnnex3(PROVINCE, 2026)).rows;
            }),
          () => sample([0], () => reports.annex3Rows(2026, SCOPE)),
          'annex3Rows SQL',
        );
        operations[operations.length - 1]!.note = `${rows.toLocaleString('en')} rows`;
      });

      // The dashboard's statements one by one (it runs them concurrently), to see which one grows.
      const span = {
        from: new Date('2026-01-01T00:00:00+08:00'),
        to: new Date('2027-01-01T00:00:00+08:00'),
      };
      const dashboardStatements: StepResult['dashboardStatements'] = [];
      const groups = (await db.query(`SELECT code FROM regions WHERE parent_code = $1`, [PROVINCE_CODE])).map(
        (r: { code: string }) => ({ code: r.code, prefix: r.code.slice(0, 4) }),
      );
      const statements: [string, () => Promise<unknown>][] = [
        ['demandsByStatus', () => figures.demandsByStatus(SCOPE, 2026)],
        ['demandsByField', () => figures.demandsByField(SCOPE, 2026)],
        ['demandsByRegionGroup', () => figures.demandsByRegionGroup(SCOPE, 2026, groups)],
        ['dispatchHours', () => figures.dispatchHours(SCOPE, span)],
        ['deliveries', () => figures.deliveries(SCOPE, 2026)],
        ['evaluations', () => figures.evaluations(SCOPE, 2026)],
        ['batchPeriodsOfExperts', () => figures.batchPeriodsOfExperts(SCOPE, 2026)],
        [
          'demandsPerRegionAndField',
          () => figures.demandsPerRegionAndField(SCOPE, ['SUBMITTED', 'ACCEPTED', 'DISPATCHED']),
        ],
        [
          'activeExpertsPerCityAndField',
          () =>
            figures.activeExpertsPerCityAndField(
              groups.map((g: { prefix: string }) => g.prefix),
              GAP_FIELDS,
            ),
        ],
      ];
      for (const [statement, fn] of statements) {
        const t = await sample([0], fn);
        dashboardStatements.push({ statement, ...t });
      }

      // Before/after of the fix, bare statements on this database.
      const beforeAfter: StepResult['beforeAfter'] = [];
      const cities = groups.map((g: { prefix: string }) => g.prefix);
      const pairs: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
        [
          'board counts by status (after: board, first 0)',
          () => db.query(BEFORE.boardCounts, [SCOPE]),
          () => demands.board(PROVINCE, {}, 0),
        ],
        [
          'dashboard demandsByStatus',
          () => db.query(BEFORE.demandsByStatus, [SCOPE, span.from, span.to]),
          () => figures.demandsByStatus(SCOPE, 2026),
        ],
        [
          'dashboard activeExpertsPerCityAndField',
          () => db.query(BEFORE.activeExpertsPerCityAndField, [cities, GAP_FIELDS]),
          () => figures.activeExpertsPerCityAndField(cities, ['AGRICULTURE', 'MEDICAL', 'EDUCATION']),
        ],
        [
          'annex3Rows',
          () => db.query(BEFORE.annex3Rows, [2026, SCOPE]),
          () => reports.annex3Rows(2026, SCOPE),
        ],
      ];
      for (const [statement, before, after] of pairs) {
        note(`N=${n}: before/after ${statement} …`);
        beforeAfter.push({ statement, before: await sample([0], before), after: await sample([0], after) });
      }

      // The aggregates (migrations 1765003400000, 1765003900000) against the live statements they replaced, same database.
      const liveDashboards = new DashboardService(
        new LiveDashboardRepository(db),
        app.ctx.get(RegionRepository),
        app.ctx.get(Clock),
        app.ctx.get(CalendarService),
      );
      const boardQuery = { regionPrefixes: SCOPE, hideUnitDrafts: true, now: new Date() };
      const aggregatePairs: [
        string,
        (d: DataSource) => Promise<unknown>,
        (d: DataSource) => Promise<unknown>,
      ][] = [
        [
          'board counts by status (province)',
          (d) => d.query(LIVE.boardCounts(SCOPE, true)),
          (d) => new DemandRepository(d).countsByStatus(boardQuery),
        ],
        [
          'dashboard dispatchHours',
          (d) => d.query(LIVE.dispatchHours(SCOPE), [span.from, span.to]),
          (d) => new DashboardRepository(d).dispatchHours(SCOPE, span),
        ],
        [
          'dashboard evaluations',
          (d) => d.query(LIVE.evaluations(SCOPE), [span.from, span.to]),
          (d) => new DashboardRepository(d).evaluations(SCOPE, 2026),
        ],
        [
          'annex3Rows (province, 2026)',
          (d) => d.query(LIVE.annex3Rows(SCOPE), [2026]),
          (d) => new ReportRepository(d).annex3Rows(2026, SCOPE),
        ],
        [
          'dashboard batchPeriodsOfExperts',
          (d) => d.query(LIVE.batchPeriodsOfExperts(SCOPE), [2026]),
          (d) => new DashboardRepository(d).batchPeriodsOfExperts(SCOPE, 2026),
        ],
        [
          'dashboard demandsByField',
          (d) => d.query(LIVE.demandsByField(SCOPE), [span.from, span.to]),
          (d) => new DashboardRepository(d).demandsByField(SCOPE, 2026),
        ],
        [
          'dashboard deliveries',
          (d) => d.query(LIVE.deliveries(SCOPE), [span.from, span.to]),
          (d) => new DashboardRepository(d).deliveries(SCOPE, 2026),
        ],
        [
          'dashboard activeExpertsPerCityAndField',
          (d) => d.query(LIVE.activeExpertsPerCityAndField(cities), [GAP_FIELDS]),
          (d) => new DashboardRepository(d).activeExpertsPerCityAndField(cities, GAP_FIELDS),
        ],
      ];
      const aggregates: StepResult['aggregates'] = [];
      for (const [statement, before, after] of aggregatePairs) {
        note(`N=${n}: live/aggregate ${statement} …`);
        aggregates.push({
          statement,
          before: await sample([0], () => before(db)),
          after: await sample([0], () => after(db)),
          buffers: [await buffersOf(db, before), await buffersOf(db, after)],
        });
      }
      // What the triggers cost the writes: the same writes, one row per statement in one transaction (rolled
      // back), with the tables' user triggers disabled and enabled.
      const writeIds: string[] = (
        await db.query(
          `SELECT id FROM demands WHERE region_code LIKE '51%' AND status = 'ACCEPTED' ORDER BY id LIMIT 200`,
        )
      ).map((r: { id: string }) => r.id);
      const writes = (triggers: boolean) => async () => {
        const runner = db.createQueryRunner();
        await runner.connect();
        try {
          await runner.startTransaction();
          // Only the user triggers (this migration's; the foreign keys still checked), undone by the rollback.
          if (!triggers)
            for (const table of ['demands', 'demand_history'])
              await runner.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
          for (const id of writeIds) {
            await runner.query(`UPDATE demands SET status = 'DISPATCHED' WHERE id = $1`, [id]);
            await runner.query(
              `INSERT INTO demand_history (demand_id, from_status, to_status, actor_name) VALUES ($1, 'ACCEPTED', 'DISPATCHED', 'bench')`,
              [id],
            );
          }
        } finally {
          await runner.rollbackTransaction().catch(() => {});
          await runner.release();
        }
      };
      note(`N=${n}: writes with and without the triggers …`);
      aggregates.push({
        statement: `${writeIds.length} dispatches (status update + history row each), triggers off → on`,
        before: await sample([0], writes(false)),
        after: await sample([0], writes(true)),
        buffers: [0, 0],
      });
      note(`N=${n}: live/aggregate dashboard (2026) …`);
      aggregates.push({
        statement: 'dashboard (2026), the service',
        before: await sample([0], () => liveDashboards.dashboard(PROVINCE, { year: 2026 })),
        after: await sample([0], () => dashboards.dashboard(PROVINCE, { year: 2026 })),
        buffers: [0, 0],
      });
      const aggregateDifferences: Record<string, number> = {};
      for (const [name, sql] of Object.entries(AGGREGATE_DIFFERENCES))
        aggregateDifferences[name] = (await db.query(sql)).length;
      note(`N=${n}: aggregate differences ${JSON.stringify(aggregateDifferences)}`);

      const [{ size }] = await db.query(`SELECT pg_database_size(current_database())::bigint AS size`);
      const tables: { name: string; bytes: string }[] = await db.query(
        `SELECT relname AS name, pg_total_relation_size(oid)::bigint AS bytes FROM pg_class
         WHERE relname = ANY($1) AND relkind = 'r'`,
        [
          [
            'experts',
            'expert_search_index',
            'demands',
            'demand_history',
            'teams',
            'assignments',
            'service_batches',
            'evaluations',
          ],
        ],
      );
      const peak = probe.stop('step');
      return {
        n,
        at: new Date().toISOString(),
        load1: [load0, os.loadavg()[0]!],
        counts: { ...seeded, experts, provinceDemands: pd, provinceTeams2026: pt },
        phases,
        index: INDEX,
        peakRss: peak.peakRss!,
        databaseBytes: Number(size),
        tableBytes: Object.fromEntries(tables.map((t) => [t.name, Number(t.bytes)])),
        operations,
        dashboardStatements,
        beforeAfter,
        aggregates,
        aggregateDifferences,
      };
    } finally {
      await app.close();
    }
  } finally {
    probe.stop();
    await cleanup();
  }
}

/** The first `indexed` experts (by id) through the engine's upsert, the rest as SQL clones of their rows. */
async function indexPartlyThenClone(app: BenchApp, indexed: number): Promise<void> {
  const db = app.runtime.dataSource;
  const indexing = app.ctx.get(SearchIndexService);
  const experts = (indexing as unknown as { experts: ExpertRepository }).experts;
  await indexing.engine.prepare();
  await indexing.engine.clear();
  const ids: string[] = (await db.query(`SELECT id FROM experts ORDER BY id LIMIT $1`, [indexed])).map(
    (r: { id: string }) => r.id,
  );
  for (let at = 0; at < ids.length; at += 1000) {
    const rows = await experts.withEmployers(ids.slice(at, at + 1000));
    await indexing.engine.upsert(
      rows.map(({ expert, employerName }) => toExpertDocument(expert, employerName)),
    );
  }
  await db.query(
    `WITH tmpl AS (SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n, * FROM expert_search_index),
          nt AS (SELECT count(*)::int AS c FROM tmpl),
          rest AS (SELECT (row_number() OVER (ORDER BY e.id) - 1)::int AS n, e.id, e.version, e.name, e.region_code FROM experts e
                    WHERE NOT EXISTS (SELECT 1 FROM expert_search_index s WHERE s.id = e.id))
     INSERT INTO expert_search_index (id, version, fields, title_level, title_rank, honours, honour_count, source, retired, status,
                                      region_code, province_code, city_code, county_code, document, tsv, indexed_at)
     SELECT r.id, r.version, t.fields, t.title_level, t.title_rank, t.honours, t.honour_count, t.source, t.retired, t.status,
            r.region_code, left(r.region_code, 2) || '0000', left(r.region_code, 4) || '00', r.region_code,
            t.document || jsonb_build_object('id', r.id, 'version', r.version, 'name', r.name, 'regionCode', r.region_code,
                                             'provinceCode', left(r.region_code, 2) || '0000', 'cityCode', left(r.region_code, 4) || '00',
                                             'countyCode', r.region_code),
            t.tsv, now()
     FROM rest r CROSS JOIN nt JOIN tmpl t ON t.n = r.n % nt.c`,
  );
}

function loadResults(): StepResult[] {
  if (!existsSync(RESULTS_DIR)) return [];
  return readdirSync(RESULTS_DIR)
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(path.join(RESULTS_DIR, f), 'utf8')) as StepResult)
    .sort((a, b) => a.n - b.n);
}

const growth = (a: number | undefined, b: number | undefined) =>
  a && b && b > 0 ? (a / b >= 10 ? (a / b).toFixed(0) : (a / b).toFixed(1)) + '×' : '–';

export function render(results: StepResult[]): { text: string; markdown: string } {
  const ns = results.map((r) => r.n);
  const label = (n: number) => n.toLocaleString('en');
  const opNames = [...new Set(results.flatMap((r) => r.operations.map((o) => o.operation)))];
  const opHeader = [
    'operation',
    ...ns.flatMap((n) => [`${label(n)} p50`, `p95`]),
    ...ns.slice(1).map((n, i) => `p50 ${label(n)}÷${label(ns[i]!)}`),
  ];
  const opRows = opNames.map((name) => {
    const at = results.map((r) => r.operations.find((o) => o.operation === name));
    return [
      name + (at[at.length - 1]?.note ? ` (${at[at.length - 1]!.note} at ${label(ns[ns.length - 1]!)})` : ''),
      ...at.flatMap((o) => [o ? ms(o.service.p50) : '–', o ? ms(o.service.p95) : '–']),
      ...at.slice(1).map((o, i) => growth(o?.service.p50, at[i]?.service.p50)),
    ];
  });
  const sqlRows = opNames
    .filter((name) => results.some((r) => r.operations.find((o) => o.operation === name)?.baseline))
    .map((name) => {
      const at = results.map((r) => r.operations.find((o) => o.operation === name));
      return [
        `${name}: ${at.find((o) => o?.baselineLabel)?.baselineLabel ?? ''}`,
        ...at.flatMap((o) => [
          o?.baseline ? ms(o.baseline.p50) : '–',
          o?.baseline ? ms(o.baseline.p95) : '–',
        ]),
        ...at.slice(1).map((o, i) => growth(o?.baseline?.p50, at[i]?.baseline?.p50)),
      ];
    });
  const stNames = results[0]?.dashboardStatements.map((s) => s.statement) ?? [];
  const stHeader = [
    'dashboard statement',
    ...ns.map((n) => `${label(n)} p50`),
    ...ns.slice(1).map((n, i) => `${label(n)}÷${label(ns[i]!)}`),
  ];
  const stRows = stNames.map((name) => {
    const at = results.map((r) => r.dashboardStatements.find((s) => s.statement === name));
    return [
      name,
      ...at.map((s) => (s ? ms(s.p50) : '–')),
      ...at.slice(1).map((s, i) => growth(s?.p50, at[i]?.p50)),
    ];
  });
  const baNames = [...new Set(results.flatMap((r) => (r.beforeAfter ?? []).map((b) => b.statement)))];
  const baHeader = ['statement (p50 ms)', ...ns.flatMap((n) => [`${label(n)} before`, 'after', 'speed-up'])];
  const baRows = baNames.map((name) => [
    name,
    ...results.flatMap((r) => {
      const b = r.beforeAfter?.find((x) => x.statement === name);
      return b ? [ms(b.before.p50), ms(b.after.p50), growth(b.before.p50, b.after.p50)] : ['–', '–', '–'];
    }),
  ]);
  const agNames = [...new Set(results.flatMap((r) => (r.aggregates ?? []).map((b) => b.statement)))];
  const agHeader = [
    'statement (p50 ms; buffers)',
    ...ns.flatMap((n) => [`${label(n)} live`, 'aggregate', 'speed-up', 'buffers live → aggregate']),
  ];
  const agRows = agNames.map((name) => [
    name,
    ...results.flatMap((r) => {
      const b = r.aggregates?.find((x) => x.statement === name);
      return b
        ? [
            ms(b.before.p50),
            ms(b.after.p50),
            growth(b.before.p50, b.after.p50),
            b.buffers[0]
              ? `${b.buffers[0].toLocaleString('en')} → ${b.buffers[1].toLocaleString('en')}`
              : '–',
          ]
        : ['–', '–', '–', '–'];
    }),
  ]);
  const stepHeader = [
    'N',
    'run at (UTC)',
    'load 1-min',
    'experts',
    'demands',
    'in 四川',
    'teams',
    'assignments',
    'batches',
    'evaluations',
    'load + index',
    'peak RSS MB',
    'DB MB',
  ];
  const stepRows = results.map((r) => [
    label(r.n),
    r.at.slice(0, 16).replace('T', ' '),
    `${r.load1[0].toFixed(1)}–${r.load1[1].toFixed(1)}`,
    label(r.counts.experts),
    label(r.counts.demands),
    label(r.counts.provinceDemands),
    label(r.counts.teams),
    label(r.counts.assignments),
    label(r.counts.batches),
    label(r.counts.evaluations),
    r.phases
      .filter((p) => p.label !== 'measure')
      .map((p) => `${p.label.split(' ')[0]} ${seconds(p.ms)}`)
      .join(', '),
    mb(r.peakRss),
    mb(r.databaseBytes),
  ]);
  const text = [
    textTable(stepHeader, stepRows),
    '',
    textTable(opHeader, opRows),
    '',
    textTable(opHeader, sqlRows),
    '',
    textTable(stHeader, stRows),
    '',
    textTable(baHeader, baRows),
    '',
    textTable(agHeader, agRows),
  ].join('\n');
  const markdown = [
    markdownTable(stepHeader, stepRows),
    '',
    'Service (p50 / p95 ms) and growth of p50 per step:',
    '',
    markdownTable(opHeader, opRows),
    '',
    'Bare SQL baselines in the same runs (p50 / p95 ms):',
    '',
    markdownTable(opHeader, sqlRows),
    '',
    'The dashboard’s statements one by one (p50 ms):',
    '',
    markdownTable(stHeader, stRows),
    '',
    'Before and after the fix, on the same database (p50 ms; before = the region scope as `LIKE ANY`):',
    '',
    markdownTable(baHeader, baRows),
    '',
    'The aggregates kept by triggers against the live statements they replaced, same database (p50 ms; shared buffers by EXPLAIN ANALYZE):',
    '',
    markdownTable(agHeader, agRows),
  ].join('\n');
  return { text, markdown };
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const n of STEPS) {
    const result = await runStep(n);
    writeFileSync(path.join(RESULTS_DIR, `${n}.json`), JSON.stringify(result, null, 2));
  }
  const results = loadResults();
  const { text, markdown } = render(results);
  console.log(text);
  if (process.env.BENCH_SCALE_DOCS === '1') {
    const file = appendBenchmarks(
      repoRoot(),
      [
        `## National scale (\`npm run bench:scale\`) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        '',
        markdown,
      ].join('\n'),
    );
    note(`appended to ${file}`);
  }
}

if (process.argv[2] === '--render') {
  console.log(render(loadResults()).markdown);
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
