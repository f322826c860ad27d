// Intake's reading of real demand sentences (tidy and colloquial) through the segmenter, the lexicon and the demand
// words, as DemandIntakeService reads them: the fields and service forms suggested (libs/domain's
// demand-classification, with library statistics from a small in-memory expert library) and the cases that look
// alike (case-similarity).
import { describe, expect, it } from 'vitest';
import {
  CASE_SIMILARITY,
  Vocabulary,
  caseSimilarity,
  demandTerms,
  suggestFields,
  suggestServiceForms,
  termAlternatives,
  withLexiconExpressions,
  withoutQuestionWords,
  type ClassifiedTerm,
  type Field,
} from '@app/domain';
import { segmentWithOffsets } from '@app/platform';

const v = Vocabulary.builtin();
const read = (text: string) => {
  const s = segmentWithOffsets(text);
  return withLexiconExpressions(s.text, s.tokens, v);
};
const termsOf = (title: string, description: string, max = 8) =>
  withoutQuestionWords(demandTerms(read(title), read(description), max + 4, v)).slice(0, max);

/** A small library: each expert's specialties and fields (the engine's facets are counts over such records). */
const LIBRARY: { specialties: string; fields: Field[] }[] = [
  { specialties: '番茄黄化曲叶病毒病 设施蔬菜病害防控', fields: ['AGRICULTURE'] },
  { specialties: '设施蔬菜病虫害绿色防控 灰霉病', fields: ['AGRICULTURE'] },
  { specialties: '大棚蔬菜栽培 水肥一体化', fields: ['AGRICULTURE'] },
  { specialties: '果树栽培 保花保果', fields: ['AGRICULTURE', 'FORESTRY'] },
  { specialties: '土壤改良 测土配方施肥 缺素症', fields: ['AGRICULTURE'] },
  { specialties: '池塘养殖 水质调控 缺氧浮头', fields: ['FISHERY'] },
  { specialties: '鱼病防治 水产养殖', fields: ['FISHERY'] },
  { specialties: '生猪疫病防控 腹泻 仔猪', fields: ['ANIMAL_HUSBANDRY'] },
  { specialties: '牛羊养殖 布鲁氏菌病', fields: ['ANIMAL_HUSBANDRY', 'MEDICAL'] },
  { specialties: '高血压 糖尿病 慢病管理 全科医学', fields: ['MEDICAL'] },
  { specialties: '儿科 呼吸道感染', fields: ['MEDICAL'] },
  { specialties: '乡村旅游规划 民宿', fields: ['CULTURE_TOURISM', 'URBAN_RURAL_PLANNING'] },
  { specialties: '村庄规划 城乡一体化', fields: ['URBAN_RURAL_PLANNING'] },
  { specialties: '农产品电商 直播带货 网店运营', fields: ['ECOMMERCE'] },
  { specialties: '光伏发电 农村电网', fields: ['ENERGY'] },
  { specialties: '数控机床 故障诊断', fields: ['MACHINERY'] },
  { specialties: '大棚结构设计 温室工程', fields: ['AGRICULTURE', 'MACHINERY'] },
  { specialties: '水产品加工 冷链', fields: ['FISHERY', 'INDUSTRY_PLANNING'] },
  { specialties: '中小学 信息技术教育', fields: ['EDUCATION'] },
  { specialties: '污水处理 农村环境整治', fields: ['ENVIRONMENT'] },
  { specialties: '机器视觉 大模型应用', fields: ['AI'] },
  { specialties: '林下经济 松材线虫病', fields: ['FORESTRY'] },
];

/** What the expert search's facets report for a word: experts holding it (in any form) and their fields. */
function classify(title: string, description: string): { fields: Field[]; forms: string[] } {
  const terms: ClassifiedTerm[] = termsOf(title, description).map((t) => {
    const forms = termAlternatives(t.term, v);
    const holders = LIBRARY.filter((e) => forms.some((f) => e.specialties.toLowerCase().includes(f)));
    const byField: Partial<Record<Field, number>> = {};
    for (const e of holders) for (const f of e.fields) byField[f] = (byField[f] ?? 0) + 1;
    return { term: t.term, inTitle: t.inTitle, df: holders.length, byField };
  });
  const text = `${title}\n${description}`;
  const fields = suggestFields(terms, LIBRARY.length, text, v).map((f) => f.code);
  return { fields, forms: suggestServiceForms(text, fields).map((f) => f.code) };
}

