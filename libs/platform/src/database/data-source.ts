import { DataSource, QueryFailedError, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Pool } from 'pg';
import { MIGRATIONS } from './migrations/index.js';
import { POOL_TYPES } from './timestamptz.js';

export interface DataSourceOptions {
  url: string;
  entities: EntityTarget<ObjectLiteral>[];
  /** Connection pool size. */
  poolSize?: number;
  logging?: boolean;
}

/** The TypeORM data source. Schema changes come only from migrations, never from `synchronize`. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities as never,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.logging ? ['error', 'warn', 'migration'] : false,
    extra: { max: options.poolSize ?? 10, application_name: 'expert-service', types: POOL_TYPES },
  });
}

/** Opens the data source and brings the schema up to date. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  return dataSource;
}

/**
 * A read straight on the data source's pool, outside any transaction: the rows as pg parses them. For the reads
 * every request makes (the session, a board's rows and counts, the regions and organisations of a page):
 * DataSource.query builds a query runner and broadcasts before/after events for each statement, which cost more
 * than these small reads themselves (bench:board). A failure is TypeORM's QueryFailedError, as DataSource.query's.
 */
export async function readRows<T>(db: DataSource, text: string, values: unknown[] = []): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query(text, values)).rows as T[];
  } catch (err) {
    throw err instanceof Error && 'severity' in err ? new QueryFailedError(text, values, err) : err;
  }
}

/**
 * Resolves once a statement just started has gone to the database: TypeORM's query runner and pg's pool send it
 * only after a tick, so CPU work begun at once (the next statement's segmentation) would run before it, not beside.
 * The caller awaits `statement` later; a failure that arrives meanwhile is not reported as unhandled.
 */
export function sent(statement: Promise<unknown>): Promise<void> {
  statement.catch(() => {});
  return new Promise((resolve) => setImmediate(resolve));
}

/** The PostgreSQL error codes the services translate into people's words. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_EXCLUSION_VIOLATION = '23P01';

export function pgErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e?.driverError?.code ?? e?.code;
}

export function pgConstraint(err: unknown): string | undefined {
  const e = err as { constraint?: string; driverError?: { constraint?: string } };
  return e?.driverError?.constraint ?? e?.constraint;
}

/** Errors that mean "the connection to PostgreSQL went away", not a bug in the query. */
export function isConnectionLoss(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return (
    code.startsWith('57P') ||
    ['ECONNRESET', 'ECONNREFUSED', 'EPIPE'].includes(code) ||
    /Connection terminated/i.test(String((err as Error)?.message))
  );
}
