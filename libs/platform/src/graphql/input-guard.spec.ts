import { GraphQLScalarType, buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar } from './date.scalar.js';
import { argumentError, argumentProblem, querySourceProblem } from './input-guard.js';

const schema = buildSchema(`
  scalar Date
  scalar DateTime
  input Period { from: Date, to: Date, note: String, at: DateTime }
  input Batch { teamId: ID!, periods: [Period!], year: Int, tags: [String!] }
  type Expert { id: ID!, daysServed(year: Int): Int! }
  type Query { expert(id: ID!): Expert, search(query: String, first: Int): [Expert!]! }
  type Mutation { log(input: Batch!): Int, upload(name: String!, content: String!): Int }
`);
// As the app has them: the Date scalar of the platform, DateTime as NestJS parses it (a Date, maybe invalid).
Object.assign(schema.getType('Date')!, {
  parseValue: DateScalar.parseValue,
  parseLiteral: DateScalar.parseLiteral,
});
Object.assign(schema.getType('DateTime') as GraphQLScalarType, {
  parseValue: (v: unknown) => new Date(v as string),
  parseLiteral: (ast: any) => new Date(ast.value),
});
schema.getMutationType()!.getFields().upload!.extensions = { maxLength: { content: 50_000 } };

const ID = '0b6f1f0e-7a52-4c1e-9d1a-2f3e4d5c6b7a';

function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return argumentProblem(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
}

describe('argument check', () => {
  it('passes good arguments, literal or in variables', () => {
    expect(check(`{ expert(id: "${ID}") { id daysServed(year: 2026) } }`)).toBeNull();
    expect(
      check(`mutation($i: Batch!) { log(input: $i) }`, {
        i: {
          teamId: ID,
          periods: [{ from: '2026-11-01', note: '第一批\n现场', at: '2026-11-01T08:00:00Z' }],
          year: 2026,
          tags: ['🍅'],
        },
      }),
    ).toBeNull();
  });

  it('names the first bad argument, however deep, through variables, lists and fragments', () => {
    expect(check(`{ expert(id: "nope") { id } }`)).toEqual({ path: 'id', problem: '不是有效的编号' });
    expect(
      check(`mutation($i: Batch!) { log(input: $i) }`, {
        i: { teamId: ID, periods: [{}, { note: 'a\u0000' }] },
      }),
    ).toEqual({
      path: 'input.periods[1].note',
      problem: '含有不可见的控制字符（如 NUL），请删除后重试',
    });
    expect(
      check(`mutation($t: String!) { log(input: { teamId: "${ID}", tags: ["ok", $t] }) }`, { t: '\ud800' })
        ?.path,
    ).toBe('input.tags[1]');
    expect(check(`mutation { log(input: { teamId: "${ID}", periods: [{ from: "0000-01-01" }] }) }`)).toEqual({
      path: 'input.periods[0].from',
      problem: '应在 1900-01-01 到 2100-12-31 之间',
    });
    expect(check(`mutation { log(input: { teamId: "${ID}", periods: [{ at: "not-a-date" }] }) }`)?.path).toBe(
      'input.periods[0].at',
    );
    expect(check(`mutation { log(input: { teamId: "${ID}", year: 0 }) }`)?.path).toBe('input.year');
    expect(
      check(
        `query { ...F } fragment F on Query { expert(id: "${ID}") { ...G } } fragment G on Expert { daysServed(year: 99999) }`,
      ),
    ).toEqual({ path: 'year', problem: '应为 2000 到 2100 之间的年份' });
  });

  it('applies the default length unless the field declares more', () => {
    expect(
      check(`query($q: String) { search(query: $q) { id } }`, { q: 'x'.repeat(10_001) })?.problem,
    ).toContain('过长');
    expect(
      check(`mutation($c: String!) { upload(name: "a.png", content: $c) }`, { c: 'A'.repeat(40_000) }),
    ).toBeNull();
    expect(
      check(`mutation($c: String!) { upload(name: "a.png", content: $c) }`, { c: 'A'.repeat(50_001) })
        ?.problem,
    ).toContain('最多 50000 个');
    expect(
      check(`mutation($c: String!) { upload(name: $c, content: "") }`, { c: 'A'.repeat(10_001) })?.path,
    ).toBe('name');
  });

  it('leaves variables that do not coerce to execution, which reports them', () => {
    expect(check(`query($id: ID!) { expert(id: $id) { id } }`, {})).toBeNull();
  });

  it('makes a BAD_USER_INPUT naming the argument, with HTTP 400', () => {
    const e = argumentError({ path: 'input.title', problem: '过长' });
    expect(e.message).toBe('参数 input.title 过长');
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    expect(e.originalError).toMatchObject({
      kind: 'BAD_USER_INPUT',
      reason: 'INVALID_ARGUMENT',
      fieldErrors: { title: '过长' },
    });
  });
});

describe('query text check', () => {
  it('refuses deep nesting, too many tokens and too much text, before any parsing', () => {
    expect(querySourceProblem('{ me { id } }')).toBeNull();
    let deep = 'id';
    for (let i = 0; i < 5000; i++) deep = `a { ${deep} }`;
    expect(querySourceProblem(`{ ${deep} }`)).toContain('嵌套过深');
    expect(querySourceProblem(`{ ${'a '.repeat(25_001)} }`)).toContain('词法单元');
    expect(querySourceProblem('#'.repeat(200_001))).toContain('查询文本过长');
    // Comments and strings are not tokens of nesting; a syntax error is the parser's to report.
    expect(querySourceProblem(`{ a(s: "${'{'.repeat(100)}") # ${'('.repeat(100)}\n }`)).toBeNull();
    expect(querySourceProblem('{ a(s: "unterminated }')).toBeNull();
  });
});
