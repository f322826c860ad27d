import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresProcessesFor } from '../../../../test/support/processes.js';
import { EmbeddedDatabase } from './embedded-database.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'es-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('starts real PostgreSQL in DATA_DIR, keeps data across restarts and leaves no process behind', async () => {
    const first = new EmbeddedDatabase({ dataDir });
    const url = await first.start();
    expect(postgresProcessesFor(dataDir).length).toBeGreaterThan(0);
    const [{ server_version }] = await query(url, 'SHOW server_version');
    expect(Number(server_version.split('.')[0])).toBeGreaterThanOrEqual(15);
    await query(url, `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('持久化')`);
    const port = JSON.parse(readFileSync(path.join(dataDir, 'postgres.json'), 'utf8')).port;
    expect(port).not.toBe(5432);
    await first.stop();
    await first.stop(); // twice is harmless
    expect(postgresProcessesFor(dataDir)).toEqual([]);

    const second = new EmbeddedDatabase({ dataDir });
    const url2 = await second.start();
    expect(await query(url2, 'SELECT v FROM kept')).toEqual([{ v: '持久化' }]);
    await second.stop();
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });

  it(
    'stops a server left running by a process that was killed outright, then starts its own',
    { timeout: 120_000 },
    async () => {
      // The first owner is a separate node process, killed with SIGKILL: no chance to clean up.
      const build = spawnSync(
        process.execPath,
        [path.join(root, 'scripts/build.mjs'), '--server', '--quiet'],
        { cwd: root },
      );
      expect(build.status).toBe(0);
      const script = `import { EmbeddedDatabase } from ${JSON.stringify(path.join(root, 'dist/libs/platform/src/database/embedded-database.js'))};
      await new EmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)} }).start(); console.log('started'); setInterval(() => {}, 1000);`;
      const owner = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) =>
        owner.stdout!.on('data', (d) => String(d).includes('started') && resolve()),
      );
      // While its owner runs, a second instance refuses the cluster instead of stopping it under the owner.
      await expect(new EmbeddedDatabase({ dataDir }).start()).rejects.toThrow(
        /in use by another running instance/,
      );
      owner.kill('SIGKILL');
      await new Promise((r) => owner.on('exit', r));
      const orphans = postgresProcessesFor(dataDir);
      expect(orphans.length).toBeGreaterThan(0);

      const next = new EmbeddedDatabase({ dataDir });
      const url = await next.start();
      expect(await query(url, 'SELECT v FROM kept')).toEqual([{ v: '持久化' }]);
      for (const pid of orphans) expect(postgresProcessesFor(dataDir)).not.toContain(pid);
      await next.stop();
      expect(postgresProcessesFor(dataDir)).toEqual([]);
    },
  );
});
