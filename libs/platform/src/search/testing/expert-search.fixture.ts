// A small expert library shared by the search contract suite, both engines' tests and the benchmarks.
// Real GB/T 2260 codes, realistic Chinese specialties; no personal data, as in the real index.
import type { ExpertSource, ExpertStatus, Field, Honour, TitleLevel } from '@app/domain';
import { regionLevelOf } from '@app/domain';
import { TITLE_RANKS } from '../expert-search.port.js';
import type { ExpertDocument, ExpertSearchFilter, RegionFacetLevel } from '../expert-search.port.js';

interface Seed {
  name: string;
  employer: string;
  title: string;
  titleLevel: TitleLevel;
  fields: Field[];
  specialties: string;
  honours?: Honour[];
  source?: ExpertSource;
  retired?: boolean;
  status?: ExpertStatus;
  /** The most precise code known: a county, or a province for experts attached at that level. */
  region: string;
}

// Municipalities and SARs have no 地级 level of their own: their districts hang directly under the province.
const NO_CITY_LEVEL = new Set(['11', '12', '31', '50', '81', '82']);

function regionCodes(
  code: string,
): Pick<ExpertDocument, 'regionCode' | 'provinceCode' | 'cityCode' | 'countyCode'> {
  const level = regionLevelOf(code);
  const provinceCode = code.slice(0, 2) + '0000';
  const noCity = NO_CITY_LEVEL.has(code.slice(0, 2));
  return {
    regionCode: code,
    provinceCode,
    cityCode: level === 'PROVINCE' || noCity ? null : code.slice(0, 4) + '00',
    countyCode: level === 'COUNTY' ? code : null,
  };
}

