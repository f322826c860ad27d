import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDataSource, openDatabase } from './data-source.js';

const adminUrl = inject('pgAdminUrl');
const name = `es_test_empty_${randomBytes(4).toString('hex')}`;
const url = (() => {
  const u = new URL(adminUrl);
  u.pathname = '/' + name;
  return u.toString();
})();

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

describe('migrations', () => {
  it('build the schema on an empty database, are recorded, and run only once', async () => {
    await admin(`CREATE DATABASE ${name}`);
    const ds = await openDatabase({ url, entities: [] });
    const tables = (
      await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'accounts',
        'audit_log',
        'demand_history',
        'demands',
        'experts',
        'notifications',
        'organizations',
        'regions',
        'schema_migrations',
      ]),
    );
    const applied = await ds.query(`SELECT name FROM schema_migrations`);
    expect(applied.length).toBeGreaterThan(0);
    expect(await ds.showMigrations()).toBe(false);
    await ds.destroy();

    // A second start finds nothing to do.
    const again = await openDatabase({ url, entities: [] });
    expect((await again.query(`SELECT count(*)::int AS n FROM schema_migrations`))[0].n).toBe(applied.length);
    await again.destroy();
  });

  it('enforce rules in the database itself', async () => {
    const ds = createDataSource({ url, entities: [] });
    await ds.initialize();
    await ds.query(`INSERT INTO regions (code, name, level) VALUES ('310000', '上海市', 'PROVINCE')`);
    await expect(
      ds.query(`INSERT INTO regions (code, name, level) VALUES ('31', '坏代码', 'PROVINCE')`),
    ).rejects.toThrow(/check/i);
    // A LOCAL account without a region is impossible.
    await expect(
      ds.query(
        `INSERT INTO accounts (username, display_name, password_hash, role) VALUES ('x1', 'x', 'h', 'LOCAL')`,
      ),
    ).rejects.toThrow(/accounts_scope_ck/);
    // Usernames are unique regardless of case.
    await ds.query(
      `INSERT INTO accounts (username, display_name, password_hash, role) VALUES ('Admin2', 'x', 'h', 'ADMIN')`,
    );
    await expect(
      ds.query(
        `INSERT INTO accounts (username, display_name, password_hash, role) VALUES ('admin2', 'x', 'h', 'ADMIN')`,
      ),
    ).rejects.toThrow(/accounts_username_uq/);
    await ds.destroy();
  });

  it('can be reverted', async () => {
    const ds = createDataSource({ url, entities: [] });
    await ds.initialize();
    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration();
    const left = await ds.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'accounts'`,
    );
    expect(left[0].n).toBe(0);
    await ds.destroy();
  });
});
