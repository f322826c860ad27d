// The board's before and after: two builds of the api (two checkouts, each built with `npm run build:server`),
// two processes on one database with the demo data grown as bench:board grows it, and 30 closed-loop clients sent
// to each in turn in short slices, so both see the same machine load. Prints CPU ms per request (from /proc) and
// req/s of each. A build may carry node flags after a colon: `DIR:--max-semi-space-size=64`.
//   node dist/apps/api/src/bench/board-ab.js /path/to/before /path/to/after [DIR:flags …]
// Env: BENCH_AB_SLICE (seconds, default 4), BENCH_AB_ROUNDS (default 8), BENCH_AB_SCENARIO (board, search or
// match: bench:board's requests; default board).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@app/platform';
import { dropOnExit, openServer, withClient } from './bench-server.js';
import { BOARD_BODY, SEARCH_BODY, matchBody, matchDemandId } from './board-scenarios.js';
import { cpuMs, growDemands, startChild, type Child } from './board-setup.js';

const SLICE = Number(process.env.BENCH_AB_SLICE?.trim() || 4);
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS?.trim() || 8);
const CLIENTS = 30;
const PASSWORD = 'Bench@2026';
const SCENARIO = process.env.BENCH_AB_SCENARIO?.trim() || 'board';
const note = (line: string) => console.error(`[board-ab] ${line}`);

function post(url: string, body: string, headers: Record<string, string>, agent?: http.Agent) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
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
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Target {
  name: string;
  child: Child;
  cpu: number;
  requests: number;
  seconds: number;
  errors: number;
}

/** CLIENTS closed loops against one target for `seconds`. */
async function slice(t: Target, body: string, auth: Record<string, string>, seconds: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const end = Date.now() + seconds * 1000;
  const before = cpuMs(t.child.process.pid) ?? 0;
  let requests = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < end) {
        const res = await post(t.child.url, body, auth, agent).catch((e) => ({ status: 0, body: String(e) }));
        if (res.status !== 200 || res.body.includes('"errors"')) t.errors++;
        else requests++;
      }
    }),
  );
  agent.destroy();
  t.cpu += (cpuMs(t.child.process.pid) ?? 0) - before;
  t.requests += requests;
  t.seconds += seconds;
}

async function main(): Promise<void> {
  const builds = process.argv.slice(2);
  if (builds.length < 2) throw new Error('usage: board-ab.js DIR[:flags] DIR[:flags] …');
  const server = await openServer('bench-board-ab-', note);
  const database = `bench_board_ab_${process.pid}`;
  const cleanup = dropOnExit(server, [database], note);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-board-ab-'));
  const targets: Target[] = [];
  try {
    await withClient(server.adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
    const url = server.urlFor(database);
    const secret = randomBytes(32).toString('hex');
    for (const build of builds) {
      const [dir, ...flags] = build.split(':');
      const port = await freePort();
      note(`starting ${build}…`);
      const child = await startChild(
        build,
        [...flags.filter(Boolean), path.join(dir!, 'dist', 'apps', 'api', 'src', 'main.js')],
        {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          DATABASE_URL: url,
          REDIS_URL: '',
          MEILI_HOST: '',
          DATA_DIR: dataDir,
          DEMO_DATA: 'true',
          DEMO_PASSWORD: PASSWORD,
          ADMIN_PASSWORD: PASSWORD,
          JWT_SECRET: secret,
        },
        port,
      );
      targets.push({ name: build, child, cpu: 0, requests: 0, seconds: 0, errors: 0 });
    }
    note(`${await growDemands(url, 5_000)} demands`);
    const login = await post(
      targets[0]!.child.url,
      JSON.stringify({
        query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        variables: { u: 'province', p: PASSWORD },
      }),
      {},
    );
    const auth = {
      authorization: `Bearer ${(JSON.parse(login.body) as { data: { login: { token: string } } }).data.login.token}`,
    };
    const body =
      SCENARIO === 'search'
        ? SEARCH_BODY
        : SCENARIO === 'match'
          ? matchBody((await matchDemandId(url)) ?? '')
          : BOARD_BODY;
    note(`scenario ${SCENARIO}`);
    for (const t of targets) {
      await slice(t, body, auth, 3); // warm-up, not counted
      Object.assign(t, { cpu: 0, requests: 0, seconds: 0, errors: 0 });
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of round % 2 ? [...targets].reverse() : targets) await slice(t, body, auth, SLICE);
      note(`round ${round + 1}/${ROUNDS}, 1-min load ${os.loadavg()[0]!.toFixed(1)}`);
    }
    for (const t of targets)
      console.log(
        `${t.name}: ${(t.cpu / t.requests).toFixed(2)} ms CPU per request, ` +
          `${(t.requests / t.seconds).toFixed(1)} req/s, ${t.errors} errors`,
      );
  } finally {
    for (const t of targets) await t.child.stop().catch(() => {});
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
