// Intake through GraphQL on the demo data (issues #11.5 and #13.5): the fields and service forms a demand's text
// suggests, possible duplicates among the region's open demands (a unit sees only its own; a bureau sees all and
// merges in one step), solved cases with their team, rating and what was solved (masked for other units), the
// form's defaults, and dates and inputs refused on save with a Chinese message instead of being fixed up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_SCHEDULES, chinaDate, defaultDemandPeriod, workingCalendar } from '@app/domain';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
let unit: string; // 廊下绿野蔬菜合作社 (金山区)
let neighbour: string; // another unit in 金山区
let local: string; // 金山区人社局
let expert: string;
let fresh: string; // a unit that never posted
let neighbourOrgId: string;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const DEMAND = {
  expertsWanted: 1,
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  startDate: inDays(20),
  endDate: inDays(40),
  contactName: '沈建国',
  contactPhone: '13916620001',
};

async function ok<T = any>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, vars, token);
  if (res.errors) throw new Error(`${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data;
}

async function postDemand(
  token: string,
  title: string,
  description: string,
  contact: object = {},
): Promise<string> {
  const { createDemand } = await ok(
    `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
    { i: { ...DEMAND, title, description, ...contact } },
    token,
  );
  await ok(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id: createDemand.id }, token);
  return createDemand.id;
}

const SIMILAR = `query($text: DemandDraftText, $demandId: ID) {
  similarDemands(text: $text, demandId: $demandId) {
    duplicates { id code title status score shared canMergeInto description organization { name } }
    otherUnitsDuplicates
    solved { id title rating problemSolved problemsSolved shared description organization { name } region { name } teams { name leadName } }
  }
}`;

let ownId: string;
let neighbourId: string;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  const admin = await t.login('admin');
  unit = await t.login('unit');
  local = await t.login('local');
  expert = await t.login('expert');
  const org = await ok(
    `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { name: '廊下镇山塘村股份经济合作社', kind: 'UNIT', regionCode: '310116' } },
    admin,
  );
  await ok(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    {
      i: {
        username: 'shantang',
        password: 'Shantang2026',
        role: 'UNIT',
        organizationId: org.createOrganization.id,
        displayName: '山塘村 陆小妹',
      },
    },
    admin,
  );
  neighbourOrgId = org.createOrganization.id;
  neighbour = await t.login('shantang', 'Shantang2026');
  ownId = await postDemand(
    unit,
    '大棚番茄叶子发黄卷曲',
    '合作社 40 亩大棚番茄叶子发黄、叶片卷曲，打了两遍药没有好转，请植保专家现场诊断。',
  );
  neighbourId = await postDemand(
    neighbour,
    '西红柿叶子发黄打卷',
    '村里大棚西红柿叶子发黄打卷，想请专家来看看是什么病，怎么防治。',
    {
      contactName: '陆小妹',
      contactPhone: '13816620002',
    },
  );
  const freshOrg = await ok(
    `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { name: '廊下镇新村村民委员会', kind: 'UNIT', regionCode: '310116' } },
    admin,
  );
  await ok(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    {
      i: {
        username: 'xincun',
        password: 'Xincun2026',
        role: 'UNIT',
        organizationId: freshOrg.createOrganization.id,
        displayName: '新村 王大力',
      },
    },
    admin,
  );
  fresh = await t.login('xincun', 'Xincun2026');
}, 120_000);
afterAll(() => t?.close());

