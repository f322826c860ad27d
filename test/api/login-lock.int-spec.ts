// The sign-in lock against parallel bursts, distributed guessing and username probing, through HTTP from several
// client addresses (the loopback network: every 127.x.y.z reaches the test server from a different address).
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

let t: TestApp;
let adminToken: string;

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token account { username } } }`;
const RIGHT = 'Right2026x';
const WRONG = 'Wrong2026x';

interface Answer {
  data: any;
  errors?: { message: string; extensions: { code: string; reason?: string } }[];
}

/** POST /graphql from a chosen local address of the loopback network. */
function gqlFrom(
  app: TestApp,
  localAddress: string,
  query: string,
  variables: object,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL('/graphql', app.url);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text));
          } catch (err) {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)} (${(err as Error).message})`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const login = (address: string, u: string, p: string) => gqlFrom(t, address, LOGIN, { u, p });
const code = (a: Answer) => (a.errors ? a.errors[0]!.extensions.code : 'OK');

/**
 * Holds for a minute the locks the attempts so far have earned (and checks there are some). A lock starts when an
 * attempt is counted, before its password is checked: on a loaded machine that check and the next request can
 * outlast the first lock's 2 s, and what follows would then depend on the machine's speed.
 */
async function holdLocks(where: { username?: string; address?: string }): Promise<void> {
  const [{ n }] = await t.runtime.dataSource.query(
    `WITH held AS (
       UPDATE login_attempts SET locked_until = now() + interval '1 minute'
       WHERE locked_until IS NOT NULL AND ($1::text IS NULL OR username = $1) AND ($2::text IS NULL OR address = $2)
       RETURNING 1)
     SELECT count(*)::int AS n FROM held`,
    [where.username ?? null, where.address ?? null],
  );
  expect(n, `a lock was earned (${JSON.stringify(where)})`).toBeGreaterThan(0);
}

async function createAccount(username: string): Promise<string> {
  const res = await t.gql(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    { i: { username, password: RIGHT, role: 'LOCAL', regionCode: '310116' } },
    adminToken,
  );
  expect(res.errors).toBeUndefined();
  return res.data.createAccount.id;
}

