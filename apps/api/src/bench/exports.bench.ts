// `npm run bench:exports`: memory and time of exporting a 20,000-expert library two ways, in the same run:
//   - the old way (before issue #10): every row gathered in memory page by page (each page with its facet
//     counts), the workbook built in memory and written with exceljs's writeBuffer, then base64 for the GraphQL
//     answer — what `exportExperts` did for up to 20,000 rows;
//   - the background job: pages without facets streamed into exceljs's streaming writer, the file moved into the
//     file store (ExpertExportService.run, as the `experts.export` job runs it).
// Each variant runs twice, alternating, each time in a child process of its own so its peak RSS is its own; the
// figures are the peak resident set and heap during the export (sampled every 10 ms) over what the process held
// before, the wall time, and the longest event-loop stall (what a /healthz request waiting behind it would feel).
// Prints the figures and appends them to docs/benchmarks.md. Uses DATABASE_URL's server when set, otherwise a
// temporary embedded PostgreSQL. BENCH_EXPORTS_N=2000 tries another size (figures printed, docs left alone).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { IMPORT_TEMPLATE_HEADER, type Actor } from '@app/domain';
import { ExpertExportService, ExpertService, SearchIndexService } from '@app/core';
import { writeXlsx, type SheetCell } from '@app/platform';
import { repoRoot } from '../paths.js';
import {
  MemoryProbe,
  appendBenchmarks,
  markdownTable,
  mb,
  settledMemory,
  textTable,
} from './bench-report.js';
import {
  PARTNERS,
  copySyntheticExperts,
  createDatabase,
  createTemplate,
  dropOnExit,
  openApp,
  openServer,
  withClient,
} from './match-setup.js';
import { generateSyntheticExperts } from './synthetic-experts.js';

const OVERRIDDEN = Boolean(process.env.BENCH_EXPORTS_N?.trim());
const N = OVERRIDDEN ? Number(process.env.BENCH_EXPORTS_N) : 20_000;
const VARIANTS = ['buffer', 'stream'] as const;
type Variant = (typeof VARIANTS)[number];
const RUNS = 2;
const ACCOUNT_ID = '00000000-0000-4000-8000-0000000e0e01';
const note = (line: string) => console.error(`[bench:exports] ${line}`);

const ACTOR: Actor = {
  accountId: ACCOUNT_ID,
  username: 'bench-province',
  role: 'PROVINCE',
  regionCode: '310000',
  partnerRegionCodes: PARTNERS,
};

interface RunResult {
  variant: Variant;
  rows: number;
  bytes: number;
  ms: number;
  baseRss: number;
  baseHeap: number;
  peakRss: number;
  peakHeap: number;
  maxStallMs: number;
}

// ---------------------------------------------------------------------------------------------------------
// Child: one export in a fresh process

async function child(variant: Variant, url: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-exports-data-'));
  process.env.DATA_DIR = dataDir; // the export file goes here, not into the repository's .data
  const app = await openApp(url);
  try {
    const experts = app.ctx.get(ExpertService);
    const exports = app.ctx.get(ExpertExportService);
    await experts.search(ACTOR, null, {}, 1); // warm the connection pool and the engine
    const base = settledMemory('before');
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    const probe = new MemoryProbe();
    stalls.enable();
    probe.start(10);
    const t0 = performance.now();
    let rows = 0;
    let bytes = 0;
    let held: string | null = null; // the old answer's base64, alive until the measurement ends as it was in the API
    if (variant === 'buffer') {
      // The old exportExperts: all rows in memory (each page with its facets), writeBuffer, then base64.
      const table: SheetCell[][] = [];
      const toRow = (exports as unknown as { row(view: unknown): SheetCell[] }).row.bind(exports);
      let after: string | null = null;
      do {
        const page = await experts.search(ACTOR, null, {}, 100, after);
        for (const hit of page.hits) table.push(toRow(hit.view));
        after = page.hasNextPage && table.length < 20_000 ? page.endCursor : null;
      } while (after);
      const header = [...IMPORT_TEMPLATE_HEADER, '状态'];
      const content = await writeXlsx('专家库', header, table);
      held = content.toString('base64');
      rows = table.length;
      bytes = content.length;
    } else {
      const job = await exports.start(ACTOR, null, {});
      await exports.run(job.id, async () => ACTOR);
      const [done] = await app.runtime.dataSource.query(
        `SELECT status, processed_rows, bytes, error FROM export_jobs WHERE id = $1`,
        [job.id],
      );
      if (done.status !== 'SUCCEEDED') throw new Error(`export job ${done.status}: ${done.error}`);
      rows = done.processed_rows;
      bytes = Number(done.bytes);
    }
    const ms = performance.now() - t0;
    const peak = probe.stop('export');
    stalls.disable();
    if (held === '') throw new Error('empty export');
    const result: RunResult = {
      variant,
      rows,
      bytes,
      ms,
      baseRss: base.rss,
      baseHeap: base.heapUsed,
      peakRss: peak.peakRss!,
      peakHeap: peak.peakHeapUsed!,
      maxStallMs: stalls.max / 1e6,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Parent: the library once, then the variants in child processes

function runChild(variant: Variant, url: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--child', variant, url],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{'))
        reject(new Error(`${variant} run failed (exit ${code}): ${out.slice(-500)}`));
      else resolve(JSON.parse(line) as RunResult);
    });
  });
}

