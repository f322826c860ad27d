import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

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
    extra: { max: options.poolSize ?? 10, application_name: 'expert-service' },
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
