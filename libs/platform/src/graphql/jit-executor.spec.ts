// The same documents through Apollo Server twice, once executed by graphql-js (Apollo's own executor) and once by
// jitGateway, with the app's error formatter: answers and errors must be the same, byte for byte.
import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  buildSchema,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@app/domain';
import { formatGraphQLError } from './error-format.js';
import { jitGateway } from './jit-executor.js';

function buildTestSchema(): GraphQLSchema {
  const schema = buildSchema(`
    enum Status { OPEN CLOSED }
    interface Node { id: ID! }
    type Region { code: String! name: String! }
    type Demand implements Node {
      id: ID! title: String! status: Status! fields: [String!]! region: Region
      views: Int! mustHave: String! secret: String broken: Int
    }
    type Expert implements Node { id: ID! name: String! }
    union Hit = Demand | Expert
    type Page { totalCount: Int! nodes: [Demand!]! }
    type Query {
      demands(first: Int!, status: Status): Page!
      node(id: ID!): Node
      search(word: String!): [Hit!]!
      forbidden: String
      failing: String
      strict: Demand!
    }
    type Mutation { rename(id: ID!, title: String!): Demand! }
  `);
  const demands = Array.from({ length: 5 }, (_, i) => ({
    id: `d${i}`,
    title: `需求 ${i}`,
    status: i % 2 ? 'CLOSED' : 'OPEN',
    fields: ['农业', `领域${i}`],
    regionCode: `5201${i}`,
    views: i * 3,
    mustHave: i === 3 ? null : 'ok',
  }));
  const experts = [{ id: 'e1', name: '张三' }];
  const q = schema.getQueryType()!.getFields();
  const resolve = (field: { resolve?: GraphQLFieldResolver<any, any> }, fn: GraphQLFieldResolver<any, any>) =>
    (field.resolve = fn);
  resolve(q.demands!, async (_p, { first, status }, ctx: { actor?: string }) => {
    if (!ctx.actor) throw AppError.unauthenticated();
    const rows = demands.filter((d) => !status || d.status === status).slice(0, first);
    return { totalCount: rows.length, nodes: rows };
  });
  resolve(
    q.node!,
    (_p, { id }) => demands.find((d) => d.id === id) ?? experts.find((e) => e.id === id) ?? null,
  );
  resolve(q.search!, () => [demands[0], experts[0], demands[1]]);
  resolve(q.forbidden!, () => {
    throw AppError.forbidden('无权查看');
  });
  resolve(q.failing!, () => {
    throw new Error('connection reset');
  });
  resolve(q.strict!, () => demands[3]);
  const demandFields = (schema.getType('Demand') as GraphQLObjectType).getFields();
  resolve(demandFields.region!, async (d: { regionCode: string }) => ({ code: d.regionCode, name: '贵阳' }));
  resolve(demandFields.secret!, () => {
    throw new GraphQLError('需要授权', { extensions: { code: 'FORBIDDEN', reason: 'CONTACT_HIDDEN' } });
  });
  resolve(demandFields.broken!, () => 'not a number');
  resolve(schema.getMutationType()!.getFields().rename!, (_p, { id, title }) => ({
    ...demands.find((d) => d.id === id)!,
    title,
  }));
  const isDemand = (v: { title?: string }) => (v.title !== undefined ? 'Demand' : 'Expert');
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = isDemand;
  (schema.getType('Hit') as GraphQLUnionType).resolveType = isDemand;
  return schema;
}

const formatError = (formatted: any, error: unknown) =>
  formatGraphQLError(formatted, error, { production: true, logUnexpected: () => {} });

let plain: ApolloServer<{ actor?: string }>;
let jit: ApolloServer<{ actor?: string }>;
const fallbacks: string[] = [];
let compiles = 0;

