// The admin console and onboarding (#13) against real PostgreSQL: accounts, organisations (merge), partnerships,
// audit export, the working calendar, unit self-registration → LOCAL approval → first sign-in, expert claim by
// one-time code and bureau invitations.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapturingOneTimeCodeSender } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
let admin: string;
let jinshan: string; // LOCAL of 金山区 310116
let xuhui: string; // LOCAL of 徐汇区 310104
const sender = new CapturingOneTimeCodeSender();

async function ok<T = any>(
  query: string,
  variables: Record<string, unknown>,
  token?: string | null,
): Promise<T> {
  const res = await t.gql(query, variables, token);
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data as T;
}

async function xlsx(rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

beforeAll(async () => {
  t = await startTestApp({ oneTimeCodeSender: sender });
  admin = await t.login('admin');
  const mk = (input: object) =>
    ok(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: input }, admin);
  await mk({ username: 'jinshan', password: 'Jinshan2026', role: 'LOCAL', regionCode: '310116' });
  await mk({ username: 'xuhui', password: 'Xuhui2026', role: 'LOCAL', regionCode: '310104' });
  jinshan = await t.login('jinshan', 'Jinshan2026');
  xuhui = await t.login('xuhui', 'Xuhui2026');
});
afterAll(() => t?.close());

const REG = {
  name: '金山区枫泾镇蔬菜专业合作社',
  creditCode: '91350100M000100Y43',
  regionCode: '310116',
  contactName: '张三',
  mobile: '13800138000',
  username: 'fengjing',
  password: 'Fengjing2026',
};
const REGISTER = `mutation($i: UnitRegistrationInput!) { registerUnit(input: $i) { id status } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token account { role organization { name creditCode } } } }`;

