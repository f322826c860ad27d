// The figures of the bureaus' and dispatchers' dashboards (数据看板) that are rules rather than counting: which
// demands are still waiting for experts, how the continuing-education progress is bucketed, and how the
// supply–demand gap of a county and a field is measured and which counties are shown.
import { CE_CREDIT_WORKING_DAYS } from '../service/service-rules.js';
import { FIELDS, type DemandStatus, type Field } from '../catalog/catalog.js';
import type { Bucket } from './statistics.js';

/** Demands still waiting for their experts: submitted, accepted by the bureau, or dispatched but not yet confirmed. */
export const UNMET_DEMAND_STATUSES: readonly DemandStatus[] = Object.freeze([
  'SUBMITTED',
  'ACCEPTED',
  'DISPATCHED',
]);

/** Working days served in the year, in three steps towards the 10-day continuing-education credit. */
export const CE_PROGRESS_BUCKETS: readonly Bucket[] = Object.freeze([
  { label: '0–4天', min: 0, max: 4 },
  { label: '5–9天', min: 5, max: CE_CREDIT_WORKING_DAYS - 1 },
  { label: `${CE_CREDIT_WORKING_DAYS}天及以上`, min: CE_CREDIT_WORKING_DAYS, max: null },
]);

/** At most this many counties in the supply–demand heatmap (those with the most unmet demand). */
export const SUPPLY_GAP_MAX_REGIONS = 30;

/**
 * The gap of one county and one field: demands still waiting that name the field, less the active experts of
 * the county's city who work in it, and never below 0 — a surplus of experts in one place does not make up for a
 * shortage elsewhere, and the heatmap is about shortage. It is an indicator, not a booking count: one expert may
 * serve several demands and is counted for every county of the city.
 */
export function supplyGapOf(unmetDemands: number, availableExperts: number): number {
  if (
    !Number.isInteger(unmetDemands) ||
    unmetDemands < 0 ||
    !Number.isInteger(availableExperts) ||
    availableExperts < 0
  ) {
    throw new RangeError(
      `supply gap of ${unmetDemands} demands and ${availableExperts} experts: counts must be non-negative integers`,
    );
  }
  return Math.max(0, unmetDemands - availableExperts);
}

/** The 4-digit prefix of the city a county belongs to (a municipality's districts share the province's `xx01`). */
export function cityPrefixOf(regionCode: string): string {
  return regionCode.slice(0, 4);
}

export interface UnmetCount {
  regionCode: string;
  field: Field;
  /** Waiting demands of the county that name the field (a demand counts once for each field it names). */
  unmetDemands: number;
}

export interface AvailableCount {
  /** See `cityPrefixOf`. */
  cityPrefix: string;
  field: Field;
  availableExperts: number;
}

export interface SupplyGapCell {
  regionCode: string;
  field: Field;
  unmetDemands: number;
  availableExperts: number;
  gap: number;
}

export interface SupplyGapTable {
  /** Columns: the fields with any unmet demand in the shown counties, in catalogue order. */
  fields: Field[];
  /** Rows: counties with any unmet demand, most unmet first (sum over fields), then by code; at most `limit`. */
  regionCodes: string[];
  /** Every row × column, row by row. */
  cells: SupplyGapCell[];
}

/**
 * The county × field table of the heatmap from the unmet demand per county and field and the available experts
 * per city and field. Only counties and fields with some unmet demand are kept, and of the counties only the
 * `limit` with the most unmet demand (a demand naming two fields counts twice in that total, as in the cells).
 */
export function supplyGapTable(
  unmet: readonly UnmetCount[],
  available: readonly AvailableCount[],
  limit = SUPPLY_GAP_MAX_REGIONS,
): SupplyGapTable {
  const byCell = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const u of unmet) {
    if (u.unmetDemands <= 0) continue;
    const key = `${u.regionCode}|${u.field}`;
    byCell.set(key, (byCell.get(key) ?? 0) + u.unmetDemands);
    totals.set(u.regionCode, (totals.get(u.regionCode) ?? 0) + u.unmetDemands);
  }
  const regionCodes = [...totals.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, Math.max(0, limit))
    .map(([code]) => code);
  const shown = new Set(regionCodes);
  const usedFields = new Set<Field>();
  for (const u of unmet) if (u.unmetDemands > 0 && shown.has(u.regionCode)) usedFields.add(u.field);
  const fields = FIELDS.filter((f) => usedFields.has(f));
  const experts = new Map<string, number>();
  for (const a of available) {
    const key = `${a.cityPrefix}|${a.field}`;
    experts.set(key, (experts.get(key) ?? 0) + a.availableExperts);
  }
  const cells: SupplyGapCell[] = [];
  for (const regionCode of regionCodes) {
    for (const field of fields) {
      const unmetDemands = byCell.get(`${regionCode}|${field}`) ?? 0;
      const availableExperts = experts.get(`${cityPrefixOf(regionCode)}|${field}`) ?? 0;
      cells.push({
        regionCode,
        field,
        unmetDemands,
        availableExperts,
        gap: supplyGapOf(unmetDemands, availableExperts),
      });
    }
  }
  return { fields, regionCodes, cells };
}
