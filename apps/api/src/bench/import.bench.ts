// `npm run bench:import`: the expert import at 10k and 100k synthetic experts (synthetic-rows / synthetic-experts),
// each size in fresh databases, against a raw `COPY experts FROM STDIN` of the same rows in the same run:
//   COPY    — employers inserted, then the experts in one COPY statement (no outbox, no audit, no index);
//   import  — ExpertImportService.start + run on the CSV (API.md's header), as the CLI's import-experts does it; with
//             the PostgreSQL engine each batch writes its experts' search documents in its own transaction;
//   index   — SearchIndexService.sync() of what the import left in the outbox (nothing with PostgreSQL's engine);
//   again   — the same file imported a second time (every row unchanged);
//   memory  — this process's peak RSS and heap during the import (it also holds the CSV).
// Prints the figures and appends them to docs/benchmarks.md (BENCH_IMPORT_SIZES=… for a smoke run that does not).
import 'reflect-metadata';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { SYSTEM_ACTOR } from '@app/domain';
import { copyFromStdin } from '@app/platform';
import { ExpertImportService, SearchIndexService } from '@app/core';
import { repoRoot } from '../paths.js';
import { benchApps, type BenchApp } from './bench-app.js';
import {
  MemoryProbe,
  appendBenchmarks,
  collectGarbage,
  markdownTable,
  mb,
  perSecond,
  ratio,
  seconds,
  settledMemory,
  textTable,
  type MemorySample,
  sizesFromEnv,
} from './bench-report.js';
import { dropOnExit, openServer, withClient as withBenchClient, type Server } from './bench-server.js';
import { generateSyntheticExperts, toImportCsv, type SyntheticExpert } from './synthetic-experts.js';
import { EXPERT_COLUMNS, expertsCopyText, insertEmployers } from './synthetic-rows.js';

const { sizes: SIZES, overridden: OVERRIDDEN } = sizesFromEnv('BENCH_IMPORT_SIZES', [10_000, 100_000]);

const log = (line = '') => console.log(line);
const note = (line: string) => console.error(`[bench] ${line}`);
const withClient = <T>(url: string, fn: (client: pg.Client) => Promise<T>) =>
  withBenchClient(url, fn, 'bench-import');

const { prefix, created, createDatabase, dropDatabase, openApp, createTemplate } = benchApps('import');
type App = BenchApp;

async function baselineCopy(url: string, experts: readonly SyntheticExpert[]): Promise<number> {
  return withClient(url, async (client) => {
    const started = performance.now();
    const employers = await insertEmployers(client, experts);
    const rows = await copyFromStdin(
      client,
      `COPY experts (${EXPERT_COLUMNS.join(', ')}) FROM STDIN`,
      expertsCopyText(experts, employers),
    );
    if (rows !== experts.length) throw new Error(`COPY wrote ${rows} rows of ${experts.length}`);
    return performance.now() - started;
  });
}

/** User + system CPU of the PostgreSQL server's processes so far, in ms (Linux /proc; 0 elsewhere). */
function postgresCpuMs(postmaster: number | null): number {
  if (!postmaster) return 0;
  let ms = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // ppid is field 4 (1 after the command name); utime and stime 14 and 15, in clock ticks of 10 ms.
      if (Number(entry) !== postmaster && Number(fields[1]) !== postmaster) continue;
      ms += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // the process ended meanwhile
    }
  }
  return ms;
}

/** CPU of this process and of the database server over a phase (less sensitive to a busy machine than wall time). */
function cpuMeter(postmaster: number | null): () => { node: number; postgres: number } {
  const node = process.cpuUsage();
  const postgres = postgresCpuMs(postmaster);
  return () => {
    const used = process.cpuUsage(node);
    return { node: (used.user + used.system) / 1000, postgres: postgresCpuMs(postmaster) - postgres };
  };
}

interface SizeResult {
  n: number;
  csvBytes: number;
  copyMs: number;
  importMs: number;
  indexMs: number;
  againMs: number;
  report: string;
  again: string;
  memory: MemorySample[];
  importCpu: { node: number; postgres: number };
  indexCpu: { node: number; postgres: number };
}

/**
 * The upload is handed over in `file` and dropped once the job holds it: the api process receives the file and the
 * worker runs the job, so the run is measured holding only what a worker holds.
 */
