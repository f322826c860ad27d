import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
let admin: string;
let jinshan: string; // LOCAL of 金山区 310116
let province: string; // PROVINCE of 上海 with the partner county 莎车县 653125
let unitToken: string;

const CREATE_ORG = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name kind regionCode region { name } } }`;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  await t.runtime.dataSource.query(
    `INSERT INTO region_partnerships (serving_code, served_code) VALUES ('310000', '653125')`,
  );
  const mk = (input: object) =>
    t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: input }, admin);
  await mk({ username: 'jinshan', password: 'Jinshan2026', role: 'LOCAL', regionCode: '310116' });
  await mk({ username: 'shprov', password: 'Shanghai2026', role: 'PROVINCE', regionCode: '310000' });
  jinshan = await t.login('jinshan', 'Jinshan2026');
  province = await t.login('shprov', 'Shanghai2026');
});
afterAll(() => t?.close());

describe('regions', () => {
  it('loads GB/T 2260: 31 provinces, Shanghai with its 16 districts, Kashgar with its counties', async () => {
    const provinces = (await t.gql(`{ regions { code name level hasChildren } }`, {}, admin)).data.regions;
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    expect(provinces).toContainEqual({
      code: '310000',
      name: '上海市',
      level: 'PROVINCE',
      hasChildren: true,
    });
    const shanghai = (await t.gql(`{ regions(parentCode: "310000") { code name level } }`, {}, admin)).data
      .regions;
    expect(shanghai).toHaveLength(16);
    expect(shanghai).toContainEqual({ code: '310104', name: '徐汇区', level: 'COUNTY' });
    expect(shanghai).toContainEqual({ code: '310151', name: '崇明区', level: 'COUNTY' });
    const xinjiang = (await t.gql(`{ regions(parentCode: "650000") { code name } }`, {}, admin)).data.regions;
    expect(xinjiang).toContainEqual({ code: '653100', name: '喀什地区' });
    const kashgar = (await t.gql(`{ regions(parentCode: "653100") { code name } }`, {}, admin)).data.regions;
    expect(kashgar).toContainEqual({ code: '653125', name: '莎车县' });
  });

  it('refuses malformed and unknown codes in Chinese', async () => {
    const bad = await t.gql(`{ regions(parentCode: "31") { code } }`, {}, admin);
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/6 位数字/);
    const unknown = await t.gql(`{ region(code: "999999") { code } }`, {}, admin);
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets the admin mark a county as a key-assistance county, audited; others may not', async () => {
    const res = await t.gql(
      `mutation { setRegionKeyAssistance(code: "653125", keyAssistance: NATIONAL) { code keyAssistance } }`,
      {},
      admin,
    );
    expect(res.data.setRegionKeyAssistance).toEqual({ code: '653125', keyAssistance: 'NATIONAL' });
    expect(
      (await t.gql(`{ region(code: "653125") { keyAssistance } }`, {}, admin)).data.region.keyAssistance,
    ).toBe('NATIONAL');
    const forbidden = await t.gql(
      `mutation { setRegionKeyAssistance(code: "653125", keyAssistance: NONE) { code } }`,
      {},
      province,
    );
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
    const notCounty = await t.gql(
      `mutation { setRegionKeyAssistance(code: "310000", keyAssistance: NATIONAL) { code } }`,
      {},
      admin,
    );
    expect(notCounty.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const audit = await t.gql(
      `{ auditLog(filter: { action: "region.set_key_assistance" }) { nodes { entityId before after } } }`,
      {},
      admin,
    );
    expect(audit.data.auditLog.nodes).toHaveLength(1);
    expect(JSON.parse(audit.data.auditLog.nodes[0].before).keyAssistance).toBe('NONE');
    expect(JSON.parse(audit.data.auditLog.nodes[0].after).keyAssistance).toBe('NATIONAL');
  });
});

describe('organizations', () => {
  let unitId: string;

  it('lets a local bureau register a unit in its own region only', async () => {
    const ok = await t.gql(
      CREATE_ORG,
      { input: { name: '金山区枫泾镇蔬菜专业合作社', kind: 'UNIT', regionCode: '310116' } },
      jinshan,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createOrganization).toMatchObject({
      kind: 'UNIT',
      regionCode: '310116',
      region: { name: '金山区' },
    });
    unitId = ok.data.createOrganization.id;
    const elsewhere = await t.gql(
      CREATE_ORG,
      { input: { name: '徐汇某单位', kind: 'UNIT', regionCode: '310104' } },
      jinshan,
    );
    expect(elsewhere.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(elsewhere.errors![0].message).toBe('该地区不在您的管辖范围内');
  });

  it('lets the provincial dispatcher register in partner counties', async () => {
    const res = await t.gql(
      CREATE_ORG,
      { input: { name: '莎车县红枣种植专业合作社', kind: 'UNIT', regionCode: '653125' } },
      province,
    );
    expect(res.errors).toBeUndefined();
    const outside = await t.gql(
      CREATE_ORG,
      { input: { name: '叶城县某单位', kind: 'UNIT', regionCode: '653126' } },
      province,
    );
    expect(outside.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses duplicates and bad input without writing anything', async () => {
    const [{ n: before }] = await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM organizations`);
    const dup = await t.gql(
      CREATE_ORG,
      { input: { name: '金山区枫泾镇蔬菜专业合作社', kind: 'UNIT', regionCode: '310116' } },
      jinshan,
    );
    expect(dup.errors![0].extensions.code).toBe('CONFLICT');
    const blank = await t.gql(
      CREATE_ORG,
      { input: { name: '  ', kind: 'UNIT', regionCode: '310116', creditCode: 'abc' } },
      jinshan,
    );
    expect(blank.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions.fieldErrors).toMatchObject({
      name: '请填写机构名称',
      creditCode: expect.stringContaining('18 位'),
    });
    const noRegion = await t.gql(
      CREATE_ORG,
      { input: { name: '某单位', kind: 'UNIT', regionCode: '000001' } },
      admin,
    );
    expect(noRegion.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const [{ n: after }] = await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM organizations`);
    expect(after).toBe(before);
  });

  it('scopes the directory by role', async () => {
    const names = async (token: string, args = '') =>
      ((await t.gql(`{ organizations${args} { name } }`, {}, token)).data.organizations as { name: string }[])
        .map((o) => o.name)
        .sort();
    expect(await names(admin)).toEqual(['莎车县红枣种植专业合作社', '金山区枫泾镇蔬菜专业合作社'].sort());
    expect(await names(jinshan)).toEqual(['金山区枫泾镇蔬菜专业合作社']);
    expect(await names(province)).toHaveLength(2);
    expect(await names(province, '(regionCode: "653100")')).toEqual(['莎车县红枣种植专业合作社']);
    expect(await names(jinshan, '(regionCode: "310000")')).toEqual(['金山区枫泾镇蔬菜专业合作社']);
    expect(await names(jinshan, '(regionCode: "310104")')).toEqual([]);
    expect(await names(admin, '(query: "红枣")')).toEqual(['莎车县红枣种植专业合作社']);
    expect(await names(admin, '(query: "%")')).toEqual([]);

    await t.gql(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { username: 'coop', password: 'Coop20260', role: 'UNIT', organizationId: unitId } },
      admin,
    );
    unitToken = await t.login('coop', 'Coop20260');
    expect(await names(unitToken)).toEqual(['金山区枫泾镇蔬菜专业合作社']);
    const me = await t.gql(`{ me { regionCode organization { name region { code } } } }`, {}, unitToken);
    expect(me.data.me).toEqual({
      regionCode: '310116',
      organization: { name: '金山区枫泾镇蔬菜专业合作社', region: { code: '310116' } },
    });
  });

  it('keeps units from registering organisations', async () => {
    const res = await t.gql(
      CREATE_ORG,
      { input: { name: '自建单位', kind: 'UNIT', regionCode: '310116' } },
      unitToken,
    );
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('统一社会信用代码', () => {
  it('refuses a code whose check character is wrong, in words a clerk can act on, and takes a right one', async () => {
    const input = (creditCode: string) => ({
      input: { name: '金山区廊下镇农业服务中心', kind: 'UNIT', regionCode: '310116', creditCode },
    });
    const typo = await t.gql(CREATE_ORG, input('91350100M000100Y44'), jinshan);
    expect(typo.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { creditCode: expect.stringContaining('校验位不正确') },
    });
    const [{ n }] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM organizations WHERE name = '金山区廊下镇农业服务中心'`,
    );
    expect(n).toBe(0);
    const right = await t.gql(CREATE_ORG, input(' 91350100m000100y43 '), jinshan);
    expect(right.errors).toBeUndefined();
    expect(right.data.createOrganization).toMatchObject({ kind: 'UNIT' });
  });
});
