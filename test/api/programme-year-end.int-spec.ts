// 年终 through GraphQL on the demo data, on a clock the test moves through 2026: a municipal team and a municipal
// base are published in March; the team serves in April and records its spending; in November it files its year
// report with the final accounts (经费决算) against its approved budget lines — refused while the survey lacks what
// every team has, while a line is overspent, while the total disagrees with the recorded spending, while money left
// is unexplained — and the province reads the accounts. The base's year is the annex 4 survey computed from the
// activities it hosted, and the province's year-end overview lists the year's bases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@app/platform';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-server.js';

let t: TestApp;
const clock = new ManualClock(new Date('2026-03-01T10:00:00+08:00'));
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
    fields: e.extensions?.fieldErrors as Record<string, string> | undefined,
  };
}
const count = async (table: string) =>
  (await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

const CONTACT = {
  department: '办公室',
  name: '王敏',
  officePhone: '021-62208660',
  mobile: '13800000000',
  email: 'wm@example.cn',
};

beforeAll(async () => {
  t = await startTestApp({ demo: true, demoProgramme: false, clock });
  for (const r of ['admin', 'province', 'local', 'unit', 'unit2', 'expert']) tokens[r] = await t.login(r);
  ids.jinshan = (await ok(`{ me { organizationId } }`, {}, 'local')).me.organizationId;
  ids.lead = (await ok(`{ me { expertId } }`, {}, 'expert')).me.expertId;
  const hits = (
    await ok(`{ experts(query: "农业", first: 3) { hits { expert { id } } } }`, {}, 'province')
  ).experts.hits.map((h: any) => h.expert.id as string);
  ids.other = hits.find((id: string) => id !== ids.lead)!;
  // A second department and its host unit, for the base (one project or base per department and year).
  const org = async (name: string, kind: string) =>
    (
      await ok(
        `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, kind, regionCode: '310000' } },
        'admin',
      )
    ).createOrganization.id;
  const account = async (username: string, role: string, organizationId: string) => {
    await ok(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { username, role, organizationId, regionCode: '310000', password: TEST_PASSWORD } },
      'admin',
    );
    tokens[username] = await t.login(username);
  };
  ids.health = await org('上海市卫生健康委员会', 'BUREAU');
  await account('weijian', 'LOCAL', ids.health);
  ids.hospital = await org('上海市第六人民医院金山分院', 'UNIT');
  await account('hospital', 'UNIT', ids.hospital);

  const call = await ok(
    `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
    {
      i: {
        year: 2026,
        title: '2026年专家服务基层项目申报通知',
        opensOn: '2026-01-10',
        closesOn: '2026-01-31',
        recommendBy: '2026-02-07',
        categories: [{ category: 'MUNICIPAL_TEAM' }, { category: 'MUNICIPAL_BASE' }],
        recommenderIds: [ids.jinshan, ids.health],
      },
    },
    'province',
  );
  const callId = call.createProgrammeCall.id;
  await ok(`mutation($id: ID!) { openProgrammeCall(id: $id) { status } }`, { id: callId }, 'province');
  const apply = async (who: string, recommender: string, input: Record<string, unknown>) => {
    const a = await ok(
      `mutation($c: ID!, $i: ProgrammeApplicationInput!) { createProgrammeApplication(callId: $c, input: $i) { id } }`,
      { c: callId, i: { ...input, recommenderId: recommender } },
      who,
    );
    const id = a.createProgrammeApplication.id;
    await ok(`mutation($id: ID!) { submitProgrammeApplication(id: $id) { status } }`, { id }, who);
    return id as string;
  };
  ids.teamApp = await apply('unit', ids.jinshan, {
    category: 'MUNICIPAL_TEAM',
    form: {
      name: '设施蔬菜绿色防控专家服务团',
      expertCount: 3,
      visitCount: 2,
      startDate: '2026-03-01',
      endDate: '2026-10-31',
      cityCount: 1,
      countyCount: 1,
      places: '上海市金山区',
      fields: ['AGRICULTURE'],
      serviceForms: ['TECH_GUIDANCE'],
      contact: CONTACT,
      pairing: { crossProvinceKey: [], crossProvinceOther: [], inProvinceKey: [], inProvinceOther: [] },
      content: '设施蔬菜病虫害绿色防控技术指导。',
      budgetLines: [
        { item: '专家劳务', amount: 60_000, source: '市级资助' },
        { item: '交通差旅', amount: 20_000, source: '市级资助' },
      ],
      leadExpertId: ids.lead,
      summary: '设施蔬菜病虫害绿色防控',
    },
  });
  ids.baseApp = await apply('hospital', ids.health, {
    category: 'MUNICIPAL_BASE',
    form: {
      name: '卒中防治专家服务基地',
      hostUnitName: '上海市第六人民医院金山分院',
      establishedOn: '2022-05-01',
      field: 'MEDICAL',
      location: '上海市金山区',
      hostType: 'RESEARCH_INSTITUTION',
      ownExperts: 8,
      externalExperts: 2,
      address: '上海市金山区某路 1 号',
      contact: CONTACT,
      necessityGrassroots: '基层卒中防治能力不足',
      areas: '脑卒中筛查',
      supportForExperts: '交通食宿与场地',
      flexibleTalent: '与高校共建平台',
      threeYearPlan: '每年组织 4 批次基层服务',
      pastActivity: '近三年开展义诊 30 场',
      budgetLines: [{ item: '基地活动', amount: 150_000, source: '市级资助' }],
      leadExpertId: ids.lead,
      summary: '卒中筛查与基层医生培训',
    },
  });
  const decide = `mutation($id: ID!) { decideProgrammeApplication(id: $id, decision: RECOMMEND, note: "同意推荐") { status } }`;
  await ok(decide, { id: ids.teamApp }, 'local');
  await ok(decide, { id: ids.baseApp }, 'weijian');
  await ok(`mutation($id: ID!) { closeProgrammeCall(id: $id) { status } }`, { id: callId }, 'province');
  for (const id of [ids.teamApp, ids.baseApp])
    await ok(
      `mutation($id: ID!) { decideProgrammeSelection(id: $id, decision: SELECT) { status } }`,
      { id },
      'province',
    );
  await ok(`mutation($c: ID!) { publishProgrammeLists(callId: $c) { status } }`, { c: callId }, 'province');
  const apps = async (id: string) =>
    (await ok(`query($id: ID!) { programmeApplication(id: $id) { teamId baseId } }`, { id }, 'province'))
      .programmeApplication;
  ids.teamId = (await apps(ids.teamApp)).teamId;
  ids.baseId = (await apps(ids.baseApp)).baseId;
}, 240_000);

afterAll(async () => {
  await t?.close();
});

const FORM = `query($t: ID!) { programmeYearReportForm(teamId: $t) { teamName year budget recorded lines { item source amount }
  surveyMissing surveyBlocking reported summary accounts { budget spent balance returned unreturned lines { item amount spent balance } } } }`;
const SUBMIT = `mutation($t: ID!, $i: ProgrammeYearReportInput!) { submitProgrammeYearReport(teamId: $t, input: $i) }`;
const STATUS = `query($y: Int!) { programmeYearReports(year: $y) { teamId reported spent budget balanceNote
  accounts { budget spent balance returned unreturned lines { item source amount spent balance } } } }`;
const spent = (...v: number[]) => v.map((s) => ({ spent: s }));

describe('年终: the year report is the team’s final accounts', () => {
  it('refuses a report while the survey lacks what every team has, and writes nothing', async () => {
    const form = (await ok(FORM, { t: ids.teamId }, 'expert')).programmeYearReportForm;
    // A municipal team is funded 10 万 whatever it asked: the difference is a line of its own.
    expect(form).toMatchObject({
      teamName: '设施蔬菜绿色防控专家服务团',
      year: 2026,
      budget: 100_000,
      recorded: 0,
      reported: false,
      accounts: null,
      lines: [
        { item: '专家劳务', source: '市级资助', amount: 60_000 },
        { item: '交通差旅', source: '市级资助', amount: 20_000 },
        { item: '核定经费超出申报预算部分', source: '核定经费', amount: 20_000 },
      ],
    });
    expect(form.surveyBlocking).toEqual(['服务批次', '服务的企事业单位数', '服务保障措施']);
    const early = await refused(
      SUBMIT,
      {
        t: ids.teamId,
        i: { summary: '全年服务', lines: spent(0, 0, 0), amountReturned: 100_000, balanceNote: '未开展服务' },
      },
      'unit',
    );
    expect(early.code).toBe('BAD_USER_INPUT');
    expect(early.fields?.survey).toBe(
      '成效调查表尚缺：服务批次、服务的企事业单位数、服务保障措施。请先在服务团详情中登记服务批次、服务单位和服务保障措施后再上报',
    );
    // Only the lead, the host unit and the province file; nobody reads another team's form.
    expect((await refused(FORM, { t: ids.teamId }, 'unit2')).code).toBe('FORBIDDEN');
    expect((await refused(FORM, { t: ids.teamId }, 'local')).code).toBe('FORBIDDEN');
    expect(await count('programme_year_reports')).toBe(0);
  });

  it('the team serves, records spending; the accounts must agree, lines not overspent, the balance explained', async () => {
    // April: a demand of the host district given to the team as its batch; the lead confirms and logs the visit.
    const demand = await ok(
      `mutation($i: DemandInput!) { createDemand(input: $i) { id regionCode } }`,
      {
        i: {
          title: '设施番茄灰霉病绿色防控技术指导',
          description: '合作社连栋大棚灰霉病高发，需要专家现场诊断并指导绿色防控。',
          fields: ['AGRICULTURE'],
          serviceForms: ['TECH_GUIDANCE'],
          expertsWanted: 1,
          startDate: '2026-04-01',
          endDate: '2026-04-30',
          expectedDays: 2,
          contactName: '沈建国',
          contactPhone: '13916001234',
        },
      },
      'unit',
    );
    const demandId = demand.createDemand.id;
    await ok(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id: demandId }, 'unit');
    await ok(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id: demandId }, 'local');
    await ok(
      `mutation($i: GiveDemandToTeamInput!) { giveDemandToTeam(input: $i) { id } }`,
      { i: { demandId, teamId: ids.teamId, startDate: '2026-04-08', endDate: '2026-04-09' } },
      'province',
    );
    const inv = (await ok(`{ myInvitations { id teamId } }`, {}, 'expert')).myInvitations.find(
      (a: any) => a.teamId === ids.teamId,
    );
    await ok(
      `mutation($a: ID!) { respondInvitation(assignmentId: $a, accept: true) { status } }`,
      { a: inv.id },
      'expert',
    );
    clock.set(new Date('2026-04-12T10:00:00+08:00'));
    await ok(
      `mutation($i: ServiceBatchInput!) { logServiceBatch(input: $i) { id } }`,
      {
        i: {
          teamId: ids.teamId,
          demandId,
          startDate: '2026-04-08',
          endDate: '2026-04-09',
          days: 2,
          regionCode: demand.createDemand.regionCode,
          unitsServed: 1,
          unitNames: ['廊下镇蔬菜专业合作社'],
          expertIds: [ids.lead],
          activities: [{ type: 'ONSITE_GUIDANCE', count: 2, participants: 30 }],
          problemsSolved: ['番茄灰霉病诊断与绿色防控方案'],
        },
      },
      'expert',
    );
    const expense = `mutation($t: ID!, $i: TeamExpenseInput!) { addTeamExpense(teamId: $t, input: $i) { spent } }`;
    await ok(
      expense,
      { t: ids.teamId, i: { category: 'EXPERT_FEES', amount: 50_000, spentOn: '2026-04-10' } },
      'expert',
    );
    await ok(
      expense,
      { t: ids.teamId, i: { category: 'TRAVEL', amount: 12_000, spentOn: '2026-04-10' } },
      'expert',
    );
    await ok(
      `mutation($t: ID!, $i: TeamReportInput!) { updateTeamReport(teamId: $t, input: $i) { spent } }`,
      { t: ids.teamId, i: { supportMeasures: '为专家购买意外险，安排交通食宿' } },
      'expert',
    );

    clock.set(new Date('2026-11-16T10:00:00+08:00'));
    const form = (await ok(FORM, { t: ids.teamId }, 'unit')).programmeYearReportForm;
    expect(form).toMatchObject({ recorded: 62_000, surveyBlocking: [] });
    // Outcome items stay warnings: a vegetable team has no clinics.
    expect(form.surveyMissing).toContain('义诊问诊(人次)');

    const filing = (lines: number[], over: Record<string, unknown> = {}) => ({
      t: ids.teamId,
      i: {
        summary: '全年完成 1 批次 2 天现场指导，解决番茄灰霉病防控问题。',
        lines: lines.map((s) => ({ spent: s })),
        amountReturned: 38_000,
        balanceNote: '第二批次改为线上指导，劳务与差旅结余 3.8 万元已退回',
        ...over,
      },
    });
    const over = await refused(SUBMIT, filing([60_001, 2_000, 0]), 'unit');
    expect(over.fields).toEqual({
      'lines.0.spent': '第 1 行“专家劳务”：实际支出 60001 元超过该项预算 60000 元',
    });
    const negative = await refused(SUBMIT, filing([50_000, -1, 12_001]), 'unit');
    expect(negative.fields?.['lines.1.spent']).toBe('第 2 行：实际支出应为不小于 0 的整数（单位：元）');
    const disagree = await refused(SUBMIT, filing([50_000, 10_000, 0]), 'unit');
    expect(disagree.fields?.lines).toBe(
      '决算支出合计 60000 元与全年登记的经费支出 62000 元不一致，请核对各项支出或补登支出记录',
    );
    const unexplained = await refused(
      SUBMIT,
      filing([50_000, 12_000, 0], { balanceNote: ' ', amountReturned: 40_000 }),
      'unit',
    );
    expect(unexplained.fields).toEqual({
      balanceNote: '经费结余 38000 元，请作出专项说明（结余经费应予退回）',
      amountReturned: '退回金额不能超过结余经费 38000 元',
    });
    expect(await count('programme_year_reports')).toBe(0);

    // The host unit files; the province reads the accounts line by line.
    expect((await ok(SUBMIT, filing([50_000, 12_000, 0]), 'unit')).submitProgrammeYearReport).toBe(true);
    const [row] = (await ok(STATUS, { y: 2026 }, 'province')).programmeYearReports;
    expect(row).toMatchObject({ teamId: ids.teamId, reported: true, spent: 62_000, budget: 100_000 });
    expect(row.accounts).toEqual({
      budget: 100_000,
      spent: 62_000,
      balance: 38_000,
      returned: 38_000,
      unreturned: 0,
      lines: [
        { item: '专家劳务', source: '市级资助', amount: 60_000, spent: 50_000, balance: 10_000 },
        { item: '交通差旅', source: '市级资助', amount: 20_000, spent: 12_000, balance: 8_000 },
        { item: '核定经费超出申报预算部分', source: '核定经费', amount: 20_000, spent: 0, balance: 20_000 },
      ],
    });
    // The lead expert may file too: a second filing replaces the first, the part not yet returned is shown.
    await ok(SUBMIT, filing([50_000, 12_000, 0], { amountReturned: 30_000 }), 'expert');
    const [again] = (await ok(STATUS, { y: 2026 }, 'province')).programmeYearReports;
    expect(again.accounts).toMatchObject({ returned: 30_000, unreturned: 8_000 });
    const stored = await t.runtime.dataSource.query(
      `SELECT spent, amount_returned, jsonb_array_length(lines) AS lines FROM programme_year_reports`,
    );
    expect(stored).toEqual([{ spent: 62_000, amount_returned: 30_000, lines: 3 }]);
    const form2 = (await ok(FORM, { t: ids.teamId }, 'expert')).programmeYearReportForm;
    expect(form2).toMatchObject({ reported: true, accounts: { returned: 30_000 } });
  });
});

