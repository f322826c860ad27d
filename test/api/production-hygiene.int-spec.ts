// Production hygiene (issue #10, item 5), on the app as production runs it: no "Did you mean …" suggestions,
// security headers on every response, and a log where a refusal is one WARN line without a stack and only an
// unexpected error is an ERROR with its stack.
import type { LoggerService } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-server.js';

interface Entry {
  level: 'log' | 'warn' | 'error' | 'debug' | 'verbose' | 'fatal';
  message: string;
  extra: unknown[];
}

/** Nest's logger interface, keeping every call. */
class CapturingLogger implements LoggerService {
  entries: Entry[] = [];
  private add(level: Entry['level'], message: unknown, extra: unknown[]) {
    this.entries.push({
      level,
      message: message instanceof Error ? `${message.message}\n${message.stack}` : String(message),
      extra,
    });
  }
  log(m: unknown, ...x: unknown[]) {
    this.add('log', m, x);
  }
  warn(m: unknown, ...x: unknown[]) {
    this.add('warn', m, x);
  }
  error(m: unknown, ...x: unknown[]) {
    this.add('error', m, x);
  }
  debug(m: unknown, ...x: unknown[]) {
    this.add('debug', m, x);
  }
  verbose(m: unknown, ...x: unknown[]) {
    this.add('verbose', m, x);
  }
  fatal(m: unknown, ...x: unknown[]) {
    this.add('fatal', m, x);
  }
  /** Warnings and errors since the last call. */
  take(): Entry[] {
    const out = this.entries.filter((e) => e.level === 'warn' || e.level === 'error' || e.level === 'fatal');
    this.entries = [];
    return out;
  }
}

const STACK = /\n\s+at |\.ts:\d+|\.js:\d+/;
const logger = new CapturingLogger();
let t: TestApp;
let admin: string;
let local: string;

beforeAll(async () => {
  t = await startTestApp({ env: { NODE_ENV: 'production' }, logger, workers: false });
  admin = await t.login('admin');
  const created = await t.gql(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    { i: { username: 'xuhui', password: 'Xuhui2026', role: 'LOCAL', regionCode: '310104' } },
    admin,
  );
  expect(created.errors).toBeUndefined();
  local = await t.login('xuhui', 'Xuhui2026');
  logger.take();
}, 120_000);
afterAll(() => t?.close());

