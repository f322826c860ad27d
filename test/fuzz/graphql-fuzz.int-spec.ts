// Property-based fuzzing of the whole GraphQL API (issue #10, item 8). Every mutation, and every query that
// takes arguments, is read from the live schema — a new operation is fuzzed without touching this file — and
// called with generated arguments (control characters, lone surrogates, huge text, out-of-range numbers and
// dates, wrong ids and enums, wrong types, as variables or inline) as each role on the demo data. It fails on
// any INTERNAL_SERVER_ERROR or HTTP 5xx, and on any row written (inserted, updated or deleted) by a refused call.
//
// Seeded and reproducible: the seed is printed at the start and with every failure; FUZZ_SEED=<seed> replays a
// run (the same day: the demo's dates, and the generated ones, follow the calendar), FUZZ_RUNS=<n> changes the
// number of generated mutation calls (default 1,000; queries get a third).
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES_KEY } from '../../apps/api/src/common/auth.decorators.js';
import { RESOLVERS } from '../../apps/api/src/schema.js';
import { startTestApp, type TestApp } from '../support/test-server.js';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const MUTATION_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const QUERY_RUNS = Math.ceil(MUTATION_RUNS / 3);

/** Who calls: anonymous and one demo account of each role (the demo seed). */
const CALLERS = [null, 'admin', 'province', 'local', 'unit', 'expert'] as const;
type Caller = (typeof CALLERS)[number];
const ROLE_OF: Record<string, string> = {
  admin: 'ADMIN',
  province: 'PROVINCE',
  local: 'LOCAL',
  unit: 'UNIT',
  expert: 'EXPERT',
};

/** The roles each operation admits (its @Roles), so that most calls get past the guard and into the service. */
function rolesOf(fieldName: string): string[] | null {
  for (const resolver of RESOLVERS) {
    const method = (resolver.prototype as unknown as Record<string, unknown>)[fieldName];
    if (typeof method === 'function')
      return (Reflect.getMetadata(ROLES_KEY, method) as string[] | undefined) ?? null;
  }
  return null;
}

/**
 * Refusals that write by design: a failed sign-in is audited and counted against the account (the login lock).
 * Every other refused call must leave every table as it was.
 */
const MAY_WRITE_WHEN_REFUSED: Record<string, RegExp> = { login: /^public\.(audit_log|accounts|.*login.*)$/ };

/** Operations that hash or verify a password (argon2, by design slow): fewer calls, so the run stays short. */
const SLOW_RUNS: Record<string, number> = { login: 8, changePassword: 8 };

function runsFor(ops: Operation[], total: number): (op: Operation) => number {
  const slow = ops.filter((op) => op.field.name in SLOW_RUNS);
  const rest = Math.ceil(
    (total - slow.reduce((n, op) => n + SLOW_RUNS[op.field.name]!, 0)) / (ops.length - slow.length),
  );
  return (op) => SLOW_RUNS[op.field.name] ?? rest;
}

let t: TestApp;
let schema: GraphQLSchema;
const tokens = new Map<Caller, string | null>();
let tables: string[] = [];
const idPool: string[] = [];
/** Ids by table, so that `demandId` gets demands and `removeTeamExpense(id)` expenses. */
const idsByTable = new Map<string, string[]>();

