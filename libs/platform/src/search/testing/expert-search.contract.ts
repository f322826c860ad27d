// The one contract every ExpertSearchEngine passes. Expected results are computed from the fixture with the
// reference filter semantics (fixtureMatches), never hard-coded, so the fixture can grow without edits here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Vocabulary, type Field } from '@app/domain';
import type {
  ExpertDocument,
  ExpertFacets,
  ExpertSearchEngine,
  ExpertSearchFilter,
  ExpertSearchRequest,
  ExpertSearchResponse,
  FacetBucket,
  RegionFacetLevel,
} from '../expert-search.port.js';
import {
  EXPERT_FIXTURE,
  STROKE_EXPERTS,
  fixtureExpert,
  fixtureFiltered,
  regionFacetValue,
} from './expert-search.fixture.js';

export interface ExpertSearchContractSubject {
  engine: ExpertSearchEngine;
  teardown: () => Promise<void>;
}

const byId = new Map(EXPERT_FIXTURE.map((d) => [d.id, d]));
const idOf = (name: string) => fixtureExpert(name).id;
const ids = (docs: readonly ExpertDocument[]) => docs.map((d) => d.id).sort();
const hitIds = (res: ExpertSearchResponse) => res.hits.map((h) => h.id);
const sorted = (xs: string[]) => [...xs].sort();

function request(
  query: string,
  filter: ExpertSearchFilter = {},
  extra: Partial<ExpertSearchRequest> = {},
): ExpertSearchRequest {
  return { query, filter, limit: 100, offset: 0, regionFacetLevel: 'province', ...extra };
}

/** The facets an engine must report for exactly these matching documents. */
function expectedFacets(
  docs: readonly ExpertDocument[],
  level: RegionFacetLevel,
): Record<keyof ExpertFacets, Record<string, number>> {
  const out: Record<keyof ExpertFacets, Record<string, number>> = {
    fields: {},
    titleLevels: {},
    honours: {},
    sources: {},
    regions: {},
  };
  const add = (facet: keyof ExpertFacets, value: string | null) => {
    if (value !== null) out[facet][value] = (out[facet][value] ?? 0) + 1;
  };
  for (const d of docs) {
    for (const f of new Set(d.fields)) add('fields', f);
    add('titleLevels', d.titleLevel);
    for (const h of new Set(d.honours)) add('honours', h);
    add('sources', d.source);
    add('regions', regionFacetValue(d, level));
  }
  return out;
}

function facetRecord(buckets: FacetBucket[]): Record<string, number> {
  return Object.fromEntries(buckets.map((b) => [b.value, b.count]));
}

function expectFacets(res: ExpertSearchResponse, docs: readonly ExpertDocument[], level: RegionFacetLevel) {
  const want = expectedFacets(docs, level);
  for (const facet of Object.keys(want) as (keyof ExpertFacets)[]) {
    const buckets = res.facets[facet];
    expect(facetRecord(buckets), `facet ${facet}`).toEqual(want[facet]);
    expect(
      buckets.every((b) => b.count > 0),
      `facet ${facet} has no empty buckets`,
    ).toBe(true);
    for (let i = 1; i < buckets.length; i++) {
      expect(buckets[i - 1].count, `facet ${facet} is largest first`).toBeGreaterThanOrEqual(
        buckets[i].count,
      );
    }
  }
}

const FACET_OF_FILTER = {
  fields: 'fields',
  titleLevels: 'titleLevels',
  honours: 'honours',
  sources: 'sources',
} as const;

/**
 * Facets are disjunctive: a facet whose filter is set counts the documents that pass every other filter (the
 * engine's own matching set for the query without that filter); the rest count the matching set itself.
 */
async function expectDisjunctiveFacets(
  engine: ExpertSearchEngine,
  query: string,
  filter: ExpertSearchFilter,
  res: ExpertSearchResponse,
) {
  const docsOf = (r: ExpertSearchResponse) => r.hits.map((h) => byId.get(h.id)!);
  const matching = expectedFacets(docsOf(res), 'province');
  for (const facet of ['fields', 'titleLevels', 'honours', 'sources', 'regions'] as const) {
    let want = matching[facet];
    const key =
      facet === 'regions'
        ? null
        : (Object.keys(FACET_OF_FILTER) as (keyof typeof FACET_OF_FILTER)[]).find(
            (k) => FACET_OF_FILTER[k] === facet,
          )!;
    if (key && filter[key]?.length) {
      const without = await engine.search(request(query, { ...filter, [key]: undefined }, { limit: 100 }));
      expect(without.total, `${facet}: the set without its filter fits one page`).toBe(without.hits.length);
      want = expectedFacets(docsOf(without), 'province')[facet];
    }
    expect(facetRecord(res.facets[facet]), `facet ${facet}`).toEqual(want);
  }
}

/** Adjacent highlighted tokens (<em>脑</em><em>卒中</em>) read as one highlighted word. */
function mergedHighlights(highlights: string[]): string[] {
  return highlights.map((h) => h.replaceAll('</em><em>', ''));
}

/** The emphasised text of highlights, joined: what the engine says matched. */
function emphasised(highlights: string[]): string {
  return mergedHighlights(highlights)
    .flatMap((h) => [...h.matchAll(/<em>(.*?)<\/em>/gu)].map((m) => m[1]))
    .join(' ');
}

/** What a word literally occurs in: the searchable text of a fixture document (no synonyms involved). */
function literally(doc: ExpertDocument, word: string): boolean {
  return [doc.specialties, doc.name, doc.employer, doc.title].some((t) => t.toLowerCase().includes(word));
}

const isContext = (word: string) => Vocabulary.builtin().isContext(word);

