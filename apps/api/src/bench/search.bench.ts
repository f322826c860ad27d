// `npm run bench:search`: the expert library at 10k and 100k experts, each in a fresh database.
//   import  — the real path (ExpertImportService.start + run, then SearchIndexService.sync) against a raw
//             `COPY experts FROM STDIN` and a multi-row INSERT of the same rows;
//   search  — 50 realistic queries, p50/p95 of ExpertService.search (PROVINCE actor: engine, DB load, facets),
//             of the engine's search() alone, and of the bare SQL statement the PostgreSQL engine issues;
//   memory  — RSS and heap of this process between and during the phases.
// Prints the figures and appends them to docs/benchmarks.md. Uses DATABASE_URL's server when set (it creates and
// drops its own databases there), otherwise a temporary embedded PostgreSQL that is stopped at the end.
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { SYSTEM_ACTOR, type Actor } from '@app/domain';
import { PostgresExpertSearchEngine, copyFromStdin, type ExpertSearchRequest } from '@app/platform';
import { ExpertImportService, ExpertService, SearchIndexService } from '@app/core';
import { repoRoot } from '../paths.js';
import { benchApps, type BenchApp } from './bench-app.js';
import {
  measureSearchBox,
  searchBoxMarkdown,
  searchBoxText,
  type SearchBoxCase,
} from './search-box-judged.js';
import { BENCH_QUERIES, queryLabel, type BenchQuery, type BenchQueryKind } from './bench-queries.js';
import {
  MemoryProbe,
  appendBenchmarks,
  collectGarbage,
  markdownTable,
  mb,
  ms,
  perSecond,
  percentile,
  ratio,
  seconds,
  settledMemory,
  textTable,
  type MemorySample,
  sizesFromEnv,
} from './bench-report.js';
import { generateSyntheticExperts, toImportCsv, type SyntheticExpert } from './synthetic-experts.js';
import { EXPERT_COLUMNS, expertValues, expertsCopyText, insertEmployers } from './synthetic-rows.js';
import {
  dropOnExit,
  openServer as openBenchServer,
  withClient as withBenchClient,
  type Server,
} from './bench-server.js';

/** BENCH_SEARCH_SIZES=1000,5000 tries other sizes (a smoke run): figures are printed, docs/benchmarks.md is left alone. */
const { sizes: SIZES, overridden: SIZES_OVERRIDDEN } = sizesFromEnv('BENCH_SEARCH_SIZES', [10_000, 100_000]);
const RUNS = 5;
// BENCH_SEARCH_SIZES=0 measures the search box on the judged set alone.
const PAGE = 20;
const INSERT_BATCH = 1000;
const LAYERS = ['service', 'engine', 'sql'] as const;
type Layer = (typeof LAYERS)[number];
const LAYER_NAMES: Record<Layer, string> = {
  service: 'ExpertService.search',
  engine: 'engine.search()',
  sql: 'bare SQL (pg)',
};

const log = (line = '') => console.log(line);
const note = (line: string) => console.error(`[bench] ${line}`);

// The PostgreSQL server: DATABASE_URL's, or a temporary embedded one
const openServer = () => openBenchServer('bench-search-', note);

const withClient = <T>(url: string, fn: (client: pg.Client) => Promise<T>) =>
  withBenchClient(url, fn, 'bench-search');

const { prefix, created, createDatabase, dropDatabase, openApp, createTemplate } = benchApps('search');
type App = BenchApp;

// ---------------------------------------------------------------------------------------------------------
// Import: baselines and the real path

interface BaselineResult {
  ms: number;
  rows: number;
}

/** Raw `COPY experts (…) FROM STDIN` (text format) of the same rows, after inserting their employers. */
async function baselineCopy(url: string, experts: readonly SyntheticExpert[]): Promise<BaselineResult> {
  return withClient(url, async (client) => {
    const started = performance.now();
    const employers = await insertEmployers(client, experts);
    const data = expertsCopyText(experts, employers);
    const rows = await copyFromStdin(client, `COPY experts (${EXPERT_COLUMNS.join(', ')}) FROM STDIN`, data);
    return { ms: performance.now() - started, rows };
  });
}

