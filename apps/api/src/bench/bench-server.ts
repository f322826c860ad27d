// The PostgreSQL a benchmark runs against: DATABASE_URL's server, or a temporary embedded one it stops again.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedDatabase, loadConfig } from '@app/platform';

export interface Server {
  kind: 'DATABASE_URL' | 'embedded';
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function openServer(prefix: string, note: (line: string) => void): Promise<Server> {
  const external = loadConfig().databaseUrl;
  if (external) {
    const urlFor = (database: string) => {
      const u = new URL(external);
      u.pathname = '/' + database;
      return u.toString();
    };
    return { kind: 'DATABASE_URL', adminUrl: external, urlFor, stop: async () => {} };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const embedded = new EmbeddedDatabase({ dataDir, log: note });
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    await embedded.start();
  } catch (err) {
    await embedded.stop().catch(() => {});
    remove();
    throw err;
  }
  return {
    kind: 'embedded',
    adminUrl: embedded.urlFor('postgres'),
    urlFor: (database) => embedded.urlFor(database),
    stop: async () => {
      await embedded.stop();
      remove();
    },
  };
}

/** Runs `fn` with a connection of its own, closed afterwards. */
export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
  applicationName = 'bench',
): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Drops the databases a run created (newest first; `created` is read when this runs, so it may grow and shrink
 * meanwhile) and stops the server, once: when the returned function is called (a run's `finally`), or on
 * SIGINT/SIGTERM, which then exit with 130. Every bench ends this way, so an interrupted run leaves no database
 * and no embedded PostgreSQL behind. A database already dropped is skipped (`IF EXISTS`).
 */
export function dropOnExit(
  server: Server,
  created: readonly string[],
  note: (line: string) => void = () => {},
): () => Promise<void> {
  let done: Promise<void> | null = null;
  const cleanup = () =>
    (done ??= (async () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      for (const name of [...created].reverse()) {
        await withClient(
          server.adminUrl,
          (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
          'bench-cleanup',
        ).catch((err: unknown) => note(`could not drop ${name}: ${String(err)}`));
      }
      await server.stop().catch((err: unknown) => note(`could not stop PostgreSQL: ${String(err)}`));
    })());
  const onSignal = () => {
    note('interrupted: dropping the benchmark databases and stopping PostgreSQL');
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return cleanup;
}
