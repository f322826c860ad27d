// 服务菜单 (点餐): the rules of an offer an approved team or a base publishes, and how the menu is searched. The
// search is engine-independent (a menu of a few hundred items does not need the expert search engine): a query is
// cut into words, each word counts with its lexicon synonyms (withMeanings / termAlternatives, as the duplicate
// check reads demands), a word in the title weighs twice one in the description, fields and places as labels count.
import { FIELD_LABELS, FIELDS, SERVICE_FORMS, type Field, type ServiceForm } from '../catalog/catalog.js';
import { termAlternatives } from '../matching/match-scoring.js';
import { isRegionCode, regionContains } from '../regions/region-code.js';
import { withMeanings } from '../text/case-similarity.js';
import { Vocabulary } from '../text/vocabulary.js';

export const OFFER_LIMITS = {
  titleMax: 100,
  descriptionMax: 1000,
  placesMax: 200,
  capacityMax: 1000,
  regionsMax: 50,
} as const;

export interface OfferDraft {
  title: string;
  description: string;
  fields: Field[];
  serviceForms: ServiceForm[];
  regionCodes: string[];
  places: string;
  months: number[];
  capacity: number;
}

/** What is wrong with an offer, by form field (empty when it may be published). */
export function offerProblems(d: OfferDraft): Record<string, string> {
  const p: Record<string, string> = {};
  const title = (d.title ?? '').trim();
  if (!title) p.title = '请填写服务项目名称';
  else if (title.length > OFFER_LIMITS.titleMax) p.title = `名称不超过 ${OFFER_LIMITS.titleMax} 字`;
  const description = (d.description ?? '').trim();
  if (!description) p.description = '请填写服务内容';
  else if (description.length > OFFER_LIMITS.descriptionMax)
    p.description = `服务内容不超过 ${OFFER_LIMITS.descriptionMax} 字（现 ${description.length} 字）`;
  if (!d.fields?.length) p.fields = '请选择至少一个专业领域';
  else if (d.fields.some((f) => !FIELDS.includes(f))) p.fields = '专业领域无效';
  if (!d.serviceForms?.length) p.serviceForms = '请选择至少一种服务形式';
  else if (d.serviceForms.some((f) => !SERVICE_FORMS.includes(f))) p.serviceForms = '服务形式无效';
  if (!d.regionCodes?.length) p.regionCodes = '请选择服务地区';
  else if (d.regionCodes.length > OFFER_LIMITS.regionsMax || d.regionCodes.some((c) => !isRegionCode(c)))
    p.regionCodes = '服务地区无效';
  if ((d.places ?? '').length > OFFER_LIMITS.placesMax)
    p.places = `服务地点说明不超过 ${OFFER_LIMITS.placesMax} 字`;
  if (!d.months?.length) p.months = '请选择可服务的月份';
  else if (d.months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) p.months = '月份应在 1 到 12 之间';
  if (!Number.isInteger(d.capacity) || d.capacity < 1 || d.capacity > OFFER_LIMITS.capacityMax)
    p.capacity = `可接单数应为 1 到 ${OFFER_LIMITS.capacityMax} 的整数`;
  return p;
}

/** Serves a unit of `regionCode`: one of the offer's regions contains it (or it contains the offer's region). */
export function offerServesRegion(offerRegions: readonly string[], regionCode: string): boolean {
  return offerRegions.some((r) => regionContains(r, regionCode) || regionContains(regionCode, r));
}

export interface MenuText {
  id: string;
  title: string;
  description: string;
  fields: readonly Field[];
  places: string;
  teamName: string;
}

/** The words of a query: split on spaces and punctuation, each kept whole (lexicon synonyms widen them later). */
export function menuQueryWords(query: string): string[] {
  return [
    ...new Set(
      query
        .normalize('NFKC')
        .toLowerCase()
        .split(/[\s,，。、;；:：/|()（）]+/u)
        .filter((w) => w.length > 0),
    ),
  ].slice(0, 12);
}

/** A word of a query as the search box reads it (segmented, filler words out), with the forms it may take. */
export interface MenuQueryTerm {
  word: string;
  expansions: readonly string[];
}

/**
 * The score of each offer for a query, 0..1 (absent = not found). Words are relaxed as the expert search relaxes
 * them (Meilisearch's `frequency` strategy, then one word at a time): offers with every word first, then the most
 * common word is let go, and so on down to the rarest word (scores above 0.5); then offers with any other word but
 * the most common one (at most 0.5). So a sentence (我们村大棚番茄叶子发黄怎么办) finds the 番茄 items with the
 * yellowing ones first, and the query's most common word (大棚) never brings in an offer on its own. Words no offer
 * has are set aside. A word in the title or team name weighs twice one in the description. A string query is cut by
 * `menuQueryWords`; the service passes the words the search box's analysis read. No words: every offer scores 1.
 */
export function menuScores(
  query: string | readonly MenuQueryTerm[],
  offers: readonly MenuText[],
  vocabulary: Vocabulary = Vocabulary.builtin(),
): Map<string, number> {
  const terms: readonly MenuQueryTerm[] =
    typeof query === 'string' ? menuQueryWords(query).map((word) => ({ word, expansions: [] })) : query;
  const out = new Map<string, number>();
  if (!terms.length) {
    for (const o of offers) out.set(o.id, 1);
    return out;
  }
  const texts = offers.map((o) => ({
    id: o.id,
    title: withMeanings(`${o.title} ${o.teamName}`, vocabulary),
    body: withMeanings(
      `${o.description} ${o.places} ${o.fields.map((f) => FIELD_LABELS[f]).join(' ')}`,
      vocabulary,
    ),
  }));
  // Where each word is found in each offer: 2 title, 1 body, 0 not at all.
  const found = terms.map((t) => {
    const forms = [
      ...new Set([
        ...termAlternatives(t.word, vocabulary),
        ...t.expansions.map((e) => e.normalize('NFKC').toLowerCase()),
      ]),
    ].filter((f) => f.length > 0);
    return texts.map((x) =>
      forms.some((f) => x.title.includes(f)) ? 2 : forms.some((f) => x.body.includes(f)) ? 1 : 0,
    );
  });
  // The words some offer has, rarest first (ties keep the typed order): a level keeps the first k of them.
  const known = terms
    .map((_, i) => ({ i, df: found[i]!.filter((v) => v > 0).length }))
    .filter((w) => w.df > 0)
    .sort((a, b) => a.df - b.df || a.i - b.i)
    .map((w) => w.i);
  const n = known.length;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  texts.forEach((x, j) => {
    let kept = 0;
    while (kept < n && found[known[kept]!]![j]! > 0) kept++;
    if (kept > 0) {
      // Levels first (every word beats fewer words), then where the kept words stand.
      const weight = known.slice(0, kept).reduce((sum, i) => sum + found[i]![j]!, 0);
      out.set(x.id, round(0.5 + 0.5 * ((kept - 1) / n + weight / (2 * kept) / n)));
      return;
    }
    const weight = known.slice(0, n - 1).reduce((sum, i) => sum + found[i]![j]!, 0);
    if (weight > 0) out.set(x.id, round((0.5 * weight) / (2 * n)));
  });
  return out;
}
