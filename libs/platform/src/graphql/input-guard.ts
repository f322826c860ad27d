// The GraphQL boundary's input check, in one place for every operation:
// 1. before parsing (an HTTP middleware: Apollo answers 500 to anything a plugin throws before parsing), the
//    query text is refused when it is too long, has too many tokens or nests too deeply (graphql-js parses
//    recursively: 5,000 nested selections overflow the stack);
// 2. after validation and before anything runs, every argument of every field of the operation — variables
//    coerced, literals parsed — is walked against its schema type: text without control characters or lone
//    surrogates and within a length, IDs that are UUIDs, dates and years within range.
// A refusal is BAD_USER_INPUT (HTTP 400) naming the argument, so no resolver ever sees such a value.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  TypeInfo,
  getArgumentValues,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { operationMemo } from './operation-memo.js';
import { AppError, dateRangeProblem, dateTimeProblem, isUuid, textProblem, yearProblem } from '@app/domain';

export interface QuerySourceLimits {
  maxLength: number;
  maxTokens: number;
  maxNesting: number;
}

export const QUERY_SOURCE_LIMITS: QuerySourceLimits = {
  /** Characters of the query text; large content (uploads, CSV) travels in variables. */
  maxLength: 200_000,
  maxTokens: 25_000,
  /** Nesting of { [ ( together; the depth rule (10 fields) is checked after parsing, this one protects the parser. */
  maxNesting: 64,
};

/**
 * Field extensions (`@Extensions({ maxLength: { contentBase64: 8_000_000 } })` on a resolver) raise the text
 * length limit of one argument of that field.
 */
export interface InputLimitExtensions {
  maxLength?: Record<string, number>;
}

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** Why the query text is refused before parsing, or null. A syntax error is left to the parser to report. */
export function querySourceProblem(
  source: string,
  limits: QuerySourceLimits = QUERY_SOURCE_LIMITS,
): string | null {
  if (source.length > limits.maxLength) {
    return `查询文本过长（${source.length} 个字符，上限 ${limits.maxLength}），请拆分查询，大段内容请放在 variables 中`;
  }
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.maxTokens) return `查询过长（超过 ${limits.maxTokens} 个词法单元），请拆分查询`;
      if (OPENING.has(token.kind)) {
        if (++depth > limits.maxNesting)
          return `查询嵌套过深（超过 ${limits.maxNesting} 层括号），请拆分查询`;
      } else if (CLOSING.has(token.kind)) depth--;
    }
  } catch {
    return null;
  }
  return null;
}

export interface ArgumentProblem {
  /** The argument as the client wrote it, e.g. `input.activities[0].note`. */
  path: string;
  problem: string;
}

type Limits = { maxLength?: number };

function scalarProblem(typeName: string, value: unknown, path: string, limits: Limits): string | null {
  switch (typeName) {
    case 'String':
      return typeof value === 'string' ? textProblem(value, limits.maxLength) : null;
    case 'ID':
      // Every ID an operation takes names a row, and rows are keyed by UUIDs.
      return isUuid(value) ? null : '不是有效的编号';
    case 'Date':
      return typeof value === 'string' ? dateRangeProblem(value) : null;
    case 'DateTime': {
      const at = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN);
      return dateTimeProblem(at);
    }
    case 'Int':
      return /(^|\.)year$/.test(path) && typeof value === 'number' ? yearProblem(value) : null;
    default:
      return null;
  }
}

function valueProblem(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  limits: Limits,
): ArgumentProblem | null {
  if (value === null || value === undefined) return null;
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) {
    if (!Array.isArray(value)) return valueProblem(value, t.ofType, path, limits);
    for (let i = 0; i < value.length; i++) {
      const p = valueProblem(value[i], t.ofType, `${path}[${i}]`, limits);
      if (p) return p;
    }
    return null;
  }
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    for (const [name, field] of Object.entries(fields)) {
      if (!(name in (value as object))) continue;
      const ext = field.extensions as InputLimitExtensions | undefined;
      const p = valueProblem((value as Record<string, unknown>)[name], field.type, `${path}.${name}`, {
        maxLength: ext?.maxLength?.[name],
      });
      if (p) return p;
    }
    return null;
  }
  if (isScalarType(t)) {
    const problem = scalarProblem(t.name, value, path, limits);
    return problem ? { path, problem } : null;
  }
  return null;
}

/**
 * The first argument of the operation (any field, at any depth, through fragments) that breaks the input
 * rules, or null. Variables that do not even coerce are left to execution, which reports them.
 */
export function argumentProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): ArgumentProblem | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  let found: ArgumentProblem | null = null;
  const pending: ASTNode[] = [operation];
  const queued = new Set<string>();
  while (pending.length && !found) {
    const typeInfo = new TypeInfo(schema);
    visit(
      pending.pop()!,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const def = typeInfo.getFieldDef();
          if (!def || !node.arguments?.length) return;
          let args: Record<string, unknown>;
          try {
            args = getArgumentValues(def, node, variables);
          } catch {
            return; // execution reports it
          }
          const ext = def.extensions as InputLimitExtensions | undefined;
          for (const arg of def.args) {
            if (!(arg.name in args)) continue;
            found = valueProblem(args[arg.name], arg.type, arg.name, {
              maxLength: ext?.maxLength?.[arg.name],
            });
            if (found) return BREAK;
          }
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !queued.has(fragment.name.value)) {
            queued.add(fragment.name.value);
            pending.push(fragment);
          }
        },
      }),
    );
  }
  return found;
}

/** The refusal of one argument: BAD_USER_INPUT with a Chinese message naming it, answered with HTTP 400. */
export function argumentError({ path, problem }: ArgumentProblem): GraphQLError {
  const message = `参数 ${path} ${problem}`;
  // Forms show field errors by their own names: `input.title` is the form's `title`.
  const field = path.replace(/^input\./, '');
  return new GraphQLError(message, {
    originalError: AppError.badInput(message, { [field]: problem }, 'INVALID_ARGUMENT'),
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/**
 * Apollo plugin: the argument check above, for every operation before it runs. The verdict depends only on the
 * document, the operation and the variables, so it is worked out once for each (operationMemo).
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  const problemOf = operationMemo<ArgumentProblem | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problem = problemOf(
            { document, operationName: request.operationName, variables: request.variables },
            () => argumentProblem(schema, document, operation, request.variables),
          );
          if (problem) throw argumentError(problem);
        },
      };
    },
  };
}
