// timestamptz values as pg hands them over: the default parser (postgres-date) runs three regular expressions and a
// Date mutation per value, 4% of the api's CPU on a board page (~140 timestamps). PostgreSQL writes them, under its
// default DateStyle ISO, as `YYYY-MM-DD HH:MM:SS[.ffffff]±HH[:MM[:SS]]`; that shape is read here by position, and
// anything else (BC, infinity, a five-digit year, another DateStyle) goes to the default parser.
import pg from 'pg';

const TIMESTAMPTZ = 1184;
const fallback = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date | number;

function num(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The Date postgres-date would give for `text` (milliseconds truncated, as Date truncates them). */
export function parseTimestamptz(text: string): Date | number {
  const n = text.length;
  if (
    n < 22 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 || // space
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58
  )
    return fallback(text);
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    // .ffffff: the first three digits are the milliseconds
    let scale = 100;
    at++;
    for (; at < n; at++) {
      const d = text.charCodeAt(at) - 48;
      if (d < 0 || d > 9) break;
      ms += d * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const sign = text.charCodeAt(at);
  if (sign !== 43 && sign !== 45) return fallback(text); // + or -
  // ±HH, ±HH:MM or ±HH:MM:SS, and nothing after it
  const rest = n - at - 1;
  if (rest !== 2 && rest !== 5 && rest !== 8) return fallback(text);
  if (rest >= 5 && text.charCodeAt(at + 3) !== 58) return fallback(text);
  if (rest === 8 && text.charCodeAt(at + 6) !== 58) return fallback(text);
  const year = num(text, 0, 4);
  if (!(year >= 1000)) return fallback(text); // 0–99 need setUTCFullYear; leave them to the default
  const offset =
    (num(text, at + 1, at + 3) * 3600 +
      (rest >= 5 ? num(text, at + 4, at + 6) * 60 : 0) +
      (rest === 8 ? num(text, at + 7, at + 9) : 0)) *
    1000 *
    (sign === 45 ? -1 : 1);
  const time =
    Date.UTC(
      year,
      num(text, 5, 7) - 1,
      num(text, 8, 10),
      num(text, 11, 13),
      num(text, 14, 16),
      num(text, 17, 19),
      ms,
    ) - offset;
  if (Number.isNaN(time)) return fallback(text);
  return new Date(time);
}

/** The pg `types` option of the application's pool: every type as pg parses it, timestamptz by the parser above. */
export const POOL_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ && format !== 'binary') return parseTimestamptz;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};
