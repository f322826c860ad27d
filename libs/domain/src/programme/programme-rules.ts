// The year's rules that are not a form or a state: what a call may set, how review sheets are scored and the
// recommended applications ranked, and the budget a selected application is approved with (DOMAIN.md's money).
import {
  isCalendarDate,
  PROGRAMME_CATEGORIES,
  PROGRAMME_CATEGORY_LABELS,
  PROGRAMME_POLICY_CAPS,
  REVIEW_CRITERIA,
  REVIEW_CRITERIA_KEYS,
  type ApplicationStatus,
  type ProgrammeCategory,
  type ReviewCriterion,
} from './programme-catalog.js';

export interface CallDraft {
  year: number;
  title: string;
  docNumber?: string | null;
  opensOn: string;
  /** Units hand their forms to the recommender by this day. */
  closesOn: string;
  /** Recommenders report to the province by this day (the 2025 notice: 2 月 7 日). */
  recommendBy: string;
  caps: Partial<Record<ProgrammeCategory, number>>;
  recommenderIds: string[];
}

/** Problems with a call (field → message). Caps default to the policy and may only be lower. */
export function callProblems(c: CallDraft): Record<string, string> {
  const p: Record<string, string> = {};
  if (!Number.isInteger(c.year) || c.year < 2000 || c.year > 2100) p.year = '请填写四位年份';
  const title = (c.title ?? '').trim();
  if (!title || title.length > 100) p.title = '请填写不超过 100 字的通知标题';
  if ((c.docNumber ?? '').length > 50) p.docNumber = '文号不超过 50 字';
  for (const k of ['opensOn', 'closesOn', 'recommendBy'] as const)
    if (!isCalendarDate(c[k])) p[k] = '日期应为有效的日期，格式 YYYY-MM-DD';
  if (!p.opensOn && !p.closesOn && c.closesOn < c.opensOn) p.closesOn = '申报截止日期不能早于开始日期';
  if (!p.closesOn && !p.recommendBy && c.recommendBy < c.closesOn)
    p.recommendBy = '推荐截止日期不能早于申报截止日期';
  const categories = Object.keys(c.caps ?? {});
  if (!categories.length) p.caps = '请至少开放一个申报类别';
  for (const k of categories) {
    if (!(PROGRAMME_CATEGORIES as string[]).includes(k)) {
      p.caps = `“${k}”不是申报类别`;
      continue;
    }
    const cap = c.caps[k as ProgrammeCategory]!;
    const policy = PROGRAMME_POLICY_CAPS[k as ProgrammeCategory];
    if (!Number.isInteger(cap) || cap <= 0)
      p[`caps.${k}`] = `${PROGRAMME_CATEGORY_LABELS[k as ProgrammeCategory]}经费上限应为正整数（元）`;
    else if (cap > policy)
      p[`caps.${k}`] =
        `${PROGRAMME_CATEGORY_LABELS[k as ProgrammeCategory]}经费上限不能超过 ${policy / 10_000} 万元`;
  }
  if (!c.recommenderIds?.length) p.recommenderIds = '请选择可推荐的委办局和区人社局';
  return p;
}

/** The caps a call offers when the province does not lower them. */
export function defaultCaps(): Record<ProgrammeCategory, number> {
  return { ...PROGRAMME_POLICY_CAPS };
}

export type ReviewScores = Partial<Record<ReviewCriterion, number>>;

/** Problems with one reviewer's sheet: every criterion scored, whole numbers within its points. */
export function reviewProblems(scores: ReviewScores, comment?: string | null): Record<string, string> {
  const p: Record<string, string> = {};
  for (const key of Object.keys(scores))
    if (!(key in REVIEW_CRITERIA)) p[`scores.${key}`] = `“${key}”不是评审指标`;
  for (const key of REVIEW_CRITERIA_KEYS) {
    const v = scores[key];
    const { label, max } = REVIEW_CRITERIA[key];
    if (v === undefined || v === null) p[`scores.${key}`] = `请为“${label}”打分`;
    else if (!Number.isInteger(v) || v < 0 || v > max)
      p[`scores.${key}`] = `“${label}”应为 0 到 ${max} 的整数`;
  }
  if ((comment ?? '').length > 500) p.comment = '评审意见不超过 500 字';
  return p;
}

