// The programme year through GraphQL on the demo data: the province opens a call for two recommenders (a
// municipal department and a district bureau), host units apply with annex 1/2 forms (drafts, caps, 1,000 字),
// the recommenders return, decline and recommend (a department's second recommendation is refused, by the service
// and by the database), the province scores with review sheets (回避 refused), ranks, selects, nominates and records
// the ministry's confirmation, and publishes: the public list equals the selection, and each listed application has
// become a team with its funding or a base. Annex 3 and the published workbook are read back from their xlsx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows } from '@app/platform';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-server.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let callId: string;
let lead: { id: string; name: string; employer: string };
let reviewers: string[];

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

const APP_FIELDS = `id name status category requestedBudget budgetCap applicant { name } recommender { id name } recommendOpinion teamId baseId approvedBudget history { action toStatus note }`;
const CREATE = `mutation($c: ID!, $i: ProgrammeApplicationInput!) { createProgrammeApplication(callId: $c, input: $i) { ${APP_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: ProgrammeApplicationInput!) { updateProgrammeApplication(id: $id, input: $i) { ${APP_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitProgrammeApplication(id: $id) { ${APP_FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $d: RecommendationDecision!, $n: String!) { decideProgrammeApplication(id: $id, decision: $d, note: $n) { ${APP_FIELDS} } }`;
const SELECT = `mutation($id: ID!, $d: SelectionDecision!, $n: String) { decideProgrammeSelection(id: $id, decision: $d, note: $n) { ${APP_FIELDS} } }`;
const REVIEW = `mutation($a: ID!, $i: ProgrammeReviewInput!) { saveProgrammeReview(applicationId: $a, input: $i) { expertName total } }`;
const LIST = `query($c: ID!, $s: [ProgrammeApplicationStatus!]) { programmeApplications(callId: $c, statuses: $s) { id name status } }`;

const teamForm = (over: Record<string, unknown> = {}) => ({
  name: '草莓设施高效生产专家服务团',
  expertCount: 6,
  visitCount: 4,
  startDate: '2027-03-01',
  endDate: '2027-10-31',
  cityCount: 1,
  countyCount: 2,
  places: '上海市金山区廊下镇、奉贤区庄行镇',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
  contact: {
    department: '科研处',
    name: '王敏',
    officePhone: '021-62208660',
    mobile: '13800000000',
    email: 'wm@example.cn',
  },
  pairing: { crossProvinceKey: ['莎车县'], crossProvinceOther: [], inProvinceKey: [], inProvinceOther: [] },
  content: '围绕草莓设施栽培开展技术指导与培训。',
  budgetLines: [
    { item: '专家劳务', amount: 60_000, source: '市级资助' },
    { item: '差旅', amount: 30_000, source: '市级资助' },
  ],
  leadExpertId: lead.id,
  summary: '草莓设施栽培技术指导与基层农技人员培训',
  ...over,
});
const baseForm = (over: Record<string, unknown> = {}) => ({
  name: '脑卒中防治专家服务基地',
  hostUnitName: lead.employer,
  establishedOn: '2022-05-01',
  field: 'MEDICAL',
  location: '上海市',
  hostType: 'RESEARCH_INSTITUTION',
  ownExperts: 12,
  externalExperts: 4,
  address: '上海市某路 1 号',
  contact: {
    department: '医务处',
    name: '李华',
    officePhone: '021-1234567',
    mobile: '13900000000',
    email: 'lh@example.cn',
  },
  necessityGrassroots: '基层卒中防治能力不足',
  areas: '脑卒中筛查；金山区、莎车县',
  supportForExperts: '交通食宿与场地',
  flexibleTalent: '与高校共建平台',
  threeYearPlan: '每年组织 4 批次基层服务',
  pastActivity: '近三年开展义诊 30 场',
  budgetLines: [{ item: '基地建设', amount: 150_000, source: '自筹' }],
  leadExpertId: lead.id,
  summary: '卒中筛查与基层医生培训',
  ...over,
});

