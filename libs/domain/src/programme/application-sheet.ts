// Annex 1 or 2 of the call notice as rows of labels and values: the one description of the printed form, which
// the web print page renders as HTML and the server lays out as a PDF, so both say the same thing in the same words.
import {
  BASE_HOST_TYPE_LABELS,
  FIELD_LABELS,
  SERVICE_FORMS,
  SERVICE_FORM_LABELS,
} from '../catalog/catalog.js';
import {
  budgetTotal,
  emptyBaseForm,
  emptyTeamForm,
  type BaseForm,
  type BudgetLine,
  type TeamForm,
} from './application-form.js';
import {
  BASE_LEVEL_LABELS,
  isNationalCategory,
  kindOfCategory,
  type ProgrammeCategory,
} from './programme-catalog.js';

/** One label cell and its value cell. */
export interface SheetPair {
  label: string;
  value: string;
}

export type SheetRow =
  /** 一、基本信息 …: a heading across the table. */
  | { type: 'section'; title: string }
  /** One or two label/value pairs on a line. */
  | { type: 'pairs'; pairs: SheetPair[] }
  /** A long text (may run over pages): its label, the form's hint, the value. */
  | { type: 'text'; label: string; hint?: string; value: string };

/** An expert of the application (the team's lead and members, or the base's lead). */
export interface SheetExpert {
  role: string;
  name: string;
  title: string;
  employer: string;
}

export interface AnnexSheet {
  annex: string;
  title: string;
  rows: SheetRow[];
  experts: SheetExpert[];
  /** Year written before 年 月 日 in the signature cells. */
  year: string;
  recommendOpinion: string;
}

export interface SheetInput {
  category: ProgrammeCategory;
  form: Partial<TeamForm> | Partial<BaseForm>;
  year: string;
  applicantName: string;
  leadExpertName: string | null;
  recommendOpinion: string | null;
  experts?: SheetExpert[];
}

/** Check boxes: the web shows ☑/☐; a font without them (the PDF's) passes its own marks. */
export interface SheetMarks {
  on: string;
  off: string;
}

const DEFAULT_MARKS: SheetMarks = { on: '☑', off: '☐' };

/** Integer 元 as 万元, up to two decimals. */
export function formatWan(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return '—';
  return `${Number((yuan / 10_000).toFixed(2))} 万元`;
}

const list = (xs: readonly string[]) => xs.join('、');

function budgetText(lines: readonly BudgetLine[], note: string): string {
  return [
    ...lines.map((l, i) => `${i + 1}. ${l.item}：${l.amount} 元${l.source ? `（来源：${l.source}）` : ''}`),
    `合计：${formatWan(budgetTotal(lines))}`,
    ...(note ? [note] : []),
  ].join('\n');
}

function contactRows(c: TeamForm['contact']): SheetRow[] {
  return [
    {
      type: 'pairs',
      pairs: [
        { label: '负责部门', value: c.department },
        { label: '联系人 / 办公电话', value: [c.name, c.officePhone].filter(Boolean).join(' ') },
      ],
    },
    {
      type: 'pairs',
      pairs: [
        { label: '手机', value: c.mobile },
        { label: 'E-mail', value: c.email },
      ],
    },
  ];
}

function teamRows(input: SheetInput, f: TeamForm, box: (on: boolean) => string): SheetRow[] {
  const national = isNationalCategory(input.category);
  const pairing = (scope: string, key: string[], other: string[]) =>
    `${scope}：国家乡村振兴重点帮扶县 ${box(key.length > 0)} ${list(key)}\u3000非国家乡村振兴重点帮扶县 ${box(
      other.length > 0,
    )} ${list(other)}`.trim();
  const one = (label: string, value: string): SheetRow => ({ type: 'pairs', pairs: [{ label, value }] });
  return [
    { type: 'section', title: '一、基本信息' },
    one('服务团名称', f.name),
    one('申报单位', input.applicantName),
    one('申报类别', `${box(national)} 国家级\u3000${box(!national)} 市级`),
    {
      type: 'pairs',
      pairs: [
        {
          label: '是否依托专家服务基地',
          value: `${box(f.reliesOnBase)} 是：${f.baseLevel ? BASE_LEVEL_LABELS[f.baseLevel] : '部级、省级、市级'}\u3000${box(!f.reliesOnBase)} 否`,
        },
        { label: '基地名称', value: f.baseName },
      ],
    },
    {
      type: 'pairs',
      pairs: [
        { label: '参与服务专家人数', value: String(f.expertCount ?? '') },
        { label: '服务次数', value: String(f.visitCount ?? '') },
      ],
    },
    {
      type: 'pairs',
      pairs: [
        { label: '开始时间', value: f.startDate },
        { label: '结束时间', value: f.endDate },
      ],
    },
    one('领衔专家', input.leadExpertName ?? ''),
    one(
      '活动地点',
      `覆盖 ${f.cityCount ?? '  '} 个地市、${f.countyCount ?? '  '} 个区县，分别是：${f.places}`,
    ),
    one('服务领域', list(f.fields.map((x) => FIELD_LABELS[x]))),
    ...contactRows(f.contact),
    one(
      '对口帮扶情况（可多选）',
      [
        pairing('跨省帮扶', f.pairing.crossProvinceKey, f.pairing.crossProvinceOther),
        pairing('省内帮扶', f.pairing.inProvinceKey, f.pairing.inProvinceOther),
      ].join('\n'),
    ),
    one(
      '拟采取的服务形式（可多选）',
      SERVICE_FORMS.map((s) => `${SERVICE_FORM_LABELS[s]} ${box(f.serviceForms.includes(s))}`).join(
        '\u3000',
      ) + (f.serviceFormOther ? `（${f.serviceFormOther}）` : ''),
    ),
    {
      type: 'text',
      label: '拟开展的服务内容',
      hint: '服务内容、组织形式等，不超过 1000 字',
      value: f.content,
    },
    {
      type: 'text',
      label: '二、经费保障（万元）',
      hint: '包括项目经费预算金额、预算明细及来源等',
      value: budgetText(f.budgetLines, f.budgetNote),
    },
  ];
}

