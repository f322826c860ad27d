// `npm run bench:board`: the api's hot reads under load — the province's demand board (the web's Demands query:
// first 20, totalCount, countsByStatus, region and organisation of each row), expert search (the web's Experts
// query with a word, facets included) and matchExperts (the dispatch page's ranked list) — each under 30
// concurrent clients for 30 s, against a baseline measured in the same run: a bare `node:http` + `pg` server
// (board-bare-server.ts) that sends the same SQL statements the api sent for one such request (captured by
// board-capture.ts) on the same database and answers with the same bytes. The api and the bare server take turns
// (BENCH_BOARD_PAIRS pairs, default 2) so both see the same machine load; then one client each. Last, a CPU profile
// of the api under the same 30-client load (bench-profile.ts), summed by package. Prints req/s, p50 and p99 and
// appends them to docs/benchmarks.md. BENCH_BOARD_SCENARIOS=board,search,match picks scenarios.
// The api runs as in production (`node <API_NODE_FLAGS> dist/apps/api/src/main.js`, its own process) on the demo data, with the
// demo demands copied until the province has BENCH_BOARD_DEMANDS (default 5,000). Uses DATABASE_URL's server when
// set (it creates and drops its own database), otherwise a temporary embedded PostgreSQL.
// BENCH_BOARD_SECONDS=5 makes a smoke run: figures are printed, docs/benchmarks.md is left alone.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from '@app/platform';
import { API_NODE_FLAGS } from '../node-flags.js';
import { repoRoot } from '../paths.js';
import { appendBenchmarks, markdownTable, ms, percentile, textTable } from './bench-report.js';
import { dropOnExit, openServer, withClient } from './bench-server.js';
import { BOARD_BODY, SEARCH_BODY, matchBody, matchDemandId } from './board-scenarios.js';
import { cpuMs, growDemands, startChild, type Child } from './board-setup.js';
import type { CapturedStatement } from './board-capture.js';
import { formatProfile, type CpuProfile } from './profile-summary.js';

const SMOKE = Boolean(process.env.BENCH_BOARD_SECONDS?.trim());
const SECONDS = SMOKE ? Number(process.env.BENCH_BOARD_SECONDS) : 30;
const PAIRS = Number(process.env.BENCH_BOARD_PAIRS?.trim() || 2);
const SCENARIOS = (process.env.BENCH_BOARD_SCENARIOS?.trim() || 'board,search,match').split(',');
const DEMANDS = Number(process.env.BENCH_BOARD_DEMANDS?.trim() || 5_000);
const CLIENTS = 30;
const PASSWORD = 'Bench@2026';
const here = path.dirname(fileURLToPath(import.meta.url));
const note = (line: string) => console.error(`[bench:board] ${line}`);
const log = (line = '') => console.log(line);

// ---------------------------------------------------------------------------------------------------------
// Processes

// ---------------------------------------------------------------------------------------------------------
// HTTP

// Each load run has its own keep-alive connections (a server closes the ones left idle by the previous run, and
// a request racing that close would count as an error of the next).
let agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

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
  /** The first error seen, for the log. */
  firstError?: string;
  seconds: number;
  latencies: number[];
  /** CPU time (user + system) the server process spent during the run, per answered request. */
  cpuMsPerRequest?: number;
}

/** `clients` loops, each sending the next request when its previous one is answered, for `seconds`. */
async function load(
  target: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  clients: number,
  seconds: number,
  pid?: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const res = await post(url, body, headers);
          if (res.status !== 200 || res.body.includes('"errors"')) {
            errors++;
            firstError ??= `${res.status} ${res.body.toString().slice(0, 300)}`;
          } else latencies.push(performance.now() - t0);
        } catch (err) {
          errors++;
          firstError ??= String(err);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = cpuMs(pid);
  if (firstError) note(`${target}: ${errors} errors, the first: ${firstError}`);
  return {
    target,
    clients,
    requests: latencies.length,
    errors,
    firstError,
    seconds: elapsed,
    latencies,
    cpuMsPerRequest:
      cpuBefore !== undefined && cpuAfter !== undefined && latencies.length
        ? (cpuAfter - cpuBefore) / latencies.length
        : undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Data

// ---------------------------------------------------------------------------------------------------------
// Run

interface Scenario {
  key: string;
  title: string;
  body: string;
  describe: (answer: unknown) => string;
}

interface ScenarioResult {
  scenario: Scenario;
  statements: CapturedStatement[];
  results: LoadResult[];
  profile: string[];
  profileRequests: number;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

/** Sends SIGUSR2 to the api (bench-profile.ts) and waits for its answer line. */
async function profileSignal(api: Child, line: RegExp): Promise<void> {
  await new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      if (line.test(chunk.toString())) {
        api.process.stdout!.off('data', onData);
        resolve();
      }
    };
    api.process.stdout!.on('data', onData);
    api.process.kill('SIGUSR2');
  });
}

