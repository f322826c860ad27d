// The matching lexicon shipped with the product: how farmers, herders, fish farmers, clinicians, teachers and
// workers describe a problem, mapped to the technical terms experts write in their specialties (叶子发黄 → 黄化,
// 缺素; 浮头 → 缺氧; 拉稀 → 腹泻; 返碱 → 盐碱), plus technical phrases that must stay whole (水肥一体化 is not
// 城乡一体化). One-way: a colloquial expression finds the technical terms, a technical term does not drag in the
// colloquial words. Each entry carries the fields it usually belongs to, so that a demand's text can also hint at
// its fields. ADMIN extends it on the 匹配词库 page (stored in the database); both are merged in `Vocabulary`.
//
// Written for this project from the vocabulary of the 2026 survey's 20 fields; grouped by field below.
// Line format: `expression=term term …` maps an expression to terms; a bare `phrase` is a technical phrase kept
// whole (a user word of the segmenter, a dictionary word of Meilisearch) — only phrases whose parts alone mean
// something else (水肥一体化 vs 城乡一体化: 一体化; 种养结合: 结合), since a phrase kept whole hides its parts.
import type { Field } from '../catalog/catalog.js';

export interface LexiconEntry {
  /** How people put it: 拉稀, 叶子发黄, 浮头 — or a technical phrase kept whole (terms empty). */
  expression: string;
  /** What experts write for it (may be empty: the expression is a technical phrase to keep whole). */
  terms: readonly string[];
  /** The fields the expression usually belongs to (a hint; may be empty). */
  fields: readonly Field[];
}