describe('production GraphQL errors', () => {
  it('suggest no names, in validation or in variables', async () => {
    const field = await t.gql(`{ me { usernam } }`, {}, admin);
    expect(field.errors![0].message).toContain('Cannot query field "usernam" on type "Account"');
    const arg = await t.gql(`{ accounts(rol: ADMIN) { id } }`, {}, admin);
    const value = await t.gql(`query($r: Role) { accounts(role: $r) { id } }`, { r: 'ADMN' }, admin);
    const input = await t.gql(
      `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
      { i: { kind: 'UNIT', nam: 'x', regionCode: '310116' } },
      admin,
    );
    for (const res of [field, arg, value, input]) {
      expect(res.errors, JSON.stringify(res)).toBeDefined();
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|username|"role"|ADMIN"|"name"/);
    }
  });
});

describe('a body that is not JSON', () => {
  it('is refused with 400 and a message naming the content type, whatever it was', async () => {
    const bodies: [string, string][] = [
      ['text/plain', '{ catalog { roles { value } } }'],
      [
        'application/x-www-form-urlencoded',
        'query=%7B%20catalog%20%7B%20roles%20%7B%20value%20%7D%20%7D%20%7D',
      ],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ a }\r\n--x--',
      ],
      ['application/json', ''],
    ];
    for (const [type, body] of bodies) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(res.status, type).toBe(400);
      const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors[0].message, type).toMatch(/^请求格式有误：/);
      // Apollo's own English refusals of a form or plain-text body read as what to send instead.
      if (type !== 'application/json')
        expect(answer.errors[0].message, type).toBe(
          '请求格式有误：请以 JSON 发送（Content-Type: application/json）',
        );
      expect(answer.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // The same query as JSON is answered.
    const ok = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ catalog { roles { value } } }' }),
    });
    expect(ok.status).toBe(200);
  });
});

describe('security headers', () => {
  it('are on every response: pages, the API, health, files and errors', async () => {
    const responses = [
      await fetch(`${t.url}/`),
      await fetch(`${t.url}/login`),
      await fetch(`${t.url}/healthz`),
      await fetch(`${t.url}/files/photos/nope?expires=1&signature=x`),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ catalog { roles { value } } }' }),
      }),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      }),
    ];
    for (const res of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, res.url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
      // Plain HTTP: no HSTS, which would lock users out of a server without TLS.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('add HSTS behind a TLS-terminating proxy', async () => {
    const res = await fetch(`${t.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('the log', () => {
  it('writes each refusal as exactly one WARN line, without a stack', async () => {
    const refusals: [string, () => Promise<unknown>, RegExp][] = [
      ['signed out', () => t.gql(`{ me { id } }`), /UNAUTHENTICATED/],
      [
        'wrong password',
        () => t.gql(`mutation { login(username: "admin", password: "wrong-one-1") { token } }`),
        /UNAUTHENTICATED LOGIN_FAILED: 用户名或密码错误/,
      ],
      [
        'role',
        () =>
          t.gql(
            `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
            { i: { username: 'x2', password: 'Xuhui2026', role: 'ADMIN' } },
            local,
          ),
        /FORBIDDEN/,
      ],
      [
        'bad input',
        () =>
          t.gql(
            `mutation($n: String!) { createOrganization(input: { kind: UNIT, name: $n, regionCode: "310116" }) { id } }`,
            { n: 'a\u0000' },
            admin,
          ),
        /BAD_USER_INPUT INVALID_ARGUMENT/,
      ],
      [
        'not found',
        () =>
          t.gql(
            `mutation { reactivateExpert(id: "0b6f1f0e-7a52-4c1e-9d1a-2f3e4d5c6b7a") { id } }`,
            {},
            admin,
          ),
        /NOT_FOUND/,
      ],
      ['invalid query', () => t.gql(`{ me { nonsense } }`, {}, admin), /GRAPHQL_VALIDATION_FAILED/],
      ['query too large', () => t.gql(`{ ${'a '.repeat(30_000)} }`), /QUERY_TOO_LARGE/],
    ];
    logger.take();
    for (const [what, call, text] of refusals) {
      await call();
      const lines = logger.take();
      expect(
        lines.map((l) => l.level),
        what,
      ).toEqual(['warn']);
      expect(lines[0]!.message, what).toMatch(text);
      expect(lines[0]!.message, what).not.toMatch(STACK);
      expect(lines[0]!.message).not.toContain('\n');
      expect(
        lines[0]!.extra.filter((x) => typeof x === 'string' && STACK.test(x)),
        what,
      ).toEqual([]);
    }
  });

  it('names who was refused, and keeps what the client sent on one line', async () => {
    await t.gql(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { username: 'x3', password: 'Xuhui2026', role: 'ADMIN' } },
      local,
    );
    expect(logger.take()[0]!.message).toMatch(
      /^refused mutation createAccount by xuhui \(LOCAL\) from [\d.:a-f]+: FORBIDDEN/,
    );
    await t.gql(`mutation { login(username: "no\\nbody", password: "x") { token } }`);
    const [line] = logger.take();
    expect(line!.message).not.toContain('\n');
  });

  it('writes an unexpected error as one ERROR with its stack', async () => {
    await t.runtime.dataSource.query(`ALTER TABLE regions RENAME TO regions_moved`);
    try {
      const res = await t.gql(`{ regions { code } }`, {}, admin);
      expect(res.errors![0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.runtime.dataSource.query(`ALTER TABLE regions_moved RENAME TO regions`);
    }
    const lines = logger.take();
    expect(lines.map((l) => l.level)).toEqual(['error']);
    expect(lines[0]!.message).toContain('regions');
    expect(String(lines[0]!.extra[0])).toMatch(STACK);
  });
});
