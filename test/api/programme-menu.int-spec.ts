// 点餐 through GraphQL on the demo data: a published 2027 municipal team (call → application → recommendation →
// selection → publication, the short way), then an accepted demand: the dispatch console proposes the team with its
// experts' match scores and its capacity, and the dispatcher gives the demand to it as its next batch — the demand
// is DISPATCHED and linked to the team, the lead invited and booked; the booking constraint still holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgrammeYearEndService } from '@app/core';
import { readXlsxRows } from '@app/platform';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

async function ok<T = any>(query: string, vars: Record<string, unknown>, who: string | null): Promise<T> {
  const res = await t.gql<T>(query, vars, who ? tokens[who] : null);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data;
}
async function refused(query: string, vars: Record<string, unknown>, who: string | null) {
  const res = await t.gql(query, vars, who ? tokens[who] : null);
  expect(res.errors, `${who} should have been refused`).toBeDefined();
  const e = res.errors![0];
  return {
    code: e.extensions?.code as string,
    message: e.message as string,
    reason: e.extensions?.reason as string,
    fields: e.extensions?.fieldErrors as Record<string, string> | undefined,
  };
}

/** A 2027 municipal team led by `leadId`, applied for by `unit` through `local`, published by the province. */
export async function publishTeam(
  leadId: string,
  recommenderId: string,
): Promise<{ teamId: string; applicationId: string }> {
  const call = await ok(
    `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
    {
      i: {
        year: 2027,
        title: '2027年专家服务基层项目申报通知',
        opensOn: '2027-01-10',
        closesOn: '2027-01-31',
        recommendBy: '2027-02-07',
        categories: [{ category: 'MUNICIPAL_TEAM' }],
        recommenderIds: [recommenderId],
      },
    },
    'province',
  );
  const callId = call.createProgrammeCall.id;
  await ok(`mutation($id: ID!) { openProgrammeCall(id: $id) { status } }`, { id: callId }, 'province');
  const form = {
    name: '设施农业病虫害绿色防控专家服务团',
    expertCount: 3,
    visitCount: 2,
    startDate: '2027-03-01',
    endDate: '2027-10-31',
    cityCount: 1,
    countyCount: 1,
    places: '上海市金山区',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE'],
    contact: {
      department: '办公室',
      name: '王敏',
      officePhone: '021-62208660',
      mobile: '13800000000',
      email: 'wm@example.cn',
    },
    pairing: { crossProvinceKey: [], crossProvinceOther: [], inProvinceKey: [], inProvinceOther: [] },
    content: '设施蔬菜病虫害绿色防控技术指导。',
    budgetLines: [{ item: '专家劳务', amount: 80_000, source: '市级资助' }],
    leadExpertId: leadId,
    summary: '设施蔬菜病虫害绿色防控',
  };
  const app = await ok(
    `mutation($c: ID!, $i: ProgrammeApplicationInput!) { createProgrammeApplication(callId: $c, input: $i) { id } }`,
    { c: callId, i: { category: 'MUNICIPAL_TEAM', recommenderId, form } },
    'unit',
  );
  const applicationId = app.createProgrammeApplication.id;
  await ok(
    `mutation($id: ID!) { submitProgrammeApplication(id: $id) { status } }`,
    { id: applicationId },
    'unit',
  );
  await ok(
    `mutation($id: ID!) { decideProgrammeApplication(id: $id, decision: RECOMMEND, note: "同意推荐") { status } }`,
    { id: applicationId },
    'local',
  );
  await ok(`mutation($id: ID!) { closeProgrammeCall(id: $id) { status } }`, { id: callId }, 'province');
  await ok(
    `mutation($id: ID!) { decideProgrammeSelection(id: $id, decision: SELECT) { status } }`,
    { id: applicationId },
    'province',
  );
  await ok(`mutation($c: ID!) { publishProgrammeLists(callId: $c) { status } }`, { c: callId }, 'province');
  const done = await ok(
    `query($id: ID!) { programmeApplication(id: $id) { teamId } }`,
    { id: applicationId },
    'province',
  );
  return { teamId: done.programmeApplication.teamId, applicationId };
}

export async function acceptedDemand(
  title: string,
  startDate: string,
  endDate: string,
  who = 'unit',
): Promise<string> {
  const created = await ok(
    `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
    {
      i: {
        title,
        description: `${title}：合作社连栋大棚病害高发，需要专家现场诊断并指导绿色防控。`,
        fields: ['AGRICULTURE'],
        serviceForms: ['TECH_GUIDANCE'],
        expertsWanted: 1,
        startDate,
        endDate,
        expectedDays: 5,
        contactName: '沈建国',
        contactPhone: '13916001234',
      },
    },
    who,
  );
  const id = created.createDemand.id;
  await ok(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id }, who);
  await ok(
    `mutation($id: ID!) { acceptDemand(id: $id) { status } }`,
    { id },
    who === 'unit2' ? 'local2' : 'local',
  );
  return id;
}

