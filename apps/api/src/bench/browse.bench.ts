// `npm run bench:browse`: browsing the expert library by filters alone (no words) at 100k and 1M experts.
//   load    — set-based, in SQL: a pool of synthetic experts (synthetic-experts.ts, with their documents and
//             tsvectors cut by the engine) is COPY'd once, then generate_series fills `experts` and
//             `expert_search_index` from it (secondary indexes dropped during the load and built again after);
//   facets  — the `search.facets` job's rebuild of the pre-aggregated counts (SearchFacetsService.refresh);
//   browse  — filter combinations (none, region, field, title level, source, retired, honours, 2–3 together, a rare
//             value), p50/p95 of engine.search() (pre-aggregated counts + the first page read in index order), of
//             its bare SQL statement, and of the live statement every browse used before (every matching expert
//             counted), interleaved; the three answers are compared (total, facets, first page).
// Prints the figures and appends them to docs/benchmarks.md. BENCH_BROWSE_SIZES=20000 tries other sizes (printed
// only; BENCH_BROWSE_EXPLAIN=1 prints the plans; BENCH_BROWSE_HOLD=1 keeps the loaded library for psql, its URL
// printed, until the process is stopped). BENCH_BROWSE_WORDS=农业,防治 times those searches with words
// instead (bounded ranking against every match ranked, and exactTotal; see timeWords), interleaved, printed only.
// Uses DATABASE_URL's server when set (own databases, dropped), otherwise a temporary embedded PostgreSQL.
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import {
  PostgresExpertSearchEngine,
  TITLE_RANKS,
  copyFromStdin,
  copyText,
  expertDocumentTsvector,
  pgTextArray,
  type ExpertDocument,
  type ExpertSearchRequest,
  type ExpertSearchResponse,
} from '@app/platform';
import { ExpertService, SearchFacetsService, regionAncestry, type ExpertFilterInput } from '@app/core';
import { repoRoot } from '../paths.js';
import { benchApps } from './bench-app.js';
import {
  appendBenchmarks,
  markdownTable,
  ms,
  percentile,
  seconds,
  textTable,
  sizesFromEnv,
} from './bench-report.js';
import { dropOnExit, openServer, withClient, type Server } from './bench-server.js';
import { generateSyntheticExperts } from './synthetic-experts.js';
import { insertEmployers } from './synthetic-rows.js';

const { sizes: SIZES, overridden: SIZES_OVERRIDDEN } = sizesFromEnv(
  'BENCH_BROWSE_SIZES',
  [100_000, 1_000_000],
);
const RUNS = Number(process.env.BENCH_BROWSE_RUNS ?? 7);
/** Distinct synthetic experts the library is made of (each repeated with its own id, phone and status). */
const POOL = 20_000;
const PAGE = 20;
/** One expert in this many is INACTIVE (the browse asks for ACTIVE ones, as the experts service does). */
const INACTIVE_EVERY = 25;
/** One expert in this many is placed in a county anywhere in the country instead of the pool expert's region. */
const SPREAD_EVERY = 3;
/** Runs of the old statement at 1M and more (each reads every matching expert: seconds). */
const OLD_RUNS_LARGE = 3;
const TARGET_MS: Record<number, number> = { 100_000: 100, 1_000_000: 300 };
const WORDS = (process.env.BENCH_BROWSE_WORDS ?? '')
  .split(',')
  .map((w) => w.trim())
  .filter(Boolean);

const log = (line = '') => console.log(line);
const note = (line: string) => console.error(`[bench] ${line}`);
const { prefix, created, createDatabase, dropDatabase, openApp, createTemplate } = benchApps('browse');

// ---------------------------------------------------------------------------------------------------------
// Loading, set-based

