// Words people write around what they need that say nothing about which expert fits:
// - FILLER_WORDS: question, asking and politeness words, people, time, degree and the words for "expert" and
//   "problem". A search never requires them to match (both engines drop them from queries; Meilisearch gets them
//   as its stopWords), and matching never looks for them.
// - GENERIC_DEMAND_WORDS: content words so common in demands (技术, 培训, 管理, 建设 …) that matching does not look
//   for them either; the search box keeps them, and the relaxation drops them first when they are frequent.
// - OPEN_WORDS: those, the actions that take an object (治理, 保护, 安全, 检测) and the places and people that say
//   nothing of an expertise (村里, 农村, 孩子): alone they do not say what a search is about, so a search left with
//   only them once the words nobody wrote are dropped finds nobody (河道治理 found the VOCs 治理 experts).

const FILLERS = // asking, wanting, hoping
  (
    '想 想要 想请 请 请求 恳请 希望 需要 急需 迫切 亟需 盼望 求 求助 麻烦 ' +
    '帮 帮助 帮忙 帮帮 帮帮忙 协助 支持 咨询 问问 请教 请问 ' +
    // the expert and the problem themselves
    '专家 专家组 老师 师傅 问题 难题 困难 情况 方面 事情 毛病 指导 技术指导 指点 ' +
    // finding someone who knows
    '找 找个 寻找 一个 一位 一名 几个 懂 懂行 ' +
    // questions
    '怎么 怎么办 怎样 怎么样 如何 什么 为什么 为啥 啥 咋 咋办 咋整 是不是 能不能 可不可以 有没有 会不会 要不要 哪里 哪些 多少 不会 没人 ' +
    // people and places of the writer
    '我 我们 咱们 咱 你 你们 他们 她们 大家 自己 本人 我村 我镇 我县 我院 我校 我社 我厂 我单位 本单位 ' +
    // time and degree
    '现在 最近 近来 近年 近年来 今年 去年 明年 目前 一直 已经 总是 老是 经常 常常 有时 ' +
    '很 太 非常 特别 比较 有点 有些 一些 一点 好多 很多 许多 太多 太少 不少 大量 特别多 非常多 越来越 不好 不太好 不行 多 少 差 ' +
    // a degree after the thing (能耗高, 网速慢): a single character typed last is not the start of 高中 or 慢病
    '高 低 大 小 慢 快 贵 难 ' +
    // connectives and politeness
    '但是 可是 因为 所以 如果 虽然 而且 然后 另外 同时 还有 还是 或者 以及 及其 并且 ' +
    '谢谢 感谢 您好 你好 辛苦 一下 一起 来 去 看看 看一看 过来 来看看 指点指点'
  ).split(/\s+/u);

const GENERIC = (
  '技术 服务 培训 带教 帮扶 建设 发展 提高 提升 加强 开展 进行 提供 解决 处理 管理 工作 相关 有关 ' +
  '方案 方法 办法 措施 能力 水平 效果 效益 经验 知识 主要 重点 项目 单位 基层 群众 老百姓 村民 农户 ' +
  '现场 实地 指导意见 建议 意见 规范 标准化 系统 改造 升级 设计 运营 模式 体系 推广 应用 研究'
).split(/\s+/u);

/**
 * Words that say where or for whom, not what the problem is: 大棚, 鱼塘, 车间, 卫生院, 娃娃, 老人. Matching looks for
 * them, but an expert matched only on them is matched on the setting, not on the problem (a greenhouse engineer for
 * a tomato disease in a greenhouse). Their synonyms count with them.
 */
const CONTEXT_SETTINGS = (
  '大棚 温室 日光温室 设施 设施农业 设施栽培 设施蔬菜 棚里 露地 大田 ' +
  '鱼塘 池塘 鱼池 塘里 猪场 养猪场 养殖场 养殖户 牛场 羊场 鸡场 牧场 圈舍 ' +
  '车间 厂房 工厂 厂里 园区 工业园区 合作社 ' +
  '卫生院 卫生室 村卫生室 医院 县医院 诊所 敬老院 养老院 学校 小学 中学 初中 高中 职校 幼儿园 景区'
).split(/\s+/u);

/** Places and people of CONTEXT that say nothing of an expertise (大棚, 鱼塘, 卫生院 do: they are the settings above). */
const PLACES_AND_PEOPLE = (
  '地里 田里 山上 山里 山区 山沟 企业 公司 村集体 村里 乡里 镇里 村庄 社区 农村 乡村 城里 县城 家里 ' +
  '娃娃 小孩 孩子 学生 老人 老年人 村民 农民 农户 群众 工人 社员 病人 患者 家长'
).split(/\s+/u);

const CONTEXT = [...CONTEXT_SETTINGS, ...PLACES_AND_PEOPLE];

const ACTIONS =
  '治理 整治 防治 防控 保护 安全 检测 监测 检查 维修 维护 修复 开发 利用 优化 改善 创新 营销 销售 规划设计 建造 施工 质量'.split(
    /\s+/u,
  );

export const FILLER_WORDS: ReadonlySet<string> = new Set(FILLERS);
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(CONTEXT);
export const GENERIC_DEMAND_WORDS: ReadonlySet<string> = new Set(GENERIC);
export const OPEN_WORDS: ReadonlySet<string> = new Set([...GENERIC, ...ACTIONS, ...PLACES_AND_PEOPLE]);

export function isFillerWord(word: string): boolean {
  return FILLER_WORDS.has(word.normalize('NFKC').toLowerCase());
}
