// The executor alone: two apps in one process on one database (the demo data grown as bench:board grows it), one
// executing queries with graphql-jit (as the api runs) and one with graphql-js, sent bench:board's requests in
// turn, in short batches, by a client in the same process. Everything but the executor is shared, so the
// difference in process CPU per request is the executor's (the client's and PostgreSQL's work are in neither
// difference). Prints CPU ms per request of each, per scenario.
//   node dist/apps/api/src/bench/executor-ab.js
// Env: BENCH_EXEC_BATCH (requests per batch, default 100), BENCH_EXEC_ROUNDS (default 10).
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { StartupService, openRuntime } from '@app/core';
import { loadConfig } from '@app/platform';
import { createApiApp } from '../create-api-app.js';
import { openServer, withClient } from './bench-server.js';
import { BOARD_BODY, SEARCH_BODY, matchBody, matchDemandId } from './board-scenarios.js';
import { growDemands } from './board-setup.js';

const BATCH = Number(process.env.BENCH_EXEC_BATCH?.trim() || 100);
const ROUNDS = Number(process.env.BENCH_EXEC_ROUNDS?.trim() || 10);
const CONCURRENCY = 10;
const PASSWORD = 'Bench@2026';
const note = (line: string) => console.error(`[executor-ab] ${line}`);

function post(port: number, body: string, headers: Record<string, string>, agent: http.Agent) {
  return new Promise<string>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
    });
    req.setHeader('content-type', 'application/json');
    for (const [k, v] of Object.entries(headers)) req.setHeader(k, v);
    req.on('error', reject);
    req.end(body);
  });
}

/** BATCH requests, CONCURRENCY at a time; the process CPU they took, in ms. */
async function batch(port: number, body: string, headers: Record<string, string>, agent: http.Agent) {
  let left = BATCH;
  let errors = 0;
  const start = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) if ((await post(port, body, headers, agent)).includes('"errors"')) errors++;
    }),
  );
  const used = process.cpuUsage(start);
  if (errors) throw new Error(`${errors} answers with errors`);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const server = await openServer('bench-executor-ab-', note);
  const database = `bench_executor_ab_${process.pid}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-executor-ab-'));
  const apps: INestApplication[] = [];
  let runtime: Awaited<ReturnType<typeof openRuntime>> | undefined;
  try {
    await withClient(server.adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
    const url = server.urlFor(database);
    const config = loadConfig({
      DATABASE_URL: url,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      DEMO_PASSWORD: PASSWORD,
      ADMIN_PASSWORD: PASSWORD,
      JWT_SECRET: randomBytes(32).toString('hex'),
      REDIS_URL: '',
      MEILI_HOST: '',
    });
    runtime = await openRuntime(config, { log: note });
    const jit = await createApiApp(runtime, { logger: false });
    const js = await createApiApp(runtime, { logger: false, graphqlExecutor: 'graphql-js' });
    apps.push(jit, js);
    for (const app of apps) await app.init();
    await jit.get(StartupService).prepare(config);
    note(`${await growDemands(url, 5_000)} demands`);
    for (const app of apps) await app.listen(0, '127.0.0.1');
    const ports = apps.map((a) => (a.getHttpServer().address() as { port: number }).port);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
    const login = JSON.parse(
      await post(
        ports[0]!,
        JSON.stringify({
          query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
          variables: { u: 'province', p: PASSWORD },
        }),
        {},
        agent,
      ),
    ) as { data: { login: { token: string } } };
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    const scenarios = {
      board: BOARD_BODY,
      search: SEARCH_BODY,
      match: matchBody((await matchDemandId(url)) ?? ''),
    };
    for (const [name, body] of Object.entries(scenarios)) {
      const cpu = [0, 0];
      for (let i = 0; i < 2; i++) await batch(ports[i]!, body, auth, agent); // warm-up (and the jit's compile)
      for (let round = 0; round < ROUNDS; round++)
        for (const i of round % 2 ? [1, 0] : [0, 1]) cpu[i]! += await batch(ports[i]!, body, auth, agent);
      const [jitMs, jsMs] = cpu.map((c) => c / (ROUNDS * BATCH));
      console.log(
        `${name}: graphql-jit ${jitMs!.toFixed(2)} ms CPU per request, graphql-js ${jsMs!.toFixed(2)} ms ` +
          `(${(((jitMs! - jsMs!) / jsMs!) * 100).toFixed(1)}%), ${ROUNDS * BATCH} requests each, ` +
          `1-min load ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
    agent.destroy();
  } finally {
    for (const app of apps) await app.close().catch(() => {});
    await runtime?.close().catch(() => {});
    await withClient(server.adminUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    ).catch(() => {});
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
