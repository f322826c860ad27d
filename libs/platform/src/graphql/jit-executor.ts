// Queries run through graphql-jit: a parsed document is compiled once into a plain function that walks the result
// (graphql-js re-interprets the document on every request, field by field). Apollo Server has one public seam for
// its executor, the gateway interface: `jitGateway(schema)` hands Apollo the schema as it is, and an executor that
// runs after Apollo has parsed, validated and resolved the operation and after every plugin's didResolveOperation
// (the input guard and cost limit), so authentication, limits, error formatting and the response are Apollo's as
// before; only the walk over fields changes. The same field resolvers run, with the same context.
//
// graphql-js stays where jit would differ from it: mutations and subscriptions (rare, and their order of effects
// is not worth a second implementation), documents jit cannot compile, and queries left with no data (variables
// of the wrong shape, a refusal in a non-null root field), executed again by graphql-js so that their errors read
// as they did.
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type ExecutorRequest = Parameters<Executor>[0];

/** Operations remembered per parsed document (a document holding several is rare). */
const OPERATIONS_PER_DOCUMENT = 8;
const SEEN = Symbol('run once');

export interface JitExecutorOptions {
  /** Called once per document and operation that graphql-js runs because jit could not compile it. */
  onFallback?: (operationName: string | null, reason: string) => void;
  /** Called once per document and operation compiled. */
  onCompile?: (operationName: string | null) => void;
}

export function jitExecutor(schema: GraphQLSchema, options: JitExecutorOptions = {}) {
  // Apollo hands back the same DocumentNode for the same query text (its document store), so a WeakMap on it is
  // a cache per query text that goes when Apollo forgets the text. A document is compiled on its second run, not
  // its first: compiling costs more than one execution, and a client sending ever new documents (within the
  // limits) should not make the server compile each. `SEEN`: run once by graphql-js; `null`: jit refused it.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | typeof SEEN | null>>();

  function compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let perOperation = compiled.get(document);
    if (!perOperation) compiled.set(document, (perOperation = new Map()));
    const key = operationName ?? '';
    const known = perOperation.get(key);
    if (known !== undefined && known !== SEEN) return known;
    let query: CompiledQuery | typeof SEEN | null = SEEN;
    if (known === SEEN) {
      query = null;
      try {
        const result = compileQuery(schema, document, operationName ?? undefined);
        if (isCompiledQuery(result)) {
          query = result;
          options.onCompile?.(operationName);
        } else
          options.onFallback?.(
            operationName,
            result.errors?.map((e) => e.message).join('; ') ?? 'not compiled',
          );
      } catch (err) {
        options.onFallback?.(operationName, String((err as Error)?.message ?? err));
      }
    }
    if (!perOperation.has(key) && perOperation.size >= OPERATIONS_PER_DOCUMENT)
      perOperation.delete(perOperation.keys().next().value!);
    perOperation.set(key, query);
    return query === SEEN ? null : query;
  }

  const byGraphqlJs = (request: ExecutorRequest) =>
    execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    });

  return async (request: ExecutorRequest): Promise<ExecutionResult> => {
    if (request.operation.operation !== 'query') return byGraphqlJs(request);
    const query = compiledFor(request.document, request.operationName ?? null);
    if (!query) return byGraphqlJs(request);
    const result = await query.query(undefined, request.context, request.request.variables ?? {});
    // No data at all (refused before any resolver ran: variables), or none left (an error in a non-null root
    // field, mostly a refusal of the account): graphql-js answers these as clients know them. When several root
    // fields fail, graphql-js reports the first to fail and jit another. A query's second run is harmless: it
    // changes nothing, the loaders' reads are cached on the request's context, and so are the contact reads
    // already audited, which are not audited again. Refusals cost two runs; answers with data, one.
    if ((result.data === undefined || result.data === null) && result.errors?.length)
      return byGraphqlJs(request);
    // graphql-js's key order (errors before data), so that the answer's bytes do not depend on the executor.
    return result.errors?.length
      ? { errors: result.errors.map(asGraphqlJsError), data: result.data }
      : result;
  };
}

/**
 * jit's errors are graphql-js GraphQLErrors (same prototype, message, locations, path) with two differences the
 * formatter would show: no `extensions` when the thrown error had none (graphql-js: an empty object, which Apollo
 * reads), and no `originalError` for the errors jit raises itself, where graphql-js has one — a plain Error for a
 * null in a non-null field (an internal error, masked and logged), a GraphQLError for the rest (a value its type
 * cannot serialize, a list that is not one). jit's own properties cannot be redefined: a thin object over it does.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const extensions = error.extensions ?? Object.create(null);
  const missingOriginal = !error.originalError && error.path !== undefined;
  if (error.extensions && !missingOriginal) return error;
  const originalError = missingOriginal
    ? error.message.startsWith('Cannot return null for non-nullable field')
      ? new Error(error.message)
      : new GraphQLError(error.message)
    : error.originalError;
  return Object.create(error, {
    extensions: { value: extensions },
    originalError: { value: originalError },
  }) as GraphQLError;
}

/** Apollo Server's gateway interface over a local schema, executing with `jitExecutor`. */
export function jitGateway(schema: GraphQLSchema, options: JitExecutorOptions = {}): Gateway {
  const executor = jitExecutor(schema, options) as Executor;
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