beforeAll(async () => {
  const schema = buildTestSchema();
  plain = new ApolloServer({ schema, formatError, includeStacktraceInErrorResponses: false });
  jit = new ApolloServer({
    gateway: jitGateway(schema, {
      onFallback: (op, reason) => fallbacks.push(`${op}: ${reason}`),
      onCompile: () => compiles++,
    }),
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await Promise.all([plain.start(), jit.start()]);
});
afterAll(() => Promise.all([plain?.stop(), jit?.stop()]));

async function both(query: string, variables?: Record<string, unknown>, actor: string | null = 'province') {
  const run = async (server: ApolloServer<{ actor?: string }>) => {
    const res = await server.executeOperation(
      { query, variables },
      { contextValue: { actor: actor ?? undefined } },
    );
    return { status: res.http.status ?? 200, body: JSON.stringify(res.body) };
  };
  // The jit server runs a document on graphql-js the first time and compiled from the second: both must agree.
  const [a, first, b] = [await run(plain), await run(jit), await run(jit)];
  expect(first).toEqual(a);
  expect(b).toEqual(a);
  return JSON.parse(a.body).singleResult as { data?: any; errors?: any[] };
}

describe('graphql-jit through Apollo, against graphql-js', () => {
  it('answers queries with fragments, aliases, enums, variables, directives and abstract types alike', async () => {
    const r = await both(
      `query Board($first: Int!, $status: Status, $withRegion: Boolean!) {
        demands(first: $first, status: $status) { totalCount nodes { ...Row region @include(if: $withRegion) { code name } } }
        open: demands(first: 2, status: OPEN) { nodes { id status } }
        node(id: "e1") { __typename id ... on Expert { name } }
        search(word: "农业") { __typename ... on Demand { id title } ... on Expert { name } }
      }
      fragment Row on Demand { id title status fields views }`,
      { first: 4, status: null, withRegion: true },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.demands.nodes).toHaveLength(4);
    expect(r.data.demands.nodes[1].region).toEqual({ code: '52011', name: '贵阳' });
    expect(r.data.search.map((h: any) => h.__typename)).toEqual(['Demand', 'Expert', 'Demand']);
    await both(`query($s: Boolean!) { demands(first: 1) { nodes { id title @skip(if: $s) } } }`, { s: true });
  });

  it('formats errors from resolvers alike: our typed errors, extensions, masked internal ones, null bubbling', async () => {
    const unauthenticated = await both(`{ demands(first: 1) { totalCount } }`, {}, null);
    expect(unauthenticated.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const partial = await both(`{ forbidden failing node(id: "d1") { ... on Demand { id secret broken } } }`);
    // `broken` (a string where an Int is due) fails in graphql-js's own serializer, without an underlying error:
    // the formatter words it as a request problem, for either executor.
    expect(partial.errors?.map((e) => e.extensions.code).sort()).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'GRAPHQL_VALIDATION_FAILED',
      'INTERNAL_SERVER_ERROR',
    ]);
    expect(partial.data.node).toEqual({ id: 'd1', secret: null, broken: null });
    const nulled = await both(`{ node(id: "d3") { id ... on Demand { mustHave } } }`);
    expect(nulled.data.node).toBeNull();
    expect(nulled.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const bubbled = await both(`{ strict { id mustHave } }`);
    expect(bubbled.data).toBeNull();
    expect(bubbled.errors?.[0].path).toEqual(['strict', 'mustHave']);
  });

  it('refuses bad variables with graphql-js words, and runs mutations and introspection alike', async () => {
    const wrong = await both(`query($first: Int!) { demands(first: $first) { totalCount } }`, {
      first: '三',
    });
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    await both(
      `query($first: Int!, $status: Status) { demands(first: $first, status: $status) { totalCount } }`,
      {
        status: 'OPEN',
      },
    );
    await both(`query($status: Status) { demands(first: 1, status: $status) { totalCount } }`, {
      status: 'GONE',
    });
    const renamed = await both(`mutation { rename(id: "d2", title: "新标题") { id title region { code } } }`);
    expect(renamed.data.rename.title).toBe('新标题');
    await both(
      `{ __type(name: "Demand") { name fields { name type { kind name ofType { name } } } } __typename }`,
    );
    expect(fallbacks).toEqual([]);
    // Each of the 10 query documents above was compiled once (the mutation stays on graphql-js).
    expect(compiles).toBe(10);
  });
});
