import { describe, expect, it } from 'vitest';
import { AppError, ROLES, type Actor, type Role } from '@app/domain';
import {
  assertCanChangeExpert,
  assertCanManageRegion,
  assertRole,
  canManageRegion,
  canSee,
  narrowToRegion,
  regionPrefixes,
  scopeRoots,
} from './access-scope.js';

// Shanghai (310000) serves 莎车县 (653125) under 对口帮扶.
const actors: Record<Role, Actor> = {
  ADMIN: { accountId: 'a', username: 'admin', role: 'ADMIN' },
  PROVINCE: {
    accountId: 'p',
    username: 'province',
    role: 'PROVINCE',
    regionCode: '310000',
    partnerRegionCodes: ['653125'],
  },
  LOCAL: { accountId: 'l', username: 'local', role: 'LOCAL', regionCode: '310116' },
  UNIT: { accountId: 'u', username: 'unit', role: 'UNIT', organizationId: 'org-1', regionCode: '310116' },
  EXPERT: { accountId: 'e', username: 'expert', role: 'EXPERT', expertId: 'exp-1' },
};

// region → may ADMIN / PROVINCE / LOCAL / UNIT / EXPERT manage it?
const regionCases: [string, string, Record<Role, boolean>][] = [
  ['310000', 'Shanghai itself', { ADMIN: true, PROVINCE: true, LOCAL: false, UNIT: false, EXPERT: false }],
  [
    '310116',
    "the bureau's own district",
    { ADMIN: true, PROVINCE: true, LOCAL: true, UNIT: false, EXPERT: false },
  ],
  [
    '310104',
    'another Shanghai district',
    { ADMIN: true, PROVINCE: true, LOCAL: false, UNIT: false, EXPERT: false },
  ],
  ['653125', 'the partner county', { ADMIN: true, PROVINCE: true, LOCAL: false, UNIT: false, EXPERT: false }],
  [
    '653126',
    "a county of the partner's city that is not a partner",
    { ADMIN: true, PROVINCE: false, LOCAL: false, UNIT: false, EXPERT: false },
  ],
  ['320104', 'another province', { ADMIN: true, PROVINCE: false, LOCAL: false, UNIT: false, EXPERT: false }],
];

describe('access scope', () => {
  for (const [code, what, expected] of regionCases) {
    for (const role of ROLES) {
      it(`${role} ${expected[role] ? 'may' : 'may not'} manage ${what} (${code})`, () => {
        expect(canManageRegion(actors[role], code)).toBe(expected[role]);
        if (expected[role]) expect(() => assertCanManageRegion(actors[role], code)).not.toThrow();
        else expect(() => assertCanManageRegion(actors[role], code)).toThrow(AppError);
        const change = () => assertCanChangeExpert(actors[role], { name: '张三', regionCode: code });
        if (expected[role]) expect(change).not.toThrow();
        else
          expect(change).toThrow(
            expect.objectContaining({ kind: 'FORBIDDEN', reason: 'EXPERT_OUT_OF_SCOPE' }),
          );
      });
    }
  }

  it('lets a unit see its own organisation and nothing else', () => {
    expect(canSee(actors.UNIT, { regionCode: '310116', organizationId: 'org-1' })).toBe(true);
    expect(canSee(actors.UNIT, { regionCode: '310116', organizationId: 'org-2' })).toBe(false);
    expect(canSee(actors.UNIT, { regionCode: '310116' })).toBe(false);
    expect(canSee(actors.EXPERT, { regionCode: '310116', organizationId: 'org-1' })).toBe(false);
    expect(canSee(actors.LOCAL, { regionCode: '310116', organizationId: 'org-9' })).toBe(true);
  });

  it('gives SQL prefixes for lists', () => {
    expect(regionPrefixes(actors.ADMIN)).toBeNull();
    expect(regionPrefixes(actors.PROVINCE)).toEqual(['31%', '653125%']);
    expect(regionPrefixes(actors.LOCAL)).toEqual(['310116%']);
    expect(regionPrefixes(actors.UNIT)).toEqual([]);
    expect(scopeRoots({ ...actors.LOCAL, regionCode: null })).toEqual([]);
  });

  it('narrows a list to a region without widening the scope', () => {
    expect(narrowToRegion(actors.ADMIN, '310104')).toEqual(['310104%']);
    expect(narrowToRegion(actors.PROVINCE, '310104')).toEqual(['310104%']);
    expect(narrowToRegion(actors.LOCAL, '310000')).toEqual(['310116%']);
    expect(narrowToRegion(actors.LOCAL, '310104')).toEqual([]);
    expect(narrowToRegion(actors.PROVINCE, '650000')).toEqual(['653125%']);
  });

  it('refuses roles with FORBIDDEN', () => {
    expect(() => assertRole(actors.UNIT, ['ADMIN'])).toThrow(expect.objectContaining({ kind: 'FORBIDDEN' }));
    expect(() => assertRole(actors.ADMIN, ['ADMIN'])).not.toThrow();
  });
});
