import { describe, expect, it } from 'vitest';
import {
  CE_PROGRESS_BUCKETS,
  UNMET_DEMAND_STATUSES,
  cityPrefixOf,
  supplyGapOf,
  supplyGapTable,
  type UnmetCount,
} from './dashboard-rules.js';
import { histogram } from './statistics.js';

describe('dashboard rules', () => {
  it('buckets working days towards the 10-day continuing-education credit', () => {
    expect(CE_PROGRESS_BUCKETS.map((b) => b.label)).toEqual(['0–4天', '5–9天', '10天及以上']);
    expect(histogram([0, 3, 4, 5, 9, 10, 11, 60], CE_PROGRESS_BUCKETS).map((b) => b.count)).toEqual([
      3, 2, 3,
    ]);
  });

  it('counts submitted, accepted and dispatched demands as waiting for experts', () => {
    expect([...UNMET_DEMAND_STATUSES]).toEqual(['SUBMITTED', 'ACCEPTED', 'DISPATCHED']);
  });

  it('measures the gap as unmet demand less available experts, never below 0', () => {
    expect(supplyGapOf(3, 1)).toBe(2);
    expect(supplyGapOf(1, 3)).toBe(0);
    expect(supplyGapOf(2, 2)).toBe(0);
    expect(supplyGapOf(0, 0)).toBe(0);
    expect(supplyGapOf(4, 0)).toBe(4);
    expect(() => supplyGapOf(-1, 0)).toThrow(RangeError);
    expect(() => supplyGapOf(1, 0.5)).toThrow(RangeError);
  });

  it('takes the city of a county from its first four digits', () => {
    expect(cityPrefixOf('320104')).toBe('3201');
    expect(cityPrefixOf('310116')).toBe('3101'); // a Shanghai district: the municipality's 市辖区
  });

  describe('supply–demand table', () => {
    const unmet: UnmetCount[] = [
      { regionCode: '320104', field: 'MEDICAL', unmetDemands: 2 },
      { regionCode: '320104', field: 'AGRICULTURE', unmetDemands: 1 },
      { regionCode: '320205', field: 'AGRICULTURE', unmetDemands: 1 },
      { regionCode: '320115', field: 'EDUCATION', unmetDemands: 3 },
      { regionCode: '320999', field: 'AI', unmetDemands: 0 }, // nothing waiting: neither row nor column
    ];
    const available = [
      { cityPrefix: '3201', field: 'MEDICAL' as const, availableExperts: 1 },
      { cityPrefix: '3201', field: 'AGRICULTURE' as const, availableExperts: 4 },
      { cityPrefix: '3202', field: 'MEDICAL' as const, availableExperts: 9 },
      { cityPrefix: '3205', field: 'EDUCATION' as const, availableExperts: 9 }, // another city: not counted
    ];

    it('keeps counties and fields with unmet demand, most unmet first, fields in catalogue order', () => {
      const t = supplyGapTable(unmet, available);
      expect(t.regionCodes).toEqual(['320104', '320115', '320205']); // 3, 3 (by code), 1
      expect(t.fields).toEqual(['AGRICULTURE', 'MEDICAL', 'EDUCATION']);
      expect(t.cells).toHaveLength(9);
    });

    it('fills every row × column with the city’s experts and the gap', () => {
      const t = supplyGapTable(unmet, available);
      const cell = (r: string, f: string) => t.cells.find((c) => c.regionCode === r && c.field === f);
      expect(cell('320104', 'MEDICAL')).toEqual({
        regionCode: '320104',
        field: 'MEDICAL',
        unmetDemands: 2,
        availableExperts: 1,
        gap: 1,
      });
      expect(cell('320104', 'AGRICULTURE')).toEqual({
        regionCode: '320104',
        field: 'AGRICULTURE',
        unmetDemands: 1,
        availableExperts: 4,
        gap: 0,
      });
      expect(cell('320115', 'EDUCATION')).toEqual({
        regionCode: '320115',
        field: 'EDUCATION',
        unmetDemands: 3,
        availableExperts: 0,
        gap: 3,
      });
      expect(cell('320115', 'MEDICAL')).toEqual({
        regionCode: '320115',
        field: 'MEDICAL',
        unmetDemands: 0,
        availableExperts: 1,
        gap: 0,
      });
      expect(cell('320205', 'MEDICAL')).toEqual({
        regionCode: '320205',
        field: 'MEDICAL',
        unmetDemands: 0,
        availableExperts: 9,
        gap: 0,
      });
      expect(cell('320205', 'AGRICULTURE')).toEqual({
        regionCode: '320205',
        field: 'AGRICULTURE',
        unmetDemands: 1,
        availableExperts: 0,
        gap: 1,
      });
    });

    it('adds up repeated rows of the same cell', () => {
      const t = supplyGapTable(
        [
          { regionCode: '320104', field: 'MEDICAL', unmetDemands: 1 },
          { regionCode: '320104', field: 'MEDICAL', unmetDemands: 2 },
        ],
        [
          { cityPrefix: '3201', field: 'MEDICAL', availableExperts: 1 },
          { cityPrefix: '3201', field: 'MEDICAL', availableExperts: 1 },
        ],
      );
      expect(t.cells).toEqual([
        { regionCode: '320104', field: 'MEDICAL', unmetDemands: 3, availableExperts: 2, gap: 1 },
      ]);
    });

    it('shows at most `limit` counties, and only the fields of those', () => {
      const t = supplyGapTable(unmet, available, 1);
      expect(t.regionCodes).toEqual(['320104']);
      expect(t.fields).toEqual(['AGRICULTURE', 'MEDICAL']);
      expect(t.cells).toHaveLength(2);
      const many = Array.from({ length: 40 }, (_, i) => ({
        regionCode: String(320101 + i),
        field: 'OTHER' as const,
        unmetDemands: 1 + (i % 3),
      }));
      const top = supplyGapTable(many, []);
      expect(top.regionCodes).toHaveLength(30);
      expect(top.regionCodes.slice(0, 2)).toEqual(['320103', '320106']); // 3 unmet each, by code
    });

    it('is empty when nothing waits', () => {
      expect(supplyGapTable([], available)).toEqual({ fields: [], regionCodes: [], cells: [] });
      expect(supplyGapTable(unmet, available, 0)).toEqual({ fields: [], regionCodes: [], cells: [] });
    });
  });
});
