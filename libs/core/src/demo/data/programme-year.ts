// The demo's programme year (申报 → 推荐 → 确定 → 服务): this year's call, published, with an approved national team
// and a municipal base at work, and next year's call open with applications in the bureaus' and the province's
// hands. The forms are written as host units write annexes 1 and 2; experts are slots the generator fills from the
// library. Days are relative to the day the demo is seeded (negative: days ago).
import type { ActivityType, BaseForm, Field, OutcomeItem, ProgrammeCategory, TeamForm } from '@app/domain';

/** An expert of the library: a fixed demo expert by index, or the first free one of a field (and employer). */
export type ExpertSlot = { fixed: number } | { field: Field; employerKey?: string; senior?: boolean };

type FormText<F> = Omit<F, 'leadExpertId' | 'memberExpertIds' | 'startDate' | 'endDate'>;

export interface ProgrammeApplicationSpec {
  key: string;
  /** This year's call (published) or next year's (open). */
  call: 'THIS' | 'NEXT';
  /** Demo usernames of the host unit's clerk and of the recommending bureau's account. */
  applicant: string;
  recommender: string;
  category: ProgrammeCategory;
  team?: FormText<TeamForm> & { startDay: number; endDay: number };
  base?: FormText<BaseForm>;
  lead: ExpertSlot;
  members?: ExpertSlot[];
}

const contact = (department: string, name: string, officePhone: string, mobile: string, email: string) => ({
  department,
  name,
  officePhone,
  mobile,
  email,
});

const noPairing = { crossProvinceKey: [], crossProvinceOther: [], inProvinceKey: [], inProvinceOther: [] };