/** Deterministic UUIDs: the PostgreSQL engine stores ids as uuid like the experts table. */
export function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const SEEDS: Seed[] = [
  {
    name: '王建国',
    employer: '复旦大学附属华山医院',
    title: '主任医师',
    titleLevel: 'SENIOR',
    fields: ['MEDICAL'],
    specialties: '脑卒中的早期识别与静脉溶栓治疗，颈动脉狭窄筛查，神经介入',
    honours: ['SPECIAL_ALLOWANCE', 'NATIONAL_OUTSTANDING'],
    region: '310104',
  },
  {
    name: '李秀英',
    employer: '云南省第一人民医院',
    title: '副主任医师',
    titleLevel: 'ASSOCIATE',
    fields: ['MEDICAL'],
    specialties: '脑卒中康复与基层慢病管理，高血压社区防治',
    region: '530102',
  },
  {
    name: '张卫东',
    employer: '新疆医科大学第一附属医院',
    title: '主任医师',
    titleLevel: 'SENIOR',
    fields: ['MEDICAL'],
    specialties: '中风后遗症的中西医结合康复，针灸治疗面瘫',
    honours: ['YOUNG_MIDDLE_AGED_EXPERT'],
    region: '650102',
  },
  {
    name: '刘海燕',
    employer: '四川农业大学动物医学院',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['ANIMAL_HUSBANDRY'],
    specialties: '生猪疫病防控，非洲猪瘟净化与养殖场生物安全体系建设',
    honours: ['TALENT_PROJECT_NATIONAL', 'SPECIAL_ALLOWANCE'],
    source: 'OTHER_PROVINCE',
    region: '510115',
  },
  {
    name: '陈志强',
    employer: '广南县畜牧兽医站',
    title: '高级兽医师',
    titleLevel: 'ASSOCIATE',
    fields: ['ANIMAL_HUSBANDRY'],
    specialties: '猪病诊疗，母猪繁殖障碍防治，养猪场粪污资源化利用',
    region: '532627',
  },
  {
    name: '杨帆',
    employer: '华中农业大学',
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['ANIMAL_HUSBANDRY', 'AGRICULTURE'],
    specialties: '生猪遗传育种与饲料营养调控',
    honours: ['ACADEMICIAN', 'SPECIAL_ALLOWANCE', 'NATIONAL_OUTSTANDING'],
    source: 'OTHER_PROVINCE',
    region: '420111',
  },
  {
    name: '赵丽',
    employer: '上海市水产研究所',
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['FISHERY'],
    specialties: '水产养殖病害防治，河蟹生态养殖技术',
    honours: ['MAJOR_TALENT_PROGRAM'],
    region: '310116',
  },
  {
    name: '孙明',
    employer: '中国水产科学研究院长江水产研究所',
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['FISHERY'],
    specialties: '渔业资源保护与增殖放流，稻渔综合种养',
    honours: ['SPECIAL_ALLOWANCE'],
    source: 'OTHER_PROVINCE',
    region: '420106',
  },
  {
    name: '周婷',
    employer: '莎车县水产技术推广站',
    title: '工程师',
    titleLevel: 'INTERMEDIATE',
    fields: ['FISHERY'],
    specialties: '冷水鱼养殖，盐碱水渔业利用',
    region: '653125',
  },
  {
    name: '吴磊',
    employer: '上海市环境科学研究院',
    title: '正高级工程师',
    titleLevel: 'SENIOR',
    fields: ['ENVIRONMENT'],
    specialties: '工业VOCs治理与在线监测，挥发性有机物排放核算，大气污染防治',
    honours: ['RETURNEE'],
    region: '310104',
  },
  {
    name: '郑华',
    employer: '昆明理工大学',
    title: '副教授',
    titleLevel: 'ASSOCIATE',
    fields: ['ENVIRONMENT'],
    specialties: '农村生活污水处理，高原湖泊水环境治理',
    honours: ['POSTDOC'],
    region: '530114',
  },
  {
    name: '钱伟',
    employer: '喀什地区农业技术推广中心',
    title: '高级农艺师',
    titleLevel: 'ASSOCIATE',
    fields: ['AGRICULTURE'],
    specialties: '棉花高产栽培，膜下滴灌水肥一体化',
    region: '653101',
  },
  {
    name: '冯淑珍',
    employer: '新疆农业科学院',
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['AGRICULTURE', 'FORESTRY'],
    specialties: '红枣提质增效，林果病虫害绿色防控',
    honours: ['SPECIAL_ALLOWANCE'],
    region: '650103',
  },
  {
    name: '何志明',
    employer: '文山学院',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['AGRICULTURE', 'BIOMEDICINE'],
    specialties: '三七规范化种植与道地药材质量控制',
    honours: ['TALENT_PROJECT_NATIONAL'],
    region: '532601',
  },
  {
    name: '许晴',
    employer: '广南县人民医院',
    title: '主治医师',
    titleLevel: 'INTERMEDIATE',
    fields: ['MEDICAL'],
    specialties: '县域急诊急救，胸痛中心建设',
    region: '532627',
  },
  {
    name: '马国庆',
    employer: '云南农业大学',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['AGRICULTURE'],
    specialties: '高原特色农业，烤烟优质栽培',
    honours: ['SPECIAL_ALLOWANCE'],
    retired: true,
    region: '530103',
  },
  {
    name: '林晓',
    employer: '上海交通大学',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['AI'],
    specialties: '人工智能在农业中的应用，遥感图像识别',
    status: 'INACTIVE',
    region: '310104',
  },
  {
    name: '高远',
    employer: '上海电气集团',
    title: '正高级工程师',
    titleLevel: 'SENIOR',
    fields: ['MACHINERY', 'ENERGY'],
    specialties: '农机装备智能化，风电机组运行维护',
    region: '310116',
  },
  {
    name: '黄蓉',
    employer: '浙江大学',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['ECOMMERCE'],
    specialties: '农村电商与直播带货，农产品区域品牌营销',
    honours: ['YOUNG_MIDDLE_AGED_EXPERT'],
    source: 'OTHER_PROVINCE',
    region: '330106',
  },
  {
    name: '陈家豪',
    employer: '香港大学',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['URBAN_RURAL_PLANNING'],
    specialties: '乡村规划与传统村落保护',
    source: 'HK_MACAO_TAIWAN',
    region: '810000',
  },
  {
    name: '汉斯·穆勒',
    employer: '德国霍恩海姆大学',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['AGRICULTURE'],
    specialties: '有机农业与土壤健康，organic farming',
    source: 'FOREIGN',
    region: '530000',
  },
  {
    name: '韩梅',
    employer: '喀什地区第一人民医院',
    title: '副主任医师',
    titleLevel: 'ASSOCIATE',
    fields: ['MEDICAL'],
    specialties: '包虫病防治，儿童先天性心脏病筛查',
    region: '653101',
  },
  {
    name: '曹阳',
    employer: '新疆畜牧科学院',
    title: '副研究员',
    titleLevel: 'ASSOCIATE',
    fields: ['ANIMAL_HUSBANDRY'],
    specialties: '牛羊疫病防控，肉羊高效养殖',
    honours: ['POSTDOC'],
    region: '650103',
  },
  {
    name: '邓超',
    employer: '莎车县林业和草原局',
    title: '高级工程师',
    titleLevel: 'ASSOCIATE',
    fields: ['FORESTRY'],
    specialties: '巴旦木丰产栽培，防风固沙林建设',
    region: '653125',
  },
  {
    name: '彭丽娟',
    employer: '上海市第六人民医院金山分院',
    title: '主任医师',
    titleLevel: 'SENIOR',
    fields: ['MEDICAL'],
    specialties: '糖尿病足诊治，基层内分泌专科建设',
    honours: ['SPECIAL_ALLOWANCE'],
    region: '310116',
  },
  {
    name: '蒋涛',
    employer: '中国环境科学研究院',
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['ENVIRONMENT'],
    specialties: '土壤污染修复，重金属污染治理',
    honours: ['NATIONAL_OUTSTANDING', 'SPECIAL_ALLOWANCE', 'TALENT_PROJECT_NATIONAL'],
    source: 'OTHER_PROVINCE',
    region: '110105',
  },
  {
    name: '谢文',
    employer: '云南省旅游规划研究院',
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['CULTURE_TOURISM'],
    specialties: '民族村寨文旅融合，乡村旅游规划',
    region: '530102',
  },
  {
    name: '罗斌',
    employer: '文山州教育科学研究所',
    title: '高级教师',
    titleLevel: 'ASSOCIATE',
    fields: ['EDUCATION'],
    specialties: '乡村教师培训，课堂教学改革',
    region: '532601',
  },
  {
    name: '袁芳',
    employer: '昆明医科大学第一附属医院',
    title: '主任医师',
    titleLevel: 'SENIOR',
    fields: ['MEDICAL'],
    specialties: '肿瘤放射治疗，宫颈癌早期筛查',
    honours: ['MAJOR_TALENT_PROGRAM', 'RETURNEE'],
    region: '530102',
  },
  // Vegetables under cover: a disease specialist, a grower, and a planner who only shares 大棚 and 一体化.
  {
    name: '罗佳',
    employer: '上海市农业科学院',
    title: '研究员',
    titleLevel: 'SENIOR',
    fields: ['AGRICULTURE'],
    specialties: '设施大棚番茄黄化曲叶病毒病等病害综合防治',
    region: '310116',
  },
  {
    name: '葛明',
    employer: '上海交通大学',
    title: '副教授',
    titleLevel: 'ASSOCIATE',
    fields: ['AGRICULTURE'],
    specialties: '大棚番茄栽培与水肥一体化技术推广',
    region: '310104',
  },
  {
    name: '秦岭',
    employer: '同济大学',
    title: '教授',
    titleLevel: 'SENIOR',
    fields: ['URBAN_RURAL_PLANNING'],
    specialties: '城乡一体化规划与设施大棚产业园区布局',
    honours: ['SPECIAL_ALLOWANCE'],
    region: '310104',
  },
  {
    name: '邹鹏',
    employer: '云南省水产技术推广站',
    title: '高级工程师',
    titleLevel: 'ASSOCIATE',
    fields: ['FISHERY'],
    specialties: '池塘养殖水质调控与增氧技术',
    region: '530102',
  },
  {
    name: '宋宇',
    employer: '华东理工大学',
    title: '副教授',
    titleLevel: 'ASSOCIATE',
    fields: ['CHEMICAL'],
    specialties: '精细化工工艺优化，化工园区安全评价',
    honours: ['POSTDOC'],
    region: '310104',
  },
];

