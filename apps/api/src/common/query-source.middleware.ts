import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { querySourceProblem } from '@app/platform';

/**
 * Refuses a GraphQL query text that is too long, too many tokens or nested too deeply before the parser sees it
 * (a plugin cannot: Apollo answers 500 to anything thrown before parsing). Runs after the JSON body parser.
 */
/** Query texts remembered as passing (clients send the same few documents over and over), up to this length. */
const PASSED_TEXTS = 256;
const PASSED_TEXT_MAX_LENGTH = 20_000;

@Injectable()
export class QuerySourceMiddleware implements NestMiddleware {
  private readonly log = new Logger('GraphQL');
  /** Texts already lexed and found within the limits: the verdict depends on the text alone. */
  private readonly passed = new Set<string>();

  use(req: Request, res: Response, next: NextFunction): void {
    const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const texts = [...bodies.map((b) => (b as { query?: unknown } | undefined)?.query), req.query?.query];
    for (const text of texts) {
      if (typeof text !== 'string' || this.passed.has(text)) continue;
      const problem = querySourceProblem(text);
      if (problem) {
        this.log.warn(
          `refused request from ${req.ip ?? req.socket?.remoteAddress ?? '-'} before parsing: QUERY_TOO_LARGE: ${problem}`,
        );
        res.status(400).json({ errors: [{ message: problem, extensions: { code: 'QUERY_TOO_LARGE' } }] });
        return;
      }
      if (text.length > PASSED_TEXT_MAX_LENGTH) continue;
      if (this.passed.size >= PASSED_TEXTS) this.passed.delete(this.passed.values().next().value!);
      this.passed.add(text);
    }
    next();
  }
}