describe('suggesting the classification from the text', () => {
  it('suggests fields and service forms with the catalog’s labels, colloquial text included', async () => {
    const fish = await ok(
      `query { suggestDemandClassification(title: "鱼塘老是浮头", description: "今年夏天鱼塘早上老是浮头，死了不少鱼，不知道是不是缺氧") { fields { code label words } serviceForms { code label } words } }`,
      {},
      unit,
    );
    expect(fish.suggestDemandClassification.fields[0]).toMatchObject({ code: 'FISHERY', label: '渔业' });
    expect(fish.suggestDemandClassification.serviceForms[0]).toEqual({
      code: 'TECH_GUIDANCE',
      label: '技术指导',
    });
    const clinic = await ok(
      `query { suggestDemandClassification(title: "请医院专家来村里义诊", description: "村里老人高血压、糖尿病多，想请县医院医生来义诊，再给村医培训一下") { fields { code } serviceForms { code } } }`,
      {},
      local,
    );
    expect(clinic.suggestDemandClassification.fields[0].code).toBe('MEDICAL');
    expect(clinic.suggestDemandClassification.serviceForms.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['FREE_CLINIC', 'TALENT_TRAINING']),
    );
  });

  it('reads a crop nobody in the library wrote by its class', async () => {
    // No demo expert writes 猕猴桃, 南瓜 or 樱桃: typed alone, they suggested no field at all.
    for (const [title, code] of [
      ['猕猴桃', 'AGRICULTURE'],
      ['南瓜', 'AGRICULTURE'],
      ['樱桃', 'AGRICULTURE'],
    ]) {
      const { suggestDemandClassification: c } = await ok(
        `query($t: String) { suggestDemandClassification(title: $t) { fields { code words } } }`,
        { t: title },
        unit,
      );
      expect(c.fields[0], title).toMatchObject({ code, words: [title] });
    }
  });

  it('refuses experts and overlong text', async () => {
    const res = await t.gql(`query { suggestDemandClassification(title: "鱼塘浮头") { words } }`, {}, expert);
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    const long = await t.gql(
      `query($t: String) { suggestDemandClassification(title: $t) { words } }`,
      { t: '番'.repeat(101) },
      unit,
    );
    expect(long.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(long.errors![0].message).toBe('需求标题不能超过 100 个字');
  });
});

