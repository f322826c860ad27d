// The region scopes rewritten in issue #15 item 4 (matching, intake, expert batches, teams, to-dos, service bases,
// organisations, registrations, accounts) return exactly what the `LIKE ANY` statements returned: on a national
// fixture (the bench's seed at a small size, plus accounts, registrations, bases, applications and declined places
// over every county), each repository method against the old statement (pre-scale-statements.ts) for the whole
// country, a province, a city, a county, several prefixes, overlapping prefixes and an empty scope. Also: every
// table these read has a region index the new condition ranges over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';
import { seedNationalFixture, sortedRows } from '../testing/national-fixture.js';
import { PRE_SCOPE_STATEMENTS as OLD } from '../testing/pre-scale-statements.js';
import { MatchRepository } from '../matching/match.repository.js';
import { DemandIntakeRepository, containsPattern } from '../demands/demand-intake.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { TeamRepository, type TeamScope } from '../dispatch/team.repository.js';
import { TodoRepository } from '../home/todo.repository.js';
import { ProgrammeBaseRepository } from '../programme/programme-base.repository.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { OnboardingRepository } from '../onboarding/onboarding.repository.js';
import { AccountRepository } from '../accounts/account.repository.js';
import { regionScopeSql } from './region-scope-sql.js';

let t: TestApp;
let db: DataSource;

type Scope = string[] | null;
const SCOPES: Scope[] = [
  null,
  ['51%'],
  ['5101%'],
  ['510104%'],
  ['31%', '5326%', '653125%'],
  ['44%', '5326%', '653125%'],
  ['5101%', '51%'],
  [],
];
const ALL = 1_000_000;

/** Rows in a stable order, for statements whose order has ties. */
const sorted = sortedRows;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
/** The most rows each old statement returned per scope: the comparisons must be over rows, and scoped. */
const seen = new Map<string, Map<string, number>>();
const counted = <T extends unknown[]>(name: keyof typeof OLD, scope: Scope, rows: T): T => {
  const of = seen.get(name) ?? new Map<string, number>();
  seen.set(name, of.set(JSON.stringify(scope), Math.max(of.get(JSON.stringify(scope)) ?? 0, rows.length)));
  return rows;
};

