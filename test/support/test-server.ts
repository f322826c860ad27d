// Boots the real api (GraphQL, guards, jobs) against a fresh real database, for supertest and the browser.
import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { loadConfig, type Clock } from '@app/platform';
import {
  JobRunner,
  StartupService,
  openRuntime,
  type DeliveryAdapter,
  type OneTimeCodeSender,
  type Runtime,
} from '@app/core';
import { createApiApp } from '../../apps/api/src/create-api-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'Demo@2026';
const root = fileURLToPath(new URL('../..', import.meta.url));

export interface TestApp {
  app: NestExpressApplication;
  runtime: Runtime;
  db: TestDatabase;
  url: string;
  demoPassword: string;
  /** POST /graphql; returns the parsed body ({ data, errors }). */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<{ data: T; errors?: any[]; status: number }>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  demo?: boolean;
  /** With `demo`: seed the demo's programme year too (default); off for tests that write their own years. */
  demoProgramme?: boolean;
  env?: Record<string, string>;
  workers?: boolean;
  deliveryAdapters?: DeliveryAdapter[];
  /** A clock the test moves by hand (time limits). */
  clock?: Clock;
  /** Where one-time codes go (a CapturingOneTimeCodeSender in onboarding tests). */
  oneTimeCodeSender?: OneTimeCodeSender;
  /** Receives the server's log (none by default). */
  logger?: LoggerService;
  /** The search engine counts a search with words up to this many (default 10,000). */
  searchCountCap?: number;
}

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'es-test-'));
  const config = loadConfig({
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_DATA: opts.demo ? 'true' : 'false',
    DEMO_PASSWORD: TEST_PASSWORD,
    ADMIN_PASSWORD: TEST_PASSWORD,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...opts.env,
  });
  const runtime = await openRuntime(config, {
    queueName: `test-${db.name}`,
    searchCountCap: opts.searchCountCap,
  });
  const core = {
    ...runtime,
    deliveryAdapters: opts.deliveryAdapters,
    clock: opts.clock,
    oneTimeCodeSender: opts.oneTimeCodeSender,
  };
  const app = await createApiApp(core, {
    webDir: path.join(root, 'dist', 'web'),
    logger: opts.logger ?? false,
  });
  await app.init();
  await app.get(StartupService).prepare(config, { demoProgramme: opts.demoProgramme ?? true });
  if (opts.workers !== false) app.get(JobRunner).start();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const req = request(app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { data: res.body.data, errors: res.body.errors, status: res.status };
  };
  const login = async (username: string, password = TEST_PASSWORD) => {
    const res = await gql(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: password },
    );
    if (res.errors) throw new Error(`login ${username} failed: ${res.errors[0].message}`);
    return res.data.login.token as string;
  };
  return {
    app,
    runtime,
    db,
    url,
    demoPassword: TEST_PASSWORD,
    gql,
    login,
    close: async () => {
      await app.close();
      await runtime.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser tests' entry point: the server with demo data, serving the built web app. Without the demo's
 * programme year by default: the browser's programme journeys write their own 2027 call on the shared server.
 */
export async function startTestServer(opts: { demo?: boolean; demoProgramme?: boolean } = {}) {
  const t = await startTestApp({ demo: opts.demo ?? true, demoProgramme: opts.demoProgramme ?? false });
  return { url: t.url, demoPassword: t.demoPassword, close: t.close };
}