async function runScenario(
  scenario: Scenario,
  api: Child,
  auth: Record<string, string>,
  url: string,
  dataDir: string,
): Promise<ScenarioResult> {
  const capture = path.join(dataDir, 'statements.jsonl');
  // One request to warm, one with the capture header: the statements the api sends, and the bytes it answers.
  await post(api.url, scenario.body, auth);
  const captured = await post(api.url, scenario.body, { ...auth, 'x-bench-capture': '1' });
  const answer = JSON.parse(captured.body.toString()) as { data?: unknown; errors?: unknown };
  if (!answer.data || answer.errors)
    throw new Error(`${scenario.key} failed: ${captured.body.toString().slice(0, 500)}`);
  await new Promise((r) => setTimeout(r, 200));
  const lines = readFileSync(capture, 'utf8').trim().split('\n');
  const statements = JSON.parse(lines[lines.length - 1]!) as CapturedStatement[];
  const statementsFile = path.join(dataDir, `${scenario.key}-statements.json`);
  const bodyFile = path.join(dataDir, `${scenario.key}-body.json`);
  writeFileSync(statementsFile, JSON.stringify(statements));
  writeFileSync(bodyFile, captured.body);
  note(`${scenario.key}: ${scenario.describe(answer.data)}, ${statements.length} statements`);

  const barePort = await freePort();
  const bare = await startChild(
    'bare server',
    [path.join(here, 'board-bare-server.js')],
    {
      ...process.env,
      PORT: String(barePort),
      DATABASE_URL: url,
      BENCH_BOARD_STATEMENTS: statementsFile,
      BENCH_BOARD_BODY: bodyFile,
    },
    barePort,
  );
  try {
    note(`${scenario.key}: warming up…`);
    await load('api', api.url, scenario.body, auth, CLIENTS, Math.min(5, SECONDS));
    await load('bare', bare.url, scenario.body, {}, CLIENTS, Math.min(5, SECONDS));
    const results: LoadResult[] = [];
    const targets = [
      ['api', api, auth],
      ['bare node:http + pg', bare, {}],
    ] as const;
    for (let pair = 0; pair < PAIRS; pair++)
      for (const [target, child, headers] of targets) {
        note(`${scenario.key}: ${target}, ${CLIENTS} clients for ${SECONDS} s (pair ${pair + 1}/${PAIRS})…`);
        results.push(
          await load(target, child.url, scenario.body, headers, CLIENTS, SECONDS, child.process.pid),
        );
      }
    const oneSeconds = Math.max(1, Math.round(SECONDS / 3));
    for (const [target, child, headers] of targets) {
      note(`${scenario.key}: ${target}, 1 client for ${oneSeconds} s…`);
      results.push(await load(target, child.url, scenario.body, headers, 1, oneSeconds, child.process.pid));
    }
    // The api's CPU under the 30-client load, sampled apart from the measured runs (the profiler slows it).
    const profileFile = path.join(dataDir, 'api.cpuprofile');
    note(`${scenario.key}: profiling the api…`);
    await profileSignal(api, /\[bench-profile\] started/);
    const profiled = await load('api', api.url, scenario.body, auth, CLIENTS, Math.min(10, SECONDS));
    await profileSignal(api, /\[bench-profile\] written/);
    const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
    if (process.env.BENCH_BOARD_KEEP_PROFILE)
      writeFileSync(
        `${process.env.BENCH_BOARD_KEEP_PROFILE}-${scenario.key}.cpuprofile`,
        JSON.stringify(profile),
      );
    return {
      scenario,
      statements,
      results,
      profile: formatProfile(profile, profiled.requests, 10),
      profileRequests: profiled.requests,
    };
  } finally {
    await bare.stop().catch(() => {});
  }
}