const BY_FIELD: Readonly<Record<Field, readonly string[]>> = {
  AGRICULTURE: [
    '叶子发黄=黄化 缺素',
    '叶片发黄=黄化 缺素',
    '发黄=黄化 缺素',
    '黄叶=黄化 缺素',
    '叶子卷=卷叶 曲叶 病毒病',
    '叶子打卷=卷叶 曲叶 病毒病',
    '卷起来=卷叶 曲叶 病毒病',
    '卷曲=卷叶 曲叶 病毒病',
    '烂根=根腐病 沤根',
    '死苗=立枯病 猝倒病 根腐病',
    '烂苗=猝倒病 立枯病',
    '烂果=果腐病 灰霉病 炭疽病',
    '长白毛=白粉病 霜霉病 灰霉病',
    '起白粉=白粉病',
    '发霉=霉病 灰霉病',
    '叶子有斑=叶斑病 病斑',
    '长斑=叶斑病 病斑',
    '长虫=虫害 害虫',
    '生虫=虫害 害虫',
    '虫子多=虫害 病虫害',
    '打药=施药 植保 病虫害防治',
    '药打多了=农药减量 科学用药',
    '打药没用=抗药性 科学用药',
    '苗不壮=壮苗 育苗',
    '出苗不齐=出苗率 种子质量',
    '不坐果=坐果率 授粉 保花保果',
    '落花落果=保花保果 坐果率',
    '裂果=裂果病 缺钙',
    '果子小=果实膨大 品质提升',
    '产量低=高产栽培 增产 丰产',
    '产量越来越低=连作障碍 品种退化 提纯复壮',
    '减产=增产 高产栽培',
    '重茬=连作障碍 轮作',
    '连作=连作障碍',
    '地板结=土壤板结 土壤改良',
    '土壤板结=土壤改良',
    '返碱=盐碱 盐渍化 次生盐渍化 盐碱地改良',
    '地发白=盐碱 盐渍化',
    '一片片发白=盐碱 盐渍化 盐斑',
    '成片发白=盐碱 盐渍化 盐斑',
    '地里泛白=盐碱 盐渍化',
    '白碱=盐碱 盐渍化',
    '碱地=盐碱地 盐碱地改良',
    '长不出苗=出苗率 缺苗 保苗',
    '不出苗=出苗率 缺苗 保苗',
    '苗出不来=出苗率 缺苗 保苗',
    '菜烂了=采后处理 贮藏保鲜 腐烂',
    '地太酸=土壤酸化 酸性土壤改良',
    '土壤发酸=土壤酸化',
    '根上长疙瘩=根结线虫',
    '根上有疙瘩=根结线虫',
    '化肥用多了=化肥减量 测土配方施肥',
    '不会施肥=测土配方施肥 科学施肥',
    '浇水施肥=水肥一体化 灌溉施肥',
    '人工浇水=节水灌溉 水肥一体化',
    '缺水=节水灌溉 抗旱',
    '品种退化=提纯复壮 良种繁育',
    '种子不好=良种 品种选育',
    '倒伏=抗倒伏',
    '草多=杂草防除 化学除草',
    '草害=杂草防除',
    '辣子=辣椒',
    '菌子=食用菌 野生菌',
    '木耳=食用菌 黑木耳',
    '稻瘟=稻瘟病',
    '红米=水稻 特色稻米',
    '采后烂=采后处理 贮藏保鲜',
    '什么病=病害 病虫害',
    '得病=病害 病虫害',
    '生病=病害 病虫害',
    '水肥一体化',
    '连作障碍',
    '种养结合',
  ],
  FORESTRY: [
    '松树枯死=松材线虫病 松褐天牛',
    '松树死=松材线虫病 松褐天牛',
    '树枯死=枯萎病 蛀干害虫',
    '树干流胶=流胶病',
    '树皮烂=腐烂病',
    '虫蛀=蛀干害虫 天牛',
    '果树老了=老树更新 低产园改造',
    '树老了=更新复壮 低产林改造',
    '老林子=低产林改造 林分改造',
    '不结果=低产林改造 丰产栽培 保花保果',
    '结果少=丰产栽培 低产林改造',
    '修枝=整形修剪',
    '剪枝=整形修剪',
    '种树=造林 植树造林',
    '荒山=荒山造林 石漠化治理',
    '石头山=石漠化 石漠化治理',
    '山火=森林防火',
    '风沙大=防风固沙 荒漠化防治',
    '沙子多=防风固沙 荒漠化防治',
    '林下养鸡=林下经济 林禽养殖',
    '林下种菌=林下经济',
    '核桃树=核桃',
    '油茶林=油茶 低产林改造',
    '竹林荒了=竹林经营 低产竹林改造',
    '野猪=野生动物 野生动物保护',
  ],
  ANIMAL_HUSBANDRY: [
    '拉稀=腹泻 下痢',
    '拉肚子=腹泻',
    '小猪拉稀=仔猪腹泻 仔猪流行性腹泻',
    '猪拉稀=仔猪腹泻 流行性腹泻',
    '猪瘟=非洲猪瘟 猪瘟防控',
    '布病=布鲁氏菌病 布鲁菌病',
    '布氏杆菌=布鲁氏菌病',
    '羊羔=羔羊',
    '小羊=羔羊',
    '羊羔死=羔羊成活率 羔羊腹泻',
    '小猪=仔猪',
    '小牛=犊牛',
    '牛犊=犊牛',
    '母猪不下崽=母猪繁殖障碍 繁殖性能',
    '产仔少=产仔数 繁殖性能',
    '不发情=乏情 繁殖障碍',
    '配不上种=受胎率 人工授精',
    '掉膘=营养不良 饲料营养 补饲 营养调控',
    '牛羊=反刍动物 肉牛 肉羊',
    '瘦得厉害=营养不良 补饲',
    '长不胖=营养不良 育肥 饲料营养',
    '冬天瘦=冬春补饲 越冬 营养不良',
    '过冬=越冬 冬春补饲',
    '草料不够=饲草料 补饲 饲草',
    '草料跟不上=饲草料 补饲 饲草',
    '草料=饲草料 饲草',
    '怎么喂=饲养管理 饲料配方 饲喂',
    '长得慢=生长性能 饲料转化率',
    '猪喘气=猪支原体肺炎 呼吸道疾病',
    '鸡瘟=新城疫 禽流感',
    '鸡得病=禽病 家禽疫病',
    '下蛋少=产蛋率 蛋鸡',
    '鸡老死=家禽疫病 禽病防控',
    '口蹄疫=动物疫病',
    '猪粪=粪污 粪污资源化',
    '牛粪=粪污 粪污资源化',
    '鸡粪=粪污 粪污资源化',
    '粪便=粪污 粪污资源化',
    '养殖场臭=恶臭 臭气治理 粪污处理',
    '青贮=青贮饲料',
    '草场退化=草原退化 草原生态修复',
    '寄生虫=寄生虫病 驱虫',
    '蜂群=蜜蜂养殖',
    '包虫=包虫病 棘球蚴病',
    '乳房炎=奶牛乳房炎',
    '羊痘=动物疫病',
    '种养结合',
  ],
  FISHERY: [
    '浮头=缺氧 溶解氧 增氧',
    '翻塘=缺氧 泛塘 水质恶化',
    '泛塘=缺氧 溶解氧',
    '死鱼=鱼病 缺氧 水产病害',
    '鱼死=鱼病 缺氧',
    '鱼得病=鱼病 水产动物病害',
    '鱼生病=鱼病',
    '烂鳃=烂鳃病 细菌性烂鳃',
    '鱼塘=池塘 池塘养殖',
    '鱼池=池塘 池塘养殖',
    '塘水发绿=蓝藻 水华 水质调控',
    '水发绿=蓝藻 水华 水质调控',
    '水发臭=水质恶化 水质调控',
    '水变坏=水质调控',
    '养虾=虾类养殖',
    '螃蟹=河蟹 蟹类养殖',
    '蟹塘=河蟹 池塘养殖',
    '个头小=规格 养殖密度',
    '稻田养虾=稻虾共作 稻渔综合种养',
    '鱼苗=苗种 鱼苗繁育',
    '尾水=尾水处理 养殖尾水',
    '三文鱼=虹鳟 冷水鱼',
    '鱼饲料=水产饲料',
    '鱼长得慢=饲料转化率 养殖密度',
    '冷水鱼',
  ],
  ENVIRONMENT: [
    '脏水=污水 废水',
    '污水乱排=污水处理 污水收集',
    '脏水直排=污水处理 污水收集',
    '臭水沟=黑臭水体',
    '河水发臭=黑臭水体 水环境治理',
    '河道发臭=黑臭水体 水环境治理',
    '垃圾乱扔=生活垃圾 垃圾分类',
    '垃圾乱倒=生活垃圾 垃圾收运',
    '垃圾=生活垃圾 垃圾处理',
    '旱厕=户厕改造 卫生厕所 农村改厕',
    '厕所=户厕 卫生厕所',
    '气味大=恶臭 挥发性有机物 异味治理',
    '味道大=恶臭 异味治理',
    '臭味=恶臭 异味治理',
    '烟尘=颗粒物 除尘',
    '冒黑烟=烟气治理 除尘 脱硫脱硝',
    '粉尘=除尘 粉尘治理',
    '土壤污染=土壤修复',
    '重金属超标=重金属污染 土壤修复',
    '排污证=排污许可',
    '超标=达标排放 污染治理',
    '秸秆焚烧=秸秆综合利用 秸秆禁烧',
    '烧秸秆=秸秆综合利用',
    '白色污染=塑料污染 农膜回收',
    '地膜=农膜回收 残膜',
    '水土流失',
    '黑臭水体',
  ],
  MACHINERY: [
    '机床报警=数控机床 故障诊断',
    '老报警=故障诊断',
    '报警停机=故障诊断 设备维修',
    '机器坏=设备故障 故障诊断',
    '停机=设备故障 故障诊断',
    '设备老坏=设备故障 预测性维护',
    '零件毛病=缺陷检测 质量检测',
    '次品多=良品率 质量控制',
    '次品=不良品 质量控制',
    '废品率高=良品率 质量控制',
    '精度不够=加工精度 精密加工',
    '焊不好=焊接工艺 焊接质量',
    '生锈=防腐 腐蚀防护',
    '机器换人=工业机器人 自动化',
    '人眼看=目视检测 机器视觉 视觉检测',
    '代替人眼=机器视觉 视觉检测',
    '人工成本高=自动化 智能制造',
    '农机坏=农机维修',
    '拖拉机=农业机械',
    '收割机=联合收割机 收获机械',
    '砂眼=铸造缺陷',
    '自动化改造=自动化生产线 智能制造',
  ],
  ENERGY: [
    '太阳能板=光伏 光伏组件',
    '屋顶光伏=分布式光伏',
    '电费高=节能 能效 节能改造',
    '电费贵=节能 用电优化',
    '省电=节能',
    '烧煤=燃煤 清洁取暖',
    '取暖=供暖 清洁取暖',
    '冬天取暖=清洁取暖 供暖',
    '沼气池=沼气 户用沼气',
    '秸秆发电=生物质发电',
    '风车=风电 风力发电',
    '停电=供电可靠性 配电网',
    '电压低=电能质量 配电网改造',
    '空气能=空气源热泵',
    '地暖=地源热泵 供暖',
    '小水电=水电站',
    '源网荷储一体化',
  ],
  METALLURGY: [
    '钢水=炼钢',
    '高炉结瘤=高炉操作 炼铁',
    '铸坯裂纹=连铸 铸坯质量',
    '钢材裂纹=裂纹 缺陷分析',
    '热处理不好=热处理工艺',
    '金属生锈=腐蚀 防腐',
    '钢渣=冶金固废 钢渣综合利用',
    '尾矿=尾矿综合利用',
    '矿渣=冶金渣 固废利用',
    '烧结矿=烧结',
  ],
  CHEMICAL: [
    '危险品=危险化学品',
    '化工安全=过程安全 安全评价',
    '泄漏=泄漏检测 泄漏与修复',
    '跑冒滴漏=泄漏检测 泄漏与修复',
    '化工废水=高盐废水 废水处理',
    '喷漆=涂装 挥发性有机物',
    '安评=安全评价',
    '配方不稳=配方优化 工艺优化',
  ],
  TELECOM: [
    '信号差=网络覆盖 基站',
    '没信号=信号覆盖 基站建设',
    '手机没信号=移动通信 网络覆盖',
    '网速慢=宽带 网络优化',
    '上网慢=网络优化 宽带',
    '宽带=光纤宽带',
    '对讲=应急通信',
    '监控=视频监控',
    '摄像头=视频监控',
  ],
  TRANSPORT: [
    '路坏了=道路养护 路面病害',
    '坑洼=路面病害 道路养护',
    '山路=农村公路 山区公路',
    '村道=农村公路',
    '塌方=边坡 滑坡 地质灾害',
    '危桥=桥梁加固 危桥改造',
    '运不出去=物流 冷链物流',
    '路上坏=冷链 保鲜 损耗',
    '坏得多=冷链 保鲜 损耗',
    '烂在路上=冷链 保鲜',
    '运到城里=物流 冷链物流 农产品流通',
    '运进城=物流 冷链物流 农产品流通',
    '运出去=物流 冷链物流 农产品流通',
    '都烂了=腐烂 损耗 保鲜',
    '烂一半=腐烂 损耗 保鲜',
    '路上要走=物流 冷链物流 运输时效',
    '保鲜=冷链 贮藏保鲜',
    '物流贵=物流成本',
    '班车=客运 农村客运',
    '停车难=停车场规划',
    '堵车=交通拥堵 交通组织',
    '超载=治超 超限超载',
  ],
  ECOMMERCE: [
    '网上卖=电商 网络销售 农产品电商',
    '直播卖=直播带货 直播电商',
    '直播=直播带货',
    '卖不出去=销售渠道 滞销 农产品营销',
    '卖不掉=滞销 销售渠道',
    '滞销=农产品营销 产销对接',
    '卖不上价=品牌营销 品牌建设 溢价',
    '没牌子=品牌建设 区域公用品牌',
    '没品牌=品牌建设 区域公用品牌',
    '包装土=包装设计 品牌包装',
    '包装=包装设计',
    '抖音=短视频 直播带货',
    '淘宝=电商平台',
    '拼多多=电商平台',
    '土特产=特色农产品',
    '特产=特色农产品',
    '微信卖=社群营销',
  ],
  MEDICAL: [
    '半身不遂=偏瘫 脑卒中',
    '嘴歪=面瘫',
    '瘫在床上=偏瘫 卧床 康复护理',
    '老糊涂=老年痴呆 认知障碍',
    '糊涂=认知障碍 老年痴呆',
    '记性差=认知障碍 记忆减退',
    '痴呆=阿尔茨海默病 认知障碍',
    '血压高=高血压',
    '血糖高=糖尿病',
    '肺痨=结核 肺结核 结核病',
    '痨病=结核病 肺结核',
    '咳血=咯血 结核',
    '老咳嗽=慢性咳嗽 慢阻肺',
    '喘不上气=呼吸困难 慢阻肺 哮喘',
    '气管炎=慢性支气管炎 慢阻肺',
    '心口疼=胸痛 心绞痛',
    '胸口痛=胸痛 急性胸痛',
    '心脏病=冠心病 心血管病',
    '犯心脏病=急性心梗 胸痛 心脏骤停',
    '猝死=心脏骤停 心肺复苏',
    '腰腿痛=腰椎间盘突出 骨关节病 疼痛',
    '腰疼=腰痛 腰椎',
    '关节疼=骨关节炎 关节炎',
    '老寒腿=膝骨关节炎',
    '骨头松=骨质疏松',
    '眼睛花=视力 老花 白内障',
    '戴眼镜=近视 屈光不正',
    '娃娃=儿童',
    '小孩=儿童',
    '怀孕=孕产妇 妊娠',
    '孕妇=孕产妇',
    '生孩子=分娩 孕产保健',
    '坐月子=产后康复',
    '妇科病=妇科疾病 宫颈癌筛查',
    '乳房肿块=乳腺癌筛查 乳腺疾病',
    '胃疼=胃病 胃炎',
    '大脖子=甲状腺肿 碘缺乏病',
    '想不开=心理危机干预 抑郁',
    '心情不好=心理健康 抑郁',
    '睡不着=失眠 睡眠障碍',
    '牙疼=口腔疾病 牙病',
    '烂牙=龋齿',
    '打呼噜=睡眠呼吸暂停',
    '拍片=影像诊断 放射',
    '化验=检验 医学检验',
    '验血=检验 血常规',
    '村医=乡村医生 基层医生',
    '赤脚医生=乡村医生',
    '卫生室=村卫生室 基层医疗',
    '拔罐=中医适宜技术',
    '刮痧=中医适宜技术',
    '艾灸=中医适宜技术 灸法',
    '扎针=针灸 针刺',
    '照护=护理 老年护理',
    '护工=护理员 照护',
    '接生=助产 产科',
  ],
  BIOMEDICINE: [
    '种药材=中药材种植 中药材规范化种植',
    '药材种植=中药材规范化种植',
    '药厂=制药 药品生产',
    '做药=药物研发 制药',
    '新药=新药研发 创新药',
    '仿制药=一致性评价',
    '试剂盒=体外诊断',
    '检测试剂=体外诊断',
    '药检=药品检验',
    '保健品=保健食品 功能食品',
    '基因检测=高通量测序 基因测序',
    '重楼=滇重楼 中药材',
  ],
  EDUCATION: [
    '不想上学=厌学 辍学',
    '留守孩子=留守儿童',
    '留守娃=留守儿童',
    '孩子不说话=儿童心理 心理健康',
    '孩子心理=儿童心理健康 心理健康教育',
    '学生心理=心理健康教育',
    '成绩差=学业质量 教学质量',
    '成绩不好=学业质量 教学质量',
    '说不好普通话=国家通用语言文字',
    '普通话=国家通用语言文字',
    '老师不够=师资 教师培训',
    '新老师=青年教师培养',
    '学不到手艺=实训 技能培训 产教融合',
    '学手艺=职业技能培训 实训',
    '职校=职业教育 中等职业教育',
    '实习=实训 产教融合',
    '校企合作=产教融合',
    '特殊孩子=特殊教育',
    '早教=早期教育 学前教育',
    '网课=在线教育 远程教育',
    '劳动课=劳动教育',
    '产教融合',
    '国家通用语言文字',
  ],
  CULTURE_TOURISM: [
    '老房子=传统民居 古建筑',
    '古宅=古建筑 传统民居',
    '老寨子=传统村落 村寨',
    '寨子=村寨 民族村寨',
    '老村子=传统村落',
    '房子快倒了=古建筑修缮 危房 保护修缮',
    '修老房子=古建筑修缮 传统民居保护',
    '农家乐=乡村旅游 休闲农业',
    '搞旅游=乡村旅游 旅游开发',
    '游客少=客源 旅游营销',
    '没游客=旅游营销 客源',
    '采摘游=休闲农业 农旅融合',
    '老手艺=非遗 传统技艺 传统工艺',
    '手艺失传=非遗传承 传统技艺',
    '绣花=刺绣',
    '蜡染=非遗 传统技艺',
    '扎染=非遗 传统技艺',
    '唱山歌=民歌 非遗',
    '文化站=公共文化服务',
    '露营=营地 露营地',
    '旅游线路=线路设计',
  ],
  AI: [
    '机器看=机器视觉 图像识别',
    '拍照识别=图像识别',
    '自动识别=图像识别 模式识别',
    '机器人客服=智能客服',
    '说话转文字=语音识别',
    '人脸识别=计算机视觉',
    '大数据=数据分析 大数据平台',
    'ChatGPT=大模型',
    '数字孪生',
  ],
  URBAN_RURAL_PLANNING: [
    '村里规划=村庄规划',
    '编规划=规划编制',
    '房子乱建=农房建设管控 风貌管控',
    '乱搭乱建=违章建筑 风貌管控',
    '村容村貌=人居环境 风貌',
    '危房=危房改造 农房安全',
    '房子裂=房屋安全鉴定 危房',
    '老旧小区=老旧小区改造 城市更新',
    '下雨积水=内涝 排水防涝 海绵城市',
    '内涝=排水防涝 海绵城市',
    '雨污混流=雨污分流 排水管网',
    '自来水=供水 农村供水 饮用水',
    '自来水管=供水管网 供水 管网',
    '水管=供水管网 管网',
    '爆管=管网漏损 供水管网',
    '水管漏水=管网漏损 供水管网',
    '漏水=漏损 管网漏损',
    '水压不够=供水 加压 管网',
    '水压低=供水 加压 管网',
    '吃水难=农村供水 饮水安全',
    '喝水难=农村供水 饮水安全',
    '停水=供水 供水保障',
    '绿化=园林绿化 景观',
    '土地整治=国土综合整治',
    '城乡一体化',
    '海绵城市',
    '雨污分流',
  ],
  INDUSTRY_PLANNING: [
    '招不来企业=招商引资 招商',
    '招商难=招商引资',
    '园区空=产业园区 园区运营 招商',
    '卖鲜的=初级产品 精深加工 农产品加工',
    '卖原料=初级产品 精深加工',
    '深加工=精深加工 农产品加工',
    '产业链短=产业链延伸 全产业链',
    '没产业=产业发展规划 特色产业',
    '产业单一=产业结构调整',
    '龙头企业=农业产业化龙头企业',
    '县域经济=县域产业发展',
    '全产业链',
  ],
  OTHER: [
    '打官司=法律援助 诉讼',
    '合同纠纷=法律咨询 合同管理',
    '记账=会计 财务管理',
    '交税=税务筹划',
    '贷款难=金融服务 信贷',
    '融资难=投融资',
    '残疾人=残疾人康复 助残',
    '下冰雹=冰雹 气象灾害',
    '干旱=抗旱 旱灾',
    '发大水=防汛 洪涝灾害',
    '申请专利=专利申请 知识产权',
    '防灾减灾',
  ],
};