/** One multi-row parameterised INSERT per 1,000 rows (each its own transaction), after the employers. */
async function baselineInsert(url: string, experts: readonly SyntheticExpert[]): Promise<BaselineResult> {
  return withClient(url, async (client) => {
    const started = performance.now();
    const employers = await insertEmployers(client, experts);
    let rows = 0;
    for (let at = 0; at < experts.length; at += INSERT_BATCH) {
      const batch = experts.slice(at, at + INSERT_BATCH);
      const params: unknown[] = [];
      const tuples = batch.map((e) => {
        const values = expertValues(e, employers.get(e.employer)!);
        const placeholders = values.map((v) => {
          params.push(v);
          return `$${params.length}`;
        });
        return `(${placeholders.join(', ')})`;
      });
      const result = await client.query(
        `INSERT INTO experts (${EXPERT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`,
        params,
      );
      rows += result.rowCount ?? 0;
    }
    return { ms: performance.now() - started, rows };
  });
}

/** Prints the import's progress every 20 s while it runs (a 100k import takes minutes). */
function watchProgress(url: string, jobId: string, total: number): () => Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-search-progress' });
  const connected = client.connect().catch(() => {});
  const started = performance.now();
  const timer = setInterval(() => {
    void connected
      .then(() => client.query(`SELECT processed_rows FROM import_jobs WHERE id = $1`, [jobId]))
      .then((r) => {
        const done = Number(r?.rows[0]?.processed_rows ?? 0);
        const elapsed = performance.now() - started;
        const eta = done > 0 ? ((total - done) * elapsed) / done : NaN;
        note(
          `  import: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows after ${seconds(elapsed)}` +
            (Number.isFinite(eta) ? `, ~${seconds(eta)} to go` : ''),
        );
      })
      .catch(() => {});
  }, 20_000);
  return async () => {
    clearInterval(timer);
    await connected;
    await client.end().catch(() => {});
  };
}

// ---------------------------------------------------------------------------------------------------------
// Search

const PROVINCE_ACTOR: Actor = {
  accountId: '00000000-0000-4000-8000-00000000b0b0',
  username: 'bench-province',
  role: 'PROVINCE',
  regionCode: '310000',
  partnerRegionCodes: ['532600', '532500', '530800', '653125', '653126', '653124', '653130'],
};