async function runImport(
  app: App,
  n: number,
  file: { content: Buffer | null },
): Promise<{ ms: number; report: string }> {
  const imports = app.ctx.get(ExpertImportService);
  const started = performance.now();
  const jobId = (await imports.start(SYSTEM_ACTOR, `bench-${n}.csv`, file.content!)).id;
  file.content = null;
  await imports.run(jobId, async () => SYSTEM_ACTOR);
  const ms = performance.now() - started;
  const job = await imports.job(SYSTEM_ACTOR, jobId);
  if (job.status !== 'SUCCEEDED') throw new Error(`import ended ${job.status}: ${job.error ?? ''}`);
  const rejected = job.rejected.length
    ? `, ${job.rejected.length} rejected (row ${job.rejected[0]!.row}: ${job.rejected[0]!.reason})`
    : '';
  return {
    ms,
    report: `${job.created} created, ${job.updated} updated, ${job.unchanged} unchanged${rejected}`,
  };
}

async function benchSize(
  server: Server,
  template: string,
  n: number,
  postmaster: number | null,
): Promise<SizeResult> {
  const at = n.toLocaleString('en-US');
  const memory: MemorySample[] = [];
  note(`N=${at}: generating the rows`);
  let experts: SyntheticExpert[] | null = generateSyntheticExperts(n);
  const csv = () => Buffer.from(toImportCsv(experts ?? generateSyntheticExperts(n)), 'utf8');
  const file: { content: Buffer | null } = { content: csv() };
  const csvBytes = file.content!.length;

  note(`N=${at}: raw COPY`);
  const copyDb = `${prefix}_${n}_copy`;
  const copyMs = await baselineCopy(await createDatabase(server, copyDb, template), experts);
  await dropDatabase(server, copyDb);
  experts = null; // the import's memory is measured with only the file held, as a worker holds it
  collectGarbage();

  const appDb = `${prefix}_${n}_app`;
  const app = await openApp(await createDatabase(server, appDb, template));
  try {
    memory.push(settledMemory('app open, CSV held, before import'));
    note(`N=${at}: import (${mb(csvBytes)} MB CSV)`);
    const probe = new MemoryProbe();
    probe.start();
    let cpu = cpuMeter(postmaster);
    const first = await runImport(app, n, file);
    const importCpu = cpu();
    memory.push(probe.stop('import (peak)'));
    note(`N=${at}: index sync`);
    probe.start();
    cpu = cpuMeter(postmaster);
    let started = performance.now();
    await app.ctx.get(SearchIndexService).sync();
    const indexMs = performance.now() - started;
    const indexCpu = cpu();
    memory.push(probe.stop('index sync (peak)'));
    note(`N=${at}: the same file again`);
    file.content = csv(); // the same rows again (the generator is deterministic)
    collectGarbage(); // the generator's garbage is the bench's, not the import's
    probe.start();
    started = performance.now();
    const again = await runImport(app, n, file);
    memory.push(probe.stop('import again (peak)'));
    return {
      n,
      csvBytes,
      copyMs,
      importMs: first.ms,
      indexMs,
      againMs: again.ms,
      report: first.report,
      again: again.report,
      memory,
      importCpu,
      indexCpu,
    };
  } finally {
    await app.close();
    await dropDatabase(server, appDb);
  }
}

const HEADER = [
  'N',
  'COPY',
  'rows/s',
  'import',
  'rows/s',
  'index sync',
  'import + index',
  '÷ COPY',
  'same file again',
  'RSS before (MB)',
  'peak RSS (MB)',
  'peak heap (MB)',
  'sync peak RSS (MB)',
  'import CPU Node / PG',
  'sync CPU Node / PG',
];

function row(r: SizeResult): string[] {
  const peak = r.memory.find((m) => m.label === 'import (peak)')!;
  const sync = r.memory.find((m) => m.label === 'index sync (peak)')!;
  const before = r.memory[0]!;
  return [
    r.n.toLocaleString('en-US'),
    seconds(r.copyMs),
    perSecond(r.n, r.copyMs),
    seconds(r.importMs),
    perSecond(r.n, r.importMs),
    seconds(r.indexMs),
    seconds(r.importMs + r.indexMs),
    ratio(r.importMs + r.indexMs, r.copyMs),
    seconds(r.againMs),
    mb(before.rss),
    mb(peak.peakRss ?? peak.rss),
    mb(peak.peakHeapUsed ?? peak.heapUsed),
    mb(sync.peakRss ?? sync.rss),
    `${seconds(r.importCpu.node)} / ${seconds(r.importCpu.postgres)}`,
    `${seconds(r.indexCpu.node)} / ${seconds(r.indexCpu.postgres)}`,
  ];
}