/** The fixture documents, version 1 each. Treat as read-only; copy before changing. */
export const EXPERT_FIXTURE: readonly ExpertDocument[] = Object.freeze(
  SEEDS.map((s, i): ExpertDocument => {
    const honours = s.honours ?? [];
    return Object.freeze({
      id: fixtureId(i + 1),
      version: 1,
      name: s.name,
      employer: s.employer,
      title: s.title,
      titleLevel: s.titleLevel,
      titleRank: TITLE_RANKS[s.titleLevel],
      fields: s.fields,
      specialties: s.specialties,
      honours,
      honourCount: honours.length,
      source: s.source ?? 'LOCAL',
      retired: s.retired ?? false,
      status: s.status ?? 'ACTIVE',
      ...regionCodes(s.region),
    });
  }),
);

export function fixtureExpert(name: string): ExpertDocument {
  const doc = EXPERT_FIXTURE.find((d) => d.name === name);
  if (!doc) throw new Error(`no fixture expert named ${name}`);
  return doc;
}

/** The experts by name whose specialties talk about stroke: two write 脑卒中, one writes 中风. */
export const STROKE_EXPERTS = ['王建国', '李秀英', '张卫东'] as const;

/**
 * The reference semantics of ExpertSearchFilter (values OR within a list, lists AND, region = subtree),
 * written plainly so tests can compute what an engine must return.
 */
