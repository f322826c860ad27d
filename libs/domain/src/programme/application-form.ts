// The two application forms of the call (annex 1: 专家服务基层示范团项目申报表, annex 2: 专家服务基地申报表) as
// documents, and what makes one acceptable: a draft may be incomplete but never malformed; a submitted form is
// complete, its long texts within 1,000 字 and its budget within the category's cap.
import {
  BASE_HOST_TYPE_LABELS,
  FIELD_LABELS,
  SERVICE_FORM_LABELS,
  type Field,
  type ServiceForm,
} from '../catalog/catalog.js';
import {
  BASE_LEVEL_LABELS,
  isCalendarDate,
  type ApplicationKind,
  type BaseLevel,
} from './programme-catalog.js';

export const LONG_TEXT_MAX = 1000;
export const SHORT_TEXT_MAX = 200;

/** Characters as the notices count 字: every code point except white space. */
export function countChars(text: string | null | undefined): number {
  return [...(text ?? '').replace(/\s+/gu, '')].length;
}

export interface Contact {
  department: string;
  name: string;
  officePhone: string;
  mobile: string;
  email: string;
}

export interface BudgetLine {
  item: string;
  /** Integer 元. */
  amount: number;
  source: string;
}

/** 对口帮扶情况: county names, per kind of help. */
export interface PairedCounties {
  crossProvinceKey: string[];
  crossProvinceOther: string[];
  inProvinceKey: string[];
  inProvinceOther: string[];
}

/** Annex 1. */
export interface TeamForm {
  name: string;
  reliesOnBase: boolean;
  baseLevel: BaseLevel | null;
  baseName: string;
  expertCount: number | null;
  visitCount: number | null;
  startDate: string;
  endDate: string;
  cityCount: number | null;
  countyCount: number | null;
  /** 活动地点: cities, counties and units by name. */
  places: string;
  fields: Field[];
  contact: Contact;
  pairing: PairedCounties;
  serviceForms: ServiceForm[];
  serviceFormOther: string;
  /** 拟开展的服务内容 (≤ 1,000 字). */
  content: string;
  budgetLines: BudgetLine[];
  budgetNote: string;
  /** Experts of the library (领衔专家 and members), for the team the application becomes. */
  leadExpertId: string | null;
  memberExpertIds: string[];
  /** 服务内容简介 for the annex 3 list (≤ 200 字). */
  summary: string;
}

/** Annex 2. */
export interface BaseForm {
  name: string;
  hostUnitName: string;
  isProvincialBase: boolean;
  establishedOn: string;
  field: Field | null;
  location: string;
  hostType: keyof typeof BASE_HOST_TYPE_LABELS | null;
  hostTypeOther: string;
  ownExperts: number | null;
  externalExperts: number | null;
  contact: Contact;
  address: string;
  rulesInForce: string;
  fundingInPlace: string;
  /** 近年来开展专家服务活动情况及成效 (≤ 1,000 字). */
  pastActivity: string;
  necessityNational: string;
  necessityMunicipal: string;
  necessityGrassroots: string;
  areas: string;
  supportForExperts: string;
  budgetLines: BudgetLine[];
  budgetNote: string;
  flexibleTalent: string;
  /** 未来三年专家服务工作计划 (≤ 1,000 字). */
  threeYearPlan: string;
  leadExpertId: string | null;
  summary: string;
}

export type ApplicationForm = TeamForm | BaseForm;

