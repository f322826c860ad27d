// 基层下单 → 属地接单 through GraphQL: the lifecycle, who may do what, boards, bad input, time limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@app/platform';
import { DemandDeadlineService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';

const clock = new ManualClock(new Date('2026-11-23T02:00:00Z')); // Monday 10:00 in Beijing
let t: TestApp;
let admin: string;
let unit: string; // 金山区 cooperative
let unitB: string; // another unit in 金山区
let jinshan: string; // LOCAL 310116
let xuhui: string; // LOCAL 310104
let shanghai: string; // LOCAL 310000 (city bureau)
let province: string;
let unitOrgId: string;

const CREATE = `mutation($i: DemandInput!) { createDemand(input: $i) { id code status regionCode dueAt overdue availableActions } }`;
const GOOD = {
  title: '急需设施大棚番茄病害防治技术指导',
  description:
    '合作社 120 亩连栋大棚番茄今年灰霉病和叶霉病高发，减产约三成，急需专家现场诊断并指导绿色防控。',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  expertsWanted: 2,
  minTitleLevel: 'ASSOCIATE',
  startDate: '2027-03-01',
  endDate: '2027-03-20',
  expectedDays: 6,
  openToVolunteers: true,
  contactName: '沈建国',
  contactPhone: '13916001234',
};

async function count(table: string) {
  return (await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  admin = await t.login('admin');
  const org = async (name: string, regionCode: string) =>
    (
      await t.gql(
        `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, kind: 'UNIT', regionCode } },
        admin,
      )
    ).data.createOrganization.id;
  unitOrgId = await org('廊下绿野蔬菜合作社', '310116');
  const otherOrg = await org('枫泾镇社区卫生服务中心', '310116');
  const mk = (i: object) =>
    t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i }, admin);
  await mk({
    username: 'coop',
    password: 'Coop20260',
    role: 'UNIT',
    organizationId: unitOrgId,
    displayName: '合作社 沈建国',
  });
  await mk({ username: 'clinic', password: 'Clinic2026', role: 'UNIT', organizationId: otherOrg });
  await mk({
    username: 'jinshan',
    password: 'Jinshan2026',
    role: 'LOCAL',
    regionCode: '310116',
    displayName: '金山区人社局 李静',
  });
  await mk({ username: 'xuhui', password: 'Xuhui2026', role: 'LOCAL', regionCode: '310104' });
  await mk({ username: 'shcity', password: 'Shcity2026', role: 'LOCAL', regionCode: '310000' });
  await mk({ username: 'shprov', password: 'Shanghai2026', role: 'PROVINCE', regionCode: '310000' });
  unit = await t.login('coop', 'Coop20260');
  unitB = await t.login('clinic', 'Clinic2026');
  jinshan = await t.login('jinshan', 'Jinshan2026');
  xuhui = await t.login('xuhui', 'Xuhui2026');
  shanghai = await t.login('shcity', 'Shcity2026');
  province = await t.login('shprov', 'Shanghai2026');
});
afterAll(() => t?.close());

describe('the lifecycle', () => {
  let id: string;

  it('lets a unit draft a demand with a code from its region', async () => {
    const res = await t.gql(CREATE, { i: GOOD }, unit);
    expect(res.errors).toBeUndefined();
    expect(res.data.createDemand).toMatchObject({
      code: 'XQ-2026-310116-0001',
      status: 'DRAFT',
      regionCode: '310116',
      dueAt: null,
      overdue: false,
    });
    expect(res.data.createDemand.availableActions.sort()).toEqual(['cancel', 'submit']);
    id = res.data.createDemand.id;
    // The draft is the unit's own business until it is submitted.
    const peek = await t.gql(`query($id: ID!) { demand(id: $id) { title } }`, { id }, jinshan);
    expect(peek.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(`{ demands { totalCount } }`, {}, jinshan)).data.demands.totalCount).toBe(0);
  });

  it('submits it: the bureau is notified and has 5 working days', async () => {
    const res = await t.gql(`mutation($id: ID!) { submitDemand(id: $id) { status dueAt } }`, { id }, unit);
    expect(res.data.submitDemand.status).toBe('SUBMITTED');
    expect(res.data.submitDemand.dueAt).toBe('2026-11-30T15:59:59.000Z');
    const inbox = await t.gql(`{ notifications { title } }`, {}, jinshan);
    expect(inbox.data.notifications.map((n: any) => n.title)).toContain(`新需求待受理：${GOOD.title}`);
  });

  it('refuses another region’s bureau, another unit and an expert edit', async () => {
    const other = await t.gql(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id }, xuhui);
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const read = await t.gql(`query($id: ID!) { demand(id: $id) { title } }`, { id }, unitB);
    expect(read.errors![0].extensions.code).toBe('FORBIDDEN');
    const anon = await t.gql(`query($id: ID!) { demand(id: $id) { title } }`, { id });
    expect(anon.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const edit = await t.gql(
      `mutation($id: ID!, $i: DemandInput!) { updateDemand(id: $id, input: $i) { id } }`,
      { id, i: GOOD },
      unit,
    );
    expect(edit.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('returns it with a reason; the unit edits and resubmits; the bureau accepts', async () => {
    const noReason = await t.gql(
      `mutation($id: ID!) { returnDemand(id: $id, reason: " ") { status } }`,
      { id },
      jinshan,
    );
    expect(noReason.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const ret = await t.gql(
      `mutation($id: ID!) { returnDemand(id: $id, reason: "请补充大棚面积和发病时间") { status availableActions } }`,
      { id },
      jinshan,
    );
    expect(ret.data.returnDemand.status).toBe('RETURNED');
    const edit = await t.gql(
      `mutation($id: ID!, $i: DemandInput!) { updateDemand(id: $id, input: $i) { description version } }`,
      { id, i: { ...GOOD, description: GOOD.description + '发病始于 2 月中旬，涉及 8 个大棚。' } },
      unit,
    );
    expect(edit.errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id }, unit);
    // Accepting twice: the second is a conflict, not a silent success.
    const acc = await t.gql(
      `mutation($id: ID!) { acceptDemand(id: $id, note: "情况属实，同意受理") { status dueAt } }`,
      { id },
      jinshan,
    );
    expect(acc.data.acceptDemand.status).toBe('ACCEPTED');
    const again = await t.gql(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id }, jinshan);
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    expect(again.errors![0].message).toBe('需求当前为“属地已接单”，不能受理（仅“已下单”的需求可以受理）');
  });

  it('records every transition with who, when and why', async () => {
    const res = await t.gql(
      `query($id: ID!) { demand(id: $id) { history { fromStatus toStatus actorName note } } }`,
      { id },
      unit,
    );
    expect(res.data.demand.history).toEqual([
      { fromStatus: null, toStatus: 'DRAFT', actorName: '合作社 沈建国', note: null },
      { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorName: '合作社 沈建国', note: null },
      {
        fromStatus: 'SUBMITTED',
        toStatus: 'RETURNED',
        actorName: '金山区人社局 李静',
        note: '请补充大棚面积和发病时间',
      },
      { fromStatus: 'RETURNED', toStatus: 'SUBMITTED', actorName: '合作社 沈建国', note: null },
      {
        fromStatus: 'SUBMITTED',
        toStatus: 'ACCEPTED',
        actorName: '金山区人社局 李静',
        note: '情况属实，同意受理',
      },
    ]);
  });

  it('lets the unit cancel only before acceptance', async () => {
    const res = await t.gql(
      `mutation($id: ID!) { cancelDemand(id: $id, reason: "不需要了") { status } }`,
      { id },
      unit,
    );
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(res.errors![0].message).toContain('联系属地人社局');
  });
});

describe('bad input', () => {
  it.each([
    [{ title: '' }, 'title'],
    [{ expertsWanted: -2 }, 'expertsWanted'],
    [{ startDate: '2027-03-20', endDate: '2027-03-01' }, 'endDate'],
    [{ description: '问'.repeat(200 * 1024) }, 'description'],
    [{ regionCode: '999999' }, 'regionCode'],
    [{ regionCode: '310104' }, 'regionCode'],
    [{ contactPhone: '110' }, 'contactPhone'],
  ])('refuses %j with nothing written', async (over, field) => {
    const before = [await count('demands'), await count('demand_history'), await count('audit_log')];
    const res = await t.gql(CREATE, { i: { ...GOOD, ...over } }, unit);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    if (res.errors![0].extensions.fieldErrors)
      expect(Object.keys(res.errors![0].extensions.fieldErrors)).toContain(field);
    expect(res.errors![0].message).toMatch(/[\u4e00-\u9fff]/);
    expect([await count('demands'), await count('demand_history'), await count('audit_log')]).toEqual(before);
  });

  it('refuses to submit an incomplete draft, saying what is missing', async () => {
    const draft = await t.gql(CREATE, { i: { title: '想请专家来看看', expertsWanted: 1 } }, unit);
    const res = await t.gql(
      `mutation($id: ID!) { submitDemand(id: $id) { status } }`,
      { id: draft.data.createDemand.id },
      unit,
    );
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors![0].extensions.fieldErrors).sort()).toEqual([
      'contactName',
      'contactPhone',
      'description',
      'endDate',
      'fields',
      'serviceForms',
      'startDate',
    ]);
    const after = await t.gql(
      `query($id: ID!) { demand(id: $id) { status history { toStatus } } }`,
      { id: draft.data.createDemand.id },
      unit,
    );
    expect(after.data.demand).toEqual({ status: 'DRAFT', history: [{ toStatus: 'DRAFT' }] });
  });
});

describe('boards', () => {
  it('shows each role what it may see, with counts by status', async () => {
    // A bureau files on behalf of the other unit, then merges a duplicate.
    const filed = await t.gql(
      CREATE,
      {
        i: {
          ...GOOD,
          title: '社区中风高危人群筛查',
          fields: ['MEDICAL'],
          organizationId: (
            await t.runtime.dataSource.query(
              `SELECT id FROM organizations WHERE name = '枫泾镇社区卫生服务中心'`,
            )
          )[0].id,
        },
      },
      jinshan,
    );
    expect(filed.errors).toBeUndefined();
    await t.gql(
      `mutation($id: ID!) { submitDemand(id: $id) { status } }`,
      { id: filed.data.createDemand.id },
      jinshan,
    );
    const dup = await t.gql(CREATE, { i: { ...GOOD, title: '番茄灰霉病防治（重复）' } }, unit);
    await t.gql(
      `mutation($id: ID!) { submitDemand(id: $id) { status } }`,
      { id: dup.data.createDemand.id },
      unit,
    );
    const first = (await t.gql(`{ demands(filter: { query: "番茄病害" }) { nodes { id } } }`, {}, jinshan))
      .data.demands.nodes[0].id;
    const merged = await t.gql(
      `mutation($a: ID!, $b: ID!) { mergeDemand(id: $a, intoId: $b, reason: "同一合作社重复提交") { status mergedIntoId } }`,
      { a: dup.data.createDemand.id, b: first },
      jinshan,
    );
    expect(merged.data.mergeDemand).toEqual({ status: 'CANCELLED', mergedIntoId: first });

    const board = async (token: string, filter = {}) =>
      (
        await t.gql(
          `query($f: DemandFilter) { demands(filter: $f) { totalCount nodes { title status } countsByStatus { status count } } }`,
          { f: filter },
          token,
        )
      ).data.demands;
    const forUnit = await board(unit);
    expect(forUnit.nodes.map((n: any) => n.title)).not.toContain('社区中风高危人群筛查');
    expect(forUnit.totalCount).toBe(3); // the accepted one, the incomplete draft, the merged duplicate — nothing of the clinic
    const forClinic = await board(unitB);
    expect(forClinic.nodes.map((n: any) => n.title)).toEqual(['社区中风高危人群筛查']);
    expect((await board(xuhui)).totalCount).toBe(0);
    const forJinshan = await board(jinshan);
    const forCity = await board(shanghai);
    expect(forCity.totalCount).toBe(forJinshan.totalCount);
    const submitted = await board(jinshan, { statuses: ['SUBMITTED'] });
    expect(submitted.nodes.map((n: any) => n.title)).toEqual(['社区中风高危人群筛查']);
    expect(submitted.countsByStatus).toEqual(
      expect.arrayContaining([
        { status: 'SUBMITTED', count: 1 },
        { status: 'ACCEPTED', count: 1 },
        { status: 'CANCELLED', count: 1 },
      ]),
    );
    expect((await board(province, { fields: ['MEDICAL'] })).nodes.map((n: any) => n.title)).toEqual([
      '社区中风高危人群筛查',
    ]);
  });

  it('counts the units’ drafts for the bureau without listing them (辖区统计)', async () => {
    const created = await t.gql(CREATE, { i: { ...GOOD, title: '仅统计数量的草稿' } }, unit);
    expect(created.errors).toBeUndefined();
    const [{ n }] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM demands WHERE status = 'DRAFT' AND NOT filed_by_bureau AND region_code LIKE '310116%'`,
    );
    expect(n).toBeGreaterThan(0);
    const stats = async (token: string) =>
      (
        await t.gql(
          `{ demands(first: 50) { totalCount unitDraftCount nodes { title } countsByStatus { status count } } }`,
          {},
          token,
        )
      ).data.demands;
    const forJinshan = await stats(jinshan);
    expect(forJinshan.unitDraftCount).toBe(n);
    expect(forJinshan.nodes.map((d: any) => d.title)).not.toContain('仅统计数量的草稿');
    expect(forJinshan.countsByStatus.find((c: any) => c.status === 'DRAFT')).toBeUndefined();
    expect(forJinshan.countsByStatus.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(
      forJinshan.totalCount,
    );
    expect((await stats(xuhui)).unitDraftCount).toBe(0);
    // The unit lists its own drafts: nothing is hidden from it, so nothing is counted apart.
    const forUnit = await stats(unit);
    expect(forUnit.unitDraftCount).toBe(0);
    expect(forUnit.countsByStatus.find((c: any) => c.status === 'DRAFT')?.count).toBeGreaterThan(0);
    await t.gql(
      `mutation($id: ID!) { cancelDemand(id: $id, reason: "测试结束") { status } }`,
      { id: created.data.createDemand.id },
      unit,
    );
  });

  it('pages with a cursor', async () => {
    const p1 = (
      await t.gql(`{ demands(first: 2) { nodes { id } pageInfo { endCursor hasNextPage } } }`, {}, jinshan)
    ).data.demands;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (
      await t.gql(
        `query($a: String) { demands(first: 2, after: $a) { nodes { id } } }`,
        { a: p1.pageInfo.endCursor },
        jinshan,
      )
    ).data.demands;
    expect(p2.nodes.length).toBeGreaterThan(0);
    for (const n of p2.nodes) expect(p1.nodes.map((x: any) => x.id)).not.toContain(n.id);
  });
});

describe('time limits', () => {
  it('flags a demand the bureau left waiting, alerts the level above, and escalates to the province', async () => {
    const d = await t.gql(CREATE, { i: { ...GOOD, title: '葡萄园根瘤蚜防控' } }, unit);
    const id = d.data.createDemand.id;
    await t.gql(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id }, unit);
    const service = t.app.get(DemandDeadlineService);
    const [{ due_at }] = await t.runtime.dataSource.query(`SELECT due_at FROM demands WHERE id = $1`, [id]);
    const payload = { demandId: id, status: 'SUBMITTED', dueAt: new Date(due_at).toISOString(), level: 1 };
    // Before the limit: nothing happens.
    expect(await service.handleDeadline(payload)).toBe('not-yet');
    clock.set(new Date(new Date(due_at).getTime() + 60_000));
    expect(await service.handleDeadline(payload)).toBe('escalated');
    expect(await service.handleDeadline(payload)).toBe('done'); // idempotent
    const view = await t.gql(`query($id: ID!) { demand(id: $id) { overdue } }`, { id }, jinshan);
    expect(view.data.demand.overdue).toBe(true);
    const overdueBoard = await t.gql(
      `{ demands(filter: { overdue: true }) { nodes { title } } }`,
      {},
      jinshan,
    );
    expect(overdueBoard.data.demands.nodes.map((n: any) => n.title)).toContain('葡萄园根瘤蚜防控');
    const cityInbox = await t.gql(`{ notifications { title } }`, {}, shanghai);
    expect(cityInbox.data.notifications.map((n: any) => n.title)).toContain(
      '需求超时未处理：葡萄园根瘤蚜防控',
    );
    expect(await service.handleDeadline({ ...payload, level: 2 })).toBe('escalated');
    const provInbox = await t.gql(`{ notifications { title } }`, {}, province);
    expect(provInbox.data.notifications.map((n: any) => n.title)).toContain(
      '需求超时未处理：葡萄园根瘤蚜防控',
    );
    // Acting clears the flag; a late job for the old step does nothing.
    await t.gql(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id }, jinshan);
    expect(
      (await t.gql(`query($id: ID!) { demand(id: $id) { overdue } }`, { id }, jinshan)).data.demand.overdue,
    ).toBe(false);
    expect(await service.handleDeadline(payload)).toBe('moved-on');
  });
});

describe('notices', () => {
  it('tells the unit in plain sentences why its demand was returned or cancelled', async () => {
    const d = await t.gql(CREATE, { i: { ...GOOD, title: '测试' } }, unit);
    const id = d.data.createDemand.id;
    await t.gql(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id }, unit);
    await t.gql(
      `mutation($id: ID!) { returnDemand(id: $id, reason: "请补充大棚面积。") { status } }`,
      { id },
      jinshan,
    );
    await t.gql(`mutation($id: ID!) { cancelDemand(id: $id, reason: "错误输入") { status } }`, { id }, unit);
    const inbox: { title: string; body: string }[] = (
      await t.gql(`{ notifications { title body } }`, {}, unit)
    ).data.notifications;
    const code = (await t.runtime.dataSource.query(`SELECT code FROM demands WHERE id = $1`, [id]))[0].code;
    expect(inbox).toContainEqual({
      title: '需求已取消：测试',
      body: `需求 ${code} 已取消。原因：错误输入。`,
    });
    expect(inbox).toContainEqual({
      title: '需求已退回修改：测试',
      body: `需求 ${code} 被退回，请按意见修改后重新提交。退回意见：请补充大棚面积。`,
    });
  });
});