export function fixtureMatches(doc: ExpertDocument, filter: ExpertSearchFilter): boolean {
  const anyOf = <T>(wanted: readonly T[] | undefined, has: readonly T[]) =>
    !wanted || wanted.length === 0 || wanted.some((w) => has.includes(w));
  if (!anyOf(filter.fields, doc.fields)) return false;
  if (!anyOf(filter.titleLevels, [doc.titleLevel])) return false;
  if (!anyOf(filter.honours, doc.honours)) return false;
  if (!anyOf(filter.sources, [doc.source])) return false;
  if (!anyOf(filter.statuses, [doc.status])) return false;
  if (filter.retired !== undefined && doc.retired !== filter.retired) return false;
  if (filter.minTitleRank !== undefined && doc.titleRank < filter.minTitleRank) return false;
  if (filter.excludeIds?.includes(doc.id)) return false;
  if (filter.regionCode) {
    const code = filter.regionCode;
    const level = regionLevelOf(code);
    const own = level === 'PROVINCE' ? doc.provinceCode : level === 'CITY' ? doc.cityCode : doc.countyCode;
    if (own !== code && doc.regionCode !== code) return false;
  }
  return true;
}

export function fixtureFiltered(
  filter: ExpertSearchFilter,
  docs: readonly ExpertDocument[] = EXPERT_FIXTURE,
) {
  return docs.filter((d) => fixtureMatches(d, filter));
}

/** The region code a document is counted under in the region facet (null = not counted). */
export function regionFacetValue(doc: ExpertDocument, level: RegionFacetLevel): string | null {
  return level === 'province' ? doc.provinceCode : level === 'city' ? doc.cityCode : doc.countyCode;
}
