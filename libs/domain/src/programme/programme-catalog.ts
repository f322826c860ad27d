// The programme year's vocabulary (申报 → 推荐 → 确定): the four application categories of the call notices with
// their funding caps, the states of a call and of an application, and the review sheet's criteria.
import type { Labelled } from '../catalog/catalog.js';

const keysOf = <K extends string>(labels: Labelled<K>): K[] => Object.keys(labels) as K[];

/** 申报类别 as annex 3 of the 2025 notice names them. */
export const PROGRAMME_CATEGORY_LABELS = {
  NATIONAL_TEAM: '国家级服务团',
  MUNICIPAL_TEAM: '市级服务团',
  NATIONAL_BASE: '国家级基地',
  MUNICIPAL_BASE: '市级基地',
} as const;
export type ProgrammeCategory = keyof typeof PROGRAMME_CATEGORY_LABELS;
export const PROGRAMME_CATEGORIES = keysOf(PROGRAMME_CATEGORY_LABELS);

/** Annex 1 (team) or annex 2 (base). */
export type ApplicationKind = 'TEAM' | 'BASE';
export const APPLICATION_KIND_LABELS: Labelled<ApplicationKind> = {
  TEAM: '专家服务团',
  BASE: '专家服务基地',
};

export function kindOfCategory(category: ProgrammeCategory): ApplicationKind {
  return category === 'NATIONAL_TEAM' || category === 'MUNICIPAL_TEAM' ? 'TEAM' : 'BASE';
}

export function isNationalCategory(category: ProgrammeCategory): boolean {
  return category === 'NATIONAL_TEAM' || category === 'NATIONAL_BASE';
}

/**
 * The most an application may ask for, in integer 元 (2025 notice, annexes 1 and 2): national team 20 万,
 * municipal team 10 万, national base 40 万, municipal base 20 万. A call may set lower caps, never higher ones.
 */
export const PROGRAMME_POLICY_CAPS: Readonly<Record<ProgrammeCategory, number>> = {
  NATIONAL_TEAM: 200_000,
  MUNICIPAL_TEAM: 100_000,
  NATIONAL_BASE: 400_000,
  MUNICIPAL_BASE: 200_000,
};

export const CALL_STATUS_LABELS = {
  DRAFT: '未发布',
  OPEN: '申报中',
  CLOSED: '评审中',
  PUBLISHED: '已公布',
} as const;
export type CallStatus = keyof typeof CALL_STATUS_LABELS;
export const CALL_STATUSES = keysOf(CALL_STATUS_LABELS);

export const APPLICATION_STATUS_LABELS = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  RETURNED: '退回修改',
  WITHDRAWN: '已撤回',
  NOT_RECOMMENDED: '未推荐',
  RECOMMENDED: '已推荐',
  SELECTED: '列入市级',
  NOMINATED: '推荐国家级',
  CONFIRMED: '部里确定',
  NOT_SELECTED: '未入选',
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUS_LABELS;
export const APPLICATION_STATUSES = keysOf(APPLICATION_STATUS_LABELS);

/** States that use the recommending department's one place of the year (the database's partial unique index). */
export const RECOMMENDED_STATUSES: readonly ApplicationStatus[] = [
  'RECOMMENDED',
  'SELECTED',
  'NOMINATED',
  'CONFIRMED',
  'NOT_SELECTED',
];

/** States on the year's published lists. */
export const LISTED_STATUSES: readonly ApplicationStatus[] = ['SELECTED', 'CONFIRMED'];

/** 是否依托专家服务基地: the base's level. */
export const BASE_LEVEL_LABELS = { MINISTRY: '部级', PROVINCIAL: '省级', MUNICIPAL: '市级' } as const;
export type BaseLevel = keyof typeof BASE_LEVEL_LABELS;
export const BASE_LEVELS = keysOf(BASE_LEVEL_LABELS);

/** The review sheet: what each reviewer scores, with the most points each criterion gives (100 in all). */
export const REVIEW_CRITERIA = {
  NECESSITY: { label: '需求必要性', max: 25 },
  PLAN: { label: '服务方案可行性', max: 25 },
  EXPERTS: { label: '专家力量', max: 20 },
  IMPACT: { label: '预期成效与示范性', max: 20 },
  BUDGET: { label: '经费合理性', max: 10 },
} as const;
export type ReviewCriterion = keyof typeof REVIEW_CRITERIA;
export const REVIEW_CRITERIA_KEYS = Object.keys(REVIEW_CRITERIA) as ReviewCriterion[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD between 1900 and 2100 (2027-02-30 is not one). */
export function isCalendarDate(d: string | null | undefined): boolean {
  if (!d || !ISO_DATE.test(d) || d < '1900-01-01' || d > '2100-12-31') return false;
  const t = new Date(d + 'T00:00:00Z');
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}