function baseRows(input: SheetInput, f: BaseForm, box: (on: boolean) => string): SheetRow[] {
  const national = isNationalCategory(input.category);
  const one = (label: string, value: string): SheetRow => ({ type: 'pairs', pairs: [{ label, value }] });
  const text = (label: string, value: string, hint?: string): SheetRow => ({
    type: 'text',
    label,
    value,
    hint,
  });
  return [
    { type: 'section', title: '一、基本信息' },
    one('基地名称', f.name),
    one('依托单位名称', f.hostUnitName || input.applicantName),
    one('申报类别', `${box(national)} 国家级\u3000${box(!national)} 市级`),
    {
      type: 'pairs',
      pairs: [
        {
          label: '是否省级专家服务基地',
          value: `是 ${box(f.isProvincialBase)}\u3000否 ${box(!f.isProvincialBase)}`,
        },
        { label: '设立时间', value: f.establishedOn },
      ],
    },
    {
      type: 'pairs',
      pairs: [
        { label: '所属行业领域', value: f.field ? FIELD_LABELS[f.field] : '' },
        { label: '所在地', value: f.location },
      ],
    },
    one(
      '依托单位类型',
      Object.entries(BASE_HOST_TYPE_LABELS)
        .map(([k, l]) => `${l} ${box(f.hostType === k)}`)
        .join('\u3000') + (f.hostTypeOther ? `（${f.hostTypeOther}）` : ''),
    ),
    one(
      '对口联系专家人数（副高及以上职称）',
      `本单位专家：${f.ownExperts ?? ''}\u3000外单位专家：${f.externalExperts ?? ''}`,
    ),
    one('首席（领衔）专家', input.leadExpertName ?? ''),
    ...contactRows(f.contact),
    one('通讯地址', f.address),
    { type: 'section', title: '二、开展专家服务活动情况' },
    text('1. 开展专家服务的现行制度', f.rulesInForce),
    text('2. 经费保障', f.fundingInPlace),
    text('3. 近年来开展专家服务活动情况及成效', f.pastActivity, '不超过 1000 字'),
    { type: 'section', title: '三、申请设立国家或上海专家服务基地的有关考虑' },
    text(
      '1. 设立专家服务基地的必要性',
      [
        f.necessityNational && `（1）与国家战略需求的相关性：${f.necessityNational}`,
        f.necessityMunicipal && `（2）与本市发展战略、重点领域或重点行业的相关性：${f.necessityMunicipal}`,
        f.necessityGrassroots && `（3）与基层经济社会发展需要的相关性：${f.necessityGrassroots}`,
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    text('2. 服务的主要领域和区域', f.areas),
    text('3. 能为专家及其团队开展服务活动提供的支持和保障', f.supportForExperts),
    text(
      '4. 依托单位经费保障',
      budgetText(f.budgetLines, f.budgetNote),
      '包括项目经费预算金额、预算明细及来源等',
    ),
    text(
      '5. 柔性引才机制建立及运行情况',
      f.flexibleTalent,
      '包括人才引进机制，与高校、科研机构等单位建立的合作机制或平台等',
    ),
    text('6. 未来三年专家服务工作计划', f.threeYearPlan, '不超过 1000 字'),
  ];
}

/** The annex of the application's category, filled with its form (missing keys read as empty). */
export function applicationSheet(input: SheetInput, marks: SheetMarks = DEFAULT_MARKS): AnnexSheet {
  const box = (on: boolean) => (on ? marks.on : marks.off);
  const team = kindOfCategory(input.category) === 'TEAM';
  const rows = team
    ? teamRows(input, { ...emptyTeamForm(), ...(input.form as Partial<TeamForm>) }, box)
    : baseRows(input, { ...emptyBaseForm(), ...(input.form as Partial<BaseForm>) }, box);
  return {
    annex: team ? '附件 1' : '附件 2',
    title: `${input.year} 年${team ? '专家服务基层示范团项目申报表' : '专家服务基地申报表'}`,
    rows,
    experts: input.experts ?? [],
    year: input.year,
    recommendOpinion: input.recommendOpinion ?? '',
  };
}