/**
 * Broader words, `narrow>broad broad`: a demand about 番茄 is partly served by an expert of 蔬菜 in general, and a
 * demand about 松树 partly by an expert of 松材线虫病 (a disease of the pine) — partial credit in matching, never a
 * synonym. Subjects (crops, animals) are what a demand is about, not its problem: they weigh a little less.
 */
const SUBJECT_LINES: readonly string[] = [
  // crops
  '番茄>蔬菜 茄果类',
  '黄瓜>蔬菜 瓜类',
  '辣椒>蔬菜 茄果类',
  '茄子>蔬菜 茄果类',
  '白菜>蔬菜 叶菜',
  '青菜>蔬菜 叶菜',
  '芹菜>蔬菜 叶菜',
  '蔬菜>果蔬',
  '西瓜>瓜类 瓜果',
  '甜瓜>瓜类 瓜果',
  '草莓>果蔬 设施水果',
  '葡萄>果树 水果',
  '苹果>果树 水果',
  '黄桃>果树 水果',
  '桃树>果树',
  '柑橘>果树 水果',
  '猕猴桃>果树 水果',
  '水果>果蔬',
  '红枣>果树 林果',
  '核桃>干果 林果 果树',
  '巴旦木>干果 林果',
  '芒果>果树 热带水果',
  '香蕉>热带水果',
  '水稻>粮食作物',
  '小麦>粮食作物 麦类',
  '玉米>粮食作物',
  '马铃薯>薯类 粮食作物',
  '甘薯>薯类',
  '红米>水稻 特色稻米',
  '大豆>豆类 油料作物',
  '油菜>油料作物',
  '棉花>经济作物',
  '烟草>经济作物',
  '甘蔗>糖料作物',
  '三七>中药材',
  '重楼>中药材',
  '天麻>中药材',
  '当归>中药材',
  '枸杞>中药材',
  '茶叶>经济作物',
  '食用菌>菌类',
  '松树>林木',
  '杉木>林木',
  '油茶>经济林',
  '竹子>林木',
  // animals
  '仔猪>生猪',
  '母猪>生猪',
  '育肥猪>生猪',
  '羔羊>肉羊 养羊',
  '犊牛>肉牛 奶牛',
  '蛋鸡>家禽 养鸡',
  '肉鸡>家禽 养鸡',
  '林下鸡>家禽 林下养殖',
  '河蟹>虾蟹 水产',
  '小龙虾>虾蟹 水产',
  '南美白对虾>虾蟹 水产',
  '草鱼>淡水鱼 水产',
  '鲈鱼>水产',
  '罗非鱼>水产',
  '鳜鱼>水产',
];
/** Pests and diseases to their hosts. */
const HOST_LINES: readonly string[] = [
  '松材线虫病>松树',
  '稻瘟病>水稻',
  '马铃薯晚疫病>马铃薯',
  '非洲猪瘟>生猪',
  '禽流感>家禽',
  '新城疫>家禽',
  '小麦锈病>小麦',
  '柑橘黄龙病>柑橘',
  '黄化曲叶病毒病>番茄',
  '河蟹肝胰腺坏死病>河蟹',
];
/** Conditions to the departments that treat them (broad: a department does not find every condition in search). */
const CONDITION_LINES: readonly string[] = [
  '中风>神经内科 神经病学',
  '老年痴呆>神经内科 老年医学',
  '近视>眼科',
  '白内障>眼科',
  '青光眼>眼科',
  '糖尿病>内分泌 慢病',
  '高血压>心血管 慢病',
  '冠心病>心血管 心内科',
  '心梗>心血管 心内科 胸痛',
  '结核>呼吸 传染病',
  '肺结核>呼吸 传染病',
  '慢阻肺>呼吸 呼吸内科',
  '哮喘>呼吸 呼吸内科',
  '腰椎间盘突出>骨科 康复',
  '骨质疏松>骨科 内分泌',
  '关节炎>骨科 风湿',
  '腹泻>消化 感染',
  '龋齿>口腔',
  '宫颈癌>妇科 肿瘤',
  '乳腺癌>乳腺 肿瘤',
  '肝癌>肝病 肿瘤',
  '包虫病>寄生虫病 传染病',
  '布鲁氏菌病>人畜共患病 传染病',
  '抑郁>精神心理 心理健康',
  '失眠>精神心理 睡眠医学',
];