/** The engine request ExpertService.search builds for a PROVINCE actor (first page, ACTIVE experts). */
function engineRequest(q: BenchQuery): ExpertSearchRequest {
  const f = q.filter;
  return {
    query: q.query.trim(),
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

interface QueryTiming {
  query: BenchQuery;
  total: number;
  samples: Record<Layer, number[]>;
}

async function timeSearches(app: App, url: string, findings: string[], n: number): Promise<QueryTiming[]> {
  const experts = app.ctx.get(ExpertService);
  const engine = app.runtime.searchEngine;
  if (!(engine instanceof PostgresExpertSearchEngine))
    throw new Error(`expected the PostgreSQL engine, got ${engine.name}`);
  return withClient(url, async (client) => {
    const out: QueryTiming[] = [];
    for (const q of BENCH_QUERIES) {
      const request = engineRequest(q);
      const statement = await engine.statementFor(request);
      const run: Record<Layer, () => Promise<number>> = {
        service: async () => (await experts.search(PROVINCE_ACTOR, q.query, q.filter, PAGE, null)).total,
        engine: async () => (await engine.search(request)).total,
        sql: async () =>
          Number((await client.query<{ total: number }>(statement.text, statement.values)).rows[0]?.total),
      };
      const samples: Record<Layer, number[]> = { service: [], engine: [], sql: [] };
      // Warm-up: plans, caches, and a check that the three layers agree.
      const totals = { service: await run.service(), engine: await run.engine(), sql: await run.sql() };
      if (totals.service !== totals.engine || totals.engine !== totals.sql) {
        findings.push(
          `N=${n}: ${queryLabel(q)} — totals differ: service ${totals.service}, engine ${totals.engine}, SQL ${totals.sql}`,
        );
      }
      for (let i = 0; i < RUNS; i++) {
        // Interleaved, so drift (autovacuum, caches) touches the three layers alike.
        for (const layer of LAYERS) {
          const started = performance.now();
          await run[layer]();
          samples[layer].push(performance.now() - started);
        }
      }
      out.push({ query: q, total: totals.service, samples });
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------
// One library size

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

interface SizeResult {
  n: number;
  csvBytes: number;
  generateMs: number;
  copy: BaselineResult;
  insert: BaselineResult;
  importMs: number;
  /** CPU time of this process (user + system) during the phase: the rest of the wall time is PostgreSQL and waiting. */
  importCpuMs: number;
  imported: { created: number; updated: number; unchanged: number; rejected: number };
  importActor: string;
  indexMs: number;
  indexCpuMs: number;
  indexed: number;
  analyzeMs: number;
  searches: QueryTiming[];
  memory: MemorySample[];
}

async function benchSize(
  server: Server,
  template: string,
  n: number,
  findings: string[],
): Promise<SizeResult> {
  const memory: MemorySample[] = [];
  const probe = new MemoryProbe();
  memory.push(settledMemory('start'));

  note(`N=${n.toLocaleString('en-US')}: generating the library`);
  let started = performance.now();
  const experts = generateSyntheticExperts(n);
  const content = Buffer.from(toImportCsv(experts), 'utf8');
  const generateMs = performance.now() - started;
  memory.push(settledMemory('rows + CSV in memory'));

  note(`N=${n.toLocaleString('en-US')}: baseline COPY FROM STDIN`);
  const copyDb = `${prefix}_${n}_copy`;
  const copy = await baselineCopy(await createDatabase(server, copyDb, template), experts);
  await dropDatabase(server, copyDb);
  note(`N=${n.toLocaleString('en-US')}: baseline multi-row INSERT`);
  const insertDb = `${prefix}_${n}_insert`;
  const insert = await baselineInsert(await createDatabase(server, insertDb, template), experts);
  await dropDatabase(server, insertDb);

  const realDb = `${prefix}_${n}_app`;
  const url = await createDatabase(server, realDb, template);
  const app = await openApp(url);
  try {
    memory.push(settledMemory('app open, before import'));
    note(`N=${n.toLocaleString('en-US')}: import through ExpertImportService (${mb(content.length)} MB CSV)`);
    probe.start();
    let cpu = process.cpuUsage();
    started = performance.now();
    // As the CLI's `import-experts` does it: queued as the system, then run in this process.
    const imports = app.ctx.get(ExpertImportService);
    const actor = SYSTEM_ACTOR;
    const jobId = (await imports.start(actor, `bench-${n}.csv`, content)).id;
    const stopWatching = watchProgress(url, jobId, n);
    try {
      await imports.run(jobId, async () => actor);
    } finally {
      await stopWatching();
    }
    const importMs = performance.now() - started;
    const importCpuMs = cpuMs(process.cpuUsage(cpu));
    memory.push(probe.stop('import (peak)'));
    const job = await imports.job(actor, jobId);
    if (job.status !== 'SUCCEEDED') throw new Error(`import ended ${job.status}: ${job.error ?? ''}`);
    const imported = {
      created: job.created,
      updated: job.updated,
      unchanged: job.unchanged,
      rejected: job.rejected.length,
    };
    if (imported.rejected) {
      findings.push(
        `N=${n}: ${imported.rejected} rows rejected, e.g. row ${job.rejected[0]!.row}: ${job.rejected[0]!.reason}`,
      );
    }
    memory.push(settledMemory('after import'));

    note(`N=${n.toLocaleString('en-US')}: indexing (SearchIndexService.sync)`);
    probe.start();
    cpu = process.cpuUsage();
    started = performance.now();
    const indexed = await app.ctx.get(SearchIndexService).sync();
    const indexMs = performance.now() - started;
    const indexCpuMs = cpuMs(process.cpuUsage(cpu));
    memory.push(probe.stop('index (peak)'));
    memory.push(settledMemory('after index'));

    // Fresh statistics, as autovacuum would give them shortly after a bulk load; without them the first plans
    // depend on when autovacuum happens to run during the measurement.
    started = performance.now();
    await app.runtime.dataSource.query('ANALYZE');
    const analyzeMs = performance.now() - started;

    note(
      `N=${n.toLocaleString('en-US')}: ${BENCH_QUERIES.length} queries × (1 warm-up + ${RUNS} runs) × 3 layers`,
    );
    probe.start();
    const searches = await timeSearches(app, url, findings, n);
    memory.push(probe.stop('search (peak)'));
    memory.push(settledMemory('after search'));
    return {
      n,
      csvBytes: content.length,
      generateMs,
      copy,
      insert,
      importMs,
      importCpuMs,
      imported,
      importActor: 'SYSTEM_ACTOR',
      indexMs,
      indexCpuMs,
      indexed,
      analyzeMs,
      searches,
      memory,
    };
  } finally {
    await app.close();
    await dropDatabase(server, realDb).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------
// Report

interface Machine {
  cpus: string;
  memory: string;
  node: string;
  postgres: string;
  server: Server['kind'];
  engine: string;
  /** 1-minute load average when the run started: other work on the machine shows in the figures. */
  loadAtStart: number;
}

function layerStats(results: SizeResult, kind?: BenchQueryKind) {
  return LAYERS.map((layer) => {
    const values = results.searches
      .filter((s) => !kind || s.query.kind === kind)
      .flatMap((s) => s.samples[layer]);
    return {
      layer,
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      max: percentile(values, 100),
      count: values.length,
    };
  });
}

function importRows(r: SizeResult): string[] {
  return [
    r.n.toLocaleString('en-US'),
    seconds(r.importMs),
    perSecond(r.n, r.importMs),
    seconds(r.copy.ms),
    perSecond(r.copy.rows, r.copy.ms),
    seconds(r.insert.ms),
    perSecond(r.insert.rows, r.insert.ms),
    ratio(r.importMs, r.copy.ms),
    percent(r.importCpuMs, r.importMs),
    seconds(r.indexMs),
    perSecond(r.indexed, r.indexMs),
    percent(r.indexCpuMs, r.indexMs),
  ];
}
const IMPORT_HEADER = [
  'N',
  'import',
  'rows/s',
  'COPY',
  'rows/s',
  'INSERT×1000',
  'rows/s',
  'import ÷ COPY',
  'Node CPU',
  'index sync',
  'docs/s',
  'Node CPU',
];

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';
}

function latencyRows(r: SizeResult): string[][] {
  const rows: string[][] = [];
  for (const kind of [undefined, 'text', 'text+filters', 'browse'] as const) {
    const stats = layerStats(r, kind);
    const [service, engine, sql] = stats;
    rows.push([
      r.n.toLocaleString('en-US'),
      kind ?? 'all 50',
      ...[service!, engine!, sql!].flatMap((s) => [ms(s.p50), ms(s.p95)]),
      ms(service!.p50 - engine!.p50),
      ms(engine!.p50 - sql!.p50),
    ]);
  }
  return rows;
}
const LATENCY_HEADER = [
  'N',
  'queries',
  'service p50',
  'p95',
  'engine p50',
  'p95',
  'SQL p50',
  'p95',
  'service−engine p50',
  'engine−SQL p50',
];

function memoryRows(r: SizeResult): string[][] {
  return r.memory.map((m) => [
    r.n.toLocaleString('en-US'),
    m.label,
    mb(m.peakRss ?? m.rss),
    mb(m.peakHeapUsed ?? m.heapUsed),
  ]);
}
const MEMORY_HEADER = ['N', 'phase', 'RSS MB', 'heap used MB'];

function slowest(r: SizeResult, count = 5): string[][] {
  return [...r.searches]
    .sort((a, b) => percentile(b.samples.service, 50) - percentile(a.samples.service, 50))
    .slice(0, count)
    .map((s) => [
      r.n.toLocaleString('en-US'),
      queryLabel(s.query),
      s.total.toLocaleString('en-US'),
      ms(percentile(s.samples.service, 50)),
      ms(percentile(s.samples.engine, 50)),
      ms(percentile(s.samples.sql, 50)),
    ]);
}
const SLOWEST_HEADER = ['N', 'query', 'hits', 'service p50', 'engine p50', 'SQL p50'];

function perQueryTable(r: SizeResult): string {
  return textTable(
    ['#', 'query', 'hits', 'service p50', 'p95', 'engine p50', 'p95', 'SQL p50', 'p95'],
    r.searches.map((s, i) => [
      String(i + 1),
      queryLabel(s.query),
      s.total.toLocaleString('en-US'),
      ...LAYERS.flatMap((l) => [ms(percentile(s.samples[l], 50)), ms(percentile(s.samples[l], 95))]),
    ]),
  );
}

function machineLine(machine: Machine): string {
  return (
    `${machine.cpus}, ${machine.memory}; Node ${machine.node}; PostgreSQL ${machine.postgres} (${machine.server}); ` +
    `search engine: ${machine.engine}; 1-min load average ${machine.loadAtStart.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end`
  );
}

/** Said when other work competed for the cores: the figures are then pessimistic and noisy. */
function busyNote(machine: Machine): string | null {
  const load = Math.max(machine.loadAtStart, os.loadavg()[0]!);
  const cores = os.cpus().length;
  return load > cores
    ? `The machine was busy with other work during this run (load average up to ${load.toFixed(1)} on ${cores} cores): latencies and rates are pessimistic and noisy.`
    : null;
}

function interpretations(results: SizeResult[]) {
  const last = results[results.length - 1]!;
  const first = results[0]!;
  const at = (r: SizeResult) => `N=${r.n.toLocaleString('en-US')}`;
  const [s1, , q1] = layerStats(first);
  const [sN, eN, qN] = layerStats(last);
  const browseN = layerStats(last, 'browse')[0]!;
  const textN = layerStats(last, 'text')[0]!;
  const peak = Math.max(...results.flatMap((r) => r.memory.map((m) => m.peakRss ?? m.rss)));
  const importPeak = last.memory.find((m) => m.label === 'import (peak)');
  return {
    import:
      `At ${at(last)} the real import writes ${perSecond(last.n, last.importMs)} rows/s, ${ratio(last.importMs, last.copy.ms)} the time of COPY ` +
      `and ${ratio(last.importMs, last.insert.ms)} that of batched INSERTs (set-based: 5,000-row batches COPYed to a staging table, then set ` +
      `statements for dedupe, writes, search documents or outbox, and audit; Node on CPU ${percent(last.importCpuMs, last.importMs)} of the time); ` +
      (last.indexed > 0
        ? `indexing the outbox adds ${seconds(last.indexMs)} at ${perSecond(last.indexed, last.indexMs)} docs/s.`
        : `the engine's documents were written in the import's own transactions, so the sync found nothing left.`),
    latency:
      (results.length > 1
        ? `The service's p50 goes from ${ms(s1!.p50)} ms (${at(first)}) to ${ms(sN!.p50)} ms (${at(last)}), p95 from ${ms(s1!.p95)} to ${ms(sN!.p95)} ms; ` +
          `the bare statement is ${percent(qN!.p50, sN!.p50)} of the service's p50 at ${at(last)} (${percent(q1!.p50, s1!.p50)} at ${at(first)}), `
        : `The service answers in ${ms(sN!.p50)} ms p50 / ${ms(sN!.p95)} ms p95 at ${at(last)}; the bare statement is ${percent(qN!.p50, sN!.p50)} of its p50, `) +
      `the engine's own work (query compile, highlights) ${ms(eN!.p50 - qN!.p50)} ms and the service's (load hits, labels) ${ms(sN!.p50 - eN!.p50)} ms; ` +
      `browsing by filters alone takes p50 ${ms(browseN.p50)} ms / p95 ${ms(browseN.p95)} ms against ${ms(textN.p50)} / ${ms(textN.p95)} ms for words alone ` +
      `(count and facets run over every matching row, and a browse matches the most).`,
    memory:
      `The process peaks at ${mb(peak)} MB RSS; the import of ${mb(last.csvBytes)} MB of CSV peaks at ${mb(importPeak?.peakHeapUsed ?? 0)} MB heap ` +
      `(the file streamed and parsed once, one 5,000-row batch at a time; V8 collects lazily), and settles back after it.`,
  };
}

function markdownSection(
  machine: Machine,
  results: SizeResult[],
  findings: string[],
  totalMs: number,
  searchBox: SearchBoxCase[],
): string {
  const when = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const say = interpretations(results);
  const parts = [
    `## Expert search and import — ${when}`,
    '',
    `Machine: ${machineLine(machine)}. \`npm run bench:search\`, whole run ${seconds(totalMs)}. Synthetic libraries ` +
      `(seeded, from the demo and fixture phrase banks), a fresh database per N; ${BENCH_QUERIES.length} queries × ${RUNS} runs after one warm-up, ` +
      `first page of ${PAGE} with facets, PROVINCE actor; ANALYZE after indexing.` +
      (busyNote(machine) ? ` ${busyNote(machine)}` : ''),
    '',
    '### Import (rows/s) against raw COPY and batched INSERT of the same rows',
    '',
    markdownTable(IMPORT_HEADER, results.map(importRows)),
    '',
    `import = ExpertImportService.start + run (CSV with API.md's header, ${results.map((r) => `${mb(r.csvBytes)} MB`).join(' / ')}, as ${results[0]!.importActor}); ` +
      'COPY = `COPY experts (…) FROM STDIN` in one statement; INSERT×1000 = one multi-row parameterised INSERT per 1,000 rows; ' +
      'both baselines include inserting the employers. index sync = SearchIndexService.sync() of what the import left in the outbox (nothing with the PostgreSQL engine: each import batch writes its documents into expert_search_index itself). ' +
      "Node CPU = this process's user + system CPU time as a share of the phase's wall time (the rest is PostgreSQL and round trips).",
    '',
    say.import,
    '',
    '### Search latency (ms): service vs engine vs the bare SQL it issues',
    '',
    markdownTable(LATENCY_HEADER, results.flatMap(latencyRows)),
    '',
    say.latency,
    '',
    'Slowest queries (service p50):',
    '',
    markdownTable(
      SLOWEST_HEADER,
      results.flatMap((r) => slowest(r)),
    ),
    '',
    '### Memory of the benchmark process (MB; peaks sampled every 25 ms, other rows after a full GC)',
    '',
    markdownTable(MEMORY_HEADER, results.flatMap(memoryRows)),
    '',
    say.memory,
    '',
    searchBoxMarkdown(searchBox),
  ];
  if (findings.length) parts.push('', 'Notes from this run:', '', ...findings.map((f) => `- ${f}`));
  return parts.join('\n');
}

function printResults(machine: Machine, results: SizeResult[], findings: string[]): void {
  const say = interpretations(results);
  log();
  log(`Machine: ${machineLine(machine)}`);
  const busy = busyNote(machine);
  if (busy) log(busy);
  for (const r of results) {
    log();
    log(
      `== N = ${r.n.toLocaleString('en-US')}: ${mb(r.csvBytes)} MB CSV generated in ${seconds(r.generateMs)}; imported ${r.imported.created} created, ` +
        `${r.imported.updated} updated, ${r.imported.unchanged} unchanged, ${r.imported.rejected} rejected (as ${r.importActor}); ` +
        `${r.indexed} indexed; ANALYZE ${seconds(r.analyzeMs)}`,
    );
    log();
    log(perQueryTable(r));
  }
  log();
  log('Import');
  log(textTable(IMPORT_HEADER, results.map(importRows)));
  log(say.import);
  log();
  log(
    `Search latency (ms), ${BENCH_QUERIES.length} queries × ${RUNS} runs; layers: ${LAYERS.map((l) => LAYER_NAMES[l]).join(' / ')}`,
  );
  log(textTable(LATENCY_HEADER, results.flatMap(latencyRows)));
  log(say.latency);
  log();
  log('Memory (MB)');
  log(textTable(MEMORY_HEADER, results.flatMap(memoryRows)));
  log(say.memory);
  if (findings.length) {
    log();
    log('Notes:');
    for (const f of findings) log(`- ${f}`);
  }
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc)
    note('run with --expose-gc for settled memory figures (npm run bench:search does)');
  const runStarted = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const findings: string[] = [];
  let template: string | null = null;
  const server = await openServer();
  const cleanup = dropOnExit(server, created, note);
  try {
    note(`PostgreSQL: ${server.kind === 'embedded' ? 'temporary embedded server' : 'DATABASE_URL'}`);
    const postgres = await withClient(
      server.adminUrl,
      async (c) => (await c.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v,
    );
    template = await createTemplate(server);
    const cpuModels = [...new Set(os.cpus().map((c) => c.model.trim()))].join(', ');
    const machine: Machine = {
      cpus: `${os.cpus().length} × ${cpuModels}`,
      memory: `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM`,
      node: process.version,
      postgres,
      server: server.kind,
      engine: 'postgres (full-text over jieba-segmented text)',
      loadAtStart,
    };
    note('the search box on the judged set …');
    const judgedDb = await createDatabase(server, `${prefix}_judged`, template);
    const judgedApp = await openApp(judgedDb);
    let searchBox: SearchBoxCase[];
    try {
      searchBox = await measureSearchBox(judgedApp, judgedDb);
    } finally {
      await judgedApp.close();
      await dropDatabase(server, `${prefix}_judged`);
    }
    const results: SizeResult[] = [];
    for (const n of SIZES) {
      collectGarbage();
      results.push(await benchSize(server, template, n, findings));
    }
    const totalMs = performance.now() - runStarted;
    if (results.length) printResults(machine, results, findings);
    log();
    log(searchBoxText(searchBox));
    log();
    if (SIZES_OVERRIDDEN) {
      log(`Whole run ${seconds(totalMs)}. BENCH_SEARCH_SIZES is set: docs/benchmarks.md was not changed.`);
    } else {
      const file = appendBenchmarks(
        repoRoot(),
        markdownSection(machine, results, findings, totalMs, searchBox),
      );
      log(`Whole run ${seconds(totalMs)}. Appended to ${path.relative(process.cwd(), file) || file}`);
    }
  } finally {
    await cleanup();
  }
}

try {
  await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
