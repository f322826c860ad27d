import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { APP_CSP, securityHeaders } from './security-headers.js';

// The headers are read from helmet once; a response must carry exactly what running helmet on it would set.
function appWith(middleware: express.RequestHandler) {
  const app = express();
  app.disable('x-powered-by');
  app.use(middleware);
  app.all('/{*any}', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}

const SECURITY = /^(content-security-policy|cross-origin-|origin-agent|referrer-policy|x-|strict-transport)/;
const pick = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => SECURITY.test(name)));

describe('securityHeaders', () => {
  it('sets what helmet itself sets, and HSTS only over TLS', async () => {
    const ours = appWith(securityHeaders({ graphiql: false }));
    const reference = appWith((req, res, next) => {
      if (req.headers['x-forwarded-proto'] === 'https')
        res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
      helmet({
        contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
        strictTransportSecurity: false,
        xFrameOptions: { action: 'deny' },
        referrerPolicy: { policy: 'no-referrer' },
      })(req, res, next);
    });
    for (const proto of ['http', 'https']) {
      const a = await request(ours).post('/graphql').set('x-forwarded-proto', proto).send({});
      const b = await request(reference).post('/graphql').set('x-forwarded-proto', proto).send({});
      expect(pick(a.headers)).toEqual(pick(b.headers));
      expect(Object.keys(pick(a.headers)).length).toBeGreaterThanOrEqual(11);
      expect('strict-transport-security' in a.headers).toBe(proto === 'https');
    }
  });

  it('gives GraphiQL its own policy only when it is on', async () => {
    const on = await request(appWith(securityHeaders({ graphiql: true }))).get('/graphql');
    const off = await request(appWith(securityHeaders({ graphiql: false }))).get('/graphql');
    expect(on.headers['content-security-policy']).toContain('https://unpkg.com');
    expect(off.headers['content-security-policy']).not.toContain('unpkg');
    expect(off.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
