// Turns whatever Apollo Client reports into the Chinese message the server wrote, or a sensible one of ours.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | (string & {});

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** GraphQL errors carried by an HTTP error response (some servers answer 4xx with a GraphQL body). */
function errorsFromServerError(error: ServerError): FormattedError[] {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}

function graphQLErrorsOf(error: unknown): readonly FormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) return errorsFromServerError(error);
  return [];
}

/** The first `extensions.code` of the error's GraphQL errors, if any. */
export function errorCode(error: unknown): ErrorCode | undefined {
  const code = graphQLErrorsOf(error).find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The first `extensions.reason` (the feature's own reason, e.g. SERVICE_DAYS_SHORT) of the error, if any. */
export function errorReason(error: unknown): string | undefined {
  const reason = graphQLErrorsOf(error).find((e) => typeof e.extensions?.reason === 'string')?.extensions
    ?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** True when any of the error's GraphQL errors has the given code. */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return graphQLErrorsOf(error).some((e) => e.extensions?.code === code);
}

/** A message a person can act on, in Chinese. */
export function errorMessage(error: unknown, fallback = '操作失败，请稍后重试'): string {
  if (!error) return fallback;
  const messages = graphQLErrorsOf(error)
    .map((e) => e.message)
    .filter((m) => typeof m === 'string' && m.trim() !== '');
  if (messages.length > 0) return [...new Set(messages)].join('；');
  if (ServerError.is(error)) {
    if (error.statusCode >= 500) return `服务器暂时无法处理请求（${error.statusCode}），请稍后重试`;
    return `请求未被接受（${error.statusCode}），请刷新页面后重试`;
  }
  if (ServerParseError.is(error)) return '服务器返回了无法识别的响应，请稍后重试';
  if (error instanceof TypeError) return '无法连接服务器，请检查网络后重试';
  return fallback;
}
