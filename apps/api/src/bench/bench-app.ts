// The databases and the application a bench opens, as the CLI opens them: fresh databases named after the bench
// (cloned from a template holding the regions), each dropped again, and the core module on one of them.
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@app/platform';
import { CoreModule, RegionService, openRuntime, type CoreRuntime, type Runtime } from '@app/core';
import { withClient, type Server } from './bench-server.js';

@Module({})
class BenchModule {
  static forRoot(runtime: CoreRuntime): DynamicModule {
    return { module: BenchModule, imports: [CoreModule.forRoot(runtime)] };
  }
}

export interface BenchApp {
  runtime: Runtime;
  ctx: INestApplicationContext;
  close(): Promise<void>;
}

/** `kind` names the bench in database names and client tags (`bench_<kind>_<pid>_<random>`). */
export function benchApps(kind: string) {
  const prefix = `bench_${kind}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const created: string[] = [];
  const tag = `bench-${kind}`;

  async function createDatabase(server: Server, name: string, template?: string): Promise<string> {
    await withClient(
      server.adminUrl,
      (c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`),
      tag,
    );
    created.push(name);
    return server.urlFor(name);
  }

  async function dropDatabase(server: Server, name: string): Promise<void> {
    await withClient(server.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), tag);
    const at = created.indexOf(name);
    if (at >= 0) created.splice(at, 1);
  }

  async function openApp(databaseUrl: string): Promise<BenchApp> {
    // The PostgreSQL engine is what the benches measure: MEILI_HOST is ignored here.
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEILI_HOST: '',
      DEMO_DATA: 'false',
    });
    const runtime = await openRuntime(config, { queueName: `${prefix}_jobs`, log: () => {} });
    let ctx: INestApplicationContext;
    try {
      ctx = await NestFactory.createApplicationContext(BenchModule.forRoot(runtime), {
        logger: ['error', 'warn'],
      });
    } catch (err) {
      await runtime.close();
      throw err;
    }
    return {
      runtime,
      ctx,
      close: async () => {
        if (runtime.queue.backend === 'redis') await runtime.queue.obliterate().catch(() => {});
        await ctx.close().catch(() => {});
        await runtime.close();
      },
    };
  }

  /** A migrated database with the regions loaded, for the sizes to clone. */
  async function createTemplate(server: Server): Promise<string> {
    const name = `${prefix}_template`;
    const app = await openApp(await createDatabase(server, name));
    try {
      await app.ctx.get(RegionService).loadIfEmpty();
    } finally {
      await app.close();
    }
    return name;
  }

  return { prefix, created, createDatabase, dropDatabase, openApp, createTemplate };
}