const PHONE = /^[0-9+\-() ]{5,20}$/;
const MOBILE = /^1\d{10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EMPTY_CONTACT: Contact = { department: '', name: '', officePhone: '', mobile: '', email: '' };

export function emptyTeamForm(): TeamForm {
  return {
    name: '',
    reliesOnBase: false,
    baseLevel: null,
    baseName: '',
    expertCount: null,
    visitCount: null,
    startDate: '',
    endDate: '',
    cityCount: null,
    countyCount: null,
    places: '',
    fields: [],
    contact: { ...EMPTY_CONTACT },
    pairing: { crossProvinceKey: [], crossProvinceOther: [], inProvinceKey: [], inProvinceOther: [] },
    serviceForms: [],
    serviceFormOther: '',
    content: '',
    budgetLines: [],
    budgetNote: '',
    leadExpertId: null,
    memberExpertIds: [],
    summary: '',
  };
}

export function emptyBaseForm(): BaseForm {
  return {
    name: '',
    hostUnitName: '',
    isProvincialBase: false,
    establishedOn: '',
    field: null,
    location: '',
    hostType: null,
    hostTypeOther: '',
    ownExperts: null,
    externalExperts: null,
    contact: { ...EMPTY_CONTACT },
    address: '',
    rulesInForce: '',
    fundingInPlace: '',
    pastActivity: '',
    necessityNational: '',
    necessityMunicipal: '',
    necessityGrassroots: '',
    areas: '',
    supportForExperts: '',
    budgetLines: [],
    budgetNote: '',
    flexibleTalent: '',
    threeYearPlan: '',
    leadExpertId: null,
    summary: '',
  };
}

export function budgetTotal(lines: readonly BudgetLine[]): number {
  return lines.reduce((s, l) => s + (Number.isInteger(l.amount) ? l.amount : 0), 0);
}

type Problems = Record<string, string>;

/** Reads a value of unknown shape into the form, refusing what is malformed (field → message). */
export function parseApplicationForm(
  kind: ApplicationKind,
  raw: unknown,
): { form: ApplicationForm; problems: Problems } {
  const p: Problems = {};
  const src = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  if (raw !== null && raw !== undefined && src !== raw) p.form = '申报表格式不正确';
  const base = kind === 'TEAM' ? emptyTeamForm() : emptyBaseForm();
  const out = base as unknown as Record<string, unknown>;
  for (const key of Object.keys(src)) if (!(key in base)) p[key] = `申报表没有“${key}”这一项`;
  const text = (key: string, max: number, v: unknown = src[key]) => {
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') {
      p[key] = '应为文字';
      return '';
    }
    const t = v.trim();
    if (countChars(t) > max) p[key] = `不能超过 ${max} 字（现 ${countChars(t)} 字）`;
    return t;
  };
  const count = (key: string) => {
    const v = src[key];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100_000) {
      p[key] = '应为不小于 0 的整数';
      return null;
    }
    return v;
  };
  const bool = (key: string) => {
    const v = src[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') {
      p[key] = '应为是或否';
      return false;
    }
    return v;
  };
  const date = (key: string) => {
    const t = text(key, 10);
    if (t && !isCalendarDate(t)) p[key] = '日期应为有效的日期，格式 YYYY-MM-DD';
    return t;
  };
  const uuid = (key: string, v: unknown = src[key]) => {
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string' || !UUID.test(v)) {
      p[key] = '专家编号格式不正确';
      return null;
    }
    return v;
  };
  const names = (key: string, v: unknown): string[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      p[key] = '应为名称列表';
      return [];
    }
    const list = [...new Set(v.map((x: string) => x.trim()).filter(Boolean))];
    if (list.length > 100 || list.some((x) => countChars(x) > 50))
      p[key] = '最多 100 个名称，每个不超过 50 字';
    return list;
  };
  const oneOf = <K extends string>(
    key: string,
    labels: Readonly<Record<K, string>>,
    v: unknown = src[key],
  ): K | null => {
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string' || !(v in labels)) {
      p[key] = `“${String(v)}”不是可选的项`;
      return null;
    }
    return v as K;
  };
  const many = <K extends string>(key: string, labels: Readonly<Record<K, string>>): K[] => {
    const v = src[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      p[key] = '应为多选项';
      return [];
    }
    const bad = v.filter((x) => typeof x !== 'string' || !(x in labels));
    if (bad.length) {
      p[key] = `“${bad.map(String).join('、')}”不是可选的项`;
      return [];
    }
    return [...new Set(v as K[])];
  };
  const contact = (): Contact => {
    const v = src.contact;
    if (v === undefined || v === null) return { ...EMPTY_CONTACT };
    if (typeof v !== 'object' || Array.isArray(v)) {
      p.contact = '联系人信息格式不正确';
      return { ...EMPTY_CONTACT };
    }
    const c = v as Record<string, unknown>;
    const s = (k: keyof Contact, max: number) => {
      const x = c[k];
      if (x === undefined || x === null) return '';
      if (typeof x !== 'string' || countChars(x) > max) {
        p[`contact.${k}`] = `应为不超过 ${max} 字的文字`;
        return '';
      }
      return x.trim();
    };
    const out: Contact = {
      department: s('department', 50),
      name: s('name', 30),
      officePhone: s('officePhone', 20),
      mobile: s('mobile', 20),
      email: s('email', 100),
    };
    if (out.officePhone && !PHONE.test(out.officePhone)) p['contact.officePhone'] = '办公电话格式不正确';
    if (out.mobile && !MOBILE.test(out.mobile)) p['contact.mobile'] = '手机号应为 11 位数字';
    if (out.email && !EMAIL.test(out.email)) p['contact.email'] = 'E-mail 格式不正确';
    return out;
  };
  const budget = (): BudgetLine[] => {
    const v = src.budgetLines;
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.length > 50) {
      p.budgetLines = '预算明细应为最多 50 行的列表';
      return [];
    }
    return v.map((x, i) => {
      const l = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
      const item = typeof l.item === 'string' ? l.item.trim() : '';
      const source = typeof l.source === 'string' ? l.source.trim() : '';
      const amount = l.amount;
      if (!item || countChars(item) > 50)
        p[`budgetLines.${i}.item`] = `第 ${i + 1} 行：请填写不超过 50 字的预算项目`;
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0 || amount > 10_000_000)
        p[`budgetLines.${i}.amount`] = `第 ${i + 1} 行：金额应为正整数（单位：元）`;
      if (countChars(source) > 50) p[`budgetLines.${i}.source`] = `第 ${i + 1} 行：经费来源不超过 50 字`;
      return { item, amount: typeof amount === 'number' && Number.isInteger(amount) ? amount : 0, source };
    });
  };

  out.name = text('name', 100);
  // The name is a column of 100 characters: white space counts there.
  if ([...(out.name as string)].length > 100) p.name = '名称不能超过 100 个字符';
  out.contact = contact();
  out.budgetLines = budget();
  out.budgetNote = text('budgetNote', SHORT_TEXT_MAX);
  out.summary = text('summary', SHORT_TEXT_MAX);
  out.leadExpertId = uuid('leadExpertId');
  if (kind === 'TEAM') {
    out.reliesOnBase = bool('reliesOnBase');
    out.baseLevel = oneOf<BaseLevel>('baseLevel', BASE_LEVEL_LABELS);
    out.baseName = text('baseName', 100);
    out.expertCount = count('expertCount');
    out.visitCount = count('visitCount');
    out.startDate = date('startDate');
    out.endDate = date('endDate');
    out.cityCount = count('cityCount');
    out.countyCount = count('countyCount');
    out.places = text('places', 500);
    out.fields = many<Field>('fields', FIELD_LABELS);
    const pr = (src.pairing && typeof src.pairing === 'object' ? src.pairing : {}) as Record<string, unknown>;
    out.pairing = {
      crossProvinceKey: names('pairing.crossProvinceKey', pr.crossProvinceKey),
      crossProvinceOther: names('pairing.crossProvinceOther', pr.crossProvinceOther),
      inProvinceKey: names('pairing.inProvinceKey', pr.inProvinceKey),
      inProvinceOther: names('pairing.inProvinceOther', pr.inProvinceOther),
    };
    out.serviceForms = many<ServiceForm>('serviceForms', SERVICE_FORM_LABELS);
    out.serviceFormOther = text('serviceFormOther', 50);
    out.content = text('content', LONG_TEXT_MAX);
    const members = src.memberExpertIds;
    if (members !== undefined && members !== null && (!Array.isArray(members) || members.length > 100))
      p.memberExpertIds = '服务专家应为最多 100 人的列表';
    out.memberExpertIds = Array.isArray(members)
      ? [...new Set(members.map((m, i) => uuid(`memberExpertIds.${i}`, m)).filter((m): m is string => !!m))]
      : [];
  } else {
    out.hostUnitName = text('hostUnitName', 100);
    out.isProvincialBase = bool('isProvincialBase');
    out.establishedOn = date('establishedOn');
    out.field = oneOf<Field>('field', FIELD_LABELS);
    out.location = text('location', 100);
    out.hostType = oneOf('hostType', BASE_HOST_TYPE_LABELS);
    out.hostTypeOther = text('hostTypeOther', 50);
    out.ownExperts = count('ownExperts');
    out.externalExperts = count('externalExperts');
    out.address = text('address', 200);
    for (const k of [
      'rulesInForce',
      'fundingInPlace',
      'necessityNational',
      'necessityMunicipal',
      'necessityGrassroots',
      'areas',
      'supportForExperts',
      'flexibleTalent',
    ])
      out[k] = text(k, LONG_TEXT_MAX);
    out.pastActivity = text('pastActivity', LONG_TEXT_MAX);
    out.threeYearPlan = text('threeYearPlan', LONG_TEXT_MAX);
  }
  return { form: out as unknown as ApplicationForm, problems: p };
}

