// Databases for `npm run bench:match`: the PostgreSQL server (DATABASE_URL's, or a temporary embedded one), a
// migrated template with the regions, the application context as the CLI opens it, and the rows the benchmark
// needs — the judged set (units, employers, experts with their hard-rule states, assignments, demands) or a
// synthetic library of any size with the judged demands.
import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  dropOnExit as dropCreatedOnExit,
  openServer as openBenchServer,
  withClient as withBenchClient,
  type Server,
} from './bench-server.js';
import { ManualClock, loadConfig, copyFromStdin } from '@app/platform';
import {
  CoreModule,
  RegionService,
  SearchIndexService,
  openRuntime,
  type CoreRuntime,
  type Runtime,
} from '@app/core';
import type { JudgedDemand, JudgedSet, JudgedUnit } from './match-judged.js';
import type { SyntheticExpert } from './synthetic-experts.js';
import { EXPERT_COLUMNS, expertsCopyText, insertEmployers } from './synthetic-rows.js';

export const note = (line: string) => console.error(`[bench:match] ${line}`);

/** The benchmark's "now": early 2027, before every wanted period of the judged demands. */
export const BENCH_NOW = new Date('2027-01-15T02:00:00Z');

/** 对口帮扶 as the demo has it: Shanghai serves partner prefectures in Yunnan and counties of Kashgar. */
export const PARTNERS = ['532600', '532500', '530800', '653125', '653126', '653124', '653130'];

@Module({})
class BenchModule {
  static forRoot(runtime: CoreRuntime): DynamicModule {
    return { module: BenchModule, imports: [CoreModule.forRoot(runtime)] };
  }
}

export type { Server } from './bench-server.js';
export const openServer = () => openBenchServer('bench-match-', note);

export const withClient = <T>(url: string, fn: (client: pg.Client) => Promise<T>) =>
  withBenchClient(url, fn, 'bench-match');

const prefix = `bench_match_${process.pid}_${randomBytes(3).toString('hex')}`;
const created: string[] = [];

export async function createDatabase(
  server: Server,
  suffix: string,
  template?: string,
): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${suffix}`;
  await withClient(server.adminUrl, (c) =>
    c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`),
  );
  created.push(name);
  return { name, url: server.urlFor(name) };
}

