import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { POOL_TYPES, parseTimestamptz } from './timestamptz.js';

const defaultParser = pg.types.getTypeParser(1184, 'text') as (text: string) => Date | number;
const time = (v: Date | number) => (v instanceof Date ? v.getTime() : v);

/** A deterministic stream of numbers in [0, 1). */
function* numbers(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    yield s / 2 ** 31;
  }
}

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes as postgres-date does, for every shape of fraction and offset', () => {
    const r = numbers(7);
    const pick = (n: number) => Math.floor(r.next().value * n);
    const two = (n: number) => String(n).padStart(2, '0');
    let checked = 0;
    for (let i = 0; i < 20_000; i++) {
      const fraction = pick(7); // 0 = none, else that many digits
      const digits = Array.from({ length: fraction }, () => pick(10)).join('');
      const zone = [`+${two(pick(15))}`, `-${two(pick(12))}`, `+05:30`, `-03:30`, `+05:45:12`, `+00`][
        pick(6)
      ]!;
      const text = `${1900 + pick(300)}-${two(1 + pick(12))}-${two(1 + pick(28))} ${two(pick(24))}:${two(pick(60))}:${two(pick(60))}${fraction ? `.${digits}` : ''}${zone}`;
      const ours = parseTimestamptz(text) as Date;
      // postgres-date multiplies the fraction as a float, which can land a hair under a whole millisecond; Date
      // truncates: compare with the exact milliseconds.
      const theirs = defaultParser(text) as Date;
      const exact = new Date(
        Date.parse(
          text
            .replace(' ', 'T')
            .replace(/(\.\d{3})\d+/, '$1')
            .replace(/([+-]\d\d)$/, '$1:00')
            .replace(/([+-]\d\d:\d\d):\d\d$/, '$1'),
        ),
      );
      if (/[+-]\d\d:\d\d:\d\d$/.test(text)) {
        expect(Math.abs(ours.getTime() - theirs.getTime())).toBeLessThanOrEqual(1);
      } else {
        expect(ours.getTime()).toBe(exact.getTime());
        expect(Math.abs(ours.getTime() - theirs.getTime())).toBeLessThanOrEqual(1);
      }
      checked++;
    }
    expect(checked).toBe(20_000);
  });

  it('gives the same as postgres-date on the common shapes', () => {
    for (const text of [
      '2026-12-06 10:15:30+00',
      '2026-12-06 10:15:30.5+08',
      '2026-12-06 10:15:30.123456+08',
      '2026-02-28 23:59:59.999999-05',
      '2024-02-29 00:00:00+05:30',
      '1970-01-01 00:00:00+00',
      '1883-11-18 12:03:58+00:03:58',
    ])
      expect(time(parseTimestamptz(text))).toBe(time(defaultParser(text)));
  });

  it('leaves every other shape to postgres-date', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0099-01-01 00:00:00+00',
      '2026-12-06 10:15:30+00 BC',
      '12026-12-06 10:15:30+00',
      '2026-12-06T10:15:30Z',
      '2026-12-06 10:15:30',
      'garbage',
    ])
      expect(time(parseTimestamptz(text))).toEqual(time(defaultParser(text)));
  });

  it('is what the pool parses timestamptz with, and only timestamptz', () => {
    expect(POOL_TYPES.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(POOL_TYPES.getTypeParser(1114, 'text')).toBe(pg.types.getTypeParser(1114, 'text'));
    expect(POOL_TYPES.getTypeParser(1082, 'text')).toBe(pg.types.getTypeParser(1082, 'text'));
    expect(POOL_TYPES.getTypeParser(1184, 'binary')).toBe(pg.types.getTypeParser(1184, 'binary'));
  });
});
