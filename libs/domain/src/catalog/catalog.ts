// Every enumeration of DOMAIN.md / API.md, defined once with its Chinese label.
// The server registers them as GraphQL enums and serves the labels through `catalog`; the web app imports them.

export type Labelled<K extends string> = Readonly<Record<K, string>>;

function keysOf<K extends string>(labels: Labelled<K>): readonly K[] {
  return Object.freeze(Object.keys(labels) as K[]);
}

export const FIELD_LABELS = {
  AGRICULTURE: '农业',
  FORESTRY: '林业',
  ANIMAL_HUSBANDRY: '畜牧业',
  FISHERY: '渔业',
  ENVIRONMENT: '环保',
  MACHINERY: '机械制造',
  ENERGY: '能源',
  METALLURGY: '冶金',
  CHEMICAL: '化工',
  TELECOM: '通讯',
  TRANSPORT: '交通',
  ECOMMERCE: '电商服务',
  MEDICAL: '医疗',
  BIOMEDICINE: '生物医药',
  EDUCATION: '教育',
  CULTURE_TOURISM: '文旅',
  AI: '人工智能',
  URBAN_RURAL_PLANNING: '城乡规划',
  INDUSTRY_PLANNING: '产业规划',
  OTHER: '其他',
} as const;
export type Field = keyof typeof FIELD_LABELS;
export const FIELDS = keysOf(FIELD_LABELS);

export const SERVICE_FORM_LABELS = {
  TECH_GUIDANCE: '技术指导',
  TECH_PROMOTION: '技术推广',
  PROJECT_COOPERATION: '项目合作',
  ACHIEVEMENT_TRANSFER: '成果转化',
  TALENT_TRAINING: '人才培养',
  DECISION_CONSULTING: '决策咨询',
  SCIENCE_POPULARIZATION: '科普宣传',
  FREE_CLINIC: '义诊',
  OTHER: '其他',
} as const;
export type ServiceForm = keyof typeof SERVICE_FORM_LABELS;
export const SERVICE_FORMS = keysOf(SERVICE_FORM_LABELS);

export const TITLE_LEVEL_LABELS = {
  SENIOR: '正高级',
  ASSOCIATE: '副高级',
  INTERMEDIATE: '中级',
} as const;
export type TitleLevel = keyof typeof TITLE_LEVEL_LABELS;
export const TITLE_LEVELS = keysOf(TITLE_LEVEL_LABELS);
/** Higher is more senior; used for "minimum title level" rules. */
export const TITLE_LEVEL_RANK: Readonly<Record<TitleLevel, number>> = {
  SENIOR: 3,
  ASSOCIATE: 2,
  INTERMEDIATE: 1,
};

export const HONOUR_LABELS = {
  ACADEMICIAN: '两院院士',
  NATIONAL_OUTSTANDING: '全国杰出专业技术人员',
  YOUNG_MIDDLE_AGED_EXPERT: '有突出贡献中青年专家',
  TALENT_PROJECT_NATIONAL: '百千万人才工程国家级人选',
  SPECIAL_ALLOWANCE: '享受政府特殊津贴专家',
  MAJOR_TALENT_PROGRAM: '省部级重大人才工程入选者',
  RETURNEE: '留学回国人员',
  POSTDOC: '博士后',
  OTHER: '其他',
} as const;
export type Honour = keyof typeof HONOUR_LABELS;
export const HONOURS = keysOf(HONOUR_LABELS);

export const EXPERT_SOURCE_LABELS = {
  LOCAL: '本省(区、市)',
  OTHER_PROVINCE: '外省(区、市)',
  HK_MACAO_TAIWAN: '港澳台',
  FOREIGN: '国外',
} as const;
export type ExpertSource = keyof typeof EXPERT_SOURCE_LABELS;
export const EXPERT_SOURCES = keysOf(EXPERT_SOURCE_LABELS);

export const EXPERT_STATUS_LABELS = { ACTIVE: '在库', INACTIVE: '已停用' } as const;
export type ExpertStatus = keyof typeof EXPERT_STATUS_LABELS;
export const EXPERT_STATUSES = keysOf(EXPERT_STATUS_LABELS);

export const GENDER_LABELS = { MALE: '男', FEMALE: '女' } as const;
export type Gender = keyof typeof GENDER_LABELS;
export const GENDERS = keysOf(GENDER_LABELS);

export const DEMAND_STATUS_LABELS = {
  DRAFT: '草稿',
  SUBMITTED: '已下单',
  RETURNED: '已退回',
  REJECTED: '不予受理',
  ACCEPTED: '属地已接单',
  DISPATCHED: '已派单',
  IN_SERVICE: '服务中',
  DELIVERED: '已完成',
  EVALUATED: '已评价',
  CANCELLED: '已取消',
} as const;
export type DemandStatus = keyof typeof DEMAND_STATUS_LABELS;
export const DEMAND_STATUSES = keysOf(DEMAND_STATUS_LABELS);