const POOL_COLUMNS = [
  't',
  'name',
  'gender',
  'employer_id',
  'title',
  'title_level',
  'title_rank',
  'fields',
  'specialties',
  'honours',
  'honour_count',
  'region_code',
  'province_code',
  'city_code',
  'county_code',
  'source',
  'retired',
  'doc',
  'tsv',
];

async function loadPool(client: pg.Client): Promise<void> {
  const pool = generateSyntheticExperts(POOL, 20261206);
  const employers = await insertEmployers(client, pool);
  await client.query(`
    CREATE UNLOGGED TABLE bench_pool (t int PRIMARY KEY, name text, gender text, employer_id uuid, title text,
      title_level text, title_rank smallint, fields text[], specialties text, honours text[], honour_count smallint,
      region_code text, province_code text, city_code text, county_code text, source text, retired boolean,
      doc jsonb, tsv text)`);
  let data = '';
  pool.forEach((e, t) => {
    const ancestry = regionAncestry(e.regionCode);
    const doc: Omit<ExpertDocument, 'id' | 'status' | 'version'> = {
      name: e.name,
      employer: e.employer,
      title: e.title,
      titleLevel: e.titleLevel,
      titleRank: TITLE_RANKS[e.titleLevel],
      fields: e.fields,
      specialties: e.specialties,
      honours: e.honours,
      honourCount: e.honours.filter((h) => h !== 'OTHER').length,
      source: e.source,
      retired: e.retired,
      regionCode: e.regionCode,
      ...ancestry,
    };
    const tsv = expertDocumentTsvector({ ...doc, id: '', version: 1, status: 'ACTIVE' });
    const row = [
      t,
      e.name,
      e.gender,
      employers.get(e.employer)!,
      e.title,
      e.titleLevel,
      doc.titleRank,
      pgTextArray([...new Set(e.fields)]),
      e.specialties,
      pgTextArray([...new Set(e.honours)]),
      doc.honourCount,
      e.regionCode,
      ancestry.provinceCode,
      ancestry.cityCode,
      ancestry.countyCode,
      e.source,
      e.retired,
      JSON.stringify(doc),
      tsv,
    ];
    data += row.map((v) => copyText(v)).join('\t') + '\n';
  });
  await copyFromStdin(client, `COPY bench_pool (${POOL_COLUMNS.join(', ')}) FROM STDIN`, data);
}

/** Drops the secondary indexes of `table` (not those of constraints) and returns how to build them again. */
async function dropIndexes(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [table],
  );
  for (const r of rows) await client.query(`DROP INDEX ${r.name}`);
  return rows.map((r) => r.def);
}

interface LoadResult {
  poolMs: number;
  expertsMs: number;
  indexRowsMs: number;
  indexesMs: number;
  vacuumMs: number;
  facetsMs: number;
  groups: number;
}