/**
 * The reference relaxation for words with no synonyms nor sub-word ambiguity: the document frequency of each word in
 * the whole fixture; the words of the setting (大棚) dropped first, then the most frequent (words of equal frequency
 * together); a hit must contain the last words left; it ranks by the first level whose words it all contains. An
 * engine that does not rank by the setting (`ranksContext` false: Meilisearch) relaxes over the problem's words
 * alone — the same last words, the same hits, fewer levels.
 */
function referenceRelaxation(
  typed: string[],
  ranksContext: boolean,
): {
  level: (doc: ExpertDocument) => number;
  hits: ExpertDocument[];
} {
  const mixed = typed.some(isContext) && typed.some((w) => !isContext(w));
  const words = mixed && !ranksContext ? typed.filter((w) => !isContext(w)) : typed;
  const df = words.map((w) => EXPERT_FIXTURE.filter((d) => literally(d, w)).length);
  const cost = (i: number) => (df[i]! > 0 ? df[i]! + (isContext(words[i]!) ? 1e12 : 0) : Infinity);
  const order = words.map((_, i) => i).sort((a, b) => cost(b) - cost(a));
  const groups: number[][] = [];
  for (const i of order) {
    const last = groups[groups.length - 1];
    if (last && cost(last[0]!) === cost(i)) last.push(i);
    else groups.push([i]);
  }
  const levels: number[][] = [];
  const dropped = new Set<number>();
  for (const g of groups) {
    levels.push(words.map((_, i) => i).filter((i) => !dropped.has(i)));
    for (const i of g) dropped.add(i);
  }
  const level = (doc: ExpertDocument) =>
    levels.findIndex((kept) => kept.every((i) => literally(doc, words[i]!)));
  return { level, hits: EXPERT_FIXTURE.filter((d) => level(d) >= 0) };
}

/**
 * The reference of a whole relaxed search, as groups in order: the relaxed search's levels (more words first), then
 * one group per word (rarest first, ties in typed order, the words of the setting last) of the documents not found
 * yet, appended while fewer than `limit` documents were found.
 */
function referenceSearch(words: string[], limit: number, ranksContext: boolean): ExpertDocument[][] {
  const ref = referenceRelaxation(words, ranksContext);
  const groups: ExpertDocument[][] = [];
  const levels = new Map<number, ExpertDocument[]>();
  for (const d of ref.hits) levels.set(ref.level(d), [...(levels.get(ref.level(d)) ?? []), d]);
  for (const l of [...levels.keys()].sort((a, b) => a - b)) groups.push(levels.get(l)!);
  let total = ref.hits.length;
  if (total >= limit) return groups;
  const df = words.map((w) => EXPERT_FIXTURE.filter((d) => literally(d, w)).length);
  const found = words.map((w, i) => ({ w, df: df[i]!, i })).filter((x) => x.df > 0);
  const seen = new Set(ref.hits.map((d) => d.id));
  const last = (w: string) => (isContext(w) ? 1 : 0);
  for (const step of [...found].sort((a, b) => last(a.w) - last(b.w) || a.df - b.df || a.i - b.i)) {
    if (total >= limit) break;
    const more = EXPERT_FIXTURE.filter((d) => !seen.has(d.id) && literally(d, step.w));
    if (!more.length) continue;
    for (const d of more) seen.add(d.id);
    groups.push(more);
    total += more.length;
  }
  return groups;
}

function hitFor(res: ExpertSearchResponse, name: string) {
  const hit = res.hits.find((h) => h.id === idOf(name));
  expect(hit, `${name} is among the hits`).toBeDefined();
  return hit!;
}

/**
 * Registers the contract tests against one engine. `setup` runs once per describe block; the suite clears
 * the engine and loads the fixture itself, so give it an engine whose index may be wiped. With `countCap`, an
 * engine (on an index of its own) that counts a search with words only up to that many.
 */
