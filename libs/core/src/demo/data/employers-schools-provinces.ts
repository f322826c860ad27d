// Employers of demo experts: Schools, then employers in other provinces (云南, 新疆, 浙江, 江苏).
import type { EmployerSpec } from './employers.js';
import {
  YUNNAN_AGRICULTURE,
  YUNNAN_ANIMAL_HUSBANDRY,
  XINJIANG_AGRICULTURE,
  XINJIANG_ANIMAL_HUSBANDRY,
  SCHOOL_EDUCATION,
  PUER_CULTURE_TOURISM,
} from './employer-phrases.js';

export const SCHOOL_AND_PROVINCE_EMPLOYERS: EmployerSpec[] = [
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
