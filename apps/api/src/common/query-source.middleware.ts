import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { querySourceProblem } from '@app/platform';

/**
 * Refuses a GraphQL query text that is too long, too many tokens or nested too deeply before the parser sees it
 * (a plugin cannot: Apollo answers 500 to anything thrown before parsing). Runs after the JSON body parser.
 */
@Injectable()
export class QuerySourceMiddleware implements NestMiddleware {
  private readonly log = new Logger('GraphQL');

  use(req: Request, res: Response, next: NextFunction): void {
    const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const texts = [...bodies.map((b) => (b as { query?: unknown } | undefined)?.query), req.query?.query];
    for (const text of texts) {
      const problem = typeof text === 'string' ? querySourceProblem(text) : null;
      if (problem) {
        this.log.warn(
          `refused request from ${req.ip ?? req.socket?.remoteAddress ?? '-'} before parsing: QUERY_TOO_LARGE: ${problem}`,
        );
        res.status(400).json({ errors: [{ message: problem, extensions: { code: 'QUERY_TOO_LARGE' } }] });
        return;
      }
    }
    next();
  }
}
