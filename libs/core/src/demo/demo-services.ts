// Demo demands that are already being served or were served this year: their teams, the batches the teams
// logged, the units' evaluations and the money. Dates are days relative to the day the demo is seeded, so the
// demo always has a team in service now, deliveries waiting for a rating and a record of earlier work.
import type { DemoExpert, DemoOrganization, DemoService, DemoServiceSpec } from './demo-data.types.js';

const SPECS: DemoServiceSpec[] = [
  {
    // The team the demo accounts `expert` (lead) and `expert2` serve on now; no batch logged yet.
    organizationKey: 'unit-jinshan-langxia-veg',
    title: '合作社社员慢病筛查随访与大棚番茄病害绿色防控',
    description:
      '合作社 80 余名社员中高血压、脑卒中高危人群较多，缺乏规范随访；大棚番茄黄化曲叶病毒病连年发生，去年减产近三成。希望医疗专家开展筛查和随访带教，农业专家现场指导绿色防控。',
    fields: ['MEDICAL', 'AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'FREE_CLINIC'],
    status: 'IN_SERVICE',
    submittedDaysAgo: 40,
    team: { name: '廊下设施蔬菜绿色生产专家服务团', level: 'MUNICIPAL', lead: { fixed: 0 }, members: [{ fixed: 1 }, { field: 'AGRICULTURE' }], startDaysAgo: 20, endDaysAhead: 20 },
    batches: [],
  },
  {
    organizationKey: 'unit-jinshan-zhujing-chc',
    title: '社区脑卒中高危人群筛查与家庭医生带教',
    description: '中心签约居民中脑卒中高危人群约 2300 人，颈动脉超声筛查和随访管理能力不足，家庭医生团队希望得到三甲医院专家的现场带教。',
    fields: ['MEDICAL'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    status: 'EVALUATED',
    submittedDaysAgo: 170,
    team: { name: '卒中防治基层带教专家服务团', level: 'MUNICIPAL', lead: { fixed: 0 }, members: [{ field: 'MEDICAL' }, { field: 'MEDICAL' }], startDaysAgo: 150, endDaysAhead: -110 },
    batches: [
      {
        startDaysAgo: 148, calendarDays: 4, days: 4, experts: [0, 1], unitNames: ['上海市金山区朱泾社区卫生服务中心'],
        activities: [{ type: 'ONSITE_GUIDANCE', count: 6, participants: 24 }, { type: 'LECTURE', count: 1, participants: 60 }],
        outcomes: [{ item: 'TRAINEES_PROFESSIONAL', value: 24 }, { item: 'CLINIC_EXAMINATIONS', value: 186 }],
        problems: ['建立颈动脉超声筛查标准流程', '家庭医生掌握卒中风险分层'],
      },
      {
        startDaysAgo: 134, calendarDays: 3, days: 3, experts: [0, 2], unitNames: ['上海市金山区朱泾社区卫生服务中心', '朱泾镇待泾村卫生室'],
        activities: [{ type: 'FREE_CLINIC', count: 2, participants: 210 }, { type: 'DEMONSTRATION', count: 3, participants: 12 }],
        outcomes: [{ item: 'CLINIC_CONSULTATIONS', value: 210 }, { item: 'CLINIC_TREATMENTS', value: 35 }, { item: 'PEOPLE_BENEFITED', value: 420 }],
        problems: ['高危人群随访失访率高，建立村卫生室随访提醒'],
      },
      {
        startDaysAgo: 120, calendarDays: 5, days: 3, experts: [0, 1, 2], unitNames: ['上海市金山区朱泾社区卫生服务中心'],
        activities: [{ type: 'ONSITE_TRAINING', count: 2, participants: 45 }, { type: 'SYMPOSIUM', count: 1, participants: 20 }],
        outcomes: [{ item: 'TRAINEES_PROFESSIONAL', value: 45 }, { item: 'COOPERATION_INTENTIONS', value: 1 }, { item: 'SOCIAL_BENEFIT', text: '高危人群规范随访率由 41% 提高到 78%' }],
        problems: ['卒中急救绿色通道转诊衔接'],
      },
    ],
    evaluation: { scores: [5, 5, 4, 5], problemSolved: 'YES', comment: '专家带教非常扎实，家庭医生已能独立开展筛查。', daysAfterDelivery: 3, followUps: ['YES'] },
    funding: {
      ministry: 0, matching: 80_000, source: '市级专家服务基层专项经费',
      expenses: [
        { category: 'TRAVEL', amount: 6_800, daysAgo: 146, note: '专家往返交通' },
        { category: 'EXPERT_FEES', amount: 24_000, daysAgo: 118, note: '三批次专家劳务' },
        { category: 'MATERIALS', amount: 5_200, daysAgo: 133, note: '随访手册印制' },
      ],
      supportMeasures: '专家往返统一派车，服务期间安排食宿并购买意外险。',
      publicity: [{ media: '金山报', daysAgo: 115, title: '三甲专家进社区 卒中筛查到家门' }],
    },
  },
  {
    organizationKey: 'unit-shache-hc',
    title: '乡镇卫生院常见病规范诊疗与慢病管理能力提升',
    description: '卫生院服务 4.6 万人口，高血压、糖尿病患者规范管理率低，B 超、心电图缺少能读片的医生，希望专家驻点带教并开展义诊。',
    fields: ['MEDICAL'],
    serviceForms: ['TECH_GUIDANCE', 'FREE_CLINIC', 'TALENT_TRAINING'],
    status: 'DELIVERED',
    submittedDaysAgo: 80,
    team: { name: '莎车县基层医疗能力提升专家服务团', level: 'NATIONAL', lead: { field: 'MEDICAL' }, members: [{ field: 'MEDICAL' }, { field: 'MEDICAL' }, { field: 'BIOMEDICINE' }], startDaysAgo: 60, endDaysAhead: -30 },
    batches: [
      {
        startDaysAgo: 58, calendarDays: 5, days: 5, experts: [0, 1, 2], unitNames: ['莎车县荒地镇中心卫生院'], unitsServed: 3,
        activities: [{ type: 'FREE_CLINIC', count: 3, participants: 640 }, { type: 'ONSITE_TRAINING', count: 2, participants: 38 }],
        outcomes: [{ item: 'CLINIC_CONSULTATIONS', value: 640 }, { item: 'CLINIC_EXAMINATIONS', value: 312 }, { item: 'TRAINEES_PROFESSIONAL', value: 38 }],
        problems: ['心电图判读带教，两名医生可独立出具报告', '建立高血压随访台账'],
      },
      {
        startDaysAgo: 40, calendarDays: 4, days: 4, experts: [0, 3], unitNames: ['莎车县荒地镇中心卫生院', '莎车县阿瓦提镇卫生院'],
        activities: [{ type: 'REMOTE_GUIDANCE', count: 4, participants: 16 }, { type: 'SCIENCE_LECTURE', count: 2, participants: 300 }],
        outcomes: [{ item: 'TRAINEES_PUBLIC', value: 300 }, { item: 'PEOPLE_BENEFITED', value: 1200 }, { item: 'AGREEMENTS_SIGNED', value: 1 }],
        problems: ['糖尿病足早期筛查方法推广'],
      },
    ],
    funding: {
      ministry: 100_000, matching: 60_000, source: '上海市对口支援新疆专项资金',
      expenses: [
        { category: 'TRAVEL', amount: 38_600, daysAgo: 57, note: '沪喀往返机票' },
        { category: 'ACCOMMODATION', amount: 12_400, daysAgo: 55, note: null },
        { category: 'EXPERT_FEES', amount: 30_000, daysAgo: 36, note: null },
      ],
      supportMeasures: null,
      publicity: [],
    },
  },
  {
    organizationKey: 'unit-shache-almond',
    title: '巴旦木丰产栽培与病虫害防治',
    description: '合作社巴旦木 3200 亩，近两年流胶病和花期冻害严重，亩产不足 60 公斤，急需修剪整形和水肥管理技术。',
    fields: ['FORESTRY', 'AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    status: 'EVALUATED',
    submittedDaysAgo: 230,
    team: { name: '巴旦木提质增效技术服务团', level: 'PROVINCIAL', lead: { field: 'FORESTRY' }, members: [{ field: 'AGRICULTURE' }], startDaysAgo: 205, endDaysAhead: -170 },
    batches: [
      {
        startDaysAgo: 203, calendarDays: 6, days: 5, experts: [0, 1], unitNames: ['莎车县恰热克镇巴旦木种植专业合作社'],
        activities: [{ type: 'ONSITE_GUIDANCE', count: 8, participants: 120 }, { type: 'DEMONSTRATION', count: 2, participants: 40 }],
        outcomes: [{ item: 'NEW_TECHNIQUES', value: 2 }, { item: 'TRAINEES_PUBLIC', value: 160 }],
        problems: ['流胶病综合防治方案', '冬季修剪整形示范'],
      },
      {
        startDaysAgo: 180, calendarDays: 3, days: 3, experts: [0], unitNames: ['莎车县恰热克镇巴旦木种植专业合作社'],
        activities: [{ type: 'ONSITE_TRAINING', count: 1, participants: 85 }],
        outcomes: [{ item: 'ECONOMIC_BENEFIT', text: '示范园预计亩产提高 25 公斤，增收约 80 万元' }],
        problems: ['花期防冻措施'],
      },
    ],
    evaluation: { scores: [4, 4, 5, 4], problemSolved: 'PARTIAL', comment: '流胶病明显减轻，冻害问题还需要明年花期再看。', daysAfterDelivery: 6, followUps: ['PARTIAL', 'YES'] },
  },
  {
    organizationKey: 'unit-lancang-tea',
    title: '古茶园生态管护与茶叶初制加工标准化',
    description: '景迈山古茶园管护粗放，茶叶初制加工各家各做、品质不稳定，希望专家指导生态管护并帮助制定初制加工规范。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'PROJECT_COOPERATION'],
    status: 'EVALUATED',
    submittedDaysAgo: 120,
    team: { name: '景迈山古茶提质专家服务团', level: 'MUNICIPAL', lead: { field: 'AGRICULTURE' }, members: [{ field: 'AGRICULTURE' }], startDaysAgo: 100, endDaysAhead: -80 },
    batches: [
      {
        startDaysAgo: 98, calendarDays: 8, days: 6, experts: [0, 1], unitNames: ['澜沧县惠民镇景迈山古茶专业合作社'], unitsServed: 4,
        activities: [{ type: 'ONSITE_GUIDANCE', count: 5, participants: 60 }, { type: 'CONSULTATION', count: 1, participants: 15 }],
        outcomes: [{ item: 'PROJECTS_CONNECTED', value: 2 }, { item: 'STRATEGIC_PLANS', value: 1 }, { item: 'INDUSTRIAL_BENEFIT', text: '形成合作社初制加工规范，带动 4 个村民小组统一收购' }],
        problems: ['初制加工杀青温度与时间标准化'],
      },
    ],
    evaluation: { scores: [5, 4, 5, 4], problemSolved: 'YES', comment: null, daysAfterDelivery: 2, followUps: ['YES'] },
  },
  {
    organizationKey: 'unit-songjiang-pig',
    title: '生猪养殖场非洲猪瘟生物安全防控与粪污资源化',
    description: '合作社存栏 4000 头，生物安全措施不到位，粪污处理设施老化，希望专家帮助完善防控体系和种养结合方案。',
    fields: ['ANIMAL_HUSBANDRY', 'ENVIRONMENT'],
    serviceForms: ['TECH_GUIDANCE'],
    status: 'IN_SERVICE',
    submittedDaysAgo: 35,
    team: { name: '都市生猪产业提升示范技术服务团', level: 'MUNICIPAL', lead: { field: 'ANIMAL_HUSBANDRY' }, members: [{ field: 'ENVIRONMENT' }], startDaysAgo: 15, endDaysAhead: 25 },
    batches: [
      {
        startDaysAgo: 12, calendarDays: 3, days: 3, experts: [0, 1], unitNames: ['上海松江泖港生猪养殖专业合作社'],
        activities: [{ type: 'ONSITE_GUIDANCE', count: 3, participants: 18 }],
        outcomes: [{ item: 'NEW_TECHNIQUES', value: 1 }],
        problems: ['洗消中心动线重新规划'],
      },
    ],
  },
  {
    organizationKey: 'unit-chongming-crab',
    title: '河蟹生态养殖水质调控与病害防控',
    description: '公司河蟹养殖 1500 亩，夏季高温期水草腐烂、水质恶化，蟹病频发，规格偏小，急需水质调控和种草技术。',
    fields: ['FISHERY'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    status: 'DELIVERED',
    submittedDaysAgo: 60,
    wantedEndDaysAhead: -30,
    team: { name: '崇明河蟹生态养殖技术服务团', level: 'MUNICIPAL', lead: { field: 'FISHERY' }, members: [{ field: 'FISHERY' }], startDaysAgo: 45, endDaysAhead: -20 },
    batches: [
      {
        startDaysAgo: 43, calendarDays: 3, days: 3, experts: [0, 1], unitNames: ['上海崇明瀛东水产养殖有限公司'],
        activities: [{ type: 'ONSITE_GUIDANCE', count: 4, participants: 22 }],
        outcomes: [{ item: 'NEW_TECHNIQUES', value: 1 }, { item: 'NEW_VARIETIES', value: 1 }],
        problems: ['高温期水草养护'],
      },
      {
        startDaysAgo: 29, calendarDays: 3, days: 3, experts: [0], unitNames: ['上海崇明瀛东水产养殖有限公司'],
        activities: [{ type: 'ONSITE_TRAINING', count: 1, participants: 36 }],
        outcomes: [{ item: 'TRAINEES_PROFESSIONAL', value: 36 }],
        problems: ['蟹病早期识别与用药规范'],
      },
    ],
  },
  {
    organizationKey: 'unit-yuanyang-azheke',
    title: '哈尼梯田传统村落乡村旅游规划与运营',
    description: '阿者科村蘑菇房保护与旅游开发矛盾突出，客流季节性强、村民分红机制需要完善，希望专家帮助编制乡村旅游发展规划。',
    fields: ['CULTURE_TOURISM', 'URBAN_RURAL_PLANNING'],
    serviceForms: ['DECISION_CONSULTING', 'PROJECT_COOPERATION'],
    status: 'EVALUATED',
    submittedDaysAgo: 115,
    team: { name: '阿者科传统村落文旅规划专家服务团', level: 'PROVINCIAL', lead: { field: 'CULTURE_TOURISM' }, members: [{ field: 'URBAN_RURAL_PLANNING' }], startDaysAgo: 90, endDaysAhead: -60 },
    batches: [
      {
        startDaysAgo: 88, calendarDays: 4, days: 4, experts: [0, 1], unitNames: ['元阳县新街镇阿者科村村民委员会'],
        activities: [{ type: 'SYMPOSIUM', count: 2, participants: 55 }, { type: 'CONSULTATION', count: 1, participants: 12 }],
        outcomes: [{ item: 'STRATEGIC_PLANS', value: 1 }, { item: 'DECISION_CONSULTATIONS', value: 2 }],
        problems: ['客流错峰与门票分红机制'],
      },
      {
        startDaysAgo: 70, calendarDays: 2, days: 2, experts: [1], remote: true, unitNames: ['元阳县新街镇阿者科村村民委员会'],
        activities: [{ type: 'REMOTE_GUIDANCE', count: 2, participants: 8 }],
        outcomes: [{ item: 'OTHER', text: '完成规划初稿并通过村民代表大会讨论' }],
        problems: ['规划初稿征求意见'],
      },
    ],
    evaluation: { scores: [4, 3, 4, 3], problemSolved: 'PARTIAL', comment: '规划方向好，但落地运营还需要更长时间的陪伴。', daysAfterDelivery: 9, followUps: [] },
  },
];

/**
 * The served demands, with experts picked for each team by field from the library (the same ones every time,
 * never one expert in two teams at once).
 */
export function buildServices(experts: DemoExpert[], organizations: DemoOrganization[]): DemoService[] {
  const regionOf = new Map(organizations.map((o) => [o.key, o.regionCode]));
  const used = new Set<number>([0, 1]);
  const pick = (slot: { fixed: number } | { field: DemoExpert['fields'][number] }, senior: boolean): number => {
    if ('fixed' in slot) return slot.fixed;
    const fits = (e: DemoExpert, i: number) => !used.has(i) && e.fields.includes(slot.field) && (!senior || e.titleLevel === 'SENIOR');
    let index = experts.findIndex(fits);
    if (index < 0) index = experts.findIndex((e, i) => !used.has(i) && e.fields.includes(slot.field));
    if (index < 0) throw new Error(`demo: no expert left in ${slot.field}`);
    used.add(index);
    return index;
  };
  return SPECS.map((s) => {
    const regionCode = regionOf.get(s.organizationKey);
    if (!regionCode) throw new Error(`demo service refers to unknown unit ${s.organizationKey}`);
    const lead = pick(s.team.lead, true);
    const members = s.team.members.map((m) => pick(m, false));
    return { ...s, regionCode, leadExpertIndex: lead, memberExpertIndexes: members };
  });
}
