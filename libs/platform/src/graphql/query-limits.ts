// Depth, cost and export limits, checked before a query runs, so one request cannot exhaust the server.
// A refused request answers HTTP 400 with its code: it is the client's to fix, not a server failure.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { operationMemo } from './operation-memo.js';

export const MAX_QUERY_DEPTH = 10;
/**
 * The cost a request may reach. Every field costs 1, a root field at least ROOT_FIELD_COST (a service call and a
 * database round trip); fields that do heavy work declare their cost next to them (`complexity` on the resolver:
 * a dashboard, a matching run, an export …), and a page counts its selection once per item it asks for.
 */
export const MAX_QUERY_COST = 10_000;
export const ROOT_FIELD_COST = 10;

/** Apollo Server answers errors thrown before execution with this status (its default there is 500). */
const BAD_REQUEST = { status: 400 } as const;

/** A root field without a declared cost still costs a service call. */
const rootFieldEstimator: ComplexityEstimator = ({ type, childComplexity }: ComplexityEstimatorArgs) =>
  type.name === 'Query' || type.name === 'Mutation' ? ROOT_FIELD_COST + childComplexity : undefined;

/**
 * The cost of a paged list: `base` for the call, plus the selection once per item asked for (`sizeArg`, capped at
 * the page limit the service enforces, at least 1 so totals and facets are never free).
 */
export function pagedCost(base: number, sizeArg: string, defaultSize: number, maxSize: number) {
  // Typed by what it reads, so it fits both graphql-query-complexity's and @nestjs/graphql's estimator types.
  return ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number => {
    const asked = Number(args[sizeArg] ?? defaultSize);
    const size = Number.isFinite(asked) ? Math.min(maxSize, Math.max(1, Math.floor(asked))) : maxSize;
    return base + childComplexity * size;
  };
}

/** The estimated cost of one operation of a document, as the limit computes it. */
export function estimateQueryCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}): number {
  return getComplexity({
    schema: options.schema,
    operationName: options.operationName ?? undefined,
    query: options.document,
    variables: options.variables ?? {},
    estimators: [fieldExtensionsEstimator(), rootFieldEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const sel of selectionSet.selections) {
    let d = 0;
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === '__typename') continue;
      d = sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      d = depthOf(sel.selectionSet, fragments, seen);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const name = sel.name.value;
      if (seen.has(name)) continue;
      const fragment = fragments[name];
      if (fragment) d = depthOf(fragment.selectionSet, fragments, new Set([...seen, name]));
    }
    max = Math.max(max, d);
  }
  return max;
}

/** Validation rule: refuses operations nested deeper than `maxDepth` fields. */
export function depthLimitRule(maxDepth = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`查询嵌套层级过深（${depth} 层），最多允许 ${maxDepth} 层，请拆分查询`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
      },
    };
  };
}

/**
 * Fields that write a file: `export…` (but `exportJob`, which only reads a job's progress) and `start…Export`.
 * At most one per request (each reads a whole library or region).
 */
export function isExportField(name: string): boolean {
  return (/^export[A-Z]/.test(name) && name !== 'exportJob') || /^start[A-Za-z]*Export$/.test(name);
}

/** Response keys of the export fields an operation selects at its root, through fragments too. */
function rootExports(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
  keys: Set<string>,
): Set<string> {
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      // Fields with the same response key are merged by GraphQL and run once.
      if (isExportField(sel.name.value)) keys.add(sel.alias?.value ?? sel.name.value);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      rootExports(sel.selectionSet, fragments, seen, keys);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const fragment = fragments[sel.name.value];
      if (fragment) rootExports(fragment.selectionSet, fragments, seen, keys);
    }
  }
  return keys;
}

/** Validation rule: an operation may ask for one export at most. */
export function oneExportPerRequestRule() {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const keys = rootExports(node.selectionSet, fragments, new Set(), new Set());
        if (keys.size > 1) {
          context.reportError(
            new GraphQLError(
              `一次请求只能导出一个文件（本次请求了 ${keys.size} 个：${[...keys].slice(0, 5).join('、')}${keys.size > 5 ? ' …' : ''}），请分开导出`,
              {
                nodes: [node],
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'ONE_EXPORT_PER_REQUEST' },
              },
            ),
          );
        }
      },
    };
  };
}

/** Apollo plugin: refuses operations whose estimated cost exceeds `maxCost`, with HTTP 400. */
export function costLimitPlugin(maxCost = MAX_QUERY_COST): ApolloServerPlugin {
  // The cost depends only on the schema, the document, the operation and the variables: a board polled with the
  // same query and variables is estimated once, not on every request.
  const costOf = operationMemo<number | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = costOf(
            { document, operationName: request.operationName, variables: request.variables },
            () => {
              try {
                return estimateQueryCost({
                  schema,
                  document,
                  operationName: request.operationName,
                  variables: request.variables ?? {},
                });
              } catch (err) {
                // The estimator gives up on documents with too many nodes: too complex by definition. Anything else
                // (e.g. a variable of the wrong format) is reported by execution, with its own clear message.
                return /number of nodes/i.test(String((err as Error)?.message)) ? Infinity : null;
              }
            },
          );
          if (cost === null) return;
          if (cost > maxCost) {
            throw new GraphQLError(
              `查询过于复杂（估算代价 ${Number.isFinite(cost) ? cost : '过大'}），上限为 ${maxCost}，请减少一次请求的数据量`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', http: BAD_REQUEST },
              },
            );
          }
        },
      };
    },
  };
}
