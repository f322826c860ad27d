import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CoreRuntime } from '@app/core';
import { ApiModule, type ApiModuleOptions } from './api.module.js';
import { BODY_LIMIT_BYTES } from './common/body-limit.js';
import { securityHeaders } from './common/security-headers.js';

export interface ApiAppOptions extends ApiModuleOptions {
  /** The built web app (dist/web); served at / with client-side routes falling back to index.html. */
  webDir?: string | null;
  logger?: false | ('log' | 'error' | 'warn')[] | LoggerService;
}

export async function createApiApp(
  runtime: CoreRuntime,
  options: ApiAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(runtime, options), {
    logger: options.logger ?? ['log', 'error', 'warn'],
    // JSON only (registered below, with its limit): no endpoint takes a form, and Nest's default would add a
    // urlencoded parser to every request's middleware chain.
    bodyParser: false,
  });
  // First, so that every response carries them, a refused body included.
  app.use(securityHeaders({ graphiql: runtime.config.nodeEnv !== 'production' }));
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  app.disable('x-powered-by');
  // No ETag on API answers: it hashed every GraphQL response body, and no client revalidates a POST. Static files
  // keep theirs (serve-static sets its own).
  app.disable('etag');
  // Only proxies named in TRUST_PROXY may say who the client is (the sign-in lock counts per client address).
  if (runtime.config.trustProxy !== false) app.set('trust proxy', runtime.config.trustProxy);
  const webDir = options.webDir;
  if (webDir && existsSync(path.join(webDir, 'index.html'))) {
    app.useStaticAssets(webDir, { index: false, maxAge: '1h' });
    const indexHtml = path.join(webDir, 'index.html');
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path === '/healthz' ||
        req.path.startsWith('/files/') ||
        path.extname(req.path)
      )
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }
  return app;
}
