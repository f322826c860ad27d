// Rules for expert records: what a valid expert is, how spreadsheets written by people are read, and how
// personal data is masked. Pure: used by the server and the web app.
import {
  EXPERT_SOURCE_LABELS,
  FIELD_LABELS,
  GENDER_LABELS,
  HONOUR_LABELS,
  TITLE_LEVEL_LABELS,
  valueFromLabel,
  type ExpertSource,
  type Field,
  type Gender,
  type Honour,
  type TitleLevel,
} from '../catalog/catalog.js';

export interface ExpertDraft {
  name: string;
  gender: Gender | null;
  employer: string;
  title: string;
  titleLevel: TitleLevel;
  fields: Field[];
  specialties: string;
  honours: Honour[];
  /** A 6-digit code or a region name; the service resolves names. */
  region: string;
  source: ExpertSource;
  retired: boolean;
  phone: string | null;
  email: string | null;
  annualCapDays: number;
}

export const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
export const DEFAULT_ANNUAL_CAP_DAYS = 60;

export function normalizePhone(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const p = String(raw)
    .replace(/[\s()（）]/g, '')
    .replace(/^\+?86-?/, '');
  return p === '' ? null : p;
}

/** Problems with an expert record, by field, in words a clerk understands; empty when valid. */
export function expertProblems(d: ExpertDraft): Record<string, string> {
  const p: Record<string, string> = {};
  if (!d.name.trim()) p.name = '姓名不能为空';
  else if (d.name.length > 64) p.name = '姓名不能超过 64 个字';
  if (!d.employer.trim()) p.employer = '工作单位不能为空';
  else if (d.employer.length > 200) p.employer = '工作单位不能超过 200 个字';
  if (!d.title.trim()) p.title = '职称不能为空（如 教授、主任医师、高级农艺师）';
  else if (d.title.length > 64) p.title = '职称不能超过 64 个字';
  if (!d.titleLevel) p.titleLevel = '职称级别缺失（正高级、副高级或中级）';
  if (d.fields.length === 0) p.fields = '专业领域至少填写一项';
  if (d.specialties.length > 2000) p.specialties = '研究方向/专长不能超过 2000 个字';
  if (!d.region.trim()) p.region = '所在地区不能为空';
  if (d.phone !== null && !MOBILE.test(d.phone) && !LANDLINE.test(d.phone))
    p.phone = `手机号“${d.phone}”格式不正确`;
  if (d.email !== null && (!EMAIL.test(d.email) || d.email.length > 120))
    p.email = `邮箱“${d.email}”格式不正确`;
  if (!Number.isInteger(d.annualCapDays) || d.annualCapDays < 1 || d.annualCapDays > 366)
    p.annualCapDays = '年度服务天数上限应在 1 到 366 之间';
  return p;
}

// ---- Reading spreadsheets -------------------------------------------------------------------------------

