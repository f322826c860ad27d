import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartupService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
});
afterAll(() => t?.close());

async function counts() {
  const [row] = await t.runtime.dataSource.query(`SELECT
    (SELECT count(*)::int FROM experts) AS experts,
    (SELECT count(*)::int FROM demands) AS demands,
    (SELECT count(*)::int FROM accounts) AS accounts,
    (SELECT count(*)::int FROM organizations) AS organizations,
    (SELECT count(*)::int FROM demand_history) AS history,
    (SELECT count(*)::int FROM regions WHERE key_assistance <> 'NONE') AS key_counties,
    (SELECT count(*)::int FROM region_partnerships) AS partnerships`);
  return row;
}

describe('demo data', () => {
  it('seeds a realistic Shanghai demo with its partner counties', async () => {
    const c = await counts();
    expect(c.experts).toBeGreaterThanOrEqual(250);
    expect(c.demands).toBeGreaterThanOrEqual(35);
    expect(c.accounts).toBe(10);
    expect(c.key_counties).toBeGreaterThan(0);
    expect(c.partnerships).toBeGreaterThan(0);
    expect(c.history).toBeGreaterThan(c.demands);
    const codes = await t.runtime.dataSource.query(`SELECT code FROM demands ORDER BY code LIMIT 3`);
    for (const { code } of codes) expect(code).toMatch(/^XQ-\d{4}-\d{6}-\d{4}$/);
    // Every demand was written before it was submitted, as its history says.
    const [late] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM demands WHERE created_at > submitted_at`,
    );
    expect(late.n).toBe(0);
  });

  it('signs in one account of each role, each seeing its own scope', async () => {
    const roles: Record<string, string> = {};
    for (const u of ['admin', 'province', 'local', 'unit', 'expert']) {
      const token = await t.login(u);
      const me = await t.gql(`{ me { role region { code } organization { kind } expertId } }`, {}, token);
      roles[u] = me.data.me.role;
      if (u === 'unit') expect(me.data.me.organization.kind).toBe('UNIT');
      if (u === 'expert') expect(me.data.me.expertId).toBeTruthy();
      if (u === 'province') expect(me.data.me.region.code).toBe('310000');
    }
    expect(roles).toEqual({
      admin: 'ADMIN',
      province: 'PROVINCE',
      local: 'LOCAL',
      unit: 'UNIT',
      expert: 'EXPERT',
    });
  });

  it('gives the local bureau notifications about demands waiting in its region', async () => {
    const token = await t.login('local');
    const res = await t.gql(`{ unreadNotificationCount notifications { title link } }`, {}, token);
    expect(res.data.unreadNotificationCount).toBeGreaterThan(0);
    expect(res.data.notifications[0].title).toMatch(/^新需求待受理/);
  });

  it('does not seed twice', async () => {
    const before = await counts();
    const report = await t.app
      .get(StartupService)
      .prepare({ adminPassword: null, demoData: true, demoPassword: 'Demo@2026' });
    expect(report.demoSeeded).toBe(false);
    expect(report.adminCreated).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
