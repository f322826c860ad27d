// `npm run bench:board`: the province's demand board (the web's Demands query: first 20, totalCount,
// countsByStatus, region and organisation of each row) under 30 concurrent clients for 30 s, against a baseline
// measured in the same run: a bare `node:http` + `pg` server (board-bare-server.ts) that sends the same SQL
// statements the api sent for one board request (captured by board-capture.ts) on the same database and answers
// with the same bytes. Then both again with one client. Prints req/s, p50 and p99 and appends them to
// docs/benchmarks.md.
// The api runs as in production (`node dist/apps/api/src/main.js`, its own process) on the demo data, with the
// demo demands copied until the province has BENCH_BOARD_DEMANDS (default 5,000). Uses DATABASE_URL's server when
// set (it creates and drops its own database), otherwise a temporary embedded PostgreSQL.
// BENCH_BOARD_SECONDS=5 makes a smoke run: figures are printed, docs/benchmarks.md is left alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from '@app/platform';
import { repoRoot } from '../paths.js';
import { appendBenchmarks, markdownTable, ms, percentile, textTable } from './bench-report.js';
import { openServer, withClient } from './bench-server.js';
import type { CapturedStatement } from './board-capture.js';

const SMOKE = Boolean(process.env.BENCH_BOARD_SECONDS?.trim());
const SECONDS = SMOKE ? Number(process.env.BENCH_BOARD_SECONDS) : 30;
const DEMANDS = Number(process.env.BENCH_BOARD_DEMANDS?.trim() || 5_000);
const CLIENTS = 30;
const PASSWORD = 'Bench@2026';
const here = path.dirname(fileURLToPath(import.meta.url));
const note = (line: string) => console.error(`[bench:board] ${line}`);
const log = (line = '') => console.log(line);

/** The web's board query (apps/web/src/components/demand-board.tsx, tab 全部). */
const BOARD_QUERY = `fragment DemandListItem on Demand {
  id code title status fields serviceForms expertsWanted startDate endDate dueAt overdue submittedAt createdAt updatedAt
  filedByBureau availableActions
  region { code name keyAssistance }
  organization { id name }
}
query Demands($filter: DemandFilter, $first: Int, $after: String) {
  demands(filter: $filter, first: $first, after: $after) {
    totalCount
    countsByStatus { status count }
    nodes { ...DemandListItem }
    pageInfo { endCursor hasNextPage }
  }
}`;
const BOARD_BODY = JSON.stringify({
  operationName: 'Demands',
  query: BOARD_QUERY,
  variables: { filter: { statuses: null, query: null }, first: 20 },
});

// ---------------------------------------------------------------------------------------------------------
// Processes

