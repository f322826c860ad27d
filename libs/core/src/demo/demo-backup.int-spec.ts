// Backup and restore (npm run cli -- backup/restore) round-trip the demo database: every table's row count and
// checksum and every sequence are the same after a restore into another database, a restore replaces rows that
// differ, and a truncated file or a database on another schema version is refused with nothing changed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BackupError,
  backupDatabase,
  restoreDatabase,
  tableFingerprints,
  type BackupSummary,
} from '@app/platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';

let t: TestApp;
let target: TestDatabase;
let dir: string;
let file: string;
let before: Awaited<ReturnType<typeof tableFingerprints>>;
let summary: BackupSummary;

async function sql<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

async function sequences(url: string): Promise<Record<string, string | null>> {
  const rows = await sql<{ name: string; value: string | null }>(
    url,
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

beforeAll(async () => {
  // No workers: nothing writes while the fingerprints and the backup are taken.
  t = await startTestApp({ demo: true, workers: false });
  target = await createTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'es-backup-'));
  file = path.join(dir, 'demo.backup.gz');
  before = await tableFingerprints(t.db.url);
  summary = await backupDatabase(t.db.url, file);
});

afterAll(async () => {
  await t?.close();
  await target?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore of the demo database', () => {
  it('writes every table of the demo, with its rows', () => {
    const rows = Object.fromEntries(summary.tables.map((x) => [x.name, x.rows]));
    expect(rows.experts).toBe(300);
    expect(rows.demands).toBeGreaterThan(40);
    expect(rows.accounts).toBeGreaterThan(5);
    expect(rows.regions).toBeGreaterThan(3000);
    expect(Object.keys(rows).sort()).toEqual(Object.keys(before).sort());
    for (const x of summary.tables) expect(x.rows, x.name).toBe(before[x.name]!.rows);
    expect(summary.migrations.length).toBeGreaterThan(5);
  });

  it('restores into another database: every table has the same rows and checksum, every sequence its value', async () => {
    const restored = await restoreDatabase(target.url, file);
    expect(restored.tables.map((x) => x.rows)).toEqual(summary.tables.map((x) => x.rows));
    expect(await tableFingerprints(target.url)).toEqual(before);
    expect(await sequences(target.url)).toEqual(await sequences(t.db.url));
  });

  it('replaces rows that changed since the backup', async () => {
    await sql(target.url, `DELETE FROM notifications`);
    await sql(
      target.url,
      `UPDATE experts SET name = '改名' WHERE name IN (SELECT name FROM experts LIMIT 3)`,
    );
    expect(await tableFingerprints(target.url)).not.toEqual(before);
    await restoreDatabase(target.url, file);
    expect(await tableFingerprints(target.url)).toEqual(before);
  });

  it('refuses a truncated file and leaves the database as it was', async () => {
    await sql(target.url, `UPDATE experts SET name = '恢复前' WHERE phone = '13816620417'`);
    const changed = await tableFingerprints(target.url);
    const text = gunzipSync(readFileSync(file));
    const cut = path.join(dir, 'cut.backup.gz');
    writeFileSync(cut, gzipSync(text.subarray(0, Math.floor(text.length * 0.6))));
    await expect(restoreDatabase(target.url, cut)).rejects.toThrow(/不完整|COPY/);
    expect(await tableFingerprints(target.url)).toEqual(changed);
  });

  it("restores as the tables' owner without superuser rights: the kept counts are not counted twice", async () => {
    // A managed server gives the application an owner account, not a superuser: session_replication_role is
    // refused, so the triggers that keep counts (demands per status, facet deltas, batch years …) would fire on
    // the restored rows and the counts' own rows would come back from the file as well.
    const other = await createTestDatabase();
    const role = `es_owner_${randomBytes(4).toString('hex')}`;
    try {
      await sql(other.url, `CREATE ROLE ${role} LOGIN PASSWORD '${role}' NOSUPERUSER`);
      await sql(
        other.url,
        `DO $$ DECLARE r record; BEGIN
           FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
             EXECUTE format('ALTER TABLE %I OWNER TO ${role}', r.tablename);
           END LOOP;
           FOR r IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
             EXECUTE format('ALTER SEQUENCE %I OWNER TO ${role}', r.sequencename);
           END LOOP;
         END $$`,
      );
      const owner = new URL(other.url);
      owner.username = role;
      owner.password = role;
      const [who] = await sql<{ superuser: boolean }>(
        owner.toString(),
        `SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      );
      expect(who!.superuser).toBe(false);
      await restoreDatabase(owner.toString(), file);
      expect(await tableFingerprints(other.url)).toEqual(before);
      // The triggers are on again: a new demand is counted.
      const [{ enabled }] = await sql<{ enabled: number }>(
        other.url,
        `SELECT count(*)::int AS enabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          WHERE c.relname = 'demands' AND NOT t.tgisinternal AND t.tgenabled = 'O'`,
      );
      expect(enabled).toBeGreaterThan(0);
    } finally {
      await other.drop();
      await sql(t.db.url, `DROP ROLE IF EXISTS ${role}`);
    }
  });

  it('refuses a database on another schema version', async () => {
    const other = await createTestDatabase();
    try {
      await sql(
        other.url,
        `DELETE FROM schema_migrations WHERE id = (SELECT max(id) FROM schema_migrations)`,
      );
      const err = await restoreDatabase(other.url, file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as Error).message).toMatch(/结构版本不同/);
    } finally {
      await other.drop();
    }
  });
});
