// What any value from outside must be before it reaches a rule or the database: the checks every argument of
// the API passes at its boundary (PostgreSQL refuses NUL in text and year 0 in a date; a non-UUID id is no row).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of rows are UUIDs: anything else names no row. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Text longer than this is refused unless a field declares more (uploads travel as base64). */
export const DEFAULT_TEXT_MAX_LENGTH = 10_000;

/** Years a report or record may ask for. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** Calendar dates (and date-times) accepted anywhere. */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

// C0 control characters other than tab, LF and CR; DEL.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text cannot be taken as it is (in Chinese, to follow the name of the field), or null. */
export function textProblem(value: string, maxLength = DEFAULT_TEXT_MAX_LENGTH): string | null {
  if (value.length > maxLength) return `过长（${value.length} 个字符，最多 ${maxLength} 个）`;
  if (CONTROL.test(value)) return '含有不可见的控制字符（如 NUL），请删除后重试';
  if (LONE_SURROGATE.test(value)) return '含有无效的字符编码（不成对的代理字符），请重新输入';
  return null;
}

/** Why a `YYYY-MM-DD` date is out of range, or null. */
export function dateRangeProblem(date: string): string | null {
  return date < DATE_RANGE.min || date > DATE_RANGE.max
    ? `应在 ${DATE_RANGE.min} 到 ${DATE_RANGE.max} 之间`
    : null;
}

/** Why a date-time is not usable, or null. */
export function dateTimeProblem(value: Date): string | null {
  if (Number.isNaN(value.getTime())) return '不是有效的日期时间，格式如 2026-11-23T08:00:00Z';
  return dateRangeProblem(value.toISOString().slice(0, 10))
    ? `应在 ${DATE_RANGE.min} 到 ${DATE_RANGE.max} 之间`
    : null;
}

/** Why a year is out of range, or null. */
export function yearProblem(year: number): string | null {
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max
    ? null
    : `应为 ${YEAR_RANGE.min} 到 ${YEAR_RANGE.max} 之间的年份`;
}