function postgresVersion(url: string): Promise<string> {
  return withClient(url, async (c) => String((await c.query('SHOW server_version')).rows[0].server_version));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const server = await openServer();
  const cleanup = dropOnExit(server);
  let results: RunResult[] = [];
  let pgVersion = '';
  try {
    const template = await createTemplate(server);
    const { url } = await createDatabase(server, 'exports', template);
    pgVersion = await postgresVersion(url);
    note(`loading ${N} synthetic experts …`);
    const app = await openApp(url);
    try {
      await withClient(url, async (c) => {
        await copySyntheticExperts(c, generateSyntheticExperts(N));
        await c.query(
          `INSERT INTO accounts (id, username, display_name, password_hash, role, region_code) VALUES ($1, 'bench-province', '省厅（基准）', 'x', 'PROVINCE', '310000')`,
          [ACCOUNT_ID],
        );
      });
      await app.ctx.get(SearchIndexService).reindex();
      await app.runtime.dataSource.query('ANALYZE');
    } finally {
      await app.close();
    }
    for (let run = 0; run < RUNS; run++) {
      for (const variant of VARIANTS) {
        note(`run ${run + 1}/${RUNS}: ${variant} …`);
        results.push(await runChild(variant, url));
      }
    }
  } finally {
    await cleanup();
  }
  results = results.sort((a, b) => VARIANTS.indexOf(a.variant) - VARIANTS.indexOf(b.variant));
  const label: Record<Variant, string> = {
    buffer: 'old: rows in memory + writeBuffer + base64',
    stream: 'job: pages streamed to the file',
  };
  const header = [
    'export',
    'rows',
    'file MB',
    'time s (median)',
    'peak RSS MB (max)',
    'RSS over before MB',
    'peak heap MB (max)',
    'heap over before MB',
    'longest stall ms (max)',
  ];
  const body = VARIANTS.map((v) => {
    const rs = results.filter((r) => r.variant === v);
    return [
      label[v],
      String(rs[0]!.rows),
      mb(rs[0]!.bytes),
      (median(rs.map((r) => r.ms)) / 1000).toFixed(1),
      mb(Math.max(...rs.map((r) => r.peakRss))),
      mb(Math.max(...rs.map((r) => r.peakRss - r.baseRss))),
      mb(Math.max(...rs.map((r) => r.peakHeap))),
      mb(Math.max(...rs.map((r) => r.peakHeap - r.baseHeap))),
      Math.max(...rs.map((r) => r.maxStallMs)).toFixed(0),
    ];
  });
  console.log(textTable(header, body));
  const loadAtEnd = os.loadavg()[0]!;
  const cores = os.cpus().length;
  const busy = Math.max(loadAtStart, loadAtEnd) > cores;
  const machine =
    `${cores} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}; ` +
    `PostgreSQL ${pgVersion} (${server.kind}); 1-min load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end`;
  console.log(machine);
  if (OVERRIDDEN) {
    note('BENCH_EXPORTS_N is set: docs/benchmarks.md left unchanged');
    return;
  }
  const file = appendBenchmarks(
    repoRoot(),
    [
      `## bench:exports — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Exporting a library of ${N.toLocaleString('en')} synthetic experts as a dispatcher (every row, contacts in full), ${RUNS} runs of each`,
      'way alternating, each in a fresh process: peak memory sampled every 10 ms during the export, over what the',
      'process held before it; the longest event-loop stall is how long any other request (e.g. `/healthz`) would',
      'have waited behind the export in the same process.',
      '',
      `Machine: ${machine}.`,
      ...(busy
        ? [
            '',
            `The machine was busy with other work during this run (load average above its ${cores} cores; other test suites were running): times are pessimistic and noisy; memory figures are not affected.`,
          ]
        : []),
      '',
      markdownTable(header, body),
    ].join('\n'),
  );
  note(`appended to ${file}`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3] as Variant, process.argv[4]!).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