// ---- Values -------------------------------------------------------------------------------------------------

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001f',
  'x\u007f',
  '\ud800',
  'a\udc00b',
  '末\ud83d',
  '🍅🚜👩‍⚕️',
  '\u202e反转',
  '\ufeffBOM',
  '\t\r\n',
  "'; DROP TABLE demands; --",
  '%s%n%x',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../../../etc/passwd',
  '\\',
  '"',
  '中'.repeat(10_001),
  'x'.repeat(100_000),
];
const WORDS = [
  '大棚番茄病害防治',
  '金山区廊下镇',
  '脑卒中筛查',
  '生猪养殖',
  '备注',
  '张三',
  '测试',
  'Demo',
  '上海市人社局',
];
const REGION_CODES = [
  '310116',
  '653125',
  '310000',
  '310104',
  '110101',
  '530000',
  '999999',
  '000000',
  '31011',
  'abcdef',
];
const DATES = [
  '2026-11-09',
  '2026-12-01',
  '2027-03-15',
  '2025-01-01',
  '1900-01-01',
  '2100-12-31',
  '0000-01-01',
  '1899-12-31',
  '2101-01-01',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  'not-a-date',
  '',
  '2026-1-1',
];
const DATE_TIMES = [
  '2026-11-23T08:00:00Z',
  '2026-11-23',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  'not-a-date',
  '',
  '2026-11-23T25:61:00Z',
];
const INTS = [0, 1, -1, 2, 5, 10, 50, 100, 2026, 1999, 2101, 100_000, 2_147_483_647, -2_147_483_648];
const OUT_OF_RANGE = [2 ** 31, -(2 ** 31) - 1, 1e20, 1.5, -0.5, Number.MAX_SAFE_INTEGER];
const JUNK_IDS = [
  'nope',
  '',
  '0',
  '1',
  '00000000-0000-0000-0000-000000000000',
  "1' OR '1'='1",
  '🍅',
  'a\u0000b',
  '0b6f1f0e7a524c1e9d1a2f3e4d5c6b7a',
  '0B6F1F0E-7A52-4C1E-9D1A-2F3E4D5C6B7A',
];
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const CSV_HEADER =
  '姓名,性别,工作单位,职称,职称级别,专业领域,研究方向,人才称号,所在地区,专家来源,是否退休,手机,邮箱';

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE_TEXT.slice(0, 20)))
      .map(([a, b]) => a + b),
  },
);

/** Any JSON value of the wrong kind, for a variable of some other type. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.constant(true),
  fc.constant('12'),
  fc.constant(12),
  fc.constant({ a: 1 }),
);

/** Plausible text for an argument or input field of this name: what a person would type there. */
function plausibleText(name: string): fc.Arbitrary<string> {
  if (/regionCode|parentCode|^code$/.test(name)) return fc.constantFrom(...REGION_CODES);
  if (/contentBase64/.test(name)) {
    return fc.oneof(
      fc.constant(PNG_BASE64),
      fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('base64')),
      fc.constantFrom('not base64!!', '====', 'A'.repeat(20_001)),
    );
  }
  if (/^csv$/.test(name)) {
    const cell = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          ...WORDS,
          '男',
          '主任医师',
          'SENIOR',
          '医疗卫生',
          '310116',
          '13800000000',
          'a@b.cn',
          '否',
        ),
      },
      { weight: 1, arbitrary: hostileText },
    );
    return fc
      .array(fc.array(cell, { minLength: 1, maxLength: 13 }), { maxLength: 4 })
      .chain((rows) =>
        fc
          .constantFrom(CSV_HEADER + '\n', '', 'a,b\n')
          .map(
            (head) => head + rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'),
          ),
      );
  }
  if (/password/i.test(name)) return fc.constantFrom('Xuhui2026', 'short', 'nodigitshere', 'a'.repeat(200));
  if (/username/i.test(name))
    return fc.constantFrom('admin', 'unit', 'nobody', 'a', 'ok_name.2', 'new_user1');
  if (/fileName/.test(name))
    return fc.constantFrom('现场.png', 'a.jpg', 'x.xlsx', 'list.csv', '../../etc/passwd', '.png');
  if (/date$/i.test(name)) return fc.constantFrom(...DATES);
  if (/^(after|before|cursor)$/.test(name)) return fc.constantFrom('MjA=', 'eyJ4IjoxfQ==', '-1', 'x');
  if (/phone/i.test(name))
    return fc.constantFrom('13800000000', '021-12345678', '12345', '+86 138 0000 0000');
  if (/email/i.test(name)) return fc.constantFrom('a@b.cn', 'not-an-email', 'x@y');
  return fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }));
}

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The table whose rows a noun names: demand → demands, teamExpense → team_expenses, followUp → evaluation_follow_ups. */
function tableOf(noun: string): string | null {
  const n = snake(noun);
  return (
    [...idsByTable.keys()].find((t) => [`${n}s`, `${n}es`, n].some((c) => t === c || t.endsWith(`_${c}`))) ??
    null
  );
}

