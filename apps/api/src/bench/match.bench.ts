// `npm run bench:match`: how good and how fast the matching is.
//   quality — the judged set (test/match/judged-set.json: 52 demands in grassroots words, 384 experts, graded
//             relevance): nDCG@10, P@5 and MRR of MatchService.matchExperts against plain full-text search on the
//             same library and engine — the demand's key words OR'd (engine ranking), and the title typed into the
//             search box — and the hard-rule violations in each top 10, judged by the set's own oracle;
//   latency — p50/p95 of matchExperts at 10,000 and 100,000 experts (synthetic libraries), against its recall stage
//             alone and against one bare recall statement in SQL (every key word OR'd, the hard-rule filters).
// Prints the figures and appends them to docs/benchmarks.md. Uses DATABASE_URL's server when set (it creates and
// drops its own databases there), otherwise a temporary embedded PostgreSQL that is stopped at the end.
// BENCH_MATCH_SIZES=2000 tries other sizes (a smoke run): figures are printed, docs/benchmarks.md is left alone.
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { TITLE_LEVEL_RANK, demandTerms, type Actor } from '@app/domain';
import { compileExpertQuery, type ExpertSearchEngine } from '@app/platform';
import {
  DemandRepository,
  EXPERT_SEARCH_ENGINE,
  MatchPipeline,
  MatchService,
  type DemandEntity,
} from '@app/core';
import { segmentWithOffsets } from '@app/platform';
import { repoRoot } from '../paths.js';
import {
  appendBenchmarks,
  markdownTable,
  ms,
  percentile,
  seconds,
  textTable,
  sizesFromEnv,
} from './bench-report.js';
import {
  JUDGED_SET_FILE,
  RELEVANT_GRADE,
  gainOf,
  judgedViolations,
  loadJudgedSet,
  type JudgedDemand,
  type JudgedSet,
} from './match-judged.js';
import { mean, ndcgAt, precisionAt, reciprocalRank } from './match-metrics.js';
import {
  PARTNERS,
  createDatabase,
  createTemplate,
  dropOnExit,
  dropDatabase,
  loadJudgedSetInto,
  loadSyntheticInto,
  note,
  openApp,
  openServer,
  withClient,
  type App,
  type Server,
} from './match-setup.js';
import { generateSyntheticExperts } from './synthetic-experts.js';

const { sizes: SIZES, overridden: SIZES_OVERRIDDEN } = sizesFromEnv('BENCH_MATCH_SIZES', [10_000, 100_000]);
const RUNS = 3;
const K = 10;
const log = (line = '') => console.log(line);

const PROVINCE: Actor = {
  accountId: '00000000-0000-4000-8000-00000000b0b1',
  username: 'bench-province',
  role: 'PROVINCE',
  regionCode: '310000',
  partnerRegionCodes: PARTNERS,
};

type System = 'matcher' | 'keywords' | 'title';
const SYSTEMS: System[] = ['matcher', 'keywords', 'title'];
const SYSTEM_NAMES: Record<System, string> = {
  matcher: 'matchExperts (recall + rerank + hard rules)',
  keywords: 'full-text, key words OR’d (engine ranking)',
  title: 'full-text, title as typed (search box)',
};

// ---------------------------------------------------------------------------------------------------------
// Quality

interface DemandResult {
  demand: JudgedDemand;
  /** P@5 and MRR of the ideal ranking: the ceiling of this demand (few demands have five relevant experts). */
  ideal: { p5: number; rr: number };
  ndcg: Record<System, number>;
  p5: Record<System, number>;
  rr: Record<System, number>;
  violations: Record<System, number>;
  returned: Record<System, number>;
  /** The matcher's top 3, for the weakest cases. */
  top: string[];
  /** The suggested team's lead: its gain (grade if it may serve), and the fields wrongly said to be uncoverable. */
  leadGain: number;
  falseUncovered: string[];
}

function termsOf(d: { title: string; description: string }): string[] {
  return demandTerms(segmentWithOffsets(d.title).tokens, segmentWithOffsets(d.description).tokens).map(
    (t) => t.term,
  );
}