beforeAll(async () => {
  t = await startTestApp({ demo: true, demoProgramme: false });
  for (const r of ['admin', 'province', 'local', 'unit', 'unit2', 'expert']) tokens[r] = await t.login(r);
  const me = await ok(`{ me { organizationId } }`, {}, 'local');
  ids.jinshan = me.me.organizationId;
  const zhou = await ok(
    `{ experts(query: "周建明", first: 1) { hits { expert { id name employer } } } }`,
    {},
    'province',
  );
  lead = zhou.experts.hits[0].expert;
  const others = await ok(
    `{ experts(query: "农业", first: 5) { hits { expert { id employer } } } }`,
    {},
    'province',
  );
  reviewers = others.experts.hits
    .map((h: any) => h.expert.id)
    .filter((id: string) => id !== lead.id)
    .slice(0, 2);
  const org = async (name: string, kind: string, regionCode: string) =>
    (
      await ok(
        `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, kind, regionCode } },
        'admin',
      )
    ).createOrganization.id;
  const account = async (username: string, role: string, organizationId: string, regionCode: string) => {
    await ok(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { username, role, organizationId, regionCode, password: TEST_PASSWORD } },
      'admin',
    );
    tokens[username] = await t.login(username);
  };
  ids.health = await org('上海市卫生健康委员会', 'BUREAU', '310000');
  await account('weijian', 'LOCAL', ids.health, '310000');
  // The lead's own employer applies for a base: its lead may not review it (回避).
  ids.hospital = await org(lead.employer, 'UNIT', '310000');
  await account('hospital', 'UNIT', ids.hospital, '310000');
  ids.farm2 = await org('上海金山区枫泾镇草莓合作社', 'UNIT', '310116');
  await account('farm2', 'UNIT', ids.farm2, '310116');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('the programme year', () => {
  it('the province opens a call with caps and recommenders, who are notified; others may not', async () => {
    const input = {
      year: 2027,
      title: '关于组织申报2027年国家和本市专家服务基层项目的通知',
      docNumber: '沪人社专〔2027〕1号',
      opensOn: '2027-01-10',
      closesOn: '2027-01-31',
      recommendBy: '2027-02-07',
      categories: [
        { category: 'NATIONAL_TEAM' },
        { category: 'MUNICIPAL_TEAM' },
        { category: 'NATIONAL_BASE' },
        { category: 'MUNICIPAL_BASE' },
      ],
      recommenderIds: [ids.jinshan, ids.health],
    };
    expect(
      (
        await refused(
          `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
          { i: input },
          'local',
        )
      ).code,
    ).toBe('FORBIDDEN');
    const bad = await refused(
      `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
      { i: { ...input, categories: [{ category: 'NATIONAL_BASE', cap: 500_000 }] } },
      'province',
    );
    expect(bad.fields?.['caps.NATIONAL_BASE']).toBe('国家级基地经费上限不能超过 40 万元');
    const created = await ok(
      `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id status categories { category cap } recommenders { name } } }`,
      { i: input },
      'province',
    );
    callId = created.createProgrammeCall.id;
    expect(created.createProgrammeCall.categories.map((c: any) => c.cap)).toEqual([
      200_000, 100_000, 400_000, 200_000,
    ]);
    expect(
      (
        await refused(
          `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
          { i: input },
          'province',
        )
      ).reason,
    ).toBe('CALL_YEAR_TAKEN');
    // Units do not see a draft call.
    expect((await ok(`{ programmeCalls { id } }`, {}, 'unit')).programmeCalls).toEqual([]);
    const opened = await ok(
      `mutation($id: ID!) { openProgrammeCall(id: $id) { status } }`,
      { id: callId },
      'province',
    );
    expect(opened.openProgrammeCall.status).toBe('OPEN');
    for (const who of ['local', 'weijian']) {
      const n = await ok(`{ notifications { kind body } }`, {}, who);
      expect(
        n.notifications.some((x: any) => x.kind === 'programme.call_opened' && x.body.includes('2027-02-07')),
      ).toBe(true);
    }
    expect((await ok(`{ programmeCalls { id } }`, {}, 'unit2')).programmeCalls).toHaveLength(1);
  });

  it('host units save drafts; malformed forms, over-cap budgets and long content are refused, writing nothing', async () => {
    const over = await refused(
      CREATE,
      {
        c: callId,
        i: {
          category: 'MUNICIPAL_TEAM',
          recommenderId: ids.jinshan,
          form: teamForm({ budgetLines: [{ item: '劳务', amount: 100_001, source: '' }] }),
        },
      },
      'unit',
    );
    expect(over.code).toBe('BAD_USER_INPUT');
    expect(over.fields?.budgetLines).toContain('超过该申报类别上限 100000 元');
    const long = await refused(
      CREATE,
      {
        c: callId,
        i: {
          category: 'MUNICIPAL_TEAM',
          recommenderId: ids.jinshan,
          form: teamForm({ content: '字'.repeat(1001) }),
        },
      },
      'unit',
    );
    expect(long.fields?.content).toBe('不能超过 1000 字（现 1001 字）');
    const outsider = await refused(
      CREATE,
      { c: callId, i: { category: 'MUNICIPAL_TEAM', recommenderId: ids.hospital, form: teamForm() } },
      'unit',
    );
    expect(outsider.fields?.recommenderId).toBeDefined();
    expect(
      (
        await refused(
          CREATE,
          { c: callId, i: { category: 'MUNICIPAL_TEAM', recommenderId: ids.jinshan, form: teamForm() } },
          'local',
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect((await ok(LIST, { c: callId }, 'unit')).programmeApplications).toEqual([]);

    const draft = await ok(
      CREATE,
      {
        c: callId,
        i: { category: 'MUNICIPAL_TEAM', recommenderId: ids.jinshan, form: { name: '草莓服务团（草稿）' } },
      },
      'unit',
    );
    ids.strawberry = draft.createProgrammeApplication.id;
    expect(draft.createProgrammeApplication.status).toBe('DRAFT');
    const incomplete = await refused(SUBMIT, { id: ids.strawberry }, 'unit');
    expect(incomplete.message).toContain('申报表还不完整');
    expect(incomplete.fields?.leadExpertId).toBe('请选择领衔专家');
    // The recommender does not see drafts.
    expect((await ok(LIST, { c: callId }, 'local')).programmeApplications).toEqual([]);
    // A stamped scan attached to the draft (a PDF by its bytes; a web page is refused, nothing stored).
    const UPLOAD = `mutation($a: ID!, $n: String!, $c: String!) { uploadProgrammeAttachment(applicationId: $a, fileName: $n, contentBase64: $c) { id fileName contentType size } }`;
    const scan = Buffer.from('%PDF-1.4\n申报单位意见（盖章）\n%%EOF');
    const html = await refused(
      UPLOAD,
      { a: ids.strawberry, n: 'x.pdf', c: Buffer.from('<html></html>').toString('base64') },
      'unit',
    );
    expect(html.fields?.file).toContain('PDF、JPG 或 PNG');
    const att = (
      await ok(UPLOAD, { a: ids.strawberry, n: '申报单位意见.pdf', c: scan.toString('base64') }, 'unit')
    ).uploadProgrammeAttachment;
    expect(att).toMatchObject({
      fileName: '申报单位意见.pdf',
      contentType: 'application/pdf',
      size: scan.length,
    });
    ids.scan = att.id;
    // The same application's id in capitals is the same application (it once failed with an internal error).
    const upper = (
      await ok(
        UPLOAD,
        { a: ids.strawberry.toUpperCase(), n: '盖章页.pdf', c: scan.toString('base64') },
        'unit',
      )
    ).uploadProgrammeAttachment;
    expect(
      await ok(`mutation($id: ID!) { deleteProgrammeAttachment(id: $id) }`, { id: upper.id }, 'unit'),
    ).toEqual({ deleteProgrammeAttachment: true });
    expect(
      (
        await refused(
          `query($a: ID!) { programmeAttachments(applicationId: $a) { id } }`,
          { a: ids.strawberry },
          'unit2',
        )
      ).code,
    ).toBe('FORBIDDEN');
    const saved = await ok(
      UPDATE,
      { id: ids.strawberry, i: { category: 'MUNICIPAL_TEAM', recommenderId: ids.jinshan, form: teamForm() } },
      'unit',
    );
    expect(saved.updateProgrammeApplication.requestedBudget).toBe(90_000);
    expect((await ok(SUBMIT, { id: ids.strawberry }, 'unit')).submitProgrammeApplication.status).toBe(
      'SUBMITTED',
    );
    expect(
      (
        await refused(
          UPDATE,
          {
            id: ids.strawberry,
            i: { category: 'MUNICIPAL_TEAM', recommenderId: ids.jinshan, form: teamForm() },
          },
          'unit',
        )
      ).reason,
    ).toBe('APPLICATION_NOT_EDITABLE');
    expect(
      (await refused(`mutation($id: ID!) { deleteProgrammeAttachment(id: $id) }`, { id: ids.scan }, 'unit'))
        .reason,
    ).toBe('APPLICATION_NOT_EDITABLE');
    // The recommender reads the scan as it was uploaded.
    const file = await ok(
      `query($id: ID!) { exportProgrammeAttachment(id: $id) { fileName contentBase64 } }`,
      { id: ids.scan },
      'local',
    );
    expect(Buffer.from(file.exportProgrammeAttachment.contentBase64, 'base64').equals(scan)).toBe(true);
    const n = await ok(`{ notifications { kind } }`, {}, 'local');
    expect(n.notifications.some((x: any) => x.kind === 'programme.submitted')).toBe(true);

    // A second unit of the same district, and the hospital's base under the health commission.
    const farm = await ok(
      CREATE,
      {
        c: callId,
        i: {
          category: 'MUNICIPAL_TEAM',
          recommenderId: ids.jinshan,
          form: teamForm({ name: '枫泾草莓产业专家服务团' }),
        },
      },
      'farm2',
    );
    ids.farm = farm.createProgrammeApplication.id;
    await ok(SUBMIT, { id: ids.farm }, 'farm2');
    const base = await ok(
      CREATE,
      { c: callId, i: { category: 'NATIONAL_BASE', recommenderId: ids.health, form: baseForm() } },
      'hospital',
    );
    ids.base = base.createProgrammeApplication.id;
    await ok(SUBMIT, { id: ids.base }, 'hospital');
    const team = await ok(
      CREATE,
      {
        c: callId,
        i: {
          category: 'NATIONAL_TEAM',
          recommenderId: ids.health,
          form: teamForm({
            name: '卒中筛查专家服务团',
            fields: ['MEDICAL'],
            budgetLines: [{ item: '劳务', amount: 200_000, source: '部资助' }],
          }),
        },
      },
      'hospital',
    );
    ids.stroke = team.createProgrammeApplication.id;
    await ok(SUBMIT, { id: ids.stroke }, 'hospital');
  });

  it('recommenders see their own applications, return one, recommend one, and a second recommendation is refused', async () => {
    const mine = (await ok(LIST, { c: callId }, 'local')).programmeApplications.map((a: any) => a.id).sort();
    expect(mine).toEqual([ids.strawberry, ids.farm].sort());
    expect((await refused(DECIDE, { id: ids.base, d: 'RECOMMEND', n: '同意' }, 'local')).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused(DECIDE, { id: ids.strawberry, d: 'RECOMMEND', n: ' ' }, 'local')).message).toBe(
      '请填写推荐意见',
    );

    const returned = await ok(DECIDE, { id: ids.strawberry, d: 'RETURN', n: '请补充经费来源' }, 'local');
    expect(returned.decideProgrammeApplication.status).toBe('RETURNED');
    const un = await ok(`{ notifications { kind body } }`, {}, 'unit');
    expect(un.notifications.find((x: any) => x.kind === 'programme.returned').body).toContain(
      '原因：请补充经费来源。',
    );
    await ok(
      UPDATE,
      {
        id: ids.strawberry,
        i: {
          category: 'MUNICIPAL_TEAM',
          recommenderId: ids.jinshan,
          form: teamForm({ budgetNote: '市级资助 9 万元' }),
        },
      },
      'unit',
    );
    await ok(SUBMIT, { id: ids.strawberry }, 'unit');

    const rec = await ok(
      DECIDE,
      { id: ids.strawberry, d: 'RECOMMEND', n: '服务需求明确，同意推荐' },
      'local',
    );
    expect(rec.decideProgrammeApplication).toMatchObject({
      status: 'RECOMMENDED',
      recommendOpinion: '服务需求明确，同意推荐',
    });
    const second = await refused(DECIDE, { id: ids.farm, d: 'RECOMMEND', n: '同意推荐' }, 'local');
    expect(second).toMatchObject({ code: 'CONFLICT', reason: 'RECOMMENDER_QUOTA_USED' });
    expect(second.message).toContain('草莓设施高效生产专家服务团');
    await ok(DECIDE, { id: ids.farm, d: 'DECLINE', n: '本区已推荐 1 个项目' }, 'local');

    // The database refuses a second recommended application of a department, whatever the code does.
    await expect(
      t.runtime.dataSource.query(`UPDATE programme_applications SET status = 'RECOMMENDED' WHERE id = $1`, [
        ids.farm,
      ]),
    ).rejects.toThrow(/programme_applications_one_per_recommender/);
    await expect(
      t.runtime.dataSource.query(
        `UPDATE programme_applications SET requested_budget = budget_cap + 1 WHERE id = $1`,
        [ids.farm],
      ),
    ).rejects.toThrow(/check/i);

    await ok(DECIDE, { id: ids.base, d: 'RECOMMEND', n: '基地基础好，同意推荐' }, 'weijian');
    expect((await refused(DECIDE, { id: ids.stroke, d: 'RECOMMEND', n: '同意' }, 'weijian')).reason).toBe(
      'RECOMMENDER_QUOTA_USED',
    );
    const prov = await ok(`{ notifications { kind } }`, {}, 'province');
    expect(
      prov.notifications.filter((x: any) => x.kind === 'programme.recommended').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('annex 3 of a recommender comes from its applications', async () => {
    const f = await ok(
      `query($c: ID!) { exportProgrammeAnnex3(callId: $c) { fileName contentBase64 } }`,
      { c: callId },
      'local',
    );
    const rows = await readXlsxRows(Buffer.from(f.exportProgrammeAnnex3.contentBase64, 'base64'));
    expect(rows[0]).toEqual([
      '序号',
      '申报部门/区',
      '申报类别',
      '名称',
      '单位',
      '服务地点',
      '领衔专家层次与服务专家数量',
      '服务内容简介',
      '专业领域',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(2, 4)).toEqual(['市级服务团', '草莓设施高效生产专家服务团']);
    expect(rows[1]![5]).toContain('国家乡村振兴重点帮扶县：莎车县');
    expect(rows[1]![6]).toContain(`领衔专家 ${lead.name}`);
    expect(
      (
        await refused(
          `query($c: ID!) { exportProgrammeAnnex3(callId: $c) { fileName } }`,
          { c: callId },
          'unit',
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('the province scores with review sheets, 回避 is enforced, and ranks', async () => {
    const scores = (n: number) => [
      { criterion: 'NECESSITY', score: 20 },
      { criterion: 'PLAN', score: 20 },
      { criterion: 'EXPERTS', score: 15 },
      { criterion: 'IMPACT', score: 15 },
      { criterion: 'BUDGET', score: n },
    ];
    expect(
      (await refused(REVIEW, { a: ids.base, i: { expertId: reviewers[0], scores: scores(8) } }, 'province'))
        .reason,
    ).toBe('CALL_STATE_CONFLICT');
    await ok(`mutation($id: ID!) { closeProgrammeCall(id: $id) { status } }`, { id: callId }, 'province');
    const conflict = await refused(
      REVIEW,
      { a: ids.base, i: { expertId: lead.id, scores: scores(8) } },
      'province',
    );
    expect(conflict).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVIEWER_CONFLICT_OF_INTEREST' });
    expect(conflict.message).toContain('应当回避');
    expect(
      (await refused(REVIEW, { a: ids.base, i: { expertId: reviewers[0], scores: scores(11) } }, 'province'))
        .fields?.['scores.BUDGET'],
    ).toBeDefined();
    await ok(REVIEW, { a: ids.base, i: { expertId: reviewers[0], scores: scores(8) } }, 'province');
    const two = await ok(
      REVIEW,
      { a: ids.base, i: { expertId: reviewers[1], scores: scores(10) } },
      'province',
    );
    expect(two.saveProgrammeReview.map((r: any) => r.total)).toEqual([78, 80]);
    await ok(REVIEW, { a: ids.strawberry, i: { expertId: reviewers[0], scores: scores(9) } }, 'province');
    expect(
      (await refused(REVIEW, { a: ids.farm, i: { expertId: reviewers[0], scores: scores(9) } }, 'province'))
        .reason,
    ).toBe('APPLICATION_TRANSITION_CONFLICT');
    const ranking = await ok(
      `query($c: ID!) { programmeRanking(callId: $c) { rank score application { id } reviews { expertName total } } }`,
      { c: callId },
      'province',
    );
    // Categories in order (municipal team, national base); each first in its category.
    expect(ranking.programmeRanking.map((r: any) => [r.application.id, r.rank, r.score])).toEqual([
      [ids.strawberry, 1, 79],
      [ids.base, 1, 79],
    ]);
    expect(ranking.programmeRanking[1].reviews.map((r: any) => r.total)).toEqual([78, 80]);
    expect(
      (await refused(`query($c: ID!) { programmeRanking(callId: $c) { rank } }`, { c: callId }, 'local'))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('selects, nominates, records the ministry, publishes; the public list equals the selection and each became a team or base', async () => {
    expect((await refused(SELECT, { id: ids.strawberry, d: 'SELECT' }, 'local')).code).toBe('FORBIDDEN');
    await ok(SELECT, { id: ids.strawberry, d: 'SELECT' }, 'province');
    await ok(SELECT, { id: ids.base, d: 'NOMINATE' }, 'province');
    expect(
      (
        await refused(
          `mutation($c: ID!) { publishProgrammeLists(callId: $c) { status } }`,
          { c: callId },
          'province',
        )
      ).message,
    ).toContain('未作决定');
    expect((await refused(SELECT, { id: ids.base, d: 'CONFIRM', n: null }, 'province')).code).toBe(
      'BAD_USER_INPUT',
    );
    await ok(SELECT, { id: ids.base, d: 'CONFIRM', n: '人社厅函〔2027〕46号' }, 'province');
    const pub = await ok(
      `mutation($c: ID!) { publishProgrammeLists(callId: $c) { status publishedAt } }`,
      { c: callId },
      'province',
    );
    expect(pub.publishProgrammeLists.status).toBe('PUBLISHED');

    const lists = await ok(
      `{ publishedProgrammeLists(year: 2027) { national { kind category name unit baseId } municipal { kind category name unit teamId } } }`,
      {},
      null,
    );
    const selected = (
      await ok(LIST, { c: callId, s: ['SELECTED', 'CONFIRMED'] }, 'province')
    ).programmeApplications
      .map((a: any) => a.name)
      .sort();
    const published = [...lists.publishedProgrammeLists.national, ...lists.publishedProgrammeLists.municipal]
      .map((e: any) => e.name)
      .sort();
    expect(published).toEqual(selected);
    expect(lists.publishedProgrammeLists.national).toEqual([
      {
        kind: '基地',
        category: 'NATIONAL_BASE',
        name: '脑卒中防治专家服务基地',
        unit: lead.employer,
        baseId: expect.any(String),
      },
    ]);
    expect(lists.publishedProgrammeLists.municipal).toEqual([
      {
        kind: '服务团',
        category: 'MUNICIPAL_TEAM',
        name: '草莓设施高效生产专家服务团',
        unit: expect.any(String),
        teamId: expect.any(String),
      },
    ]);
    expect(await ok(`{ publishedProgrammeLists(year: 2026) { year } }`, {}, null)).toEqual({
      publishedProgrammeLists: null,
    });

    const app = (
      await ok(
        `query($id: ID!) { programmeApplication(id: $id) { teamId approvedBudget status } }`,
        { id: ids.strawberry },
        'unit',
      )
    ).programmeApplication;
    expect(app).toMatchObject({ status: 'SELECTED', approvedBudget: 100_000 });
    const team = await t.runtime.dataSource.query(
      `SELECT t.name, t.level, t.budget, t.lead_expert_id, f.ministry_funds, f.matching_funds FROM teams t JOIN team_funding f ON f.team_id = t.id WHERE t.id = $1`,
      [app.teamId],
    );
    expect(team).toEqual([
      {
        name: '草莓设施高效生产专家服务团',
        level: 'MUNICIPAL',
        budget: 100_000,
        lead_expert_id: lead.id,
        ministry_funds: 0,
        matching_funds: 100_000,
      },
    ]);
    // The team is the province's and the host unit's to see, with its approved funding.
    const seen = await ok(
      `query($id: ID!) { team(id: $id) { name level } teamFunding(teamId: $id) { total ministryFunds matchingFunds } }`,
      { id: app.teamId },
      'province',
    );
    expect(seen).toEqual({
      team: { name: '草莓设施高效生产专家服务团', level: 'MUNICIPAL' },
      teamFunding: { total: 100_000, ministryFunds: 0, matchingFunds: 100_000 },
    });
    expect((await ok(`{ teams(first: 100) { id } }`, {}, 'unit')).teams.map((x: any) => x.id)).toContain(
      app.teamId,
    );
    expect((await ok(`{ teams(first: 100) { id } }`, {}, 'unit2')).teams.map((x: any) => x.id)).not.toContain(
      app.teamId,
    );
    const base = await t.runtime.dataSource.query(
      `SELECT b.level, b.approved_budget, b.year FROM programme_bases b JOIN programme_applications a ON a.base_id = b.id WHERE a.id = $1`,
      [ids.base],
    );
    expect(base).toEqual([{ level: 'NATIONAL', approved_budget: 150_000, year: 2027 }]);

    const un = await ok(`{ notifications { kind body } }`, {}, 'hospital');
    expect(un.notifications.find((x: any) => x.kind === 'programme.listed').body).toContain(
      '列入2027年国家级基地名单',
    );
    const f = await ok(`{ exportPublishedProgrammeLists(year: 2027) { fileName contentBase64 } }`, {}, null);
    const rows = await readXlsxRows(Buffer.from(f.exportPublishedProgrammeLists.contentBase64, 'base64'));
    expect(rows[0]![0]).toBe('2027年国家级专家服务基层项目名单');
    expect(rows[1]).toEqual(['序号', '类别', '名称', '单位']);
    expect(rows[2]).toEqual(['1', '基地', '脑卒中防治专家服务基地', lead.employer]);
    // Nothing changes after publication.
    expect((await refused(SELECT, { id: ids.strawberry, d: 'REJECT', n: '撤销' }, 'province')).reason).toBe(
      'APPLICATION_TRANSITION_CONFLICT',
    );
  });

  it('a base keeps its roster and activities; person-times are counted from them with a warning; the province evaluates', async () => {
    const [{ base_id: baseId }] = await t.runtime.dataSource.query(
      `SELECT base_id FROM programme_applications WHERE id = $1`,
      [ids.base],
    );
    const DETAIL = `base { name personTimes requiredPersonTimes behind warning } roster { name external } activities { title personTimes } evaluations { year ratingLabel } canManage`;
    const listed = await ok(`{ programmeBases { id name } }`, {}, 'hospital');
    expect(listed.programmeBases.map((b: any) => b.id)).toEqual([baseId]);
    expect((await ok(`{ programmeBases { id } }`, {}, 'unit')).programmeBases).toEqual([]);
    expect(
      (await refused(`query($id: ID!) { programmeBase(id: $id) { canManage } }`, { id: baseId }, 'unit'))
        .code,
    ).toBe('FORBIDDEN');
    await ok(
      `mutation($b: ID!, $e: ID!) { addBaseExpert(baseId: $b, expertId: $e) { canManage } }`,
      { b: baseId, e: lead.id },
      'hospital',
    );
    await ok(
      `mutation($b: ID!, $e: ID!) { addBaseExpert(baseId: $b, expertId: $e, external: true) { canManage } }`,
      { b: baseId, e: reviewers[0] },
      'hospital',
    );
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const RECORD = `mutation($b: ID!, $i: BaseActivityInput!) { recordBaseActivity(baseId: $b, input: $i) { ${DETAIL} } }`;
    const bad = await refused(
      RECORD,
      { b: baseId, i: { heldOn: '2099-01-01', title: '义诊', activityType: 'FREE_CLINIC', expertIds: [] } },
      'hospital',
    );
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['expertIds', 'heldOn']);
    await ok(
      RECORD,
      {
        b: baseId,
        i: {
          heldOn: today,
          title: '卒中筛查义诊',
          activityType: 'FREE_CLINIC',
          participants: 120,
          expertIds: [lead.id, reviewers[0]],
        },
      },
      'hospital',
    );
    const after = (
      await ok(
        RECORD,
        {
          b: baseId,
          i: { heldOn: today, title: '基层医生培训', activityType: 'ONSITE_TRAINING', expertIds: [lead.id] },
        },
        'hospital',
      )
    ).recordBaseActivity;
    expect(after.base).toMatchObject({ personTimes: 3, requiredPersonTimes: 50 });
    expect(after.roster).toEqual([
      { name: lead.name, external: false },
      expect.objectContaining({ external: true }),
    ]);
    expect(after.activities.map((a: any) => a.personTimes).sort()).toEqual([1, 2]);
    // Early December with 3 person-times is far behind the pace of 50 a year.
    expect(after.base.behind).toBe(true);
    expect(after.base.warning).toContain('全年需不少于 50 人次');
    // The province's dashboard counts the base and this year's person-times.
    const dash = await ok(
      `query($y: Int!) { dashboard(year: $y) { bases { count personTimes meeting required } } }`,
      { y: Number(today.slice(0, 4)) },
      'province',
    );
    expect(dash.dashboard.bases).toEqual({ count: 1, personTimes: 3, meeting: 0, required: 50 });
    expect(
      (
        await refused(
          `mutation($b: ID!) { evaluateBase(baseId: $b, year: 2027, score: 92) { canManage } }`,
          { b: baseId },
          'hospital',
        )
      ).code,
    ).toBe('FORBIDDEN');
    const evaluated = await ok(
      `mutation($b: ID!) { evaluateBase(baseId: $b, year: 2027, score: 92, comment: "示范引领作用突出") { evaluations { year ratingLabel } } }`,
      { b: baseId },
      'province',
    );
    expect(evaluated.evaluateBase.evaluations).toEqual([{ year: 2027, ratingLabel: '优秀' }]);
    // The base appears in the annex 3 export after the year's teams, with its roster.
    const annex3 = await ok(`{ exportAnnex3(year: 2027) { contentBase64 } }`, {}, 'province');
    const annexRows = await readXlsxRows(Buffer.from(annex3.exportAnnex3.contentBase64, 'base64'));
    const baseRow = annexRows.find((r) => r[3] === '脑卒中防治专家服务基地');
    expect(baseRow?.slice(2, 5)).toEqual(['国家级基地', '脑卒中防治专家服务基地', lead.employer]);
    expect(baseRow?.[6]).toContain('对口联系专家 2 人');
    // The three-year review waits for the evaluations of 2028 and 2029.
    const review = await ok(
      `query($id: ID!) { programmeBase(id: $id) { threeYearReview { reviewYear conclusion missingYears } } }`,
      { id: baseId },
      'province',
    );
    expect(review.programmeBase.threeYearReview).toEqual({
      reviewYear: 2030,
      conclusion: 'INCOMPLETE',
      missingYears: [2028, 2029],
    });
    const n = await ok(`{ notifications { kind body } }`, {}, 'hospital');
    expect(n.notifications.find((x: any) => x.kind === 'programme.base_evaluated').body).toContain(
      '结果为“优秀”',
    );
    // 动态管理: an exited base records nothing more.
    const EXIT = `mutation($b: ID!, $x: Boolean!, $r: String!) { setBaseExited(baseId: $b, exited: $x, reason: $r) { base { status } } }`;
    expect((await refused(EXIT, { b: baseId, x: true, r: '连续两年不合格' }, 'hospital')).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await ok(EXIT, { b: baseId, x: true, r: '连续两年不合格' }, 'province')).setBaseExited.base.status,
    ).toBe('EXITED');
    expect(
      (
        await refused(
          RECORD,
          { b: baseId, i: { heldOn: today, title: '讲座', activityType: 'LECTURE', expertIds: [lead.id] } },
          'hospital',
        )
      ).code,
    ).toBe('CONFLICT');
  });
});
