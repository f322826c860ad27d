/** What kind of refusal an error is; the API shows it as `extensions.code`. */
export type ErrorKind =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** A feature's reasons, each with the one kind it always has. */
export type ReasonCatalog = Readonly<Record<string, ErrorKind>>;