describe('suggesting fields and service forms from a demand’s text', () => {
  it('reads a tidy technical demand', () => {
    const r = classify(
      '设施大棚番茄病害防治技术指导',
      '合作社 120 亩连栋大棚番茄今年灰霉病和叶霉病高发，减产约三成，急需专家现场诊断并指导绿色防控。',
    );
    expect(r.fields[0]).toBe('AGRICULTURE');
    expect(r.fields).not.toContain('MACHINERY');
    expect(r.forms[0]).toBe('TECH_GUIDANCE');
  });

  it('reads colloquial words through the lexicon (西红柿叶子发黄打卷, 浮头, 拉稀)', () => {
    expect(
      classify('大棚西红柿叶子发黄', '我们村里的大棚西红柿最近叶子发黄还打卷，打药也没用，想请专家来看看咋办')
        .fields,
    ).toEqual(['AGRICULTURE']);
    const fish = classify('鱼塘老是浮头', '今年夏天鱼塘早上老是浮头，死了不少鱼，不知道是不是缺氧');
    expect(fish.fields[0]).toBe('FISHERY');
    expect(fish.forms).toEqual(['TECH_GUIDANCE']);
    expect(classify('猪拉稀', '养的猪最近好多拉稀，吃不下东西').fields[0]).toBe('ANIMAL_HUSBANDRY');
  });

  it('tells the service form from how the unit asks (义诊 and 培训; 规划; 直播培训)', () => {
    const clinic = classify(
      '村卫生室想请专家来义诊',
      '我们村老人多，高血压糖尿病的多，想请县医院的医生来义诊，顺便给村医培训一下',
    );
    expect(clinic.fields[0]).toBe('MEDICAL');
    expect(clinic.forms).toEqual(expect.arrayContaining(['FREE_CLINIC', 'TALENT_TRAINING']));
    const plan = classify('乡村旅游规划', '想请专家帮我们村编制乡村旅游发展规划，把民宿和农家乐搞起来');
    expect(plan.fields).toContain('CULTURE_TOURISM');
    expect(plan.forms[0]).toBe('DECISION_CONSULTING');
    const shop = classify('电商直播培训', '合作社想学抖音直播卖货，请老师来培训电商运营');
    expect(shop.fields[0]).toBe('ECOMMERCE');
    expect(shop.forms).toEqual(['TALENT_TRAINING']); // 合作社 is who asks, not 项目合作
  });

  it('does not offer a clinic outside medicine, and has nothing to say about nothing', () => {
    expect(suggestServiceForms('果园巡诊虫害', ['AGRICULTURE']).map((f) => f.code)).toEqual([
      'TECH_GUIDANCE',
    ]);
    expect(classify('', '').fields).toEqual([]);
    expect(suggestFields([], 100, '', v)).toEqual([]);
  });

  it('weighs a word by how rare it is: a word every expert uses does not decide', () => {
    const terms: ClassifiedTerm[] = [
      { term: '管理', inTitle: true, df: 90, byField: { MEDICAL: 60, AGRICULTURE: 30 } },
      { term: '灰霉病', inTitle: false, df: 3, byField: { AGRICULTURE: 3 } },
    ];
    expect(suggestFields(terms, 100, '', v).map((f) => f.code)[0]).toBe('AGRICULTURE');
    expect(suggestFields(terms, 100, '', v)[0]!.label).toBe('农业');
  });
});

describe('cases that look alike', () => {
  const query = (title: string, description: string, df: Record<string, number> = {}) =>
    termsOf(title, description).map((t) => ({ term: t.term, inTitle: t.inTitle, df: df[t.term] ?? 1 }));
  const candidate = (title: string, description: string) => ({
    text: `${title}\n${description}`,
    titleTerms: termsOf(title, '', 6).map((t) => t.term),
  });

  it('finds the same problem written in other words as a duplicate (西红柿 ~ 番茄, 叶子发黄)', () => {
    const q = query('大棚西红柿叶子发黄打卷', '村里大棚西红柿叶子发黄打卷，想请专家来看看');
    const sim = caseSimilarity(
      q,
      '大棚西红柿叶子发黄打卷 村里大棚西红柿叶子发黄打卷，想请专家来看看',
      candidate('番茄叶子发黄卷曲', '合作社大棚番茄叶子发黄，叶片卷曲'),
      20,
      v,
    );
    expect(sim.onProblem).toBe(true);
    expect(sim.score).toBeGreaterThanOrEqual(CASE_SIMILARITY.duplicate);
  });

  it('does not count what is only asked (什么病, 怎么防治) as a word of the problem', () => {
    const words = termsOf('西红柿叶子发黄', '想请专家来看看是什么病，怎么治').map((t) => t.term);
    expect(words).toContain('叶子发黄');
    expect(words.filter((w) => /^(什么|怎么)/.test(w))).toEqual([]);
  });

  it('does not take the same crop and setting with another problem for a duplicate', () => {
    const q = query('大棚番茄灰霉病', '大棚番茄灰霉病严重');
    const other = caseSimilarity(
      q,
      '大棚番茄灰霉病 大棚番茄灰霉病严重',
      candidate('大棚番茄销售难', '番茄卖不出去，想做电商'),
      20,
      v,
    );
    expect(other.score).toBeLessThan(CASE_SIMILARITY.solved);
    const unrelated = caseSimilarity(q, '大棚番茄灰霉病', candidate('鱼塘浮头', '鱼塘早上浮头'), 20, v);
    expect(unrelated).toMatchObject({ score: 0, onProblem: false, shared: [] });
  });
});
