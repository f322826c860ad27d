// The newcomer's path: `npm start` with nothing installed. Runs the built server as a child process with a
// fresh DATA_DIR: embedded PostgreSQL, migrations, demo data, sign-in, restart, Ctrl-C — and no orphans.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@app/platform';
import { postgresProcessesFor, waitFor } from '../support/processes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'es-e2e-'));
const children: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  let out = '';
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/root', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function gql(port: number, query: string, variables?: object) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as Promise<{ data?: any; errors?: any[] }>;
}

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/build.mjs'), '--web-if-missing', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  expect(build.status).toBe(0);
}, 180_000);

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('single-machine start', () => {
  it(
    'serves the product with demo data, every demo account signs in, Ctrl-C leaves no PostgreSQL',
    { timeout: 180_000 },
    async () => {
      const port = await freePort();
      const s = start({ PORT: String(port) });
      expect(await waitFor(() => s.output().includes('Ready:'), 90_000)).toBe(true);
      expect(s.output()).toContain('Demo accounts (password "Demo@2026")');
      // The demo's programme year went through the services in full.
      expect(s.output()).toMatch(/Demo programme: \d{4} lists published/);
      expect(postgresProcessesFor(dataDir).length).toBeGreaterThan(0);

      const page = await fetch(`http://127.0.0.1:${port}/login`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');

      for (const username of [
        'admin',
        'province',
        'local',
        'local2',
        'local3',
        'unit',
        'unit2',
        'host',
        'expert',
        'expert2',
      ]) {
        const res = await gql(
          port,
          `mutation($u: String!) { login(username: $u, password: "Demo@2026") { account { username } } }`,
          { u: username },
        );
        expect(res.errors, username).toBeUndefined();
        expect(res.data.login.account.username).toBe(username);
      }

      s.child.kill('SIGINT');
      expect(await s.exited).toBe(0);
      expect(await waitFor(() => postgresProcessesFor(dataDir).length === 0, 10_000)).toBe(true);
    },
  );

  it(
    'keeps the data on restart without seeding twice, and stops on SIGTERM',
    { timeout: 180_000 },
    async () => {
      const port = await freePort();
      const s = start({ PORT: String(port) });
      expect(await waitFor(() => s.output().includes('Ready:'), 60_000)).toBe(true);
      expect(s.output()).not.toMatch(/Demo data: \d+ experts/);
      expect(s.output()).not.toContain('Creating the embedded PostgreSQL cluster');
      const login = await gql(port, `mutation { login(username: "admin", password: "Demo@2026") { token } }`);
      const token = login.data.login.token;
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ auditLog(filter: { action: "demo.seed" }) { totalCount } }` }),
      });
      expect(((await res.json()) as any).data.auditLog.totalCount).toBe(1);
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
      expect(await waitFor(() => postgresProcessesFor(dataDir).length === 0, 10_000)).toBe(true);
    },
  );

  it('stops PostgreSQL again when start-up fails half-way (port already taken)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const s = start({ PORT: String(port) });
      expect(await s.exited).toBe(1);
      expect(s.output()).toMatch(/Start-up failed: .*EADDRINUSE/);
      expect(await waitFor(() => postgresProcessesFor(dataDir).length === 0, 10_000)).toBe(true);
    } finally {
      blocker.close();
    }
  });

  it('refuses a wrong setting with one line naming the variable', async () => {
    const s = start({ PORT: 'eighty' });
    expect(await s.exited).toBe(1);
    expect(s.output().trim()).toBe(
      'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "eighty")',
    );
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });
});
