// What a complete, sensible demand is. Checked when a draft is saved (format) and again at submission
// (completeness and a future period), with messages that tell the clerk what to fix.
import {
  FIELDS,
  SERVICE_FORMS,
  TITLE_LEVELS,
  type Field,
  type ServiceForm,
  type TitleLevel,
} from '../catalog/catalog.js';
import { MOBILE } from '../experts/expert-rules.js';
import { daysInPeriod, isIsoDate } from '../time/working-days.js';

export interface DemandFields {
  title: string;
  description: string;
  fields: Field[];
  serviceForms: ServiceForm[];
  expertsWanted: number;
  minTitleLevel: TitleLevel | null;
  startDate: string | null;
  endDate: string | null;
  expectedDays: number | null;
  contactName: string | null;
  contactPhone: string | null;
}

/** Caps of every input, enforced by the form (maxLength) and on every save. contactPhone: a mobile is 11 digits, a landline with its area code and a hyphen 13 characters. */
export const DEMAND_LIMITS = {
  title: 100,
  description: 5000,
  expertsWanted: 50,
  contactName: 64,
  contactPhone: 13,
  expectedDays: 366,
} as const;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** Format problems, checked on every save (a draft may still be incomplete). */
export function demandFormatProblems(d: DemandFields): Record<string, string> {
  const p: Record<string, string> = {};
  if (!d.title.trim()) p.title = '请填写需求标题';
  else if (d.title.length > DEMAND_LIMITS.title) p.title = `需求标题不能超过 ${DEMAND_LIMITS.title} 个字`;
  if (d.description.length > DEMAND_LIMITS.description)
    p.description = `问题描述不能超过 ${DEMAND_LIMITS.description} 个字，请精简后再提交`;
  if (d.fields.some((f) => !FIELDS.includes(f))) p.fields = '服务领域无效';
  if (d.serviceForms.some((f) => !SERVICE_FORMS.includes(f))) p.serviceForms = '服务形式无效';
  if (
    !Number.isInteger(d.expertsWanted) ||
    d.expertsWanted < 1 ||
    d.expertsWanted > DEMAND_LIMITS.expertsWanted
  ) {
    p.expertsWanted = `需要的专家人数应在 1 到 ${DEMAND_LIMITS.expertsWanted} 之间`;
  }
  if (d.minTitleLevel !== null && !TITLE_LEVELS.includes(d.minTitleLevel)) p.minTitleLevel = '职称要求无效';
  if (d.startDate !== null && !isIsoDate(d.startDate)) p.startDate = '开始日期格式应为 YYYY-MM-DD';
  if (d.endDate !== null && !isIsoDate(d.endDate)) p.endDate = '结束日期格式应为 YYYY-MM-DD';
  if (!p.startDate && !p.endDate && d.startDate && d.endDate && d.endDate < d.startDate)
    p.endDate = '结束日期不能早于开始日期';
  if (d.expectedDays !== null) {
    if (!Number.isInteger(d.expectedDays) || d.expectedDays < 1) p.expectedDays = '预计服务天数应为正整数';
    else if (d.expectedDays > DEMAND_LIMITS.expectedDays)
      p.expectedDays = `预计服务天数不能超过 ${DEMAND_LIMITS.expectedDays} 天`;
    else if (
      d.startDate &&
      d.endDate &&
      !p.endDate &&
      !p.startDate &&
      d.expectedDays > daysInPeriod(d.startDate, d.endDate)
    ) {
      p.expectedDays = `预计服务天数（${d.expectedDays} 天）超过了服务期（${daysInPeriod(d.startDate, d.endDate)} 天）`;
    }
  }
  if (d.contactName && d.contactName.length > DEMAND_LIMITS.contactName) p.contactName = '联系人姓名过长';
  if (d.contactPhone && d.contactPhone.length > DEMAND_LIMITS.contactPhone)
    p.contactPhone = `联系电话不能超过 ${DEMAND_LIMITS.contactPhone} 位：手机号 11 位，固定电话请带区号（如 021-57321234）`;
  else if (d.contactPhone && !MOBILE.test(d.contactPhone) && !LANDLINE.test(d.contactPhone))
    p.contactPhone = `联系电话“${d.contactPhone}”格式不正确`;
  return p;
}

/** Completeness, checked at submission: everything the bureau and the dispatcher need. */
export function demandSubmitProblems(d: DemandFields, today: string): Record<string, string> {
  const p = demandFormatProblems(d);
  if (d.description.trim().length < 10)
    p.description ??= '请具体描述遇到的问题（至少 10 个字），便于匹配合适的专家';
  if (d.fields.length === 0) p.fields ??= '请至少选择一个服务领域';
  if (d.serviceForms.length === 0) p.serviceForms ??= '请至少选择一种服务形式';
  if (!d.startDate) p.startDate ??= '请填写希望服务的开始日期';
  else if (!p.startDate && d.startDate < today)
    p.startDate = `开始日期（${d.startDate}）已经过去，请选择今天或以后的日期`;
  if (!d.endDate) p.endDate ??= '请填写希望服务的结束日期';
  if (!d.contactName?.trim()) p.contactName ??= '请填写联系人';
  if (!d.contactPhone?.trim()) p.contactPhone ??= '请填写联系电话';
  return p;
}

/** XQ-<year>-<region code>-<4-digit sequence>, e.g. XQ-2027-310120-0007. */
export function demandCode(year: number, regionCode: string, seq: number): string {
  return `XQ-${year}-${regionCode}-${String(seq).padStart(4, '0')}`;
}