export const ORGANIZATION_KIND_LABELS = {
  UNIT: '基层单位',
  BUREAU: '人社部门',
  EMPLOYER: '专家所在单位',
  BASE: '专家服务基地依托单位',
} as const;
export type OrganizationKind = keyof typeof ORGANIZATION_KIND_LABELS;
export const ORGANIZATION_KINDS = keysOf(ORGANIZATION_KIND_LABELS);

export const TEAM_LEVEL_LABELS = { NATIONAL: '国家级', PROVINCIAL: '省级', MUNICIPAL: '市级' } as const;
export type TeamLevel = keyof typeof TEAM_LEVEL_LABELS;
export const TEAM_LEVELS = keysOf(TEAM_LEVEL_LABELS);

export const ASSIGNMENT_STATUS_LABELS = {
  INVITED: '已邀请',
  CONFIRMED: '已确认',
  DECLINED: '已婉拒',
  WITHDRAWN: '已撤回',
} as const;
export type AssignmentStatus = keyof typeof ASSIGNMENT_STATUS_LABELS;
export const ASSIGNMENT_STATUSES = keysOf(ASSIGNMENT_STATUS_LABELS);

export const ASSIGNMENT_ROLE_LABELS = { LEAD: '领衔专家', MEMBER: '团队成员' } as const;
export type AssignmentRole = keyof typeof ASSIGNMENT_ROLE_LABELS;
export const ASSIGNMENT_ROLES = keysOf(ASSIGNMENT_ROLE_LABELS);

export const ACTIVITY_TYPE_LABELS = {
  ONSITE_GUIDANCE: '现场指导',
  REMOTE_GUIDANCE: '远程指导',
  JOINT_RESEARCH: '联合攻关',
  SYMPOSIUM: '座谈交流会',
  LECTURE: '专题讲座',
  ONSITE_TRAINING: '现场培训',
  REMOTE_TRAINING: '远程培训',
  CONSULTATION: '咨询对接活动',
  DEMONSTRATION: '示范带教',
  FREE_CLINIC: '义诊',
  SCIENCE_LECTURE: '科普讲座',
  SCIENCE_EXHIBITION: '科普展览',
  OTHER: '其他',
} as const;
export type ActivityType = keyof typeof ACTIVITY_TYPE_LABELS;
export const ACTIVITY_TYPES = keysOf(ACTIVITY_TYPE_LABELS);

/** Section 4 of the 2026 实施成效调查表 (annex 4). */
export const OUTCOME_ITEM_LABELS = {
  PROJECTS_CONNECTED: '对接项目数量(个)',
  PROBLEMS_SOLVED: '破解技术难题(个)',
  KEY_PROJECTS: '带动重点科研项目(个)',
  NEW_TECHNIQUES: '推广新技术新工艺(种)',
  NEW_VARIETIES: '推广新品种(种)',
  ACHIEVEMENTS_TRANSFERRED: '转化科技成果(项)',
  TRAINEES_PROFESSIONAL: '培训基层专业技术人员(人次)',
  TRAINEES_PUBLIC: '培训群众(人次)',
  CLINIC_CONSULTATIONS: '义诊问诊(人次)',
  CLINIC_EXAMINATIONS: '义诊检查(人次)',
  CLINIC_TREATMENTS: '义诊治疗(人次)',
  STRATEGIC_PLANS: '指导战略规划(个)',
  DECISION_CONSULTATIONS: '决策咨询(项)',
  COOPERATION_INTENTIONS: '达成中长期合作意向(个)',
  AGREEMENTS_SIGNED: '签订合作协议(项)',
  ALLIANCES_FORMED: '结成产学研联盟(个)',
  ENTITIES_FOUNDED: '专家领办、联办、协办经济实体(个)',
  ECONOMIC_BENEFIT: '取得经济效益',
  SOCIAL_BENEFIT: '取得社会效益',
  INDUSTRIAL_BENEFIT: '推动产业发展',
  PEOPLE_BENEFITED: '惠及基层群众(人)',
  OTHER: '其他成效',
} as const;
export type OutcomeItem = keyof typeof OUTCOME_ITEM_LABELS;
export const OUTCOME_ITEMS = keysOf(OUTCOME_ITEM_LABELS);

