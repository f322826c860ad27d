// Opens what the process owns before Nest starts: PostgreSQL (embedded when DATABASE_URL is unset), the
// schema migrations, the job queue and the signing secret. `close()` releases them in reverse order and
// is safe to call from several shutdown paths.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  EmbeddedDatabase,
  MeilisearchExpertSearchEngine,
  PostgresExpertSearchEngine,
  openDatabase,
  type AppConfig,
  type ExpertSearchEngine,
} from '@app/platform';
import type { CoreRuntime } from '../core.module.js';
import { ENTITIES } from '../entities.js';
import { AppJobQueue } from '../jobs/job-map.js';

export interface Runtime extends CoreRuntime {
  databaseUrl: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

export interface OpenRuntimeOptions {
  log?: (line: string) => void;
  queueName?: string;
  /** Meilisearch index name; tests use their own. */
  searchIndexName?: string;
  /** A search with words counts at most this many experts (default 10,000); tests use a small one. */
  searchCountCap?: number;
}

/** JWT_SECRET, or a secret generated once and kept in DATA_DIR so sign-ins survive a restart. */
export function jwtSecretFor(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function openRuntime(config: AppConfig, options: OpenRuntimeOptions = {}): Promise<Runtime> {
  const log = options.log ?? (() => {});
  let embedded: EmbeddedDatabase | null = null;
  let dataSource: DataSource | null = null;
  let queue: AppJobQueue | null = null;
  const close = async () => {
    await queue?.close().catch(() => {});
    queue = null;
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => {});
    dataSource = null;
    await embedded?.stop();
  };
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      embedded = new EmbeddedDatabase({ dataDir: config.dataDir, log });
      databaseUrl = await embedded.start();
    }
    dataSource = await openDatabase({ url: databaseUrl, entities: ENTITIES });
    log('Database schema is up to date');
    queue = new AppJobQueue({ redisUrl: config.redisUrl, databaseUrl, queueName: options.queueName });
    await queue.ready();
    const searchEngine: ExpertSearchEngine = config.meiliHost
      ? new MeilisearchExpertSearchEngine({
          host: config.meiliHost,
          apiKey: config.meiliApiKey ?? undefined,
          indexName: options.searchIndexName,
          countCap: options.searchCountCap,
        })
      : new PostgresExpertSearchEngine(dataSource, { countCap: options.searchCountCap });
    try {
      await searchEngine.prepare();
    } catch (err) {
      // Meilisearch may come up after the app: changes wait in the outbox until it answers.
      log(`Search engine ${searchEngine.name} is not ready yet: ${(err as Error).message}`);
    }
    return {
      config,
      dataSource,
      queue,
      jwtSecret: jwtSecretFor(config),
      searchEngine,
      databaseUrl,
      embedded,
      close,
    };
  } catch (err) {
    // Never leave a PostgreSQL process behind when start-up fails half-way.
    await close();
    throw err;
  }
}
