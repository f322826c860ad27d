// readRows on a real PostgreSQL: the rows as DataSource.query answers them (same parsing of dates, arrays and
// numbers), a failure as the same QueryFailedError with the PostgreSQL code, and the pool's connection given back.
import { QueryFailedError, type DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createDataSource, pgErrorCode, readRows } from './data-source.js';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url, entities: [], poolSize: 2 });
  await ds.initialize();
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

describe('readRows', () => {
  it('answers the rows DataSource.query answers', async () => {
    const sql = `SELECT $1::int + 1 AS n, '2027-01-02 03:04:05.678+00'::timestamptz AS at, ARRAY['a','b']::text[] AS list, NULL::text AS nothing,
                        '2027-01-02'::date::text AS day, x FROM generate_series(1, 3) x ORDER BY x`;
    const ours = await readRows<Record<string, unknown>>(ds, sql, [41]);
    const typeorm: Record<string, unknown>[] = await ds.query(sql, [41]);
    expect(ours).toEqual(typeorm);
    expect(ours[0]).toMatchObject({ n: 42, list: ['a', 'b'], nothing: null, day: '2027-01-02', x: 1 });
    expect((ours[0]!.at as Date).toISOString()).toBe('2027-01-02T03:04:05.678Z');
    expect(await readRows(ds, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('fails as DataSource.query fails, and gives the connection back either way', async () => {
    const err = await readRows(ds, 'SELECT 1/0').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryFailedError);
    expect(pgErrorCode(err)).toBe('22012');
    // More reads than the pool has connections, after failures: none was kept.
    for (let i = 0; i < 3; i++) await readRows(ds, 'SELECT * FROM no_such_table').catch(() => null);
    expect(
      await Promise.all([1, 2, 3, 4].map((n) => readRows<{ n: number }>(ds, 'SELECT $1::int AS n', [n]))),
    ).toEqual([1, 2, 3, 4].map((n) => [{ n }]));
  });
});