const PROPOSALS = `query($d: ID!) { approvedTeamsForDemand(demandId: $d) { teamId name levelLabel score canTake reason
  experts { name lead score available } capacity { visitsPlanned demandsGiven visitsLeft daysPlanned daysServed budget spent budgetLeft full warning } } }`;
const GIVE = `mutation($i: GiveDemandToTeamInput!) { giveDemandToTeam(input: $i) { id name } }`;

beforeAll(async () => {
  t = await startTestApp({ demo: true, demoProgramme: false });
  for (const r of ['admin', 'province', 'local', 'local2', 'unit', 'unit2', 'expert'])
    tokens[r] = await t.login(r);
  ids.jinshan = (await ok(`{ me { organizationId } }`, {}, 'local')).me.organizationId;
  ids.lead = (await ok(`{ me { expertId } }`, {}, 'expert')).me.expertId;
  Object.assign(ids, await publishTeam(ids.lead, ids.jinshan));
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('点餐: demands reach approved teams', () => {
  it('a demand given to an approved team adds a batch to it', async () => {
    ids.d1 = await acceptedDemand('设施番茄灰霉病绿色防控技术指导', '2027-04-01', '2027-04-30');
    expect((await refused(PROPOSALS, { d: ids.d1 }, 'local')).code).toBe('FORBIDDEN');
    const proposed = (await ok(PROPOSALS, { d: ids.d1 }, 'province')).approvedTeamsForDemand;
    const mine = proposed.find((p: any) => p.teamId === ids.teamId);
    expect(mine).toMatchObject({ levelLabel: '市级', canTake: true, reason: null });
    expect(mine.experts[0]).toMatchObject({ lead: true, available: true });
    expect(mine.score).toBeGreaterThanOrEqual(0);
    expect(mine.capacity).toEqual({
      visitsPlanned: 2,
      demandsGiven: 0,
      visitsLeft: 2,
      daysPlanned: 0,
      daysServed: 0,
      budget: 100_000,
      spent: 0,
      budgetLeft: 100_000,
      full: false,
      warning: null,
    });

    // Bad input: a batch outside the team's year of service, writing nothing.
    const outside = await refused(
      GIVE,
      { i: { demandId: ids.d1, teamId: ids.teamId, startDate: '2027-11-10', endDate: '2027-11-20' } },
      'province',
    );
    expect(outside.code).toBe('BAD_USER_INPUT');
    expect(outside.fields?.startDate).toContain('服务期（2027-03-01 至 2027-10-31）之内');
    // A day that does not exist is refused in words (it once reached the booking range and answered 500).
    const noSuchDay = await refused(
      GIVE,
      { i: { demandId: ids.d1, teamId: ids.teamId, startDate: '2027-13-01', endDate: '2027-04-31' } },
      'province',
    );
    expect(noSuchDay.code).toBe('BAD_USER_INPUT');
    expect(noSuchDay.fields?.startDate).toBe('开始日期“2027-13-01”不是有效的日期，请按 YYYY-MM-DD 填写');
    expect(noSuchDay.fields?.endDate).toContain('2027-04-31');
    expect(
      (
        await refused(
          GIVE,
          { i: { demandId: ids.d1, teamId: ids.teamId, startDate: '2027-04-01', endDate: '2027-04-05' } },
          'local',
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await ok(`query($id: ID!) { demand(id: $id) { status } }`, { id: ids.d1 }, 'province')).demand.status,
    ).toBe('ACCEPTED');

    const given = await ok(
      GIVE,
      { i: { demandId: ids.d1, teamId: ids.teamId, startDate: '2027-04-01', endDate: '2027-04-05' } },
      'province',
    );
    expect(given.giveDemandToTeam.id).toBe(ids.teamId);
    const d1 = await ok(`query($id: ID!) { demand(id: $id) { status } }`, { id: ids.d1 }, 'province');
    expect(d1.demand.status).toBe('DISPATCHED');
    const linked = await t.runtime.dataSource.query(`SELECT demand_id FROM team_demands WHERE team_id = $1`, [
      ids.teamId,
    ]);
    expect(linked.map((r: any) => r.demand_id)).toEqual([ids.d1]);
    // The lead is invited and booked for the batch, and confirms: the demand goes into service as after a dispatch.
    const inv = await ok(`{ myInvitations { id status teamId } }`, {}, 'expert');
    const place = inv.myInvitations.find((a: any) => a.teamId === ids.teamId);
    expect(place.status).toBe('INVITED');
    await ok(
      `mutation($a: ID!) { respondInvitation(assignmentId: $a, accept: true) { status } }`,
      { a: place.id },
      'expert',
    );
    expect(
      (await ok(`query($id: ID!) { demand(id: $id) { status } }`, { id: ids.d1 }, 'province')).demand.status,
    ).toBe('IN_SERVICE');

    // The second batch: the lead serves already, the booking widens to cover it and the demand starts at once.
    ids.d2 = await acceptedDemand('大棚黄瓜霜霉病防治指导', '2027-06-01', '2027-06-30');
    const again = (await ok(PROPOSALS, { d: ids.d2 }, 'province')).approvedTeamsForDemand.find(
      (p: any) => p.teamId === ids.teamId,
    );
    expect(again.capacity).toMatchObject({ demandsGiven: 1, visitsLeft: 1, daysPlanned: 5 });
    expect(again.canTake).toBe(true);
    await ok(
      GIVE,
      { i: { demandId: ids.d2, teamId: ids.teamId, startDate: '2027-06-10', endDate: '2027-06-14' } },
      'province',
    );
    expect(
      (await ok(`query($id: ID!) { demand(id: $id) { status } }`, { id: ids.d2 }, 'province')).demand.status,
    ).toBe('IN_SERVICE');
    const [booking] = await t.runtime.dataSource.query(
      `SELECT period::text AS period, status FROM assignments WHERE team_id = $1`,
      [ids.teamId],
    );
    expect(booking).toEqual({ period: '[2027-04-01,2027-06-15)', status: 'CONFIRMED' });
    const n = await ok(`{ notifications { kind body } }`, {}, 'expert');
    expect(n.notifications.find((x: any) => x.kind === 'programme.batch_given').body).toContain(
      '2027-06-10 至 2027-06-14',
    );
    const full = (await ok(PROPOSALS, { d: ids.d2 }, 'province')).approvedTeamsForDemand;
    expect(full).toEqual([]); // d2 is no longer ACCEPTED
    // A demand already given cannot be given again.
    expect(
      (
        await refused(
          GIVE,
          { i: { demandId: ids.d2, teamId: ids.teamId, startDate: '2027-06-10', endDate: '2027-06-14' } },
          'province',
        )
      ).reason,
    ).toBe('DEMAND_NOT_DISPATCHABLE');
  });

  it('no double booking: a team formed as today cannot take the lead in a batch period', async () => {
    const d3 = await acceptedDemand('草莓白粉病防治', '2027-05-01', '2027-05-31', 'unit2');
    const res = await t.gql(
      `mutation($i: DispatchInput!) { dispatchTeam(input: $i) { id } }`,
      {
        i: {
          demandIds: [d3],
          name: '草莓白粉病防治服务团',
          level: 'MUNICIPAL',
          leadExpertId: ids.lead,
          memberExpertIds: [],
          startDate: '2027-05-01',
          endDate: '2027-05-10',
        },
      },
      tokens.province,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('设施农业病虫害绿色防控专家服务团');
  });
});

describe('服务菜单: units order from what approved teams offer', () => {
  const SAVE = `mutation($id: ID, $i: ProgrammeOfferInput!) { saveProgrammeOffer(id: $id, input: $i) { id title ownerKind ownerName capacity ordered remaining status } }`;
  const MENU = `query($q: String, $f: Field, $r: String, $y: Int) { programmeMenu(query: $q, field: $f, regionCode: $r, year: $y) { id title ownerName remaining score } }`;
  const ORDER = `mutation($o: ID!, $i: ProgrammeOrderInput!) { orderProgrammeOffer(offerId: $o, input: $i) { id status title } }`;
  const offer = (region: string, over: Record<string, unknown> = {}) => ({
    teamId: ids.teamId,
    title: '设施蔬菜病虫害绿色防控现场指导',
    description: '现场诊断番茄、黄瓜灰霉病等病害，指导绿色防控与科学用药。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE'],
    regionCodes: [region],
    places: '各涉农乡镇',
    months: [6, 7, 8],
    capacity: 1,
    ...over,
  });

  it('order → demand linked, the bureau vets it, the dispatcher gives it to the linked team', async () => {
    const region2 = (await ok(`{ me { regionCode } }`, {}, 'unit2')).me.regionCode;
    expect((await ok(`{ programmeOfferOwners { teamId name } }`, {}, 'unit')).programmeOfferOwners).toEqual([
      { teamId: ids.teamId, name: '设施农业病虫害绿色防控专家服务团' },
    ]);
    const bad = await refused(SAVE, { i: offer(region2, { title: ' ', months: [13], capacity: 0 }) }, 'unit');
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['capacity', 'months', 'title']);
    // Another unit may not publish for a team it does not host.
    expect((await refused(SAVE, { i: offer(region2) }, 'unit2')).fields?.teamId).toBe(
      '请选择本单位入选的服务团或基地',
    );
    expect(await t.runtime.dataSource.query(`SELECT id FROM programme_offers`)).toEqual([]);
    const saved = (await ok(SAVE, { i: offer(region2) }, 'unit')).saveProgrammeOffer;
    expect(saved).toMatchObject({
      ownerKind: '服务团',
      ownerName: '设施农业病虫害绿色防控专家服务团',
      capacity: 1,
      ordered: 0,
      remaining: 1,
      status: 'OPEN',
    });

    // The menu: by words (with the lexicon's forms), by field, by region.
    const found = (await ok(MENU, { q: '番茄 灰霉病', f: 'AGRICULTURE', r: region2, y: 2027 }, 'unit2'))
      .programmeMenu;
    expect(found.map((o: any) => o.id)).toEqual([saved.id]);
    expect((await ok(MENU, { q: '卒中', y: 2027 }, 'unit2')).programmeMenu).toEqual([]);
    // A sentence as a clerk types it is read as words (filler out, colloquial forms), not one long word.
    for (const q of ['我们村大棚番茄叶子发黄卷起来了怎么办', '西红柿得了灰霉病，想请专家来看看'])
      expect((await ok(MENU, { q, y: 2027 }, 'unit2')).programmeMenu.map((o: any) => o.id)).toEqual([
        saved.id,
      ]);
    expect((await ok(MENU, { q: '我们村的猪拉稀怎么办', y: 2027 }, 'unit2')).programmeMenu).toEqual([]);
    expect((await ok(MENU, { f: 'MEDICAL', y: 2027 }, 'unit2')).programmeMenu).toEqual([]);
    expect((await ok(MENU, { r: '110000', y: 2027 }, 'unit2')).programmeMenu).toEqual([]);

    // Ordering outside the offer's months is refused, writing nothing.
    const before = (await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM demands`))[0].n;
    const month = await refused(
      ORDER,
      {
        o: saved.id,
        i: {
          startDate: '2027-03-01',
          endDate: '2027-03-31',
          contactName: '李明',
          contactPhone: '13916001234',
        },
      },
      'unit2',
    );
    expect(month.fields?.startDate).toBe('可服务月份：6、7、8 月');
    expect((await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM demands`))[0].n).toBe(before);

    const ordered = (
      await ok(
        ORDER,
        {
          o: saved.id,
          i: {
            startDate: '2027-07-01',
            endDate: '2027-07-31',
            expectedDays: 3,
            contactName: '李明',
            contactPhone: '13916001234',
          },
        },
        'unit2',
      )
    ).orderProgrammeOffer;
    expect(ordered).toMatchObject({ status: 'SUBMITTED', title: '【点餐】设施蔬菜病虫害绿色防控现场指导' });
    expect(
      await t.runtime.dataSource.query(`SELECT offer_id FROM programme_offer_orders WHERE demand_id = $1`, [
        ordered.id,
      ]),
    ).toEqual([{ offer_id: saved.id }]);
    // The only place is taken.
    expect(
      (await refused(ORDER, { o: saved.id, i: { startDate: '2027-07-01', endDate: '2027-07-31' } }, 'unit2'))
        .reason,
    ).toBe('OFFER_CLOSED');
    expect((await ok(`{ myProgrammeOffers { ordered remaining } }`, {}, 'unit')).myProgrammeOffers).toEqual([
      { ordered: 1, remaining: 0 },
    ]);

    // Still vetted by the bureau.
    await ok(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id: ordered.id }, 'local2');
    const proposed = (
      await ok(PROPOSALS.replace('teamId name', 'teamId ordered name'), { d: ordered.id }, 'province')
    ).approvedTeamsForDemand;
    expect(proposed[0]).toMatchObject({ teamId: ids.teamId, ordered: true, reason: null, canTake: true });
    await ok(
      GIVE,
      { i: { demandId: ordered.id, teamId: ids.teamId, startDate: '2027-07-06', endDate: '2027-07-08' } },
      'province',
    );
    const linked = await t.runtime.dataSource.query(
      `SELECT 1 FROM team_demands WHERE team_id = $1 AND demand_id = $2`,
      [ids.teamId, ordered.id],
    );
    expect(linked).toHaveLength(1);
    expect(['DISPATCHED', 'IN_SERVICE']).toContain(
      (await ok(`query($id: ID!) { demand(id: $id) { status } }`, { id: ordered.id }, 'province')).demand
        .status,
    );
  });
  it('an order is one unit of work: a refused order writes nothing; two orders for the last place make one demand', async () => {
    const region2 = (await ok(`{ me { regionCode } }`, {}, 'unit2')).me.regionCode;
    const last = (
      await ok(SAVE, { i: offer(region2, { title: '大棚黄瓜霜霉病现场诊断', capacity: 1 }) }, 'unit')
    ).saveProgrammeOffer;
    const tables = ['demands', 'demand_history', 'outbox', 'programme_offer_orders', 'audit_log'];
    const snapshot = async () =>
      Object.fromEntries(
        await Promise.all(
          tables.map(async (table) => [
            table,
            (await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n,
          ]),
        ),
      );
    const order = (over: Record<string, unknown> = {}) => ({
      o: last.id,
      i: {
        startDate: '2027-07-01',
        endDate: '2027-07-31',
        contactName: '李明',
        contactPhone: '13916001234',
        ...over,
      },
    });
    const before = await snapshot();
    // Bad input, refused by the demand path inside the unit: nothing written.
    const bad = await refused(ORDER, order({ endDate: '2027-06-01', contactPhone: '12' }), 'unit2');
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);

    // Two orders race for the one place: exactly one demand, no cancelled draft left behind.
    const results = await Promise.all([
      t.gql(ORDER, order(), tokens.unit2),
      t.gql(ORDER, order({ expectedDays: 2 }), tokens.unit2),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost[0]!.errors![0].extensions.reason).toBe('OFFER_CLOSED');
    const made = await t.runtime.dataSource.query(
      `SELECT d.status FROM demands d WHERE d.title = '【点餐】大棚黄瓜霜霉病现场诊断'`,
    );
    expect(made).toEqual([{ status: 'SUBMITTED' }]);
    const after = await snapshot();
    expect(after.demands).toBe(before.demands + 1);
    expect(after.programme_offer_orders).toBe(before.programme_offer_orders + 1);
    expect(after.demand_history).toBe(before.demand_history + 2); // created, submitted

    // Capacity gone, then the offer closed: refused, nothing written.
    expect((await refused(ORDER, order(), 'unit2')).reason).toBe('OFFER_CLOSED');
    await ok(
      `mutation($id: ID!, $open: Boolean!) { setProgrammeOfferOpen(id: $id, open: $open) { status } }`,
      { id: last.id, open: false },
      'unit',
    );
    const closed = await snapshot();
    expect((await refused(ORDER, order(), 'unit2')).reason).toBe('OFFER_CLOSED');
    expect(await snapshot()).toEqual(closed);
  });
});

