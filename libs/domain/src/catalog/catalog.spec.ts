import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  FIELDS,
  catalogEntries,
  valueFromLabel,
  FIELD_LABELS,
  type CatalogName,
} from './catalog.js';

describe('catalog', () => {
  it('has the 20 survey fields in the official order with their Chinese labels', () => {
    expect(FIELDS).toHaveLength(20);
    expect(FIELDS[0]).toBe('AGRICULTURE');
    expect(FIELD_LABELS.ECOMMERCE).toBe('电商服务');
  });

  it('gives every enumeration a unique, non-empty Chinese label', () => {
    for (const name of Object.keys(CATALOG) as CatalogName[]) {
      const entries = catalogEntries(name);
      expect(entries.length).toBeGreaterThan(1);
      expect(new Set(entries.map((e) => e.label)).size).toBe(entries.length);
      for (const e of entries) {
        expect(e.value).toMatch(/^[A-Z][A-Z_]*$/);
        expect(e.label).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('reads values from labels or codes, as people write them in spreadsheets', () => {
    expect(valueFromLabel(FIELD_LABELS, ' 渔业 ')).toBe('FISHERY');
    expect(valueFromLabel(FIELD_LABELS, 'FISHERY')).toBe('FISHERY');
    expect(valueFromLabel(FIELD_LABELS, '园艺')).toBeUndefined();
  });
});
