import { describe, expect, it } from 'vitest';
import { passwordProblem, USERNAME_PATTERN } from './actor.js';

describe('account rules', () => {
  it('asks for passwords of 8+ characters with letters and digits', () => {
    expect(passwordProblem('abc12')).toMatch(/8 位/);
    expect(passwordProblem('abcdefgh')).toMatch(/字母和数字/);
    expect(passwordProblem('12345678')).toMatch(/字母和数字/);
    expect(passwordProblem('x'.repeat(129) + '1')).toMatch(/128/);
    expect(passwordProblem('Demo@2026')).toBeNull();
  });

  it('accepts usernames of letters, digits and . _ -', () => {
    expect(USERNAME_PATTERN.test('local2')).toBe(true);
    expect(USERNAME_PATTERN.test('zhang.wei_01')).toBe(true);
    expect(USERNAME_PATTERN.test('ab')).toBe(false);
    expect(USERNAME_PATTERN.test('张伟')).toBe(false);
    expect(USERNAME_PATTERN.test('a b c')).toBe(false);
  });
});
