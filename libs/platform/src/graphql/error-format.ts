// The one place that turns errors into what GraphQL clients see: a code they can branch on and a message in
// Chinese a person can act on. Nothing internal (stack traces, SQL) ever leaves the server.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '@app/domain';

/** graphql ships CommonJS and ESM builds; `instanceof` fails across them, the string tag does not. */
export function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof GraphQLError || Object.prototype.toString.call(e) === '[object GraphQLError]';
}

/** Our own error, or the first thing under the GraphQL wrappers that is not one. */
export function unwrapError(error: unknown): unknown {
  let e = error as { originalError?: unknown };
  while (e && typeof e === 'object' && isGraphQLError(e) && e.originalError && e.originalError !== e)
    e = e.originalError as typeof e;
  return e;
}

/** Unexpected errors already logged with their request (request-log.ts), so the formatter does not log them again. */
export const loggedErrors = new WeakSet<object>();

// graphql-js suggests names it knows ("Did you mean "password"?"): in production that maps the schema for a prober.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export interface FormatOptions {
  /** Production: no "Did you mean …" suggestions. */
  production?: boolean;
  /** Where an unexpected error goes when no request log has taken it (e.g. it happened before the operation ran). */
  logUnexpected?: (err: unknown) => void;
}

const CSRF_REFUSAL = /Cross-Site Request Forgery/;

export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatOptions = {},
): GraphQLFormattedError {
  const original = unwrapError(error);
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
    const text = options.production ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    // Apollo refuses a form or plain-text body (CSRF prevention) with a paragraph of English: say what to send.
    const message = CSRF_REFUSAL.test(text)
      ? '请求格式有误：请以 JSON 发送（Content-Type: application/json）'
      : /[\u4e00-\u9fff]/.test(text)
        ? text
        : `请求格式有误：${text}`;
    const reason = formatted.extensions?.reason;
    return {
      ...base,
      message,
      extensions: {
        code: code === 'INTERNAL_SERVER_ERROR' ? 'GRAPHQL_VALIDATION_FAILED' : code,
        ...(typeof reason === 'string' ? { reason } : {}),
      },
    };
  }
  if (!(original && typeof original === 'object' && loggedErrors.has(original)))
    (options.logUnexpected ?? ((err) => console.error(err)))(original);
  return {
    ...base,
    message: '服务器内部错误，请稍后重试；如果问题持续，请联系系统管理员',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