interface Child {
  process: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts `args` with node and waits for a line containing `ready` on its stdout. */
async function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<Child> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready/.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output.slice(-2000)}`)),
    );
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// HTTP

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface LoadResult {
  target: string;
  clients: number;
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
}

/** `clients` loops, each sending the next request when its previous one is answered, for `seconds`. */
async function load(
  target: string,
  url: string,
  headers: Record<string, string>,
  clients: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const res = await post(url, BOARD_BODY, headers);
          if (res.status !== 200 || res.body.includes('"errors"')) errors++;
          else latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { target, clients, requests: latencies.length, errors, seconds: elapsed, latencies };
}

// ---------------------------------------------------------------------------------------------------------
// Data

/** Copies the demo's demands (statuses, units and regions as they are) until the database holds `target`. */
async function growDemands(url: string, target: number): Promise<number> {
  return withClient(url, async (c) => {
    const [{ n }] = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM demands')).rows;
    const copies = Math.max(0, Math.ceil(target / n!) - 1);
    const cols = (
      await c.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'demands' AND is_generated = 'NEVER'
            AND column_name NOT IN ('id', 'code', 'title') ORDER BY ordinal_position`,
      )
    ).rows.map((r) => `"${r.column_name}"`);
    if (copies > 0)
      await c.query(
        `INSERT INTO demands (code, title, ${cols.join(', ')})
         SELECT left(d.code, 24) || '-' || i, left(d.title, 90) || ' #' || i, ${cols.map((x) => `d.${x}`).join(', ')}
           FROM (SELECT * FROM demands) d, generate_series(1, $1::int) i`,
        [copies],
      );
    await c.query('ANALYZE');
    return (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM demands')).rows[0]!.n;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Run

async function main(): Promise<void> {
  const root = repoRoot();
  const server = await openServer('bench-board-', note);
  const database = `bench_board_${process.pid}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-board-'));
  const children: Child[] = [];
  try {
    await withClient(server.adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
    const url = server.urlFor(database);
    const capture = path.join(dataDir, 'statements.jsonl');

    note('starting the api (migrations, regions, demo data)…');
    const apiPort = await freePort();
    const api = await startChild(
      'api',
      [
        '--import',
        path.join(here, 'board-capture.js'),
        path.join(root, 'dist', 'apps', 'api', 'src', 'main.js'),
      ],
      {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(apiPort),
        DATABASE_URL: url,
        REDIS_URL: '',
        MEILI_HOST: '',
        DATA_DIR: dataDir,
        DEMO_DATA: 'true',
        DEMO_PASSWORD: PASSWORD,
        ADMIN_PASSWORD: PASSWORD,
        JWT_SECRET: randomBytes(32).toString('hex'),
        BENCH_CAPTURE_SQL: capture,
      },
      apiPort,
    );
    children.push(api);
    const demands = await growDemands(url, DEMANDS);
    note(`${demands} demands`);

    const login = await post(
      api.url,
      JSON.stringify({
        query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        variables: { u: 'province', p: PASSWORD },
      }),
    );
    const token = (JSON.parse(login.body.toString()) as { data: { login: { token: string } } }).data.login
      .token;
    const auth = { authorization: `Bearer ${token}` };

    // One request with the capture header: the statements the api sends, and the bytes it answers.
    await post(api.url, BOARD_BODY, auth);
    const captured = await post(api.url, BOARD_BODY, { ...auth, 'x-bench-capture': '1' });
    const answer = JSON.parse(captured.body.toString()) as { data?: { demands: { totalCount: number } } };
    if (!answer.data) throw new Error(`the board query failed: ${captured.body.toString().slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
    const lines = readFileSync(capture, 'utf8').trim().split('\n');
    const statements = JSON.parse(lines[lines.length - 1]!) as CapturedStatement[];
    writeFileSync(path.join(dataDir, 'statements.json'), JSON.stringify(statements));
    writeFileSync(path.join(dataDir, 'body.json'), captured.body);
    note(`the board answers ${answer.data.demands.totalCount} demands with ${statements.length} statements`);

    const barePort = await freePort();
    const bare = await startChild(
      'bare server',
      [path.join(here, 'board-bare-server.js')],
      {
        ...process.env,
        PORT: String(barePort),
        DATABASE_URL: url,
        BENCH_BOARD_STATEMENTS: path.join(dataDir, 'statements.json'),
        BENCH_BOARD_BODY: path.join(dataDir, 'body.json'),
      },
      barePort,
    );
    children.push(bare);

    // Warm both (JIT, pools, caches), then measure: 30 clients, then one client, each pair back to back.
    note('warming up…');
    await load('api', api.url, auth, CLIENTS, Math.min(5, SECONDS));
    await load('bare', bare.url, {}, CLIENTS, Math.min(5, SECONDS));
    const results: LoadResult[] = [];
    for (const clients of [CLIENTS, 1]) {
      const seconds = clients === 1 ? Math.max(1, Math.round(SECONDS / 3)) : SECONDS;
      for (const [target, child, headers] of [
        ['api', api, auth],
        ['bare node:http + pg', bare, {}],
      ] as const) {
        note(`${target}: ${clients} client(s) for ${seconds} s…`);
        results.push(await load(target, child.url, headers, clients, seconds));
      }
    }
    report(results, demands, statements);
  } finally {
    for (const c of children) await c.stop().catch(() => {});
    agent.destroy();
    await withClient(server.adminUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    ).catch(() => {});
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(results: LoadResult[], demands: number, statements: CapturedStatement[]): void {
  const header = [
    'server',
    'clients',
    'seconds',
    'requests',
    'errors',
    'req/s',
    'p50 ms',
    'p99 ms',
    'api ÷ bare',
  ];
  const rate = (r: LoadResult) => r.requests / r.seconds;
  const rows = results.map((r) => {
    const bare = results.find((b) => b.clients === r.clients && b.target !== 'api')!;
    return [
      r.target,
      String(r.clients),
      r.seconds.toFixed(0),
      String(r.requests),
      String(r.errors),
      rate(r).toFixed(1),
      ms(percentile(r.latencies, 50)),
      ms(percentile(r.latencies, 99)),
      r.target === 'api' ? (rate(r) / rate(bare)).toFixed(2) + '×' : '',
    ];
  });
  log();
  log(textTable(header, rows));
  const sql = statements.map((s, i) => `${i + 1}. ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n');
  log(`\nStatements per board request (${statements.length}):\n${sql}`);
  if (SMOKE) {
    note('BENCH_BOARD_SECONDS is set: docs/benchmarks.md left unchanged');
    return;
  }
  const section = [
    `## Demand board under load (\`npm run bench:board\`, ${new Date().toISOString().slice(0, 10)})`,
    '',
    `The province's demand board (the web's \`Demands\` query: first 20 of ${demands.toLocaleString('en-US')} demands, ` +
      'totalCount, countsByStatus, region and organisation per row) served by the api as in production ' +
      '(`node dist/apps/api/src/main.js`, its own process), against a bare `node:http` + `pg` server on the same ' +
      `database that sends the same ${statements.length} statements the api sent for one request (captured from the ` +
      'api, same text and parameters) and answers with the same bytes. Closed-loop clients (each sends its next ' +
      `request when the previous one is answered); ${CLIENTS} clients for ${SECONDS} s, then one client.`,
    '',
    markdownTable(header, rows),
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, PostgreSQL ` +
      `${process.env.DATABASE_URL ? 'from DATABASE_URL' : 'embedded'}; the load generator runs on the same machine. ` +
      '**The machine was shared with other work while this ran: the figures are noisy**; compare the api with the ' +
      'bare server of the same run, not with other runs.',
    '',
    '<details><summary>The statements of one board request</summary>',
    '',
    '```sql',
    statements.map((s) => s.text.replace(/\s+/g, ' ').trim() + ';').join('\n'),
    '```',
    '',
    '</details>',
  ].join('\n');
  const file = appendBenchmarks(repoRoot(), section);
  note(`appended to ${file}`);
}

await main();
