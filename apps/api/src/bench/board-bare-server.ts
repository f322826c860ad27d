// bench:board's baseline: a bare `node:http` + `pg` server that, for every POST, sends the statements the api sent
// for one demand-board request (captured by board-capture.ts, same text and parameters, in the same order, on one
// pooled connection) and answers with the bytes the api answered. What the api spends beyond this is its own.
// Env: DATABASE_URL, PORT, BENCH_BOARD_STATEMENTS (JSON file), BENCH_BOARD_BODY (the response bytes).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import type { CapturedStatement } from './board-capture.js';

const statements = JSON.parse(
  readFileSync(process.env.BENCH_BOARD_STATEMENTS!, 'utf8'),
) as CapturedStatement[];
const body = readFileSync(process.env.BENCH_BOARD_BODY!);
// The api's pool size (createDataSource's default).
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  application_name: 'bench-bare',
});

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    void (async () => {
      const client = await pool.connect();
      try {
        for (const s of statements) await client.query(s.text, s.values);
      } finally {
        client.release();
      }
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
      });
      res.end(body);
    })().catch((err: Error) => {
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
