// What the file controllers share: the bearer token of the request, and a refusal as JSON with the Chinese message
// and the HTTP status of its kind (the web's download helper shows that message).
import type { Request, Response } from 'express';
import { AppError } from '@app/domain';

/** The token of `Authorization: Bearer …`, or '' when there is none. */
export function bearerToken(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === 'string' && /^Bearer\s+/i.test(header)
    ? header.replace(/^Bearer\s+/i, '').trim()
    : '';
}

/** HTTP status of a refused download; an expired link or a swept file is 410 Gone. */
export function statusOf(err: AppError): number {
  if (err.reason === 'LINK_EXPIRED' || err.reason === 'FILE_EXPIRED') return 410;
  return (
    {
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      BAD_USER_INPUT: 400,
      CONFLICT: 409,
      TOO_MANY_REQUESTS: 429,
    }[err.kind] ?? 400
  );
}

/** Answers an AppError as JSON ({ code, reason, message }); anything else is rethrown (a 500, logged). */
export function refuse(res: Response, err: unknown): void {
  if (!(err instanceof AppError)) throw err;
  res.status(statusOf(err)).json({ code: err.kind, reason: err.reason ?? null, message: err.message });
}
