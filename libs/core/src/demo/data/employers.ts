// Employers of demo experts (the order matters: experts draw their employer by weight in this order).
import type { Field } from '@app/domain';
import { HEALTH_EMPLOYERS } from './employers-health.js';
import { UNIVERSITY_EMPLOYERS } from './employers-universities.js';
import { INSTITUTE_EMPLOYERS } from './employers-institutes.js';
import { SCHOOL_AND_PROVINCE_EMPLOYERS } from './employers-schools-provinces.js';
import type { RegionName } from './regions.js';

/** How an employer names its professional titles. */
export type TitleFamily =
  | 'hospital'
  | 'tcmHospital'
  | 'university'
  | 'institute'
  | 'agriExtension'
  | 'veterinary'
  | 'enterprise'
  | 'school'
  | 'association';

export interface EmployerSpec {
  key: string;
  name: string;
  region: RegionName;
  family: TitleFamily;
  /** Fields its experts work in (primary field of the expert must be one of these). */
  fields: Field[];
  /** Relative size of its contribution to the expert library. */
  weight: number;
  /** Specialty phrases of its own for some fields (a children's hospital, a TCM hospital, a Xinjiang university…). */
  phrases?: Partial<Record<Field, string[][]>>;
}

export const EMPLOYERS: EmployerSpec[] = [
  ...HEALTH_EMPLOYERS,
  ...UNIVERSITY_EMPLOYERS,
  ...INSTITUTE_EMPLOYERS,
  ...SCHOOL_AND_PROVINCE_EMPLOYERS,
];