describe('a base’s year in the survey (annex 4)', () => {
  const RECORD = `mutation($b: ID!, $i: BaseActivityInput!) { recordBaseActivity(baseId: $b, input: $i) { base { personTimes } } }`;
  const SURVEY = `query($b: ID!, $y: Int) { programmeBaseSurvey(baseId: $b, year: $y) { teamId teamName batchCount totalDays
    totalSessions expertHeadcount expertPersonTimes byTitleLevel { key count } bySource { key count }
    activities { type count participants } outcomes { item value } fields missing } }`;

  it('is computed from the activities the base hosted, with outcomes; the province sees the year’s bases', async () => {
    clock.set(new Date('2026-06-20T10:00:00+08:00'));
    const bad = await refused(
      RECORD,
      {
        b: ids.baseId,
        i: {
          heldOn: '2026-06-18',
          title: '卒中筛查义诊',
          activityType: 'FREE_CLINIC',
          expertIds: [ids.lead],
          outcomes: [
            { item: 'CLINIC_CONSULTATIONS', value: 1 },
            { item: 'CLINIC_CONSULTATIONS', value: 2 },
          ],
        },
      },
      'hospital',
    );
    expect(bad.fields?.outcomes).toBe('成效“义诊问诊(人次)”重复填写');
    await ok(
      RECORD,
      {
        b: ids.baseId,
        i: {
          heldOn: '2026-06-18',
          title: '卒中筛查义诊',
          activityType: 'FREE_CLINIC',
          participants: 120,
          expertIds: [ids.lead, ids.other],
          outcomes: [{ item: 'CLINIC_CONSULTATIONS', value: 118 }],
        },
      },
      'hospital',
    );
    const after = await ok(
      RECORD,
      {
        b: ids.baseId,
        i: {
          heldOn: '2026-06-19',
          title: '基层医生培训',
          activityType: 'ONSITE_TRAINING',
          expertIds: [ids.lead],
          outcomes: [{ item: 'TRAINEES_PROFESSIONAL', value: 40 }],
        },
      },
      'hospital',
    );
    const s = (await ok(SURVEY, { b: ids.baseId, y: 2026 }, 'hospital')).programmeBaseSurvey;
    expect(s).toMatchObject({
      teamId: ids.baseId,
      teamName: '卒中防治专家服务基地',
      batchCount: 2,
      totalDays: 2,
      totalSessions: 2,
      expertHeadcount: 2,
      expertPersonTimes: 3,
      fields: ['MEDICAL'],
    });
    // The survey's person-times are the base's own (the 50 rule).
    expect(s.expertPersonTimes).toBe(after.recordBaseActivity.base.personTimes);
    expect(s.byTitleLevel.reduce((n: number, c: any) => n + c.count, 0)).toBe(2);
    expect(s.activities.find((a: any) => a.type === 'FREE_CLINIC')).toEqual({
      type: 'FREE_CLINIC',
      count: 1,
      participants: 120,
    });
    expect(s.outcomes.find((o: any) => o.item === 'CLINIC_CONSULTATIONS').value).toBe(118);
    expect(s.outcomes.find((o: any) => o.item === 'TRAINEES_PROFESSIONAL').value).toBe(40);
    expect(s.missing).toContain('服务的企事业单位数');
    // Another year has nothing logged; another unit may not read it.
    expect((await ok(SURVEY, { b: ids.baseId, y: 2025 }, 'province')).programmeBaseSurvey.batchCount).toBe(0);
    expect((await refused(SURVEY, { b: ids.baseId }, 'unit')).code).toBe('FORBIDDEN');

    const BASES = `query($y: Int!) { programmeYearBases(year: $y) { baseId name personTimes requiredPersonTimes sessions ratingLabel surveyMissing } }`;
    expect((await refused(BASES, { y: 2026 }, 'local')).code).toBe('FORBIDDEN');
    const [b] = (await ok(BASES, { y: 2026 }, 'province')).programmeYearBases;
    expect(b).toMatchObject({
      baseId: ids.baseId,
      name: '卒中防治专家服务基地',
      personTimes: 3,
      requiredPersonTimes: 50,
      sessions: 2,
      ratingLabel: null,
    });
    await ok(
      `mutation($b: ID!) { evaluateBase(baseId: $b, year: 2026, score: 92) { canManage } }`,
      { b: ids.baseId },
      'province',
    );
    expect((await ok(BASES, { y: 2026 }, 'province')).programmeYearBases[0].ratingLabel).toBe('优秀');
  });
});
