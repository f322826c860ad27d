// The demo's programme year, written through the services: a newcomer signing in finds this year's published lists
// with a team and a base at work, the team's menu with an order waiting for the bureau, and next year's call open
// with applications in the bureau's and the province's hands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '@app/domain';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
/** The day the demo was seeded (China date) and its year: the demo's dates are relative to it. */
let today: string;
let year: number;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  const [seeded] = await t.runtime.dataSource.query(
    `SELECT value->>'at' AS at FROM system_state WHERE key = 'demo_data_seeded'`,
  );
  today = chinaDate(new Date(seeded.at));
  year = Number(today.slice(0, 4));
});
afterAll(() => t?.close());

async function data(query: string, variables: Record<string, unknown>, user?: string) {
  const res = await t.gql(query, variables, user ? await t.login(user) : undefined);
  expect(res.errors).toBeUndefined();
  return res.data;
}

describe('demo programme year', () => {
  it('publishes this year’s lists with an approved national team and a municipal base', async () => {
    const { publishedProgrammeLists: lists } = await data(
      `query($y: Int!) { publishedProgrammeLists(year: $y) { year national { kind name unit teamId } municipal { kind name unit baseId } } }`,
      { y: year },
    );
    expect(lists.national).toEqual([
      expect.objectContaining({
        kind: '服务团',
        name: '都市现代农业与对口帮扶产业振兴专家服务团',
        unit: '上海市农业科学院',
      }),
    ]);
    expect(lists.national[0].teamId).toBeTruthy();
    expect(lists.municipal).toEqual([
      expect.objectContaining({ kind: '基地', name: '廊下绿色蔬菜专家服务基地' }),
    ]);
    const baseId = lists.municipal[0].baseId;
    const { programmeBase } = await data(
      `query($id: ID!) { programmeBase(id: $id) { roster { name } activities { title } } }`,
      { id: baseId },
      'unit',
    );
    expect(programmeBase.roster.length).toBe(4);
    expect(programmeBase.activities.length).toBe(2);
    // The team's funding is what publishing grants a national team (10 万 + 10 万 matched).
    const [team] = await t.runtime.dataSource.query(
      `SELECT t.budget, f.ministry_funds, f.matching_funds FROM teams t JOIN team_funding f ON f.team_id = t.id WHERE t.id = $1`,
      [lists.national[0].teamId],
    );
    expect(Number(team.budget)).toBe(200_000);
    expect([Number(team.ministry_funds), Number(team.matching_funds)]).toEqual([100_000, 100_000]);
    // Replayed at the days it happened: opened some five months ago, published three months ago.
    const [call] = await t.runtime.dataSource.query(
      `SELECT opened_at, published_at FROM programme_calls WHERE year = $1`,
      [year],
    );
    expect(chinaDate(call.opened_at)).toBe(addDays(today, -150));
    expect(chinaDate(call.published_at)).toBe(addDays(today, -92));
  });

  it('puts the team’s items on the menu, one of them ordered and waiting for the bureau', async () => {
    const { programmeMenu } = await data(`{ programmeMenu { id title ownerName remaining } }`, {}, 'unit');
    expect(programmeMenu.length).toBe(3);
    expect(new Set(programmeMenu.map((o: { ownerName: string }) => o.ownerName))).toEqual(
      new Set(['都市现代农业与对口帮扶产业振兴专家服务团']),
    );
    const orders = await t.runtime.dataSource.query(
      `SELECT d.status, d.title, o.name AS unit FROM programme_offer_orders po JOIN demands d ON d.id = po.demand_id
         JOIN organizations o ON o.id = d.organization_id`,
    );
    expect(orders).toEqual([
      {
        status: 'SUBMITTED',
        title: '【点餐】设施番茄黄化曲叶病毒病绿色防控现场指导',
        unit: '上海金山区廊下镇绿野蔬菜专业合作社',
      },
    ]);
    // The bureau's inbox has it, with the others waiting.
    const { demands } = await data(
      `{ demands(filter: { statuses: [SUBMITTED] }, first: 100) { nodes { title } } }`,
      {},
      'local',
    );
    expect(demands.nodes.map((d: { title: string }) => d.title)).toContain(orders[0].title);
  });

  it('leaves next year’s call open with applications waiting, returned and recommended', async () => {
    const { programmeCalls } = await data(`{ programmeCalls { id year status } }`, {}, 'province');
    expect(programmeCalls.map((c: { year: number; status: string }) => [c.year, c.status])).toEqual([
      [year + 1, 'OPEN'],
      [year, 'PUBLISHED'],
    ]);
    const next = programmeCalls[0].id;
    const list = `query($c: ID!) { programmeApplications(callId: $c) { name status } }`;
    const byStatus = (apps: { name: string; status: string }[]) =>
      Object.fromEntries(apps.map((a) => [a.name, a.status]));
    expect(byStatus((await data(list, { c: next }, 'local')).programmeApplications)).toEqual({
      廊下农产品品牌与农文旅融合专家服务团: 'SUBMITTED',
    });
    expect(byStatus((await data(list, { c: next }, 'host')).programmeApplications)).toEqual({
      高原特色茶叶咖啡提质增效专家服务团: 'RECOMMENDED',
      庄行综合试验站专家服务基地: 'RETURNED',
    });
    // The history is the services' own: the recommended team was returned once on the way.
    const [steps] = await t.runtime.dataSource.query(
      `SELECT string_agg(h.action, ',' ORDER BY h.at) AS actions FROM programme_application_history h
         JOIN programme_applications a ON a.id = h.application_id WHERE a.name = '高原特色茶叶咖啡提质增效专家服务团'`,
    );
    expect(steps.actions).toBe('create,submit,return,submit,recommend');
  });

  it('lets the administrator merge a recommending bureau into another: its applications follow it', async () => {
    const db = t.runtime.dataSource;
    const [dup] = await db.query(
      `SELECT o.id, o.kind, o.region_code, count(a.id)::int AS applications
       FROM organizations o
       JOIN programme_applications a ON a.recommender_organization_id = o.id
       GROUP BY o.id ORDER BY count(a.id) DESC LIMIT 1`,
    );
    expect(dup.applications).toBeGreaterThan(0);
    const { createOrganization: keep } = await data(
      `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name: '合并测试人社局', kind: dup.kind, regionCode: dup.region_code } },
      'admin',
    );
    const before = await db.query(
      `SELECT id, call_id FROM programme_applications WHERE recommender_organization_id = $1 ORDER BY id`,
      [dup.id],
    );
    const { mergeOrganizations } = await data(
      `mutation($k: ID!, $d: ID!) { mergeOrganizations(keepId: $k, duplicateId: $d) { kept { id } } }`,
      { k: keep.id, d: dup.id },
      'admin',
    );
    expect(mergeOrganizations.kept.id).toBe(keep.id);
    const after = await db.query(
      `SELECT id, call_id FROM programme_applications WHERE recommender_organization_id = $1 ORDER BY id`,
      [keep.id],
    );
    expect(after).toEqual(before);
    const [{ left }] = await db.query(
      `SELECT (SELECT count(*) FROM programme_call_recommenders WHERE organization_id = $1)::int
            + (SELECT count(*) FROM organizations WHERE id = $1)::int AS left`,
      [dup.id],
    );
    expect(left).toBe(0);
  });
});
