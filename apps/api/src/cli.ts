// Command-line tasks: `npm run cli -- <command>`. They use the same configuration as the server
// (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR — stop `npm start` first, it owns that cluster).
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, SYSTEM_ACTOR } from '@app/domain';
import {
  BackupError,
  ConfigError,
  EmbeddedDatabase,
  backupDatabase,
  loadConfig,
  openDatabase,
  restoreDatabase,
  tableFingerprints,
  type BackupSummary,
} from '@app/platform';
import {
  CoreModule,
  ENTITIES,
  ExpertImportService,
  SearchIndexService,
  SearchFacetsService,
  openRuntime,
  type CoreRuntime,
  type Runtime,
} from '@app/core';
import { buildSchemaText } from './schema.js';
import { repoRoot } from './paths.js';

@Module({})
class CliModule {
  static forRoot(runtime: CoreRuntime): DynamicModule {
    return { module: CliModule, imports: [CoreModule.forRoot(runtime)] };
  }
}

const USAGE = `Commands:
  migrate                    bring the database schema up to date and exit (a deployment's migration Job)
  print-schema [file]        write the GraphQL schema (default: schema.gql)
  import-experts FILE        import an expert list (.xlsx or .csv) and print the report
  reindex                    rebuild the expert search index from the database
  backup FILE                write a logical backup of the database (gzip) to FILE
  restore FILE               replace the database's data with FILE's (schema migrated first; one transaction)
  checksums                  print every table's row count and md5 (compare a restore drill with its source)`;

/**
 * The configured database, migrated as at start-up: DATABASE_URL's, or the embedded one in DATA_DIR. A backup may
 * run while `npm start` owns the embedded cluster (it then connects to that server); a restore may not.
 */
async function withDatabaseUrl<T>(whileRunning: boolean, fn: (url: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  try {
    let url = config.databaseUrl;
    if (!url) {
      embedded = new EmbeddedDatabase({ dataDir: config.dataDir, log: (l) => console.error(l) });
      try {
        url = await embedded.start();
      } catch (err) {
        embedded = null;
        if (!whileRunning || !/in use by another running instance/.test(String((err as Error).message)))
          throw err;
        const info = JSON.parse(readFileSync(path.join(config.dataDir, 'postgres.json'), 'utf8')) as {
          port: number;
          password: string;
        };
        url = `postgres://postgres:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/expert_service`;
      }
    }
    await (await openDatabase({ url, entities: ENTITIES })).destroy();
    return await fn(url);
  } finally {
    await embedded?.stop();
  }
}

function printSummary(verb: string, file: string, s: BackupSummary): void {
  const rows = s.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `${verb} ${file}: ${s.tables.length} tables, ${rows} rows, ${s.migrations.length} migrations (backup of ${s.createdAt})`,
  );
  for (const t of s.tables) if (t.rows) console.log(`  ${t.name.padEnd(32)} ${t.rows}`);
}

async function withCore<T>(
  fn: (ctx: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  let runtime: Runtime | null = null;
  try {
    runtime = await openRuntime(config, { log: (l) => console.error(l) });
    const ctx = await NestFactory.createApplicationContext(CliModule.forRoot(runtime), {
      logger: ['error', 'warn'],
    });
    try {
      return await fn(ctx);
    } finally {
      await ctx.close();
    }
  } finally {
    await runtime?.close();
  }
}

async function main(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case 'print-schema': {
      const file = args[0] ?? path.join(repoRoot(), 'schema.gql');
      writeFileSync(file, await buildSchemaText());
      console.log(`Wrote ${file}`);
      return 0;
    }
    case 'import-experts': {
      const file = args[0];
      if (!file) {
        console.error('Usage: npm run cli -- import-experts FILE.xlsx|FILE.csv');
        return 2;
      }
      const content = readFileSync(file);
      return withCore(async (ctx) => {
        const imports = ctx.get(ExpertImportService);
        const job = await imports.start(SYSTEM_ACTOR, path.basename(file), content);
        await imports.run(job.id, async () => SYSTEM_ACTOR);
        const done = await imports.job(SYSTEM_ACTOR, job.id);
        await ctx.get(SearchIndexService).sync();
        console.log(
          `created ${done.created}, updated ${done.updated}, unchanged ${done.unchanged}, rejected ${done.rejected.length}`,
        );
        for (const r of done.rejected.slice(0, 200)) console.log(`  row ${r.row}: ${r.reason}`);
        if (done.rejected.length > 200) console.log(`  … and ${done.rejected.length - 200} more`);
        // A clerk's script should notice rejected rows: exit 1 unless every row went in.
        return done.status === 'SUCCEEDED' && done.rejected.length === 0 ? 0 : 1;
      });
    }
    case 'migrate':
      return withDatabaseUrl(false, async () => {
        console.log('Database schema is up to date');
        return 0;
      });
    case 'reindex':
      return withCore(async (ctx) => {
        const started = Date.now();
        const n = await ctx.get(SearchIndexService).reindex();
        await ctx.get(SearchFacetsService).refresh();
        console.log(`Indexed ${n} experts in ${Date.now() - started} ms`);
        return 0;
      });
    case 'backup':
    case 'restore': {
      const file = args[0];
      if (!file) {
        console.error(`Usage: npm run cli -- ${command} FILE`);
        return 2;
      }
      if (command === 'backup') {
        const summary = await withDatabaseUrl(true, (url) => backupDatabase(url, path.resolve(file)));
        printSummary('Backed up to', file, summary);
        return 0;
      }
      const summary = await withDatabaseUrl(false, (url) => restoreDatabase(url, path.resolve(file)));
      printSummary('Restored from', file, summary);
      // The PostgreSQL search engine's index is in the database; Meilisearch has to be rebuilt from it.
      if (loadConfig().meiliHost)
        await withCore(async (ctx) =>
          console.log(`Reindexed ${await ctx.get(SearchIndexService).reindex()} experts`),
        );
      return 0;
    }
    case 'checksums': {
      const sums = await withDatabaseUrl(true, (url) => tableFingerprints(url));
      for (const [name, t] of Object.entries(sums))
        console.log(`${name.padEnd(32)} ${String(t.rows).padStart(9)}  ${t.md5}`);
      return 0;
    }
    default:
      console.error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
      return 2;
  }
}

const [command, ...args] = process.argv.slice(2);
try {
  process.exitCode = await main(command, args);
} catch (err) {
  if (err instanceof ConfigError || err instanceof AppError || err instanceof BackupError) {
    console.error(err.message);
    process.exitCode = 1;
  } else throw err;
}