export function reviewTotal(scores: ReviewScores): number {
  return REVIEW_CRITERIA_KEYS.reduce((s, k) => s + (scores[k] ?? 0), 0);
}

export interface RankInput {
  id: string;
  category: ProgrammeCategory;
  totals: number[];
  submittedAt: Date;
}

export interface Ranked {
  id: string;
  rank: number;
  /** Mean of the sheets, to one decimal; null without sheets. */
  score: number | null;
  sheets: number;
}

/**
 * Ranks within each category by the mean of the sheets (higher first); unscored applications last; ties share a
 * rank, then the earlier submission is listed first.
 */
export function rankApplications(items: readonly RankInput[]): Map<string, Ranked> {
  const out = new Map<string, Ranked>();
  const mean = (t: number[]) =>
    t.length ? Math.round((t.reduce((a, b) => a + b, 0) / t.length) * 10) / 10 : null;
  for (const category of PROGRAMME_CATEGORIES) {
    const list = items
      .filter((i) => i.category === category)
      .map((i) => ({ ...i, score: mean(i.totals) }))
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.submittedAt.getTime() - b.submittedAt.getTime());
    let rank = 0;
    let prev: number | null | undefined;
    list.forEach((item, i) => {
      if (item.score !== prev) rank = i + 1;
      prev = item.score;
      out.set(item.id, { id: item.id, rank, score: item.score, sheets: item.totals.length });
    });
  }
  return out;
}

/**
 * The money a listed application is approved with, in 元 (2026 notice; DOMAIN.md): a national team gets 10 万 from
 * the ministry and 10 万 matched locally, a municipal team 10 万; a base is granted what it asked within its cap.
 */
export function approvedFunding(
  category: ProgrammeCategory,
  requested: number,
  cap: number = PROGRAMME_POLICY_CAPS[category],
): { ministry: number; matching: number; total: number } {
  switch (category) {
    case 'NATIONAL_TEAM':
      return { ministry: 100_000, matching: 100_000, total: 200_000 };
    case 'MUNICIPAL_TEAM':
      return { ministry: 0, matching: 100_000, total: 100_000 };
    default: {
      const total = Math.max(0, Math.min(requested, cap));
      return { ministry: 0, matching: total, total };
    }
  }
}

/** The category an application is listed under once the province has decided (national only when confirmed). */
export function listedCategory(
  category: ProgrammeCategory,
  status: ApplicationStatus,
): ProgrammeCategory | null {
  if (status === 'CONFIRMED')
    return category === 'MUNICIPAL_TEAM'
      ? 'NATIONAL_TEAM'
      : category === 'MUNICIPAL_BASE'
        ? 'NATIONAL_BASE'
        : category;
  if (status === 'SELECTED')
    return category === 'NATIONAL_TEAM'
      ? 'MUNICIPAL_TEAM'
      : category === 'NATIONAL_BASE'
        ? 'MUNICIPAL_BASE'
        : category;
  return null;
}

/** Text clipped to `max` characters for a list cell (…). */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_MAX = 10;

/** What a stamped scan is, from its first bytes: PDF, JPEG or PNG; null for anything else. */
export function attachmentType(b: Uint8Array): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d)
    return 'application/pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (
    b.length >= 8 &&
    b[0] === 0x89 &&
    b[1] === 0x50 &&
    b[2] === 0x4e &&
    b[3] === 0x47 &&
    b[4] === 0x0d &&
    b[5] === 0x0a &&
    b[6] === 0x1a &&
    b[7] === 0x0a
  )
    return 'image/png';
  return null;
}

/** Why a file cannot be attached (size, kind, how many the application has), or null. */
export function attachmentProblem(bytes: Uint8Array, existing: number): string | null {
  if (bytes.length === 0) return '文件是空的，请重新选择';
  if (bytes.length > ATTACHMENT_MAX_BYTES) return `文件不能超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`;
  if (!attachmentType(bytes)) return '只能上传盖章扫描件：PDF、JPG 或 PNG 文件';
  if (existing >= ATTACHMENTS_MAX) return `每个申报最多 ${ATTACHMENTS_MAX} 个附件，请先删除不需要的附件`;
  return null;
}
