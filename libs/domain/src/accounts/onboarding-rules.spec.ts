import { describe, expect, it } from 'vitest';
import { normaliseRegistration, registrationProblems, rejectionReasonProblem } from './onboarding-rules.js';

const good = {
  name: '金山区枫泾镇蔬菜专业合作社',
  creditCode: '91350100m000100y43',
  regionCode: '310116',
  contactName: '张三',
  mobile: '138 0013 8000',
  username: 'fengjing',
  password: 'Fengjing2026',
};

describe('unit registration rules', () => {
  it('accepts a complete registration once normalised', () => {
    const d = normaliseRegistration(good);
    expect(d.creditCode).toBe('91350100M000100Y43');
    expect(d.mobile).toBe('13800138000');
    expect(registrationProblems(d)).toEqual({});
  });

  it('refuses a USCC whose check character is wrong, and every other bad field, in Chinese', () => {
    const p = registrationProblems(
      normaliseRegistration({
        ...good,
        creditCode: '91350100M000100Y44',
        mobile: '1234',
        username: 'a',
        password: 'short',
        name: '',
      }),
    );
    expect(p.creditCode).toContain('校验位');
    expect(p.mobile).toContain('手机');
    expect(p.username).toContain('用户名');
    expect(p.password).toContain('8 位');
    expect(p.name).toContain('单位名称');
  });

  it('needs a reason to reject', () => {
    expect(rejectionReasonProblem('  ')).toContain('原因');
    expect(rejectionReasonProblem('营业执照与名称不符')).toBeNull();
  });
});
