// 省厅派单 through GraphQL: the whole chain UNIT → LOCAL → PROVINCE → experts confirm → IN_SERVICE, who may do
// what, bad input refused with nothing written, 50 concurrent dispatches competing for the same experts, and a
// decline answered by a replacement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@app/platform';
import { SearchIndexService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

const clock = new ManualClock(new Date('2026-11-23T02:00:00Z')); // Monday 10:00 in Beijing
let t: TestApp;
let admin: string;
let province: string;
let province2: string; // 江苏 — another province
let jinshan: string; // LOCAL 310116
let xuhui: string; // LOCAL 310104
let coop: string; // UNIT in 金山区
let farm: string; // another UNIT in 金山区 (a nearby place served by the same team)
let clinic: string; // a UNIT in 徐汇区, unrelated
const orgs: Record<string, string> = {};
const experts: Record<string, string> = {};
const tokens: Record<string, string> = {};

const DEMAND = {
  title: '急需设施大棚番茄病害防治技术指导',
  description:
    '合作社 120 亩连栋大棚番茄今年灰霉病和叶霉病高发，减产约三成，急需专家现场诊断并指导绿色防控。',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  expertsWanted: 3,
  minTitleLevel: 'ASSOCIATE',
  startDate: '2027-03-01',
  endDate: '2027-03-20',
  expectedDays: 6,
  contactName: '沈建国',
  contactPhone: '13916001234',
};

const EXPERTS: [
  key: string,
  name: string,
  employer: string,
  title: string,
  level: string,
  specialties: string,
][] = [
  ['chen', '陈国强', '上海市农业科学院', '研究员', 'SENIOR', '设施蔬菜病害绿色防控、番茄灰霉病综合治理'],
  ['shen', '沈丽萍', '上海市农业技术推广服务中心', '高级农艺师', 'ASSOCIATE', '设施番茄栽培与大棚环境调控'],
  ['wang', '王志刚', '上海交通大学农业与生物学院', '教授', 'SENIOR', '植物病理学、蔬菜真菌病害诊断'],
  ['li', '李秀英', '上海市农业科学院园艺研究所', '研究员', 'SENIOR', '番茄育种与设施蔬菜高效栽培'],
  ['liu', '刘建华', '金山区农业技术推广中心', '高级农艺师', 'ASSOCIATE', '番茄灰霉病、叶霉病田间防治'],
  ['huang', '黄志明', '上海市植物保护学会', '研究员', 'SENIOR', '蔬菜病虫害绿色防控与生物农药应用'],
  ['wu', '吴晓燕', '上海农林职业技术学院', '教授', 'SENIOR', '设施园艺与番茄病害诊断'],
  ['zhang', '张卫东', '廊下绿野蔬菜合作社', '高级农艺师', 'ASSOCIATE', '大棚番茄种植管理'], // works for the ordering unit: 回避
  ['zhao', '赵强', '上海市农业科学院', '研究员', 'SENIOR', '番茄病害防治'], // deactivated
  ['s0', '孙海涛', '上海市农业科学院', '研究员', 'SENIOR', '蔬菜病害防治'],
  ['s1', '周敏', '上海市农业科学院', '副研究员', 'ASSOCIATE', '蔬菜病害防治'],
  ['s2', '钱伟', '上海市农业科学院', '副研究员', 'ASSOCIATE', '蔬菜病害防治'],
  ['s3', '郑洁', '上海市农业科学院', '副研究员', 'ASSOCIATE', '蔬菜病害防治'],
];

const TEAM_FIELDS = `id name level budget startDate endDate createdBy lead { id name }
  assignments { id role status dueAt overdue reason respondedAt startDate endDate expert { id name } }
  demands { id status }`;
const DISPATCH = `mutation($i: DispatchInput!) { dispatchTeam(input: $i) { ${TEAM_FIELDS} } }`;
const RESPOND = `mutation($id: ID!, $ok: Boolean!, $r: String) { respondInvitation(assignmentId: $id, accept: $ok, reason: $r) { id status reason respondedAt team { id name } } }`;
const DEMAND_STATUS = `query($id: ID!) { demand(id: $id) { status history { fromStatus toStatus actorName note } } }`;

async function gqlOk<T = any>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, vars, token);
  if (res.errors) throw new Error(`${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data;
}

/** A demand of `unit`, submitted and accepted by 金山区. */
async function acceptedDemand(unit: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await gqlOk(
    `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
    { i: { ...DEMAND, ...overrides } },
    unit,
  );
  const id = created.createDemand.id as string;
  await gqlOk(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id }, unit);
  await gqlOk(
    `mutation($id: ID!) { acceptDemand(id: $id, note: "情况属实，同意受理") { status } }`,
    { id },
    jinshan,
  );
  return id;
}

async function demandStatus(id: string): Promise<string> {
  return (await t.runtime.dataSource.query(`SELECT status FROM demands WHERE id = $1`, [id]))[0].status;
}