beforeAll(async () => {
  t = await startTestApp({ workers: false });
  db = t.runtime.dataSource;
  await seedNationalFixture(db, 3000, async (run) => {
    // Every region level holds accounts (a few without a region: admins), registrations and service bases.
    await run(
      `CREATE TEMP TABLE sr AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, code FROM regions`,
    );
    const [{ nr }] = await run(`SELECT count(*)::int AS nr FROM sr`);
    const [{ org }] = await run(`SELECT id AS org FROM organizations ORDER BY id LIMIT 1`);
    await run(
      `INSERT INTO accounts (username, display_name, password_hash, role, region_code, created_at)
       SELECT 'scope' || i, '账号' || i, 'x', CASE WHEN i % 50 = 0 THEN 'ADMIN' ELSE 'LOCAL' END,
              CASE WHEN i % 50 = 0 THEN NULL ELSE sr.code END, timestamptz '2026-01-01' + i * interval '1 minute'
       FROM generate_series(0, 2999) i JOIN sr ON sr.n = abs(hashint4(i * 17 + 1)) % $1`,
      [nr],
    );
    await run(
      `INSERT INTO unit_registrations (name, credit_code, region_code, contact_name, mobile, username, password_hash,
                                       status, reason, reviewed_at, created_at)
       SELECT '单位' || i, lpad(i::text, 18, '0'), sr.code, '联系人' || i, '139' || lpad(i::text, 8, '0'), 'reg' || i, 'x',
              CASE WHEN i % 3 = 0 THEN 'REJECTED' ELSE 'PENDING' END, CASE WHEN i % 3 = 0 THEN '材料不全' END,
              CASE WHEN i % 3 = 0 THEN now() END, timestamptz '2026-02-01' + i * interval '1 minute'
       FROM generate_series(0, 2999) i JOIN sr ON sr.n = abs(hashint4(i * 19 + 2)) % $1`,
      [nr],
    );
    await run(
      `INSERT INTO programme_bases (name, host_organization_id, level, region_code, year, approved_budget)
       SELECT '服务基地' || lpad(i::text, 5, '0'), $2, 'MUNICIPAL', sr.code, 2024 + i % 3, 100
       FROM generate_series(0, 2999) i JOIN sr ON sr.n = abs(hashint4(i * 23 + 3)) % $1`,
      [nr, org],
    );
    // Applications of a third of the teams, in a region of their own (the scope's second way to a team).
    await run(
      `INSERT INTO programme_calls (year, title, opens_on, closes_on, recommend_by, caps)
       VALUES (2026, '年度申报', '2026-01-01', '2026-02-01', '2026-03-01', '{}')`,
    );
    await run(
      `INSERT INTO programme_call_recommenders (call_id, organization_id) SELECT id, $1 FROM programme_calls`,
      [org],
    );
    await run(
      `INSERT INTO programme_applications (call_id, category, applicant_organization_id, recommender_organization_id,
                                           region_code, budget_cap, form, team_id)
       SELECT c.id, 'MUNICIPAL_TEAM', $2, $2, sr.code, 100, '{}', t.id
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM teams) t
       CROSS JOIN programme_calls c JOIN sr ON sr.n = abs(hashint4(t.i::int * 29 + 4)) % $1
       WHERE t.i % 3 = 0`,
      [nr, org],
    );
    // Declined places: the invited third member of dispatched teams and some members of teams in service.
    await run(
      `UPDATE assignments a SET status = 'DECLINED', reason = '时间冲突', responded_at = a.created_at + interval '1 hour'
       FROM teams t WHERE t.id = a.team_id AND a.role = 'MEMBER'
         AND (a.status = 'INVITED' OR abs(hashint4(hashtext(a.id::text))) % 7 = 0)`,
    );
    await run(`DROP TABLE sr`);
  });
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('the region scopes of item 4 return what their LIKE ANY statements returned', () => {
  it('the experts eligible in a field (matching) and the expert id batches', async () => {
    const match = t.app.get(MatchRepository);
    const experts = t.app.get(ExpertRepository);
    // Every fifth expert by name, not by id, so that the excluded set is the same in every run.
    const [{ excluded }] =
      await db.query(`SELECT array_agg(id ORDER BY id) FILTER (WHERE n % 5 = 0) AS excluded
         FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM experts) e`);
    for (const scope of SCOPES) {
      for (const [field, rank, period] of [
        ['AGRICULTURE', 0, null],
        ['MEDICAL', 2, { startDate: '2026-06-01', endDate: '2026-08-31' }],
      ] as const) {
        for (const limit of [20, ALL]) {
          const now = await match.eligibleInField(
            field,
            { minTitleRank: rank, period, regionPrefixes: scope, exclude: excluded },
            limit,
          );
          const range = period ? `[${period.startDate},${period.endDate}]` : 'empty';
          const before = await db.query(OLD.eligibleInField, [scope, field, rank, excluded, range, limit]);
          expect(now, `${field} ${JSON.stringify(scope)} ${limit}`).toEqual(
            counted('eligibleInField', scope, ids(before)),
          );
        }
      }
      const batches: string[] = [];
      for await (const b of experts.idBatches(500, { regionPrefixes: scope })) batches.push(...b);
      expect(batches, JSON.stringify(scope)).toEqual(
        counted('expertIds', scope, ids(await db.query(OLD.expertIds, [scope]))),
      );
    }
  });

  it('the similar cases of intake: the frequencies and the candidates', async () => {
    const intake = t.app.get(DemandIntakeRepository);
    const statuses = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_SERVICE', 'DELIVERED', 'EVALUATED'] as const;
    for (const scope of SCOPES) {
      for (const forms of [['番茄'], ['养殖', '生猪'], ['教师']]) {
        const patterns = forms.map(containsPattern);
        const freq = await intake.documentFrequencies({ regionPrefixes: scope, statuses }, [forms]);
        const [before] = await db.query(OLD.intakeFrequencies, [scope, statuses, patterns]);
        expect(freq, `${forms} ${JSON.stringify(scope)}`).toEqual({ n: before.n, df: [before.df] });
        for (const limit of [10, ALL]) {
          const now = await intake.candidates({ regionPrefixes: scope, statuses }, forms, limit);
          const rows = await db.query(OLD.intakeCandidates, [scope, statuses, patterns, limit]);
          expect(ids(now)).toEqual(counted('intakeCandidates', scope, ids(rows)));
        }
      }
    }
  });

  it('the teams of a scope: their list, inScope and the teams of demands', async () => {
    const teams = t.app.get(TeamRepository);
    const [{ demandIds }]: { demandIds: string[] }[] = await db.query(
      `SELECT array_agg(demand_id) AS "demandIds" FROM (SELECT demand_id FROM team_demands ORDER BY demand_id LIMIT 200) x`,
    );
    for (const prefixes of SCOPES) {
      const scope: TeamScope = prefixes === null ? { kind: 'ALL' } : { kind: 'REGIONS', prefixes };
      const before: string[] = ids(await db.query(OLD.teams, [prefixes, ALL]));
      const listed = await teams.list(scope, null, ALL);
      expect(ids(listed), JSON.stringify(prefixes)).toEqual(counted('teams', prefixes, before));
      // A team reached only through its application's region is in the scope too.
      if (prefixes?.[0] === '51%') {
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM programme_applications pa JOIN team_demands td ON td.team_id = pa.team_id
             JOIN demands d ON d.id = td.demand_id WHERE pa.region_code LIKE '51%' AND d.region_code NOT LIKE '51%'`,
        );
        expect(n).toBeGreaterThan(0);
      }
      const inside = new Set(before);
      const sample: string[] = ids(await db.query(`SELECT id FROM teams ORDER BY id LIMIT 60`));
      for (const id of sample) expect(await teams.inScope(id, scope)).toBe(inside.has(id));
      const byDemand = await teams.listForDemands(scope, demandIds, 5);
      const served: { demand_id: string; team_id: string }[] = await db.query(
        `SELECT td.demand_id, td.team_id FROM team_demands td WHERE td.demand_id = ANY($1::uuid[])`,
        [demandIds],
      );
      for (const id of demandIds) {
        const expected = served
          .filter((s) => s.demand_id === id && inside.has(s.team_id))
          .map((s) => s.team_id);
        expect(ids(byDemand.get(id) ?? []).sort()).toEqual(expected.sort());
      }
    }
  });

  it('the to-dos of a bureau: demands in a status, declined places, pending registrations', async () => {
    const todos = t.app.get(TodoRepository);
    const now = new Date('2026-12-01T00:00:00Z');
    for (const scope of SCOPES) {
      for (const status of ['SUBMITTED', 'ACCEPTED']) {
        const page = await todos.demands(status, { prefixes: scope }, ALL, now);
        const before = await db.query(OLD.todoDemands, [scope, status, now]);
        expect(page.total).toBe(before.length);
        expect(sorted(page.rows), `${status} ${JSON.stringify(scope)}`).toEqual(
          sorted(counted('todoDemands', scope, before)),
        );
      }
      const declined = await todos.declinedPlaces(scope, ALL);
      const declinedBefore = await db.query(OLD.todoDeclinedPlaces, [scope]);
      expect(declined.total).toBe(declinedBefore.length);
      expect(sorted(declined.rows), JSON.stringify(scope)).toEqual(
        sorted(counted('todoDeclinedPlaces', scope, declinedBefore)),
      );
      const pending = await todos.pendingRegistrations(scope, ALL);
      const pendingBefore = await db.query(OLD.todoRegistrations, [scope]);
      expect(pending?.total).toBe(pendingBefore.length);
      // Registrations have distinct creation times: the same rows in the same order.
      expect(JSON.stringify(pending?.rows)).toEqual(
        JSON.stringify(counted('todoRegistrations', scope, pendingBefore)),
      );
    }
  });

  it('the service bases, organisations, registrations and accounts a bureau lists', async () => {
    const bases = t.app.get(ProgrammeBaseRepository);
    const organizations = t.app.get(OrganizationRepository);
    const onboarding = t.app.get(OnboardingRepository);
    const accounts = t.app.get(AccountRepository);
    const keys: { id: string; key: string }[] = await db.query(
      `SELECT id, region_code || ' ' || name AS key FROM organizations`,
    );
    const keyOf = new Map(keys.map((k) => [k.id, k.key]));
    for (const scope of SCOPES) {
      const label = JSON.stringify(scope);
      const listed = await bases.list(
        scope === null ? { kind: 'ALL' } : { kind: 'REGIONS', prefixes: scope },
      );
      expect(ids(listed), label).toEqual(
        counted('programmeBases', scope, ids(await db.query(OLD.programmeBases, [scope]))),
      );
      for (const limit of [50, ALL]) {
        const orgs = await organizations.search({ regionPrefixes: scope, limit });
        const orgsBefore = await db.query(OLD.organizations, [scope, limit]);
        // Ordered by region and name, which may tie across kinds: the keys in order, the rows as a set.
        expect(
          orgs.map((o) => keyOf.get(o.id)),
          label,
        ).toEqual(ids(orgsBefore).map((id) => keyOf.get(id)));
        if (limit === ALL)
          expect(ids(orgs).sort(), label).toEqual(counted('organizations', scope, ids(orgsBefore)).sort());
        const regs = await onboarding.registrations({ regionPrefixes: scope, limit });
        expect(ids(regs), label).toEqual(
          counted('registrations', scope, ids(await db.query(OLD.registrations, [scope, limit]))),
        );
        const listedAccounts = await accounts.list({ regionPrefixes: scope, limit });
        expect(ids(listedAccounts), label).toEqual(
          counted('accounts', scope, ids(await db.query(OLD.accounts, [scope, limit]))),
        );
      }
    }
  });

  it('compared real rows: a province has some of the country, several prefixes too, an empty scope none', () => {
    expect([...seen.keys()].sort()).toEqual(
      Object.keys(OLD)
        .filter((k) => k !== 'intakeFrequencies')
        .sort(),
    );
    for (const [name, of] of seen) {
      const all = of.get('null')!;
      for (const scope of ['["51%"]', '["44%","5326%","653125%"]', '["5101%","51%"]']) {
        expect(of.get(scope), `${name} ${scope}`).toBeGreaterThan(0);
        expect(of.get(scope), `${name} ${scope}`).toBeLessThan(all);
      }
      expect(of.get('[]'), name).toBe(0);
    }
  });
});

describe('the tables these scopes read have a region index the new condition ranges over', () => {
  it('reads a province as a range of the region index of each table', async () => {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      // At this size a scan may be the cheaper plan; the question is whether an index can serve at all.
      await runner.query('SET enable_seqscan = off');
      const range = /"Index Cond":"[^"]*region_code\)::text ~>=~/;
      for (const [table, index] of [
        ['experts', 'experts_region_idx'],
        ['demands', /demands_region_\w+_idx/],
        ['programme_applications', 'programme_applications_region_idx'],
        ['unit_registrations', 'unit_registrations_region_idx'],
        ['programme_bases', 'programme_bases_region_idx'],
        ['organizations', 'organizations_region_idx'],
        ['accounts', 'accounts_region_idx'],
      ] as const) {
        for (const scope of [['51%'], ['31%', '5326%', '653125%']]) {
          const plan = JSON.stringify(
            await runner.query(
              `EXPLAIN (FORMAT JSON) SELECT x.id FROM ${table} x WHERE ${regionScopeSql('x.region_code', scope)}`,
            ),
          );
          expect(plan, `${table} ${JSON.stringify(scope)}`).toMatch(index);
          expect(plan).toMatch(range);
        }
      }
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});