export function describeExpertSearchContract(
  name: string,
  setup: (options?: { countCap?: number }) => Promise<ExpertSearchContractSubject>,
  /** Whether the engine ranks hits that also match the setting's words (大棚) higher; Meilisearch does not. */
  { ranksContext = true }: { ranksContext?: boolean } = {},
): void {
  describe(`ExpertSearchEngine contract: ${name}`, () => {
    let engine: ExpertSearchEngine;
    let teardown: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ engine, teardown } = await setup());
      await engine.prepare();
      await engine.clear();
      await engine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
    });
    afterAll(async () => {
      await teardown?.();
    });

    describe('reading', () => {
      it('counts and browses every document, all statuses by default', async () => {
        expect(await engine.count()).toBe(EXPERT_FIXTURE.length);
        const res = await engine.search(request(''));
        expect(res.total).toBe(EXPERT_FIXTURE.length);
        expect(sorted(hitIds(res))).toEqual(ids(EXPERT_FIXTURE));
        expect(hitIds(res)).toContain(idOf('林晓')); // INACTIVE, still there without a status filter
      });

      it('an empty query browses by titleRank desc, then honourCount desc, with score 0', async () => {
        for (const query of ['', '   ']) {
          const res = await engine.search(request(query));
          expect(res.hits).toHaveLength(EXPERT_FIXTURE.length);
          const docs = res.hits.map((h) => byId.get(h.id)!);
          for (let i = 1; i < docs.length; i++) {
            const [a, b] = [docs[i - 1], docs[i]];
            expect(a.titleRank, `${a.name} before ${b.name}`).toBeGreaterThanOrEqual(b.titleRank);
            if (a.titleRank === b.titleRank)
              expect(a.honourCount, `${a.name} before ${b.name}`).toBeGreaterThanOrEqual(b.honourCount);
          }
          expect(res.hits.every((h) => h.score === 0)).toBe(true);
          expect(res.hits.every((h) => h.highlights.length === 0)).toBe(true);
        }
      });

      it('finds the stroke experts by 脑卒中 and by 中风 (domain synonyms)', async () => {
        const stroke = STROKE_EXPERTS.map(idOf);
        for (const query of ['脑卒中', '中风']) {
          const res = await engine.search(request(query));
          expect(hitIds(res), query).toEqual(expect.arrayContaining(stroke));
          expect(res.total).toBe(res.hits.length);
          // Unrelated experts (a fish farmer, a VOCs engineer) must not be dragged in by the synonyms.
          expect(hitIds(res), query).not.toContain(idOf('周婷'));
          expect(hitIds(res), query).not.toContain(idOf('吴磊'));
        }
      });

      it('finds an expert by name', async () => {
        const res = await engine.search(request('王建国'));
        expect(res.hits[0]?.id).toBe(idOf('王建国'));
      });

      it('wraps the matched word in <em> in highlights, and returns only highlighted fragments', async () => {
        const res = await engine.search(request('脑卒中'));
        const hit = hitFor(res, '王建国');
        expect(hit.highlights.length).toBeGreaterThan(0);
        expect(hit.highlights.every((h) => h.includes('<em>') && h.includes('</em>'))).toBe(true);
        expect(mergedHighlights(hit.highlights).some((h) => h.includes('<em>脑卒中</em>'))).toBe(true);
        // Highlights are fragments of the indexed text, not invented text.
        const plain = hit.highlights[0].replaceAll('<em>', '').replaceAll('</em>', '').replaceAll('…', '');
        const doc = fixtureExpert('王建国');
        expect(
          [doc.specialties, doc.name, doc.employer, doc.title].some((t) => t.includes(plain.trim())),
        ).toBe(true);
      });

      it('finds a Latin technical term in Chinese text, in any case, and highlights it', async () => {
        for (const query of ['VOCs', 'vocs']) {
          const res = await engine.search(request(query));
          expect(res.hits[0]?.id, query).toBe(idOf('吴磊'));
          expect(
            res.hits[0].highlights.some((h) => /<em>VOCs<\/em>/.test(h)),
            query,
          ).toBe(true);
        }
      });

      it('matches the last word as a prefix while the person is still typing', async () => {
        const fish = await engine.search(request('水产养'));
        expect(hitIds(fish)).toContain(idOf('赵丽'));
        const voc = await engine.search(request('VOC'));
        expect(hitIds(voc)).toContain(idOf('吴磊'));
      });

      it('returns nothing for words no document contains', async () => {
        const res = await engine.search(request('量子计算芯片'));
        expect(res.total).toBe(0);
        expect(res.hits).toEqual([]);
        expect(res.facets.fields).toEqual([]);
      });

      it('relaxes by document frequency as Meilisearch does, then word by word until the page is full', async () => {
        // 大棚 is in three documents, 番茄 in two, 病害 in two (a fish disease one), 栽培 in four. 大棚 says where:
        // though rarer than 栽培, it is dropped first, so 大棚栽培 finds every 栽培 expert, not the greenhouse planner.
        for (const words of [
          ['大棚', '栽培'],
          ['大棚', '番茄'],
          ['番茄', '栽培'],
          ['大棚', '番茄', '病害', '栽培'],
          ['番茄', '增氧'],
        ]) {
          for (const query of [words.join(' ') + ' ', words.join('')]) {
            for (const limit of [100, 2]) {
              const groups = referenceSearch(words, limit, ranksContext);
              const res = await engine.search(request(query, {}, { limit }));
              const want = groups.flat();
              expect(res.total, `${query} / ${limit}`).toBe(want.length);
              const got = hitIds(res);
              expect(got.length, `${query} / ${limit}`).toBe(Math.min(limit, want.length));
              expect(
                want.map((d) => d.id),
                `${query} / ${limit}`,
              ).toEqual(expect.arrayContaining(got));
              if (limit >= want.length) expect(sorted(got)).toEqual(sorted(want.map((d) => d.id)));
              // The hits come group by group: more of the words first, then each further word, rarest first.
              const groupOf = (id: string) => groups.findIndex((g) => g.some((d) => d.id === id));
              for (let i = 1; i < got.length; i++)
                expect(groupOf(got[i - 1]!), `${query}: order`).toBeLessThanOrEqual(groupOf(got[i]!));
              for (let i = 1; i < res.hits.length; i++)
                expect(res.hits[i - 1]!.score, query).toBeGreaterThanOrEqual(res.hits[i]!.score);
            }
          }
        }
        // Asked to match every word, an engine does not relax.
        const all = await engine.search(request('大棚 番茄 病害 防治 ', {}, { matchAll: true }));
        expect(hitIds(all)).toEqual(
          EXPERT_FIXTURE.filter((d) => ['大棚', '番茄', '病害', '防治'].every((w) => literally(d, w))).map(
            (d) => d.id,
          ),
        );
        expect((await engine.search(request('番茄 量子 ', {}, { matchAll: true }))).total).toBe(0);
        // The planner who shares only 大棚 comes after the tomato experts, and not at all on a page they fill.
        const tomato = await engine.search(request('大棚番茄', {}, { limit: 2 }));
        expect(sorted(hitIds(tomato))).toEqual(sorted([idOf('罗佳'), idOf('葛明')]));
        expect(tomato.total).toBe(2);
        // Two words equally rare that never meet still find each one's experts.
        const apart = await engine.search(request('番茄 增氧 '));
        expect(hitIds(apart)).toEqual(expect.arrayContaining([idOf('罗佳'), idOf('葛明'), idOf('邹鹏')]));
      });

      it('reads sentences and partial terms as people type them', async () => {
        for (const query of [
          '番茄叶片发黄',
          '番茄 发黄',
          '大棚番茄病害',
          '怎么防治番茄病害',
          '西红柿叶子发黄卷曲怎么办',
        ]) {
          const res = await engine.search(request(query));
          expect(res.hits[0]?.id, query).toBe(idOf('罗佳'));
          expect(res.total, query).toBeLessThan(EXPERT_FIXTURE.length / 2);
        }
        // A whole demand description, as a unit writes it.
        const description =
          '我们合作社大棚里的番茄今年叶片发黄、往上卷曲，长势很差，不知道是什么病，想请专家来看看怎么防治，最好能现场指导。';
        const res = await engine.search(request(description, { statuses: ['ACTIVE'] }, { limit: 10 }));
        expect(hitIds(res)[0]).toBe(idOf('罗佳'));
      });

      it('never requires question and filler words to match', async () => {
        const plain = await engine.search(request('脑卒中'));
        for (const query of ['想请专家指导一下脑卒中问题', '脑卒中怎么办，希望帮忙咨询']) {
          const res = await engine.search(request(query));
          expect(sorted(hitIds(res)), query).toEqual(sorted(hitIds(plain)));
        }
      });

      it('finds the technical term for a colloquial word, one way, and highlights what matched', async () => {
        // 浮头 (fish gasping at the surface) is what fish farmers say; experts write 增氧 / 溶解氧 / 缺氧.
        const res = await engine.search(request('鱼塘浮头'));
        expect(res.hits[0]?.id).toBe(idOf('邹鹏'));
        expect(mergedHighlights(res.hits[0]!.highlights).some((h) => h.includes('<em>增氧</em>'))).toBe(true);
        const tomato = hitFor(await engine.search(request('番茄叶片发黄')), '罗佳');
        const marked = emphasised(tomato.highlights);
        expect(marked).toContain('番茄');
        expect(marked).toContain('黄化');
        expect(marked).not.toContain('病害');
        // The lexicon is one way: the technical word does not find the colloquial one's other readings.
        expect(hitIds(await engine.search(request('增氧 ')))).toEqual([idOf('邹鹏')]);
      });

      it('keeps technical phrases whole: 水肥一体化 is not 城乡一体化', async () => {
        const water = await engine.search(request('水肥一体化'));
        expect(hitIds(water)).toContain(idOf('葛明'));
        expect(hitIds(water)).toContain(idOf('钱伟'));
        expect(hitIds(water)).not.toContain(idOf('秦岭'));
        const planning = await engine.search(request('城乡一体化 '));
        expect(hitIds(planning)).toEqual([idOf('秦岭')]);
      });

      it('suggests the nearest known words when nothing matches, and nothing when something does', async () => {
        const res = await engine.search(request('蕃茄 '));
        expect(res.total).toBe(0);
        expect(res.suggestions).toContain('番茄');
        for (const s of res.suggestions)
          expect((await engine.search(request(`${s} `))).total, s).toBeGreaterThan(0);
        expect((await engine.search(request('番茄'))).suggestions).toEqual([]);
        expect((await engine.search(request(''))).suggestions).toEqual([]);
      });

      it('searches a crop no expert wrote by its broader word, as a word of the setting, and says so', async () => {
        // No document holds 核桃 or a form of it; of its broader words (干果, 林果, 果树) only 林果 is written, by
        // 冯淑珍 (林果病虫害绿色防控): she has both words and comes first.
        const walnut = await engine.search(request('核桃长虫了'));
        expect(walnut.broadened).toEqual([{ word: '核桃', broader: '林果' }]);
        expect(hitIds(walnut)[0]).toBe(idOf('冯淑珍'));
        // Alone, and while still being typed.
        expect(hitIds(await engine.search(request('核桃')))).toEqual([idOf('冯淑珍')]);
        expect((await engine.search(request('核桃'))).broadened).toEqual([{ word: '核桃', broader: '林果' }]);
        // Where nobody has both, the problem's word decides (林果 says what it is about, like 大棚 says where): the
        // 养殖 experts first, then 冯淑珍 — who, with 核桃 simply dropped, would not be there at all.
        const farmed = await engine.search(request('核桃 养殖 '));
        expect(farmed.broadened).toEqual([{ word: '核桃', broader: '林果' }]);
        const machine = await engine.search(request('核桃 养殖 ', {}, { suggestions: false }));
        expect(machine.broadened ?? []).toEqual([]);
        expect(hitIds(machine)).not.toContain(idOf('冯淑珍'));
        expect(hitIds(machine).length).toBeGreaterThan(0);
        expect(sorted(hitIds(farmed).slice(0, -1))).toEqual(sorted(hitIds(machine)));
        expect(hitIds(farmed).at(-1)).toBe(idOf('冯淑珍'));
        // A crop some expert wrote is searched as itself.
        expect((await engine.search(request('红枣 '))).broadened ?? []).toEqual([]);
        // No broader word written either (甘蔗: 糖料作物): nothing is put in its place.
        const cane = await engine.search(request('甘蔗 '));
        expect(cane.broadened ?? []).toEqual([]);
        expect(cane.total).toBe(0);
      });

      it('names the words nobody wrote, and finds nobody when only open words or words of the setting are left', async () => {
        // No document holds 河道; 治理 and 防治 are written, but alone they do not say what is to be treated.
        const river = await engine.search(request('河道 治理 '));
        expect(river.unmatched).toEqual(['河道']);
        expect(river.total).toBe(0);
        expect(river.hits).toEqual([]);
        expect(river.facets.fields).toEqual([]);
        // Matching and the demand form are not a person reading a page: they still relax to what is written.
        const machine = await engine.search(request('河道 治理 ', {}, { suggestions: false }));
        expect(machine.total).toBeGreaterThan(0);
        expect(machine.unmatched ?? []).toEqual([]);
        // Nor do places and people (农村 is written); a setting that is an expertise does (大棚: the greenhouse
        // experts, and 河道 is named).
        for (const q of ['河道 农村 ', '农村 河道 防治 ']) {
          const setting = await engine.search(request(q));
          expect(setting.total, q).toBe(0);
          expect(setting.unmatched, q).toEqual(['河道']);
        }
        const greenhouse = await engine.search(request('大棚 河道 '));
        expect(greenhouse.unmatched).toEqual(['河道']);
        expect(sorted(hitIds(greenhouse))).toEqual(sorted(hitIds(await engine.search(request('大棚 ')))));
        // A word that says what: the answer is that word's, and the word nobody wrote is named beside it.
        const stroke = await engine.search(request('河道 脑卒中 '));
        expect(stroke.unmatched).toEqual(['河道']);
        expect(stroke.total).toBeGreaterThan(0);
        expect(sorted(hitIds(stroke))).toEqual(sorted(hitIds(await engine.search(request('脑卒中 ')))));
        // A typo is named and a written word offered for it, though the other word found experts.
        const typo = await engine.search(request('番茹 养殖 '));
        expect(typo.unmatched).toEqual(['番茹']);
        expect(typo.suggestions).toContain('番茄');
        expect(typo.total).toBeGreaterThan(0);
        // One word nobody wrote: named, nobody found; every word written: nothing named, nothing suggested.
        const alone = await engine.search(request('河道 '));
        expect(alone.unmatched).toEqual(['河道']);
        expect(alone.total).toBe(0);
        const written = await engine.search(request('脑卒中 防治 '));
        expect(written.unmatched ?? []).toEqual([]);
        expect(written.suggestions).toEqual([]);
      });

      it('scores are within 0..1 and sorted best first', async () => {
        const res = await engine.search(request('养殖'));
        expect(res.hits.length).toBeGreaterThan(1);
        for (const h of res.hits) {
          expect(h.score).toBeGreaterThanOrEqual(0);
          expect(h.score).toBeLessThanOrEqual(1);
        }
        expect(res.hits[0].score).toBeGreaterThan(0);
        for (let i = 1; i < res.hits.length; i++)
          expect(res.hits[i - 1].score).toBeGreaterThanOrEqual(res.hits[i].score);
      });

      it('a title level filter narrows to that level', async () => {
        const all = await engine.search(request('脑卒中'));
        const senior = await engine.search(request('脑卒中', { titleLevels: ['SENIOR'] }));
        expect(senior.total).toBeLessThan(all.total);
        expect(senior.total).toBeGreaterThan(0);
        expect(senior.hits.every((h) => byId.get(h.id)!.titleLevel === 'SENIOR')).toBe(true);
        expect(sorted(hitIds(senior))).toEqual(
          sorted(hitIds(all).filter((id) => byId.get(id)!.titleLevel === 'SENIOR')),
        );
        expect(hitIds(senior)).not.toContain(idOf('李秀英'));
      });

      it('facet counts equal the counts over the matching documents (query and filter)', async () => {
        // With a query the matching set is the engine's to decide (segmentation may recall more); the counts
        // must still describe exactly that set, and everything literally containing the word must be in it.
        for (const [query, filter] of [
          ['防治', { statuses: ['ACTIVE'] }],
          ['养殖', {}],
          ['栽培', { titleLevels: ['SENIOR', 'ASSOCIATE'] }],
        ] as [string, ExpertSearchFilter][]) {
          const res = await engine.search(request(query, filter, { limit: 100 }));
          expect(res.total, query).toBe(res.hits.length);
          const docs = res.hits.map((h) => byId.get(h.id)!);
          expect(
            docs.every((d) => fixtureFiltered(filter, [d]).length === 1),
            `${query}: hits obey the filter`,
          ).toBe(true);
          const literal = fixtureFiltered(filter).filter((d) =>
            [d.specialties, d.employer, d.title, d.name].some((t) => t.includes(query)),
          );
          expect(literal.length, query).toBeGreaterThan(0);
          expect(hitIds(res), query).toEqual(expect.arrayContaining(ids(literal)));
          await expectDisjunctiveFacets(engine, query, filter, res);
        }
      });

      it('facet counts equal the fixture counts when browsing with a filter, over all pages', async () => {
        const filter: ExpertSearchFilter = {
          fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY', 'MEDICAL'],
          statuses: ['ACTIVE'],
        };
        const want = fixtureFiltered(filter);
        const res = await engine.search(request('', filter, { limit: 3, regionFacetLevel: 'province' }));
        expect(res.total).toBe(want.length);
        expect(res.hits).toHaveLength(3);
        // The fields facet is counted without its own filter (disjunctive); the others over the matching set.
        const matching = expectedFacets(want, 'province');
        const withoutFields = expectedFacets(fixtureFiltered({ statuses: filter.statuses }), 'province');
        expect(facetRecord(res.facets.fields)).toEqual(withoutFields.fields);
        for (const facet of ['titleLevels', 'honours', 'sources', 'regions'] as const)
          expect(facetRecord(res.facets[facet]), facet).toEqual(matching[facet]);
      });

      it('facets are disjunctive: ticking a value keeps the other values of that facet, other facets narrow', async () => {
        const filter: ExpertSearchFilter = {
          titleLevels: ['SENIOR'],
          fields: ['AGRICULTURE', 'MEDICAL'],
          statuses: ['ACTIVE'],
        };
        const res = await engine.search(request('', filter, { limit: 100 }));
        const want = fixtureFiltered(filter);
        expect(sorted(hitIds(res))).toEqual(ids(want));
        // Title levels count every level among the ACTIVE experts of those fields, not only 正高级.
        const levels = expectedFacets(
          fixtureFiltered({ fields: filter.fields, statuses: filter.statuses }),
          'province',
        ).titleLevels;
        expect(Object.keys(levels).length, 'the fixture has more than one level there').toBeGreaterThan(1);
        expect(facetRecord(res.facets.titleLevels)).toEqual(levels);
        // Fields count over the ACTIVE 正高级 experts, whatever their field.
        expect(facetRecord(res.facets.fields)).toEqual(
          expectedFacets(
            fixtureFiltered({ titleLevels: filter.titleLevels, statuses: filter.statuses }),
            'province',
          ).fields,
        );
        // Facets without a filter of their own count the matching set.
        const matching = expectedFacets(want, 'province');
        expect(facetRecord(res.facets.honours)).toEqual(matching.honours);
        expect(facetRecord(res.facets.sources)).toEqual(matching.sources);
        expect(facetRecord(res.facets.regions)).toEqual(matching.regions);
        await expectDisjunctiveFacets(engine, '', filter, res);
      });

      it('leaves the facets out when asked to (facets: false), with the same hits and total', async () => {
        const filter: ExpertSearchFilter = { fields: ['MEDICAL'], titleLevels: ['SENIOR'] };
        const withFacets = await engine.search(request('', filter));
        const without = await engine.search(request('', filter, { facets: false }));
        expect(without.facets).toEqual({
          fields: [],
          titleLevels: [],
          honours: [],
          sources: [],
          regions: [],
        });
        expect(without.total).toBe(withFacets.total);
        expect(hitIds(without)).toEqual(hitIds(withFacets));
        expect(withFacets.facets.fields.length).toBeGreaterThan(0);
      });

      it('region facet counts counties under a municipality and cities under a province', async () => {
        const shanghai = await engine.search(
          request('', { regionCode: '310000' }, { regionFacetLevel: 'county', limit: 1 }),
        );
        const inShanghai = fixtureFiltered({ regionCode: '310000' });
        expectFacets(shanghai, inShanghai, 'county');
        expect(sorted(shanghai.facets.regions.map((b) => b.value))).toEqual(['310104', '310116']);

        const xinjiang = await engine.search(
          request('', { regionCode: '650000' }, { regionFacetLevel: 'city', limit: 1 }),
        );
        const inXinjiang = fixtureFiltered({ regionCode: '650000' });
        expectFacets(xinjiang, inXinjiang, 'city');
        expect(sorted(xinjiang.facets.regions.map((b) => b.value))).toEqual(['650100', '653100']);

        const national = await engine.search(request('', {}, { regionFacetLevel: 'province', limit: 1 }));
        expectFacets(national, EXPERT_FIXTURE, 'province');
      });

      it('a region filter means the region and everything under it', async () => {
        for (const regionCode of [
          '310000',
          '530000',
          '532600',
          '532627',
          '650000',
          '653100',
          '653125',
          '110000',
          '810000',
        ]) {
          const res = await engine.search(request('', { regionCode }));
          const want = fixtureFiltered({ regionCode });
          expect(want.length, regionCode).toBeGreaterThan(0);
          expect(sorted(hitIds(res)), regionCode).toEqual(ids(want));
          expect(res.total, regionCode).toBe(want.length);
        }
        // A county's subtree does not include its siblings, a city's does not include the province-level expert.
        const county = await engine.search(request('', { regionCode: '532627' }));
        expect(hitIds(county)).not.toContain(idOf('何志明'));
        const city = await engine.search(request('', { regionCode: '530100' }));
        expect(hitIds(city)).not.toContain(idOf('汉斯·穆勒'));
        expect(hitIds(city)).toContain(idOf('袁芳'));
      });

      it('values within a list are OR, lists are AND', async () => {
        const cases: ExpertSearchFilter[] = [
          { fields: ['FISHERY', 'ENVIRONMENT'] },
          { fields: ['MEDICAL'], honours: ['SPECIAL_ALLOWANCE'] },
          {
            fields: ['AGRICULTURE', 'ANIMAL_HUSBANDRY'],
            honours: ['SPECIAL_ALLOWANCE', 'ACADEMICIAN'],
            sources: ['OTHER_PROVINCE', 'LOCAL'],
          },
          { sources: ['HK_MACAO_TAIWAN', 'FOREIGN'] },
          { fields: ['FORESTRY'], regionCode: '650000' },
          { fields: [], honours: [], sources: [], statuses: [], titleLevels: [], excludeIds: [] },
        ];
        for (const filter of cases) {
          const res = await engine.search(request('', filter));
          const want = fixtureFiltered(filter);
          expect(sorted(hitIds(res)), JSON.stringify(filter)).toEqual(ids(want));
          expect(res.total).toBe(want.length);
        }
        // An expert in two of the wanted fields is one hit, not two.
        const both = await engine.search(request('', { fields: ['ANIMAL_HUSBANDRY', 'AGRICULTURE'] }));
        expect(hitIds(both).filter((id) => id === idOf('杨帆'))).toHaveLength(1);
        // Narrowing with a second list never widens.
        const medical = await engine.search(request('', { fields: ['MEDICAL'] }));
        const medicalHonoured = await engine.search(
          request('', { fields: ['MEDICAL'], honours: ['SPECIAL_ALLOWANCE'] }),
        );
        expect(medicalHonoured.total).toBeLessThan(medical.total);
      });

      it('filters by retired and by status', async () => {
        const retired = await engine.search(request('', { retired: true }));
        expect(hitIds(retired)).toEqual([idOf('马国庆')]);
        const working = await engine.search(request('', { retired: false }));
        expect(sorted(hitIds(working))).toEqual(ids(fixtureFiltered({ retired: false })));
        expect(hitIds(working)).not.toContain(idOf('马国庆'));

        const inactive = await engine.search(request('', { statuses: ['INACTIVE'] }));
        expect(hitIds(inactive)).toEqual([idOf('林晓')]);
        const active = await engine.search(request('', { statuses: ['ACTIVE'] }));
        expect(active.total).toBe(fixtureFiltered({ statuses: ['ACTIVE'] }).length);
        expect(hitIds(active)).not.toContain(idOf('林晓'));
        const both = await engine.search(request('', { statuses: ['ACTIVE', 'INACTIVE'] }));
        expect(both.total).toBe(EXPERT_FIXTURE.length);
        // The inactive expert is not found by a query either once ACTIVE is asked for.
        const query = await engine.search(request('人工智能', { statuses: ['ACTIVE'] }));
        expect(hitIds(query)).not.toContain(idOf('林晓'));
      });

      it('filters by minimum title rank', async () => {
        for (const minTitleRank of [1, 2, 3]) {
          const res = await engine.search(request('', { minTitleRank }));
          expect(sorted(hitIds(res)), String(minTitleRank)).toEqual(ids(fixtureFiltered({ minTitleRank })));
          expect(res.hits.every((h) => byId.get(h.id)!.titleRank >= minTitleRank)).toBe(true);
        }
        const senior = await engine.search(request('脑卒中', { minTitleRank: 3 }));
        expect(hitIds(senior)).toContain(idOf('王建国'));
        expect(hitIds(senior)).not.toContain(idOf('李秀英'));
      });

      it('leaves out excluded ids', async () => {
        const excludeIds = [idOf('王建国'), idOf('张卫东')];
        const res = await engine.search(request('中风', { excludeIds }));
        expect(hitIds(res)).toContain(idOf('李秀英'));
        for (const id of excludeIds) expect(hitIds(res)).not.toContain(id);
        const browse = await engine.search(request('', { excludeIds }));
        expect(browse.total).toBe(EXPERT_FIXTURE.length - excludeIds.length);
      });

      it('pages with limit and offset; the total does not change', async () => {
        const filter: ExpertSearchFilter = { statuses: ['ACTIVE'] };
        const want = fixtureFiltered(filter);
        const full = await engine.search(request('', filter, { limit: 100 }));
        const seen: string[] = [];
        for (let offset = 0; offset < want.length + 7; offset += 7) {
          const page = await engine.search(request('', filter, { limit: 7, offset }));
          expect(page.total, `offset ${offset}`).toBe(want.length);
          expect(page.hits.length).toBe(Math.max(0, Math.min(7, want.length - offset)));
          seen.push(...hitIds(page));
        }
        expect(seen).toEqual(hitIds(full));
        expect(new Set(seen).size).toBe(want.length);

        const q1 = await engine.search(request('养殖', {}, { limit: 2, offset: 0 }));
        const q2 = await engine.search(request('养殖', {}, { limit: 2, offset: 2 }));
        const qAll = await engine.search(request('养殖', {}, { limit: 100 }));
        expect(q1.total).toBe(qAll.total);
        expect(q2.total).toBe(qAll.total);
        expect([...hitIds(q1), ...hitIds(q2)]).toEqual(hitIds(qAll).slice(0, 4));
      });

      it('a filter value with quotes and backslashes is harmless: no error, no match', async () => {
        const evil = '他说"你好\\"';
        const fields = await engine.search(request('', { fields: [evil as Field] }));
        expect(fields.total).toBe(0);
        expect(fields.hits).toEqual([]);
        const injection = await engine.search(request('', { fields: ['MEDICAL" OR fields != "x' as Field] }));
        expect(injection.total).toBe(0);
        const excluded = await engine.search(request('', { excludeIds: [evil, "x') OR 1=1 --", '\\'] }));
        expect(excluded.total).toBe(EXPERT_FIXTURE.length);
        const queried = await engine.search(request(evil));
        expect(queried.total).toBeGreaterThanOrEqual(0);
      });
    });

    describe('a search with words counts up to the cap (3 here, 10,000 in production)', () => {
      const CAP = 3;
      let capped: ExpertSearchEngine;
      let cappedTeardown: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        ({ engine: capped, teardown: cappedTeardown } = await setup({ countCap: CAP }));
        await capped.prepare();
        await capped.clear();
        await capped.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
      });
      afterAll(async () => {
        await cappedTeardown?.();
      });

      it('more matches than the cap: total is the cap, flagged; the page is the same as uncounted', async () => {
        for (const query of ['农业', '防治', '养殖']) {
          const exact = await engine.search(request(query));
          expect(exact.total, `${query} matches more than the cap`).toBeGreaterThan(CAP);
          expect(exact.totalCapped).toBe(false);
          const res = await capped.search(request(query));
          expect(res.total, query).toBe(CAP);
          expect(res.totalCapped, query).toBe(true);
          expect(hitIds(res), query).toEqual(hitIds(exact));
          const first = await capped.search(request(query, {}, { limit: 2 }));
          expect(hitIds(first), query).toEqual(hitIds(exact).slice(0, 2));
          // Facets: exact, or (flagged) lower bounds counted over at most the cap's best-ranked matches.
          for (const facet of ['fields', 'titleLevels', 'honours', 'sources', 'regions'] as const) {
            const want = facetRecord(exact.facets[facet]);
            const got = facetRecord(res.facets[facet]);
            if (!res.facetsCapped) expect(got, `${query} ${facet}`).toEqual(want);
            else
              for (const [value, count] of Object.entries(got))
                expect(count, `${query} ${facet} ${value}`).toBeLessThanOrEqual(want[value] ?? 0);
          }
          if (res.facetsCapped) {
            const counted = res.facets.titleLevels.reduce((s, b) => s + b.count, 0);
            expect(counted).toBeLessThanOrEqual(CAP);
            expect(counted).toBeGreaterThan(0);
          }
        }
      });

      it('with a facet filter set, the total still stops at the cap and the facets stay disjunctive', async () => {
        const exact = await engine.search(request('农业', { titleLevels: ['SENIOR'] }));
        const res = await capped.search(request('农业', { titleLevels: ['SENIOR'] }));
        expect(res.total).toBe(Math.min(CAP, exact.total));
        expect(res.totalCapped).toBe(exact.total > CAP);
        expect(hitIds(res)).toEqual(hitIds(exact));
        // Disjunctive: the other title levels are still counted.
        expect(res.facets.titleLevels.length).toBeGreaterThan(0);
      });

      it('at most the cap, browsing without words, or exactTotal: exact and not flagged', async () => {
        const few = await capped.search(request('VOCs'));
        expect(few.total).toBe(1);
        expect(few.totalCapped).toBe(false);
        expect(few.facetsCapped).toBe(false);
        const browse = await capped.search(request(''));
        expect(browse.total).toBe(EXPERT_FIXTURE.length);
        expect(browse.totalCapped).toBe(false);
        expect(browse.facetsCapped).toBe(false);
        expectFacets(browse, EXPERT_FIXTURE, 'province');
        const exact = await engine.search(request('防治'));
        const counted = await capped.search(request('防治', {}, { exactTotal: true, facets: false }));
        expect(counted.total).toBe(exact.total);
        expect(counted.totalCapped).toBe(false);
        expect(hitIds(counted)).toEqual(hitIds(exact));
      });
    });

    describe('writing', () => {
      beforeEach(async () => {
        await engine.clear();
        await engine.upsert(EXPERT_FIXTURE.map((d) => ({ ...d })));
      });

      it('applies a new vocabulary without a restart: an expression ADMIN adds finds its terms', async () => {
        expect(hitIds(await engine.search(request('打吊瓶 ')))).not.toContain(idOf('王建国'));
        const added = Vocabulary.with([
          { expression: '打吊瓶', terms: ['静脉溶栓'], fields: ['MEDICAL'] },
          { expression: '膜下滴灌', terms: [], fields: [] },
        ]);
        await engine.applyVocabulary(added);
        try {
          const res = await engine.search(request('村里老人中风了要打吊瓶'));
          expect(res.hits[0]?.id).toBe(idOf('王建国'));
          expect(hitIds(await engine.search(request('膜下滴灌 ')))).toEqual([idOf('钱伟')]);
        } finally {
          await engine.applyVocabulary(Vocabulary.builtin());
        }
        expect(hitIds(await engine.search(request('打吊瓶 ')))).not.toContain(idOf('王建国'));
      });

      it('prepare is idempotent and keeps the documents', async () => {
        await engine.prepare();
        expect(await engine.count()).toBe(EXPERT_FIXTURE.length);
      });

      it('an upsert replaces the document: old words are gone, new ones are found', async () => {
        const doc = fixtureExpert('吴磊');
        await engine.upsert([{ ...doc, version: 2, specialties: '城市黑臭水体整治，污泥资源化' }]);
        expect(hitIds(await engine.search(request('VOCs')))).not.toContain(doc.id);
        expect(hitIds(await engine.search(request('黑臭水体')))).toContain(doc.id);
        expect(await engine.count()).toBe(EXPERT_FIXTURE.length);
      });

      it('an upsert with an older version does not overwrite a newer one', async () => {
        const doc = fixtureExpert('王建国');
        await engine.upsert([{ ...doc, version: 5, specialties: '颅内动脉瘤栓塞治疗' }]);
        await engine.upsert([
          { ...doc, version: 3, specialties: '骨质疏松症防治', titleLevel: 'INTERMEDIATE', titleRank: 1 },
        ]);
        expect(hitIds(await engine.search(request('骨质疏松症')))).not.toContain(doc.id);
        expect(hitIds(await engine.search(request('动脉瘤')))).toContain(doc.id);
        const senior = await engine.search(request('动脉瘤', { titleLevels: ['SENIOR'] }));
        expect(hitIds(senior)).toContain(doc.id);

        // Mixed batch: the stale document is dropped, the fresh one in the same call is applied.
        const other = fixtureExpert('赵丽');
        await engine.upsert([
          { ...doc, version: 4, specialties: '骨质疏松症防治' },
          { ...other, version: 2, specialties: '大黄鱼深远海养殖' },
        ]);
        expect(hitIds(await engine.search(request('骨质疏松症')))).not.toContain(doc.id);
        expect(hitIds(await engine.search(request('大黄鱼')))).toContain(other.id);

        await engine.upsert([{ ...doc, version: 6, specialties: '骨质疏松症防治' }]);
        expect(hitIds(await engine.search(request('骨质疏松症')))).toContain(doc.id);
        expect(hitIds(await engine.search(request('动脉瘤')))).not.toContain(doc.id);
      });

      it('upserts new documents and an empty batch', async () => {
        await engine.upsert([]);
        const fresh: ExpertDocument = {
          ...fixtureExpert('韩梅'),
          id: '00000000-0000-4000-8000-00000000abcd',
          name: '欧阳青',
          specialties: '草原鼠害生物防治',
          version: 1,
        };
        await engine.upsert([fresh]);
        expect(await engine.count()).toBe(EXPERT_FIXTURE.length + 1);
        expect(hitIds(await engine.search(request('鼠害')))).toEqual([fresh.id]);
      });

      it('removes documents; unknown ids are ignored', async () => {
        const gone = [idOf('吴磊'), idOf('赵丽')];
        await engine.remove([...gone, '00000000-0000-4000-8000-00000000ffff']);
        expect(await engine.count()).toBe(EXPERT_FIXTURE.length - 2);
        expect(hitIds(await engine.search(request('VOCs')))).not.toContain(idOf('吴磊'));
        const browse = await engine.search(request(''));
        for (const id of gone) expect(hitIds(browse)).not.toContain(id);
        await engine.remove([]);
        expect(await engine.count()).toBe(EXPERT_FIXTURE.length - 2);
      });

      it('clear removes everything; count follows', async () => {
        await engine.clear();
        expect(await engine.count()).toBe(0);
        const res = await engine.search(request(''));
        expect(res.total).toBe(0);
        expect(res.hits).toEqual([]);
        expect(res.facets).toEqual({ fields: [], titleLevels: [], honours: [], sources: [], regions: [] });
        await engine.upsert([{ ...fixtureExpert('周婷') }]);
        expect(await engine.count()).toBe(1);
      });
    });
  });
}