export const PROGRAMME_APPLICATIONS: ProgrammeApplicationSpec[] = [
  {
    key: 'saas-team',
    call: 'THIS',
    applicant: 'host',
    recommender: 'local3',
    category: 'NATIONAL_TEAM',
    lead: { field: 'AGRICULTURE', employerKey: 'emp-saas', senior: true },
    members: [{ fixed: 1 }, { field: 'AGRICULTURE' }, { field: 'ANIMAL_HUSBANDRY' }, { field: 'ECOMMERCE' }],
    team: {
      name: '都市现代农业与对口帮扶产业振兴专家服务团',
      reliesOnBase: true,
      baseLevel: 'MUNICIPAL',
      baseName: '上海市农业科学院庄行综合试验站',
      expertCount: 5,
      visitCount: 6,
      startDay: -80,
      endDay: 150,
      cityCount: 3,
      countyCount: 4,
      places:
        '上海市金山区廊下镇、奉贤区庄行镇；新疆喀什地区莎车县荒地镇；云南省普洱市澜沧拉祜族自治县（设施蔬菜、肉羊养殖和农产品电商合作社）',
      fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY', 'ECOMMERCE'],
      contact: contact('科研管理处', '陈立华', '021-37195000', '13761820533', 'kyc.chen@example.cn'),
      pairing: {
        crossProvinceKey: ['莎车县', '澜沧拉祜族自治县'],
        crossProvinceOther: [],
        inProvinceKey: [],
        inProvinceOther: ['金山区'],
      },
      serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION', 'TALENT_TRAINING', 'ACHIEVEMENT_TRANSFER'],
      serviceFormOther: '',
      content:
        '围绕对口帮扶地区和本市远郊的设施蔬菜、肉羊养殖和农产品销售短板，组织五名专家分六批次开展服务：一是在莎车县荒地镇推广日光温室番茄、辣椒水肥一体化和病虫害绿色防控技术，建立 2 个示范棚；二是在澜沧县指导肉羊舍饲和青贮饲料加工，培训养殖户；三是在金山区廊下镇对接合作社开展品牌打造和直播电商培训；四是每批次举办一次乡土人才培训班，带出一支留得住的基层技术队伍。',
      budgetLines: [
        { item: '专家差旅费', amount: 90_000, source: '中央财政补助' },
        { item: '培训及示范材料费', amount: 60_000, source: '市级配套' },
        { item: '专家劳务费', amount: 50_000, source: '市级配套' },
      ],
      budgetNote: '差旅按六批次、每批三至五人测算；示范棚材料由受援合作社自筹一半。',
      summary:
        '组织农业、畜牧、电商专家分六批次赴莎车、澜沧和金山廊下，推广设施蔬菜绿色防控、肉羊舍饲和农产品电商技术，建示范棚、培训乡土人才。',
    },
  },
  {
    key: 'langxia-base',
    call: 'THIS',
    applicant: 'unit',
    recommender: 'local',
    category: 'MUNICIPAL_BASE',
    lead: { field: 'AGRICULTURE', senior: true },
    base: {
      name: '廊下绿色蔬菜专家服务基地',
      hostUnitName: '上海金山区廊下镇绿野蔬菜专业合作社',
      isProvincialBase: false,
      establishedOn: '2019-05-20',
      field: 'AGRICULTURE',
      location: '上海市金山区廊下镇',
      hostType: 'RURAL_COOPERATIVE',
      hostTypeOther: '',
      ownExperts: 2,
      externalExperts: 6,
      contact: contact('生产技术部', '沈建国', '021-57351288', '13901736542', 'lvye.coop@example.cn'),
      address: '上海市金山区廊下镇景乐路 228 号',
      rulesInForce:
        '合作社制定了《专家工作站管理办法》和《专家服务台账制度》，专家每次到站指导均登记服务内容、参加人数和解决的问题，年底汇总报镇农业服务中心。',
      fundingInPlace: '合作社每年安排 8 万元专家服务经费，镇政府补贴专家食宿和示范棚建设。',
      pastActivity:
        '近三年邀请市农科院、市农技中心专家到站指导 46 次，举办大棚番茄绿色防控、水肥一体化培训 12 期，培训社员和周边农户 680 人次；番茄黄化曲叶病毒病发病率由三成降到一成以内，带动周边 5 个村发展设施蔬菜 1200 亩。',
      necessityNational: '',
      necessityMunicipal:
        '本市远郊设施蔬菜面积大、技术人员少，需要一个常年有专家驻点、能示范能培训的基层平台。',
      necessityGrassroots:
        '廊下镇是本市蔬菜保供基地，合作社社员以中老年为主，病虫害防治和新品种引进离不开专家现场指导。',
      areas: '设施蔬菜绿色生产、病虫害绿色防控、水肥一体化；辐射金山区廊下、吕巷、张堰三镇。',
      supportForExperts:
        '提供专家工作室和宿舍各 2 间、示范大棚 10 亩，安排专人对接专家行程，报销专家往返交通。',
      budgetLines: [
        { item: '示范棚建设与维护', amount: 80_000, source: '市级资助' },
        { item: '培训场地及资料', amount: 40_000, source: '市级资助' },
        { item: '专家食宿交通', amount: 30_000, source: '合作社自筹' },
      ],
      budgetNote: '示范棚建设按 10 亩测算。',
      flexibleTalent: '与市农技中心签订柔性引才协议，2 名专家每月到站不少于 2 天，成果在基地示范推广。',
      threeYearPlan:
        '第一年完成示范棚改造，引进番茄、辣椒抗病新品种 3 个；第二年推广水肥一体化 500 亩，培训乡土技术员 30 名；第三年形成可复制的绿色生产技术规程，辐射周边三镇 3000 亩。',
      summary:
        '依托廊下绿野蔬菜合作社，邀请农业专家常年驻点，示范推广设施蔬菜绿色防控和水肥一体化，培训社员和周边农户。',
    },
  },
  {
    key: 'saas-team-next',
    call: 'NEXT',
    applicant: 'host',
    recommender: 'local3',
    category: 'MUNICIPAL_TEAM',
    lead: { field: 'AGRICULTURE', employerKey: 'emp-saas', senior: true },
    members: [{ field: 'AGRICULTURE' }, { field: 'FORESTRY' }],
    team: {
      name: '高原特色茶叶咖啡提质增效专家服务团',
      reliesOnBase: false,
      baseLevel: null,
      baseName: '',
      expertCount: 3,
      visitCount: 4,
      startDay: 120,
      endDay: 330,
      cityCount: 1,
      countyCount: 2,
      places: '云南省普洱市澜沧拉祜族自治县、西盟佤族自治县（茶叶、咖啡种植合作社和初制所）',
      fields: ['AGRICULTURE', 'FORESTRY'],
      contact: contact('科研管理处', '陈立华', '021-37195000', '13761820533', 'kyc.chen@example.cn'),
      pairing: { ...noPairing, crossProvinceKey: ['澜沧拉祜族自治县'] },
      serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
      serviceFormOther: '',
      content:
        '针对澜沧县茶园管理粗放、咖啡鲜果初加工品质不稳的问题，分四批次开展茶园低产改造、咖啡湿法加工和病虫害统防统治指导，培训初制所技术骨干。',
      budgetLines: [
        { item: '专家差旅费', amount: 60_000, source: '市级资助' },
        { item: '培训费', amount: 30_000, source: '市级资助' },
      ],
      budgetNote: '',
      summary: '赴澜沧县开展茶园低产改造、咖啡初加工和病虫害统防统治指导，培训初制所技术骨干。',
    },
  },
  {
    key: 'saas-base-next',
    call: 'NEXT',
    applicant: 'host',
    recommender: 'local3',
    category: 'MUNICIPAL_BASE',
    lead: { field: 'AGRICULTURE', employerKey: 'emp-saas', senior: true },
    base: {
      name: '庄行综合试验站专家服务基地',
      hostUnitName: '上海市农业科学院',
      isProvincialBase: false,
      establishedOn: '2016-09-01',
      field: 'AGRICULTURE',
      location: '上海市奉贤区庄行镇',
      hostType: 'RESEARCH_INSTITUTION',
      hostTypeOther: '',
      ownExperts: 12,
      externalExperts: 4,
      contact: contact('科研管理处', '陈立华', '021-37195000', '13761820533', 'kyc.chen@example.cn'),
      address: '上海市奉贤区庄行镇新叶路 1 号',
      rulesInForce: '执行院《试验站管理办法》，专家服务纳入年度考核。',
      fundingInPlace: '院所每年安排试验站运行经费。',
      pastActivity: '近三年接待区县农技人员培训 30 余期，示范推广水稻、蔬菜新品种 11 个。',
      necessityNational: '',
      necessityMunicipal: '',
      necessityGrassroots: '奉贤、金山等远郊区农技人员需要就近的试验示范和培训平台。',
      areas: '水稻、设施蔬菜新品种示范；服务奉贤、金山、松江。',
      supportForExperts: '提供试验田、实验室和住宿。',
      budgetLines: [{ item: '示范推广费', amount: 150_000, source: '市级资助' }],
      budgetNote: '',
      flexibleTalent: '聘请区农技中心专家为兼职研究员。',
      threeYearPlan: '三年推广新品种 10 个、培训农技人员 600 人次。',
      summary: '依托市农科院庄行综合试验站，面向远郊区示范推广新品种、培训农技人员。',
    },
  },
  {
    key: 'langxia-team-next',
    call: 'NEXT',
    applicant: 'unit',
    recommender: 'local',
    category: 'MUNICIPAL_TEAM',
    lead: { field: 'ECOMMERCE', senior: true },
    members: [{ field: 'ECOMMERCE' }, { field: 'CULTURE_TOURISM' }],
    team: {
      name: '廊下农产品品牌与农文旅融合专家服务团',
      reliesOnBase: true,
      baseLevel: 'MUNICIPAL',
      baseName: '廊下绿色蔬菜专家服务基地',
      expertCount: 3,
      visitCount: 4,
      startDay: 110,
      endDay: 300,
      cityCount: 1,
      countyCount: 1,
      places: '上海市金山区廊下镇中华村、山塘村，廊下郊野公园',
      fields: ['ECOMMERCE', 'CULTURE_TOURISM'],
      contact: contact('生产技术部', '沈建国', '021-57351288', '13901736542', 'lvye.coop@example.cn'),
      pairing: { ...noPairing, inProvinceOther: ['金山区'] },
      serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING', 'DECISION_CONSULTING'],
      serviceFormOther: '',
      content:
        '合作社蔬菜品质好但卖不上价，郊野公园客流与农产品销售没有打通。请电商和文旅专家分四批次指导品牌设计、直播带货和采摘游线路策划，培训 30 名本地主播和导览员。',
      budgetLines: [
        { item: '专家差旅及劳务', amount: 50_000, source: '市级资助' },
        { item: '培训及直播设备', amount: 30_000, source: '合作社自筹' },
      ],
      budgetNote: '',
      summary: '指导廊下合作社打造蔬菜品牌、开展直播电商，策划采摘游线路，培训本地主播和导览员。',
    },
  },
];