const SPLIT = /[\s、，,;；]+/u;

function parse(line: string, field: Field): LexiconEntry {
  const [expression, terms = ''] = line.split('=');
  return { expression: expression!.trim(), terms: terms.split(SPLIT).filter(Boolean), fields: [field] };
}

/**
 * The built-in lexicon: one entry per expression (an expression written under several fields keeps every field
 * and every term).
 */
export const BUILTIN_LEXICON: readonly LexiconEntry[] = (() => {
  const merged = new Map<string, { expression: string; terms: Set<string>; fields: Set<Field> }>();
  for (const [field, lines] of Object.entries(BY_FIELD) as [Field, readonly string[]][]) {
    for (const line of lines) {
      const e = parse(line, field);
      const key = e.expression.toLowerCase();
      const seen = merged.get(key) ?? {
        expression: e.expression,
        terms: new Set<string>(),
        fields: new Set<Field>(),
      };
      for (const t of e.terms) seen.terms.add(t);
      seen.fields.add(field);
      merged.set(key, seen);
    }
  }
  return Object.freeze(
    [...merged.values()].map((e) =>
      Object.freeze({
        expression: e.expression,
        terms: Object.freeze([...e.terms]),
        fields: Object.freeze([...e.fields]),
      }),
    ),
  );
})();