async function main(): Promise<void> {
  const runStarted = performance.now();
  const heapLimit = process.execArgv.find((a) => a.startsWith('--max-old-space-size'));
  const loadAtStart = os.loadavg()[0]!;
  const server = await openServer('bench-import-', note);
  const cleanup = dropOnExit(server, created, note);
  try {
    const postgres = await withClient(
      server.adminUrl,
      async (c) => (await c.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v,
    );
    const postmaster = await withClient(server.adminUrl, async (c) => {
      try {
        const dir = (await c.query<{ d: string }>(`SELECT current_setting('data_directory') AS d`)).rows[0]!
          .d;
        return Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
      } catch {
        return null; // a server elsewhere (DATABASE_URL): its CPU is not measured
      }
    });
    const template = await createTemplate(server);
    const results: SizeResult[] = [];
    for (const n of SIZES) {
      collectGarbage();
      results.push(await benchSize(server, template, n, postmaster));
    }
    const loadAtEnd = os.loadavg()[0]!;
    const machine =
      `${os.cpus().length} × ${[...new Set(os.cpus().map((c) => c.model.trim()))].join(', ')}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM; ` +
      `Node ${process.version}${heapLimit ? ` (${heapLimit})` : ''}; PostgreSQL ${postgres} (${server.kind}); 1-min load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end`;
    const busy =
      Math.max(loadAtStart, loadAtEnd) > os.cpus().length
        ? 'The machine was shared with other work during this run (load above its core count): times are pessimistic and noisy.'
        : '';
    const reports = results.map(
      (r) => `N=${r.n.toLocaleString('en-US')}: first import ${r.report}; again ${r.again}.`,
    );
    // What each peak was made of: V8's heap (used of committed) and Buffers outside it.
    const peaks = results.flatMap((r) =>
      r.memory
        .filter((m) => m.atPeak)
        .map(
          (m) =>
            `N=${r.n.toLocaleString('en-US')}, ${m.label}: RSS ${mb(m.atPeak!.rss)} MB = V8 heap ${mb(m.atPeak!.heapUsed)} used of ${mb(m.atPeak!.heapTotal)} MB committed, Buffers ${mb(m.atPeak!.arrayBuffers)} MB, the rest (code, native: jieba's dictionary, malloc) ${mb(m.atPeak!.rss - m.atPeak!.heapTotal - m.atPeak!.arrayBuffers)} MB.`,
        ),
    );
    log(machine);
    log(textTable(HEADER, results.map(row)));
    for (const line of reports) log(line);
    for (const line of peaks) log(line);
    if (busy) log(busy);
    const totalMs = performance.now() - runStarted;
    if (OVERRIDDEN) {
      log(`Whole run ${seconds(totalMs)}. BENCH_IMPORT_SIZES is set: docs/benchmarks.md was not changed.`);
      return;
    }
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const file = appendBenchmarks(
      repoRoot(),
      [
        `## Expert import, set-based — ${when} UTC`,
        '',
        machine,
        '',
        markdownTable(HEADER, results.map(row)),
        '',
        `COPY = employers inserted, then \`COPY experts (…) FROM STDIN\` of the same rows in one statement (no outbox, audit or index). ` +
          `import = ExpertImportService.start + run on the CSV (${results.map((r) => `${mb(r.csvBytes)} MB`).join(' / ')}), as the system: the file ` +
          `streamed and parsed once, 5,000-row batches COPYed into a staging table and written by set statements (dedupe, insert, update, ` +
          `employers, audit) and their search documents written in the same transaction (PostgreSQL's engine). index sync = SearchIndexService.sync() of whatever the import left in the search outbox (nothing, with this engine). ÷ COPY = (import + index) ÷ COPY. CPU = user + system CPU of this process (Node) and of the PostgreSQL server's processes (PG, from /proc) during the phase: less sensitive to other work on the machine than wall time. ` +
          `RSS before = this process settled with the app open, holding the CSV (the generated rows are released after the COPY); the bench drops its copy of the CSV once the job is started (a worker holds only the job's own); peak RSS / heap = during the first import, sync peak RSS = during the index sync (V8 collects lazily: a peak includes garbage not yet collected).`,
        '',
        ...reports.map((r) => `- ${r}`),
        '',
        ...peaks.map((p) => `- ${p}`),
        ...(busy ? ['', busy] : []),
        '',
        `Whole run ${seconds(totalMs)}.`,
      ].join('\n'),
    );
    log(`Appended to ${path.relative(process.cwd(), file) || file}`);
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
