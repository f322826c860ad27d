/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 服务活动类型 */
export type ActivityType =
  /** 咨询对接活动 */
  | 'CONSULTATION'
  /** 示范带教 */
  | 'DEMONSTRATION'
  /** 义诊 */
  | 'FREE_CLINIC'
  /** 联合攻关 */
  | 'JOINT_RESEARCH'
  /** 专题讲座 */
  | 'LECTURE'
  /** 现场指导 */
  | 'ONSITE_GUIDANCE'
  /** 现场培训 */
  | 'ONSITE_TRAINING'
  /** 其他 */
  | 'OTHER'
  /** 远程指导 */
  | 'REMOTE_GUIDANCE'
  /** 远程培训 */
  | 'REMOTE_TRAINING'
  /** 科普展览 */
  | 'SCIENCE_EXHIBITION'
  /** 科普讲座 */
  | 'SCIENCE_LECTURE'
  /** 座谈交流会 */
  | 'SYMPOSIUM';

/** 团队角色 */
export type AssignmentRole =
  /** 领衔专家 */
  | 'LEAD'
  /** 团队成员 */
  | 'MEMBER';

/** 邀请状态 */
export type AssignmentStatus =
  /** 已确认 */
  | 'CONFIRMED'
  /** 已婉拒 */
  | 'DECLINED'
  /** 已邀请 */
  | 'INVITED'
  /** 已撤回 */
  | 'WITHDRAWN';

export type AuditFilterInput = {
  action?: string | null | undefined;
  actorUsername?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** 登记基地活动 */
export type BaseActivityInput = {
  /** 活动类型（ActivityType 的取值，如 ONSITE_GUIDANCE） */
  activityType: string;
  /** 参加活动的专家 */
  expertIds: Array<string | number>;
  heldOn: string;
  /** 活动取得的成效（调查表第四部分的项目） */
  outcomes?: Array<BatchOutcomeInput> | null | undefined;
  participants?: number | null | undefined;
  title: string;
};

export type BatchActivityInput = {
  /** 场次/次数 */
  count: number;
  /** 说明（联合攻关的具体形式、其他活动的内容） */
  note?: string | null | undefined;
  /** 参加人数 */
  participants?: number | null | undefined;
  type: ActivityType;
};

export type BatchOutcomeInput = {
  item: OutcomeItem;
  /** 具体描述（经济效益、社会效益、推动产业发展、其他成效） */
  text?: string | null | undefined;
  /** 数量（计数类成效） */
  value?: number | null | undefined;
};

export type CalendarDayInput = {
  /** YYYY-MM-DD */
  date: string;
  kind: CalendarDayKind;
  name?: string | null | undefined;
};

/** 工作日历中的特殊日期类型 */
export type CalendarDayKind =
  /** 放假 */
  | 'HOLIDAY'
  /** 调休上班 */
  | 'WORKDAY';

export type CallCategoryInput = {
  /** 经费上限（元），不填按政策上限 */
  cap?: number | null | undefined;
  category: ProgrammeCategory;
};

export type CreateAccountInput = {
  displayName?: string | null | undefined;
  expertId?: string | number | null | undefined;
  organizationId?: string | number | null | undefined;
  password: string;
  regionCode?: string | null | undefined;
  role: Role;
  username: string;
};

/** 正在填写的需求文字（查找相似需求） */
export type DemandDraftText = {
  description?: string | null | undefined;
  /** 正在修改的需求（不把它自己算作重复） */
  excludeId?: string | number | null | undefined;
  /** 属地人社局代为填报时的需求单位 */
  organizationId?: string | number | null | undefined;
  /** 服务地区，默认为本单位（或本局）所在地区 */
  regionCode?: string | null | undefined;
  title?: string | null | undefined;
};

export type DemandFilter = {
  fields?: Array<Field> | null | undefined;
  keyAssistance?: Array<KeyAssistance> | null | undefined;
  overdue?: boolean | null | undefined;
  /** 按编号、标题或描述查找：原样出现，或每个词（含同义词、匹配词库中的说法，如 西红柿=番茄）都出现在标题或描述中 */
  query?: string | null | undefined;
  /** 该地区及其下级 */
  regionCode?: string | null | undefined;
  statuses?: Array<DemandStatus> | null | undefined;
};

/** 需求内容 */
export type DemandInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  expectedDays?: number | null | undefined;
  expertsWanted: number;
  fields?: Array<Field> | null | undefined;
  minTitleLevel?: TitleLevel | null | undefined;
  openToVolunteers?: boolean | null | undefined;
  /** 属地人社局代为填报时的需求单位 */
  organizationId?: string | number | null | undefined;
  /** 默认为本单位所在地区 */
  regionCode?: string | null | undefined;
  serviceForms?: Array<ServiceForm> | null | undefined;
  startDate?: string | null | undefined;
  title: string;
};

/** 需求状态 */
export type DemandStatus =
  /** 属地已接单 */
  | 'ACCEPTED'
  /** 已取消 */
  | 'CANCELLED'
  /** 已完成 */
  | 'DELIVERED'
  /** 已派单 */
  | 'DISPATCHED'
  /** 草稿 */
  | 'DRAFT'
  /** 已评价 */
  | 'EVALUATED'
  /** 服务中 */
  | 'IN_SERVICE'
  /** 不予受理 */
  | 'REJECTED'
  /** 已退回 */
  | 'RETURNED'
  /** 已下单 */
  | 'SUBMITTED';

/** 省厅派单：组建专家服务团 */
export type DispatchInput = {
  /** 经费（元，整数）；国家级不超过 200000，省级/市级不超过 100000 */
  budget?: number | null | undefined;
  /** 服务的需求（均须为“属地已接单”，可为相邻地区的多个需求） */
  demandIds: Array<string | number>;
  /** 服务结束日期 */
  endDate: string;
  /** 领衔专家 */
  leadExpertId: string | number;
  level: TeamLevel;
  /** 团队成员（不含领衔专家，可为空） */
  memberExpertIds: Array<string | number>;
  /** 服务团名称，1–100 字 */
  name: string;
  /** 服务开始日期，不早于今天 */
  startDate: string;
};

/** 基层反向评价 */
export type EvaluationInput = {
  comment?: string | null | undefined;
  demandId: string | number;
  problemSolved: ProblemSolved;
  scores: EvaluationScoresInput;
};

export type EvaluationScoresInput = {
  /** 服务态度 1–5 */
  attitude: number;
  /** 专业水平 1–5 */
  expertise: number;
  /** 解决问题 1–5 */
  problemSolving: number;
  /** 及时性 1–5 */
  timeliness: number;
};

/** 经费支出类别 */
export type ExpenseCategory =
  /** 食宿费 */
  | 'ACCOMMODATION'
  /** 专家劳务费 */
  | 'EXPERT_FEES'
  /** 资料耗材费 */
  | 'MATERIALS'
  /** 其他 */
  | 'OTHER'
  /** 宣传费 */
  | 'PUBLICITY'
  /** 培训会务费 */
  | 'TRAINING'
  /** 交通差旅费 */
  | 'TRAVEL';

/** 专家认领专家库记录 */
export type ExpertClaimInput = {
  /** 短信验证码 */
  code: string;
  /** 专家库中登记的手机号 */
  mobile: string;
  /** 登录密码 */
  password: string;
  /** 登录用户名 */
  username: string;
};

/** 同一列表内为“或”，不同列表之间为“且” */
export type ExpertFilter = {
  fields?: Array<Field> | null | undefined;
  honours?: Array<Honour> | null | undefined;
  /** 该地区及其下级 */
  regionCode?: string | null | undefined;
  retired?: boolean | null | undefined;
  sources?: Array<ExpertSource> | null | undefined;
  /** 默认仅在库专家；管理员和省厅可查已停用 */
  statuses?: Array<ExpertStatus> | null | undefined;
  titleLevels?: Array<TitleLevel> | null | undefined;
  /** 属地人社局检索全库（默认仅本辖区）；辖区外专家的手机和邮箱脱敏 */
  wholeLibrary?: boolean | null | undefined;
};

/** 专家信息；带 id 为修改，不带 id 时按 姓名+工作单位+手机号 查重 */
export type ExpertInput = {
  annualCapDays?: number | null | undefined;
  email?: string | null | undefined;
  employer: string;
  fields: Array<Field>;
  gender?: Gender | null | undefined;
  honours?: Array<Honour> | null | undefined;
  id?: string | number | null | undefined;
  name: string;
  phone?: string | null | undefined;
  regionCode: string;
  retired?: boolean | null | undefined;
  source?: ExpertSource | null | undefined;
  specialties?: string | null | undefined;
  title: string;
  titleLevel: TitleLevel;
};

/** 专家来源 */
export type ExpertSource =
  /** 国外 */
  | 'FOREIGN'
  /** 港澳台 */
  | 'HK_MACAO_TAIWAN'
  /** 本省(区、市) */
  | 'LOCAL'
  /** 外省(区、市) */
  | 'OTHER_PROVINCE';

/** 专家状态 */
export type ExpertStatus =
  /** 在库 */
  | 'ACTIVE'
  /** 已停用 */
  | 'INACTIVE';

/** 导出任务状态 */
export type ExportJobStatus =
  /** 文件已过期清理 */
  | 'EXPIRED'
  /** 失败 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 导出中 */
  | 'RUNNING'
  /** 已完成，可下载 */
  | 'SUCCEEDED';

/** 服务领域 */
export type Field =
  /** 农业 */
  | 'AGRICULTURE'
  /** 人工智能 */
  | 'AI'
  /** 畜牧业 */
  | 'ANIMAL_HUSBANDRY'
  /** 生物医药 */
  | 'BIOMEDICINE'
  /** 化工 */
  | 'CHEMICAL'
  /** 文旅 */
  | 'CULTURE_TOURISM'
  /** 电商服务 */
  | 'ECOMMERCE'
  /** 教育 */
  | 'EDUCATION'
  /** 能源 */
  | 'ENERGY'
  /** 环保 */
  | 'ENVIRONMENT'
  /** 渔业 */
  | 'FISHERY'
  /** 林业 */
  | 'FORESTRY'
  /** 产业规划 */
  | 'INDUSTRY_PLANNING'
  /** 机械制造 */
  | 'MACHINERY'
  /** 医疗 */
  | 'MEDICAL'
  /** 冶金 */
  | 'METALLURGY'
  /** 其他 */
  | 'OTHER'
  /** 通讯 */
  | 'TELECOM'
  /** 交通 */
  | 'TRANSPORT'
  /** 城乡规划 */
  | 'URBAN_RURAL_PLANNING';

/** 性别 */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 把需求交给年度服务团，作为其下一批次 */
export type GiveDemandToTeamInput = {
  demandId: string | number;
  /** 本批次结束日期 YYYY-MM-DD */
  endDate: string;
  /** 本批次开始日期 YYYY-MM-DD */
  startDate: string;
  teamId: string | number;
};

/** 匹配的硬性条件 */
export type HardRule =
  /** 达到或将超过年度服务上限 */
  | 'ANNUAL_CAP'
  /** 服务期内已在其他服务团中 */
  | 'BOOKED'
  /** 与需求单位为同一单位（回避） */
  | 'CONFLICT_OF_INTEREST'
  /** 不在需求的服务领域 */
  | 'FIELD'
  /** 专家已停用 */
  | 'INACTIVE'
  /** 职称低于需求要求 */
  | 'TITLE';

/** 人才称号 */
export type Honour =
  /** 两院院士 */
  | 'ACADEMICIAN'
  /** 省部级重大人才工程入选者 */
  | 'MAJOR_TALENT_PROGRAM'
  /** 全国杰出专业技术人员 */
  | 'NATIONAL_OUTSTANDING'
  /** 其他 */
  | 'OTHER'
  /** 博士后 */
  | 'POSTDOC'
  /** 留学回国人员 */
  | 'RETURNEE'
  /** 享受政府特殊津贴专家 */
  | 'SPECIAL_ALLOWANCE'
  /** 百千万人才工程国家级人选 */
  | 'TALENT_PROJECT_NATIONAL'
  /** 有突出贡献中青年专家 */
  | 'YOUNG_MIDDLE_AGED_EXPERT';

/** 导入任务状态 */
export type ImportJobStatus =
  /** 失败 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 导入中 */
  | 'RUNNING'
  /** 已完成 */
  | 'SUCCEEDED';

/** 乡村振兴重点帮扶县 */
export type KeyAssistance =
  /** 国家乡村振兴重点帮扶县 */
  | 'NATIONAL'
  /** 非重点帮扶县 */
  | 'NONE'
  /** 省级乡村振兴重点帮扶县 */
  | 'PROVINCIAL';

/** 新增或修改匹配词库词条 */
export type LexiconEntryInput = {
  /** 说法（2–20 个字，汉字、字母或数字） */
  expression: string;
  fields?: Array<Field> | null | undefined;
  /** 备注（不超过 200 个字） */
  note?: string | null | undefined;
  /** 专业术语（每个 2–30 个字，最多 12 个）；为空表示整词匹配的专业词组 */
  terms: Array<string>;
};

export type NotificationPreferencesInput = {
  email?: string | null | undefined;
  emailTopics: Array<string>;
  mobile?: string | null | undefined;
  smsTopics: Array<string>;
};

export type OrganizationInput = {
  creditCode?: string | null | undefined;
  kind: OrganizationKind;
  name: string;
  regionCode: string;
};

/** 机构类型 */
export type OrganizationKind =
  /** 专家服务基地依托单位 */
  | 'BASE'
  /** 人社部门 */
  | 'BUREAU'
  /** 专家所在单位 */
  | 'EMPLOYER'
  /** 基层单位 */
  | 'UNIT';

/** 成效调查第四部分的成效项目 */
export type OutcomeItem =
  /** 转化科技成果(项) */
  | 'ACHIEVEMENTS_TRANSFERRED'
  /** 签订合作协议(项) */
  | 'AGREEMENTS_SIGNED'
  /** 结成产学研联盟(个) */
  | 'ALLIANCES_FORMED'
  /** 义诊问诊(人次) */
  | 'CLINIC_CONSULTATIONS'
  /** 义诊检查(人次) */
  | 'CLINIC_EXAMINATIONS'
  /** 义诊治疗(人次) */
  | 'CLINIC_TREATMENTS'
  /** 达成中长期合作意向(个) */
  | 'COOPERATION_INTENTIONS'
  /** 决策咨询(项) */
  | 'DECISION_CONSULTATIONS'
  /** 取得经济效益 */
  | 'ECONOMIC_BENEFIT'
  /** 专家领办、联办、协办经济实体(个) */
  | 'ENTITIES_FOUNDED'
  /** 推动产业发展 */
  | 'INDUSTRIAL_BENEFIT'
  /** 带动重点科研项目(个) */
  | 'KEY_PROJECTS'
  /** 推广新技术新工艺(种) */
  | 'NEW_TECHNIQUES'
  /** 推广新品种(种) */
  | 'NEW_VARIETIES'
  /** 其他成效 */
  | 'OTHER'
  /** 惠及基层群众(人) */
  | 'PEOPLE_BENEFITED'
  /** 破解技术难题(个) */
  | 'PROBLEMS_SOLVED'
  /** 对接项目数量(个) */
  | 'PROJECTS_CONNECTED'
  /** 取得社会效益 */
  | 'SOCIAL_BENEFIT'
  /** 指导战略规划(个) */
  | 'STRATEGIC_PLANS'
  /** 培训基层专业技术人员(人次) */
  | 'TRAINEES_PROFESSIONAL'
  /** 培训群众(人次) */
  | 'TRAINEES_PUBLIC';

/** 问题解决情况 */
export type ProblemSolved =
  /** 未解决 */
  | 'NO'
  /** 部分解决 */
  | 'PARTIAL'
  /** 已解决 */
  | 'YES';

/** 申报表 */
export type ProgrammeApplicationInput = {
  category: ProgrammeCategory;
  /** 附件 1 或附件 2 的内容 */
  form: Record<string, unknown>;
  /** 推荐单位（委办局或区人社局） */
  recommenderId: string | number;
};

/** 申报状态 */
export type ProgrammeApplicationStatus =
  /** 部里确定 */
  | 'CONFIRMED'
  /** 草稿 */
  | 'DRAFT'
  /** 推荐国家级 */
  | 'NOMINATED'
  /** 未推荐 */
  | 'NOT_RECOMMENDED'
  /** 未入选 */
  | 'NOT_SELECTED'
  /** 已推荐 */
  | 'RECOMMENDED'
  /** 退回修改 */
  | 'RETURNED'
  /** 列入市级 */
  | 'SELECTED'
  /** 已提交 */
  | 'SUBMITTED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** 申报通知 */
export type ProgrammeCallInput = {
  categories: Array<CallCategoryInput>;
  closesOn: string;
  docNumber?: string | null | undefined;
  opensOn: string;
  recommendBy: string;
  recommenderIds: Array<string | number>;
  title: string;
  year: number;
};

/** 申报通知状态 */
export type ProgrammeCallStatus =
  /** 评审中 */
  | 'CLOSED'
  /** 未发布 */
  | 'DRAFT'
  /** 申报中 */
  | 'OPEN'
  /** 已公布 */
  | 'PUBLISHED';

/** 申报类别 */
export type ProgrammeCategory =
  /** 市级基地 */
  | 'MUNICIPAL_BASE'
  /** 市级服务团 */
  | 'MUNICIPAL_TEAM'
  /** 国家级基地 */
  | 'NATIONAL_BASE'
  /** 国家级服务团 */
  | 'NATIONAL_TEAM';

/** 决算的一行：该核定预算项目的实际支出（元），按核定预算明细的顺序 */
export type ProgrammeFinalAccountLineInput = {
  spent: number;
};

/** 发布或修改服务项目 */
export type ProgrammeOfferInput = {
  baseId?: string | number | null | undefined;
  capacity: number;
  description: string;
  fields: Array<Field>;
  months: Array<number>;
  places?: string | null | undefined;
  regionCodes: Array<string>;
  serviceForms: Array<ServiceForm>;
  /** 服务团（与 baseId 二选一，新建时必填其一） */
  teamId?: string | number | null | undefined;
  title: string;
};