/** The table an ID argument names: by its own name (`teamId`), else by the operation (`acceptDemand(id)`). */
function tableForId(opName: string, name: string): string | null {
  const own = /^(?:lead|member|into)?(.+?)Ids?$/.exec(name)?.[1];
  if (own && own !== 'i') {
    const t = tableOf(own.charAt(0).toLowerCase() + own.slice(1));
    if (t) return t;
  }
  const words = opName
    .replace(/([A-Z])/g, ' $1')
    .trim()
    .split(' ');
  for (let i = 1; i < words.length; i++) {
    const t = tableOf(words.slice(i).join(''));
    if (t) return t;
  }
  return tableOf(words[0]!);
}

function plausibleScalar(typeName: string, name: string, opName: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'String':
      return plausibleText(name);
    case 'ID': {
      const own = idsByTable.get(tableForId(opName, name) ?? '') ?? [];
      return fc.oneof(
        {
          weight: own.length ? 8 : 0,
          arbitrary: own.length ? fc.constantFrom(...own) : fc.constant(idPool[0]),
        },
        { weight: 2, arbitrary: fc.constantFrom(...idPool) },
        { weight: 1, arbitrary: fc.uuid() },
      );
    }
    case 'Int':
      if (name === 'year') return fc.integer({ min: 2024, max: 2027 });
      if (/Funds|budget|amount/i.test(name)) return fc.integer({ min: 0, max: 120_000 });
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
        { weight: 2, arbitrary: fc.constantFrom(...INTS.slice(0, 12)) },
        { weight: 1, arbitrary: fc.integer({ min: -10, max: 200_000 }) },
      );
    case 'Float':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      // Around today, as the demo's teams and demands are.
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .integer({ min: -45, max: 90 })
            .map((days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)),
        },
        { weight: 1, arbitrary: fc.constantFrom(...DATES.slice(0, 6)) },
      );
    case 'DateTime':
      return fc
        .date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    default:
      return plausibleText(name);
  }
}

function hostileScalar(typeName: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID':
      return fc.constantFrom(...JUNK_IDS);
    case 'Int':
      return fc.oneof(fc.constantFrom(...INTS, ...OUT_OF_RANGE), fc.integer());
    case 'Float':
      return fc.constantFrom(1e300, -1e300, 0.1 + 0.2, -0);
    case 'Boolean':
      return fc.constantFrom('true', 0, 1);
    case 'Date':
      return fc.oneof(
        fc.constantFrom(...DATES.slice(6)),
        fc
          .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      );
    case 'DateTime':
      return fc.constantFrom(...DATE_TIMES);
    default:
      return hostileText;
  }
}

/**
 * A value for an argument or input field. Clean: what a person could send (plausible, of the right type), so that
 * calls get past the boundary and into the rules and the database. Otherwise mostly plausible, now and then
 * something hostile or of the wrong type, anywhere in the input.
 */
