import { describe, expect, it } from 'vitest';
import {
  USCC_CHARSET,
  creditCodeProblem,
  isConflictOfInterest,
  normalizeOrganizationName,
  sameOrganizationName,
  usccCheckChar,
} from './organization-rules.js';

describe('same organisation (回避)', () => {
  it('treats full-width and half-width letters, digits and brackets as the same name', () => {
    expect(sameOrganizationName('上海ＡＢＣ农业科技（集团）有限公司', '上海ABC农业科技(集团)有限公司')).toBe(
      true,
    );
    expect(sameOrganizationName('金山区第１人民医院', '金山区第1人民医院')).toBe(true);
    expect(sameOrganizationName('金山区 廊下镇\u3000卫生院', '金山区廊下镇卫生院')).toBe(true);
    expect(normalizeOrganizationName(' （甲）乙 ')).toBe('(甲)乙');
  });

  it('never matches empty names or different organisations', () => {
    expect(sameOrganizationName('', '')).toBe(false);
    expect(sameOrganizationName(null, undefined)).toBe(false);
    expect(sameOrganizationName('金山区中心医院', '奉贤区中心医院')).toBe(false);
  });

  it('is a conflict of interest by the organisation record or by its name', () => {
    const unit = { id: 'u1', name: '上海ＸＹ蔬菜合作社' };
    expect(isConflictOfInterest({ employerId: 'u1', employerName: '别名' }, unit)).toBe(true);
    expect(isConflictOfInterest({ employerId: 'e9', employerName: '上海XY蔬菜合作社' }, unit)).toBe(true);
    expect(isConflictOfInterest({ employerId: 'e9', employerName: '上海农科院' }, unit)).toBe(false);
    expect(isConflictOfInterest({ employerId: null, employerName: null }, { id: 'u1', name: '' })).toBe(
      false,
    );
  });
});

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Valid codes: the standard's own example first, then codes of registered companies.
  const REAL = ['91350100M000100Y43', '91110000600037341L', '91110108551385082Q', '91440300708461136T'];

  it('accepts codes whose check character is right', () => {
    for (const code of REAL) expect(creditCodeProblem(code), code).toBeNull();
  });

  it('computes the check character from the first 17', () => {
    for (const code of REAL) expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('refuses a code with any one character changed', () => {
    const code = REAL[0]!;
    for (let i = 0; i < 18; i++) {
      for (const ch of USCC_CHARSET) {
        if (ch === code[i]) continue;
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        if (i >= 2 && i < 8 && !/\d/.test(ch)) continue; // the region part is digits only: a format error instead
        expect(creditCodeProblem(changed), changed).not.toBeNull();
      }
    }
  });

  it('says in Chinese what is wrong', () => {
    expect(creditCodeProblem('123')).toMatch(/18 位/);
    expect(creditCodeProblem('91350100M000100Y4I')).toMatch(/18 位/); // I is not used
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/校验位/);
  });
});