/** 点餐下单：生成需求（仍由属地人社局审核） */
export type ProgrammeOrderInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 补充说明（默认为服务内容） */
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  expectedDays?: number | null | undefined;
  expertsWanted?: number | null | undefined;
  startDate?: string | null | undefined;
};

/** 评审表 */
export type ProgrammeReviewInput = {
  comment?: string | null | undefined;
  expertId: string | number;
  scores: Array<ReviewScoreInput>;
};

/** 年度材料：工作成效总结与经费决算（逐项实际支出、退回金额）；经费有结余时须作专项说明 */
export type ProgrammeYearReportInput = {
  /** 已退回的结余经费（元） */
  amountReturned?: number | null | undefined;
  balanceNote?: string | null | undefined;
  /** 逐项实际支出，与核定预算明细一一对应 */
  lines?: Array<ProgrammeFinalAccountLineInput> | null | undefined;
  summary: string;
};

export type PublicityInput = {
  date: string;
  media: string;
  title: string;
};

/** 推荐单位的决定：推荐、退回修改、不予推荐 */
export type RecommendationDecision = 'DECLINE' | 'RECOMMEND' | 'RETURN';

/** 行政区划级别 */
export type RegionLevel =
  /** 地市级 */
  | 'CITY'
  /** 区县级 */
  | 'COUNTY'
  /** 省级 */
  | 'PROVINCE';

/** 注册申请状态 */
export type RegistrationStatus =
  /** 已通过 */
  | 'APPROVED'
  /** 待审核 */
  | 'PENDING'
  /** 未通过 */
  | 'REJECTED';

/** 评审指标 */
export type ReviewCriterion = 'BUDGET' | 'EXPERTS' | 'IMPACT' | 'NECESSITY' | 'PLAN';

export type ReviewScoreInput = {
  criterion: ReviewCriterion;
  score: number;
};

/** 角色 */
export type Role =
  /** 系统管理员 */
  | 'ADMIN'
  /** 专家 */
  | 'EXPERT'
  /** 属地人社局 */
  | 'LOCAL'
  /** 省厅派单员 */
  | 'PROVINCE'
  /** 基层单位 */
  | 'UNIT';

/** 省厅的决定：列入市级、推荐国家级、登记部里确定、未获部里确定、不予入选 */
export type SelectionDecision = 'CONFIRM' | 'DEMOTE' | 'NOMINATE' | 'REJECT' | 'SELECT';

/** 登记一个服务批次 */
export type ServiceBatchInput = {
  activities: Array<BatchActivityInput>;
  /** 实际开展服务的天数，不多于起止日期之间的天数 */
  days: number;
  demandId: string | number;
  endDate: string;
  /** 参加本批次的专家（须为已确认的团队成员） */
  expertIds: Array<string | number>;
  note?: string | null | undefined;
  outcomes?: Array<BatchOutcomeInput> | null | undefined;
  /** 现场照片（先用 uploadServicePhoto 上传） */
  photoIds?: Array<string | number> | null | undefined;
  /** 本批次解决的 1–2 个具体问题 */
  problemsSolved: Array<string>;
  /** 服务地点（区县代码） */
  regionCode: string;
  /** 远程服务 */
  remote?: boolean | null | undefined;
  startDate: string;
  teamId: string | number;
  /** 受援单位名称 */
  unitNames?: Array<string> | null | undefined;
  /** 服务的企事业单位数 */
  unitsServed?: number | null | undefined;
};

/** 服务形式 */
export type ServiceForm =
  /** 成果转化 */
  | 'ACHIEVEMENT_TRANSFER'
  /** 决策咨询 */
  | 'DECISION_CONSULTING'
  /** 义诊 */
  | 'FREE_CLINIC'
  /** 其他 */
  | 'OTHER'
  /** 项目合作 */
  | 'PROJECT_COOPERATION'
  /** 科普宣传 */
  | 'SCIENCE_POPULARIZATION'
  /** 人才培养 */
  | 'TALENT_TRAINING'
  /** 技术指导 */
  | 'TECH_GUIDANCE'
  /** 技术推广 */
  | 'TECH_PROMOTION';

export type TeamExpenseInput = {
  /** 金额（元） */
  amount: number;
  category: ExpenseCategory;
  note?: string | null | undefined;
  spentOn: string;
};

/** 服务团经费（元，整数） */
export type TeamFundingInput = {
  /** 配套资金（国家级 1:1 配套；省级/市级 ≤100000） */
  matchingFunds: number;
  /** 配套资金来源 */
  matchingSource?: string | null | undefined;
  /** 人力资源社会保障部支持资金（仅国家级，≤100000） */
  ministryFunds: number;
};

/** 服务团层级 */
export type TeamLevel =
  /** 市级 */
  | 'MUNICIPAL'
  /** 国家级 */
  | 'NATIONAL'
  /** 省级 */
  | 'PROVINCIAL';

/** 调查表第五部分：服务保障措施与宣传 */
export type TeamReportInput = {
  publicity?: Array<PublicityInput> | null | undefined;
  supportMeasures?: string | null | undefined;
};

/** 职称级别 */
export type TitleLevel =
  /** 副高级 */
  | 'ASSOCIATE'
  /** 中级 */
  | 'INTERMEDIATE'
  /** 正高级 */
  | 'SENIOR';

/** 基层单位自助注册 */
export type UnitRegistrationInput = {
  /** 联系人 */
  contactName: string;
  /** 统一社会信用代码（18 位，按校验位核对） */
  creditCode: string;
  /** 联系人手机 */
  mobile: string;
  /** 单位名称 */
  name: string;
  /** 登录密码 */
  password: string;
  /** 所在地区代码（地市或区县） */
  regionCode: string;
  /** 登录用户名 */
  username: string;
};

/** 修改账号（管理员）；未传的字段保持不变，传 null 表示清空 */
export type UpdateAccountInput = {
  displayName?: string | null | undefined;
  expertId?: string | null | undefined;
  organizationId?: string | null | undefined;
  regionCode?: string | null | undefined;
  role?: Role | null | undefined;
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type LoginMutation = {
  login: { token: string; account: { id: string; username: string; role: Role; displayName: string } };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    username: string;
    role: Role;
    displayName: string;
    expertId: string | null;
    organization: { id: string; name: string; regionCode: string } | null;
    region: { code: string; name: string; hasChildren: boolean } | null;
  };
};

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type AdminAccountItemFragment = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  regionCode: string | null;
  organizationId: string | null;
  expertId: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  organization: { id: string; name: string } | null;
  region: { code: string; name: string } | null;
};

export type AdminAccountsQueryVariables = Exact<{
  role?: Role | null | undefined;
}>;

export type AdminAccountsQuery = {
  accounts: Array<{
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    regionCode: string | null;
    organizationId: string | null;
    expertId: string | null;
    lastLoginAt: string | null;
    createdAt: string;
    organization: { id: string; name: string } | null;
    region: { code: string; name: string } | null;
  }>;
};

export type AdminCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;

export type AdminCreateAccountMutation = {
  createAccount: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    regionCode: string | null;
    organizationId: string | null;
    expertId: string | null;
    lastLoginAt: string | null;
    createdAt: string;
    organization: { id: string; name: string } | null;
    region: { code: string; name: string } | null;
  };
};

export type AdminUpdateAccountMutationVariables = Exact<{
  id: string | number;
  input: UpdateAccountInput;
}>;

export type AdminUpdateAccountMutation = {
  updateAccount: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    regionCode: string | null;
    organizationId: string | null;
    expertId: string | null;
    lastLoginAt: string | null;
    createdAt: string;
    organization: { id: string; name: string } | null;
    region: { code: string; name: string } | null;
  };
};

export type AdminSetAccountActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;

export type AdminSetAccountActiveMutation = {
  setAccountActive: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    regionCode: string | null;
    organizationId: string | null;
    expertId: string | null;
    lastLoginAt: string | null;
    createdAt: string;
    organization: { id: string; name: string } | null;
    region: { code: string; name: string } | null;
  };
};

export type AdminResetPasswordMutationVariables = Exact<{
  id: string | number;
}>;

export type AdminResetPasswordMutation = { resetAccountPassword: string };

export type AdminImportAccountsMutationVariables = Exact<{
  contentBase64: string;
}>;

export type AdminImportAccountsMutation = {
  importAccounts: {
    created: number;
    rejected: number;
    rows: Array<{ row: number; username: string; ok: boolean; message: string }>;
  };
};

export type AdminAccountTemplateQueryVariables = Exact<{ [key: string]: never }>;

export type AdminAccountTemplateQuery = {
  exportAccountImportTemplate: { fileName: string; mimeType: string; contentBase64: string };
};

export type AdminOrganizationItemFragment = {
  id: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  creditCode: string | null;
  createdAt: string;
};

export type AdminOrganizationsQueryVariables = Exact<{
  kind?: OrganizationKind | null | undefined;
  regionCode?: string | null | undefined;
  query?: string | null | undefined;
}>;

export type AdminOrganizationsQuery = {
  organizations: Array<{
    id: string;
    name: string;
    kind: OrganizationKind;
    regionCode: string;
    creditCode: string | null;
    createdAt: string;
  }>;
};

export type AdminCreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;

export type AdminCreateOrganizationMutation = {
  createOrganization: {
    id: string;
    name: string;
    kind: OrganizationKind;
    regionCode: string;
    creditCode: string | null;
    createdAt: string;
  };
};

export type AdminUpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: OrganizationInput;
}>;

export type AdminUpdateOrganizationMutation = {
  updateOrganization: {
    id: string;
    name: string;
    kind: OrganizationKind;
    regionCode: string;
    creditCode: string | null;
    createdAt: string;
  };
};

export type AdminMergeOrganizationsMutationVariables = Exact<{
  keepId: string | number;
  duplicateId: string | number;
}>;

export type AdminMergeOrganizationsMutation = {
  mergeOrganizations: {
    kept: {
      id: string;
      name: string;
      kind: OrganizationKind;
      regionCode: string;
      creditCode: string | null;
      createdAt: string;
    };
    moved: Array<{ column: string; count: number }>;
  };
};

export type AdminRegionPartnershipsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminRegionPartnershipsQuery = {
  regionPartnerships: Array<{
    servingCode: string;
    servingName: string;
    servedCode: string;
    servedName: string;
  }>;
  keyAssistanceCounties: Array<{ code: string; name: string; keyAssistance: KeyAssistance }>;
};

export type AdminSetPartnershipMutationVariables = Exact<{
  servingCode: string;
  servedCode: string;
  present: boolean;
}>;

export type AdminSetPartnershipMutation = {
  setRegionPartnership: Array<{ servingCode: string; servedCode: string }>;
};

export type AdminSetKeyAssistanceMutationVariables = Exact<{
  code: string;
  keyAssistance: KeyAssistance;
}>;

export type AdminSetKeyAssistanceMutation = {
  setRegionKeyAssistance: { code: string; name: string; keyAssistance: KeyAssistance };
};