async function loadLibrary(url: string, n: number, facets: () => Promise<number>): Promise<LoadResult> {
  return withClient(
    url,
    async (client) => {
      const at = () => performance.now();
      let started = at();
      await loadPool(client);
      const poolMs = at() - started;
      const rebuild = [
        ...(await dropIndexes(client, 'experts')),
        ...(await dropIndexes(client, 'expert_search_index')),
      ];
      started = at();
      // Each generated expert is a pool expert (spread by a multiplicative step) with an id, phone and status of
      // its own; the search rows are built from the same pool row, so both tables agree.
      // One expert in SPREAD_EVERY is moved to a county of the whole country (GB/T 2260), so the library spans
      // every province as a national one would (and the facet counts have as many groups).
      await client.query(
        `CREATE UNLOGGED TABLE bench_rows AS
           WITH counties AS (SELECT array_agg(code ORDER BY code) AS codes FROM regions WHERE level = 'COUNTY')
           SELECT g, gen_random_uuid() AS id, ((g::bigint * 7919) % ${POOL})::int AS t,
                  CASE WHEN g % ${INACTIVE_EVERY} = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END AS status,
                  CASE WHEN g % ${SPREAD_EVERY} = 1
                       THEN c.codes[1 + ((g::bigint * 104729) % array_length(c.codes, 1))::int] END AS region
           FROM generate_series(1, $1::int) AS g, counties c`,
        [n],
      );
      await client.query(`
        CREATE UNLOGGED TABLE bench_regions AS
          SELECT code AS region, left(code, 2) || '0000' AS province_code,
                 CASE WHEN left(code, 2) IN ('11', '12', '31', '50') THEN NULL ELSE left(code, 4) || '00' END AS city_code,
                 code AS county_code
          FROM regions WHERE level = 'COUNTY'`);
      await client.query(`
        INSERT INTO experts (id, name, gender, employer_id, title, title_level, fields, specialties, honours,
          region_code, source, retired, phone, status)
        SELECT r.id, p.name, p.gender, p.employer_id, p.title, p.title_level, p.fields, p.specialties, p.honours,
          coalesce(r.region, p.region_code), p.source, p.retired, '19' || lpad(r.g::text, 9, '0'), r.status
        FROM bench_rows r JOIN bench_pool p USING (t)`);
      const expertsMs = at() - started;
      started = at();
      await client.query(`
        INSERT INTO expert_search_index (id, version, fields, title_level, title_rank, honours, honour_count,
          source, retired, status, region_code, province_code, city_code, county_code, document, tsv)
        SELECT r.id, 1, p.fields, p.title_level, p.title_rank, p.honours, p.honour_count, p.source, p.retired,
          r.status, coalesce(r.region, p.region_code),
          CASE WHEN r.region IS NULL THEN p.province_code ELSE x.province_code END,
          CASE WHEN r.region IS NULL THEN p.city_code ELSE x.city_code END,
          CASE WHEN r.region IS NULL THEN p.county_code ELSE x.county_code END,
          p.doc || jsonb_build_object('id', r.id, 'version', 1, 'status', r.status)
            || CASE WHEN r.region IS NULL THEN '{}'::jsonb
                    ELSE jsonb_build_object('regionCode', x.region, 'provinceCode', x.province_code,
                                            'cityCode', x.city_code, 'countyCode', x.county_code) END,
          p.tsv::tsvector
        FROM bench_rows r JOIN bench_pool p USING (t) LEFT JOIN bench_regions x ON x.region = r.region`);
      const indexRowsMs = at() - started;
      started = at();
      for (const def of rebuild) await client.query(def);
      const indexesMs = at() - started;
      await client.query(`DROP TABLE bench_rows, bench_regions`);
      await client.query(`DROP TABLE bench_pool`);
      // A settled library: statistics and the visibility map as autovacuum leaves them after a bulk load.
      started = at();
      await client.query(`VACUUM ANALYZE experts`);
      await client.query(`VACUUM ANALYZE expert_search_index`);
      const vacuumMs = at() - started;
      started = at();
      const groups = await facets();
      const facetsMs = at() - started;
      return { poolMs, expertsMs, indexRowsMs, indexesMs, vacuumMs, facetsMs, groups };
    },
    'bench-browse',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Browsing

interface Case {
  label: string;
  filter: ExpertFilterInput;
}

/** The combinations measured; `rare` is the least populated county of the library (found after loading). */
function cases(rare: string): Case[] {
  return [
    { label: 'no filter', filter: {} },
    { label: 'region 310000 (上海)', filter: { regionCode: '310000' } },
    { label: 'region 532600 (文山州)', filter: { regionCode: '532600' } },
    { label: 'field AGRICULTURE', filter: { fields: ['AGRICULTURE'] } },
    { label: 'title SENIOR', filter: { titleLevels: ['SENIOR'] } },
    { label: 'source OTHER_PROVINCE', filter: { sources: ['OTHER_PROVINCE'] } },
    { label: 'retired', filter: { retired: true } },
    { label: 'honour SPECIAL_ALLOWANCE', filter: { honours: ['SPECIAL_ALLOWANCE'] } },
    { label: 'field MEDICAL + SENIOR', filter: { fields: ['MEDICAL'], titleLevels: ['SENIOR'] } },
    {
      label: '310000 + MEDICAL,EDUCATION + SENIOR',
      filter: { regionCode: '310000', fields: ['MEDICAL', 'EDUCATION'], titleLevels: ['SENIOR'] },
    },
    {
      label: 'retired + ACADEMICIAN + OTHER_PROVINCE',
      filter: { retired: true, honours: ['ACADEMICIAN'], sources: ['OTHER_PROVINCE'] },
    },
    { label: `rare county ${rare}`, filter: { regionCode: rare } },
    { label: `rare county ${rare} + SENIOR`, filter: { regionCode: rare, titleLevels: ['SENIOR'] } },
  ];
}

/** The engine request ExpertService.search builds for the province's dispatcher (first page, ACTIVE experts). */
function requestOf(c: Case): ExpertSearchRequest {
  const f = c.filter;
  return {
    query: '',
    filter: {
      fields: f.fields ?? undefined,
      titleLevels: f.titleLevels ?? undefined,
      honours: f.honours ?? undefined,
      sources: f.sources ?? undefined,
      regionCode: f.regionCode ?? undefined,
      retired: f.retired ?? undefined,
      statuses: ['ACTIVE'],
    },
    limit: PAGE,
    offset: 0,
    regionFacetLevel: ExpertService.regionFacetLevel(f.regionCode),
  };
}

const LAYERS = ['engine', 'sql', 'old'] as const;
type Layer = (typeof LAYERS)[number];
const LAYER_NAMES: Record<Layer, string> = {
  engine: 'engine.search()',
  sql: 'bare SQL',
  old: 'old (live counts)',
};

interface Timing {
  c: Case;
  total: number;
  samples: Record<Layer, number[]>;
}

interface SqlRow {
  total: number;
  hits: { id: string }[];
  fields: unknown;
  title_levels: unknown;
  honours: unknown;
  sources: unknown;
  regions: unknown;
}

function sameAnswer(a: ExpertSearchResponse, b: SqlRow): boolean {
  const facets = (x: unknown) => JSON.stringify(x);
  return (
    a.total === b.total &&
    JSON.stringify(a.hits.map((h) => h.id)) === JSON.stringify(b.hits.map((h) => h.id)) &&
    facets(a.facets.fields) === facets(b.fields) &&
    facets(a.facets.titleLevels) === facets(b.title_levels) &&
    facets(a.facets.honours) === facets(b.honours) &&
    facets(a.facets.sources) === facets(b.sources) &&
    facets(a.facets.regions) === facets(b.regions)
  );
}

async function timeBrowses(
  engine: PostgresExpertSearchEngine,
  url: string,
  list: Case[],
  n: number,
  findings: string[],
): Promise<Timing[]> {
  return withClient(
    url,
    async (client) => {
      const out: Timing[] = [];
      for (const c of list) {
        const request = requestOf(c);
        const fresh = await engine.statementFor(request);
        const old = await engine.statementFor(request, { live: true });
        const sql = async (s: { text: string; values: unknown[] }) =>
          (await client.query<SqlRow>(s.text, s.values)).rows[0]!;
        const run: Record<Layer, () => Promise<unknown>> = {
          engine: () => engine.search(request),
          sql: () => sql(fresh),
          old: () => sql(old),
        };
        if (process.env.BENCH_BROWSE_EXPLAIN) {
          const plan = await client.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN (ANALYZE, BUFFERS) ${fresh.text}`,
            fresh.values,
          );
          note(`${c.label}:\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
        }
        // Warm-up, and the check that the pre-aggregated answer is the live one.
        const answer = await engine.search(request);
        const live = await sql(old);
        if (!sameAnswer(answer, live))
          findings.push(`N=${n}: ${c.label} — the answer differs from the live statement's`);
        const samples: Record<Layer, number[]> = { engine: [], sql: [], old: [] };
        const time = async (layer: Layer) => {
          const started = performance.now();
          await run[layer]();
          samples[layer].push(performance.now() - started);
        };
        // The new statement and its bare SQL interleaved; the old one after them (a run of it reads the whole
        // matching set and would leave the next measurement cold).
        for (let i = 0; i < RUNS; i++) for (const layer of ['engine', 'sql'] as const) await time(layer);
        for (let i = 0; i < (n >= 1_000_000 ? Math.min(RUNS, OLD_RUNS_LARGE) : RUNS); i++) await time('old');
        note(
          `  ${c.label}: ${answer.total} — p50 ${ms(percentile(samples.engine, 50))} ms, old ${ms(percentile(samples.old, 50))} ms`,
        );
        out.push({ c, total: answer.total, samples });
      }
      return out;
    },
    'bench-browse',
  );
}

// ---------------------------------------------------------------------------------------------------------

interface SizeResult {
  n: number;
  load: LoadResult;
  regions: number;
  timings: Timing[];
  loadDuring: number[];
}

async function benchSize(
  server: Server,
  template: string,
  n: number,
  findings: string[],
): Promise<SizeResult> {
  const name = `${prefix}_${n}`;
  const url = await createDatabase(server, name, template);
  const app = await openApp(url);
  try {
    const engine = app.runtime.searchEngine;
    if (!(engine instanceof PostgresExpertSearchEngine))
      throw new Error(`expected the PostgreSQL engine, got ${engine.name}`);
    note(`N=${n.toLocaleString('en-US')}: loading set-based`);
    const facets = app.ctx.get(SearchFacetsService);
    const load = await loadLibrary(url, n, async () => (await facets.refresh()).groups);
    note(
      `N=${n.toLocaleString('en-US')}: loaded (experts ${seconds(load.expertsMs)}, index rows ${seconds(load.indexRowsMs)}, ` +
        `indexes ${seconds(load.indexesMs)}, vacuum ${seconds(load.vacuumMs)}, facet counts ${seconds(load.facetsMs)})`,
    );
    const [rare] = await app.runtime.dataSource.query<{ code: string; regions: number }[]>(
      `SELECT region_code AS code, (SELECT count(DISTINCT region_code)::int FROM expert_search_index) AS regions
         FROM expert_search_index WHERE county_code IS NOT NULL AND status = 'ACTIVE'
        GROUP BY 1 ORDER BY count(*), 1 LIMIT 1`,
    );
    if (process.env.BENCH_BROWSE_HOLD) {
      // For tuning by hand (psql, EXPLAIN): the loaded library stays until the process is stopped (SIGINT/SIGTERM
      // drops it).
      note(`N=${n}: holding ${url} (stop the process to drop it)`);
      await new Promise(() => {});
    }
    if (WORDS.length) {
      await timeWords(engine, n);
      return { n, load, regions: rare!.regions, timings: [], loadDuring: [os.loadavg()[0]!] };
    }
    const loadDuring = [os.loadavg()[0]!];
    const timings = await timeBrowses(engine, url, cases(rare!.code), n, findings);
    loadDuring.push(os.loadavg()[0]!);
    return { n, load, regions: rare!.regions, timings, loadDuring };
  } finally {
    await app.close();
    await dropDatabase(server, name);
  }
}

/**
 * Searches with words, interleaved: "bounded" is the engine as configured (a word with more than 10,000 matches
 * ranks only candidates; total capped at 10,000), "every" the same search on an engine that ranks every match (as
 * before), "exact" the bounded engine with exactTotal (every match counted, none ranked beyond the candidates),
 * "recall" one word as matchExperts asks for it (100 hits, no facets, exactTotal with totalEstimate).
 * How many of the first page's experts the bounded and the every-match rankings share is printed.
 */
async function timeWords(engine: PostgresExpertSearchEngine, n: number): Promise<void> {
  const every = new PostgresExpertSearchEngine(engine['dataSource'], { rankAbove: null });
  const kinds = {
    bounded: (r: ExpertSearchRequest) => engine.search(r),
    every: (r: ExpertSearchRequest) => every.search(r),
    exact: (r: ExpertSearchRequest) => engine.search({ ...r, exactTotal: true }),
    // As matchExperts' recall asks for one word: 100 hits, no facets, the total estimated above the threshold.
    recall: (r: ExpertSearchRequest) =>
      engine.search({
        ...r,
        query: `${r.query} `,
        limit: 100,
        facets: false,
        highlights: false,
        suggestions: false,
        exactTotal: true,
        totalEstimate: true,
      }),
  };
  type Kind = keyof typeof kinds;
  for (const word of WORDS) {
    const request: ExpertSearchRequest = {
      query: word,
      filter: { statuses: ['ACTIVE'] },
      limit: PAGE,
      offset: 0,
      regionFacetLevel: 'province',
    };
    const first = {} as Record<Kind, ExpertSearchResponse>;
    for (const kind of Object.keys(kinds) as Kind[]) first[kind] = await kinds[kind](request);
    if (JSON.stringify(first.bounded.hits) !== JSON.stringify(first.exact.hits))
      throw new Error(`${word}: exactTotal changed the bounded search's first page`);
    const shared = first.bounded.hits.filter((h) => first.every.hits.some((e) => e.id === h.id)).length;
    const samples: Record<Kind, number[]> = { bounded: [], every: [], exact: [], recall: [] };
    const load = [os.loadavg()[0]!];
    for (let i = 0; i < RUNS; i++) {
      for (const kind of Object.keys(kinds) as Kind[]) {
        const t0 = performance.now();
        await kinds[kind](request);
        samples[kind].push(performance.now() - t0);
      }
    }
    load.push(os.loadavg()[0]!);
    if (process.env.BENCH_BROWSE_EXPLAIN === '1')
      for (const [label, e] of [
        ['bounded', engine],
        ['every', every],
      ] as const) {
        const { text, values } = await e.statementFor(request);
        const plan = await explainRows(engine, `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`, values);
        log(`-- ${word} ${label}\n${plan}`);
      }
    const p = (kind: Kind) =>
      `${kind} p50 ${ms(percentile(samples[kind], 50))} / p95 ${ms(percentile(samples[kind], 95))} ms`;
    log(
      `N=${n.toLocaleString('en-US')} “${word}”: exact total ${first.exact.total}, capped ${first.bounded.total}` +
        `${first.bounded.totalCapped ? '+' : ''} (facets capped: ${first.bounded.facetsCapped}); first page shared ` +
        `with every-match ranking ${shared}/${first.bounded.hits.length} — ${p('bounded')}, ${p('every')}, ` +
        `${p('exact')}, ${p('recall')} (total ${first.recall.total}${first.recall.totalEstimated ? ' estimated' : ''}); ` +
        `${RUNS} runs each, load ${load.map((l) => l.toFixed(1)).join('→')}`,
    );
  }
}

async function explainRows(
  engine: PostgresExpertSearchEngine,
  text: string,
  values: unknown[],
): Promise<string> {
  const rows = (await engine['dataSource'].query(text, values)) as { 'QUERY PLAN': string }[];
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

function report(
  results: SizeResult[],
  machine: string,
  findings: string[],
): { text: string; markdown: string } {
  const header = [
    'filters',
    'matching',
    ...LAYERS.flatMap((l) => [`${LAYER_NAMES[l]} p50`, `${LAYER_NAMES[l]} p95`]),
    'old / new p95',
  ];
  const text: string[] = [];
  const md: string[] = [];
  for (const r of results) {
    const target = TARGET_MS[r.n];
    const rows = r.timings.map((t) => [
      t.c.label,
      t.total.toLocaleString('en-US'),
      ...LAYERS.flatMap((l) => [
        `${ms(percentile(t.samples[l], 50))} ms`,
        `${ms(percentile(t.samples[l], 95))} ms`,
      ]),
      `${(percentile(t.samples.old, 95) / percentile(t.samples.engine, 95)).toFixed(1)}×`,
    ]);
    const all = r.timings.flatMap((t) => t.samples.engine);
    const worst = Math.max(...r.timings.map((t) => percentile(t.samples.engine, 95)));
    const over = r.timings
      .filter((t) => target && percentile(t.samples.engine, 95) > target)
      .map((t) => t.c.label);
    const loadLine =
      `Load: pool of ${POOL.toLocaleString('en-US')} synthetic experts ${seconds(r.load.poolMs)}; experts rows ` +
      `${seconds(r.load.expertsMs)}; search rows ${seconds(r.load.indexRowsMs)}; indexes rebuilt ` +
      `${seconds(r.load.indexesMs)}; VACUUM ANALYZE ${seconds(r.load.vacuumMs)}. The \`search.facets\` rebuild: ` +
      `${seconds(r.load.facetsMs)} (${r.load.groups.toLocaleString('en-US')} groups over ${r.regions} regions).`;
    const summary =
      `engine.search() over every combination: p50 ${ms(percentile(all, 50))} ms, worst p95 ${ms(worst)} ms` +
      (target
        ? ` (target ≤ ${target} ms: ${over.length ? `over for ${over.join('; ')}` : 'met for every combination'})`
        : '') +
      `. 1-min load average during: ${r.loadDuring.map((x) => x.toFixed(1)).join(' → ')}.`;
    text.push(`\nN = ${r.n.toLocaleString('en-US')}\n${loadLine}\n${textTable(header, rows)}\n${summary}`);
    md.push(
      `### ${r.n.toLocaleString('en-US')} experts\n\n${loadLine}\n\n${markdownTable(header, rows)}\n\n${summary}`,
    );
  }
  const found = findings.length
    ? findings.map((f) => `- ${f}`).join('\n')
    : "- every answer equals the live statement's (total, facets, first page)";
  return {
    text: `${machine}\n${text.join('\n')}\n\nFindings:\n${found}`,
    markdown: `${machine}\n\n${md.join('\n\n')}\n\nFindings:\n\n${found}`,
  };
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const findings: string[] = [];
  const server = await openServer('bench-browse-', note);
  const cleanup = dropOnExit(server, created, note);
  try {
    const postgres = await withClient(
      server.adminUrl,
      async (c) => (await c.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v,
      'bench-browse',
    );
    const template = await createTemplate(server);
    const results: SizeResult[] = [];
    for (const n of SIZES) results.push(await benchSize(server, template, n, findings));
    const cpus = [...new Set(os.cpus().map((c) => c.model.trim()))].join(', ');
    const machine =
      `Machine: ${os.cpus().length} × ${cpus}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ` +
      `PostgreSQL ${postgres} (${server.kind}); shared with other work — 1-min load average at start ${loadAtStart.toFixed(1)}. ` +
      `${RUNS} runs per combination (the old statement: ${OLD_RUNS_LARGE} at 1M), after one warm-up; the dispatcher's request ` +
      `(ACTIVE experts, first page of ${PAGE}, facets by the level below the region).`;
    if (WORDS.length) return;
    const { text, markdown } = report(results, machine, findings);
    log(text);
    if (!SIZES_OVERRIDDEN) {
      const date = new Date().toISOString().slice(0, 10);
      const file = appendBenchmarks(
        repoRoot(),
        `## Browse and facets at 100k and 1M experts (${date}, \`npm run bench:browse\`)\n\n${markdown}`,
      );
      note(`appended to ${file}`);
    }
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