/** The baseline a dispatcher has without matching: the search box, on the demand's key words (any of them). */
async function keywordSearch(engine: ExpertSearchEngine, d: JudgedDemand): Promise<string[]> {
  const sum = new Map<string, number>();
  for (const term of termsOf(d)) {
    const res = await engine.search({
      query: `${term} `,
      filter: { statuses: ['ACTIVE'] },
      limit: 100,
      offset: 0,
      regionFacetLevel: 'province',
    });
    for (const h of res.hits) sum.set(h.id, (sum.get(h.id) ?? 0) + h.score);
  }
  return [...sum.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, K)
    .map(([id]) => id);
}

async function titleSearch(engine: ExpertSearchEngine, d: JudgedDemand): Promise<string[]> {
  const res = await engine.search({
    query: d.title,
    filter: { statuses: ['ACTIVE'] },
    limit: K,
    offset: 0,
    regionFacetLevel: 'province',
  });
  return res.hits.map((h) => h.id);
}

async function measureQuality(server: Server, template: string, set: JudgedSet): Promise<DemandResult[]> {
  const { name, url } = await createDatabase(server, 'judged', template);
  const app = await openApp(url);
  try {
    const loaded = await loadJudgedSetInto(app, url, set);
    await app.runtime.dataSource.query('ANALYZE');
    const keyOf = new Map([...loaded.experts].map(([key, id]) => [id, key]));
    const expertByKey = new Map(set.experts.map((e) => [e.key, e]));
    const matcher = app.ctx.get(MatchService);
    const engine = app.ctx.get<ExpertSearchEngine>(EXPERT_SEARCH_ENGINE);
    const idOfKey = loaded.experts;
    const out: DemandResult[] = [];
    for (const d of set.demands) {
      const id = loaded.demands.get(d.key)!;
      const rankings: Record<System, string[]> = {
        matcher: (await matcher.matchExperts(PROVINCE, id, { limit: K })).map((m) => m.expert.expert.id),
        keywords: await keywordSearch(engine, d),
        title: await titleSearch(engine, d),
      };
      const all = set.experts.map((e) => gainOf(set, d, e));
      const best = [...all].sort((a, b) => b - a);
      const ideal = { p5: precisionAt(best, 5, RELEVANT_GRADE), rr: reciprocalRank(best, RELEVANT_GRADE) };
      const r = {
        demand: d,
        ideal,
        ndcg: {},
        p5: {},
        rr: {},
        violations: {},
        returned: {},
        top: [],
      } as unknown as DemandResult;
      for (const s of SYSTEMS) {
        const experts = rankings[s].map((x) => expertByKey.get(keyOf.get(x) ?? ''));
        const gains = experts.map((e) => gainOf(set, d, e));
        r.ndcg[s] = ndcgAt(gains, all, K);
        r.p5[s] = precisionAt(gains, 5, RELEVANT_GRADE);
        r.rr[s] = reciprocalRank(gains, RELEVANT_GRADE);
        r.violations[s] = experts.filter((e) => e && judgedViolations(set, d, e).length > 0).length;
        r.returned[s] = experts.length;
      }
      const team = await matcher.suggestTeam(PROVINCE, id);
      const lead = team.lead ? expertByKey.get(keyOf.get(team.lead.expert.expert.id) ?? '') : undefined;
      r.leadGain = gainOf(set, d, lead);
      // A field named uncoverable while an expert of the library who may serve the demand works in it.
      r.falseUncovered = team.uncoveredFields.filter((f) =>
        set.experts.some(
          (e) => e.fields.includes(f) && idOfKey.has(e.key) && judgedViolations(set, d, e).length === 0,
        ),
      );
      r.top = rankings.matcher.slice(0, 3).map((x) => {
        const e = expertByKey.get(keyOf.get(x) ?? '');
        return e ? `${e.specialties.slice(0, 14)}（${d.grades[e.key] ?? 0}）` : '?';
      });
      out.push(r);
    }
    return out;
  } finally {
    await app.close();
    await dropDatabase(server, name);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Latency

interface SizeResult {
  n: number;
  loadMs: number;
  match: number[];
  recall: number[];
  sql: number[];
  candidates: number[];
}

/** One statement doing the recall's work at its barest: every key word OR'd, the hard-rule filters, the best 100. */
function bareRecall(d: DemandEntity): { text: string; values: unknown[] } | null {
  const parts = termsOf(d)
    .map((t) => compileExpertQuery(`${t} `)?.tsquery)
    .filter((q): q is string => !!q)
    .map((q) => `(${q})`);
  if (!parts.length) return null;
  return {
    text: `SELECT e.id, ts_rank_cd(e.tsv, $1::tsquery, 32) AS score FROM expert_search_index e
            WHERE e.tsv @@ $1::tsquery AND e.fields && $2::text[] AND e.status = 'ACTIVE' AND e.title_rank >= $3
            ORDER BY score DESC LIMIT 100`,
    values: [parts.join(' | '), d.fields, d.minTitleLevel ? TITLE_LEVEL_RANK[d.minTitleLevel] : 0],
  };
}

async function measureLatency(
  server: Server,
  template: string,
  set: JudgedSet,
  n: number,
): Promise<SizeResult> {
  const { name, url } = await createDatabase(server, `n${n}`, template);
  const app: App = await openApp(url);
  try {
    const started = performance.now();
    note(`${n.toLocaleString('en-US')} experts: loading and indexing …`);
    const demandIds = await loadSyntheticInto(app, url, generateSyntheticExperts(n), set);
    const loadMs = performance.now() - started;
    note(`  loaded and indexed in ${seconds(loadMs)}`);
    const matcher = app.ctx.get(MatchService);
    const pipeline = app.ctx.get(MatchPipeline);
    const repo = app.ctx.get(DemandRepository);
    const demands = await Promise.all(
      set.demands.map(async (d) => (await repo.find(demandIds.get(d.key)!))!),
    );
    const result: SizeResult = { n, loadMs, match: [], recall: [], sql: [], candidates: [] };
    await withClient(url, async (client: pg.Client) => {
      // Warm-up: caches, the segmenter's dictionary, prepared plans.
      for (const d of demands) await matcher.matchExperts(PROVINCE, d.id, { limit: K });
      for (let run = 0; run < RUNS; run++) {
        for (const d of demands) {
          let t = performance.now();
          await matcher.matchExperts(PROVINCE, d.id, { limit: K });
          result.match.push(performance.now() - t);
          t = performance.now();
          const recall = await pipeline.recall(PROVINCE, d);
          result.recall.push(performance.now() - t);
          if (run === 0) result.candidates.push(recall.ids.length);
          const bare = bareRecall(d);
          if (bare) {
            t = performance.now();
            await client.query(bare.text, bare.values);
            result.sql.push(performance.now() - t);
          }
        }
      }
    });
    return result;
  } finally {
    await app.close();
    await dropDatabase(server, name);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Report

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

function qualityRows(results: DemandResult[]): string[][] {
  const ideal = [
    'ideal ranking (ceiling)',
    f3(1),
    f3(mean(results.map((r) => r.ideal.p5))),
    f3(mean(results.map((r) => r.ideal.rr))),
    '0',
    '0',
  ];
  return [
    ...SYSTEMS.map((s) => [
      SYSTEM_NAMES[s],
      f3(mean(results.map((r) => r.ndcg[s]))),
      f3(mean(results.map((r) => r.p5[s]))),
      f3(mean(results.map((r) => r.rr[s]))),
      String(results.reduce((sum, r) => sum + r.violations[s], 0)),
      String(results.filter((r) => r.returned[s] === 0).length),
    ]),
    ideal,
  ];
}
const QUALITY_HEADER = [
  'system',
  'nDCG@10',
  'P@5',
  'MRR',
  'hard-rule violations in top 10',
  'demands with no result',
];

/**
 * The case types the targets are set on: generic-word demands (their words are shared across a field: 大棚, 设施,
 * 一体化, 管理, 系统), colloquial ones, and tidy ones (neither); then the set's other tags.
 */
const CASE_TYPES: { name: string; test: (d: JudgedDemand) => boolean }[] = [
  { name: 'overall', test: () => true },
  { name: 'generic-word', test: (d) => d.tags.includes('generic-word') },
  { name: 'colloquial', test: (d) => d.tags.includes('colloquial') },
  { name: 'tidy', test: (d) => !d.tags.includes('generic-word') && !d.tags.includes('colloquial') },
  ...['synonym', 'distractor', 'multi-field'].map((tag) => ({
    name: tag,
    test: (d: JudgedDemand) => d.tags.includes(tag),
  })),
];

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '–');

function caseRows(results: DemandResult[]): string[][] {
  return CASE_TYPES.map(({ name, test }) => {
    const rs = results.filter((r) => test(r.demand));
    return [
      name,
      String(rs.length),
      f3(mean(rs.map((r) => r.ndcg.matcher))),
      f3(mean(rs.map((r) => r.ndcg.keywords))),
      f3(mean(rs.map((r) => r.ndcg.title))),
      pct(mean(rs.map((r) => (r.leadGain >= RELEVANT_GRADE ? 1 : 0)))),
      String(rs.reduce((n, r) => n + r.falseUncovered.length, 0)),
    ];
  });
}
const CASE_HEADER = [
  'case',
  'demands',
  'nDCG@10 matcher',
  'key words',
  'title',
  `lead relevant (grade ≥ ${RELEVANT_GRADE})`,
  'false uncovered-field warnings',
];

function weakestRows(results: DemandResult[], count = 6): string[][] {
  return [...results]
    .sort((a, b) => a.ndcg.matcher - b.ndcg.matcher)
    .slice(0, count)
    .map((r) => [
      r.demand.title,
      f3(r.ndcg.matcher),
      f3(r.ndcg.keywords),
      r.rr.matcher ? String(Math.round(1 / r.rr.matcher)) : '–',
      r.top.join('；'),
    ]);
}
const WEAKEST_HEADER = ['demand', 'nDCG@10', 'key words', 'first relevant at', 'matcher top 3 (grade)'];

function latencyRows(results: SizeResult[]): string[][] {
  return results.map((r) => [
    r.n.toLocaleString('en-US'),
    ms(percentile(r.match, 50)),
    ms(percentile(r.match, 95)),
    ms(percentile(r.recall, 50)),
    ms(percentile(r.recall, 95)),
    ms(percentile(r.sql, 50)),
    ms(percentile(r.sql, 95)),
    Math.round(mean(r.candidates)).toLocaleString('en-US'),
    seconds(r.loadMs),
  ]);
}
const LATENCY_HEADER = [
  'experts',
  'matchExperts p50',
  'p95',
  'recall stage p50',
  'p95',
  'bare recall SQL p50',
  'p95',
  'candidates (mean)',
  'load + index',
];

interface Machine {
  line: string;
}

async function machine(server: Server, url: string): Promise<Machine> {
  const version = await withClient(
    url,
    async (c) => (await c.query(`SHOW server_version`)).rows[0].server_version as string,
  );
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(', ');
  return {
    line: `${cpus.length} × ${models}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM; Node ${process.version}; PostgreSQL ${version} (${server.kind}); search engine: postgres; 1-min load average ${os.loadavg()[0]!.toFixed(2)}`,
  };
}

function markdownSection(
  m: Machine,
  set: JudgedSet,
  quality: DemandResult[],
  latency: SizeResult[],
  totalMs: number,
): string {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const matcher = mean(quality.map((r) => r.ndcg.matcher));
  const keywords = mean(quality.map((r) => r.ndcg.keywords));
  const wins = quality.filter((r) => r.ndcg.matcher > r.ndcg.keywords + 1e-9).length;
  const losses = quality.filter((r) => r.ndcg.matcher + 1e-9 < r.ndcg.keywords).length;
  return [
    `## Expert matching — ${when}`,
    '',
    `Machine: ${m.line}. \`npm run bench:match\`, whole run ${seconds(totalMs)}.`,
    '',
    `### Match quality on the judged set (\`${JUDGED_SET_FILE.replace(/\\/g, '/')}\`: ${set.demands.length} demands, ${set.experts.length} experts)`,
    '',
    markdownTable(QUALITY_HEADER, qualityRows(quality)),
    '',
    `Gains are the judged grades (3 exactly right, 2 closely related, 1 partly useful) of experts who may serve the demand; ` +
      `an expert breaking a hard rule (booked, 回避, annual cap, deactivated, under the minimum title, outside the demand's fields) ` +
      `gains 0 and counts as a violation. P@5 and MRR count grades ≥ ${RELEVANT_GRADE}. Both full-text baselines use the same ` +
      `PostgreSQL engine (jieba, domain synonyms) on the same library, active experts only. The matcher beats the key-word ` +
      `baseline on ${wins} demands, loses on ${losses} (nDCG@10 ${f3(matcher)} vs ${f3(keywords)}).`,
    '',
    '#### By case type: nDCG@10, the suggested lead, uncovered-field warnings',
    '',
    markdownTable(CASE_HEADER, caseRows(quality)),
    '',
    '#### The matcher’s weakest demands',
    '',
    markdownTable(WEAKEST_HEADER, weakestRows(quality)),
    '',
    `### matchExperts latency (ms), ${RUNS} runs of the ${set.demands.length} demands after a warm-up, PROVINCE actor, limit ${K}`,
    '',
    markdownTable(LATENCY_HEADER, latencyRows(latency)),
    '',
    "Synthetic libraries (`generateSyntheticExperts`, the demo's and the search fixture's experts recombined). The recall stage " +
      'is the engine searches matchExperts issues (one without words for the library size, one per key word, in parallel); the ' +
      "bare recall SQL is one statement with every key word OR'd and the hard-rule filters, without facets or features — the " +
      'least a recall can cost. matchExperts adds the batched feature and hard-rule queries and the scoring of every candidate.',
    '',
  ].join('\n');
}

function print(m: Machine, quality: DemandResult[], latency: SizeResult[]): void {
  log('');
  log(`Machine: ${m.line}`);
  log('');
  log('Match quality on the judged set');
  log(textTable(QUALITY_HEADER, qualityRows(quality)));
  log('');
  log('By case type');
  log(textTable(CASE_HEADER, caseRows(quality)));
  log('');
  log('Weakest demands for the matcher');
  log(textTable(WEAKEST_HEADER, weakestRows(quality)));
  log('');
  if (process.env.BENCH_MATCH_VERBOSE) {
    log('Every demand');
    log(
      textTable(
        ['demand', 'matcher', 'key words', 'lead gain', 'false uncovered', 'matcher top 3 (grade)'],
        quality.map((r) => [
          r.demand.key,
          f3(r.ndcg.matcher),
          f3(r.ndcg.keywords),
          String(r.leadGain),
          r.falseUncovered.join(','),
          r.top.join('；'),
        ]),
      ),
    );
    log('');
  }
  log('matchExperts latency (ms)');
  log(textTable(LATENCY_HEADER, latencyRows(latency)));
  log('');
}

async function main(): Promise<void> {
  const started = performance.now();
  const set = loadJudgedSet();
  const server = await openServer();
  const cleanup = dropOnExit(server);
  note(`PostgreSQL: ${server.kind}`);
  try {
    const template = await createTemplate(server);
    const m = await machine(server, server.urlFor(template));
    note('quality on the judged set …');
    const quality = await measureQuality(server, template, set);
    const latency: SizeResult[] = [];
    for (const n of SIZES) latency.push(await measureLatency(server, template, set, n));
    await dropDatabase(server, template);
    print(m, quality, latency);
    if (SIZES_OVERRIDDEN) {
      note('BENCH_MATCH_SIZES is set: docs/benchmarks.md left unchanged');
    } else {
      const file = appendBenchmarks(
        repoRoot(),
        markdownSection(m, set, quality, latency, performance.now() - started),
      );
      note(`appended to ${file}`);
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