export type AdminAuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminAuditLogQuery = {
  auditLog: {
    totalCount: number;
    nodes: Array<{
      id: string;
      at: string;
      actorUsername: string;
      action: string;
      entityType: string;
      entityId: string | null;
      before: string | null;
      after: string | null;
      ip: string | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type AdminExportAuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
}>;

export type AdminExportAuditLogQuery = {
  exportAuditLog: { fileName: string; mimeType: string; contentBase64: string };
};

export type AdminCalendarYearQueryVariables = Exact<{
  year: number;
}>;

export type AdminCalendarYearQuery = {
  calendarYear: {
    year: number;
    days: Array<{ date: string; kind: CalendarDayKind; name: string | null }>;
    published: Array<{ date: string; kind: CalendarDayKind; name: string | null }> | null;
  };
};

export type AdminSetCalendarYearMutationVariables = Exact<{
  year: number;
  days: Array<CalendarDayInput> | CalendarDayInput;
}>;

export type AdminSetCalendarYearMutation = {
  setCalendarYear: {
    year: number;
    days: Array<{ date: string; kind: CalendarDayKind; name: string | null }>;
  };
};

export type DashboardQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  year?: number | null | undefined;
}>;

export type DashboardQuery = {
  dashboard: {
    regionCode: string | null;
    scopeName: string;
    year: number;
    demandsByStatus: Array<{ status: DemandStatus; label: string; count: number }>;
    demandsByField: Array<{ field: Field; label: string; count: number }>;
    demandsByRegion: Array<{ regionCode: string; regionName: string; count: number }>;
    dispatchTime: { samples: number; medianHours: number | null; p90Hours: number | null };
    onTime: { delivered: number; onTime: number; share: number | null };
    satisfaction: {
      evaluations: number;
      average: number | null;
      solved: number;
      partial: number;
      notSolved: number;
    };
    ceProgress: {
      expertsServed: number;
      creditMet: number;
      buckets: Array<{ label: string; count: number }>;
    };
    bases: { count: number; personTimes: number; meeting: number; required: number };
    supplyGap: {
      fields: Array<Field>;
      regions: Array<{ regionCode: string; regionName: string }>;
      cells: Array<{
        regionCode: string;
        field: Field;
        unmetDemands: number;
        availableExperts: number;
        gap: number;
      }>;
    };
  };
};

export type RegionStatisticsQueryVariables = Exact<{ [key: string]: never }>;

export type RegionStatisticsQuery = {
  all: {
    totalCount: number;
    unitDraftCount: number;
    countsByStatus: Array<{ status: DemandStatus; count: number }>;
  };
  overdue: { totalCount: number };
};

export type SuggestDemandClassificationQueryVariables = Exact<{
  title?: string | null | undefined;
  description?: string | null | undefined;
}>;

export type SuggestDemandClassificationQuery = {
  suggestDemandClassification: {
    words: Array<string>;
    fields: Array<{ code: Field; label: string; score: number; words: Array<string> }>;
    serviceForms: Array<{ code: ServiceForm; label: string; score: number; words: Array<string> }>;
  };
};

export type SimilarDemandItemFragment = {
  id: string;
  code: string;
  title: string;
  status: DemandStatus;
  fields: Array<Field>;
  createdAt: string;
  score: number;
  shared: Array<string>;
  description: string | null;
  canMergeInto: boolean;
  organization: { id: string; name: string } | null;
  region: { code: string; name: string } | null;
};

export type SolvedCaseItemFragment = {
  id: string;
  code: string;
  title: string;
  fields: Array<Field>;
  deliveredAt: string | null;
  score: number;
  shared: Array<string>;
  description: string | null;
  rating: number | null;
  problemSolved: ProblemSolved | null;
  problemsSolved: Array<string>;
  organization: { id: string; name: string } | null;
  region: { code: string; name: string } | null;
  teams: Array<{ id: string; name: string; leadName: string | null }>;
};

export type SimilarDemandsQueryVariables = Exact<{
  text?: DemandDraftText | null | undefined;
  demandId?: string | number | null | undefined;
}>;

export type SimilarDemandsQuery = {
  similarDemands: {
    otherUnitsDuplicates: number;
    duplicates: Array<{
      id: string;
      code: string;
      title: string;
      status: DemandStatus;
      fields: Array<Field>;
      createdAt: string;
      score: number;
      shared: Array<string>;
      description: string | null;
      canMergeInto: boolean;
      organization: { id: string; name: string } | null;
      region: { code: string; name: string } | null;
    }>;
    solved: Array<{
      id: string;
      code: string;
      title: string;
      fields: Array<Field>;
      deliveredAt: string | null;
      score: number;
      shared: Array<string>;
      description: string | null;
      rating: number | null;
      problemSolved: ProblemSolved | null;
      problemsSolved: Array<string>;
      organization: { id: string; name: string } | null;
      region: { code: string; name: string } | null;
      teams: Array<{ id: string; name: string; leadName: string | null }>;
    }>;
  };
};

export type DemandFormDefaultsQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;

export type DemandFormDefaultsQuery = {
  demandFormDefaults: {
    contactName: string | null;
    contactPhone: string | null;
    startDate: string;
    endDate: string;
  };
};

export type DemandListItemFragment = {
  id: string;
  code: string;
  title: string;
  status: DemandStatus;
  fields: Array<Field>;
  serviceForms: Array<ServiceForm>;
  expertsWanted: number;
  startDate: string | null;
  endDate: string | null;
  dueAt: string | null;
  overdue: boolean;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  filedByBureau: boolean;
  availableActions: Array<string>;
  region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  organization: { id: string; name: string } | null;
};

export type DemandDetailFragment = {
  description: string;
  minTitleLevel: TitleLevel | null;
  expectedDays: number | null;
  openToVolunteers: boolean;
  contactName: string | null;
  contactPhone: string | null;
  regionCode: string;
  organizationId: string;
  mergedIntoId: string | null;
  version: number;
  id: string;
  code: string;
  title: string;
  status: DemandStatus;
  fields: Array<Field>;
  serviceForms: Array<ServiceForm>;
  expertsWanted: number;
  startDate: string | null;
  endDate: string | null;
  dueAt: string | null;
  overdue: boolean;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  filedByBureau: boolean;
  availableActions: Array<string>;
  organization: { id: string; name: string; regionCode: string } | null;
  history: Array<{
    fromStatus: DemandStatus | null;
    toStatus: DemandStatus;
    actorName: string;
    at: string;
    note: string | null;
  }>;
  region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
};

export type DemandsQueryVariables = Exact<{
  filter?: DemandFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DemandsQuery = {
  demands: {
    totalCount: number;
    countsByStatus: Array<{ status: DemandStatus; count: number }>;
    nodes: Array<{
      id: string;
      code: string;
      title: string;
      status: DemandStatus;
      fields: Array<Field>;
      serviceForms: Array<ServiceForm>;
      expertsWanted: number;
      startDate: string | null;
      endDate: string | null;
      dueAt: string | null;
      overdue: boolean;
      submittedAt: string | null;
      createdAt: string;
      updatedAt: string;
      filedByBureau: boolean;
      availableActions: Array<string>;
      region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
      organization: { id: string; name: string } | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type DemandCountsQueryVariables = Exact<{
  filter?: DemandFilter | null | undefined;
}>;

export type DemandCountsQuery = {
  demands: { totalCount: number; countsByStatus: Array<{ status: DemandStatus; count: number }> };
};

export type DemandQueryVariables = Exact<{
  id: string | number;
}>;

export type DemandQuery = {
  demand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  } | null;
};

export type CreateDemandMutationVariables = Exact<{
  input: DemandInput;
}>;

export type CreateDemandMutation = {
  createDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type UpdateDemandMutationVariables = Exact<{
  id: string | number;
  input: DemandInput;
}>;

export type UpdateDemandMutation = {
  updateDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type SubmitDemandMutationVariables = Exact<{
  id: string | number;
}>;

export type SubmitDemandMutation = {
  submitDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type AcceptDemandMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;

export type AcceptDemandMutation = {
  acceptDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type ReturnDemandMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type ReturnDemandMutation = {
  returnDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type RejectDemandMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectDemandMutation = {
  rejectDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type CancelDemandMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type CancelDemandMutation = {
  cancelDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type MergeDemandMutationVariables = Exact<{
  id: string | number;
  intoId: string | number;
  reason?: string | null | undefined;
}>;

export type MergeDemandMutation = {
  mergeDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type MatchReasonItemFragment = { code: string; label: string; detail: string | null; weight: number };

export type ExpertMatchItemFragment = {
  score: number;
  conflicts: Array<string>;
  available: boolean;
  unavailableReason: string | null;
  unavailableCodes: Array<HardRule>;
  freeFrom: string | null;
  reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
  expert: {
    id: string;
    name: string;
    gender: Gender | null;
    title: string;
    titleLevel: TitleLevel;
    employer: string;
    fields: Array<Field>;
    honours: Array<Honour>;
    source: ExpertSource;
    retired: boolean;
    status: ExpertStatus;
    specialties: string;
    regionCode: string;
    region: { code: string; name: string } | null;
  };
};

export type AssignmentItemFragment = {
  id: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  reason: string | null;
  startDate: string;
  endDate: string;
  dueAt: string | null;
  overdue: boolean;
  respondedAt: string | null;
  teamId: string;
  expert: { id: string; name: string; title: string; employer: string };
};

export type TeamItemFragment = {
  id: string;
  name: string;
  level: TeamLevel;
  budget: number | null;
  startDate: string;
  endDate: string;
  createdAt: string;
  leadExpertId: string;
  servedDays: number;
  canLogBatches: boolean;
  demands: Array<{ id: string; code: string; title: string; status: DemandStatus }>;
  assignments: Array<{
    id: string;
    role: AssignmentRole;
    status: AssignmentStatus;
    reason: string | null;
    startDate: string;
    endDate: string;
    dueAt: string | null;
    overdue: boolean;
    respondedAt: string | null;
    teamId: string;
    replacementCandidates: Array<{
      score: number;
      conflicts: Array<string>;
      available: boolean;
      unavailableReason: string | null;
      unavailableCodes: Array<HardRule>;
      freeFrom: string | null;
      reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
      expert: {
        id: string;
        name: string;
        gender: Gender | null;
        title: string;
        titleLevel: TitleLevel;
        employer: string;
        fields: Array<Field>;
        honours: Array<Honour>;
        source: ExpertSource;
        retired: boolean;
        status: ExpertStatus;
        specialties: string;
        regionCode: string;
        region: { code: string; name: string } | null;
      };
    }> | null;
    expert: { id: string; name: string; title: string; employer: string };
  }>;
};

export type DispatchDemandQueryVariables = Exact<{
  demandId: string | number;
}>;

export type DispatchDemandQuery = {
  demand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  } | null;
  matchExperts: Array<{
    score: number;
    conflicts: Array<string>;
    available: boolean;
    unavailableReason: string | null;
    unavailableCodes: Array<HardRule>;
    freeFrom: string | null;
    reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
    expert: {
      id: string;
      name: string;
      gender: Gender | null;
      title: string;
      titleLevel: TitleLevel;
      employer: string;
      fields: Array<Field>;
      honours: Array<Honour>;
      source: ExpertSource;
      retired: boolean;
      status: ExpertStatus;
      specialties: string;
      regionCode: string;
      region: { code: string; name: string } | null;
    };
  }>;
  suggestTeam: {
    uncoveredFields: Array<Field>;
    teamUncoveredFields: Array<Field>;
    lead: {
      score: number;
      conflicts: Array<string>;
      available: boolean;
      unavailableReason: string | null;
      unavailableCodes: Array<HardRule>;
      freeFrom: string | null;
      reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
      expert: {
        id: string;
        name: string;
        gender: Gender | null;
        title: string;
        titleLevel: TitleLevel;
        employer: string;
        fields: Array<Field>;
        honours: Array<Honour>;
        source: ExpertSource;
        retired: boolean;
        status: ExpertStatus;
        specialties: string;
        regionCode: string;
        region: { code: string; name: string } | null;
      };
    } | null;
    members: Array<{
      score: number;
      conflicts: Array<string>;
      available: boolean;
      unavailableReason: string | null;
      unavailableCodes: Array<HardRule>;
      freeFrom: string | null;
      reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
      expert: {
        id: string;
        name: string;
        gender: Gender | null;
        title: string;
        titleLevel: TitleLevel;
        employer: string;
        fields: Array<Field>;
        honours: Array<Honour>;
        source: ExpertSource;
        retired: boolean;
        status: ExpertStatus;
        specialties: string;
        regionCode: string;
        region: { code: string; name: string } | null;
      };
    }>;
  };
  demandVolunteers: Array<{
    eligible: boolean;
    match: {
      score: number;
      conflicts: Array<string>;
      available: boolean;
      unavailableReason: string | null;
      unavailableCodes: Array<HardRule>;
      freeFrom: string | null;
      reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
      expert: {
        id: string;
        name: string;
        gender: Gender | null;
        title: string;
        titleLevel: TitleLevel;
        employer: string;
        fields: Array<Field>;
        honours: Array<Honour>;
        source: ExpertSource;
        retired: boolean;
        status: ExpertStatus;
        specialties: string;
        regionCode: string;
        region: { code: string; name: string } | null;
      };
    };
    volunteer: { id: string; message: string | null; createdAt: string; withdrawnAt: string | null };
  }>;
};

export type ExplainExclusionQueryVariables = Exact<{
  demandId: string | number;
  expertId: string | number;
}>;

export type ExplainExclusionQuery = {
  explainExclusion: {
    eligible: boolean;
    rank: number | null;
    conflicts: Array<string>;
    match: {
      score: number;
      conflicts: Array<string>;
      available: boolean;
      unavailableReason: string | null;
      unavailableCodes: Array<HardRule>;
      freeFrom: string | null;
      reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
      expert: {
        id: string;
        name: string;
        gender: Gender | null;
        title: string;
        titleLevel: TitleLevel;
        employer: string;
        fields: Array<Field>;
        honours: Array<Honour>;
        source: ExpertSource;
        retired: boolean;
        status: ExpertStatus;
        specialties: string;
        regionCode: string;
        region: { code: string; name: string } | null;
      };
    } | null;
  };
};

export type ExpertPickerQueryVariables = Exact<{
  query?: string | null | undefined;
}>;

export type ExpertPickerQuery = {
  experts: { hits: Array<{ expert: { id: string; name: string; title: string; employer: string } }> };
};

export type DispatchTeamMutationVariables = Exact<{
  input: DispatchInput;
}>;

export type DispatchTeamMutation = {
  dispatchTeam: {
    id: string;
    name: string;
    level: TeamLevel;
    budget: number | null;
    startDate: string;
    endDate: string;
    createdAt: string;
    leadExpertId: string;
    servedDays: number;
    canLogBatches: boolean;
    demands: Array<{ id: string; code: string; title: string; status: DemandStatus }>;
    assignments: Array<{
      id: string;
      role: AssignmentRole;
      status: AssignmentStatus;
      reason: string | null;
      startDate: string;
      endDate: string;
      dueAt: string | null;
      overdue: boolean;
      respondedAt: string | null;
      teamId: string;
      replacementCandidates: Array<{
        score: number;
        conflicts: Array<string>;
        available: boolean;
        unavailableReason: string | null;
        unavailableCodes: Array<HardRule>;
        freeFrom: string | null;
        reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
        expert: {
          id: string;
          name: string;
          gender: Gender | null;
          title: string;
          titleLevel: TitleLevel;
          employer: string;
          fields: Array<Field>;
          honours: Array<Honour>;
          source: ExpertSource;
          retired: boolean;
          status: ExpertStatus;
          specialties: string;
          regionCode: string;
          region: { code: string; name: string } | null;
        };
      }> | null;
      expert: { id: string; name: string; title: string; employer: string };
    }>;
  };
};

export type TeamsQueryVariables = Exact<{
  demandId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;

export type TeamsQuery = {
  teams: Array<{
    id: string;
    name: string;
    level: TeamLevel;
    budget: number | null;
    startDate: string;
    endDate: string;
    createdAt: string;
    leadExpertId: string;
    servedDays: number;
    canLogBatches: boolean;
    demands: Array<{ id: string; code: string; title: string; status: DemandStatus }>;
    assignments: Array<{
      id: string;
      role: AssignmentRole;
      status: AssignmentStatus;
      reason: string | null;
      startDate: string;
      endDate: string;
      dueAt: string | null;
      overdue: boolean;
      respondedAt: string | null;
      teamId: string;
      replacementCandidates: Array<{
        score: number;
        conflicts: Array<string>;
        available: boolean;
        unavailableReason: string | null;
        unavailableCodes: Array<HardRule>;
        freeFrom: string | null;
        reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
        expert: {
          id: string;
          name: string;
          gender: Gender | null;
          title: string;
          titleLevel: TitleLevel;
          employer: string;
          fields: Array<Field>;
          honours: Array<Honour>;
          source: ExpertSource;
          retired: boolean;
          status: ExpertStatus;
          specialties: string;
          regionCode: string;
          region: { code: string; name: string } | null;
        };
      }> | null;
      expert: { id: string; name: string; title: string; employer: string };
    }>;
  }>;
};

export type ReplaceTeamMemberMutationVariables = Exact<{
  assignmentId: string | number;
  expertId: string | number;
}>;

export type ReplaceTeamMemberMutation = {
  replaceTeamMember: {
    id: string;
    name: string;
    level: TeamLevel;
    budget: number | null;
    startDate: string;
    endDate: string;
    createdAt: string;
    leadExpertId: string;
    servedDays: number;
    canLogBatches: boolean;
    demands: Array<{ id: string; code: string; title: string; status: DemandStatus }>;
    assignments: Array<{
      id: string;
      role: AssignmentRole;
      status: AssignmentStatus;
      reason: string | null;
      startDate: string;
      endDate: string;
      dueAt: string | null;
      overdue: boolean;
      respondedAt: string | null;
      teamId: string;
      replacementCandidates: Array<{
        score: number;
        conflicts: Array<string>;
        available: boolean;
        unavailableReason: string | null;
        unavailableCodes: Array<HardRule>;
        freeFrom: string | null;
        reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
        expert: {
          id: string;
          name: string;
          gender: Gender | null;
          title: string;
          titleLevel: TitleLevel;
          employer: string;
          fields: Array<Field>;
          honours: Array<Honour>;
          source: ExpertSource;
          retired: boolean;
          status: ExpertStatus;
          specialties: string;
          regionCode: string;
          region: { code: string; name: string } | null;
        };
      }> | null;
      expert: { id: string; name: string; title: string; employer: string };
    }>;
  };
};

export type MyInvitationsQueryVariables = Exact<{
  status?: AssignmentStatus | null | undefined;
}>;

export type MyInvitationsQuery = {
  myInvitations: Array<{
    id: string;
    role: AssignmentRole;
    status: AssignmentStatus;
    reason: string | null;
    startDate: string;
    endDate: string;
    dueAt: string | null;
    overdue: boolean;
    respondedAt: string | null;
    teamId: string;
    team: {
      id: string;
      name: string;
      level: TeamLevel;
      demands: Array<{
        id: string;
        code: string;
        title: string;
        region: { code: string; name: string } | null;
        organization: { id: string; name: string } | null;
      }>;
    } | null;
    expert: { id: string; name: string; title: string; employer: string };
  }>;
};

export type RespondInvitationMutationVariables = Exact<{
  assignmentId: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;

export type RespondInvitationMutation = {
  respondInvitation: {
    id: string;
    role: AssignmentRole;
    status: AssignmentStatus;
    reason: string | null;
    startDate: string;
    endDate: string;
    dueAt: string | null;
    overdue: boolean;
    respondedAt: string | null;
    teamId: string;
    expert: { id: string; name: string; title: string; employer: string };
  };
};

export type RecommendedDemandsQueryVariables = Exact<{ [key: string]: never }>;

export type RecommendedDemandsQuery = {
  recommendedDemands: Array<{
    score: number;
    conflicts: Array<string>;
    reasons: Array<{ code: string; label: string; detail: string | null; weight: number }>;
    demand: {
      description: string;
      openToVolunteers: boolean;
      id: string;
      code: string;
      title: string;
      status: DemandStatus;
      fields: Array<Field>;
      serviceForms: Array<ServiceForm>;
      expertsWanted: number;
      startDate: string | null;
      endDate: string | null;
      dueAt: string | null;
      overdue: boolean;
      submittedAt: string | null;
      createdAt: string;
      updatedAt: string;
      filedByBureau: boolean;
      availableActions: Array<string>;
      region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
      organization: { id: string; name: string } | null;
    };
  }>;
};

export type VolunteerMutationVariables = Exact<{
  demandId: string | number;
  message?: string | null | undefined;
}>;

export type VolunteerMutation = { volunteer: { id: string; demandId: string; message: string | null } };

export type CandidateProfileQueryVariables = Exact<{
  expertId: string | number;
  year: number;
}>;

export type CandidateProfileQuery = {
  expert: {
    phone: string | null;
    email: string | null;
    contactMasked: boolean;
    canEdit: boolean;
    annualCapDays: number;
    version: number;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    gender: Gender | null;
    title: string;
    titleLevel: TitleLevel;
    employer: string;
    fields: Array<Field>;
    honours: Array<Honour>;
    source: ExpertSource;
    retired: boolean;
    status: ExpertStatus;
    specialties: string;
    regionCode: string;
    region: { code: string; name: string } | null;
  } | null;
  expertServiceRecord: {
    expertId: string;
    year: number;
    workingDays: number;
    requiredDays: number;
    rating: number | null;
    ratingCount: number;
    teams: Array<{ teamId: string; teamName: string; role: string; batches: number; workingDays: number }>;
  };
};

export type ExpertSummaryFragment = {
  id: string;
  name: string;
  gender: Gender | null;
  title: string;
  titleLevel: TitleLevel;
  employer: string;
  fields: Array<Field>;
  honours: Array<Honour>;
  source: ExpertSource;
  retired: boolean;
  status: ExpertStatus;
  specialties: string;
  regionCode: string;
  region: { code: string; name: string } | null;
};

export type ExpertDetailFragment = {
  phone: string | null;
  email: string | null;
  contactMasked: boolean;
  canEdit: boolean;
  annualCapDays: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  id: string;
  name: string;
  gender: Gender | null;
  title: string;
  titleLevel: TitleLevel;
  employer: string;
  fields: Array<Field>;
  honours: Array<Honour>;
  source: ExpertSource;
  retired: boolean;
  status: ExpertStatus;
  specialties: string;
  regionCode: string;
  region: { code: string; name: string } | null;
};

export type FacetFragment = { value: string; label: string; count: number };

export type ExpertsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ExpertFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ExpertsQuery = {
  experts: {
    total: number;
    totalCapped: boolean;
    facetsCapped: boolean;
    suggestions: Array<string>;
    unmatched: Array<string>;
    broadened: Array<{ word: string; broader: string }>;
    hits: Array<{
      score: number;
      highlights: Array<string>;
      expert: {
        id: string;
        name: string;
        gender: Gender | null;
        title: string;
        titleLevel: TitleLevel;
        employer: string;
        fields: Array<Field>;
        honours: Array<Honour>;
        source: ExpertSource;
        retired: boolean;
        status: ExpertStatus;
        specialties: string;
        regionCode: string;
        region: { code: string; name: string } | null;
      };
    }>;
    facets: {
      fields: Array<{ value: string; label: string; count: number }>;
      titleLevels: Array<{ value: string; label: string; count: number }>;
      honours: Array<{ value: string; label: string; count: number }>;
      sources: Array<{ value: string; label: string; count: number }>;
      regions: Array<{ value: string; label: string; count: number }>;
    };
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type ExpertQueryVariables = Exact<{
  id: string | number;
}>;

export type ExpertQuery = {
  expert: {
    phone: string | null;
    email: string | null;
    contactMasked: boolean;
    canEdit: boolean;
    annualCapDays: number;
    version: number;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    gender: Gender | null;
    title: string;
    titleLevel: TitleLevel;
    employer: string;
    fields: Array<Field>;
    honours: Array<Honour>;
    source: ExpertSource;
    retired: boolean;
    status: ExpertStatus;
    specialties: string;
    regionCode: string;
    region: { code: string; name: string } | null;
  } | null;
};

export type UpsertExpertMutationVariables = Exact<{
  input: ExpertInput;
}>;

export type UpsertExpertMutation = {
  upsertExpert: {
    phone: string | null;
    email: string | null;
    contactMasked: boolean;
    canEdit: boolean;
    annualCapDays: number;
    version: number;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    gender: Gender | null;
    title: string;
    titleLevel: TitleLevel;
    employer: string;
    fields: Array<Field>;
    honours: Array<Honour>;
    source: ExpertSource;
    retired: boolean;
    status: ExpertStatus;
    specialties: string;
    regionCode: string;
    region: { code: string; name: string } | null;
  };
};

export type DeactivateExpertMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;

export type DeactivateExpertMutation = {
  deactivateExpert: {
    phone: string | null;
    email: string | null;
    contactMasked: boolean;
    canEdit: boolean;
    annualCapDays: number;
    version: number;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    gender: Gender | null;
    title: string;
    titleLevel: TitleLevel;
    employer: string;
    fields: Array<Field>;
    honours: Array<Honour>;
    source: ExpertSource;
    retired: boolean;
    status: ExpertStatus;
    specialties: string;
    regionCode: string;
    region: { code: string; name: string } | null;
  };
};

export type ReactivateExpertMutationVariables = Exact<{
  id: string | number;
}>;

export type ReactivateExpertMutation = {
  reactivateExpert: {
    phone: string | null;
    email: string | null;
    contactMasked: boolean;
    canEdit: boolean;
    annualCapDays: number;
    version: number;
    createdAt: string;
    updatedAt: string;
    id: string;
    name: string;
    gender: Gender | null;
    title: string;
    titleLevel: TitleLevel;
    employer: string;
    fields: Array<Field>;
    honours: Array<Honour>;
    source: ExpertSource;
    retired: boolean;
    status: ExpertStatus;
    specialties: string;
    regionCode: string;
    region: { code: string; name: string } | null;
  };
};

export type StartExpertImportMutationVariables = Exact<{
  fileName: string;
  contentBase64: string;
}>;

export type StartExpertImportMutation = {
  startExpertImport: {
    id: string;
    fileName: string;
    status: ImportJobStatus;
    progress: number;
    processedRows: number;
    totalRows: number | null;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    report: {
      created: number;
      updated: number;
      unchanged: number;
      rejected: Array<{ row: number; reason: string }>;
    };
  };
};

export type ImportJobStateFragment = {
  id: string;
  fileName: string;
  status: ImportJobStatus;
  progress: number;
  processedRows: number;
  totalRows: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  report: {
    created: number;
    updated: number;
    unchanged: number;
    rejected: Array<{ row: number; reason: string }>;
  };
};

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;

export type ImportJobQuery = {
  importJob: {
    id: string;
    fileName: string;
    status: ImportJobStatus;
    progress: number;
    processedRows: number;
    totalRows: number | null;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    report: {
      created: number;
      updated: number;
      unchanged: number;
      rejected: Array<{ row: number; reason: string }>;
    };
  };
};

export type ExportJobStateFragment = {
  id: string;
  fileName: string;
  status: ExportJobStatus;
  progress: number;
  processedRows: number;
  totalRows: number | null;
  downloadUrl: string | null;
  fileExpiresAt: string | null;
  bytes: number | null;
  error: string | null;
};

export type StartExpertExportMutationVariables = Exact<{
  query?: string | null | undefined;
  filter?: ExpertFilter | null | undefined;
}>;

export type StartExpertExportMutation = {
  startExpertExport: {
    id: string;
    fileName: string;
    status: ExportJobStatus;
    progress: number;
    processedRows: number;
    totalRows: number | null;
    downloadUrl: string | null;
    fileExpiresAt: string | null;
    bytes: number | null;
    error: string | null;
  };
};

export type ExportJobQueryVariables = Exact<{
  id: string | number;
}>;

export type ExportJobQuery = {
  exportJob: {
    id: string;
    fileName: string;
    status: ExportJobStatus;
    progress: number;
    processedRows: number;
    totalRows: number | null;
    downloadUrl: string | null;
    fileExpiresAt: string | null;
    bytes: number | null;
    error: string | null;
  };
};

export type MyTodosQueryVariables = Exact<{ [key: string]: never }>;

export type MyTodosQuery = {
  myTodos: Array<{
    key: string;
    title: string;
    emptyText: string;
    moreLink: string | null;
    total: number;
    items: Array<{
      id: string;
      title: string;
      detail: string | null;
      link: string;
      dueAt: string | null;
      overdue: boolean;
    }>;
  }>;
};

export type LexiconEntryItemFragment = {
  id: string;
  expression: string;
  terms: Array<string>;
  fields: Array<Field>;
  note: string | null;
  builtin: boolean;
  version: number;
  updatedAt: string | null;
};

export type LexiconEntriesQueryVariables = Exact<{
  query?: string | null | undefined;
  builtin?: boolean | null | undefined;
}>;

export type LexiconEntriesQuery = {
  lexiconEntries: Array<{
    id: string;
    expression: string;
    terms: Array<string>;
    fields: Array<Field>;
    note: string | null;
    builtin: boolean;
    version: number;
    updatedAt: string | null;
  }>;
};

export type LexiconPreviewQueryVariables = Exact<{
  text: string;
}>;

export type LexiconPreviewQuery = {
  lexiconPreview: { fields: Array<Field>; words: Array<{ word: string; expansions: Array<string> }> };
};

export type CreateLexiconEntryMutationVariables = Exact<{
  input: LexiconEntryInput;
}>;

export type CreateLexiconEntryMutation = {
  createLexiconEntry: {
    id: string;
    expression: string;
    terms: Array<string>;
    fields: Array<Field>;
    note: string | null;
    builtin: boolean;
    version: number;
    updatedAt: string | null;
  };
};

export type UpdateLexiconEntryMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LexiconEntryInput;
}>;

export type UpdateLexiconEntryMutation = {
  updateLexiconEntry: {
    id: string;
    expression: string;
    terms: Array<string>;
    fields: Array<Field>;
    note: string | null;
    builtin: boolean;
    version: number;
    updatedAt: string | null;
  };
};

export type DeleteLexiconEntryMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteLexiconEntryMutation = { deleteLexiconEntry: boolean };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
}>;

export type NotificationsQuery = {
  unreadNotificationCount: number;
  notifications: Array<{
    id: string;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    createdAt: string;
    readAt: string | null;
  }>;
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type MyNotificationPreferencesQuery = {
  myNotificationPreferences: {
    email: string | null;
    mobile: string | null;
    emailTopics: Array<string>;
    smsTopics: Array<string>;
    availableChannels: Array<string>;
    topics: Array<{ key: string; label: string }>;
  };
};

export type UpdateMyNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;

export type UpdateMyNotificationPreferencesMutation = {
  updateMyNotificationPreferences: {
    email: string | null;
    mobile: string | null;
    emailTopics: Array<string>;
    smsTopics: Array<string>;
    availableChannels: Array<string>;
    topics: Array<{ key: string; label: string }>;
  };
};

export type NotificationPreferencesFieldsFragment = {
  email: string | null;
  mobile: string | null;
  emailTopics: Array<string>;
  smsTopics: Array<string>;
  availableChannels: Array<string>;
  topics: Array<{ key: string; label: string }>;
};

export type NotificationDeliveryFailuresQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationDeliveryFailuresQuery = {
  notificationDeliveryFailures: {
    total: number;
    items: Array<{
      notificationId: string;
      channel: string;
      attempts: number;
      lastError: string;
      failedAt: string;
      kind: string;
      title: string;
      recipientUsername: string;
      recipientName: string;
    }>;
  };
};

export type RetryNotificationDeliveryMutationVariables = Exact<{
  notificationId: string | number;
  channel: string;
}>;

export type RetryNotificationDeliveryMutation = { retryNotificationDelivery: boolean };

export type InviteCandidatesQueryVariables = Exact<{
  query?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type InviteCandidatesQuery = {
  experts: { hits: Array<{ expert: { id: string; name: string; employer: string; regionCode: string } }> };
};

export type RegisterUnitMutationVariables = Exact<{
  input: UnitRegistrationInput;
}>;

export type RegisterUnitMutation = { registerUnit: { id: string; status: RegistrationStatus } };

export type UnitRegistrationItemFragment = {
  id: string;
  name: string;
  creditCode: string;
  regionCode: string;
  contactName: string;
  mobile: string;
  username: string;
  status: RegistrationStatus;
  reason: string | null;
  reviewedAt: string | null;
  createdAt: string;
  region: { code: string; name: string } | null;
};

export type UnitRegistrationsQueryVariables = Exact<{
  status?: RegistrationStatus | null | undefined;
}>;

export type UnitRegistrationsQuery = {
  unitRegistrations: Array<{
    id: string;
    name: string;
    creditCode: string;
    regionCode: string;
    contactName: string;
    mobile: string;
    username: string;
    status: RegistrationStatus;
    reason: string | null;
    reviewedAt: string | null;
    createdAt: string;
    region: { code: string; name: string } | null;
  }>;
};

export type ApproveUnitRegistrationMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveUnitRegistrationMutation = {
  approveUnitRegistration: {
    id: string;
    name: string;
    creditCode: string;
    regionCode: string;
    contactName: string;
    mobile: string;
    username: string;
    status: RegistrationStatus;
    reason: string | null;
    reviewedAt: string | null;
    createdAt: string;
    region: { code: string; name: string } | null;
  };
};

export type RejectUnitRegistrationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectUnitRegistrationMutation = {
  rejectUnitRegistration: {
    id: string;
    name: string;
    creditCode: string;
    regionCode: string;
    contactName: string;
    mobile: string;
    username: string;
    status: RegistrationStatus;
    reason: string | null;
    reviewedAt: string | null;
    createdAt: string;
    region: { code: string; name: string } | null;
  };
};

export type RequestExpertClaimCodeMutationVariables = Exact<{
  mobile: string;
}>;

export type RequestExpertClaimCodeMutation = { requestExpertClaimCode: string };

export type ClaimExpertRecordMutationVariables = Exact<{
  input: ExpertClaimInput;
}>;

export type ClaimExpertRecordMutation = { claimExpertRecord: { id: string; username: string } };

export type DemoOneTimeCodeQueryVariables = Exact<{
  mobile: string;
}>;

export type DemoOneTimeCodeQuery = { demoOneTimeCode: string | null };

export type InviteExpertsToClaimMutationVariables = Exact<{
  expertIds: Array<string | number> | string | number;
}>;

export type InviteExpertsToClaimMutation = {
  inviteExpertsToClaim: Array<{ expertId: string; name: string; invited: boolean; message: string }>;
};

export type ApprovedTeamsForDemandQueryVariables = Exact<{
  demandId: string | number;
}>;

export type ApprovedTeamsForDemandQuery = {
  approvedTeamsForDemand: Array<{
    teamId: string;
    name: string;
    ordered: boolean;
    levelLabel: string;
    hostName: string;
    year: number;
    startDate: string;
    endDate: string;
    fieldLabels: Array<string>;
    score: number;
    canTake: boolean;
    reason: string | null;
    experts: Array<{
      expertId: string;
      name: string;
      lead: boolean;
      score: number;
      available: boolean;
      unavailableReason: string | null;
    }>;
    capacity: {
      visitsPlanned: number | null;
      demandsGiven: number;
      visitsLeft: number | null;
      daysPlanned: number;
      daysServed: number;
      budget: number | null;
      spent: number;
      budgetLeft: number | null;
      full: boolean;
      warning: string | null;
    };
  }>;
};

export type GiveDemandToTeamMutationVariables = Exact<{
  input: GiveDemandToTeamInput;
}>;

export type GiveDemandToTeamMutation = { giveDemandToTeam: { id: string; name: string } };

export type ProgrammeOfferItemFragment = {
  id: string;
  teamId: string | null;
  baseId: string | null;
  ownerKind: string;
  ownerName: string;
  hostName: string;
  year: number;
  title: string;
  description: string;
  fields: Array<Field>;
  serviceForms: Array<ServiceForm>;
  regionCodes: Array<string>;
  places: string;
  months: Array<number>;
  capacity: number;
  ordered: number;
  remaining: number;
  status: string;
  score: number;
};

export type ProgrammeMenuQueryVariables = Exact<{
  query?: string | null | undefined;
  field?: Field | null | undefined;
  regionCode?: string | null | undefined;
  year?: number | null | undefined;
}>;

export type ProgrammeMenuQuery = {
  programmeMenu: Array<{
    id: string;
    teamId: string | null;
    baseId: string | null;
    ownerKind: string;
    ownerName: string;
    hostName: string;
    year: number;
    title: string;
    description: string;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    regionCodes: Array<string>;
    places: string;
    months: Array<number>;
    capacity: number;
    ordered: number;
    remaining: number;
    status: string;
    score: number;
  }>;
};

export type MyProgrammeOffersQueryVariables = Exact<{ [key: string]: never }>;

export type MyProgrammeOffersQuery = {
  myProgrammeOffers: Array<{
    id: string;
    teamId: string | null;
    baseId: string | null;
    ownerKind: string;
    ownerName: string;
    hostName: string;
    year: number;
    title: string;
    description: string;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    regionCodes: Array<string>;
    places: string;
    months: Array<number>;
    capacity: number;
    ordered: number;
    remaining: number;
    status: string;
    score: number;
  }>;
  programmeOfferOwners: Array<{ teamId: string | null; baseId: string | null; name: string; year: number }>;
};

export type SaveProgrammeOfferMutationVariables = Exact<{
  id?: string | number | null | undefined;
  input: ProgrammeOfferInput;
}>;

export type SaveProgrammeOfferMutation = {
  saveProgrammeOffer: {
    id: string;
    teamId: string | null;
    baseId: string | null;
    ownerKind: string;
    ownerName: string;
    hostName: string;
    year: number;
    title: string;
    description: string;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    regionCodes: Array<string>;
    places: string;
    months: Array<number>;
    capacity: number;
    ordered: number;
    remaining: number;
    status: string;
    score: number;
  };
};

export type SetProgrammeOfferOpenMutationVariables = Exact<{
  id: string | number;
  open: boolean;
}>;

export type SetProgrammeOfferOpenMutation = {
  setProgrammeOfferOpen: {
    id: string;
    teamId: string | null;
    baseId: string | null;
    ownerKind: string;
    ownerName: string;
    hostName: string;
    year: number;
    title: string;
    description: string;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    regionCodes: Array<string>;
    places: string;
    months: Array<number>;
    capacity: number;
    ordered: number;
    remaining: number;
    status: string;
    score: number;
  };
};

export type OrderProgrammeOfferMutationVariables = Exact<{
  offerId: string | number;
  input: ProgrammeOrderInput;
}>;

export type OrderProgrammeOfferMutation = {
  orderProgrammeOffer: { id: string; code: string; status: DemandStatus; title: string };
};

export type ProgrammeYearReportsQueryVariables = Exact<{
  year: number;
}>;

export type ProgrammeYearReportsQuery = {
  programmeYearDeadlines: { year: number; servicesEndOn: string; reportsDueOn: string };
  programmeYearReports: Array<{
    teamId: string;
    teamName: string;
    levelLabel: string;
    hostName: string;
    budget: number | null;
    spent: number;
    reported: boolean;
    submittedAt: string | null;
    late: boolean;
    summary: string | null;
    balanceNote: string | null;
    surveyMissing: Array<string>;
    accounts: {
      budget: number;
      spent: number;
      balance: number;
      returned: number;
      unreturned: number;
      lines: Array<{ item: string; source: string; amount: number; spent: number; balance: number }>;
    } | null;
  }>;
  programmeYearBases: Array<{
    baseId: string;
    name: string;
    levelLabel: string;
    personTimes: number;
    requiredPersonTimes: number;
    sessions: number;
    surveyMissing: Array<string>;
    ratingLabel: string | null;
  }>;
};

export type FinalAccountsFragment = {
  budget: number;
  spent: number;
  balance: number;
  returned: number;
  unreturned: number;
  lines: Array<{ item: string; source: string; amount: number; spent: number; balance: number }>;
};

export type ProgrammeYearReportFormQueryVariables = Exact<{
  teamId: string | number;
}>;

export type ProgrammeYearReportFormQuery = {
  programmeYearReportForm: {
    teamId: string;
    teamName: string;
    year: number;
    budget: number;
    recorded: number;
    surveyMissing: Array<string>;
    surveyBlocking: Array<string>;
    reported: boolean;
    submittedAt: string | null;
    summary: string | null;
    balanceNote: string | null;
    lines: Array<{ item: string; source: string; amount: number }>;
    accounts: {
      budget: number;
      spent: number;
      balance: number;
      returned: number;
      unreturned: number;
      lines: Array<{ item: string; source: string; amount: number; spent: number; balance: number }>;
    } | null;
  } | null;
};

export type ExportProgrammeYearMissingQueryVariables = Exact<{
  year: number;
}>;

export type ExportProgrammeYearMissingQuery = {
  exportProgrammeYearMissing: { fileName: string; mimeType: string; contentBase64: string };
};

export type SubmitProgrammeYearReportMutationVariables = Exact<{
  teamId: string | number;
  input: ProgrammeYearReportInput;
}>;

export type SubmitProgrammeYearReportMutation = { submitProgrammeYearReport: boolean };

export type ProgrammeCallItemFragment = {
  id: string;
  year: number;
  title: string;
  docNumber: string | null;
  opensOn: string;
  closesOn: string;
  recommendBy: string;
  status: ProgrammeCallStatus;
  statusLabel: string;
  publishedAt: string | null;
  categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
  recommenders: Array<{ id: string; name: string }>;
};

export type ProgrammeApplicationItemFragment = {
  id: string;
  callId: string;
  category: ProgrammeCategory;
  categoryLabel: string;
  kind: string;
  name: string;
  leadExpertId: string | null;
  leadExpertName: string | null;
  fields: Array<Field>;
  requestedBudget: number;
  budgetCap: number;
  status: ProgrammeApplicationStatus;
  statusLabel: string;
  recommendOpinion: string | null;
  ministryRef: string | null;
  approvedBudget: number | null;
  teamId: string | null;
  baseId: string | null;
  submittedAt: string | null;
  version: number;
  applicant: { id: string; name: string };
  recommender: { id: string; name: string };
};

export type ProgrammeApplicationDetailFragment = {
  form: Record<string, unknown>;
  startDate: string | null;
  endDate: string | null;
  id: string;
  callId: string;
  category: ProgrammeCategory;
  categoryLabel: string;
  kind: string;
  name: string;
  leadExpertId: string | null;
  leadExpertName: string | null;
  fields: Array<Field>;
  requestedBudget: number;
  budgetCap: number;
  status: ProgrammeApplicationStatus;
  statusLabel: string;
  recommendOpinion: string | null;
  ministryRef: string | null;
  approvedBudget: number | null;
  teamId: string | null;
  baseId: string | null;
  submittedAt: string | null;
  version: number;
  history: Array<{
    action: string;
    fromStatus: ProgrammeApplicationStatus | null;
    toStatus: ProgrammeApplicationStatus;
    note: string | null;
    at: string;
  }>;
  applicant: { id: string; name: string };
  recommender: { id: string; name: string };
};

export type ProgrammeCallsQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammeCallsQuery = {
  programmeCalls: Array<{
    id: string;
    year: number;
    title: string;
    docNumber: string | null;
    opensOn: string;
    closesOn: string;
    recommendBy: string;
    status: ProgrammeCallStatus;
    statusLabel: string;
    publishedAt: string | null;
    categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
    recommenders: Array<{ id: string; name: string }>;
  }>;
};

export type ProgrammeCallQueryVariables = Exact<{
  id: string | number;
}>;

export type ProgrammeCallQuery = {
  programmeCall: {
    id: string;
    year: number;
    title: string;
    docNumber: string | null;
    opensOn: string;
    closesOn: string;
    recommendBy: string;
    status: ProgrammeCallStatus;
    statusLabel: string;
    publishedAt: string | null;
    categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
    recommenders: Array<{ id: string; name: string }>;
  };
};

export type ProgrammeBureausQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammeBureausQuery = {
  organizations: Array<{ id: string; name: string; regionCode: string }>;
};

export type CreateProgrammeCallMutationVariables = Exact<{
  input: ProgrammeCallInput;
}>;

export type CreateProgrammeCallMutation = {
  createProgrammeCall: {
    id: string;
    year: number;
    title: string;
    docNumber: string | null;
    opensOn: string;
    closesOn: string;
    recommendBy: string;
    status: ProgrammeCallStatus;
    statusLabel: string;
    publishedAt: string | null;
    categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
    recommenders: Array<{ id: string; name: string }>;
  };
};

export type UpdateProgrammeCallMutationVariables = Exact<{
  id: string | number;
  input: ProgrammeCallInput;
}>;

export type UpdateProgrammeCallMutation = {
  updateProgrammeCall: {
    id: string;
    year: number;
    title: string;
    docNumber: string | null;
    opensOn: string;
    closesOn: string;
    recommendBy: string;
    status: ProgrammeCallStatus;
    statusLabel: string;
    publishedAt: string | null;
    categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
    recommenders: Array<{ id: string; name: string }>;
  };
};

export type OpenProgrammeCallMutationVariables = Exact<{
  id: string | number;
}>;

export type OpenProgrammeCallMutation = {
  openProgrammeCall: {
    id: string;
    year: number;
    title: string;
    docNumber: string | null;
    opensOn: string;
    closesOn: string;
    recommendBy: string;
    status: ProgrammeCallStatus;
    statusLabel: string;
    publishedAt: string | null;
    categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
    recommenders: Array<{ id: string; name: string }>;
  };
};

export type CloseProgrammeCallMutationVariables = Exact<{
  id: string | number;
}>;

export type CloseProgrammeCallMutation = {
  closeProgrammeCall: {
    id: string;
    year: number;
    title: string;
    docNumber: string | null;
    opensOn: string;
    closesOn: string;
    recommendBy: string;
    status: ProgrammeCallStatus;
    statusLabel: string;
    publishedAt: string | null;
    categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
    recommenders: Array<{ id: string; name: string }>;
  };
};

export type PublishProgrammeListsMutationVariables = Exact<{
  callId: string | number;
}>;

export type PublishProgrammeListsMutation = {
  publishProgrammeLists: {
    id: string;
    year: number;
    title: string;
    docNumber: string | null;
    opensOn: string;
    closesOn: string;
    recommendBy: string;
    status: ProgrammeCallStatus;
    statusLabel: string;
    publishedAt: string | null;
    categories: Array<{ category: ProgrammeCategory; label: string; cap: number }>;
    recommenders: Array<{ id: string; name: string }>;
  };
};

export type ProgrammeApplicationsQueryVariables = Exact<{
  callId: string | number;
  statuses?: Array<ProgrammeApplicationStatus> | ProgrammeApplicationStatus | null | undefined;
}>;

export type ProgrammeApplicationsQuery = {
  programmeApplications: Array<{
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  }>;
};

export type ProgrammeApplicationQueryVariables = Exact<{
  id: string | number;
}>;

export type ProgrammeApplicationQuery = {
  programmeApplication: {
    form: Record<string, unknown>;
    startDate: string | null;
    endDate: string | null;
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    history: Array<{
      action: string;
      fromStatus: ProgrammeApplicationStatus | null;
      toStatus: ProgrammeApplicationStatus;
      note: string | null;
      at: string;
    }>;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  };
};

export type CreateProgrammeApplicationMutationVariables = Exact<{
  callId: string | number;
  input: ProgrammeApplicationInput;
}>;

export type CreateProgrammeApplicationMutation = {
  createProgrammeApplication: {
    form: Record<string, unknown>;
    startDate: string | null;
    endDate: string | null;
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    history: Array<{
      action: string;
      fromStatus: ProgrammeApplicationStatus | null;
      toStatus: ProgrammeApplicationStatus;
      note: string | null;
      at: string;
    }>;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  };
};

export type UpdateProgrammeApplicationMutationVariables = Exact<{
  id: string | number;
  input: ProgrammeApplicationInput;
}>;

export type UpdateProgrammeApplicationMutation = {
  updateProgrammeApplication: {
    form: Record<string, unknown>;
    startDate: string | null;
    endDate: string | null;
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    history: Array<{
      action: string;
      fromStatus: ProgrammeApplicationStatus | null;
      toStatus: ProgrammeApplicationStatus;
      note: string | null;
      at: string;
    }>;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  };
};

export type SubmitProgrammeApplicationMutationVariables = Exact<{
  id: string | number;
}>;

export type SubmitProgrammeApplicationMutation = {
  submitProgrammeApplication: {
    form: Record<string, unknown>;
    startDate: string | null;
    endDate: string | null;
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    history: Array<{
      action: string;
      fromStatus: ProgrammeApplicationStatus | null;
      toStatus: ProgrammeApplicationStatus;
      note: string | null;
      at: string;
    }>;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  };
};

export type WithdrawProgrammeApplicationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;

export type WithdrawProgrammeApplicationMutation = {
  withdrawProgrammeApplication: {
    form: Record<string, unknown>;
    startDate: string | null;
    endDate: string | null;
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    history: Array<{
      action: string;
      fromStatus: ProgrammeApplicationStatus | null;
      toStatus: ProgrammeApplicationStatus;
      note: string | null;
      at: string;
    }>;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  };
};

export type DecideProgrammeApplicationMutationVariables = Exact<{
  id: string | number;
  decision: RecommendationDecision;
  note: string;
}>;

export type DecideProgrammeApplicationMutation = {
  decideProgrammeApplication: {
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  };
};

export type ProgrammeAnnex3QueryVariables = Exact<{
  callId: string | number;
}>;

export type ProgrammeAnnex3Query = {
  exportProgrammeAnnex3: { fileName: string; mimeType: string; contentBase64: string };
};

export type ProgrammeRankingQueryVariables = Exact<{
  callId: string | number;
}>;

export type ProgrammeRankingQuery = {
  programmeRanking: Array<{
    rank: number;
    score: number | null;
    application: {
      id: string;
      callId: string;
      category: ProgrammeCategory;
      categoryLabel: string;
      kind: string;
      name: string;
      leadExpertId: string | null;
      leadExpertName: string | null;
      fields: Array<Field>;
      requestedBudget: number;
      budgetCap: number;
      status: ProgrammeApplicationStatus;
      statusLabel: string;
      recommendOpinion: string | null;
      ministryRef: string | null;
      approvedBudget: number | null;
      teamId: string | null;
      baseId: string | null;
      submittedAt: string | null;
      version: number;
      applicant: { id: string; name: string };
      recommender: { id: string; name: string };
    };
    reviews: Array<{
      expertId: string;
      expertName: string;
      total: number;
      comment: string | null;
      scores: Array<{ criterion: ReviewCriterion; label: string; score: number; max: number }>;
    }>;
  }>;
};

export type SaveProgrammeReviewMutationVariables = Exact<{
  applicationId: string | number;
  input: ProgrammeReviewInput;
}>;

export type SaveProgrammeReviewMutation = {
  saveProgrammeReview: Array<{ expertName: string; total: number }>;
};

export type DecideProgrammeSelectionMutationVariables = Exact<{
  id: string | number;
  decision: SelectionDecision;
  note?: string | null | undefined;
}>;

export type DecideProgrammeSelectionMutation = {
  decideProgrammeSelection: {
    id: string;
    callId: string;
    category: ProgrammeCategory;
    categoryLabel: string;
    kind: string;
    name: string;
    leadExpertId: string | null;
    leadExpertName: string | null;
    fields: Array<Field>;
    requestedBudget: number;
    budgetCap: number;
    status: ProgrammeApplicationStatus;
    statusLabel: string;
    recommendOpinion: string | null;
    ministryRef: string | null;
    approvedBudget: number | null;
    teamId: string | null;
    baseId: string | null;
    submittedAt: string | null;
    version: number;
    applicant: { id: string; name: string };
    recommender: { id: string; name: string };
  };
};

export type PublishedProgrammeListsQueryVariables = Exact<{
  year: number;
}>;

export type PublishedProgrammeListsQuery = {
  publishedProgrammeLists: {
    year: number;
    title: string;
    publishedAt: string | null;
    national: Array<{ kind: string; category: ProgrammeCategory; name: string; unit: string }>;
    municipal: Array<{ kind: string; category: ProgrammeCategory; name: string; unit: string }>;
  } | null;
};

export type ExportPublishedProgrammeListsQueryVariables = Exact<{
  year: number;
}>;

export type ExportPublishedProgrammeListsQuery = {
  exportPublishedProgrammeLists: { fileName: string; mimeType: string; contentBase64: string } | null;
};

export type ProgrammeAttachmentsQueryVariables = Exact<{
  applicationId: string | number;
}>;

export type ProgrammeAttachmentsQuery = {
  programmeAttachments: Array<{
    id: string;
    fileName: string;
    contentType: string;
    size: number;
    createdAt: string;
  }>;
};

export type UploadProgrammeAttachmentMutationVariables = Exact<{
  applicationId: string | number;
  fileName: string;
  contentBase64: string;
}>;

export type UploadProgrammeAttachmentMutation = { uploadProgrammeAttachment: { id: string } };

export type DeleteProgrammeAttachmentMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteProgrammeAttachmentMutation = { deleteProgrammeAttachment: boolean };

export type ExportProgrammeAttachmentQueryVariables = Exact<{
  id: string | number;
}>;

export type ExportProgrammeAttachmentQuery = {
  exportProgrammeAttachment: { fileName: string; mimeType: string; contentBase64: string };
};

export type ProgrammeBaseItemFragment = {
  id: string;
  name: string;
  levelLabel: string;
  hostTypeLabel: string | null;
  fieldLabel: string | null;
  year: number;
  approvedBudget: number;
  status: string;
  personTimes: number;
  requiredPersonTimes: number;
  expectedPersonTimes: number;
  behind: boolean;
  warning: string | null;
};

export type ProgrammeBaseFullFragment = {
  canManage: boolean;
  base: {
    id: string;
    name: string;
    levelLabel: string;
    hostTypeLabel: string | null;
    fieldLabel: string | null;
    year: number;
    approvedBudget: number;
    status: string;
    personTimes: number;
    requiredPersonTimes: number;
    expectedPersonTimes: number;
    behind: boolean;
    warning: string | null;
  };
  roster: Array<{ expertId: string; name: string; title: string; employer: string; external: boolean }>;
  activities: Array<{
    id: string;
    heldOn: string;
    title: string;
    activityLabel: string;
    participants: number;
    personTimes: number;
  }>;
  evaluations: Array<{ year: number; score: number; ratingLabel: string; comment: string | null }>;
  threeYearReview: {
    reviewYear: number;
    years: Array<number>;
    missingYears: Array<number>;
    conclusion: string;
    label: string;
  };
};

export type ProgrammeBasesQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammeBasesQuery = {
  programmeBases: Array<{
    id: string;
    name: string;
    levelLabel: string;
    hostTypeLabel: string | null;
    fieldLabel: string | null;
    year: number;
    approvedBudget: number;
    status: string;
    personTimes: number;
    requiredPersonTimes: number;
    expectedPersonTimes: number;
    behind: boolean;
    warning: string | null;
  }>;
};

export type ProgrammeBaseQueryVariables = Exact<{
  id: string | number;
}>;

export type ProgrammeBaseQuery = {
  programmeBase: {
    canManage: boolean;
    base: {
      id: string;
      name: string;
      levelLabel: string;
      hostTypeLabel: string | null;
      fieldLabel: string | null;
      year: number;
      approvedBudget: number;
      status: string;
      personTimes: number;
      requiredPersonTimes: number;
      expectedPersonTimes: number;
      behind: boolean;
      warning: string | null;
    };
    roster: Array<{ expertId: string; name: string; title: string; employer: string; external: boolean }>;
    activities: Array<{
      id: string;
      heldOn: string;
      title: string;
      activityLabel: string;
      participants: number;
      personTimes: number;
    }>;
    evaluations: Array<{ year: number; score: number; ratingLabel: string; comment: string | null }>;
    threeYearReview: {
      reviewYear: number;
      years: Array<number>;
      missingYears: Array<number>;
      conclusion: string;
      label: string;
    };
  };
};

export type AddBaseExpertMutationVariables = Exact<{
  baseId: string | number;
  expertId: string | number;
  external: boolean;
}>;

export type AddBaseExpertMutation = {
  addBaseExpert: {
    canManage: boolean;
    base: {
      id: string;
      name: string;
      levelLabel: string;
      hostTypeLabel: string | null;
      fieldLabel: string | null;
      year: number;
      approvedBudget: number;
      status: string;
      personTimes: number;
      requiredPersonTimes: number;
      expectedPersonTimes: number;
      behind: boolean;
      warning: string | null;
    };
    roster: Array<{ expertId: string; name: string; title: string; employer: string; external: boolean }>;
    activities: Array<{
      id: string;
      heldOn: string;
      title: string;
      activityLabel: string;
      participants: number;
      personTimes: number;
    }>;
    evaluations: Array<{ year: number; score: number; ratingLabel: string; comment: string | null }>;
    threeYearReview: {
      reviewYear: number;
      years: Array<number>;
      missingYears: Array<number>;
      conclusion: string;
      label: string;
    };
  };
};

export type RemoveBaseExpertMutationVariables = Exact<{
  baseId: string | number;
  expertId: string | number;
}>;

export type RemoveBaseExpertMutation = {
  removeBaseExpert: {
    canManage: boolean;
    base: {
      id: string;
      name: string;
      levelLabel: string;
      hostTypeLabel: string | null;
      fieldLabel: string | null;
      year: number;
      approvedBudget: number;
      status: string;
      personTimes: number;
      requiredPersonTimes: number;
      expectedPersonTimes: number;
      behind: boolean;
      warning: string | null;
    };
    roster: Array<{ expertId: string; name: string; title: string; employer: string; external: boolean }>;
    activities: Array<{
      id: string;
      heldOn: string;
      title: string;
      activityLabel: string;
      participants: number;
      personTimes: number;
    }>;
    evaluations: Array<{ year: number; score: number; ratingLabel: string; comment: string | null }>;
    threeYearReview: {
      reviewYear: number;
      years: Array<number>;
      missingYears: Array<number>;
      conclusion: string;
      label: string;
    };
  };
};

export type RecordBaseActivityMutationVariables = Exact<{
  baseId: string | number;
  input: BaseActivityInput;
}>;

export type RecordBaseActivityMutation = {
  recordBaseActivity: {
    canManage: boolean;
    base: {
      id: string;
      name: string;
      levelLabel: string;
      hostTypeLabel: string | null;
      fieldLabel: string | null;
      year: number;
      approvedBudget: number;
      status: string;
      personTimes: number;
      requiredPersonTimes: number;
      expectedPersonTimes: number;
      behind: boolean;
      warning: string | null;
    };
    roster: Array<{ expertId: string; name: string; title: string; employer: string; external: boolean }>;
    activities: Array<{
      id: string;
      heldOn: string;
      title: string;
      activityLabel: string;
      participants: number;
      personTimes: number;
    }>;
    evaluations: Array<{ year: number; score: number; ratingLabel: string; comment: string | null }>;
    threeYearReview: {
      reviewYear: number;
      years: Array<number>;
      missingYears: Array<number>;
      conclusion: string;
      label: string;
    };
  };
};

export type EvaluateBaseMutationVariables = Exact<{
  baseId: string | number;
  year: number;
  score: number;
  comment?: string | null | undefined;
}>;

export type EvaluateBaseMutation = {
  evaluateBase: {
    canManage: boolean;
    base: {
      id: string;
      name: string;
      levelLabel: string;
      hostTypeLabel: string | null;
      fieldLabel: string | null;
      year: number;
      approvedBudget: number;
      status: string;
      personTimes: number;
      requiredPersonTimes: number;
      expectedPersonTimes: number;
      behind: boolean;
      warning: string | null;
    };
    roster: Array<{ expertId: string; name: string; title: string; employer: string; external: boolean }>;
    activities: Array<{
      id: string;
      heldOn: string;
      title: string;
      activityLabel: string;
      participants: number;
      personTimes: number;
    }>;
    evaluations: Array<{ year: number; score: number; ratingLabel: string; comment: string | null }>;
    threeYearReview: {
      reviewYear: number;
      years: Array<number>;
      missingYears: Array<number>;
      conclusion: string;
      label: string;
    };
  };
};

export type SetBaseExitedMutationVariables = Exact<{
  baseId: string | number;
  exited: boolean;
  reason: string;
}>;

export type SetBaseExitedMutation = {
  setBaseExited: {
    canManage: boolean;
    base: {
      id: string;
      name: string;
      levelLabel: string;
      hostTypeLabel: string | null;
      fieldLabel: string | null;
      year: number;
      approvedBudget: number;
      status: string;
      personTimes: number;
      requiredPersonTimes: number;
      expectedPersonTimes: number;
      behind: boolean;
      warning: string | null;
    };
    roster: Array<{ expertId: string; name: string; title: string; employer: string; external: boolean }>;
    activities: Array<{
      id: string;
      heldOn: string;
      title: string;
      activityLabel: string;
      participants: number;
      personTimes: number;
    }>;
    evaluations: Array<{ year: number; score: number; ratingLabel: string; comment: string | null }>;
    threeYearReview: {
      reviewYear: number;
      years: Array<number>;
      missingYears: Array<number>;
      conclusion: string;
      label: string;
    };
  };
};

export type ProgrammeBaseSurveyQueryVariables = Exact<{
  baseId: string | number;
  year?: number | null | undefined;
}>;

export type ProgrammeBaseSurveyQuery = {
  programmeBaseSurvey: {
    teamId: string;
    teamName: string;
    serviceMode: string | null;
    batchCount: number;
    totalDays: number;
    fields: Array<Field>;
    cityCount: number;
    cityNames: Array<string>;
    countyCount: number;
    countyNames: Array<string>;
    unitCount: number | null;
    keyAssistanceNational: Array<string>;
    keyAssistanceProvincial: Array<string>;
    totalSessions: number;
    projectsConnected: number | null;
    expertHeadcount: number;
    expertPersonTimes: number;
    problemsSolved: Array<string>;
    organisedByBureau: boolean;
    needsMatched: boolean;
    ministryFundsWan: number | null;
    matchingFundsWan: number | null;
    matchingSource: string | null;
    supportMeasures: string | null;
    spent: number | null;
    balance: number | null;
    missing: Array<string>;
    byTitleLevel: Array<{ key: string; label: string; count: number }>;
    byHonour: Array<{ key: string; label: string; count: number }>;
    bySource: Array<{ key: string; label: string; count: number }>;
    activities: Array<{
      type: ActivityType;
      label: string;
      count: number | null;
      participants: number | null;
      notes: Array<string>;
    }>;
    outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; texts: Array<string> }>;
    publicity: Array<{ media: string; date: string; title: string }>;
  };
};

export type CatalogQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogQuery = {
  catalog: {
    roles: Array<{ value: string; label: string }>;
    fields: Array<{ value: string; label: string }>;
    serviceForms: Array<{ value: string; label: string }>;
    titleLevels: Array<{ value: string; label: string }>;
    honours: Array<{ value: string; label: string }>;
    expertSources: Array<{ value: string; label: string }>;
    expertStatuses: Array<{ value: string; label: string }>;
    genders: Array<{ value: string; label: string }>;
    demandStatuses: Array<{ value: string; label: string }>;
    keyAssistance: Array<{ value: string; label: string }>;
    teamLevels: Array<{ value: string; label: string }>;
    activityTypes: Array<{ value: string; label: string }>;
    outcomeItems: Array<{ value: string; label: string }>;
    problemSolved: Array<{ value: string; label: string }>;
    expenseCategories: Array<{ value: string; label: string }>;
  };
};

export type RegionsQueryVariables = Exact<{
  parentCode?: string | null | undefined;
}>;

export type RegionsQuery = {
  regions: Array<{
    code: string;
    name: string;
    level: RegionLevel;
    hasChildren: boolean;
    parentCode: string | null;
    keyAssistance: KeyAssistance;
  }>;
};

export type RegionQueryVariables = Exact<{
  code: string;
}>;

export type RegionQuery = {
  region: {
    code: string;
    name: string;
    level: RegionLevel;
    hasChildren: boolean;
    parentCode: string | null;
    keyAssistance: KeyAssistance;
  };
};

export type OrganizationsQueryVariables = Exact<{
  kind?: OrganizationKind | null | undefined;
  regionCode?: string | null | undefined;
  query?: string | null | undefined;
}>;

export type OrganizationsQuery = {
  organizations: Array<{
    id: string;
    name: string;
    kind: OrganizationKind;
    regionCode: string;
    region: { code: string; name: string };
  }>;
};

export type BatchItemFragment = {
  id: string;
  batchKey: string;
  version: number;
  current: boolean;
  teamId: string;
  demandId: string;
  startDate: string;
  endDate: string;
  days: number;
  regionCode: string;
  regionName: string;
  keyAssistance: boolean;
  unitsServed: number | null;
  unitNames: Array<string>;
  remote: boolean;
  note: string | null;
  problemsSolved: Array<string>;
  correctionReason: string | null;
  createdAt: string;
  createdByName: string | null;
  experts: Array<{ id: string; name: string; titleLevel: TitleLevel }>;
  activities: Array<{
    type: ActivityType;
    label: string;
    count: number;
    participants: number | null;
    note: string | null;
  }>;
  outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; text: string | null }>;
  photos: Array<{ id: string; url: string; fileName: string; caption: string | null }>;
};

export type TeamDetailFragment = {
  id: string;
  name: string;
  level: TeamLevel;
  budget: number | null;
  startDate: string;
  endDate: string;
  createdAt: string;
  leadExpertId: string;
  servedDays: number;
  canLogBatches: boolean;
  lead: { id: string; name: string; title: string; employer: string } | null;
  demands: Array<{
    id: string;
    code: string;
    title: string;
    status: DemandStatus;
    regionCode: string;
    region: { code: string; name: string } | null;
    organization: { id: string; name: string } | null;
  }>;
  assignments: Array<{
    id: string;
    role: AssignmentRole;
    status: AssignmentStatus;
    reason: string | null;
    startDate: string;
    endDate: string;
    dueAt: string | null;
    overdue: boolean;
    respondedAt: string | null;
    teamId: string;
    expert: { id: string; name: string; title: string; employer: string };
  }>;
};

export type FollowUpItemFragment = {
  id: string;
  demandId: string;
  afterDays: number;
  dueOn: string;
  open: boolean;
  stillSolved: ProblemSolved | null;
  comment: string | null;
  answeredAt: string | null;
};

export type EvaluationItemFragment = {
  id: string;
  demandId: string;
  overall: number;
  problemSolved: ProblemSolved;
  comment: string | null;
  createdAt: string;
  scores: { expertise: number; problemSolving: number; attitude: number; timeliness: number };
};

export type DemandServiceInfoFragment = {
  id: string;
  status: DemandStatus;
  deliveredAt: string | null;
  completionOverride: string | null;
  evaluation: {
    id: string;
    demandId: string;
    overall: number;
    problemSolved: ProblemSolved;
    comment: string | null;
    createdAt: string;
    scores: { expertise: number; problemSolving: number; attitude: number; timeliness: number };
  } | null;
  followUps: Array<{
    id: string;
    demandId: string;
    afterDays: number;
    dueOn: string;
    open: boolean;
    stillSolved: ProblemSolved | null;
    comment: string | null;
    answeredAt: string | null;
  }>;
};

export type FundingItemFragment = {
  teamId: string;
  cap: number;
  ministryFunds: number;
  matchingFunds: number;
  matchingSource: string | null;
  total: number;
  spent: number;
  balance: number;
  warning: string | null;
  supportMeasures: string | null;
  publicity: Array<{ media: string; date: string; title: string }>;
  byCategory: Array<{ category: ExpenseCategory; label: string; amount: number }>;
  expenses: Array<{
    id: string;
    category: ExpenseCategory;
    label: string;
    amount: number;
    spentOn: string;
    note: string | null;
    createdAt: string;
  }>;
};

export type CertificateItemFragment = {
  id: string;
  code: string;
  expertId: string;
  expertName: string;
  employerName: string | null;
  year: number;
  workingDays: number;
  creditMet: boolean;
  teams: Array<string>;
  issuedAt: string;
  verifyPath: string;
};

export type TeamDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type TeamDetailQuery = {
  team: {
    id: string;
    name: string;
    level: TeamLevel;
    budget: number | null;
    startDate: string;
    endDate: string;
    createdAt: string;
    leadExpertId: string;
    servedDays: number;
    canLogBatches: boolean;
    lead: { id: string; name: string; title: string; employer: string } | null;
    demands: Array<{
      id: string;
      code: string;
      title: string;
      status: DemandStatus;
      regionCode: string;
      region: { code: string; name: string } | null;
      organization: { id: string; name: string } | null;
    }>;
    assignments: Array<{
      id: string;
      role: AssignmentRole;
      status: AssignmentStatus;
      reason: string | null;
      startDate: string;
      endDate: string;
      dueAt: string | null;
      overdue: boolean;
      respondedAt: string | null;
      teamId: string;
      expert: { id: string; name: string; title: string; employer: string };
    }>;
  } | null;
};

export type ServiceBatchesQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
  demandId?: string | number | null | undefined;
}>;

export type ServiceBatchesQuery = {
  serviceBatches: Array<{
    id: string;
    batchKey: string;
    version: number;
    current: boolean;
    teamId: string;
    demandId: string;
    startDate: string;
    endDate: string;
    days: number;
    regionCode: string;
    regionName: string;
    keyAssistance: boolean;
    unitsServed: number | null;
    unitNames: Array<string>;
    remote: boolean;
    note: string | null;
    problemsSolved: Array<string>;
    correctionReason: string | null;
    createdAt: string;
    createdByName: string | null;
    experts: Array<{ id: string; name: string; titleLevel: TitleLevel }>;
    activities: Array<{
      type: ActivityType;
      label: string;
      count: number;
      participants: number | null;
      note: string | null;
    }>;
    outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; text: string | null }>;
    photos: Array<{ id: string; url: string; fileName: string; caption: string | null }>;
  }>;
};

export type ServiceBatchVersionsQueryVariables = Exact<{
  id: string | number;
}>;

export type ServiceBatchVersionsQuery = {
  serviceBatchVersions: Array<{
    id: string;
    batchKey: string;
    version: number;
    current: boolean;
    teamId: string;
    demandId: string;
    startDate: string;
    endDate: string;
    days: number;
    regionCode: string;
    regionName: string;
    keyAssistance: boolean;
    unitsServed: number | null;
    unitNames: Array<string>;
    remote: boolean;
    note: string | null;
    problemsSolved: Array<string>;
    correctionReason: string | null;
    createdAt: string;
    createdByName: string | null;
    experts: Array<{ id: string; name: string; titleLevel: TitleLevel }>;
    activities: Array<{
      type: ActivityType;
      label: string;
      count: number;
      participants: number | null;
      note: string | null;
    }>;
    outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; text: string | null }>;
    photos: Array<{ id: string; url: string; fileName: string; caption: string | null }>;
  }>;
};

export type LogServiceBatchMutationVariables = Exact<{
  input: ServiceBatchInput;
}>;

export type LogServiceBatchMutation = {
  logServiceBatch: {
    id: string;
    batchKey: string;
    version: number;
    current: boolean;
    teamId: string;
    demandId: string;
    startDate: string;
    endDate: string;
    days: number;
    regionCode: string;
    regionName: string;
    keyAssistance: boolean;
    unitsServed: number | null;
    unitNames: Array<string>;
    remote: boolean;
    note: string | null;
    problemsSolved: Array<string>;
    correctionReason: string | null;
    createdAt: string;
    createdByName: string | null;
    experts: Array<{ id: string; name: string; titleLevel: TitleLevel }>;
    activities: Array<{
      type: ActivityType;
      label: string;
      count: number;
      participants: number | null;
      note: string | null;
    }>;
    outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; text: string | null }>;
    photos: Array<{ id: string; url: string; fileName: string; caption: string | null }>;
  };
};

export type CorrectServiceBatchMutationVariables = Exact<{
  id: string | number;
  input: ServiceBatchInput;
  reason: string;
}>;

export type CorrectServiceBatchMutation = {
  correctServiceBatch: {
    id: string;
    batchKey: string;
    version: number;
    current: boolean;
    teamId: string;
    demandId: string;
    startDate: string;
    endDate: string;
    days: number;
    regionCode: string;
    regionName: string;
    keyAssistance: boolean;
    unitsServed: number | null;
    unitNames: Array<string>;
    remote: boolean;
    note: string | null;
    problemsSolved: Array<string>;
    correctionReason: string | null;
    createdAt: string;
    createdByName: string | null;
    experts: Array<{ id: string; name: string; titleLevel: TitleLevel }>;
    activities: Array<{
      type: ActivityType;
      label: string;
      count: number;
      participants: number | null;
      note: string | null;
    }>;
    outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; text: string | null }>;
    photos: Array<{ id: string; url: string; fileName: string; caption: string | null }>;
  };
};

export type UploadServicePhotoMutationVariables = Exact<{
  teamId: string | number;
  fileName: string;
  contentBase64: string;
  caption?: string | null | undefined;
}>;

export type UploadServicePhotoMutation = {
  uploadServicePhoto: { id: string; url: string; fileName: string; caption: string | null };
};

export type DemandServiceQueryVariables = Exact<{
  id: string | number;
}>;

export type DemandServiceQuery = {
  demand: {
    id: string;
    status: DemandStatus;
    deliveredAt: string | null;
    completionOverride: string | null;
    teams: Array<{
      id: string;
      name: string;
      level: TeamLevel;
      startDate: string;
      endDate: string;
      servedDays: number;
      canLogBatches: boolean;
    }>;
    evaluation: {
      id: string;
      demandId: string;
      overall: number;
      problemSolved: ProblemSolved;
      comment: string | null;
      createdAt: string;
      scores: { expertise: number; problemSolving: number; attitude: number; timeliness: number };
    } | null;
    followUps: Array<{
      id: string;
      demandId: string;
      afterDays: number;
      dueOn: string;
      open: boolean;
      stillSolved: ProblemSolved | null;
      comment: string | null;
      answeredAt: string | null;
    }>;
  } | null;
  serviceBatches: Array<{
    id: string;
    batchKey: string;
    version: number;
    current: boolean;
    teamId: string;
    demandId: string;
    startDate: string;
    endDate: string;
    days: number;
    regionCode: string;
    regionName: string;
    keyAssistance: boolean;
    unitsServed: number | null;
    unitNames: Array<string>;
    remote: boolean;
    note: string | null;
    problemsSolved: Array<string>;
    correctionReason: string | null;
    createdAt: string;
    createdByName: string | null;
    experts: Array<{ id: string; name: string; titleLevel: TitleLevel }>;
    activities: Array<{
      type: ActivityType;
      label: string;
      count: number;
      participants: number | null;
      note: string | null;
    }>;
    outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; text: string | null }>;
    photos: Array<{ id: string; url: string; fileName: string; caption: string | null }>;
  }>;
};

export type CompleteDemandMutationVariables = Exact<{
  id: string | number;
  overrideReason?: string | null | undefined;
}>;

export type CompleteDemandMutation = {
  completeDemand: {
    description: string;
    minTitleLevel: TitleLevel | null;
    expectedDays: number | null;
    openToVolunteers: boolean;
    contactName: string | null;
    contactPhone: string | null;
    regionCode: string;
    organizationId: string;
    mergedIntoId: string | null;
    version: number;
    id: string;
    status: DemandStatus;
    deliveredAt: string | null;
    completionOverride: string | null;
    code: string;
    title: string;
    fields: Array<Field>;
    serviceForms: Array<ServiceForm>;
    expertsWanted: number;
    startDate: string | null;
    endDate: string | null;
    dueAt: string | null;
    overdue: boolean;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    filedByBureau: boolean;
    availableActions: Array<string>;
    organization: { id: string; name: string; regionCode: string } | null;
    history: Array<{
      fromStatus: DemandStatus | null;
      toStatus: DemandStatus;
      actorName: string;
      at: string;
      note: string | null;
    }>;
    evaluation: {
      id: string;
      demandId: string;
      overall: number;
      problemSolved: ProblemSolved;
      comment: string | null;
      createdAt: string;
      scores: { expertise: number; problemSolving: number; attitude: number; timeliness: number };
    } | null;
    followUps: Array<{
      id: string;
      demandId: string;
      afterDays: number;
      dueOn: string;
      open: boolean;
      stillSolved: ProblemSolved | null;
      comment: string | null;
      answeredAt: string | null;
    }>;
    region: { code: string; name: string; keyAssistance: KeyAssistance } | null;
  };
};

export type EvaluateServiceMutationVariables = Exact<{
  input: EvaluationInput;
}>;

export type EvaluateServiceMutation = {
  evaluateService: {
    id: string;
    demandId: string;
    overall: number;
    problemSolved: ProblemSolved;
    comment: string | null;
    createdAt: string;
    followUps: Array<{
      id: string;
      demandId: string;
      afterDays: number;
      dueOn: string;
      open: boolean;
      stillSolved: ProblemSolved | null;
      comment: string | null;
      answeredAt: string | null;
    }>;
    scores: { expertise: number; problemSolving: number; attitude: number; timeliness: number };
  };
};

export type AnswerFollowUpMutationVariables = Exact<{
  id: string | number;
  stillSolved: ProblemSolved;
  comment?: string | null | undefined;
}>;

export type AnswerFollowUpMutation = {
  answerFollowUp: {
    id: string;
    demandId: string;
    afterDays: number;
    dueOn: string;
    open: boolean;
    stillSolved: ProblemSolved | null;
    comment: string | null;
    answeredAt: string | null;
  };
};

export type SurveyFiguresFragment = {
  teamId: string;
  teamName: string;
  serviceMode: string | null;
  batchCount: number;
  totalDays: number;
  fields: Array<Field>;
  cityCount: number;
  cityNames: Array<string>;
  countyCount: number;
  countyNames: Array<string>;
  unitCount: number | null;
  keyAssistanceNational: Array<string>;
  keyAssistanceProvincial: Array<string>;
  totalSessions: number;
  projectsConnected: number | null;
  expertHeadcount: number;
  expertPersonTimes: number;
  problemsSolved: Array<string>;
  organisedByBureau: boolean;
  needsMatched: boolean;
  ministryFundsWan: number | null;
  matchingFundsWan: number | null;
  matchingSource: string | null;
  supportMeasures: string | null;
  spent: number | null;
  balance: number | null;
  missing: Array<string>;
  byTitleLevel: Array<{ key: string; label: string; count: number }>;
  byHonour: Array<{ key: string; label: string; count: number }>;
  bySource: Array<{ key: string; label: string; count: number }>;
  activities: Array<{
    type: ActivityType;
    label: string;
    count: number | null;
    participants: number | null;
    notes: Array<string>;
  }>;
  outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; texts: Array<string> }>;
  publicity: Array<{ media: string; date: string; title: string }>;
};

export type TeamSurveyQueryVariables = Exact<{
  teamId: string | number;
}>;

export type TeamSurveyQuery = {
  teamSurvey: {
    teamId: string;
    teamName: string;
    serviceMode: string | null;
    batchCount: number;
    totalDays: number;
    fields: Array<Field>;
    cityCount: number;
    cityNames: Array<string>;
    countyCount: number;
    countyNames: Array<string>;
    unitCount: number | null;
    keyAssistanceNational: Array<string>;
    keyAssistanceProvincial: Array<string>;
    totalSessions: number;
    projectsConnected: number | null;
    expertHeadcount: number;
    expertPersonTimes: number;
    problemsSolved: Array<string>;
    organisedByBureau: boolean;
    needsMatched: boolean;
    ministryFundsWan: number | null;
    matchingFundsWan: number | null;
    matchingSource: string | null;
    supportMeasures: string | null;
    spent: number | null;
    balance: number | null;
    missing: Array<string>;
    byTitleLevel: Array<{ key: string; label: string; count: number }>;
    byHonour: Array<{ key: string; label: string; count: number }>;
    bySource: Array<{ key: string; label: string; count: number }>;
    activities: Array<{
      type: ActivityType;
      label: string;
      count: number | null;
      participants: number | null;
      notes: Array<string>;
    }>;
    outcomes: Array<{ item: OutcomeItem; label: string; value: number | null; texts: Array<string> }>;
    publicity: Array<{ media: string; date: string; title: string }>;
  };
};

export type ExportTeamSurveyQueryVariables = Exact<{
  teamId: string | number;
}>;

export type ExportTeamSurveyQuery = {
  exportTeamSurvey: { fileName: string; mimeType: string; contentBase64: string };
};

export type TeamFundingQueryVariables = Exact<{
  teamId: string | number;
}>;

export type TeamFundingQuery = {
  teamFunding: {
    teamId: string;
    cap: number;
    ministryFunds: number;
    matchingFunds: number;
    matchingSource: string | null;
    total: number;
    spent: number;
    balance: number;
    warning: string | null;
    supportMeasures: string | null;
    publicity: Array<{ media: string; date: string; title: string }>;
    byCategory: Array<{ category: ExpenseCategory; label: string; amount: number }>;
    expenses: Array<{
      id: string;
      category: ExpenseCategory;
      label: string;
      amount: number;
      spentOn: string;
      note: string | null;
      createdAt: string;
    }>;
  };
};

export type SetTeamFundingMutationVariables = Exact<{
  teamId: string | number;
  input: TeamFundingInput;
}>;

export type SetTeamFundingMutation = {
  setTeamFunding: {
    teamId: string;
    cap: number;
    ministryFunds: number;
    matchingFunds: number;
    matchingSource: string | null;
    total: number;
    spent: number;
    balance: number;
    warning: string | null;
    supportMeasures: string | null;
    publicity: Array<{ media: string; date: string; title: string }>;
    byCategory: Array<{ category: ExpenseCategory; label: string; amount: number }>;
    expenses: Array<{
      id: string;
      category: ExpenseCategory;
      label: string;
      amount: number;
      spentOn: string;
      note: string | null;
      createdAt: string;
    }>;
  };
};

export type UpdateTeamReportMutationVariables = Exact<{
  teamId: string | number;
  input: TeamReportInput;
}>;

export type UpdateTeamReportMutation = {
  updateTeamReport: {
    teamId: string;
    cap: number;
    ministryFunds: number;
    matchingFunds: number;
    matchingSource: string | null;
    total: number;
    spent: number;
    balance: number;
    warning: string | null;
    supportMeasures: string | null;
    publicity: Array<{ media: string; date: string; title: string }>;
    byCategory: Array<{ category: ExpenseCategory; label: string; amount: number }>;
    expenses: Array<{
      id: string;
      category: ExpenseCategory;
      label: string;
      amount: number;
      spentOn: string;
      note: string | null;
      createdAt: string;
    }>;
  };
};

export type AddTeamExpenseMutationVariables = Exact<{
  teamId: string | number;
  input: TeamExpenseInput;
}>;

export type AddTeamExpenseMutation = {
  addTeamExpense: {
    teamId: string;
    cap: number;
    ministryFunds: number;
    matchingFunds: number;
    matchingSource: string | null;
    total: number;
    spent: number;
    balance: number;
    warning: string | null;
    supportMeasures: string | null;
    publicity: Array<{ media: string; date: string; title: string }>;
    byCategory: Array<{ category: ExpenseCategory; label: string; amount: number }>;
    expenses: Array<{
      id: string;
      category: ExpenseCategory;
      label: string;
      amount: number;
      spentOn: string;
      note: string | null;
      createdAt: string;
    }>;
  };
};

export type RemoveTeamExpenseMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveTeamExpenseMutation = {
  removeTeamExpense: {
    teamId: string;
    cap: number;
    ministryFunds: number;
    matchingFunds: number;
    matchingSource: string | null;
    total: number;
    spent: number;
    balance: number;
    warning: string | null;
    supportMeasures: string | null;
    publicity: Array<{ media: string; date: string; title: string }>;
    byCategory: Array<{ category: ExpenseCategory; label: string; amount: number }>;
    expenses: Array<{
      id: string;
      category: ExpenseCategory;
      label: string;
      amount: number;
      spentOn: string;
      note: string | null;
      createdAt: string;
    }>;
  };
};

export type ExpertServiceRecordQueryVariables = Exact<{
  expertId: string | number;
  year: number;
}>;

export type ExpertServiceRecordQuery = {
  expertServiceRecord: {
    expertId: string;
    expertName: string;
    employer: string;
    year: number;
    workingDays: number;
    requiredDays: number;
    creditMet: boolean;
    rating: number | null;
    ratingCount: number;
    teams: Array<{ teamId: string; teamName: string; role: string; batches: number; workingDays: number }>;
    batches: Array<{
      batchId: string;
      teamName: string;
      startDate: string;
      endDate: string;
      days: number;
      workingDays: number;
      regionName: string;
      activities: string;
    }>;
    activities: Array<{ key: string; label: string; count: number }>;
    certificates: Array<{
      id: string;
      code: string;
      expertId: string;
      expertName: string;
      employerName: string | null;
      year: number;
      workingDays: number;
      creditMet: boolean;
      teams: Array<string>;
      issuedAt: string;
      verifyPath: string;
    }>;
  };
};

export type ExportServiceRecordQueryVariables = Exact<{
  expertId: string | number;
  year: number;
}>;

export type ExportServiceRecordQuery = {
  exportServiceRecord: { fileName: string; mimeType: string; contentBase64: string };
};

export type IssueServiceCertificateMutationVariables = Exact<{
  expertId: string | number;
  year: number;
}>;

export type IssueServiceCertificateMutation = {
  issueServiceCertificate: {
    id: string;
    code: string;
    expertId: string;
    expertName: string;
    employerName: string | null;
    year: number;
    workingDays: number;
    creditMet: boolean;
    teams: Array<string>;
    issuedAt: string;
    verifyPath: string;
  };
};

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;

export type VerifyCertificateQuery = {
  verifyCertificate: {
    valid: boolean;
    message: string;
    expertName: string | null;
    employerName: string | null;
    year: number | null;
    workingDays: number | null;
    creditMet: boolean | null;
    teams: Array<string>;
    issuedAt: string | null;
  };
};

export type ExportAnnex3QueryVariables = Exact<{
  year: number;
  regionCode?: string | null | undefined;
}>;

export type ExportAnnex3Query = {
  exportAnnex3: { fileName: string; mimeType: string; contentBase64: string };
};

export type ReportTeamsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ReportTeamsQuery = {
  teams: Array<{
    id: string;
    name: string;
    level: TeamLevel;
    startDate: string;
    endDate: string;
    servedDays: number;
    lead: { id: string; name: string } | null;
    demands: Array<{
      id: string;
      code: string;
      title: string;
      status: DemandStatus;
      region: { code: string; name: string } | null;
    }>;
  }>;
};

export const AdminAccountItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAccountItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAccountItemFragment, unknown>;
export const AdminOrganizationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrganizationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminOrganizationItemFragment, unknown>;
export const SimilarDemandItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarDemandItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarDemand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shared' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMergeInto' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarDemandItemFragment, unknown>;
export const SolvedCaseItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolvedCaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolvedCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shared' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leadName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SolvedCaseItemFragment, unknown>;
export const DemandListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandListItemFragment, unknown>;
export const DemandDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandDetailFragment, unknown>;
export const AssignmentItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentItemFragment, unknown>;
export const MatchReasonItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchReasonItemFragment, unknown>;
export const ExpertSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertSummaryFragment, unknown>;
export const ExpertMatchItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertMatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeFrom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertMatchItemFragment, unknown>;
export const TeamItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canLogBatches' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replacementCandidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertMatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeFrom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamItemFragment, unknown>;
export const ExpertDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualCapDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertDetailFragment, unknown>;
export const FacetFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Facet' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FacetCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FacetFragment, unknown>;
export const ImportJobStateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportJobState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rejected' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportJobStateFragment, unknown>;
export const ExportJobStateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExportJobState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportJobStateFragment, unknown>;
export const LexiconEntryItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LexiconEntryItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LexiconEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expression' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LexiconEntryItemFragment, unknown>;
export const NotificationPreferencesFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationPreferencesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreferences' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailTopics' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smsTopics' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableChannels' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'topics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationPreferencesFieldsFragment, unknown>;
export const UnitRegistrationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitRegistrationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitRegistration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitRegistrationItemFragment, unknown>;
export const ProgrammeOfferItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeOfferItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'months' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeOfferItemFragment, unknown>;
export const FinalAccountsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinalAccounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeFinalAccounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreturned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinalAccountsFragment, unknown>;
export const ProgrammeCallItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeCallItemFragment, unknown>;
export const ProgrammeApplicationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeApplicationItemFragment, unknown>;
export const ProgrammeApplicationDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeApplicationDetailFragment, unknown>;
export const ProgrammeBaseItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeBaseItemFragment, unknown>;
export const ProgrammeBaseFullFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseFull' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBaseDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'external' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activityLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threeYearReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reviewYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeBaseFullFragment, unknown>;
export const BatchItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitsServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'photos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BatchItemFragment, unknown>;
export const TeamDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canLogBatches' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'region' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamDetailFragment, unknown>;
export const EvaluationItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problemSolving' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluationItemFragment, unknown>;
export const FollowUpItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stillSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpItemFragment, unknown>;
export const DemandServiceInfoFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandServiceInfo' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completionOverride' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problemSolving' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stillSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandServiceInfoFragment, unknown>;
export const FundingItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFunding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expenses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundingItemFragment, unknown>;
export const CertificateItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceCertificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teams' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifyPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CertificateItemFragment, unknown>;
export const SurveyFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cityCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cityNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistanceNational' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistanceProvincial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectsConnected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertPersonTimes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byTitleLevel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byHonour' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bySource' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsMatched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFundsWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFundsWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyFiguresFragment, unknown>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'region' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasChildren' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'oldPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'oldPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'oldPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AdminAccountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAccounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAccountItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAccountItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAccountsQuery, AdminAccountsQueryVariables>;
export const AdminCreateAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCreateAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAccountInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAccountItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAccountItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCreateAccountMutation, AdminCreateAccountMutationVariables>;
export const AdminUpdateAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminUpdateAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAccountInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAccountItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAccountItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUpdateAccountMutation, AdminUpdateAccountMutationVariables>;
export const AdminSetAccountActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetAccountActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAccountActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAccountItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAccountItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetAccountActiveMutation, AdminSetAccountActiveMutationVariables>;
export const AdminResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetAccountPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminResetPasswordMutation, AdminResetPasswordMutationVariables>;
export const AdminImportAccountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminImportAccounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importAccounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rejected' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminImportAccountsMutation, AdminImportAccountsMutationVariables>;
export const AdminAccountTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAccountTemplate' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportAccountImportTemplate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAccountTemplateQuery, AdminAccountTemplateQueryVariables>;
export const AdminOrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminOrganizations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrganizationItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrganizationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const AdminCreateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCreateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrganizationItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrganizationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCreateOrganizationMutation, AdminCreateOrganizationMutationVariables>;
export const AdminUpdateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminUpdateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOrganization' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrganizationItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrganizationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUpdateOrganizationMutation, AdminUpdateOrganizationMutationVariables>;
export const AdminMergeOrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminMergeOrganizations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keepId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'duplicateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeOrganizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'duplicateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'duplicateId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kept' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOrganizationItem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'moved' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOrganizationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminMergeOrganizationsMutation, AdminMergeOrganizationsMutationVariables>;
export const AdminRegionPartnershipsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminRegionPartnerships' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regionPartnerships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'servingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'servingName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'servedCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'servedName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keyAssistanceCounties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRegionPartnershipsQuery, AdminRegionPartnershipsQueryVariables>;
export const AdminSetPartnershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetPartnership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'servingCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'servedCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'present' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRegionPartnership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'servingCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'servingCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'servedCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'servedCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'present' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'present' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'servingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'servedCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetPartnershipMutation, AdminSetPartnershipMutationVariables>;
export const AdminSetKeyAssistanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetKeyAssistance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyAssistance' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyAssistance' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRegionKeyAssistance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keyAssistance' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyAssistance' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetKeyAssistanceMutation, AdminSetKeyAssistanceMutationVariables>;
export const AdminAuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorUsername' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminExportAuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminExportAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminExportAuditLogQuery, AdminExportAuditLogQueryVariables>;
export const AdminCalendarYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCalendarYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendarYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'published' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCalendarYearQuery, AdminCalendarYearQueryVariables>;
export const AdminSetCalendarYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetCalendarYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarDayInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCalendarYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetCalendarYearMutation, AdminSetCalendarYearMutationVariables>;
export const DashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Dashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dashboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demandsByStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demandsByField' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demandsByRegion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispatchTime' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'samples' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p90Hours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'onTime' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'delivered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'satisfaction' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluations' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'solved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partial' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notSolved' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ceProgress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expertsServed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditMet' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'buckets' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meeting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'supplyGap' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'regions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unmetDemands' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'availableExperts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const RegionStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RegionStatistics' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'all' },
            name: { kind: 'Name', value: 'demands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '0' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitDraftCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countsByStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdue' },
            name: { kind: 'Name', value: 'demands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'overdue' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '0' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionStatisticsQuery, RegionStatisticsQueryVariables>;
export const SuggestDemandClassificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SuggestDemandClassification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestDemandClassification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'title' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'description' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'description' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceForms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'words' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'words' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestDemandClassificationQuery, SuggestDemandClassificationQueryVariables>;
export const SimilarDemandsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SimilarDemands' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandDraftText' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'similarDemands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'duplicates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimilarDemandItem' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'otherUnitsDuplicates' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'solved' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolvedCaseItem' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarDemandItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarDemand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shared' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMergeInto' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolvedCaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolvedCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shared' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leadName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarDemandsQuery, SimilarDemandsQueryVariables>;
export const DemandFormDefaultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DemandFormDefaults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demandFormDefaults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandFormDefaultsQuery, DemandFormDefaultsQueryVariables>;
export const DemandsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Demands' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countsByStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandsQuery, DemandsQueryVariables>;
export const DemandCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DemandCounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '0' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countsByStatus' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandCountsQuery, DemandCountsQueryVariables>;
export const DemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Demand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandQuery, DemandQueryVariables>;
export const CreateDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDemandMutation, CreateDemandMutationVariables>;
export const UpdateDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DemandInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateDemandMutation, UpdateDemandMutationVariables>;
export const SubmitDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitDemandMutation, SubmitDemandMutationVariables>;
export const AcceptDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptDemandMutation, AcceptDemandMutationVariables>;
export const ReturnDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnDemandMutation, ReturnDemandMutationVariables>;
export const RejectDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectDemandMutation, RejectDemandMutationVariables>;
export const CancelDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelDemandMutation, CancelDemandMutationVariables>;
export const MergeDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'intoId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'intoId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'intoId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeDemandMutation, MergeDemandMutationVariables>;
export const DispatchDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DispatchDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchExperts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeUnavailable' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lead' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'uncoveredFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamUncoveredFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demandVolunteers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'match' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'volunteer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertMatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeFrom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DispatchDemandQuery, DispatchDemandQueryVariables>;
export const ExplainExclusionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExplainExclusion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explainExclusion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'match' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertMatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeFrom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExplainExclusionQuery, ExplainExclusionQueryVariables>;
export const ExpertPickerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertPicker' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertPickerQuery, ExpertPickerQueryVariables>;
export const DispatchTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DispatchTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DispatchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dispatchTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertMatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeFrom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canLogBatches' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replacementCandidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DispatchTeamMutation, DispatchTeamMutationVariables>;
export const TeamsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Teams' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertMatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeFrom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canLogBatches' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replacementCandidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const ReplaceTeamMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplaceTeamMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replaceTeamMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assignmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertMatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertMatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unavailableCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'freeFrom' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canLogBatches' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'replacementCandidates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertMatchItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplaceTeamMemberMutation, ReplaceTeamMemberMutationVariables>;
export const MyInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyInvitations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myInvitations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'demands' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'region' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const RespondInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assignmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assignmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accept' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondInvitationMutation, RespondInvitationMutationVariables>;
export const RecommendedDemandsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecommendedDemands' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendedDemands' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchReasonItem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demand' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchReasonItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchReason' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendedDemandsQuery, RecommendedDemandsQueryVariables>;
export const VolunteerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Volunteer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'message' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'message' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'message' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VolunteerMutation, VolunteerMutationVariables>;
export const CandidateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CandidateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertDetail' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expertServiceRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'batches' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualCapDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidateProfileQuery, CandidateProfileQueryVariables>;
export const ExpertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Experts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCapped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'facetsCapped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suggestions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unmatched' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'broadened' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'word' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'broader' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'highlights' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Facet' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'titleLevels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Facet' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'honours' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Facet' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sources' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Facet' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'regions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Facet' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Facet' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FacetCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const ExpertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Expert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualCapDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertQuery, ExpertQueryVariables>;
export const UpsertExpertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpsertExpert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upsertExpert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualCapDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpsertExpertMutation, UpsertExpertMutationVariables>;
export const DeactivateExpertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateExpert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateExpert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualCapDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeactivateExpertMutation, DeactivateExpertMutationVariables>;
export const ReactivateExpertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactivateExpert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactivateExpert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'honours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialties' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Expert' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualCapDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactivateExpertMutation, ReactivateExpertMutationVariables>;
export const StartExpertImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartExpertImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startExpertImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImportJobState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportJobState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rejected' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartExpertImportMutation, StartExpertImportMutationVariables>;
export const ImportJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImportJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImportJobState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportJobState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rejected' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const StartExpertExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartExpertExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startExpertExport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExportJobState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExportJobState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartExpertExportMutation, StartExpertExportMutationVariables>;
export const ExportJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExportJobState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExportJobState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportJobQuery, ExportJobQueryVariables>;
export const MyTodosDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTodos' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTodos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emptyText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moreLink' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTodosQuery, MyTodosQueryVariables>;
export const LexiconEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LexiconEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'builtin' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lexiconEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'builtin' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'builtin' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LexiconEntryItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LexiconEntryItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LexiconEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expression' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LexiconEntriesQuery, LexiconEntriesQueryVariables>;
export const LexiconPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LexiconPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lexiconPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'words' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'word' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expansions' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LexiconPreviewQuery, LexiconPreviewQueryVariables>;
export const CreateLexiconEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLexiconEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LexiconEntryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLexiconEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LexiconEntryItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LexiconEntryItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LexiconEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expression' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLexiconEntryMutation, CreateLexiconEntryMutationVariables>;
export const UpdateLexiconEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateLexiconEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LexiconEntryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateLexiconEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LexiconEntryItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LexiconEntryItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LexiconEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expression' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateLexiconEntryMutation, UpdateLexiconEntryMutationVariables>;
export const DeleteLexiconEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteLexiconEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteLexiconEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteLexiconEntryMutation, DeleteLexiconEntryMutationVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyNotificationPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotificationPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotificationPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationPreferencesFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationPreferencesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreferences' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailTopics' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smsTopics' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableChannels' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'topics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const UpdateMyNotificationPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyNotificationPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreferencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyNotificationPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationPreferencesFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationPreferencesFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationPreferences' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailTopics' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smsTopics' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableChannels' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'topics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateMyNotificationPreferencesMutation,
  UpdateMyNotificationPreferencesMutationVariables
>;
export const NotificationDeliveryFailuresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationDeliveryFailures' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationDeliveryFailures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'notificationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientUsername' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationDeliveryFailuresQuery, NotificationDeliveryFailuresQueryVariables>;
export const RetryNotificationDeliveryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryNotificationDelivery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'notificationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryNotificationDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'notificationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'notificationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channel' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryNotificationDeliveryMutation, RetryNotificationDeliveryMutationVariables>;
export const InviteCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InviteCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'expert' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteCandidatesQuery, InviteCandidatesQueryVariables>;
export const RegisterUnitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitRegistrationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterUnitMutation, RegisterUnitMutationVariables>;
export const UnitRegistrationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnitRegistrations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegistrationStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitRegistrations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitRegistrationItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitRegistrationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitRegistration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitRegistrationsQuery, UnitRegistrationsQueryVariables>;
export const ApproveUnitRegistrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveUnitRegistration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveUnitRegistration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitRegistrationItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitRegistrationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitRegistration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveUnitRegistrationMutation, ApproveUnitRegistrationMutationVariables>;
export const RejectUnitRegistrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectUnitRegistration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectUnitRegistration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitRegistrationItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitRegistrationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitRegistration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mobile' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectUnitRegistrationMutation, RejectUnitRegistrationMutationVariables>;
export const RequestExpertClaimCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestExpertClaimCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestExpertClaimCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestExpertClaimCodeMutation, RequestExpertClaimCodeMutationVariables>;
export const ClaimExpertRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClaimExpertRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertClaimInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimExpertRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClaimExpertRecordMutation, ClaimExpertRecordMutationVariables>;
export const DemoOneTimeCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DemoOneTimeCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demoOneTimeCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mobile' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mobile' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemoOneTimeCodeQuery, DemoOneTimeCodeQueryVariables>;
export const InviteExpertsToClaimDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteExpertsToClaim' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteExpertsToClaim' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteExpertsToClaimMutation, InviteExpertsToClaimMutationVariables>;
export const ApprovedTeamsForDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApprovedTeamsForDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvedTeamsForDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldLabels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canTake' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'experts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lead' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unavailableReason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'capacity' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'visitsPlanned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'demandsGiven' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'visitsLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysPlanned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysServed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'full' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovedTeamsForDemandQuery, ApprovedTeamsForDemandQueryVariables>;
export const GiveDemandToTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GiveDemandToTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GiveDemandToTeamInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giveDemandToTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GiveDemandToTeamMutation, GiveDemandToTeamMutationVariables>;
export const ProgrammeMenuDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeMenu' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'field' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Field' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeMenu' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'field' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'field' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeOfferItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeOfferItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'months' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeMenuQuery, ProgrammeMenuQueryVariables>;
export const MyProgrammeOffersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProgrammeOffers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammeOffers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeOfferItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeOfferOwners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeOfferItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'months' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProgrammeOffersQuery, MyProgrammeOffersQueryVariables>;
export const SaveProgrammeOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveProgrammeOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeOfferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveProgrammeOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeOfferItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeOfferItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'months' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveProgrammeOfferMutation, SaveProgrammeOfferMutationVariables>;
export const SetProgrammeOfferOpenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetProgrammeOfferOpen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'open' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setProgrammeOfferOpen' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'open' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'open' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeOfferItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeOfferItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'months' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetProgrammeOfferOpenMutation, SetProgrammeOfferOpenMutationVariables>;
export const OrderProgrammeOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrderProgrammeOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orderProgrammeOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderProgrammeOfferMutation, OrderProgrammeOfferMutationVariables>;
export const ProgrammeYearReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeYearReports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeYearDeadlines' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'servicesEndOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportsDueOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeYearReports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reported' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balanceNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'surveyMissing' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FinalAccounts' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeYearBases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'surveyMissing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinalAccounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeFinalAccounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreturned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeYearReportsQuery, ProgrammeYearReportsQueryVariables>;
export const ProgrammeYearReportFormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeYearReportForm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeYearReportForm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recorded' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'surveyMissing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'surveyBlocking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reported' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balanceNote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FinalAccounts' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinalAccounts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeFinalAccounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreturned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeYearReportFormQuery, ProgrammeYearReportFormQueryVariables>;
export const ExportProgrammeYearMissingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportProgrammeYearMissing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportProgrammeYearMissing' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportProgrammeYearMissingQuery, ExportProgrammeYearMissingQueryVariables>;
export const SubmitProgrammeYearReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitProgrammeYearReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeYearReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitProgrammeYearReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitProgrammeYearReportMutation, SubmitProgrammeYearReportMutationVariables>;
export const ProgrammeCallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeCalls' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeCalls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeCallItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeCallsQuery, ProgrammeCallsQueryVariables>;
export const ProgrammeCallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeCall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeCall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeCallItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeCallQuery, ProgrammeCallQueryVariables>;
export const ProgrammeBureausDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeBureaus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'EnumValue', value: 'BUREAU' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeBureausQuery, ProgrammeBureausQueryVariables>;
export const CreateProgrammeCallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProgrammeCall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProgrammeCall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeCallItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProgrammeCallMutation, CreateProgrammeCallMutationVariables>;
export const UpdateProgrammeCallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProgrammeCall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProgrammeCall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeCallItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProgrammeCallMutation, UpdateProgrammeCallMutationVariables>;
export const OpenProgrammeCallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenProgrammeCall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openProgrammeCall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeCallItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenProgrammeCallMutation, OpenProgrammeCallMutationVariables>;
export const CloseProgrammeCallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseProgrammeCall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeProgrammeCall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeCallItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseProgrammeCallMutation, CloseProgrammeCallMutationVariables>;
export const PublishProgrammeListsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishProgrammeLists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishProgrammeLists' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'callId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeCallItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeCallItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeCall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommenders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishProgrammeListsMutation, PublishProgrammeListsMutationVariables>;
export const ProgrammeApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeApplications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplicationStatus' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'callId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'statuses' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeApplicationsQuery, ProgrammeApplicationsQueryVariables>;
export const ProgrammeApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeApplicationQuery, ProgrammeApplicationQueryVariables>;
export const CreateProgrammeApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProgrammeApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProgrammeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'callId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProgrammeApplicationMutation, CreateProgrammeApplicationMutationVariables>;
export const UpdateProgrammeApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProgrammeApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProgrammeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProgrammeApplicationMutation, UpdateProgrammeApplicationMutationVariables>;
export const SubmitProgrammeApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitProgrammeApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitProgrammeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitProgrammeApplicationMutation, SubmitProgrammeApplicationMutationVariables>;
export const WithdrawProgrammeApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawProgrammeApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawProgrammeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'form' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  WithdrawProgrammeApplicationMutation,
  WithdrawProgrammeApplicationMutationVariables
>;
export const DecideProgrammeApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideProgrammeApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationDecision' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideProgrammeApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideProgrammeApplicationMutation, DecideProgrammeApplicationMutationVariables>;
export const ProgrammeAnnex3Document = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeAnnex3' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportProgrammeAnnex3' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'callId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeAnnex3Query, ProgrammeAnnex3QueryVariables>;
export const ProgrammeRankingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeRanking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeRanking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'callId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'callId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviews' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expertName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeRankingQuery, ProgrammeRankingQueryVariables>;
export const SaveProgrammeReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveProgrammeReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeReviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveProgrammeReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveProgrammeReviewMutation, SaveProgrammeReviewMutationVariables>;
export const DecideProgrammeSelectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideProgrammeSelection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SelectionDecision' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideProgrammeSelection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeApplicationItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeApplicationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'callId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applicant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommender' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendOpinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideProgrammeSelectionMutation, DecideProgrammeSelectionMutationVariables>;
export const PublishedProgrammeListsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublishedProgrammeLists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishedProgrammeLists' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'national' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'municipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishedProgrammeListsQuery, PublishedProgrammeListsQueryVariables>;
export const ExportPublishedProgrammeListsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportPublishedProgrammeLists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportPublishedProgrammeLists' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportPublishedProgrammeListsQuery, ExportPublishedProgrammeListsQueryVariables>;
export const ProgrammeAttachmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeAttachments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeAttachments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeAttachmentsQuery, ProgrammeAttachmentsQueryVariables>;
export const UploadProgrammeAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadProgrammeAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadProgrammeAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadProgrammeAttachmentMutation, UploadProgrammeAttachmentMutationVariables>;
export const DeleteProgrammeAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteProgrammeAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteProgrammeAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteProgrammeAttachmentMutation, DeleteProgrammeAttachmentMutationVariables>;
export const ExportProgrammeAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportProgrammeAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportProgrammeAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportProgrammeAttachmentQuery, ExportProgrammeAttachmentQueryVariables>;
export const ProgrammeBasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeBases' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeBases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeBasesQuery, ProgrammeBasesQueryVariables>;
export const ProgrammeBaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeBase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeBase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseFull' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseFull' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBaseDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'external' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activityLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threeYearReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reviewYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeBaseQuery, ProgrammeBaseQueryVariables>;
export const AddBaseExpertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddBaseExpert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'external' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addBaseExpert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'external' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'external' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseFull' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseFull' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBaseDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'external' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activityLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threeYearReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reviewYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddBaseExpertMutation, AddBaseExpertMutationVariables>;
export const RemoveBaseExpertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveBaseExpert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeBaseExpert' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseFull' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseFull' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBaseDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'external' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activityLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threeYearReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reviewYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveBaseExpertMutation, RemoveBaseExpertMutationVariables>;
export const RecordBaseActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordBaseActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BaseActivityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordBaseActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseFull' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseFull' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBaseDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'external' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activityLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threeYearReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reviewYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordBaseActivityMutation, RecordBaseActivityMutationVariables>;
export const EvaluateBaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvaluateBase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'score' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluateBase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'score' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'score' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseFull' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseFull' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBaseDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'external' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activityLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threeYearReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reviewYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluateBaseMutation, EvaluateBaseMutationVariables>;
export const SetBaseExitedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetBaseExited' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'exited' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setBaseExited' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'exited' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'exited' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseFull' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostTypeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fieldLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPersonTimes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgrammeBaseFull' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeBaseDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'base' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgrammeBaseItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roster' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'external' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activityLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personTimes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threeYearReview' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reviewYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingYears' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetBaseExitedMutation, SetBaseExitedMutationVariables>;
export const ProgrammeBaseSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeBaseSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeBaseSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SurveyFigures' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cityCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cityNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistanceNational' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistanceProvincial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectsConnected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertPersonTimes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byTitleLevel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byHonour' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bySource' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsMatched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFundsWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFundsWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeBaseSurveyQuery, ProgrammeBaseSurveyQueryVariables>;
export const CatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Catalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceForms' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'titleLevels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'honours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expertSources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expertStatuses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'genders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demandStatuses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keyAssistance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teamLevels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activityTypes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcomeItems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problemSolved' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expenseCategories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const RegionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Regions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasChildren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const RegionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Region' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasChildren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionQuery, RegionQueryVariables>;
export const OrganizationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organizations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganizationKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'region' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const TeamDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TeamDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expert' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Team' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadExpertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canLogBatches' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lead' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demands' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'region' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamDetailQuery, TeamDetailQueryVariables>;
export const ServiceBatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceBatches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceBatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'demandId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BatchItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitsServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'photos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceBatchesQuery, ServiceBatchesQueryVariables>;
export const ServiceBatchVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceBatchVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceBatchVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BatchItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitsServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'photos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceBatchVersionsQuery, ServiceBatchVersionsQueryVariables>;
export const LogServiceBatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogServiceBatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logServiceBatch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BatchItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitsServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'photos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogServiceBatchMutation, LogServiceBatchMutationVariables>;
export const CorrectServiceBatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CorrectServiceBatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatchInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctServiceBatch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BatchItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitsServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'photos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CorrectServiceBatchMutation, CorrectServiceBatchMutationVariables>;
export const UploadServicePhotoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadServicePhoto' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caption' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadServicePhoto' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caption' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caption' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadServicePhotoMutation, UploadServicePhotoMutationVariables>;
export const DemandServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DemandService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'demand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandServiceInfo' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'canLogBatches' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceBatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'demandId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BatchItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problemSolving' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stillSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandServiceInfo' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completionOverride' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BatchItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceBatch' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitsServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleLevel' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'photos' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DemandServiceQuery, DemandServiceQueryVariables>;
export const CompleteDemandDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteDemand' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overrideReason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeDemand' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'overrideReason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overrideReason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandServiceInfo' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceForms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertsWanted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'filedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyAssistance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problemSolving' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stillSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DemandListItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTitleLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openToVolunteers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regionCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DemandServiceInfo' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Demand' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completionOverride' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationItem' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteDemandMutation, CompleteDemandMutationVariables>;
export const EvaluateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EvaluateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EvaluationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluateService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvaluationItem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpItem' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvaluationItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Evaluation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overall' } },
          { kind: 'Field', name: { kind: 'Name', value: 'problemSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scores' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problemSolving' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeliness' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stillSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvaluateServiceMutation, EvaluateServiceMutationVariables>;
export const AnswerFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stillSolved' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProblemSolved' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stillSolved' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stillSolved' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stillSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerFollowUpMutation, AnswerFollowUpMutationVariables>;
export const TeamSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teamSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SurveyFigures' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamSurvey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'batchCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cityCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cityNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countyNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistanceNational' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyAssistanceProvincial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSessions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectsConnected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertPersonTimes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byTitleLevel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byHonour' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bySource' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'problemsSolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByBureau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsMatched' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFundsWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFundsWan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamSurveyQuery, TeamSurveyQueryVariables>;
export const ExportTeamSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportTeamSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportTeamSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportTeamSurveyQuery, ExportTeamSurveyQueryVariables>;
export const TeamFundingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamFunding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teamFunding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundingItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFunding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expenses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamFundingQuery, TeamFundingQueryVariables>;
export const SetTeamFundingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTeamFunding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFundingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTeamFunding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundingItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFunding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expenses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTeamFundingMutation, SetTeamFundingMutationVariables>;
export const UpdateTeamReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTeamReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTeamReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundingItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFunding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expenses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTeamReportMutation, UpdateTeamReportMutationVariables>;
export const AddTeamExpenseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddTeamExpense' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamExpenseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addTeamExpense' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundingItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFunding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expenses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddTeamExpenseMutation, AddTeamExpenseMutationVariables>;
export const RemoveTeamExpenseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveTeamExpense' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeTeamExpense' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundingItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TeamFunding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministryFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingFunds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchingSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportMeasures' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'media' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCategory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expenses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveTeamExpenseMutation, RemoveTeamExpenseMutationVariables>;
export const ExpertServiceRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExpertServiceRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expertServiceRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expertName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratingCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'batches' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'batches' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'batchId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certificates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CertificateItem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceCertificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teams' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifyPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertServiceRecordQuery, ExpertServiceRecordQueryVariables>;
export const ExportServiceRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportServiceRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportServiceRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportServiceRecordQuery, ExportServiceRecordQueryVariables>;
export const IssueServiceCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueServiceCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueServiceCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expertId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expertId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CertificateItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceCertificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expertName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teams' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifyPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueServiceCertificateMutation, IssueServiceCertificateMutationVariables>;
export const VerifyCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expertName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teams' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const ExportAnnex3Document = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportAnnex3' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportAnnex3' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'regionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'regionCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mimeType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportAnnex3Query, ExportAnnex3QueryVariables>;
export const ReportTeamsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportTeams' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'servedDays' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lead' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demands' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'region' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportTeamsQuery, ReportTeamsQueryVariables>;
