// Specialty phrases of specialised employers (see data/employers.ts).
// Specialty phrases of specialised employers, used instead of the general banks in SPECIALTY_CLUSTERS.
// Each inner list is one coherent line of work (a department, a crop); an expert draws mostly from one of them.
export const TCM_MEDICAL = [
  ['中风后遗症中医康复', '针灸推拿治疗颈肩腰腿痛', '骨伤科手法整复与中药外治'],
  ['脾胃病中医诊治', '中医体质辨识与治未病', '冬病夏治与膏方调理'],
  ['中西医结合防治糖尿病及并发症', '中医适宜技术基层推广', '中医药防治慢性咳喘'],
];
export const CDC_MEDICAL = [
  ['慢性病综合防控与健康管理', '儿童青少年近视防控', '农村饮用水卫生监测'],
  ['结核病防控与密切接触者筛查', '包虫病等地方病监测与防治', '传染病疫情监测与应急处置'],
  ['免疫规划与预防接种门诊管理', '传染病疫情监测与应急处置'],
];
export const PEDIATRIC_MEDICAL = [
  ['儿童常见病与儿童保健', '儿童生长发育评估', '婴幼儿早期发展与喂养指导'],
  ['新生儿危重症救治', '儿童哮喘规范化诊治', '小儿腹泻病与肺炎防治'],
];
export const MENTAL_MEDICAL = [
  ['精神心理疾病识别与干预', '抑郁症、焦虑障碍规范化诊治', '心理危机干预'],
  ['儿童青少年心理健康服务', '严重精神障碍社区康复管理', '老年期痴呆早期筛查'],
];
export const PULMONARY_MEDICAL = [
  ['肺结核筛查与规范治疗', '耐药结核病诊治', '尘肺病诊治'],
  ['慢性阻塞性肺疾病诊治', '呼吸康复', '肺癌早期筛查与肺结节评估'],
];
export const YUNNAN_AGRICULTURE = [
  ['茶树栽培与茶叶加工', '古茶园保护与生态茶园建设', '普洱茶初制加工'],
  ['小粒咖啡种植与初加工', '高原特色农产品标准化生产'],
  ['马铃薯脱毒种薯繁育', '稻瘟病等水稻病害绿色防控', '梯田稻作与稻渔综合种养'],
  ['三七等中药材规范化种植', '中药材连作障碍治理'],
];
export const YUNNAN_ANIMAL_HUSBANDRY = [
  ['生猪规模化养殖与疫病防控', '猪病临床诊断与合理用药', '畜禽粪污资源化利用'],
  ['云岭牛等地方黄牛养殖', '山地鸡生态养殖', '饲料配方优化与精准饲喂'],
];
export const XINJIANG_AGRICULTURE = [
  ['核桃、红枣等干果丰产栽培', '巴旦木整形修剪与丰产栽培', '红枣裂果与缩果病防控', '林果业病虫害绿色防控'],
  ['棉花高产栽培与膜下滴灌', '盐碱地改良与土壤培肥'],
  ['葡萄、香梨等特色林果提质增效', '林果业病虫害绿色防控'],
];
export const XINJIANG_ANIMAL_HUSBANDRY = [
  ['多浪羊、湖羊等地方品种繁育', '肉羊舍饲育肥与羔羊培育', '牛羊寄生虫病综合防治'],
  ['牛羊布鲁氏菌病防控', '奶牛高效养殖与繁殖管理', '饲草料加工与秸秆饲料化利用'],
];
export const HOSPITAL_BIOMEDICINE = [
  ['临床药学与合理用药', '医院制剂研发', '药物不良反应监测'],
  ['分子诊断技术', '药物临床试验管理'],
];
export const TCM_BIOMEDICINE = [['中药制剂研发', '中药材规范化种植与质量控制', '中药临床药学']];
export const SCHOOL_EDUCATION = [
  ['高中数学教学与命题研究', '信息技术与学科教学融合', '青年教师专业发展'],
  ['高中语文阅读与写作教学', '国家通用语言文字教学', '青年教师专业发展'],
  ['高中物理实验教学', '高中化学学科竞赛指导', '创新实验室建设'],
  ['中学生心理健康教育', '班主任工作与家校沟通'],
];
export const PUER_CULTURE_TOURISM = [
  ['茶文化旅游与茶旅融合', '景迈山古茶林文化景观保护', '民族文化旅游'],
  ['乡村旅游规划与民宿运营', '研学旅行课程设计'],
];