export const KEY_ASSISTANCE_LABELS = {
  NONE: '非重点帮扶县',
  PROVINCIAL: '省级乡村振兴重点帮扶县',
  NATIONAL: '国家乡村振兴重点帮扶县',
} as const;
export type KeyAssistance = keyof typeof KEY_ASSISTANCE_LABELS;
export const KEY_ASSISTANCE_LEVELS = keysOf(KEY_ASSISTANCE_LABELS);

export const REGION_LEVEL_LABELS = { PROVINCE: '省级', CITY: '地市级', COUNTY: '区县级' } as const;
export type RegionLevel = keyof typeof REGION_LEVEL_LABELS;
export const REGION_LEVELS = keysOf(REGION_LEVEL_LABELS);

export const ROLE_LABELS = {
  ADMIN: '系统管理员',
  PROVINCE: '省厅派单员',
  LOCAL: '属地人社局',
  UNIT: '基层单位',
  EXPERT: '专家',
} as const;
export type Role = keyof typeof ROLE_LABELS;
export const ROLES = keysOf(ROLE_LABELS);

export const BASE_HOST_TYPE_LABELS = {
  HIGH_TECH_ZONE: '高新技术开发区',
  ECONOMIC_ZONE: '经济技术开发区',
  INDUSTRIAL_PARK: '产业园区',
  STARTUP_PARK: '创业园区',
  TECH_DEMONSTRATION_BASE: '技术示范基地',
  INDUSTRIALIZATION_BASE: '产业化示范基地',
  HIGH_TECH_ENTERPRISE: '高新技术企业',
  RESEARCH_INSTITUTION: '基层科研机构',
  PROFESSIONAL_ASSOCIATION: '专业技术协会',
  RURAL_COOPERATIVE: '农村合作组织',
  TECH_INTERMEDIARY: '技术中介服务组织',
  OTHER: '其他',
} as const;
export type BaseHostType = keyof typeof BASE_HOST_TYPE_LABELS;
export const BASE_HOST_TYPES = keysOf(BASE_HOST_TYPE_LABELS);

export const PROBLEM_SOLVED_LABELS = { YES: '已解决', PARTIAL: '部分解决', NO: '未解决' } as const;
export type ProblemSolved = keyof typeof PROBLEM_SOLVED_LABELS;
export const PROBLEM_SOLVED_VALUES = keysOf(PROBLEM_SOLVED_LABELS);

export const EXPENSE_CATEGORY_LABELS = {
  TRAVEL: '交通差旅费',
  ACCOMMODATION: '食宿费',
  EXPERT_FEES: '专家劳务费',
  MATERIALS: '资料耗材费',
  TRAINING: '培训会务费',
  PUBLICITY: '宣传费',
  OTHER: '其他',
} as const;
export type ExpenseCategory = keyof typeof EXPENSE_CATEGORY_LABELS;
export const EXPENSE_CATEGORIES = keysOf(EXPENSE_CATEGORY_LABELS);

/** The catalog as served to clients: one list of { value, label } per enumeration. */
export const CATALOG = {
  fields: FIELD_LABELS,
  serviceForms: SERVICE_FORM_LABELS,
  titleLevels: TITLE_LEVEL_LABELS,
  honours: HONOUR_LABELS,
  expertSources: EXPERT_SOURCE_LABELS,
  expertStatuses: EXPERT_STATUS_LABELS,
  genders: GENDER_LABELS,
  demandStatuses: DEMAND_STATUS_LABELS,
  organizationKinds: ORGANIZATION_KIND_LABELS,
  teamLevels: TEAM_LEVEL_LABELS,
  assignmentStatuses: ASSIGNMENT_STATUS_LABELS,
  assignmentRoles: ASSIGNMENT_ROLE_LABELS,
  activityTypes: ACTIVITY_TYPE_LABELS,
  outcomeItems: OUTCOME_ITEM_LABELS,
  keyAssistance: KEY_ASSISTANCE_LABELS,
  regionLevels: REGION_LEVEL_LABELS,
  roles: ROLE_LABELS,
  baseHostTypes: BASE_HOST_TYPE_LABELS,
  problemSolved: PROBLEM_SOLVED_LABELS,
  expenseCategories: EXPENSE_CATEGORY_LABELS,
} as const;
export type CatalogName = keyof typeof CATALOG;

export function catalogEntries(name: CatalogName): { value: string; label: string }[] {
  return Object.entries(CATALOG[name]).map(([value, label]) => ({ value, label }));
}

/** Looks a value up by its Chinese label (for imports written by people), or by its code. */
export function valueFromLabel<K extends string>(labels: Labelled<K>, text: string): K | undefined {
  const t = text.trim();
  if (t in labels) return t as K;
  for (const [value, label] of Object.entries(labels) as [K, string][]) if (label === t) return value;
  return undefined;
}
