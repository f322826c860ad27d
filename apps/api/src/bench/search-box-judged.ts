// bench:search's quality part: the judged demands of bench:match (test/match/judged-set.json) typed into the
// expert search box — the title, then the whole description — and whether a relevant expert (grade ≥ 2) shows on
// the first page. Against the baseline measured in the same run on the same engine and library: every word
// required (no relaxation, Meilisearch's `matchingStrategy: 'all'`), which is what the search box did before.
import { EXPERT_SEARCH_ENGINE } from '@app/core';
import type { ExpertSearchEngine } from '@app/platform';
import { markdownTable, textTable } from './bench-report.js';
import { RELEVANT_GRADE, loadJudgedSet, type JudgedDemand } from './match-judged.js';
import { loadJudgedSetInto, type App } from './match-setup.js';

export const SEARCH_BOX_PAGE = 20;

type Typed = 'title' | 'description';

export interface SearchBoxCase {
  demand: JudgedDemand;
  /** Relevant on the first page, relaxed (as now) and with every word required (the baseline). */
  relaxed: Record<Typed, boolean>;
  strict: Record<Typed, boolean>;
  /** Hits found, relaxed. */
  total: Record<Typed, number>;
}

const CASES: { name: string; test: (d: JudgedDemand) => boolean }[] = [
  { name: 'overall', test: () => true },
  { name: 'generic-word', test: (d) => d.tags.includes('generic-word') },
  { name: 'colloquial', test: (d) => d.tags.includes('colloquial') },
  { name: 'tidy', test: (d) => !d.tags.includes('generic-word') && !d.tags.includes('colloquial') },
];

/** Loads the judged set into the app's (fresh) database and types every demand's title and description. */
export async function measureSearchBox(app: App, url: string): Promise<SearchBoxCase[]> {
  const set = loadJudgedSet();
  const loaded = await loadJudgedSetInto(app, url, set);
  await app.runtime.dataSource.query('ANALYZE');
  const keyOf = new Map([...loaded.experts].map(([key, id]) => [id, key]));
  const engine = app.ctx.get<ExpertSearchEngine>(EXPERT_SEARCH_ENGINE);
  const found = async (d: JudgedDemand, text: string, matchAll: boolean) => {
    const res = await engine.search({
      query: text,
      filter: { statuses: ['ACTIVE'] },
      limit: SEARCH_BOX_PAGE,
      offset: 0,
      regionFacetLevel: 'province',
      facets: false,
      matchAll,
    });
    return {
      relevant: res.hits.some((h) => (d.grades[keyOf.get(h.id) ?? ''] ?? 0) >= RELEVANT_GRADE),
      total: res.total,
    };
  };
  const out: SearchBoxCase[] = [];
  for (const d of set.demands) {
    const c = { demand: d, relaxed: {}, strict: {}, total: {} } as SearchBoxCase;
    for (const typed of ['title', 'description'] as const) {
      const relaxed = await found(d, d[typed], false);
      c.relaxed[typed] = relaxed.relevant;
      c.total[typed] = relaxed.total;
      c.strict[typed] = (await found(d, d[typed], true)).relevant;
    }
    out.push(c);
  }
  return out;
}

const share = (cases: SearchBoxCase[], pick: (c: SearchBoxCase) => boolean) =>
  cases.length
    ? `${((cases.filter(pick).length / cases.length) * 100).toFixed(1)}% (${cases.filter(pick).length}/${cases.length})`
    : '–';

function rows(cases: SearchBoxCase[]): string[][] {
  return CASES.map(({ name, test }) => {
    const cs = cases.filter((c) => test(c.demand));
    return [
      name,
      String(cs.length),
      share(cs, (c) => c.relaxed.title),
      share(cs, (c) => c.strict.title),
      share(cs, (c) => c.relaxed.description),
      share(cs, (c) => c.strict.description),
    ];
  });
}
const HEADER = [
  'case',
  'demands',
  'title: relevant on page 1',
  'every word required',
  'description: relevant on page 1',
  'every word required',
];

export function searchBoxText(cases: SearchBoxCase[]): string {
  const misses = cases.filter((c) => !c.relaxed.title || !c.relaxed.description);
  return [
    `Search box on the judged set (${cases.length} demands, first page of ${SEARCH_BOX_PAGE}, relevant = grade ≥ ${RELEVANT_GRADE})`,
    textTable(HEADER, rows(cases)),
    misses.length
      ? `Missed: ${misses.map((c) => `${c.demand.key}${c.relaxed.title ? '' : ' (title)'}${c.relaxed.description ? '' : ' (description)'}`).join(', ')}`
      : 'Missed: none',
  ].join('\n');
}

export function searchBoxMarkdown(cases: SearchBoxCase[]): string {
  const misses = cases.filter((c) => !c.relaxed.title || !c.relaxed.description);
  return [
    `### The search box on the judged set (\`test/match/judged-set.json\`: ${cases.length} demands)`,
    '',
    markdownTable(HEADER, rows(cases)),
    '',
    `Each demand's title, then its whole description, typed into the expert search box (the PostgreSQL engine, ACTIVE ` +
      `experts, first page of ${SEARCH_BOX_PAGE}); a hit counts when it is graded ≥ ${RELEVANT_GRADE} for that demand. ` +
      `The baseline, on the same engine and library in the same run, requires every word (no relaxation), as the ` +
      `search box did before. ` +
      (misses.length
        ? `Missed: ${misses.map((c) => `${c.demand.title}${c.relaxed.title ? '' : '（标题）'}${c.relaxed.description ? '' : '（描述）'}`).join('；')}.`
        : 'No demand missed.'),
  ].join('\n');
}
