import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-server.js';

let t: TestApp;
let adminToken: string;

beforeAll(async () => {
  t = await startTestApp();
  adminToken = await t.login('admin');
});
afterAll(() => t?.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt account { id username role displayName } } }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username role regionCode organizationId displayName } }`;
const ME = `{ me { id username role displayName region { code name } organization { id name } } }`;

async function count(table: string): Promise<number> {
  return (await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
}

describe('sign-in', () => {
  it('signs the admin in and returns a token that identifies it', async () => {
    const res = await t.gql(LOGIN, { u: 'admin', p: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.account).toMatchObject({
      username: 'admin',
      role: 'ADMIN',
      displayName: '系统管理员',
    });
    const me = await t.gql(ME, {}, res.data.login.token);
    expect(me.data.me).toMatchObject({ username: 'admin', role: 'ADMIN' });
  });

  it('accepts the username in any case', async () => {
    const res = await t.gql(LOGIN, { u: 'ADMIN', p: TEST_PASSWORD });
    expect(res.data.login.account.username).toBe('admin');
  });

  it('refuses a wrong password with a Chinese message and no hint which part was wrong', async () => {
    const wrong = await t.gql(LOGIN, { u: 'admin', p: 'nope-123456' });
    const unknown = await t.gql(LOGIN, { u: 'nobody', p: 'nope-123456' });
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.errors![0].message).toBe('用户名或密码错误');
    }
  });

  it('slows down repeated failures, then lets the right password in once the wait is over', async () => {
    const create = await t.gql(
      CREATE,
      { input: { username: 'slowpoke', password: 'Right1234', role: 'ADMIN' } },
      adminToken,
    );
    expect(create.errors).toBeUndefined();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await t.gql(LOGIN, { u: 'slowpoke', p: 'Wrong1234' })).errors![0].extensions.code);
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    // The fifth failure locks the pair for 2 s. On a loaded machine the next request can arrive after that, so the
    // lock is checked, then held longer, so what follows does not depend on how fast this machine is.
    const [first] = await t.runtime.dataSource.query(
      `SELECT (locked_until - last_attempt_at) AS lock FROM login_attempts WHERE username = 'slowpoke' AND address = '127.0.0.1'`,
    );
    expect(first.lock).toMatchObject({ seconds: 2 });
    await t.runtime.dataSource.query(
      `UPDATE login_attempts SET locked_until = now() + interval '1 minute' WHERE username = 'slowpoke' AND address = '127.0.0.1'`,
    );
    codes.push((await t.gql(LOGIN, { u: 'slowpoke', p: 'Wrong1234' })).errors![0].extensions.code);
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
    // Even the right password waits while the account is locked.
    const locked = await t.gql(LOGIN, { u: 'slowpoke', p: 'Right1234' });
    expect(locked.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors![0].message).toMatch(/登录失败次数过多，请在 \d+ 秒后重试/);
    const row = (
      await t.runtime.dataSource.query(
        `SELECT failures, locked_until FROM login_attempts WHERE username = 'slowpoke' AND address = '127.0.0.1'`,
      )
    )[0];
    expect(row.failures).toBe(7); // the refused attempts count too
    expect(new Date(row.locked_until).getTime()).toBeGreaterThan(Date.now());
    await t.runtime.dataSource.query(
      `UPDATE login_attempts SET locked_until = now() - interval '1 second' WHERE username = 'slowpoke'`,
    );
    const ok = await t.gql(LOGIN, { u: 'slowpoke', p: 'Right1234' });
    expect(ok.errors).toBeUndefined();
    const reset = (
      await t.runtime.dataSource.query(
        `SELECT failures, locked_until FROM login_attempts WHERE username = 'slowpoke' AND address = '127.0.0.1'`,
      )
    )[0];
    expect(reset).toEqual({ failures: 0, locked_until: null });
  });

  it('asks anonymous callers to sign in, and rejects forged tokens', async () => {
    const anon = await t.gql(ME);
    expect(anon.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anon.errors![0].message).toMatch(/请先登录/);
    const forged = await t.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad');
    expect(forged.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('records sign-ins and failures in the audit log', async () => {
    const log = await t.gql(
      `{ auditLog(filter: { entityType: "account" }, first: 100) { totalCount nodes { action actorUsername ip } } }`,
      {},
      adminToken,
    );
    const actions = log.data.auditLog.nodes.map((n: { action: string }) => n.action);
    expect(actions).toContain('account.login');
    expect(actions).toContain('account.login_failed');
  });
});

describe('accounts', () => {
  it('lets the admin create a LOCAL account scoped to a region, which then signs in', async () => {
    const res = await t.gql(
      CREATE,
      {
        input: {
          username: 'xuhui',
          password: 'Xuhui2026',
          role: 'LOCAL',
          regionCode: '310104',
          displayName: '徐汇区人社局 李明',
        },
      },
      adminToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createAccount).toMatchObject({ username: 'xuhui', role: 'LOCAL', regionCode: '310104' });
    const token = await t.login('xuhui', 'Xuhui2026');
    const me = await t.gql(ME, {}, token);
    expect(me.data.me.region).toEqual({ code: '310104', name: '徐汇区' });
  });

  it('refuses bad input with field messages in Chinese and writes nothing', async () => {
    const before = await count('accounts');
    const auditBefore = await count('audit_log');
    const res = await t.gql(
      CREATE,
      { input: { username: 'x', password: 'short', role: 'LOCAL' } },
      adminToken,
    );
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fieldErrors).toMatchObject({
      username: expect.stringContaining('用户名'),
      password: expect.stringContaining('8 位'),
      regionCode: expect.stringContaining('地区'),
    });
    const unknownRegion = await t.gql(
      CREATE,
      { input: { username: 'ghost', password: 'Ghost2026', role: 'LOCAL', regionCode: '999999' } },
      adminToken,
    );
    expect(unknownRegion.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownRegion.errors![0].message).toContain('999999');
    expect(await count('accounts')).toBe(before);
    expect(await count('audit_log')).toBe(auditBefore);
  });

  it('refuses a taken username with CONFLICT', async () => {
    const res = await t.gql(
      CREATE,
      { input: { username: 'Admin', password: 'Admin2026x', role: 'ADMIN' } },
      adminToken,
    );
    expect(res.errors![0].extensions.code).toBe('CONFLICT');
    expect(res.errors![0].message).toContain('已被使用');
  });

  it('lets only the admin create accounts', async () => {
    const token = await t.login('xuhui', 'Xuhui2026');
    const res = await t.gql(
      CREATE,
      { input: { username: 'sneaky', password: 'Sneaky2026', role: 'ADMIN' } },
      token,
    );
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('changes a password; old tokens and the old password stop working', async () => {
    await t.gql(
      CREATE,
      { input: { username: 'changer', password: 'Before2026', role: 'ADMIN' } },
      adminToken,
    );
    const token = await t.login('changer', 'Before2026');
    const wrongOld = await t.gql(
      `mutation { changePassword(oldPassword: "nope", newPassword: "After2026") }`,
      {},
      token,
    );
    expect(wrongOld.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrongOld.errors![0].message).toBe('原密码不正确');
    const ok = await t.gql(
      `mutation { changePassword(oldPassword: "Before2026", newPassword: "After2026") }`,
      {},
      token,
    );
    expect(ok.data.changePassword).toBe(true);
    const stale = await t.gql(ME, {}, token);
    expect(stale.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { u: 'changer', p: 'Before2026' })).errors).toBeDefined();
    expect(await t.login('changer', 'After2026')).toBeTruthy();
  });

  it('deactivates an account: its token stops working and it cannot sign in', async () => {
    const created = await t.gql(
      CREATE,
      { input: { username: 'leaver', password: 'Leaver2026', role: 'ADMIN' } },
      adminToken,
    );
    const token = await t.login('leaver', 'Leaver2026');
    const res = await t.gql(
      `mutation($id: ID!) { setAccountActive(id: $id, active: false) { active } }`,
      { id: created.data.createAccount.id },
      adminToken,
    );
    expect(res.data.setAccountActive.active).toBe(false);
    expect((await t.gql(ME, {}, token)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { u: 'leaver', p: 'Leaver2026' });
    expect(login.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(login.errors![0].message).toContain('停用');
  });

  it('leaves an account signed in when it is activated while already active; only a real change revokes tokens', async () => {
    const created = await t.gql(
      CREATE,
      { input: { username: 'stayer', password: 'Stayer2026', role: 'ADMIN' } },
      adminToken,
    );
    const id = created.data.createAccount.id;
    const token = await t.login('stayer', 'Stayer2026');
    const SET = `mutation($id: ID!, $a: Boolean!) { setAccountActive(id: $id, active: $a) { active } }`;
    const auditBefore = await count('audit_log');
    const again = await t.gql(SET, { id, a: true }, adminToken);
    expect(again.data.setAccountActive.active).toBe(true);
    expect((await t.gql(ME, {}, token)).data.me.username).toBe('stayer');
    expect(await count('audit_log')).toBe(auditBefore);
    // Deactivating and activating again are real changes: the old token stops working.
    await t.gql(SET, { id, a: false }, adminToken);
    await t.gql(SET, { id, a: true }, adminToken);
    expect((await t.gql(ME, {}, token)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, await t.login('stayer', 'Stayer2026'))).data.me.username).toBe('stayer');
  });

  it('writes the account changes to the audit log with before and after, never the password hash', async () => {
    const log = await t.gql(
      `{ auditLog(filter: { action: "account.deactivate" }) { nodes { before after actorUsername } } }`,
      {},
      adminToken,
    );
    const entry = log.data.auditLog.nodes[0];
    expect(entry.actorUsername).toBe('admin');
    expect(JSON.parse(entry.before).active).toBe(true);
    expect(JSON.parse(entry.after).active).toBe(false);
    expect(entry.before).not.toContain('passwordHash');
    expect(entry.before).not.toContain('argon2');
  });

  it('keeps the audit log for the admin only', async () => {
    const token = await t.login('xuhui', 'Xuhui2026');
    const res = await t.gql(`{ auditLog { totalCount } }`, {}, token);
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