function valueFor(
  type: GraphQLInputType,
  name: string,
  depth: number,
  opName: string,
  clean: boolean,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, name, depth, opName, clean);
  const inner = (t: GraphQLInputType, n: string) => valueFor(t, n, depth + 1, opName, clean);
  if (isListType(type)) {
    const list = fc.array(inner(type.ofType, name), { maxLength: 3 });
    if (clean) return list;
    return fc.oneof(
      { weight: 12, arbitrary: list },
      { weight: 1, arbitrary: fc.array(inner(type.ofType, name), { minLength: 40, maxLength: 60 }) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, inner(f.type, f.name)])), {
      requiredKeys: required,
    });
    if (clean) return record;
    // Now and then an unknown field, or a required one missing.
    return fc.oneof(
      { weight: 20, arbitrary: record },
      { weight: 1, arbitrary: record.map((r) => ({ ...r, unknownField: 'x' })) },
      { weight: 1, arbitrary: record.map((r) => Object.fromEntries(Object.entries(r).slice(1))) },
    );
  }
  if (isEnumType(type)) {
    const valid = fc.constantFrom(...type.getValues().map((v) => v.name));
    return clean
      ? valid
      : fc.oneof(
          { weight: 12, arbitrary: valid },
          { weight: 1, arbitrary: fc.constantFrom('NOPE', '', 'admin', '__proto__') },
        );
  }
  if (isScalarType(type)) {
    const plausible = plausibleScalar(type.name, name, opName);
    if (clean) return plausible;
    return fc.oneof(
      { weight: 8, arbitrary: plausible },
      { weight: 3, arbitrary: hostileScalar(type.name) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  return fc.constant(null);
}

// ---- Calls --------------------------------------------------------------------------------------------------

interface Operation {
  kind: 'mutation' | 'query';
  field: GraphQLField<unknown, unknown>;
}

interface Call {
  caller: Caller;
  /** Argument values, in argument order (undefined: left out). */
  args: unknown[];
  inline: boolean;
}

function callArbitrary(op: Operation): fc.Arbitrary<Call> {
  const argsOf = (clean: boolean) => {
    const value = (a: GraphQLArgument) => valueFor(a.type, a.name, 0, op.field.name, clean);
    const args = op.field.args.map((a) =>
      isNonNullType(a.type) ? value(a) : fc.option(value(a), { nil: undefined, freq: 3 }),
    );
    return (args.length ? fc.tuple(...args) : fc.constant([])) as fc.Arbitrary<unknown[]>;
  };
  const roles = rolesOf(op.field.name);
  const admitted = CALLERS.slice(1).filter((c) => !roles || roles.includes(ROLE_OF[c!]!));
  return fc.record({
    caller: fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: fc.constantFrom(...CALLERS.slice(1)) },
      {
        weight: admitted.length ? 5 : 0,
        arbitrary: admitted.length ? fc.constantFrom(...admitted) : fc.constant(null),
      },
    ),
    // Half the calls clean, half with something hostile somewhere.
    args: fc.oneof(argsOf(true), argsOf(false)),
    inline: fc.boolean(),
  });
}

function selectionOf(op: Operation): string {
  return isLeafType(getNamedType(op.field.type)) ? '' : ' { __typename }';
}

/** The request for a call: inline literals where they can be written, variables otherwise. */
function requestOf(op: Operation, call: Call): { query: string; variables: Record<string, unknown> } {
  const defs: string[] = [];
  const uses: string[] = [];
  const variables: Record<string, unknown> = {};
  op.field.args.forEach((arg: GraphQLArgument, i) => {
    const value = call.args[i];
    if (value === undefined) return;
    if (call.inline) {
      let literal: string | null = null;
      try {
        const ast = astFromValue(value, arg.type);
        literal = ast ? print(ast) : null;
      } catch {
        literal = null;
      }
      if (literal !== null) {
        uses.push(`${arg.name}: ${literal}`);
        return;
      }
    }
    defs.push(`$${arg.name}: ${String(arg.type)}`);
    uses.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = value;
  });
  const head = defs.length ? `(${defs.join(', ')})` : '';
  const call_ = uses.length ? `(${uses.join(', ')})` : '';
  return { query: `${op.kind} Fuzz${head} { ${op.field.name}${call_}${selectionOf(op)} }`, variables };
}

/** Every table's row count and newest row version: any insert, update or delete changes it. */
async function snapshot(): Promise<Map<string, string>> {
  const sql = tables
    .map(
      (tb) =>
        `SELECT '${tb}' AS t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS v FROM ${tb}`,
    )
    .join(' UNION ALL ');
  const rows: { t: string; v: string }[] = await t.runtime.dataSource.query(sql);
  return new Map(rows.map((r) => [r.t, r.v]));
}

