// The demo's organisations are registered like real ones: every 统一社会信用代码 they carry passes the check that
// createOrganization enforces (the generator uses the same rule from libs/domain).
import { describe, expect, it } from 'vitest';
import { creditCodeProblem } from '@app/domain';
import { generateDemoData } from '../demo/demo-data.generator.js';

describe('demo organisations', () => {
  it('carry valid 统一社会信用代码', () => {
    const withCodes = generateDemoData().organizations.filter((o) => o.creditCode);
    expect(withCodes.length).toBeGreaterThan(10);
    for (const o of withCodes)
      expect(creditCodeProblem(o.creditCode!), `${o.name} ${o.creditCode}`).toBeNull();
  });
});