/** What a submitted form still lacks or breaks (field → message), given the category's cap in 元. */
export function submissionProblems(kind: ApplicationKind, form: ApplicationForm, cap: number): Problems {
  const p: Problems = {};
  const need = (ok: boolean, key: string, message: string) => {
    if (!ok && !(key in p)) p[key] = message;
  };
  need(!!form.name, 'name', kind === 'TEAM' ? '请填写服务团名称' : '请填写基地名称');
  need(!!form.contact.name, 'contact.name', '请填写联系人');
  need(!!form.contact.department, 'contact.department', '请填写负责部门');
  need(!!form.contact.mobile, 'contact.mobile', '请填写联系人手机');
  need(!!form.contact.officePhone, 'contact.officePhone', '请填写办公电话');
  need(!!form.contact.email, 'contact.email', '请填写 E-mail');
  need(form.budgetLines.length > 0, 'budgetLines', '请填写经费预算明细');
  need(!!form.summary, 'summary', '请填写服务内容简介（汇总表用，不超过 200 字）');
  const total = budgetTotal(form.budgetLines);
  if (total > cap) p.budgetLines = `经费预算合计 ${total} 元，超过该申报类别上限 ${cap} 元`;
  if (kind === 'TEAM') {
    const f = form as TeamForm;
    need(!!f.leadExpertId, 'leadExpertId', '请选择领衔专家');
    need(f.expertCount !== null && f.expertCount > 0, 'expertCount', '请填写参与服务专家人数');
    need(f.visitCount !== null && f.visitCount > 0, 'visitCount', '请填写服务次数');
    need(!!f.startDate, 'startDate', '请填写开始时间');
    need(!!f.endDate, 'endDate', '请填写结束时间');
    if (f.startDate && f.endDate && f.endDate < f.startDate) p.endDate = '结束时间不能早于开始时间';
    need(!!f.places, 'places', '请填写活动地点');
    need(f.cityCount !== null && f.countyCount !== null, 'cityCount', '请填写覆盖的地市和区县数');
    need(f.fields.length > 0, 'fields', '请选择服务领域');
    need(f.serviceForms.length > 0, 'serviceForms', '请选择拟采取的服务形式');
    need(
      !f.serviceForms.includes('OTHER') || !!f.serviceFormOther,
      'serviceFormOther',
      '选择“其他”服务形式时请注明',
    );
    need(!!f.content, 'content', '请填写拟开展的服务内容');
    need(
      !f.reliesOnBase || (!!f.baseLevel && !!f.baseName),
      'baseName',
      '依托专家服务基地时请选择基地级别并填写基地名称',
    );
    if (f.leadExpertId && f.memberExpertIds.includes(f.leadExpertId))
      p.memberExpertIds = '领衔专家不必再列为服务专家';
  } else {
    const b = form as BaseForm;
    need(!!b.hostUnitName, 'hostUnitName', '请填写依托单位名称');
    need(!!b.establishedOn, 'establishedOn', '请填写设立时间');
    need(!!b.field, 'field', '请选择所属行业领域');
    need(!!b.location, 'location', '请填写所在地');
    need(!!b.hostType, 'hostType', '请选择依托单位类型');
    need(b.hostType !== 'OTHER' || !!b.hostTypeOther, 'hostTypeOther', '依托单位类型选择“其他”时请注明');
    need(
      b.ownExperts !== null && b.externalExperts !== null,
      'ownExperts',
      '请填写对口联系专家人数（本单位、外单位）',
    );
    need(!!b.address, 'address', '请填写通讯地址');
    need(
      !!(b.necessityNational || b.necessityMunicipal || b.necessityGrassroots),
      'necessityGrassroots',
      '请至少说明一方面设立基地的必要性',
    );
    need(!!b.areas, 'areas', '请填写服务的主要领域和区域');
    need(!!b.supportForExperts, 'supportForExperts', '请填写能为专家提供的支持和保障');
    need(!!b.flexibleTalent, 'flexibleTalent', '请填写柔性引才机制建立及运行情况');
    need(!!b.threeYearPlan, 'threeYearPlan', '请填写未来三年专家服务工作计划');
  }
  return p;
}
