import { describe, expect, it } from 'vitest';
import { AppError, errorKindOf } from '../errors.js';
import { ERROR_REASONS, FEATURE_ERRORS, type ErrorReason } from './feature-errors.js';

describe('error reasons', () => {
  it('declares each reason in exactly one feature, so its kind is decided once', () => {
    const owners = new Map<string, string[]>();
    for (const [feature, catalog] of Object.entries(FEATURE_ERRORS)) {
      for (const reason of Object.keys(catalog)) owners.set(reason, [...(owners.get(reason) ?? []), feature]);
    }
    const twice = [...owners].filter(([, features]) => features.length > 1);
    expect(twice).toEqual([]);
    expect(Object.keys(ERROR_REASONS).length).toBe(owners.size);
  });

  it('gives every error the kind its reason declares', () => {
    for (const reason of Object.keys(ERROR_REASONS) as ErrorReason[]) {
      const e = new AppError(reason, '消息');
      expect(e.kind).toBe(ERROR_REASONS[reason]);
      expect(errorKindOf(reason)).toBe(ERROR_REASONS[reason]);
    }
    expect(AppError.conflict('需求状态已变化', 'DEMAND_NOT_EDITABLE').kind).toBe('CONFLICT');
    expect(AppError.forbidden('无权修改', 'DEMAND_EDIT_FORBIDDEN').kind).toBe('FORBIDDEN');
  });

  it('refuses a reason nobody declared', () => {
    expect(() => new AppError('MADE_UP' as ErrorReason, '消息')).toThrow(/undeclared error reason "MADE_UP"/);
  });

  it('names reasons in upper snake case', () => {
    for (const reason of Object.keys(ERROR_REASONS)) expect(reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });
});