/** How many passwords were checked for an account: one audit row per failure and per success. */
async function checked(accountId: string): Promise<number> {
  const [{ n }] = await t.runtime.dataSource.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action IN ('account.login', 'account.login_failed')`,
    [accountId],
  );
  return n;
}

beforeAll(async () => {
  t = await startTestApp();
  adminToken = await t.login('admin');
});
afterAll(() => t?.close());

describe('the sign-in lock', () => {
  it('checks at most five of 40 wrong passwords sent at once, and the right one sent while they run stays out', async () => {
    const id = await createAccount('racer');
    const from = '127.0.0.11';
    const wrong = Array.from({ length: 40 }, () => login(from, 'racer', WRONG));
    // Every one of the 40 has been counted before the right password is sent.
    const counted = await waitFor(
      async () => {
        const [row] = await t.runtime.dataSource.query(
          `SELECT failures FROM login_attempts WHERE username = 'racer' AND address = $1`,
          [from],
        );
        return (row?.failures ?? 0) >= 40;
      },
      30_000,
      20,
    );
    expect(counted).toBe(true);
    const right = await login(from, 'racer', RIGHT);
    expect(code(right)).toBe('TOO_MANY_REQUESTS');
    const codes = (await Promise.all(wrong)).map(code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(35);
    expect(await checked(id)).toBe(5);
  });

  it('checks at most five of 41 parallel attempts (40 wrong, then the right one)', async () => {
    const id = await createAccount('racer2');
    const from = '127.0.0.12';
    const burst = [
      ...Array.from({ length: 40 }, () => login(from, 'racer2', WRONG)),
      login(from, 'racer2', RIGHT),
    ];
    const answers = await Promise.all(burst);
    const codes = answers.map(code);
    const verified = codes.filter((c) => c === 'UNAUTHENTICATED' || c === 'OK').length;
    expect(verified).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBe(41 - verified);
    expect(await checked(id)).toBe(verified);
    // Had the right password been checked after the lock was earned, it would have been refused: it got in only
    // if it was one of the first five counted.
    if (code(answers[40]!) === 'OK')
      expect(codes.slice(0, 40).filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(4);
  });

  it('does not lock the owner out from another address', async () => {
    await createAccount('owner1');
    const attacker = '127.0.0.21';
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) {
      if (i === 5) await holdLocks({ address: attacker });
      codes.push(code(await login(attacker, 'owner1', WRONG)));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[9]).toBe('TOO_MANY_REQUESTS');
    expect(code(await login(attacker, 'owner1', RIGHT))).toBe('TOO_MANY_REQUESTS');
    const owner = await login('127.0.0.22', 'owner1', RIGHT);
    expect(owner.errors).toBeUndefined();
    expect(owner.data.login.account.username).toBe('owner1');
  });

  it('bounds guessing spread over many addresses without locking the owner out where the owner has signed in', async () => {
    await createAccount('owner2');
    const home = '127.0.0.31';
    expect(code(await login(home, 'owner2', RIGHT))).toBe('OK');
    // Four addresses, five guesses each: the name is now locked for addresses it has never signed in from.
    for (const from of ['127.0.0.41', '127.0.0.42', '127.0.0.43', '127.0.0.44']) {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push(code(await login(from, 'owner2', WRONG)));
      expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    }
    await holdLocks({ username: 'owner2' });
    expect(code(await login('127.0.0.45', 'owner2', RIGHT))).toBe('TOO_MANY_REQUESTS');
    expect(code(await login('127.0.0.46', 'owner2', WRONG))).toBe('TOO_MANY_REQUESTS');
    expect(code(await login(home, 'owner2', RIGHT))).toBe('OK');
    // Other names are not affected.
    await createAccount('bystander');
    expect(code(await login('127.0.0.45', 'bystander', RIGHT))).toBe('OK');
  });

  it('answers a name that exists and one that does not in the same way, the sixth rapid try included', async () => {
    await createAccount('known1');
    const answers = async (from: string, u: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        if (i === 5) await holdLocks({ address: from });
        const a = await login(from, u, WRONG);
        const e = a.errors![0]!;
        out.push(`${e.extensions.code} ${e.extensions.reason ?? ''} ${e.message.replace(/\d+/g, 'N')}`);
      }
      return out;
    };
    const known = await answers('127.0.0.51', 'known1');
    const unknown = await answers('127.0.0.52', 'nosuchuser');
    expect(unknown).toEqual(known);
    expect(known[4]).toMatch(/^UNAUTHENTICATED LOGIN_FAILED 用户名或密码错误$/);
    expect(known[5]).toMatch(/^TOO_MANY_REQUESTS LOGIN_THROTTLED 登录失败次数过多，请在 N 秒后重试$/);
    // A name no account can have (spaces, emoji, too long) is answered alike as well. (Control characters never
    // reach the lock: the boundary refuses them for every name alike.)
    const odd = await answers('127.0.0.53', 'no such user 🙂' + 'x'.repeat(300));
    expect(odd).toEqual(known);
  });

  it('starts the count again after a success', async () => {
    await createAccount('resetter');
    const from = '127.0.0.61';
    for (let i = 0; i < 4; i++) expect(code(await login(from, 'resetter', WRONG))).toBe('UNAUTHENTICATED');
    expect(code(await login(from, 'resetter', RIGHT))).toBe('OK');
    for (let i = 0; i < 4; i++) expect(code(await login(from, 'resetter', WRONG))).toBe('UNAUTHENTICATED');
    const [row] = await t.runtime.dataSource.query(
      `SELECT failures, locked_until FROM login_attempts WHERE username = 'resetter' AND address = $1`,
      [from],
    );
    expect(row).toEqual({ failures: 4, locked_until: null });
    expect(code(await login(from, 'resetter', RIGHT))).toBe('OK');
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    await createAccount('forwarded');
    const spoofed = await login('127.0.0.71', 'forwarded', WRONG);
    expect(code(spoofed)).toBe('UNAUTHENTICATED');
    await gqlFrom(
      t,
      '127.0.0.71',
      LOGIN,
      { u: 'forwarded', p: WRONG },
      { 'x-forwarded-for': '198.51.100.8' },
    );
    const rows = await t.runtime.dataSource.query(
      `SELECT address, failures FROM login_attempts WHERE username = 'forwarded' AND address <> '*'`,
    );
    expect(rows).toEqual([{ address: '127.0.0.71', failures: 2 }]);

    const proxied = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
    try {
      await gqlFrom(
        proxied,
        '127.0.0.72',
        LOGIN,
        { u: 'admin', p: WRONG },
        { 'x-forwarded-for': '198.51.100.7' },
      );
      const [row] = await proxied.runtime.dataSource.query(
        `SELECT address, failures FROM login_attempts WHERE username = 'admin' AND address <> '*'`,
      );
      expect(row).toEqual({ address: '198.51.100.7', failures: 1 });
      const [audit] = await proxied.runtime.dataSource.query(
        `SELECT ip FROM audit_log WHERE action = 'account.login_failed'`,
      );
      expect(audit.ip).toBe('198.51.100.7');
    } finally {
      await proxied.close();
    }
  });
});
