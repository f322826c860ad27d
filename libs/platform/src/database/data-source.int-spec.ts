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

describe('timestamptz on the pool', () => {
  it('reads every zone PostgreSQL writes (fractions, half hours, historic offsets in seconds) as the same instant', async () => {
    const values = [
      '2026-12-06 10:15:30.123456+00',
      '2026-12-06 10:15:30+00',
      '2026-06-30 23:59:59.999999+00',
      '1883-11-18 16:00:00.5+00',
      '1900-01-01 00:00:00+00',
      '2038-01-19 03:14:08.000001+00',
    ];
    for (const zone of [
      'UTC',
      'Asia/Shanghai',
      'Asia/Kathmandu',
      'America/St_Johns',
      'America/New_York',
      'Europe/Amsterdam',
    ]) {
      const rows: { at: Date; text: string; ms: string }[] = await ds.transaction(async (m) => {
        await m.query(`SET LOCAL TIME ZONE '${zone}'`);
        return m.query(
          `SELECT v::timestamptz AS at, v::timestamptz::text AS text,
                  floor(extract(epoch FROM v::timestamptz) * 1000)::bigint::text AS ms
             FROM unnest($1::text[]) v`,
          [values],
        );
      });
      for (const r of rows) {
        expect(r.at, `${zone}: ${r.text}`).toBeInstanceOf(Date);
        expect(r.at.getTime(), `${zone}: ${r.text}`).toBe(Number(r.ms));
      }
      // The zone's own rendering really varied (offsets with minutes and seconds among them).
      if (zone === 'Asia/Kathmandu') expect(rows[0]!.text).toMatch(/\+05:45$/);
      if (zone === 'America/New_York') expect(rows[3]!.text).toMatch(/-04:56:02$/);
    }
  });
});
