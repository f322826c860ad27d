// Preloaded into the api by bench:board (`node --import …/board-capture.js main.js`) when BENCH_CAPTURE_SQL names a
// file: for each HTTP request carrying the header `x-bench-capture`, every statement the app sends to PostgreSQL
// while serving it (text and parameters, in order) is appended to that file as one JSON line. The bare server
// replays exactly those statements. A statement sent while another of the same request was still running (the app's
// Promise.all over pooled connections) is marked `concurrent`, so the bare server runs it alongside. Requests
// without the header are not touched.
// The bench sends a capture request alone, so "the statements sent between its arrival and its answer" are its own.
// No AsyncLocalStorage on purpose: once enabled, its promise hooks would tax every later request of the api.
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';

export interface CapturedStatement {
  text: string;
  values: unknown[];
  /** Sent while an earlier statement of the same request had not yet answered. */
  concurrent?: boolean;
}

interface RequestCapture {
  statements: CapturedStatement[];
  inFlight: number;
}

type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

const file = process.env.BENCH_CAPTURE_SQL;
if (file) {
  // The same CommonJS instance of pg the app's ESM imports resolve to.
  const pg = createRequire(import.meta.url)('pg') as { Client: { prototype: { query: QueryFn } } };
  let current: RequestCapture | null = null;

  const emit = http.Server.prototype.emit as (
    this: http.Server,
    event: string,
    ...args: unknown[]
  ) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    if (event !== 'request' || !req.headers['x-bench-capture']) return emit.call(this, event, ...args);
    const capture: RequestCapture = { statements: [], inFlight: 0 };
    current = capture;
    res.on('finish', () => {
      current = null;
      appendFileSync(file, JSON.stringify(capture.statements) + '\n');
    });
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;

  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (
    this: unknown,
    config: unknown,
    values?: unknown,
    callback?: unknown,
  ) {
    const capture = current;
    const c = config as { text?: string; values?: unknown[] } | string | undefined;
    const text = typeof c === 'string' ? c : c?.text;
    if (!capture || !text) return query.call(this, config, values, callback);
    capture.statements.push({
      text,
      values: (Array.isArray(values) ? values : typeof c === 'object' ? c.values : undefined) ?? [],
      ...(capture.inFlight > 0 ? { concurrent: true } : {}),
    });
    capture.inFlight++;
    const done = () => void capture.inFlight--;
    if (typeof values === 'function' || typeof callback === 'function') {
      const wrap =
        (cb: (...a: unknown[]) => unknown) =>
        (...a: unknown[]) => {
          done();
          return cb(...a);
        };
      return typeof values === 'function'
        ? query.call(this, config, wrap(values as (...a: unknown[]) => unknown), callback)
        : query.call(this, config, values, wrap(callback as (...a: unknown[]) => unknown));
    }
    const result = query.call(this, config, values, callback) as Promise<unknown> | undefined;
    if (result && typeof result.then === 'function') result.then(done, done);
    else done();
    return result;
  };
}