/** Everything a dispatch writes, to prove a refused one wrote nothing. */
async function written() {
  const [row] = await t.runtime.dataSource.query(`SELECT
    (SELECT count(*) FROM teams)::int AS teams, (SELECT count(*) FROM assignments)::int AS assignments,
    (SELECT count(*) FROM team_demands)::int AS links, (SELECT count(*) FROM notifications)::int AS notifications,
    (SELECT count(*) FROM demand_history)::int AS history,
    (SELECT count(*) FROM audit_log WHERE action LIKE 'team.%' OR action LIKE 'assignment.%' OR action LIKE 'demand.dispatch')::int AS audits`);
  return row;
}

async function inbox(token: string): Promise<{ kind: string; title: string; body: string }[]> {
  return (await gqlOk(`{ notifications { kind title body } }`, {}, token)).notifications;
}

function team(overrides: Record<string, unknown>) {
  return {
    name: '设施蔬菜病害防治专家服务团',
    level: 'MUNICIPAL',
    memberExpertIds: [],
    startDate: '2027-03-01',
    endDate: '2027-03-20',
    budget: 80_000,
    ...overrides,
  };
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  admin = await t.login('admin');
  const org = async (name: string, regionCode: string) =>
    (
      await gqlOk(
        `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, kind: 'UNIT', regionCode } },
        admin,
      )
    ).createOrganization.id as string;
  orgs.coop = await org('廊下绿野蔬菜合作社', '310116');
  orgs.farm = await org('吕巷水果公园家庭农场', '310116');
  orgs.clinic = await org('徐家汇街道社区卫生服务中心', '310104');
  const account = (i: object) =>
    gqlOk(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i }, admin);
  await account({
    username: 'coop',
    password: 'Coop20260',
    role: 'UNIT',
    organizationId: orgs.coop,
    displayName: '合作社 沈建国',
  });
  await account({ username: 'farm', password: 'Farm20260', role: 'UNIT', organizationId: orgs.farm });
  await account({ username: 'clinic', password: 'Clinic2026', role: 'UNIT', organizationId: orgs.clinic });
  await account({
    username: 'jinshan',
    password: 'Jinshan2026',
    role: 'LOCAL',
    regionCode: '310116',
    displayName: '金山区人社局 李静',
  });
  await account({ username: 'xuhui', password: 'Xuhui2026', role: 'LOCAL', regionCode: '310104' });
  await account({
    username: 'shprov',
    password: 'Shanghai2026',
    role: 'PROVINCE',
    regionCode: '310000',
    displayName: '市人社局专技处 王芳',
  });
  await account({ username: 'jsprov', password: 'Jiangsu2026', role: 'PROVINCE', regionCode: '320000' });
  province = await t.login('shprov', 'Shanghai2026');
  province2 = await t.login('jsprov', 'Jiangsu2026');
  jinshan = await t.login('jinshan', 'Jinshan2026');
  xuhui = await t.login('xuhui', 'Xuhui2026');
  coop = await t.login('coop', 'Coop20260');
  farm = await t.login('farm', 'Farm20260');
  clinic = await t.login('clinic', 'Clinic2026');
  for (const [key, name, employer, title, titleLevel, specialties] of EXPERTS) {
    const e = await gqlOk(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
      {
        i: {
          name,
          employer,
          title,
          titleLevel,
          fields: ['AGRICULTURE'],
          specialties,
          regionCode: '310000',
          source: 'LOCAL',
        },
      },
      province,
    );
    experts[key] = e.upsertExpert.id;
  }
  await gqlOk(
    `mutation($id: ID!) { deactivateExpert(id: $id, reason: "退出专家库") { status } }`,
    { id: experts.zhao },
    province,
  );
  for (const key of ['chen', 'shen', 'wang', 'li', 'liu', 'huang']) {
    await account({ username: `e_${key}`, password: 'Expert2026', role: 'EXPERT', expertId: experts[key] });
    tokens[key] = await t.login(`e_${key}`, 'Expert2026');
  }
  const index = t.app.get(SearchIndexService);
  expect(await waitFor(async () => (await index.pendingCount()) === 0, 30_000)).toBe(true);
});
afterAll(() => t?.close());

describe('the whole chain: 基层下单 → 属地接单 → 省厅派单 → experts confirm → 服务中', () => {
  let d1: string;
  let d2: string;
  let teamId: string;
  let assignments: { id: string; role: string; expert: { id: string; name: string } }[];

  it('a unit orders, its bureau accepts (another region’s bureau may not)', async () => {
    const created = await gqlOk(
      `mutation($i: DemandInput!) { createDemand(input: $i) { id status } }`,
      { i: DEMAND },
      coop,
    );
    d1 = created.createDemand.id;
    await gqlOk(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id: d1 }, coop);
    const other = await t.gql(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id: d1 }, xuhui);
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const acc = await gqlOk(
      `mutation($id: ID!) { acceptDemand(id: $id, note: "情况属实，同意受理") { status } }`,
      { id: d1 },
      jinshan,
    );
    expect(acc.acceptDemand.status).toBe('ACCEPTED');
    // A nearby farm's demand, to be served by the same team.
    d2 = await acceptedDemand(farm, {
      title: '家庭农场番茄叶霉病防治指导',
      startDate: '2027-03-05',
      endDate: '2027-03-31',
    });
  });

  it('refuses an expert, a bureau, another province and anonymous callers as dispatchers', async () => {
    const before = await written();
    const input = team({ demandIds: [d1], leadExpertId: experts.chen });
    const asExpert = await t.gql(DISPATCH, { i: input }, tokens.chen);
    expect(asExpert.errors![0].extensions.code).toBe('FORBIDDEN');
    const asLocal = await t.gql(DISPATCH, { i: input }, jinshan);
    expect(asLocal.errors![0].extensions.code).toBe('FORBIDDEN');
    const asJiangsu = await t.gql(DISPATCH, { i: input }, province2);
    expect(asJiangsu.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(asJiangsu.errors![0].message).toMatch(/^需求 XQ-2026-310116-\d{4} 不在您的派单范围内$/);
    const anonymous = await t.gql(DISPATCH, { i: input });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await written()).toEqual(before);
  });

  it('the province dispatches one team to both demands: experts invited, demands DISPATCHED', async () => {
    const res = await gqlOk(
      DISPATCH,
      {
        i: team({
          demandIds: [d1, d2],
          leadExpertId: experts.chen,
          memberExpertIds: [experts.shen, experts.wang],
        }),
      },
      province,
    );
    const tm = res.dispatchTeam;
    teamId = tm.id;
    assignments = tm.assignments;
    expect(tm).toMatchObject({
      name: '设施蔬菜病害防治专家服务团',
      level: 'MUNICIPAL',
      budget: 80_000,
      startDate: '2027-03-01',
      endDate: '2027-03-20',
      lead: { name: '陈国强' },
    });
    expect(tm.assignments.map((a: any) => [a.role, a.status, a.expert.name])).toEqual([
      ['LEAD', 'INVITED', '陈国强'],
      ['MEMBER', 'INVITED', '沈丽萍'],
      ['MEMBER', 'INVITED', '王志刚'],
    ]);
    // 3 working days to answer: Thursday 26 November, end of day in Beijing.
    expect(tm.assignments[0]).toMatchObject({
      dueAt: '2026-11-26T15:59:59.000Z',
      overdue: false,
      startDate: '2027-03-01',
      endDate: '2027-03-20',
    });
    expect(tm.demands.map((d: any) => d.status)).toEqual(['DISPATCHED', 'DISPATCHED']);
    for (const key of ['chen', 'shen', 'wang']) {
      const notes = await inbox(tokens[key]!);
      expect(notes.find((n) => n.kind === 'TEAM_INVITATION')?.title).toBe(
        '服务团邀请：设施蔬菜病害防治专家服务团',
      );
    }
    expect((await inbox(coop)).map((n) => n.title)).toContain(`需求已派单：${DEMAND.title}`);
  });

  it('shows the team by role: dispatcher, bureau, its units, its experts — and nobody else', async () => {
    const q = `query($id: ID!) { team(id: $id) { id name demands { id } assignments { expert { name } } } }`;
    for (const token of [province, jinshan, coop, farm, tokens.chen!]) {
      const res = await t.gql(q, { id: teamId }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data.team.id).toBe(teamId);
    }
    // A unit sees the team but only its own demand.
    expect((await gqlOk(q, { id: teamId }, coop)).team.demands).toEqual([{ id: d1 }]);
    for (const token of [xuhui, clinic, tokens.li!, province2]) {
      const res = await t.gql(q, { id: teamId }, token);
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const readDemand = await t.gql(`query($id: ID!) { demand(id: $id) { title } }`, { id: d1 }, clinic);
    expect(readDemand.errors![0].extensions.code).toBe('FORBIDDEN');
    const anon = await t.gql(q, { id: teamId });
    expect(anon.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gqlOk(`{ teams { id } }`, {}, xuhui)).teams).toEqual([]);
    expect((await gqlOk(`{ teams { id } }`, {}, clinic)).teams).toEqual([]);
    expect((await gqlOk(`query($d: ID) { teams(demandId: $d) { id } }`, { d: d2 }, farm)).teams).toEqual([
      { id: teamId },
    ]);
    expect((await gqlOk(`{ teams { id } }`, {}, province)).teams.map((x: any) => x.id)).toContain(teamId);
  });

  it('each expert sees the invitation; only the invited expert may answer it', async () => {
    const mine = await gqlOk(
      `{ myInvitations(status: INVITED) { id role status dueAt team { id name startDate endDate } } }`,
      {},
      tokens.shen!,
    );
    expect(mine.myInvitations).toEqual([
      {
        id: assignments[1]!.id,
        role: 'MEMBER',
        status: 'INVITED',
        dueAt: '2026-11-26T15:59:59.000Z',
        team: {
          id: teamId,
          name: '设施蔬菜病害防治专家服务团',
          startDate: '2027-03-01',
          endDate: '2027-03-20',
        },
      },
    ]);
    const notMine = await t.gql(RESPOND, { id: assignments[1]!.id, ok: true }, tokens.chen);
    expect(notMine.errors![0].extensions.code).toBe('FORBIDDEN');
    const asProvince = await t.gql(RESPOND, { id: assignments[1]!.id, ok: true }, province);
    expect(asProvince.errors![0].extensions.code).toBe('FORBIDDEN');
    const mustExplain = await t.gql(RESPOND, { id: assignments[1]!.id, ok: false, r: ' ' }, tokens.shen);
    expect(mustExplain.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(mustExplain.errors![0].message).toBe('婉拒邀请需要填写原因，便于省厅另行安排专家');
  });

  it('when the last expert confirms, both demands go into service', async () => {
    const first = await gqlOk(RESPOND, { id: assignments[0]!.id, ok: true }, tokens.chen!);
    expect(first.respondInvitation).toMatchObject({ status: 'CONFIRMED', team: { id: teamId } });
    const again = await t.gql(RESPOND, { id: assignments[0]!.id, ok: true }, tokens.chen);
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    await gqlOk(RESPOND, { id: assignments[1]!.id, ok: true }, tokens.shen!);
    expect(await demandStatus(d1)).toBe('DISPATCHED');
    await gqlOk(RESPOND, { id: assignments[2]!.id, ok: true }, tokens.wang!);
    for (const id of [d1, d2]) {
      const d = await gqlOk(DEMAND_STATUS, { id }, province);
      expect(d.demand.status).toBe('IN_SERVICE');
      expect(d.demand.history.map((h: any) => [h.fromStatus, h.toStatus])).toEqual([
        [null, 'DRAFT'],
        ['DRAFT', 'SUBMITTED'],
        ['SUBMITTED', 'ACCEPTED'],
        ['ACCEPTED', 'DISPATCHED'],
        ['DISPATCHED', 'IN_SERVICE'],
      ]);
      expect(d.demand.history[3]).toMatchObject({
        actorName: '市人社局专技处 王芳',
        note: '组建服务团“设施蔬菜病害防治专家服务团”（2027-03-01 至 2027-03-20）',
      });
      expect(d.demand.history[4].actorName).toBe('系统');
    }
    expect((await inbox(province)).map((n) => n.title)).toContain(
      '服务团已全部确认：设施蔬菜病害防治专家服务团',
    );
    expect((await inbox(coop)).map((n) => n.title)).toContain(`专家服务团已确认：${DEMAND.title}`);
    const confirmed = await gqlOk(`{ myInvitations(status: CONFIRMED) { id } }`, {}, tokens.wang!);
    expect(confirmed.myInvitations).toEqual([{ id: assignments[2]!.id }]);
  });

  it('refuses a second booking of the same expert in an overlapping period, naming both', async () => {
    const d3 = await acceptedDemand(coop, { title: '番茄病害防治第二期' });
    const before = await written();
    const res = await t.gql(
      DISPATCH,
      {
        i: team({
          name: '第二服务团',
          demandIds: [d3],
          leadExpertId: experts.li,
          memberExpertIds: [experts.wang],
          startDate: '2027-03-18',
          endDate: '2027-03-25',
        }),
      },
      province,
    );
    expect(res.errors![0].extensions.code).toBe('CONFLICT');
    expect(res.errors![0].message).toBe(
      '专家 王志刚 在 2027-03-01 至 2027-03-20 已被服务团“设施蔬菜病害防治专家服务团”邀请或确认，时间冲突',
    );
    expect(res.errors![0].extensions.fieldErrors).toEqual({ memberExpertIds: res.errors![0].message });
    expect(await written()).toEqual(before);
    expect(await demandStatus(d3)).toBe('ACCEPTED');
  });
});

describe('bad input is refused with nothing written', () => {
  let d: string;
  let dispatched: string;
  let draft: string;

  beforeAll(async () => {
    d = await acceptedDemand(coop, {
      title: '番茄病害防治（输入校验）',
      startDate: '2027-06-01',
      endDate: '2027-06-30',
    });
    dispatched = (await t.runtime.dataSource.query(`SELECT demand_id FROM team_demands LIMIT 1`))[0]
      .demand_id;
    const drafted = await gqlOk(
      `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
      { i: DEMAND },
      coop,
    );
    draft = drafted.createDemand.id;
  });

  const cases: [string, () => Record<string, unknown>, string, RegExp | string][] = [
    [
      'an empty name',
      () =>
        team({
          demandIds: [d],
          leadExpertId: experts.huang,
          name: '  ',
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '请填写服务团名称',
    ],
    [
      'a name over 100 characters',
      () =>
        team({
          demandIds: [d],
          leadExpertId: experts.huang,
          name: '团'.repeat(101),
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '服务团名称不能超过 100 个字',
    ],
    [
      'the lead among the members',
      () =>
        team({
          demandIds: [d],
          leadExpertId: experts.huang,
          memberExpertIds: [experts.huang],
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '领衔专家不必再列为团队成员',
    ],
    [
      'a member twice',
      () =>
        team({
          demandIds: [d],
          leadExpertId: experts.huang,
          memberExpertIds: [experts.wu, experts.wu],
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '团队成员重复选择',
    ],
    [
      'no demand',
      () =>
        team({ demandIds: [], leadExpertId: experts.huang, startDate: '2027-06-01', endDate: '2027-06-05' }),
      'BAD_USER_INPUT',
      '请至少选择一个需求',
    ],
    [
      'a budget over the municipal cap',
      () =>
        team({
          demandIds: [d],
          leadExpertId: experts.huang,
          budget: 150_000,
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '经费 150000 元超过该层级服务团上限 100000 元',
    ],
    [
      'a negative budget',
      () =>
        team({
          demandIds: [d],
          leadExpertId: experts.huang,
          budget: -1,
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '经费应为不小于 0 的整数（单位：元）',
    ],
    [
      'a start in the past',
      () =>
        team({ demandIds: [d], leadExpertId: experts.huang, startDate: '2026-11-22', endDate: '2027-06-05' }),
      'BAD_USER_INPUT',
      '服务开始日期（2026-11-22）不能早于今天（2026-11-23）',
    ],
    [
      'an end before the start',
      () =>
        team({ demandIds: [d], leadExpertId: experts.huang, startDate: '2027-06-05', endDate: '2027-06-01' }),
      'BAD_USER_INPUT',
      '结束日期不能早于开始日期',
    ],
    [
      'a period outside the wanted one',
      () =>
        team({ demandIds: [d], leadExpertId: experts.huang, startDate: '2027-08-01', endDate: '2027-08-05' }),
      'BAD_USER_INPUT',
      /^服务期 2027-08-01 至 2027-08-05 与需求 XQ-2026-310116-\d{4} 期望的服务时间（2027-06-01 至 2027-06-30）没有重叠，请调整服务期$/,
    ],
    [
      'a deactivated expert',
      () =>
        team({
          demandIds: [d],
          leadExpertId: experts.huang,
          memberExpertIds: [experts.zhao],
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '专家 赵强 已停用，不能派出',
    ],
    [
      'an expert of the ordering unit (回避)',
      () =>
        team({ demandIds: [d], leadExpertId: experts.zhang, startDate: '2027-06-01', endDate: '2027-06-05' }),
      'BAD_USER_INPUT',
      /^专家 张卫东 的工作单位“廊下绿野蔬菜合作社”即需求 XQ-2026-310116-\d{4} 的需求单位，按回避要求不能派往该需求$/,
    ],
    [
      'an unknown expert',
      () =>
        team({
          demandIds: [d],
          leadExpertId: '00000000-0000-4000-8000-000000000000',
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'BAD_USER_INPUT',
      '所选专家不存在或已被删除',
    ],
    [
      'an unknown demand',
      () =>
        team({
          demandIds: ['00000000-0000-4000-8000-000000000000'],
          leadExpertId: experts.huang,
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      'NOT_FOUND',
      '需求不存在或已被删除',
    ],
    [
      'a demand already dispatched',
      () =>
        team({
          demandIds: [d, dispatched],
          leadExpertId: experts.huang,
          startDate: '2027-03-10',
          endDate: '2027-06-05',
        }),
      'CONFLICT',
      /^需求 XQ-2026-310116-\d{4} 当前为“(已派单|服务中)”，不能派单（仅“属地已接单”的需求可以派单）$/,
    ],
    [
      'a draft demand',
      () =>
        team({
          demandIds: [draft],
          leadExpertId: experts.huang,
          startDate: '2027-03-01',
          endDate: '2027-03-05',
        }),
      'CONFLICT',
      /当前为“草稿”，不能派单/,
    ],
  ];

  it.each(cases)('refuses %s', async (_, input, code, message) => {
    const before = await written();
    const res = await t.gql(DISPATCH, { i: input() }, province);
    expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors)).toBe(code);
    if (typeof message === 'string') expect(res.errors![0].message).toBe(message);
    else expect(res.errors![0].message).toMatch(message);
    expect(await written()).toEqual(before);
    expect(await demandStatus(d)).toBe('ACCEPTED');
  });

  it('reports every form problem at once, by field', async () => {
    const res = await t.gql(
      DISPATCH,
      {
        i: team({
          demandIds: [d],
          leadExpertId: experts.huang,
          name: '',
          budget: 999_999,
          startDate: '2027-06-05',
          endDate: '2027-06-01',
        }),
      },
      province,
    );
    expect(res.errors![0].extensions.fieldErrors).toEqual({
      name: '请填写服务团名称',
      endDate: '结束日期不能早于开始日期',
      budget: '经费 999999 元超过该层级服务团上限 100000 元',
    });
  });

  it('accepts a national team’s larger budget', async () => {
    const res = await gqlOk(
      DISPATCH,
      {
        i: team({
          demandIds: [d],
          leadExpertId: experts.huang,
          level: 'NATIONAL',
          budget: 200_000,
          startDate: '2027-06-01',
          endDate: '2027-06-05',
        }),
      },
      province,
    );
    expect(res.dispatchTeam).toMatchObject({ level: 'NATIONAL', budget: 200_000 });
    // Free the expert again for the rest of the suite.
    await gqlOk(
      `mutation($id: ID!) { withdrawInvitation(assignmentId: $id, reason: "调整安排") { status reason } }`,
      { id: res.dispatchTeam.assignments[0].id },
      province,
    );
  });
});

describe('50 concurrent dispatches competing for the same experts', () => {
  it('books each expert once: one team wins, every other call gets CONFLICT, nothing half-written', async () => {
    const demandIds: string[] = [];
    for (let batch = 0; batch < 5; batch++) {
      demandIds.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            acceptedDemand(coop, { title: `番茄病害防治并发派单 ${batch * 10 + i + 1}` }),
          ),
        )),
      );
    }
    const before = await written();
    const pool = [experts.s1!, experts.s2!, experts.s3!];
    const results = await Promise.all(
      demandIds.map((demandId, i) =>
        t.gql(
          DISPATCH,
          {
            i: team({
              name: `并发服务团 ${i + 1}`,
              demandIds: [demandId],
              leadExpertId: experts.s0,
              // Members differ from call to call (and so does their order); periods all overlap.
              memberExpertIds: i % 2 ? [pool[i % 3]!, pool[(i + 1) % 3]!] : [pool[(i + 2) % 3]!],
              startDate: `2027-03-0${1 + (i % 5)}`,
              endDate: `2027-03-1${i % 10}`,
            }),
          },
          province,
        ),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    const winner = winners[0]!.data.dispatchTeam;
    for (const l of losers) {
      expect(l.errors![0].extensions.code, l.errors![0].message).toBe('CONFLICT');
      expect(l.errors![0].message).toMatch(
        new RegExp(
          `^专家 (孙海涛|周敏|钱伟|郑洁) 在 2027-03-\\d\\d 至 2027-03-\\d\\d 已被服务团“${winner.name}”邀请或确认，时间冲突$`,
        ),
      );
    }
    // The database holds no overlapping live bookings of any expert, and only the winner's rows were written.
    const overlaps = await t.runtime.dataSource.query(`
      SELECT count(*)::int AS n FROM assignments a JOIN assignments b
        ON a.expert_id = b.expert_id AND a.id < b.id AND a.period && b.period
       WHERE a.status IN ('INVITED','CONFIRMED') AND b.status IN ('INVITED','CONFIRMED')`);
    expect(overlaps[0].n).toBe(0);
    const after = await written();
    expect(after.teams - before.teams).toBe(1);
    expect(after.links - before.links).toBe(1);
    expect(after.assignments - before.assignments).toBe(winner.assignments.length);
    const statuses: { status: string; n: number }[] = await t.runtime.dataSource.query(
      `SELECT status, count(*)::int AS n FROM demands WHERE id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
      [demandIds],
    );
    expect(statuses).toEqual([
      { status: 'ACCEPTED', n: 49 },
      { status: 'DISPATCHED', n: 1 },
    ]);
  }, 120_000);

  it('is the database’s rule, not only the code’s: a direct overlapping insert is refused by the constraint', async () => {
    const [booked] = await t.runtime.dataSource.query(
      `SELECT expert_id, period::text AS period FROM assignments WHERE expert_id = $1 AND status IN ('INVITED','CONFIRMED')`,
      [experts.s0],
    );
    const [other] = await t.runtime.dataSource.query(
      `SELECT t.id FROM teams t WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.team_id = t.id AND a.expert_id = $1) LIMIT 1`,
      [experts.s0],
    );
    const err = await t.runtime.dataSource
      .query(
        `INSERT INTO assignments (team_id, expert_id, role, status, period) VALUES ($1, $2, 'MEMBER', 'CONFIRMED', $3::daterange)`,
        [other.id, booked.expert_id, booked.period],
      )
      .then(
        () => null,
        (e: any) => e,
      );
    expect(err?.driverError?.code ?? err?.code).toBe('23P01');
    expect(err?.driverError?.constraint ?? err?.constraint).toBe('assignments_no_double_booking');
    // A declined or withdrawn place books nothing.
    const ok = await t.runtime.dataSource.query(
      `INSERT INTO assignments (team_id, expert_id, role, status, period) VALUES ($1, $2, 'MEMBER', 'DECLINED', $3::daterange) RETURNING id`,
      [other.id, booked.expert_id, booked.period],
    );
    await t.runtime.dataSource.query(`DELETE FROM assignments WHERE id = $1`, [ok[0].id]);
  });
});

describe('a decline, the dispatcher’s candidates, a replacement', () => {
  const SWAP = `mutation($a: ID!, $e: ID!) { replaceTeamMember(assignmentId: $a, expertId: $e) { id lead { name } assignments { id role status reason expert { name } } } }`;
  let d: string;
  let teamId: string;
  let leadPlace: string;
  let declinedPlace: string;

  it('tells the dispatcher with replacement candidates and keeps the demand DISPATCHED', async () => {
    // Late March: the first team's experts (to 20 March) are busy for part of it.
    d = await acceptedDemand(coop, {
      title: '番茄灰霉病春季防控指导',
      startDate: '2027-03-15',
      endDate: '2027-04-15',
    });
    const res = await gqlOk(
      DISPATCH,
      {
        i: team({
          name: '春季番茄病害防控服务团',
          demandIds: [d],
          leadExpertId: experts.li,
          memberExpertIds: [experts.liu],
          startDate: '2027-03-18',
          endDate: '2027-03-28',
          budget: null,
        }),
      },
      province,
    );
    teamId = res.dispatchTeam.id;
    leadPlace = res.dispatchTeam.assignments[0].id;
    declinedPlace = res.dispatchTeam.assignments[1].id;
    const declined = await gqlOk(
      RESPOND,
      { id: declinedPlace, ok: false, r: '三月下旬另有科研任务' },
      tokens.liu!,
    );
    expect(declined.respondInvitation).toMatchObject({ status: 'DECLINED', reason: '三月下旬另有科研任务' });
    expect(declined.respondInvitation.respondedAt).toBe(clock.now().toISOString());
    expect(await demandStatus(d)).toBe('DISPATCHED');
    const twice = await t.gql(RESPOND, { id: declinedPlace, ok: true }, tokens.liu);
    expect(twice.errors![0].extensions.code).toBe('CONFLICT');

    const note = (await inbox(province)).find((n) => n.kind === 'TEAM_INVITATION_DECLINED')!;
    expect(note.title).toBe('专家婉拒邀请：春季番茄病害防控服务团');
    expect(note.body).toMatch(
      /^专家 刘建华 婉拒了服务团“春季番茄病害防控服务团”（2027-03-18 至 2027-03-28）的邀请。原因：三月下旬另有科研任务。可替换的候选专家：/,
    );
    const names = /可替换的候选专家：(.+)。$/.exec(note.body)![1]!.split('、');
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThanOrEqual(5);
    // Never the team's own experts, the unit's own staff, a deactivated expert or one booked in that period.
    for (const excluded of ['刘建华', '李秀英', '张卫东', '赵强', '陈国强', '沈丽萍', '王志刚'])
      expect(names).not.toContain(excluded);
    expect(names).toContain('黄志明');

    const view = await gqlOk(
      `query($id: ID!) { team(id: $id) { assignments { id status replacementCandidates { expert { id name } score } } } }`,
      { id: teamId },
      province,
    );
    const place = view.team.assignments.find((a: any) => a.id === declinedPlace);
    expect(place.status).toBe('DECLINED');
    const candidates = place.replacementCandidates.map((c: any) => c.expert.name);
    expect(candidates.length).toBeGreaterThan(0);
    for (const excluded of ['刘建华', '李秀英', '张卫东', '赵强', '陈国强'])
      expect(candidates).not.toContain(excluded);
    expect(view.team.assignments.find((a: any) => a.id === leadPlace).replacementCandidates).toBeNull();
    // Candidates are for dispatchers only.
    const asUnit = await gqlOk(
      `query($id: ID!) { team(id: $id) { assignments { replacementCandidates { score } } } }`,
      { id: teamId },
      coop,
    );
    expect(asUnit.team.assignments.map((a: any) => a.replacementCandidates)).toEqual([null, null]);
  });

  it('does not start the team while a declined place is open', async () => {
    await gqlOk(RESPOND, { id: leadPlace, ok: true }, tokens.li!);
    expect(await demandStatus(d)).toBe('DISPATCHED');
  });

  it('refuses a replacement that cannot be, with nothing written', async () => {
    const before = await written();
    const busy = await t.gql(SWAP, { a: declinedPlace, e: experts.wang }, province);
    expect(busy.errors![0].extensions.code).toBe('CONFLICT');
    expect(busy.errors![0].message).toBe(
      '专家 王志刚 在 2027-03-01 至 2027-03-20 已被服务团“设施蔬菜病害防治专家服务团”邀请或确认，时间冲突',
    );
    const onTeam = await t.gql(SWAP, { a: declinedPlace, e: experts.li }, province);
    expect(onTeam.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const ownStaff = await t.gql(SWAP, { a: declinedPlace, e: experts.zhang }, province);
    expect(ownStaff.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(ownStaff.errors![0].message).toContain('按回避要求不能派往该需求');
    const notOpen = await t.gql(SWAP, { a: leadPlace, e: experts.huang }, province);
    expect(notOpen.errors![0].extensions.code).toBe('CONFLICT');
    const asLocal = await t.gql(SWAP, { a: declinedPlace, e: experts.huang }, jinshan);
    expect(asLocal.errors![0].extensions.code).toBe('FORBIDDEN');
    const asOtherProvince = await t.gql(SWAP, { a: declinedPlace, e: experts.huang }, province2);
    expect(asOtherProvince.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it('swaps the member in; when the new expert confirms the demand goes into service', async () => {
    const swapped = await gqlOk(SWAP, { a: declinedPlace, e: experts.huang }, province);
    expect(
      swapped.replaceTeamMember.assignments.map((a: any) => [a.id, a.role, a.status, a.expert.name]),
    ).toEqual([
      [leadPlace, 'LEAD', 'CONFIRMED', '李秀英'],
      [declinedPlace, 'MEMBER', 'INVITED', '黄志明'],
    ]);
    expect((await inbox(tokens.huang!)).find((n) => n.kind === 'TEAM_INVITATION')?.title).toBe(
      '服务团邀请：春季番茄病害防控服务团',
    );
    expect(await demandStatus(d)).toBe('DISPATCHED');
    const answer = await gqlOk(RESPOND, { id: declinedPlace, ok: true }, tokens.huang!);
    expect(answer.respondInvitation.status).toBe('CONFIRMED');
    expect(await demandStatus(d)).toBe('IN_SERVICE');
    const audit = await t.runtime.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'assignment.replace' AND entity_id = $1`,
      [declinedPlace],
    );
    expect(audit[0].before).toMatchObject({
      expertId: experts.liu,
      status: 'DECLINED',
      reason: '三月下旬另有科研任务',
    });
  });

  it('lets the dispatcher withdraw an invitation with a reason, freeing the expert', async () => {
    const d2 = await acceptedDemand(coop, {
      title: '番茄病害防治（撤回邀请）',
      startDate: '2027-05-01',
      endDate: '2027-05-31',
    });
    const res = await gqlOk(
      DISPATCH,
      {
        i: team({
          name: '五月服务团',
          demandIds: [d2],
          leadExpertId: experts.chen,
          memberExpertIds: [experts.shen],
          startDate: '2027-05-10',
          endDate: '2027-05-12',
        }),
      },
      province,
    );
    const place = res.dispatchTeam.assignments[1].id;
    const WITHDRAW = `mutation($a: ID!, $r: String!) { withdrawInvitation(assignmentId: $a, reason: $r) { id status reason } }`;
    const noReason = await t.gql(WITHDRAW, { a: place, r: ' ' }, province);
    expect(noReason.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const byExpert = await t.gql(WITHDRAW, { a: place, r: '不去了' }, tokens.shen);
    expect(byExpert.errors![0].extensions.code).toBe('FORBIDDEN');
    const ok = await gqlOk(WITHDRAW, { a: place, r: '需求方调整了服务内容' }, province);
    expect(ok.withdrawInvitation).toMatchObject({ status: 'WITHDRAWN', reason: '需求方调整了服务内容' });
    expect((await inbox(tokens.shen!)).map((n) => n.title)).toContain('服务团邀请已撤回：五月服务团');
    const late = await t.gql(RESPOND, { id: place, ok: true }, tokens.shen);
    expect(late.errors![0].extensions.code).toBe('CONFLICT');
    // The lead alone confirming is enough now that the other place is closed.
    await gqlOk(RESPOND, { id: res.dispatchTeam.assignments[0].id, ok: true }, tokens.chen!);
    expect(await demandStatus(d2)).toBe('IN_SERVICE');
  });

  it('flags an invitation left unanswered past its 3 working days', async () => {
    const d3 = await acceptedDemand(coop, {
      title: '番茄病害防治（答复期限）',
      startDate: '2027-07-01',
      endDate: '2027-07-31',
    });
    const res = await gqlOk(
      DISPATCH,
      {
        i: team({
          name: '七月服务团',
          demandIds: [d3],
          leadExpertId: experts.wang,
          startDate: '2027-07-05',
          endDate: '2027-07-09',
        }),
      },
      province,
    );
    const q = `{ myInvitations(status: INVITED) { id dueAt overdue } }`;
    expect((await gqlOk(q, {}, tokens.wang!)).myInvitations).toEqual([
      { id: res.dispatchTeam.assignments[0].id, dueAt: '2026-11-26T15:59:59.000Z', overdue: false },
    ]);
    const saved = clock.now();
    clock.set(new Date('2026-11-26T16:00:00Z')); // Friday 00:00 in Beijing
    try {
      expect((await gqlOk(q, {}, tokens.wang!)).myInvitations[0].overdue).toBe(true);
    } finally {
      clock.set(saved);
    }
  });
});