function clip(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_k, v) =>
      typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}…(${v.length} chars)` : v,
    ),
  );
}

interface Failure {
  operation: string;
  problem: string;
  caller: Caller;
  query: string;
  variables: unknown;
  response: unknown;
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface FuzzResult {
  failures: Failure[];
  calls: number;
  refused: number;
  perOp: Map<string, number>;
  /** How calls ended: OK or the first error's code. */
  outcomes: Map<string, number>;
  /** Time spent waiting for answers. */
  ms: number;
  /** Operations that accepted at least one call (the others were only ever refused: shallow coverage). */
  accepted: Set<string>;
}

async function fuzz(ops: Operation[], total: number, seed: number): Promise<FuzzResult> {
  const runs = runsFor(ops, total);
  const result: FuzzResult = {
    failures: [],
    calls: 0,
    refused: 0,
    perOp: new Map(),
    outcomes: new Map(),
    ms: 0,
    accepted: new Set(),
  };
  const { failures, perOp, outcomes } = result;
  let before = await snapshot();
  for (const op of ops) {
    let failure: Failure | null = null;
    try {
      await fc.assert(
        fc.asyncProperty(callArbitrary(op), async (call) => {
          const { query, variables } = requestOf(op, call);
          const t0 = performance.now();
          const res = await t.gql(query, variables, tokens.get(call.caller));
          result.ms += performance.now() - t0;
          result.calls++;
          perOp.set(op.field.name, (perOp.get(op.field.name) ?? 0) + 1);
          const first = res.errors?.[0]?.extensions;
          const outcome = res.errors
            ? `${first?.code ?? 'ERROR'}${first?.reason === 'INVALID_ARGUMENT' ? ' (boundary)' : ''}`
            : 'OK';
          if (!res.errors) result.accepted.add(op.field.name);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const after = await snapshot();
          const fail = (problem: string) => {
            failure = {
              operation: `${op.kind} ${op.field.name}`,
              problem,
              caller: call.caller,
              query: String(clip(query)),
              variables: clip(variables),
              response: clip({ status: res.status, errors: res.errors }),
            };
            return new Error(problem);
          };
          try {
            if (res.status >= 500) throw fail(`HTTP ${res.status}`);
            if (res.errors?.some((e: any) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
              throw fail('INTERNAL_SERVER_ERROR');
            const wasRefused =
              !!res.errors?.length &&
              (res.data === undefined ||
                res.data === null ||
                res.data[op.field.name] === null ||
                res.data[op.field.name] === undefined);
            if (wasRefused) {
              result.refused++;
              const allowed = MAY_WRITE_WHEN_REFUSED[op.field.name];
              const changed = [...after]
                .filter(([tb, v]) => before.get(tb) !== v && !allowed?.test(tb))
                .map(([tb]) => tb);
              if (changed.length)
                throw fail(`refused (${res.errors![0].extensions?.code}) but wrote to ${changed.join(', ')}`);
            }
          } finally {
            before = after;
          }
        }),
        // Each operation its own stream, derived from the run's seed (the same seed for all would give every
        // operation the same callers in the same order).
        { seed: (seed ^ hashOf(op.field.name)) | 0, numRuns: runs(op), endOnFailure: true },
      );
    } catch (err) {
      failures.push(
        failure ?? {
          operation: `${op.kind} ${op.field.name}`,
          problem: String((err as Error).message).slice(0, 500),
          caller: null,
          query: '',
          variables: null,
          response: null,
        },
      );
    }
  }
  return result;
}

function summary(kind: string, ops: Operation[], r: FuzzResult): string {
  const by = [...r.outcomes]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const never = ops.map((op) => op.field.name).filter((name) => !r.accepted.has(name));
  return `${kind}: ${r.calls} calls over ${ops.length} operations in ${Math.round(r.ms / 1000)} s, ${r.refused} refused (${by}); never accepted: ${never.join(', ') || 'none'}`;
}

function report(kind: string, result: FuzzResult): string {
  const lines = result.failures.map(
    (f) =>
      `- ${f.operation} as ${f.caller ?? 'anonymous'}: ${f.problem}\n  query: ${f.query}\n  variables: ${JSON.stringify(f.variables)}\n  response: ${JSON.stringify(f.response)}`,
  );
  return `${kind}: ${result.failures.length} failing operation(s) with FUZZ_SEED=${SEED}\n${lines.join('\n')}`;
}

// ---- The suite ----------------------------------------------------------------------------------------------

beforeAll(async () => {
  console.log(`graphql fuzz: FUZZ_SEED=${SEED}, ${MUTATION_RUNS} mutation and ${QUERY_RUNS} query calls`);
  // No background jobs: every row that changes during a call was written by that call.
  t = await startTestApp({ demo: true, workers: false });
  schema = t.app.get(GraphQLSchemaHost).schema;
  tokens.set(null, null);
  for (const who of CALLERS.slice(1)) tokens.set(who, await t.login(who!));
  const db = t.runtime.dataSource;
  // Every table of the app, and the job queue's jobs (a refused call must not enqueue work either).
  const found: { name: string }[] = await db.query(
    `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
      WHERE (schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata')) OR (schemaname = 'bullmq' AND tablename = 'job')
      ORDER BY 1`,
  );
  tables = found.map((r) => r.name);
  expect(tables).toContain('public.demands');
  // Real ids of every kind of row (in a stable order, so a seed replays the same choices), except the accounts
  // the suite signs in with: deactivating those would only make the rest of the run less useful.
  const own: string[] = (
    await db.query(`SELECT id::text FROM accounts WHERE username = ANY($1)`, [CALLERS.slice(1)])
  ).map((r: any) => r.id);
  for (const m of db.entityMetadatas) {
    const pk = m.primaryColumns[0];
    if (m.primaryColumns.length !== 1 || pk?.type !== 'uuid' || m.tableType !== 'regular') continue;
    const rows: { id: string }[] = await db.query(
      `SELECT "${pk.databaseName}"::text AS id FROM "${m.tableName}" ORDER BY ctid LIMIT 60`,
    );
    const ids = rows.map((r) => r.id).filter((id) => !own.includes(id));
    idsByTable.set(m.tableName, ids);
    idPool.push(...ids);
  }
  expect(idPool.length).toBeGreaterThan(50);
}, 180_000);
afterAll(() => t?.close());

describe(`GraphQL fuzz (FUZZ_SEED=${SEED})`, () => {
  it('notices a row inserted, updated or deleted (the check below can fail)', async () => {
    const db = t.runtime.dataSource;
    const a = await snapshot();
    await db.query(
      `UPDATE organizations SET name = name WHERE id = (SELECT id FROM organizations ORDER BY ctid LIMIT 1)`,
    );
    const b = await snapshot();
    expect([...b].filter(([tb, v]) => a.get(tb) !== v).map(([tb]) => tb)).toEqual(['public.organizations']);
    await db.query(
      `DELETE FROM notifications WHERE id = (SELECT id FROM notifications ORDER BY ctid LIMIT 1)`,
    );
    const c = await snapshot();
    expect([...c].filter(([tb, v]) => b.get(tb) !== v).map(([tb]) => tb)).toEqual(['public.notifications']);
  });

  it('no mutation answers 500 or writes when it refuses, whatever it is sent and by whom', async () => {
    const ops: Operation[] = Object.values(schema.getMutationType()!.getFields()).map((field) => ({
      kind: 'mutation',
      field,
    }));
    expect(ops.length).toBeGreaterThan(30);
    const result = await fuzz(ops, MUTATION_RUNS, SEED);
    console.log(summary('mutations', ops, result));
    expect(result.failures, report('mutations', result)).toEqual([]);
    // Each mutation was really exercised (a generator that cannot build its arguments would show here).
    const runs = runsFor(ops, MUTATION_RUNS);
    for (const op of ops) expect(result.perOp.get(op.field.name) ?? 0, op.field.name).toBe(runs(op));
    expect(result.calls).toBeGreaterThanOrEqual(MUTATION_RUNS);
  }, 600_000);

  it('no query with arguments answers 500 or writes when it refuses', async () => {
    const ops: Operation[] = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => field.args.length > 0)
      .map((field) => ({ kind: 'query', field }));
    const result = await fuzz(ops, QUERY_RUNS, SEED + 1);
    console.log(summary('queries', ops, result));
    expect(result.failures, report('queries', result)).toEqual([]);
  }, 600_000);
});