export async function dropDatabase(server: Server, name: string): Promise<void> {
  await withClient(server.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const at = created.indexOf(name);
  if (at >= 0) created.splice(at, 1);
}

/** Drops whatever this run created and stops the server: at the end of the run, or on a signal (bench-server.ts). */
export const dropOnExit = (server: Server) => dropCreatedOnExit(server, created, note);

export interface App {
  runtime: Runtime;
  ctx: INestApplicationContext;
  close(): Promise<void>;
}

export async function openApp(databaseUrl: string): Promise<App> {
  // The PostgreSQL engine is what this benchmark measures: MEILI_HOST is ignored here.
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEILI_HOST: '',
    DEMO_DATA: 'false',
  });
  const runtime = await openRuntime(config, { queueName: `${prefix}_jobs`, log: () => {} });
  let ctx: INestApplicationContext;
  try {
    ctx = await NestFactory.createApplicationContext(
      BenchModule.forRoot({ ...runtime, clock: new ManualClock(BENCH_NOW) }),
      { logger: ['error', 'warn'] },
    );
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

/** A migrated database with the GB/T 2260 regions and Shanghai's partnerships. */
export async function createTemplate(server: Server): Promise<string> {
  const { name, url } = await createDatabase(server, 'template');
  const app = await openApp(url);
  try {
    await app.ctx.get(RegionService).loadIfEmpty();
    await app.runtime.dataSource.query(
      `INSERT INTO region_partnerships (serving_code, served_code) SELECT '310000', unnest($1::text[]) ON CONFLICT DO NOTHING`,
      [PARTNERS],
    );
  } finally {
    await app.close();
  }
  return name;
}

// ---------------------------------------------------------------------------------------------------------
// Rows

/**
 * The same id for the same key in every run: the matcher orders equal scores by id, so random ids would make the
 * figures of two runs differ where irrelevant experts tie.
 */
export function stableId(kind: string, key: string): string {
  const h = createHash('sha1').update(`${kind}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The demanding units, as organisations of kind UNIT. */
export async function insertUnits(
  client: pg.Client,
  units: readonly JudgedUnit[],
): Promise<Map<string, string>> {
  const ids = new Map(units.map((u) => [u.key, stableId('unit', u.key)]));
  await client.query(
    `INSERT INTO organizations (id, name, kind, region_code) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [
      units.map((u) => ids.get(u.key)),
      units.map((u) => u.name),
      units.map(() => 'UNIT'),
      units.map((u) => u.regionCode),
    ],
  );
  return ids;
}

/** The judged demands, ACCEPTED, each with its unit. */
export async function insertDemands(
  client: pg.Client,
  demands: readonly JudgedDemand[],
  units: Map<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map(demands.map((d) => [d.key, stableId('demand', d.key)]));
  await client.query(
    `INSERT INTO demands (id, code, title, description, fields, service_forms, status, region_code, organization_id, experts_wanted,
                          min_title_level, start_date, end_date, expected_days, open_to_volunteers)
     SELECT r.id, r.code, r.title, r.description, r.fields, '{TECH_GUIDANCE}', 'ACCEPTED', r.region, r.org, r.wanted, r.min, r.start, r.end, r.days, false
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, code text, title text, description text, fields text[], region text, org uuid,
                                                wanted int, min text, start date, "end" date, days int)`,
    [
      JSON.stringify(
        demands.map((d, i) => ({
          id: ids.get(d.key),
          code: `XQ-2027-${d.regionCode}-${String(i + 1).padStart(4, '0')}`,
          title: d.title,
          description: d.description,
          fields: d.fields,
          region: d.regionCode,
          org: units.get(d.unit),
          wanted: d.expertsWanted,
          min: d.minTitleLevel,
          start: d.startDate,
          end: d.endDate,
          days: d.expectedDays,
        })),
      ),
    ],
  );
  return ids;
}

export interface LoadedJudgedSet {
  experts: Map<string, string>;
  demands: Map<string, string>;
}

/** The judged set in a fresh database: units, employers, experts (status, cap), assignments, demands; indexed. */
export async function loadJudgedSetInto(app: App, url: string, set: JudgedSet): Promise<LoadedJudgedSet> {
  const loaded = await withClient(url, async (client) => {
    const units = await insertUnits(client, set.units);
    const employers = await insertEmployers(client, set.experts, employerId);
    const experts = new Map(set.experts.map((e) => [e.key, stableId('expert', e.key)]));
    await client.query(
      `INSERT INTO experts (id, name, employer_id, title, title_level, fields, specialties, honours, region_code, source, status, annual_cap_days)
       SELECT r.id, r.name, r.employer, r.title, r.level, r.fields, r.specialties, r.honours, r.region, 'LOCAL', r.status, r.cap
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, employer uuid, title text, level text, fields text[], specialties text,
                                                  honours text[], region text, status text, cap int)`,
      [
        JSON.stringify(
          set.experts.map((e) => ({
            id: experts.get(e.key),
            name: e.name,
            employer: employers.get(e.employer),
            title: e.title,
            level: e.titleLevel,
            fields: e.fields,
            specialties: e.specialties,
            honours: e.honours,
            region: e.regionCode,
            status: e.status ?? 'ACTIVE',
            cap: e.annualCapDays ?? 60,
          })),
        ),
      ],
    );
    for (const a of set.assignments) {
      const expertId = experts.get(a.expert);
      const { rows } = await client.query(
        `INSERT INTO teams (name, level, lead_expert_id, start_date, end_date) VALUES ($1, 'MUNICIPAL', $2, $3, $4) RETURNING id`,
        [a.team, expertId, a.startDate, a.endDate],
      );
      await client.query(
        `INSERT INTO assignments (team_id, expert_id, role, status, period) VALUES ($1, $2, 'LEAD', $3, daterange($4::date, $5::date, '[]'))`,
        [rows[0].id, expertId, a.status, a.startDate, a.endDate],
      );
    }
    const demands = await insertDemands(client, set.demands, units);
    return { experts, demands };
  });
  await app.ctx.get(SearchIndexService).reindex();
  return loaded;
}

/** Synthetic experts by `COPY experts FROM STDIN` (employers first), not yet indexed. */
export async function copySyntheticExperts(
  client: pg.Client,
  experts: readonly SyntheticExpert[],
): Promise<void> {
  const employers = await insertEmployers(client, experts, employerId);
  await copyFromStdin(
    client,
    `COPY experts (${EXPERT_COLUMNS.join(', ')}) FROM STDIN`,
    expertsCopyText(experts, employers),
  );
}

const employerId = (name: string) => stableId('employer', name);

/** A synthetic library by `COPY experts FROM STDIN`, with the judged units and demands; indexed. */
export async function loadSyntheticInto(
  app: App,
  url: string,
  experts: readonly SyntheticExpert[],
  set: JudgedSet,
): Promise<Map<string, string>> {
  const demands = await withClient(url, async (client) => {
    await copySyntheticExperts(client, experts);
    const units = await insertUnits(client, set.units);
    return insertDemands(client, set.demands, units);
  });
  await app.ctx.get(SearchIndexService).reindex();
  await app.runtime.dataSource.query('ANALYZE');
  return demands;
}
