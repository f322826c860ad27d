// Demo demands, written the way the unit's clerk would write them.
import type { DemandFields } from '@app/domain';
import type { DemoDemand } from '../demo-data.types.js';
import { PARTNER_AREA_DEMANDS } from './demands-partner-areas.js';
import { SHANGHAI_DEMANDS } from './demands-shanghai.js';

export interface DemandTemplate extends Pick<
  DemandFields,
  'title' | 'description' | 'fields' | 'serviceForms' | 'expertsWanted' | 'minTitleLevel'
> {
  unit: string;
  expectedDays: number;
  /** Months (1–12) the service should fall in, e.g. the growing season; defaults to [2, 11]. */
  months?: [number, number];
  openToVolunteers: boolean;
  status: DemoDemand['status'];
  reviewNote?: string;
}

export const DEMAND_TEMPLATES: DemandTemplate[] = [...SHANGHAI_DEMANDS, ...PARTNER_AREA_DEMANDS];
