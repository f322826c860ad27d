// One error type for the whole domain; each feature declares its reasons, and the kind of every reason is decided
// once, in errors/feature-errors.ts. The API maps `kind` to GraphQL `extensions.code` in one place, and messages
// are in Chinese because people read them.
import type { ErrorKind } from './errors/error-kind.js';
import { ERROR_REASONS, type ErrorReason, type ReasonOfKind } from './errors/feature-errors.js';

export type { ErrorKind, ReasonCatalog } from './errors/error-kind.js';
export * from './errors/feature-errors.js';

/** The kind a reason always has. */
export function errorKindOf(reason: ErrorReason): ErrorKind {
  const kind = (ERROR_REASONS as Record<string, ErrorKind | undefined>)[reason];
  if (!kind)
    throw new TypeError(
      `undeclared error reason "${reason}": declare it in libs/domain/src/errors/feature-errors.ts`,
    );
  return kind;
}

export class AppError extends Error {
  readonly kind: ErrorKind;

  constructor(
    /** A stable machine-readable reason declared by its feature, e.g. `ACCOUNT_USERNAME_TAKEN`. */
    readonly reason: ErrorReason,
    message: string,
    /** Field-level problems for forms: { field: message }. */
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.kind = errorKindOf(reason);
  }

  static badInput(
    message: string,
    fieldErrors?: Record<string, string>,
    reason: ReasonOfKind<'BAD_USER_INPUT'> = 'INVALID_INPUT',
  ): AppError {
    return new AppError(reason, message, fieldErrors);
  }
  static notFound(what: string, reason: ReasonOfKind<'NOT_FOUND'> = 'NOT_FOUND'): AppError {
    return new AppError(reason, `${what}不存在或已被删除`);
  }
  static forbidden(
    message = '您没有权限执行此操作',
    reason: ReasonOfKind<'FORBIDDEN'> = 'FORBIDDEN',
  ): AppError {
    return new AppError(reason, message);
  }
  static conflict(message: string, reason: ReasonOfKind<'CONFLICT'> = 'CONFLICT'): AppError {
    return new AppError(reason, message);
  }
  static unauthenticated(
    message = '请先登录',
    reason: ReasonOfKind<'UNAUTHENTICATED'> = 'UNAUTHENTICATED',
  ): AppError {
    return new AppError(reason, message);
  }
}

/** Collects field problems and throws them together, so a form can show every mistake at once. */
export class InputErrors {
  private readonly errors: Record<string, string> = {};
  add(field: string, message: string): this {
    if (!(field in this.errors)) this.errors[field] = message;
    return this;
  }
  check(ok: boolean, field: string, message: string): this {
    return ok ? this : this.add(field, message);
  }
  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }
  throwIfAny(): void {
    if (this.empty) return;
    const messages = Object.values(this.errors);
    throw AppError.badInput(messages.join('；'), { ...this.errors });
  }
}