async function main(): Promise<void> {
  const root = repoRoot();
  const started = performance.now();
  const loadBefore = loadAverage();
  const server = await openServer('bench-board-', note);
  const database = `bench_board_${process.pid}`;
  const cleanup = dropOnExit(server, [database], note);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-board-'));
  const children: Child[] = [];
  try {
    await withClient(server.adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
    const url = server.urlFor(database);

    note('starting the api (migrations, regions, demo data)…');
    const apiPort = await freePort();
    const api = await startChild(
      'api',
      [
        '--import',
        path.join(here, 'board-capture.js'),
        '--import',
        path.join(here, 'bench-profile.js'),
        ...API_NODE_FLAGS,
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
        BENCH_CAPTURE_SQL: path.join(dataDir, 'statements.jsonl'),
        BENCH_PROFILE: path.join(dataDir, 'api.cpuprofile'),
      },
      apiPort,
    );
    children.push(api);
    const demands = await growDemands(url, DEMANDS);
    const experts = await withClient(
      url,
      async (c) => (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM experts')).rows[0]!.n,
    );
    note(`${demands} demands, ${experts} experts`);

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

    // matchExperts ranks for one of the province's submitted demands (the demo's, not a copy).
    const demandId = await matchDemandId(url);
    const all: Scenario[] = [
      {
        key: 'board',
        title: 'Demand board',
        body: BOARD_BODY,
        describe: (d) =>
          `first 20 of ${(d as { demands: { totalCount: number } }).demands.totalCount} demands`,
      },
      {
        key: 'search',
        title: 'Expert search (word 农业, facets, first 20)',
        body: SEARCH_BODY,
        describe: (d) => `${(d as { experts: { total: number } }).experts.total} experts match`,
      },
      {
        key: 'match',
        title: 'matchExperts (limit 20, includeUnavailable)',
        body: matchBody(demandId ?? ''),
        describe: (d) => `${(d as { matchExperts: unknown[] }).matchExperts.length} experts ranked`,
      },
    ];
    const done: ScenarioResult[] = [];
    for (const scenario of all.filter((s) => SCENARIOS.includes(s.key)))
      done.push(await runScenario(scenario, api, auth, url, dataDir));
    report(done, {
      demands,
      experts,
      loadBefore,
      loadAfter: loadAverage(),
      seconds: (performance.now() - started) / 1000,
    });
  } finally {
    for (const c of children) await c.stop().catch(() => {});
    agent.destroy();
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function report(
  done: ScenarioResult[],
  run: { demands: number; experts: number; loadBefore: string; loadAfter: string; seconds: number },
): void {
  const header = [
    'server',
    'clients',
    'seconds',
    'requests',
    'errors',
    'req/s',
    'p50 ms',
    'p99 ms',
    'CPU ms/req',
    'api ÷ bare',
  ];
  const rate = (r: LoadResult) => r.requests / r.seconds;
  const sections: string[] = [];
  const summary: string[][] = [];
  for (const { scenario, statements, results, profile } of done) {
    // Each api run against the bare run that followed it (same load, same minute).
    const rows = results.map((r, i) => {
      const bare = r.target === 'api' ? results[i + 1] : undefined;
      return [
        r.target,
        String(r.clients),
        r.seconds.toFixed(0),
        String(r.requests),
        String(r.errors),
        rate(r).toFixed(1),
        ms(percentile(r.latencies, 50)),
        ms(percentile(r.latencies, 99)),
        r.cpuMsPerRequest === undefined ? '–' : r.cpuMsPerRequest.toFixed(2),
        bare ? (rate(r) / rate(bare)).toFixed(2) + '×' : '',
      ];
    });
    const ratios = (clients: number) =>
      results
        .map((r, i) => (r.target === 'api' && r.clients === clients ? rate(r) / rate(results[i + 1]!) : NaN))
        .filter(Number.isFinite);
    const many = median(ratios(CLIENTS));
    const one = median(ratios(1));
    const cpu = (target: 'api' | 'bare') =>
      median(
        results
          .filter((r) => r.clients === CLIENTS && (r.target === 'api') === (target === 'api'))
          .map((r) => r.cpuMsPerRequest ?? NaN)
          .filter(Number.isFinite),
      );
    summary.push([
      scenario.title,
      many.toFixed(2) + '×',
      one.toFixed(2) + '×',
      cpu('api').toFixed(2),
      cpu('bare').toFixed(2),
    ]);
    log(`\n${scenario.title}`);
    log(textTable(header, rows));
    log(`\nProfile of the api, ${CLIENTS} clients:\n  ${profile.join('\n  ')}`);
    const sql = statements
      .map(
        (s, i) =>
          `${i + 1}.${s.concurrent ? ' (concurrent)' : ''} ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`,
      )
      .join('\n');
    log(`\nStatements per request (${statements.length}):\n${sql}`);
    sections.push(
      [
        `### ${scenario.title}`,
        '',
        `${statements.length} statements per request. api ÷ bare at ${CLIENTS} clients: ${ratios(CLIENTS)
          .map((x) => x.toFixed(2))
          .join(', ')} (median ${many.toFixed(2)}×); at one client ${one.toFixed(2)}×.`,
        '',
        markdownTable(header, rows),
        '',
        `CPU profile of the api under ${CLIENTS} clients (self time by package or folder, idle excluded):`,
        '',
        '```text',
        ...profile,
        '```',
        '',
        '<details><summary>The statements of one request</summary>',
        '',
        '```sql',
        statements
          .map(
            (s) =>
              (s.concurrent ? '-- concurrent with the previous\n' : '') +
              s.text.replace(/\s+/g, ' ').trim() +
              ';',
          )
          .join('\n'),
        '```',
        '',
        '</details>',
      ].join('\n'),
    );
  }
  log();
  const summaryHeader = [
    'scenario',
    `api ÷ bare req/s, ${CLIENTS} clients (median)`,
    '1 client',
    'api CPU ms/req',
    'bare CPU ms/req',
  ];
  log(textTable(summaryHeader, summary));
  if (SMOKE) {
    note('BENCH_BOARD_SECONDS is set: docs/benchmarks.md left unchanged');
    return;
  }
  const section = [
    `## Hot reads under load (\`npm run bench:board\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `The api as in production (\`node ${API_NODE_FLAGS.join(' ')} dist/apps/api/src/main.js\`, its own process, ` +
      `NODE_ENV=production) on the demo ` +
      `data grown to ${run.demands.toLocaleString('en-US')} demands (${run.experts.toLocaleString('en-US')} experts), ` +
      `signed in as the province, against a bare \`node:http\` + \`pg\` server on the same database that sends the ` +
      'statements the api sent for one request of the scenario (captured from the api: same text, parameters and ' +
      'order, concurrent ones concurrently) and answers with the same bytes. Closed-loop clients (each sends its ' +
      `next request when the previous one is answered); ${CLIENTS} clients for ${SECONDS} s, the api and the bare ` +
      `server taking turns ${PAIRS} times so both see the same machine load, then one client each.`,
    '',
    markdownTable(summaryHeader, summary),
    '',
    'CPU ms/req: user + system CPU time of the server process (from /proc) over its 30-client runs, per answered ' +
      'request (median of the runs): what one request costs the Node process, which a busy machine slows down ' +
      'but does not inflate as it does req/s. PostgreSQL’s own CPU is in neither.',
    '',
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, PostgreSQL ` +
      `${process.env.DATABASE_URL ? 'from DATABASE_URL' : 'embedded'}; the load generator runs on the same machine. ` +
      `1-min / 5-min / 15-min load average ${run.loadBefore} at start, ${run.loadAfter} at end. ` +
      '**The machine was shared with other work while this ran: the figures are noisy**; compare the api with the ' +
      `bare server of the same pair, not with other runs. Whole run ${run.seconds.toFixed(0)} s.`,
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  const file = appendBenchmarks(repoRoot(), section);
  note(`appended to ${file}`);
}

await main();