function parseBroader(lines: readonly string[]): [string, readonly string[]][] {
  return lines.map((line) => {
    const [narrow, broad = ''] = line.split('>');
    return [narrow!.trim().toLowerCase(), Object.freeze(broad.split(SPLIT).filter(Boolean))];
  });
}

/** Narrow word (lower-case) → broader words: partial credit in matching, both ways. */
export const BROADER_TERMS: ReadonlyMap<string, readonly string[]> = new Map([
  ...parseBroader(SUBJECT_LINES),
  ...parseBroader(HOST_LINES),
  ...parseBroader(CONDITION_LINES),
]);

/**
 * The relations the search box follows downwards: a host finds the experts of its diseases (松树 → 松材线虫病; 番茄 →
 * 黄化曲叶病毒病). Not crop classes (蔬菜 → every vegetable) nor departments: those are too broad to find by.
 */
export const SEARCH_BROADER_TERMS: ReadonlyMap<string, readonly string[]> = new Map(parseBroader(HOST_LINES));

/** Words naming what a demand is about (a crop, an animal) rather than its problem. */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set(parseBroader(SUBJECT_LINES).map(([w]) => w));

// ---------------------------------------------------------------------------------------------------------------
// Rules for entries ADMIN writes (the database enforces the same lengths)

export const LEXICON_LIMITS = { expressionMax: 20, termMax: 30, termsMax: 12 } as const;