/** Items the approved team puts on the menu (服务菜单); the months are filled in from the team's period. */
export const PROGRAMME_OFFERS: {
  title: string;
  description: string;
  fields: Field[];
  serviceForms: ('TECH_GUIDANCE' | 'TALENT_TRAINING' | 'TECH_PROMOTION')[];
  regions: string[];
  places: string;
  capacity: number;
}[] = [
  {
    title: '设施番茄黄化曲叶病毒病绿色防控现场指导',
    description:
      '专家到大棚现场诊断病情，制定防虫网、黄板、抗病品种和轮作相结合的绿色防控方案，并跟踪一个生长季。适合种植面积 50 亩以上的合作社和家庭农场。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE'],
    regions: ['310116', '310120', '653125'],
    places: '金山区、奉贤区设施蔬菜基地；莎车县日光温室园区',
    capacity: 6,
  },
  {
    title: '大棚水肥一体化改造方案与操作培训',
    description: '根据棚型和水源设计滴灌、施肥方案，现场培训操作和维护，提供一年的远程答疑。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_PROMOTION', 'TALENT_TRAINING'],
    regions: ['310116', '310120'],
    places: '金山区、奉贤区',
    capacity: 4,
  },
  {
    title: '合作社农产品直播电商实战培训',
    description: '电商专家带领社员策划选品、拍摄短视频和直播带货，两天集中培训加一个月线上陪跑。',
    fields: ['ECOMMERCE'],
    serviceForms: ['TALENT_TRAINING'],
    regions: ['310116', '653125'],
    places: '金山区廊下镇；莎车县',
    capacity: 3,
  },
];