describe('年终: deadlines with reminders, year reports, who has not reported', () => {
  const STATUS = `query($y: Int!) { programmeYearReports(year: $y) { teamId teamName reported late spent budget balanceNote surveyMissing } }`;
  const SUBMIT = `mutation($t: ID!, $i: ProgrammeYearReportInput!) { submitProgrammeYearReport(teamId: $t, input: $i) }`;
  const EXPORT = `query($y: Int!) { exportProgrammeYearMissing(year: $y) { fileName contentBase64 } }`;

  it('publication set the reminders; teams are reminded, report, and the province sees who has not', async () => {
    const jobs = await t.runtime.dataSource.query(
      `SELECT job_id, to_char(run_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS at FROM outbox WHERE job_name = 'programme.year-end' ORDER BY run_at`,
    );
    expect(jobs).toEqual([
      { job_id: 'programme-year-end-2027-SERVICES_END', at: '2027-11-03 09:00' },
      { job_id: 'programme-year-end-2027-REPORT_DUE', at: '2027-11-17 09:00' },
      { job_id: 'programme-year-end-2027-REPORT_OVERDUE', at: '2027-11-21 09:00' },
    ]);
    expect(
      (await ok(`{ programmeYearDeadlines(year: 2026) { servicesEndOn reportsDueOn } }`, {}, 'unit'))
        .programmeYearDeadlines,
    ).toEqual({ servicesEndOn: '2026-11-10', reportsDueOn: '2026-11-20' });

    expect((await refused(STATUS, { y: 2027 }, 'local')).code).toBe('FORBIDDEN');
    const [before] = (await ok(STATUS, { y: 2027 }, 'province')).programmeYearReports;
    expect(before).toMatchObject({
      teamId: ids.teamId,
      reported: false,
      late: false,
      budget: 100_000,
      spent: 0,
    });
    expect(before.surveyMissing).toContain('服务批次');
    const sheet = async () =>
      readXlsxRows(
        Buffer.from(
          (await ok(EXPORT, { y: 2027 }, 'province')).exportProgrammeYearMissing.contentBase64,
          'base64',
        ),
      );
    const rows = await sheet();
    expect(rows[0]).toEqual([
      '序号',
      '服务团',
      '级别',
      '依托单位',
      '核定经费（元）',
      '已支出（元）',
      '成效调查表缺项',
      '状态',
    ]);
    expect(rows[1]!.slice(0, 3)).toEqual(['1', '设施农业病虫害绿色防控专家服务团', '市级']);
    expect(rows[1]![7]).toBe('未上报');

    // The reminder's run (the job handler, as the worker calls it on 17 November).
    const yearEnd = t.app.get(ProgrammeYearEndService);
    await yearEnd.remind({ year: 2027, kind: 'REPORT_DUE' });
    for (const who of ['expert', 'unit']) {
      const n = await ok(`{ notifications { kind body } }`, {}, who);
      expect(n.notifications.find((x: any) => x.kind === 'programme.report_due').body).toContain(
        '2027-11-20 前上报服务团“设施农业病虫害绿色防控专家服务团”',
      );
    }

    // The team has logged nothing: its report is refused until the survey holds what every team has (the final
    // accounts themselves are tested in programme-year-end.int-spec.ts); another unit may not file; nothing written.
    const early = await refused(
      SUBMIT,
      { t: ids.teamId, i: { summary: '全年完成 3 批次服务', lines: [{ spent: 0 }, { spent: 0 }] } },
      'expert',
    );
    expect(early.fields?.survey).toContain('成效调查表尚缺：服务批次');
    expect(early.fields?.balanceNote).toBe('经费结余 100000 元，请作出专项说明（结余经费应予退回）');
    expect(
      (
        await refused(
          SUBMIT,
          { t: ids.teamId, i: { summary: '全年完成 3 批次服务', balanceNote: '退回' } },
          'unit2',
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(await t.runtime.dataSource.query(`SELECT 1 FROM programme_year_reports`)).toEqual([]);
    // After the deadline the province hears who has not reported.
    await yearEnd.remind({ year: 2027, kind: 'REPORT_OVERDUE' });
    const province = await ok(`{ notifications { kind body } }`, {}, 'province');
    expect(province.notifications.find((x: any) => x.kind === 'programme.reports_missing').body).toContain(
      '设施农业病虫害绿色防控专家服务团',
    );
  });
});
