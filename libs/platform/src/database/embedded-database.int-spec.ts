import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresProcessesFor } from '../../../../test/support/processes.js';
import { EmbeddedDatabase } from './embedded-database.js';

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

  it('stops a server left running by a process that died, then starts its own', async () => {
    const orphan = new EmbeddedDatabase({ dataDir });
    await orphan.start();
    const orphanPids = postgresProcessesFor(dataDir);
    expect(orphanPids.length).toBeGreaterThan(0);
    // A second start on the same cluster (as after `kill -9` of the first node process).
    const next = new EmbeddedDatabase({ dataDir });
    const url = await next.start();
    expect(await query(url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await next.stop();
    await orphan.stop();
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });
});
