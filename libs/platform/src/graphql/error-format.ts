// The one place that turns errors into what GraphQL clients see: a code they can branch on and a message in
// Chinese a person can act on. Nothing internal (stack traces, SQL) ever leaves the server.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '@app/domain';

/** graphql ships CommonJS and ESM builds; `instanceof` fails across them, the string tag does not. */
function isGraphQLError(e: unknown): boolean {
  return e instanceof GraphQLError || Object.prototype.toString.call(e) === '[object GraphQLError]';
}

function unwrap(error: unknown): unknown {
  let e = error as { originalError?: unknown };
  // Unwrap down to our own error or the first thing that is not a GraphQL wrapper.
  while (e && typeof e === 'object' && isGraphQLError(e) && e.originalError && e.originalError !== e) e = e.originalError as typeof e;
  return e;
}

export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (err: unknown) => void = (err) => console.error(err),
): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.kind,
        ...(original.reason ? { reason: original.reason } : {}),
        ...(original.fieldErrors ? { fieldErrors: original.fieldErrors } : {}),
      },
    };
  }
  // Request-level errors (parse, validation, limits) carry no underlying exception: they are the client's to fix.
  if (isGraphQLError(original)) {
    const code = (formatted.extensions?.code as string | undefined) ?? 'GRAPHQL_VALIDATION_FAILED';
    const message = /[\u4e00-\u9fff]/.test(formatted.message) ? formatted.message : `请求格式有误：${formatted.message}`;
    const reason = formatted.extensions?.reason;
    return { ...base, message, extensions: { code: code === 'INTERNAL_SERVER_ERROR' ? 'GRAPHQL_VALIDATION_FAILED' : code, ...(typeof reason === 'string' ? { reason } : {}) } };
  }
  logUnexpected(original);
  return { ...base, message: '服务器内部错误，请稍后重试；如果问题持续，请联系系统管理员', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