/** API.md's header, and the variants bureaus actually use. */
export const IMPORT_COLUMNS = {
  name: ['姓名', '专家姓名'],
  gender: ['性别'],
  employer: ['工作单位', '单位', '所在单位', '工作单位名称'],
  title: ['职称', '专业技术职称', '职称名称'],
  titleLevel: ['职称级别', '职称等级', '职称层级'],
  fields: ['专业领域', '服务领域', '领域'],
  specialties: ['研究方向', '专长', '研究方向/专长', '研究方向（专长）', '研究方向(专长)'],
  honours: ['人才称号', '称号', '人才类别'],
  region: ['所在地区', '地区', '所在地', '行政区划'],
  source: ['专家来源', '来源'],
  retired: ['是否退休', '退休', '退休情况'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话'],
  email: ['邮箱', '电子邮箱', 'email', 'e-mail', '邮件'],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;
/** The header of the import template (API.md): each column's first name, in order. */
export const IMPORT_TEMPLATE_HEADER: readonly string[] = Object.values(IMPORT_COLUMNS).map(
  (names) => names[0],
);
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'name',
  'employer',
  'title',
  'titleLevel',
  'fields',
  'region',
];

/** Maps header cells to columns; reports the required columns that are missing. */
export function mapImportHeader(header: string[]): {
  columns: Partial<Record<ImportColumn, number>>;
  missing: string[];
} {
  const columns: Partial<Record<ImportColumn, number>> = {};
  header.forEach((cell, i) => {
    const h = cell
      .replace(/^\uFEFF/, '')
      .replace(/\s+/g, '')
      .toLowerCase();
    for (const [col, names] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
      if (columns[col] === undefined && names.some((n) => n.toLowerCase() === h)) columns[col] = i;
    }
  });
  const missing = REQUIRED_COLUMNS.filter((c) => columns[c] === undefined).map((c) => IMPORT_COLUMNS[c][0]);
  return { columns, missing };
}

export function splitMulti(cell: string): string[] {
  return cell
    .split(/[、;；,，/|\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const TITLE_LEVEL_WORDS: Record<string, TitleLevel> = {
  正高: 'SENIOR',
  正高级: 'SENIOR',
  正高职: 'SENIOR',
  副高: 'ASSOCIATE',
  副高级: 'ASSOCIATE',
  副高职: 'ASSOCIATE',
  中级: 'INTERMEDIATE',
};
const HONOUR_WORDS: Record<string, Honour> = {
  院士: 'ACADEMICIAN',
  中国科学院院士: 'ACADEMICIAN',
  中国工程院院士: 'ACADEMICIAN',
  国务院特殊津贴专家: 'SPECIAL_ALLOWANCE',
  享受国务院特殊津贴专家: 'SPECIAL_ALLOWANCE',
  政府特殊津贴: 'SPECIAL_ALLOWANCE',
  高层次留学回国人才: 'RETURNEE',
  留学回国: 'RETURNEE',
  百千万人才工程: 'TALENT_PROJECT_NATIONAL',
  上海领军人才: 'MAJOR_TALENT_PROGRAM',
};
const SOURCE_WORDS: Record<string, ExpertSource> = {
  本省: 'LOCAL',
  本市: 'LOCAL',
  本省市: 'LOCAL',
  外省: 'OTHER_PROVINCE',
  外省市: 'OTHER_PROVINCE',
  港澳台: 'HK_MACAO_TAIWAN',
  境外: 'FOREIGN',
  国外: 'FOREIGN',
};

export type RowResult = { ok: true; draft: ExpertDraft } | { ok: false; reason: string };

/** Reads one data row into a draft, or explains in one sentence why it cannot be used. */
export function readImportRow(cells: string[], columns: Partial<Record<ImportColumn, number>>): RowResult {
  const cell = (c: ImportColumn) => {
    const i = columns[c];
    return i === undefined ? '' : String(cells[i] ?? '').trim();
  };
  const problems: string[] = [];

  const genderText = cell('gender');
  const gender = genderText ? (valueFromLabel(GENDER_LABELS, genderText) ?? null) : null;
  if (genderText && !gender) problems.push(`性别“${genderText}”无法识别（应为 男 或 女）`);

  const levelText = cell('titleLevel').replace(/\s/g, '');
  const titleLevel = levelText
    ? (valueFromLabel(TITLE_LEVEL_LABELS, levelText) ?? TITLE_LEVEL_WORDS[levelText])
    : undefined;
  if (!levelText) problems.push('职称级别缺失');
  else if (!titleLevel) problems.push(`职称级别“${levelText}”无法识别（应为 正高级、副高级 或 中级）`);

  const fields: Field[] = [];
  for (const f of splitMulti(cell('fields'))) {
    const v = valueFromLabel(FIELD_LABELS, f);
    if (v) fields.push(v);
    else problems.push(`未知领域“${f}”`);
  }
  const honours: Honour[] = [];
  for (const h of splitMulti(cell('honours'))) {
    if (h === '无' || h === '-') continue;
    const v = valueFromLabel(HONOUR_LABELS, h) ?? HONOUR_WORDS[h];
    if (v) honours.push(v);
    else problems.push(`未知人才称号“${h}”`);
  }
  const sourceText = cell('source').replace(/\s/g, '');
  const source = sourceText
    ? (valueFromLabel(EXPERT_SOURCE_LABELS, sourceText) ?? SOURCE_WORDS[sourceText])
    : 'LOCAL';
  if (!source)
    problems.push(`专家来源“${sourceText}”无法识别（应为 本省(区、市)、外省(区、市)、港澳台 或 国外）`);

  const retiredText = cell('retired');
  let retired = false;
  if (['是', '已退休', '退休', 'Y', 'y', 'yes', 'true', '1'].includes(retiredText)) retired = true;
  else if (!['', '否', '未退休', '在职', 'N', 'n', 'no', 'false', '0'].includes(retiredText))
    problems.push(`是否退休“${retiredText}”无法识别（应为 是 或 否）`);

  const draft: ExpertDraft = {
    name: cell('name'),
    gender,
    employer: cell('employer'),
    title: cell('title'),
    titleLevel: titleLevel as TitleLevel,
    fields: [...new Set(fields)],
    specialties: cell('specialties'),
    honours: [...new Set(honours)],
    region: cell('region'),
    source: source as ExpertSource,
    retired,
    phone: normalizePhone(cell('phone')),
    email: cell('email').toLowerCase() || null,
    annualCapDays: DEFAULT_ANNUAL_CAP_DAYS,
  };
  const invalid = expertProblems({ ...draft, titleLevel: draft.titleLevel ?? 'SENIOR' });
  for (const [field, message] of Object.entries(invalid)) {
    if (field === 'fields' && problems.some((p) => p.startsWith('未知领域'))) continue;
    problems.push(message);
  }
  if (problems.length) return { ok: false, reason: problems.join('；') };
  return { ok: true, draft };
}

// ---- Personal data ----------------------------------------------------------------------------------------

/** 13812345678 → 138****5678; landlines keep the area code and the last 4 digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}

/** zhang.wei@example.cn → z***@example.cn */
export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return email[0] + '***' + email.slice(at);
}
