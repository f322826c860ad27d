// Fifty expert searches as dispatchers type them: words of the demands (some colloquial, some synonyms of the
// indexed words, one still being typed, one a name), alone, with the console's filters, or browsing by filter
// with the facets only.
import type { ExpertFilterInput } from '@app/core';

export type BenchQueryKind = 'text' | 'text+filters' | 'browse';

export interface BenchQuery {
  kind: BenchQueryKind;
  query: string;
  filter: ExpertFilterInput;
}

const text = (query: string): BenchQuery => ({ kind: 'text', query, filter: {} });
const filtered = (query: string, filter: ExpertFilterInput): BenchQuery => ({
  kind: 'text+filters',
  query,
  filter,
});
const browse = (filter: ExpertFilterInput): BenchQuery => ({ kind: 'browse', query: '', filter });

export const BENCH_QUERIES: readonly BenchQuery[] = [
  text('脑卒中'),
  text('中风 康复'),
  text('生猪 疫病'),
  text('水产养殖'),
  text('VOCs'),
  text('设施蔬菜'),
  text('民宿'),
  text('直播带货'),
  text('非洲猪瘟'),
  text('糖尿病'),
  text('高血压 社区'),
  text('茶叶 加工'),
  text('乡村旅游 规划'),
  text('土壤污染修复'),
  text('针灸'),
  text('河蟹 养殖'),
  text('番茄 病虫害'),
  text('农村电商'),
  text('心理健康'),
  text('脑卒'),
  text('王建华'),
  text('儿童 哮喘'),
  text('污水处理'),
  text('核桃'),
  filtered('脑卒中', { fields: ['MEDICAL'], titleLevels: ['SENIOR'] }),
  filtered('中风', { regionCode: '310000' }),
  filtered('生猪', { fields: ['ANIMAL_HUSBANDRY'], regionCode: '310117' }),
  filtered('水产', { fields: ['FISHERY'], titleLevels: ['SENIOR', 'ASSOCIATE'] }),
  filtered('设施蔬菜', { regionCode: '310116' }),
  filtered('VOCs 治理', { fields: ['ENVIRONMENT', 'CHEMICAL'] }),
  filtered('民宿', { fields: ['CULTURE_TOURISM'], regionCode: '530000' }),
  filtered('直播带货', { fields: ['ECOMMERCE'] }),
  filtered('病虫害 绿色防控', { fields: ['AGRICULTURE'], regionCode: '653125' }),
  filtered('慢病管理', { titleLevels: ['ASSOCIATE'], retired: false }),
  filtered('教师培训', { fields: ['EDUCATION'], regionCode: '532600' }),
  filtered('人工智能', { sources: ['LOCAL'] }),
  filtered('电力', { fields: ['ENERGY'], titleLevels: ['SENIOR'] }),
  filtered('中医', { honours: ['SPECIAL_ALLOWANCE'] }),
  filtered('冷链物流', { fields: ['TRANSPORT', 'ECOMMERCE'] }),
  filtered('红枣', { regionCode: '650000' }),
  browse({}),
  browse({ fields: ['MEDICAL'] }),
  browse({ regionCode: '310000' }),
  browse({ regionCode: '653125' }),
  browse({ titleLevels: ['SENIOR'], honours: ['ACADEMICIAN', 'SPECIAL_ALLOWANCE'] }),
  browse({ fields: ['AGRICULTURE'], regionCode: '310116' }),
  browse({ sources: ['OTHER_PROVINCE'] }),
  browse({ retired: true }),
  browse({ regionCode: '530000', fields: ['AGRICULTURE', 'FORESTRY'] }),
  browse({ fields: ['FISHERY'], titleLevels: ['INTERMEDIATE'] }),
];

/** A short label: the words, then the filters (`脑卒中 · fields=MEDICAL · titleLevels=SENIOR`). */
export function queryLabel(q: BenchQuery): string {
  const parts = [q.query ? `“${q.query}”` : '(browse)'];
  for (const [key, value] of Object.entries(q.filter)) {
    if (value === undefined || value === null) continue;
    parts.push(`${key}=${Array.isArray(value) ? value.join(',') : String(value)}`);
  }
  return parts.join(' · ');
}
