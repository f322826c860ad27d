import { describe, expect, it } from 'vitest';
import { regionScopeSql } from './region-scope-sql.js';

describe('regionScopeSql', () => {
  it('is TRUE for an unrestricted scope and FALSE for an empty one', () => {
    expect(regionScopeSql('d.region_code', null)).toBe('TRUE');
    expect(regionScopeSql('d.region_code', [])).toBe('FALSE');
  });

  it('writes one LIKE per prefix, each once', () => {
    expect(regionScopeSql('d.region_code', ['51%'])).toBe(`(d.region_code LIKE '51%')`);
    expect(regionScopeSql('e.region_code', ['31%', '653125%', '31%'])).toBe(
      `(e.region_code LIKE '31%' OR e.region_code LIKE '653125%')`,
    );
  });

  it('refuses anything but digits and one trailing %', () => {
    for (const bad of ["51%' OR '1'='1", '51', '%', '5a%', '1234567%', '51%%', '51_%'])
      expect(() => regionScopeSql('d.region_code', [bad])).toThrow(/not a region prefix/);
  });
});
