// One PostgreSQL for the whole test run: the embedded one (nothing installed) or DATABASE_URL's server.
// A template database holds the migrated schema and the regions; each suite clones it in milliseconds.
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { EmbeddedDatabase, openDatabase } from '@app/platform';
import { ENTITIES, RegionEntity, loadDivisions } from '@app/core';

export const TEMPLATE_DB = 'es_test_template';

let embedded: EmbeddedDatabase | null = null;
let runDir: string | null = null;

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = '/' + db;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    // A cluster per run, so parallel runs (two terminals, CI steps) never share or stop each other's server.
    runDir = path.resolve('.test-data', `run-${process.pid}`);
    embedded = new EmbeddedDatabase({ dataDir: runDir, database: 'postgres' });
    await embedded.start();
    adminUrl = embedded.urlFor('postgres');
  }
  try {
    await prepareTemplate(adminUrl);
  } catch (err) {
    await embedded?.stop();
    if (runDir) rmSync(runDir, { recursive: true, force: true });
    throw err;
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgEngine', embedded ? 'embedded' : 'server');

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const clones = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'es_test_%'`);
    for (const row of clones.rows) await c.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await c.end();
    await embedded?.stop();
    if (runDir) rmSync(runDir, { recursive: true, force: true });
  };
}

async function prepareTemplate(adminUrl: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Clones left by an interrupted earlier run would only take space.
  const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'es_test_%'`);
  for (const row of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();

  const ds = await openDatabase({ url: withDatabase(adminUrl, TEMPLATE_DB), entities: ENTITIES });
  const rows = loadDivisions();
  for (let i = 0; i < rows.length; i += 1000)
    await ds.getRepository(RegionEntity).insert(rows.slice(i, i + 1000));
  await ds.destroy();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgEngine: 'embedded' | 'server';
  }
}
