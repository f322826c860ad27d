// Demand codes (XQ-<year>-<region>-<seq>) never collide, whatever rows the database already holds: after the demo
// is seeded every demo county takes 50 more demands through the real service; a stored code ahead of the counter
// is stepped over; concurrent creates in one region each get their own code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, chinaDate, type Actor } from '@app/domain';
import { AccountService, DemandService, type DemandInput } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
let year: number;

beforeAll(async () => {
  t = await startTestApp({ demo: true, workers: false });
  year = Number(chinaDate(new Date()).slice(0, 4));
});
afterAll(() => t?.close());

function input(n: number): DemandInput {
  return {
    title: `第 ${n} 个新需求：大棚蔬菜病虫害绿色防控`,
    description: '合作社大棚番茄连年发生灰霉病，希望专家现场指导绿色防控技术。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE'],
    expertsWanted: 1,
    contactName: '沈建国',
    contactPhone: '13800001111',
  };
}

/** A UNIT account of an existing unit organisation, as the signed-in actor the service sees. */
async function unitActor(organizationId: string, username: string): Promise<Actor> {
  const accounts = t.app.get(AccountService);
  const account = await accounts.createUnchecked(
    SYSTEM_ACTOR,
    { username, password: 'Unit2026x', role: 'UNIT', organizationId },
    { checkPassword: true },
  );
  return accounts.toActor(account);
}

/** Runs `count` creates `parallel` at a time; returns each outcome. */
async function createMany(
  actor: Actor,
  count: number,
  parallel: number,
): Promise<PromiseSettledResult<{ code: string }>[]> {
  const service = t.app.get(DemandService);
  const out: PromiseSettledResult<{ code: string }>[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - i) }, (_, k) =>
      service.create(actor, input(i + k + 1)),
    );
    out.push(...(await Promise.allSettled(batch)));
  }
  return out;
}

const failures = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message)] : []));

describe('demand codes', () => {
  // Hundreds of demands through the service: a minute on a loaded 2-core machine, so it gets a longer limit.
  it(
    'lets every demo county create 50 more demands after the demo is seeded, each with a code of its own',
    { timeout: 180_000 },
    async () => {
      const db = t.runtime.dataSource;
      // The demo holds demands of this year in its counties (served ones among them), so codes are already taken.
      const [{ n: seededThisYear }] = await db.query(
        `SELECT count(*)::int AS n FROM demands WHERE code LIKE $1`,
        [`XQ-${year}-%`],
      );
      expect(seededThisYear).toBeGreaterThan(0);
      const counties: { region_code: string; organization_id: string }[] = await db.query(
        `SELECT DISTINCT ON (o.region_code) o.region_code, o.id AS organization_id
       FROM organizations o JOIN regions r ON r.code = o.region_code
       WHERE o.kind = 'UNIT' AND r.level = 'COUNTY' ORDER BY o.region_code, o.name`,
      );
      expect(counties.length).toBeGreaterThanOrEqual(5);
      expect(counties.map((c) => c.region_code)).toEqual(expect.arrayContaining(['310116', '653125']));

      for (const [i, county] of counties.entries()) {
        const actor = await unitActor(county.organization_id, `county-unit-${i}`);
        const results = await createMany(actor, 50, 5);
        expect(failures(results), `creating in ${county.region_code}`).toEqual([]);
      }
      const [{ total, distinct }] = await db.query(
        `SELECT count(*)::int AS total, count(DISTINCT code)::int AS distinct FROM demands`,
      );
      expect(distinct).toBe(total);
      const perCounty: { region_code: string; n: number }[] = await db.query(
        `SELECT region_code, count(*)::int AS n FROM demands WHERE title LIKE '第 % 个新需求%' GROUP BY region_code`,
      );
      expect(perCounty).toHaveLength(counties.length);
      for (const c of perCounty) expect(c.n).toBe(50);
    },
  );

  it('steps over a stored code that is ahead of the counter', async () => {
    const db = t.runtime.dataSource;
    const [org] = await db.query(
      `INSERT INTO organizations (name, kind, region_code) VALUES ('海淀区某社区卫生服务中心', 'UNIT', '110108') RETURNING id`,
    );
    const actor = await unitActor(org.id, 'haidian-clinic');
    const [first] = await createMany(actor, 1, 1);
    expect(first).toMatchObject({ status: 'fulfilled', value: { code: `XQ-${year}-110108-0001` } });
    // A demand written some other way (an old import, a restored backup) took a later number.
    await db.query(
      `INSERT INTO demands (code, title, description, fields, service_forms, status, region_code, organization_id, experts_wanted)
       VALUES ($1, '外部写入的需求', '外部写入的需求', '{AGRICULTURE}', '{TECH_GUIDANCE}', 'DRAFT', '110108', $2, 1)`,
      [`XQ-${year}-110108-0041`, org.id],
    );
    const [{ last }] = await db.query(
      `SELECT last FROM demand_code_counters WHERE region_code = '110108' AND year = $1`,
      [year],
    );
    expect(last).toBe(1);
    const next = await createMany(actor, 2, 1);
    expect(failures(next)).toEqual([]);
    expect(next.map((r) => (r as PromiseFulfilledResult<{ code: string }>).value.code)).toEqual([
      `XQ-${year}-110108-0042`,
      `XQ-${year}-110108-0043`,
    ]);
  });

  it('gives concurrent creates in one region distinct consecutive codes', async () => {
    const db = t.runtime.dataSource;
    const [org] = await db.query(
      `INSERT INTO organizations (name, kind, region_code) VALUES ('朝阳区某社区服务中心', 'UNIT', '110105') RETURNING id`,
    );
    const actor = await unitActor(org.id, 'chaoyang-centre');
    const results = await createMany(actor, 30, 30);
    expect(failures(results)).toEqual([]);
    const codes = results.map((r) => (r as PromiseFulfilledResult<{ code: string }>).value.code).sort();
    expect(codes).toEqual(
      Array.from({ length: 30 }, (_, i) => `XQ-${year}-110105-${String(i + 1).padStart(4, '0')}`),
    );
  });
});
