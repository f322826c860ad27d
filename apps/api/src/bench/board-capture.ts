// Preloaded into the api by bench:board (`node --import …/board-capture.js main.js`) when BENCH_CAPTURE_SQL names a
// file: for each HTTP request carrying the header `x-bench-capture`, every statement the app sends to PostgreSQL
// while serving it (text and parameters, in order) is appended to that file as one JSON line. The bare server
// replays exactly those statements. Requests without the header are not touched.
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';

export interface CapturedStatement {
  text: string;
  values: unknown[];
}

type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

const file = process.env.BENCH_CAPTURE_SQL;
if (file) {
  // The same CommonJS instance of pg the app's ESM imports resolve to.
  const pg = createRequire(import.meta.url)('pg') as { Client: { prototype: { query: QueryFn } } };
  const requests = new AsyncLocalStorage<CapturedStatement[]>();

  const emit = http.Server.prototype.emit as (
    this: http.Server,
    event: string,
    ...args: unknown[]
  ) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    if (event !== 'request' || !req.headers['x-bench-capture']) return emit.call(this, event, ...args);
    const statements: CapturedStatement[] = [];
    res.on('finish', () => appendFileSync(file, JSON.stringify(statements) + '\n'));
    return requests.run(statements, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;

  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (
    this: unknown,
    config: unknown,
    values?: unknown,
    callback?: unknown,
  ) {
    const statements = requests.getStore();
    if (statements && config) {
      const c = config as { text?: string; values?: unknown[] };
      const text = typeof config === 'string' ? config : c.text;
      if (text) statements.push({ text, values: (Array.isArray(values) ? values : c.values) ?? [] });
    }
    return query.call(this, config, values, callback);
  };
}
