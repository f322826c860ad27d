// One error type for the whole domain; each feature names its own reasons. The API maps `kind` to
// GraphQL `extensions.code` in one place, and messages are in Chinese because people read them.

export type ErrorKind =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** A stable machine-readable reason within the feature, e.g. `ACCOUNT_USERNAME_TAKEN`. */
    readonly reason?: string,
    /** Field-level problems for forms: { field: message }. */
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(message: string, fieldErrors?: Record<string, string>, reason = 'INVALID_INPUT'): AppError {
    return new AppError('BAD_USER_INPUT', message, reason, fieldErrors);
  }
  static notFound(what: string, reason = 'NOT_FOUND'): AppError {
    return new AppError('NOT_FOUND', `${what}不存在或已被删除`, reason);
  }
  static forbidden(message = '您没有权限执行此操作', reason = 'FORBIDDEN'): AppError {
    return new AppError('FORBIDDEN', message, reason);
  }
  static conflict(message: string, reason = 'CONFLICT'): AppError {
    return new AppError('CONFLICT', message, reason);
  }
  static unauthenticated(message = '请先登录', reason = 'UNAUTHENTICATED'): AppError {
    return new AppError('UNAUTHENTICATED', message, reason);
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
