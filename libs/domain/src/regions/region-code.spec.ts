import { describe, expect, it } from 'vitest';
import { isRegionCode, regionContains, regionLevelOf, regionPrefix } from './region-code.js';

describe('GB/T 2260 codes', () => {
  it('knows the level of a code', () => {
    expect(regionLevelOf('310000')).toBe('PROVINCE');
    expect(regionLevelOf('653100')).toBe('CITY');
    expect(regionLevelOf('310104')).toBe('COUNTY');
    expect(regionPrefix('310000')).toBe('31');
    expect(regionPrefix('653100')).toBe('6531');
    expect(regionPrefix('653125')).toBe('653125');
  });

  it('validates codes', () => {
    expect(isRegionCode('310104')).toBe(true);
    for (const bad of ['31010', '3101040', 'abcdef', '', '000000', "31' OR"])
      expect(isRegionCode(bad)).toBe(false);
  });

  it('checks subtrees', () => {
    expect(regionContains('310000', '310104')).toBe(true);
    expect(regionContains('310000', '310000')).toBe(true);
    expect(regionContains('310104', '310104')).toBe(true);
    expect(regionContains('310104', '310105')).toBe(false);
    expect(regionContains('310104', '310000')).toBe(false);
    expect(regionContains('653100', '653125')).toBe(true);
    expect(regionContains('653100', '653200')).toBe(false);
    expect(regionContains('310000', '320104')).toBe(false);
    expect(regionContains('bad', '310104')).toBe(false);
  });
});
