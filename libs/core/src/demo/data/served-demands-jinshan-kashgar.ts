// Demo demands that are already being served or were served this year: their teams, the batches the teams
// logged, the units' evaluations and the money. Dates are days relative to the day the demo is seeded, so the
// demo always has a team in service now, deliveries waiting for a rating and a record of earlier work.
import type { DemoServiceSpec } from '../demo-data.types.js';

/** Served demands in 金山区 (the demo accounts' team) and 莎车县. */
export const JINSHAN_KASHGAR_SERVED: DemoServiceSpec[] = [
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
    team: {
      name: '廊下设施蔬菜绿色生产专家服务团',
      level: 'MUNICIPAL',
      lead: { fixed: 0 },
      members: [{ fixed: 1 }, { field: 'AGRICULTURE' }],
      startDaysAgo: 20,
      endDaysAhead: 20,
    },
    batches: [],
  },
  {
    organizationKey: 'unit-jinshan-zhujing-chc',
    title: '社区脑卒中高危人群筛查与家庭医生带教',
    description:
      '中心签约居民中脑卒中高危人群约 2300 人，颈动脉超声筛查和随访管理能力不足，家庭医生团队希望得到三甲医院专家的现场带教。',
    fields: ['MEDICAL'],
    serviceForms: ['TECH_GUIDANCE', 'TALENT_TRAINING'],
    status: 'EVALUATED',
    submittedDaysAgo: 170,
    team: {
      name: '卒中防治基层带教专家服务团',
      level: 'MUNICIPAL',
      lead: { fixed: 0 },
      members: [{ field: 'MEDICAL' }, { field: 'MEDICAL' }],
      startDaysAgo: 150,
      endDaysAhead: -110,
    },
    batches: [
      {
        startDaysAgo: 148,
        calendarDays: 4,
        days: 4,
        experts: [0, 1],
        unitNames: ['上海市金山区朱泾社区卫生服务中心'],
        activities: [
          { type: 'ONSITE_GUIDANCE', count: 6, participants: 24 },
          { type: 'LECTURE', count: 1, participants: 60 },
        ],
        outcomes: [
          { item: 'TRAINEES_PROFESSIONAL', value: 24 },
          { item: 'CLINIC_EXAMINATIONS', value: 186 },
        ],
        problems: ['建立颈动脉超声筛查标准流程', '家庭医生掌握卒中风险分层'],
      },
      {
        startDaysAgo: 134,
        calendarDays: 3,
        days: 3,
        experts: [0, 2],
        unitNames: ['上海市金山区朱泾社区卫生服务中心', '朱泾镇待泾村卫生室'],
        activities: [
          { type: 'FREE_CLINIC', count: 2, participants: 210 },
          { type: 'DEMONSTRATION', count: 3, participants: 12 },
        ],
        outcomes: [
          { item: 'CLINIC_CONSULTATIONS', value: 210 },
          { item: 'CLINIC_TREATMENTS', value: 35 },
          { item: 'PEOPLE_BENEFITED', value: 420 },
        ],
        problems: ['高危人群随访失访率高，建立村卫生室随访提醒'],
      },
      {
        startDaysAgo: 120,
        calendarDays: 5,
        days: 3,
        experts: [0, 1, 2],
        unitNames: ['上海市金山区朱泾社区卫生服务中心'],
        activities: [
          { type: 'ONSITE_TRAINING', count: 2, participants: 45 },
          { type: 'SYMPOSIUM', count: 1, participants: 20 },
        ],
        outcomes: [
          { item: 'TRAINEES_PROFESSIONAL', value: 45 },
          { item: 'COOPERATION_INTENTIONS', value: 1 },
          { item: 'SOCIAL_BENEFIT', text: '高危人群规范随访率由 41% 提高到 78%' },
        ],
        problems: ['卒中急救绿色通道转诊衔接'],
      },
    ],
    evaluation: {
      scores: [5, 5, 4, 5],
      problemSolved: 'YES',
      comment: '专家带教非常扎实，家庭医生已能独立开展筛查。',
      daysAfterDelivery: 3,
      followUps: ['YES'],
    },
    funding: {
      ministry: 0,
      matching: 80_000,
      source: '市级专家服务基层专项经费',
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
    description:
      '卫生院服务 4.6 万人口，高血压、糖尿病患者规范管理率低，B 超、心电图缺少能读片的医生，希望专家驻点带教并开展义诊。',
    fields: ['MEDICAL'],
    serviceForms: ['TECH_GUIDANCE', 'FREE_CLINIC', 'TALENT_TRAINING'],
    status: 'DELIVERED',
    submittedDaysAgo: 80,
    team: {
      name: '莎车县基层医疗能力提升专家服务团',
      level: 'NATIONAL',
      lead: { field: 'MEDICAL' },
      members: [{ field: 'MEDICAL' }, { field: 'MEDICAL' }, { field: 'BIOMEDICINE' }],
      startDaysAgo: 60,
      endDaysAhead: -30,
    },
    batches: [
      {
        startDaysAgo: 58,
        calendarDays: 5,
        days: 5,
        experts: [0, 1, 2],
        unitNames: ['莎车县荒地镇中心卫生院'],
        unitsServed: 3,
        activities: [
          { type: 'FREE_CLINIC', count: 3, participants: 640 },
          { type: 'ONSITE_TRAINING', count: 2, participants: 38 },
        ],
        outcomes: [
          { item: 'CLINIC_CONSULTATIONS', value: 640 },
          { item: 'CLINIC_EXAMINATIONS', value: 312 },
          { item: 'TRAINEES_PROFESSIONAL', value: 38 },
        ],
        problems: ['心电图判读带教，两名医生可独立出具报告', '建立高血压随访台账'],
      },
      {
        startDaysAgo: 40,
        calendarDays: 4,
        days: 4,
        experts: [0, 3],
        unitNames: ['莎车县荒地镇中心卫生院', '莎车县阿瓦提镇卫生院'],
        activities: [
          { type: 'REMOTE_GUIDANCE', count: 4, participants: 16 },
          { type: 'SCIENCE_LECTURE', count: 2, participants: 300 },
        ],
        outcomes: [
          { item: 'TRAINEES_PUBLIC', value: 300 },
          { item: 'PEOPLE_BENEFITED', value: 1200 },
          { item: 'AGREEMENTS_SIGNED', value: 1 },
        ],
        problems: ['糖尿病足早期筛查方法推广'],
      },
    ],
    funding: {
      ministry: 100_000,
      matching: 60_000,
      source: '上海市对口支援新疆专项资金',
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
    description:
      '合作社巴旦木 3200 亩，近两年流胶病和花期冻害严重，亩产不足 60 公斤，急需修剪整形和水肥管理技术。',
    fields: ['FORESTRY', 'AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE', 'TECH_PROMOTION'],
    status: 'EVALUATED',
    submittedDaysAgo: 230,
    team: {
      name: '巴旦木提质增效技术服务团',
      level: 'PROVINCIAL',
      lead: { field: 'FORESTRY' },
      members: [{ field: 'AGRICULTURE' }],
      startDaysAgo: 205,
      endDaysAhead: -170,
    },
    batches: [
      {
        startDaysAgo: 203,
        calendarDays: 6,
        days: 5,
        experts: [0, 1],
        unitNames: ['莎车县恰热克镇巴旦木种植专业合作社'],
        activities: [
          { type: 'ONSITE_GUIDANCE', count: 8, participants: 120 },
          { type: 'DEMONSTRATION', count: 2, participants: 40 },
        ],
        outcomes: [
          { item: 'NEW_TECHNIQUES', value: 2 },
          { item: 'TRAINEES_PUBLIC', value: 160 },
        ],
        problems: ['流胶病综合防治方案', '冬季修剪整形示范'],
      },
      {
        startDaysAgo: 180,
        calendarDays: 3,
        days: 3,
        experts: [0],
        unitNames: ['莎车县恰热克镇巴旦木种植专业合作社'],
        activities: [{ type: 'ONSITE_TRAINING', count: 1, participants: 85 }],
        outcomes: [{ item: 'ECONOMIC_BENEFIT', text: '示范园预计亩产提高 25 公斤，增收约 80 万元' }],
        problems: ['花期防冻措施'],
      },
    ],
    evaluation: {
      scores: [4, 4, 5, 4],
      problemSolved: 'PARTIAL',
      comment: '流胶病明显减轻，冻害问题还需要明年花期再看。',
      daysAfterDelivery: 6,
      followUps: ['PARTIAL', 'YES'],
    },
  },
];