const WORD = /^[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9.+\-·]*$/u;

/** A word as the lexicon stores it: NFKC, trimmed, inner spaces removed. */
export function normaliseLexiconWord(word: string): string {
  return word.normalize('NFKC').replace(/\s+/gu, '').trim();
}

/**
 * What is wrong with an entry, by input field, in words an administrator can act on; empty when it is fine.
 * Words are Chinese characters, Latin letters and digits (a few joiners: . + - ·), at least two characters.
 */
export function lexiconEntryProblems(entry: {
  expression: string;
  terms: readonly string[];
}): Record<string, string> {
  const out: Record<string, string> = {};
  const expression = normaliseLexiconWord(entry.expression ?? '');
  if (!expression) out.expression = '请填写说法（如“拉稀”“叶子发黄”）';
  else if ([...expression].length < 2) out.expression = '说法至少 2 个字';
  else if ([...expression].length > LEXICON_LIMITS.expressionMax)
    out.expression = `说法不能超过 ${LEXICON_LIMITS.expressionMax} 个字`;
  else if (!WORD.test(expression)) out.expression = '说法只能包含汉字、字母和数字，不能有空格和标点';
  const terms = (entry.terms ?? []).map(normaliseLexiconWord).filter(Boolean);
  if (terms.length > LEXICON_LIMITS.termsMax) out.terms = `专业术语最多 ${LEXICON_LIMITS.termsMax} 个`;
  else {
    const bad = terms.find(
      (t) => [...t].length < 2 || [...t].length > LEXICON_LIMITS.termMax || !WORD.test(t),
    );
    if (bad !== undefined)
      out.terms = `专业术语“${bad.slice(0, 30)}”不合规：每个 2–${LEXICON_LIMITS.termMax} 个字，只含汉字、字母和数字`;
    else if (terms.some((t) => t.toLowerCase() === expression.toLowerCase()))
      out.terms = '专业术语不能与说法相同';
    else if (new Set(terms.map((t) => t.toLowerCase())).size !== terms.length) out.terms = '专业术语有重复';
  }
  return out;
}
