// The fixed demo experts and the employers whose senior staff include 两院院士.
import type { DemoExpert } from '../demo-data.types.js';
import { REGIONS } from './regions.js';

/** The two experts behind the `expert` and `expert2` demo accounts (fixed, so the demo reads the same every time). */
export const FIXED_EXPERTS: DemoExpert[] = [
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

/** Employers whose senior staff include 两院院士 in the demo. */
export const ACADEMICIAN_EMPLOYERS = [
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