describe('unit self-registration', () => {
  it('refuses a USCC with a wrong check character, field by field, and writes nothing', async () => {
    const res = await t.gql(REGISTER, { i: { ...REG, creditCode: '91350100M000100Y44' } });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fieldErrors.creditCode).toContain('校验位');
    expect((await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM unit_registrations`))[0].n).toBe(
      0,
    );
  });

  it('keeps the account invisible until the LOCAL bureau approves, then the unit signs in', async () => {
    const reg = (await ok(REGISTER, { i: REG })).registerUnit;
    expect(reg.status).toBe('PENDING');
    const pending = await t.gql(LOGIN, { u: 'fengjing', p: 'Fengjing2026' });
    expect(pending.errors![0].message).toContain('等待属地人社局审核');
    // A wrong password learns nothing about the application.
    expect((await t.gql(LOGIN, { u: 'fengjing', p: 'Wrong2026x' })).errors![0].message).toBe(
      '用户名或密码错误',
    );
    // 徐汇 does not see 金山's application and may not decide it.
    expect((await ok(`{ unitRegistrations { id } }`, {}, xuhui)).unitRegistrations).toHaveLength(0);
    const foreign = await t.gql(
      `mutation($id: ID!) { approveUnitRegistration(id: $id) { status } }`,
      { id: reg.id },
      xuhui,
    );
    expect(foreign.errors![0].extensions.code).toBe('FORBIDDEN');
    const bell = (await ok(`{ notifications { kind link } }`, {}, jinshan)).notifications;
    expect(bell).toContainEqual({ kind: 'REGISTRATION_SUBMITTED', link: '/registrations' });
    expect((await ok(`{ notifications { kind } }`, {}, xuhui)).notifications).toEqual([]);
    const list = (await ok(`{ unitRegistrations { id name region { name } } }`, {}, jinshan))
      .unitRegistrations;
    expect(list).toEqual([{ id: reg.id, name: REG.name, region: { name: '金山区' } }]);
    const approved = (
      await ok(
        `mutation($id: ID!) { approveUnitRegistration(id: $id) { status organizationId } }`,
        { id: reg.id },
        jinshan,
      )
    ).approveUnitRegistration;
    expect(approved.status).toBe('APPROVED');
    const again = await t.gql(
      `mutation($id: ID!) { approveUnitRegistration(id: $id) { status } }`,
      { id: reg.id },
      jinshan,
    );
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    const first = (await ok(LOGIN, { u: 'fengjing', p: 'Fengjing2026' })).login;
    expect(first.account).toEqual({
      role: 'UNIT',
      organization: { name: REG.name, creditCode: REG.creditCode },
    });
    const audit = (
      await ok(
        `{ auditLog(filter: { entityType: "registration" }) { nodes { action actorUsername } } }`,
        {},
        admin,
      )
    ).auditLog.nodes;
    expect(audit.map((n: any) => n.action).sort()).toEqual(['registration.approve', 'registration.submit']);
  });

  it('tells a rejected unit why at sign-in', async () => {
    const reg = (await ok(REGISTER, { i: { ...REG, name: '金山区某合作社', username: 'other_unit' } }))
      .registerUnit;
    const noReason = await t.gql(
      `mutation($id: ID!) { rejectUnitRegistration(id: $id, reason: " ") { status } }`,
      { id: reg.id },
      jinshan,
    );
    expect(noReason.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    await ok(
      `mutation($id: ID!) { rejectUnitRegistration(id: $id, reason: "营业执照名称与填写不符") { status } }`,
      { id: reg.id },
      jinshan,
    );
    const res = await t.gql(LOGIN, { u: 'other_unit', p: 'Fengjing2026' });
    expect(res.errors![0].message).toContain('营业执照名称与填写不符');
  });
});

describe('expert claim', () => {
  let expertId: string;
  beforeAll(async () => {
    const e = await ok(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
      {
        i: {
          name: '李农技',
          employer: '金山区农技中心',
          title: '高级农艺师',
          titleLevel: 'SENIOR',
          fields: ['AGRICULTURE'],
          regionCode: '310116',
          phone: '13900139000',
        },
      },
      admin,
    );
    expertId = e.upsertExpert.id;
  });

  it('answers alike for unknown mobiles and sends a code only to one in the library', async () => {
    const unknown = (await ok(`mutation { requestExpertClaimCode(mobile: "13700137000") }`, {}))
      .requestExpertClaimCode;
    const known = (await ok(`mutation { requestExpertClaimCode(mobile: "13900139000") }`, {}))
      .requestExpertClaimCode;
    expect(unknown).toBe(known);
    expect(sender.lastCode('13700137000')).toBeNull();
    expect(sender.lastCode('13900139000')).toMatch(/^\d{6}$/);
    const stored = await t.runtime.dataSource.query(
      `SELECT code_hash, attempts FROM one_time_codes WHERE mobile = '13900139000'`,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].code_hash).not.toContain(sender.lastCode('13900139000'));
    const tooSoon = await t.gql(`mutation { requestExpertClaimCode(mobile: "13900139000") }`, {});
    expect(tooSoon.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });

  it('counts wrong codes, then binds a new account to the record with the right one', async () => {
    const input = { mobile: '13900139000', code: '000000', username: 'linongji', password: 'Nongji2026' };
    const code = sender.lastCode('13900139000')!;
    const wrong = await t.gql(`mutation($i: ExpertClaimInput!) { claimExpertRecord(input: $i) { id } }`, {
      i: { ...input, code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.errors![0].message).toContain('验证码不正确');
    const account = (
      await ok(`mutation($i: ExpertClaimInput!) { claimExpertRecord(input: $i) { role expertId } }`, {
        i: { ...input, code },
      })
    ).claimExpertRecord;
    expect(account).toEqual({ role: 'EXPERT', expertId });
    const token = await t.login('linongji', 'Nongji2026');
    expect((await ok(`{ me { role displayName } }`, {}, token)).me).toEqual({
      role: 'EXPERT',
      displayName: '李农技',
    });
    const reused = await t.gql(`mutation($i: ExpertClaimInput!) { claimExpertRecord(input: $i) { id } }`, {
      i: { ...input, code, username: 'another' },
    });
    expect(reused.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets a bureau invite experts of its region at once, reporting each', async () => {
    const other = await ok(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
      {
        i: {
          name: '王医生',
          employer: '金山区卫生院',
          title: '主治医师',
          titleLevel: 'INTERMEDIATE',
          fields: ['AGRICULTURE'],
          regionCode: '310116',
          phone: '13600136000',
        },
      },
      admin,
    );
    const results = (
      await ok(
        `mutation($ids: [ID!]!) { inviteExpertsToClaim(expertIds: $ids) { name invited message } }`,
        { ids: [other.upsertExpert.id, expertId] },
        jinshan,
      )
    ).inviteExpertsToClaim;
    expect(results).toEqual([
      { name: '王医生', invited: true, message: '已发送邀请短信' },
      { name: '李农技', invited: false, message: '已有账号，无需邀请' },
    ]);
    expect(sender.lastCode('13600136000', 'EXPERT_INVITE')).toMatch(/^\d{6}$/);
    const foreign = (
      await ok(
        `mutation($ids: [ID!]!) { inviteExpertsToClaim(expertIds: $ids) { invited message } }`,
        { ids: [other.upsertExpert.id] },
        xuhui,
      )
    ).inviteExpertsToClaim;
    expect(foreign[0]).toEqual({ invited: false, message: '该专家不在您的管辖范围内' });
  });
});

describe('admin console', () => {
  it('imports accounts from xlsx with a row-by-row report; a bad row never blocks the good ones', async () => {
    const file = await xlsx([
      ['用户名', '姓名', '角色', '地区代码', '单位统一社会信用代码', '初始密码'],
      ['minhang', '闵行区人社局', '属地人社局', '310112', '', 'Minhang2026'],
      ['bad name!', '坏行', '属地人社局', '310112', '', 'Minhang2026'],
      ['nocode', '无单位', '基层单位', '', '91110000000000000X', 'Nocode2026'],
      ['fengjing2', '枫泾合作社', '基层单位', '', '91350100M000100Y43', 'Fengjing2026'],
    ]);
    const report = (
      await ok(
        `mutation($c: String!) { importAccounts(contentBase64: $c) { created rejected rows { row username ok message } } }`,
        { c: file },
        admin,
      )
    ).importAccounts;
    expect(report.created).toBe(2);
    expect(report.rejected).toBe(2);
    expect(report.rows[1]).toMatchObject({ row: 3, ok: false });
    expect(report.rows[1].message).toContain('用户名');
    expect(report.rows[2].message).toContain('不存在');
    await t.login('minhang', 'Minhang2026');
    const forbidden = await t.gql(
      `mutation($c: String!) { importAccounts(contentBase64: $c) { created } }`,
      { c: file },
      jinshan,
    );
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('changes a role and scope, resets a password (old sessions end), all audited', async () => {
    const minhang = await t.login('minhang', 'Minhang2026');
    const id = (await ok(`{ me { id } }`, {}, minhang)).me.id;
    const bad = await t.gql(
      `mutation($id: ID!) { updateAccount(id: $id, input: { role: PROVINCE }) { id } }`,
      { id },
      admin,
    );
    expect(bad.errors![0].extensions.fieldErrors.regionCode).toContain('省级');
    const updated = (
      await ok(
        `mutation($id: ID!) { updateAccount(id: $id, input: { regionCode: "310104", displayName: "徐汇区人社局二" }) { regionCode displayName } }`,
        { id },
        admin,
      )
    ).updateAccount;
    expect(updated).toEqual({ regionCode: '310104', displayName: '徐汇区人社局二' });
    expect((await t.gql(`{ me { id } }`, {}, minhang)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const temp = (await ok(`mutation($id: ID!) { resetAccountPassword(id: $id) }`, { id }, admin))
      .resetAccountPassword;
    expect(temp).toMatch(/^[A-Za-z0-9]{10}$/);
    await t.login('minhang', temp);
    const audit = (
      await ok(`{ auditLog(filter: { entityId: "${id}" }) { nodes { action } } }`, {}, admin)
    ).auditLog.nodes.map((n: any) => n.action);
    expect(audit).toEqual(expect.arrayContaining(['account.update', 'account.reset_password']));
  });

  it('edits an organisation with the USCC checked and merges a duplicate, moving its accounts in one transaction', async () => {
    const org = (name: string, creditCode?: string) =>
      ok(
        `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, kind: 'UNIT', regionCode: '310116', creditCode } },
        admin,
      ).then((d) => d.createOrganization.id as string);
    const keep = await org('金山区廊下镇合作社');
    const dup = await org('廊下镇合作社（重复）');
    await ok(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { username: 'langxia', password: 'Langxia2026', role: 'UNIT', organizationId: dup } },
      admin,
    );
    const badCode = await t.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { name: "金山区廊下镇合作社", kind: UNIT, regionCode: "310116", creditCode: "91350100M000100Y44" }) { id } }`,
      { id: keep },
      admin,
    );
    expect(badCode.errors![0].extensions.fieldErrors.creditCode).toContain('校验位');
    const merged = (
      await ok(
        `mutation($k: ID!, $d: ID!) { mergeOrganizations(keepId: $k, duplicateId: $d) { kept { id } moved { column count } } }`,
        { k: keep, d: dup },
        admin,
      )
    ).mergeOrganizations;
    expect(merged.moved).toContainEqual({ column: 'accounts.organization_id', count: 1 });
    const token = await t.login('langxia', 'Langxia2026');
    expect((await ok(`{ me { organizationId } }`, {}, token)).me.organizationId).toBe(keep);
    expect(
      (
        await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM organizations WHERE id = $1`, [dup])
      )[0].n,
    ).toBe(0);
  });

  it('refuses a merge that would duplicate a record and leaves both organisations as they were', async () => {
    const expert = (employer: string) =>
      ok(
        `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
        {
          i: {
            name: '赵重复',
            employer,
            title: '农艺师',
            titleLevel: 'INTERMEDIATE',
            fields: ['AGRICULTURE'],
            regionCode: '310116',
            phone: '13512345678',
          },
        },
        admin,
      );
    await expert('金山区植保站');
    await expert('金山区植保站（旧名）');
    const orgs = (await ok(`{ organizations(kind: EMPLOYER, query: "金山区植保站") { id name } }`, {}, admin))
      .organizations;
    const keep = orgs.find((o: any) => o.name === '金山区植保站').id;
    const dup = orgs.find((o: any) => o.name === '金山区植保站（旧名）').id;
    const res = await t.gql(
      `mutation($k: ID!, $d: ID!) { mergeOrganizations(keepId: $k, duplicateId: $d) { kept { id } } }`,
      { k: keep, d: dup },
      admin,
    );
    expect(res.errors![0].extensions.code).toBe('CONFLICT');
    expect(res.errors![0].message).toContain('重复');
    const left = await t.runtime.dataSource.query(
      `SELECT o.id, count(e.id)::int AS n FROM organizations o LEFT JOIN experts e ON e.employer_id = o.id WHERE o.id = ANY($1::uuid[]) GROUP BY o.id`,
      [[keep, dup]],
    );
    expect(left.map((r: any) => r.n)).toEqual([1, 1]);
  });

  it('keeps 对口帮扶 partnerships; the provincial dispatcher then serves the partner region', async () => {
    const list = (
      await ok(
        `mutation { setRegionPartnership(servingCode: "310000", servedCode: "653125", present: true) { servingName servedName } }`,
        {},
        admin,
      )
    ).setRegionPartnership;
    expect(list).toContainEqual({ servingName: '上海市', servedName: '莎车县' });
    const same = await t.gql(
      `mutation { setRegionPartnership(servingCode: "310000", servedCode: "310116", present: true) { servedCode } }`,
      {},
      admin,
    );
    expect(same.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    await ok(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { username: 'shprov', password: 'Shanghai2026', role: 'PROVINCE', regionCode: '310000' } },
      admin,
    );
    const province = await t.login('shprov', 'Shanghai2026');
    const created = await t.gql(
      `mutation { createOrganization(input: { name: "莎车县红枣合作社", kind: UNIT, regionCode: "653125" }) { id } }`,
      {},
      province,
    );
    expect(created.errors).toBeUndefined();
  });

  it('exports the filtered audit log as xlsx and audits the export', async () => {
    const file = (
      await ok(
        `query { exportAuditLog(filter: { action: "account.reset_password" }) { fileName contentBase64 } }`,
        {},
        admin,
      )
    ).exportAuditLog;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean);
    expect(rows).toHaveLength(2); // header + the one reset
    expect(JSON.stringify(rows[1])).toContain('account.reset_password');
    const audit = (await ok(`{ auditLog(filter: { action: "audit.export" }) { totalCount } }`, {}, admin))
      .auditLog;
    expect(audit.totalCount).toBe(1);
  });
});

describe('working calendar', () => {
  it('is pre-filled with the published 2026 schedule and an ADMIN edit changes time limits at once', async () => {
    const y2026 = (
      await ok(`{ calendarYear(year: 2026) { days { date kind } published { date } } }`, {}, admin)
    ).calendarYear;
    expect(y2026.days).toContainEqual({ date: '2026-10-01', kind: 'HOLIDAY' });
    expect(y2026.days).toContainEqual({ date: '2026-10-10', kind: 'WORKDAY' });
    const bad = await t.gql(
      `mutation { setCalendarYear(year: 2027, days: [{ date: "2027-10-04", kind: WORKDAY }]) { year } }`,
      {},
      admin,
    );
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('不是周末');
    const cal = t.app.get((await import('@app/core')).CalendarService);
    const { workingDeadline } = await import('@app/domain');
    const before = workingDeadline(new Date('2027-09-30T02:00:00Z'), 1, await cal.current());
    expect(before.toISOString()).toBe('2027-10-01T15:59:59.000Z'); // 2027 not entered yet: weekends only
    await ok(
      `mutation { setCalendarYear(year: 2027, days: [{ date: "2027-10-01", kind: HOLIDAY, name: "国庆节" }]) { year } }`,
      {},
      admin,
    );
    const after = workingDeadline(new Date('2027-09-30T02:00:00Z'), 1, await cal.current());
    expect(after.toISOString()).toBe('2027-10-04T15:59:59.000Z');
    const forbidden = await t.gql(`mutation { setCalendarYear(year: 2027, days: []) { year } }`, {}, jinshan);
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
