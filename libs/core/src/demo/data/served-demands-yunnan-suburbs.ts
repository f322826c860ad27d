// More served demands (see served-demands-jinshan-kashgar.ts).
import type { DemoServiceSpec } from '../demo-data.types.js';

/** Served demands in 澜沧县, 松江区, 崇明区 and 元阳县. */
export const YUNNAN_SUBURBS_SERVED: DemoServiceSpec[] = [
  {
    organizationKey: 'unit-lancang-tea',
    title: '古茶园生态管护与茶叶初制加工标准化',
    description:
      '景迈山古茶园管护粗放，茶叶初制加工各家各做、品质不稳定，希望专家指导生态管护并帮助制定初制加工规范。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'PROJECT_COOPERATION'],
    status: 'EVALUATED',
    submittedDaysAgo: 120,
    team: {
      name: '景迈山古茶提质专家服务团',
      level: 'MUNICIPAL',
      lead: { field: 'AGRICULTURE' },
      members: [{ field: 'AGRICULTURE' }],
      startDaysAgo: 100,
      endDaysAhead: -80,
    },
    batches: [
      {
        startDaysAgo: 98,
        calendarDays: 8,
        days: 6,
        experts: [0, 1],
        unitNames: ['澜沧县惠民镇景迈山古茶专业合作社'],
        unitsServed: 4,
        activities: [
          { type: 'ONSITE_GUIDANCE', count: 5, participants: 60 },
          { type: 'CONSULTATION', count: 1, participants: 15 },
        ],
        outcomes: [
          { item: 'PROJECTS_CONNECTED', value: 2 },
          { item: 'STRATEGIC_PLANS', value: 1 },
          { item: 'INDUSTRIAL_BENEFIT', text: '形成合作社初制加工规范，带动 4 个村民小组统一收购' },
        ],
        problems: ['初制加工杀青温度与时间标准化'],
      },
    ],
    evaluation: {
      scores: [5, 4, 5, 4],
      problemSolved: 'YES',
      comment: null,
      daysAfterDelivery: 2,
      followUps: ['YES'],
    },
  },
  {
    organizationKey: 'unit-songjiang-pig',
    title: '生猪养殖场非洲猪瘟生物安全防控与粪污资源化',
    description:
      '合作社存栏 4000 头，生物安全措施不到位，粪污处理设施老化，希望专家帮助完善防控体系和种养结合方案。',
    fields: ['ANIMAL_HUSBANDRY', 'ENVIRONMENT'],
    serviceForms: ['TECH_GUIDANCE'],
    status: 'IN_SERVICE',
    submittedDaysAgo: 35,
    team: {
      name: '都市生猪产业提升示范技术服务团',
      level: 'MUNICIPAL',
      lead: { field: 'ANIMAL_HUSBANDRY' },
      members: [{ field: 'ENVIRONMENT' }],
      startDaysAgo: 15,
      endDaysAhead: 25,
    },
    batches: [
      {
        startDaysAgo: 12,
        calendarDays: 3,
        days: 3,
        experts: [0, 1],
        unitNames: ['上海松江泖港生猪养殖专业合作社'],
        activities: [{ type: 'ONSITE_GUIDANCE', count: 3, participants: 18 }],
        outcomes: [{ item: 'NEW_TECHNIQUES', value: 1 }],
        problems: ['洗消中心动线重新规划'],
      },
    ],
  },
  {
    organizationKey: 'unit-chongming-crab',
    title: '河蟹生态养殖水质调控与病害防控',
    description:
      '公司河蟹养殖 1500 亩，夏季高温期水草腐烂、水质恶化，蟹病频发，规格偏小，急需水质调控和种草技术。',
    fields: ['FISHERY'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    status: 'DELIVERED',
    submittedDaysAgo: 60,
    wantedEndDaysAhead: -30,
    team: {
      name: '崇明河蟹生态养殖技术服务团',
      level: 'MUNICIPAL',
      lead: { field: 'FISHERY' },
      members: [{ field: 'FISHERY' }],
      startDaysAgo: 45,
      endDaysAhead: -20,
    },
    batches: [
      {
        startDaysAgo: 43,
        calendarDays: 3,
        days: 3,
        experts: [0, 1],
        unitNames: ['上海崇明瀛东水产养殖有限公司'],
        activities: [{ type: 'ONSITE_GUIDANCE', count: 4, participants: 22 }],
        outcomes: [
          { item: 'NEW_TECHNIQUES', value: 1 },
          { item: 'NEW_VARIETIES', value: 1 },
        ],
        problems: ['高温期水草养护'],
      },
      {
        startDaysAgo: 29,
        calendarDays: 3,
        days: 3,
        experts: [0],
        unitNames: ['上海崇明瀛东水产养殖有限公司'],
        activities: [{ type: 'ONSITE_TRAINING', count: 1, participants: 36 }],
        outcomes: [{ item: 'TRAINEES_PROFESSIONAL', value: 36 }],
        problems: ['蟹病早期识别与用药规范'],
      },
    ],
  },
  {
    organizationKey: 'unit-yuanyang-azheke',
    title: '哈尼梯田传统村落乡村旅游规划与运营',
    description:
      '阿者科村蘑菇房保护与旅游开发矛盾突出，客流季节性强、村民分红机制需要完善，希望专家帮助编制乡村旅游发展规划。',
    fields: ['CULTURE_TOURISM', 'URBAN_RURAL_PLANNING'],
    serviceForms: ['DECISION_CONSULTING', 'PROJECT_COOPERATION'],
    status: 'EVALUATED',
    submittedDaysAgo: 115,
    team: {
      name: '阿者科传统村落文旅规划专家服务团',
      level: 'PROVINCIAL',
      lead: { field: 'CULTURE_TOURISM' },
      members: [{ field: 'URBAN_RURAL_PLANNING' }],
      startDaysAgo: 90,
      endDaysAhead: -60,
    },
    batches: [
      {
        startDaysAgo: 88,
        calendarDays: 4,
        days: 4,
        experts: [0, 1],
        unitNames: ['元阳县新街镇阿者科村村民委员会'],
        activities: [
          { type: 'SYMPOSIUM', count: 2, participants: 55 },
          { type: 'CONSULTATION', count: 1, participants: 12 },
        ],
        outcomes: [
          { item: 'STRATEGIC_PLANS', value: 1 },
          { item: 'DECISION_CONSULTATIONS', value: 2 },
        ],
        problems: ['客流错峰与门票分红机制'],
      },
      {
        startDaysAgo: 70,
        calendarDays: 2,
        days: 2,
        experts: [1],
        remote: true,
        unitNames: ['元阳县新街镇阿者科村村民委员会'],
        activities: [{ type: 'REMOTE_GUIDANCE', count: 2, participants: 8 }],
        outcomes: [{ item: 'OTHER', text: '完成规划初稿并通过村民代表大会讨论' }],
        problems: ['规划初稿征求意见'],
      },
    ],
    evaluation: {
      scores: [4, 3, 4, 3],
      problemSolved: 'PARTIAL',
      comment: '规划方向好，但落地运营还需要更长时间的陪伴。',
      daysAfterDelivery: 9,
      followUps: [],
    },
  },
];
