import { describe, expect, it } from 'vitest';
import { dateRangeProblem, dateTimeProblem, isUuid, textProblem, yearProblem } from './input-rules.js';

describe('input rules', () => {
  it('knows a UUID', () => {
    expect(isUuid('0b6f1f0e-7a52-4c1e-9d1a-2f3e4d5c6b7a')).toBe(true);
    expect(isUuid('0B6F1F0E-7A52-4C1E-9D1A-2F3E4D5C6B7A')).toBe(true);
    for (const v of [
      'nope',
      '',
      '0b6f1f0e7a524c1e9d1a2f3e4d5c6b7a',
      '0b6f1f0e-7a52-4c1e-9d1a-2f3e4d5c6b7a ',
      42,
      null,
      undefined,
    ])
      expect(isUuid(v)).toBe(false);
  });

  it('refuses control characters and lone surrogates, keeps tabs, line breaks, emoji and Chinese', () => {
    expect(textProblem('绿野\t合作社🍅\r\n')).toBeNull();
    for (const bad of ['a\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f'])
      expect(textProblem(bad)).toContain('控制字符');
    for (const bad of ['\ud800', 'a\udc00', '\ude00\ud83d', '🍅'.slice(0, 1)])
      expect(textProblem(bad)).toContain('代理字符');
    expect(textProblem('x'.repeat(10_000))).toBeNull();
    expect(textProblem('x'.repeat(10_001))).toBe('过长（10001 个字符，最多 10000 个）');
    expect(textProblem('x'.repeat(20), 10)).toContain('最多 10 个');
  });

  it('keeps dates, date-times and years within range', () => {
    expect(dateRangeProblem('2026-11-23')).toBeNull();
    expect(dateRangeProblem('1900-01-01')).toBeNull();
    expect(dateRangeProblem('2100-12-31')).toBeNull();
    for (const d of ['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])
      expect(dateRangeProblem(d)).toContain('之间');
    expect(dateTimeProblem(new Date('2026-11-23T08:00:00Z'))).toBeNull();
    expect(dateTimeProblem(new Date('not-a-date'))).toContain('不是有效的日期时间');
    expect(dateTimeProblem(new Date('+010000-01-01T00:00:00Z'))).toContain('之间');
    expect(dateTimeProblem(new Date(-62198755200000))).toContain('之间');
    expect(yearProblem(2026)).toBeNull();
    for (const y of [0, 1999, 2101, 2026.5, NaN]) expect(yearProblem(y)).toContain('2000 到 2100');
  });
});