/** The base's roster besides its lead expert (the application's); activities name experts by position, 0 the lead. */
export const PROGRAMME_BASE_ROSTER: { slot: ExpertSlot; external: boolean }[] = [
  { slot: { fixed: 1 }, external: true },
  { slot: { field: 'AGRICULTURE' }, external: true },
  { slot: { field: 'AGRICULTURE' }, external: true },
];

export const PROGRAMME_BASE_ACTIVITIES: {
  day: number;
  title: string;
  activityType: ActivityType;
  participants: number;
  /** Roster positions present (0 is the base's lead expert). */
  experts: number[];
  outcomes: { item: OutcomeItem; value: number }[];
}[] = [
  {
    day: -62,
    title: '大棚番茄黄化曲叶病毒病绿色防控现场培训',
    activityType: 'ONSITE_TRAINING',
    participants: 45,
    experts: [0, 1, 2],
    outcomes: [
      { item: 'TRAINEES_PUBLIC', value: 45 },
      { item: 'NEW_TECHNIQUES', value: 2 },
    ],
  },
  {
    day: -24,
    title: '水肥一体化示范棚现场观摩与技术指导',
    activityType: 'ONSITE_GUIDANCE',
    participants: 28,
    experts: [0, 1, 3],
    outcomes: [
      { item: 'TRAINEES_PROFESSIONAL', value: 12 },
      { item: 'PROBLEMS_SOLVED', value: 3 },
    ],
  },
];

/** Reviewers who score this year's recommended applications (none works for an applicant). */
export const PROGRAMME_REVIEWERS: ExpertSlot[] = [
  { field: 'AGRICULTURE', senior: true },
  { field: 'ANIMAL_HUSBANDRY', senior: true },
  { field: 'ECOMMERCE', senior: true },
];
