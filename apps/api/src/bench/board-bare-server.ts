// bench:board's baseline: a bare `node:http` + `pg` server that, for every POST, sends the statements the api sent
// for one request of the scenario (captured by board-capture.ts, same text and parameters, in the same order) and
// answers with the bytes the api answered. Statements the api sent alongside each other (`concurrent`) are sent
// alongside each other here too, on pooled connections; a request that opened a transaction runs on one connection.
// What the api spends beyond this is its own.
// Env: DATABASE_URL, PORT, BENCH_BOARD_STATEMENTS (JSON file), BENCH_BOARD_BODY (the response bytes).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import type { CapturedStatement } from './board-capture.js';

const statements = JSON.parse(
  readFileSync(process.env.BENCH_BOARD_STATEMENTS!, 'utf8'),
) as CapturedStatement[];
const body = readFileSync(process.env.BENCH_BOARD_BODY!);
// Runs of statements: each run starts with one the api sent after the previous ones had answered.
const runs: CapturedStatement[][] = [];
for (const s of statements) {
  if (s.concurrent && runs.length > 0) runs[runs.length - 1]!.push(s);
  else runs.push([s]);
}
const transactional = statements.some((s) => /^\s*(BEGIN|START TRANSACTION)/i.test(s.text));
// The api's pool size (createDataSource's default).
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  application_name: 'bench-bare',
});

async function replay(): Promise<void> {
  if (transactional || runs.every((r) => r.length === 1)) {
    const client = await pool.connect();
    try {
      for (const s of statements) await client.query(s.text, s.values);
    } finally {
      client.release();
    }
    return;
  }
  for (const run of runs) await Promise.all(run.map((s) => pool.query(s.text, s.values)));
}

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    replay()
      .then(() => {
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': body.length,
        });
        res.end(body);
      })
      .catch((err: Error) => {
        res.writeHead(500);
        res.end(err.message);
      });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('Ready'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
