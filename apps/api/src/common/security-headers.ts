// Security headers on every response, pages and API alike. The web app is built by Vite into files served from
// this origin: scripts only from 'self'; Ant Design writes its styles at run time, hence 'unsafe-inline' for
// styles only; photos are same-origin links, the favicon and previews data:/blob: URLs. No framing at all.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

const SELF = "'self'";

export const APP_CSP = {
  defaultSrc: [SELF],
  scriptSrc: [SELF],
  scriptSrcAttr: ["'none'"],
  styleSrc: [SELF, "'unsafe-inline'"],
  imgSrc: [SELF, 'data:', 'blob:'],
  fontSrc: [SELF, 'data:'],
  connectSrc: [SELF],
  objectSrc: ["'none'"],
  baseUri: [SELF],
  formAction: [SELF],
  frameAncestors: ["'none'"],
};

// GraphiQL (development only) is one page of inline script loading React and GraphiQL from unpkg.
const GRAPHIQL_CSP = {
  ...APP_CSP,
  scriptSrc: [SELF, "'unsafe-inline'", 'https://unpkg.com'],
  styleSrc: [SELF, "'unsafe-inline'", 'https://unpkg.com'],
  imgSrc: [SELF, 'data:', 'blob:', 'https://unpkg.com'],
  fontSrc: [SELF, 'data:', 'https://unpkg.com'],
};

function withPolicy(directives: typeof APP_CSP): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // Set below, and only when the request came over TLS: HSTS on plain HTTP would lock users out of it.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * The headers helmet sets for a policy, read once: they depend on nothing in the request, and running helmet's
 * chain of a dozen middlewares on every answer cost ~2% of the api's CPU on a board read (bench:board).
 */
export function policyHeaders(directives: typeof APP_CSP): ReadonlyArray<readonly [string, string]> {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let finished = false;
  withPolicy(directives)({} as Request, recorder as unknown as Response, (err?: unknown) => {
    if (err) throw err;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not set its headers synchronously');
  return headers;
}

/** Behind a TLS-terminating proxy (X-Forwarded-Proto: https) or TLS itself. */
function overTls(req: Request): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return req.secure || proto === 'https';
}

export function securityHeaders(options: { graphiql: boolean }): RequestHandler {
  const app = policyHeaders(APP_CSP);
  const graphiql = policyHeaders(GRAPHIQL_CSP);
  return (req: Request, res: Response, next: NextFunction) => {
    if (overTls(req)) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const page = options.graphiql && req.method === 'GET' && req.path === '/graphql' ? graphiql : app;
    for (const [name, value] of page) res.setHeader(name, value);
    next();
  };
}
