// apps/worker on its own (docker-compose runs it beside an api with INLINE_WORKERS=false): it processes the
// jobs the api enqueued, against the same database.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppJobQueue, openRuntime, type Runtime } from '@app/core';
import { loadConfig } from '@app/platform';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { waitFor } from '../support/processes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let db: TestDatabase;
let runtime: Runtime;

beforeAll(async () => {
  expect(
    spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--server', '--quiet'], { cwd: root })
      .status,
  ).toBe(0);
  db = await createTestDatabase();
  runtime = await openRuntime(
    loadConfig({
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      DATA_DIR: path.join(root, '.test-data'),
      JWT_SECRET: 'x'.repeat(40),
    }),
  );
}, 120_000);
afterAll(async () => {
  await runtime?.close();
  await db?.drop();
});

describe('apps/worker', () => {
  it(
    'delivers a notification enqueued by another process, then stops cleanly on SIGTERM',
    { timeout: 60_000 },
    async () => {
      const [admin] = await runtime.dataSource.query(
        `INSERT INTO accounts (username, display_name, password_hash, role) VALUES ('w-admin', '管理员', 'x', 'ADMIN') RETURNING id`,
      );
      const [n] = await runtime.dataSource.query(
        `INSERT INTO notifications (recipient_id, kind, title, body) VALUES ($1, 'TEST', '来自 api 的通知', '由 worker 投递') RETURNING id`,
        [admin.id],
      );
      await (runtime.queue as AppJobQueue).add('notification.deliver', { notificationId: n.id });

      let out = '';
      const worker = spawn(process.execPath, [path.join(root, 'dist/apps/worker/src/main.js')], {
        cwd: root,
        env: {
          PATH: process.env.PATH!,
          DATABASE_URL: db.url,
          NODE_ENV: 'test',
          JWT_SECRET: 'x'.repeat(40),
          DATA_DIR: path.join(root, '.test-data'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      worker.stdout.on('data', (d) => (out += d));
      worker.stderr.on('data', (d) => (out += d));
      const exited = new Promise<number | null>((r) => worker.on('exit', r));
      try {
        const delivered = await waitFor(async () => {
          const [row] = await runtime.dataSource.query(
            `SELECT delivered_at FROM notifications WHERE id = $1`,
            [n.id],
          );
          return row.delivered_at !== null;
        }, 30_000);
        expect(delivered, out).toBe(true);
        expect(out).toContain('processing jobs on the postgres backend');
      } finally {
        worker.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
    },
  );
});