describe('similar cases', () => {
  it('shows a unit its own open demand as a duplicate, and other units’ only as a count', async () => {
    const { similarDemands } = await ok(
      SIMILAR,
      { text: { title: '番茄叶片发黄打卷', description: '大棚西红柿叶子发黄还打卷，怎么办' } },
      unit,
    );
    // Its demand of today first; the demo's older tomato demand of the same unit may follow.
    expect(similarDemands.duplicates[0]).toMatchObject({
      id: ownId,
      status: 'SUBMITTED',
      canMergeInto: false,
      organization: { name: expect.stringContaining('廊下') },
    });
    for (const d of similarDemands.duplicates) expect(d.organization.name).toContain('绿野');
    expect(similarDemands.otherUnitsDuplicates).toBe(1);
    expect(JSON.stringify(similarDemands)).not.toContain(neighbourId);
    // While editing that demand, it is not its own duplicate.
    const editing = (await ok(SIMILAR, { text: { title: '大棚番茄叶子发黄卷曲', excludeId: ownId } }, unit))
      .similarDemands;
    expect(editing.duplicates.map((d: { id: string }) => d.id)).not.toContain(ownId);
    // The neighbour sees the mirror image.
    const mirror = (await ok(SIMILAR, { text: { title: '番茄叶片发黄打卷' } }, neighbour)).similarDemands;
    expect(mirror.duplicates.map((d: { id: string }) => d.id)).toEqual([neighbourId]);
    expect(mirror.otherUnitsDuplicates).toBeGreaterThanOrEqual(1);
  });

  it('shows solved cases with team, rating and what was solved, masking another unit’s name and text', async () => {
    const text = {
      title: '想请专家来带教家庭医生做脑卒中筛查',
      description: '村里中风的老人多，家庭医生不会做颈动脉超声筛查和随访',
    };
    const forUnit = (await ok(SIMILAR, { text }, unit)).similarDemands;
    const stroke = forUnit.solved.find(
      (s: { title: string }) => s.title === '社区脑卒中高危人群筛查与家庭医生带教',
    );
    expect(stroke).toMatchObject({
      rating: 4.8,
      problemSolved: 'YES',
      teams: [{ name: '卒中防治基层带教专家服务团' }],
      description: null,
      organization: null,
      region: { name: '金山区' },
    });
    expect(stroke.teams[0].leadName).toBeTruthy();
    expect(stroke.problemsSolved).toContain('家庭医生掌握卒中风险分层');
    expect(stroke.shared).toEqual(expect.arrayContaining(['脑卒中']));
    // Nothing about an unrelated problem.
    expect(forUnit.duplicates).toEqual([]);
    const forBureau = (await ok(SIMILAR, { text }, local)).similarDemands;
    expect(
      forBureau.solved.find((s: { title: string }) => s.title === stroke.title).organization.name,
    ).toContain('朱泾');
  });

  it('helps a bureau filing for a unit of its region, and no bureau of another region', async () => {
    const text = { title: '番茄叶片发黄打卷', organizationId: neighbourOrgId };
    const { similarDemands } = await ok(SIMILAR, { text }, local);
    expect(similarDemands.duplicates.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([ownId, neighbourId]),
    );
    expect(similarDemands.otherUnitsDuplicates).toBe(0);
    const defaults = await ok(
      `query($o: ID) { demandFormDefaults(organizationId: $o) { contactName contactPhone } }`,
      { o: neighbourOrgId },
      local,
    );
    expect(defaults.demandFormDefaults).toEqual({ contactName: '陆小妹', contactPhone: '13816620002' });
    const far = await t.login('local2');
    const res = await t.gql(SIMILAR, { text }, far);
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    const farDefaults = await t.gql(
      `query($o: ID) { demandFormDefaults(organizationId: $o) { contactName } }`,
      { o: neighbourOrgId },
      far,
    );
    expect(farDefaults.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets the bureau that opens a demand see the duplicate in full and merge into it in one step', async () => {
    const { similarDemands } = await ok(SIMILAR, { demandId: neighbourId }, local);
    const dup = similarDemands.duplicates.find((d: { id: string }) => d.id === ownId);
    expect(dup).toMatchObject({
      canMergeInto: true,
      organization: { name: expect.stringContaining('廊下') },
    });
    expect(dup.description).toContain('40 亩');
    expect(similarDemands.duplicates.map((d: { id: string }) => d.id)).not.toContain(neighbourId);
    const merged = await ok(
      `mutation($id: ID!, $into: ID!) { mergeDemand(id: $id, intoId: $into) { status mergedIntoId } }`,
      { id: neighbourId, into: dup.id },
      local,
    );
    expect(merged.mergeDemand).toEqual({ status: 'CANCELLED', mergedIntoId: ownId });
    // A unit may not open another unit's demand this way.
    const res = await t.gql(SIMILAR, { demandId: ownId }, neighbour);
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the form’s defaults and what a save refuses', () => {
  it('pre-fills the contact the unit gave last time and a period that leaves time to dispatch', async () => {
    const { demandFormDefaults } = await ok(
      `{ demandFormDefaults { contactName contactPhone startDate endDate } }`,
      {},
      unit,
    );
    expect(demandFormDefaults).toEqual({
      contactName: '沈建国',
      contactPhone: '13916620001',
      // The seeded calendar is the national schedule.
      ...defaultDemandPeriod(
        chinaDate(new Date()),
        workingCalendar(Object.values(NATIONAL_SCHEDULES).flat()),
      ),
    });
    const other = await ok(`{ demandFormDefaults { contactName contactPhone } }`, {}, neighbour);
    expect(other.demandFormDefaults).toEqual({ contactName: '陆小妹', contactPhone: '13816620002' });
    // A unit that never posted: the account's own name, no phone to guess.
    const first = await ok(`{ demandFormDefaults { contactName contactPhone } }`, {}, fresh);
    expect(first.demandFormDefaults).toEqual({ contactName: '王大力', contactPhone: null });
  });

  it('refuses past dates, an end before the start and a 200-digit phone, writing nothing', async () => {
    const count = async () =>
      (await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM demands`))[0].n as number;
    const before = await count();
    const create = (i: object) =>
      t.gql(
        `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
        { i: { ...DEMAND, title: '日期测试', description: '日期测试的需求描述文字', ...i } },
        unit,
      );
    const past = await create({ startDate: inDays(-3) });
    expect(past.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(past.errors![0].extensions.fieldErrors.startDate).toMatch(
      /^开始日期（.*）已经过去，请选择今天（.*）或以后的日期$/,
    );
    const swapped = await create({ startDate: inDays(30), endDate: inDays(10) });
    expect(swapped.errors![0].extensions.fieldErrors.endDate).toBe(
      `结束日期（${inDays(10)}）早于开始日期（${inDays(30)}），请重新选择`,
    );
    const phone = await create({ contactPhone: '1'.repeat(200) });
    expect(phone.errors![0].extensions.fieldErrors.contactPhone).toContain('联系电话不能超过 13 位');
    const days = await create({ expectedDays: 5000 });
    expect(days.errors![0].extensions.fieldErrors.expectedDays).toBe('预计服务天数不能超过 366 天');
    expect(await count()).toBe(before);
  });
});
