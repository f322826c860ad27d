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

/**
 * The score of each offer for a query (0 = does not match; every word must be found in some form). Empty query:
 * every offer scores 1.
 */
export function menuScores(
  query: string,
  offers: readonly MenuText[],
  vocabulary: Vocabulary = Vocabulary.builtin(),
): Map<string, number> {
  const words = menuQueryWords(query);
  const out = new Map<string, number>();
  for (const o of offers) {
    if (!words.length) {
      out.set(o.id, 1);
      continue;
    }
    const title = withMeanings(`${o.title} ${o.teamName}`, vocabulary);
    const body = withMeanings(
      `${o.description} ${o.places} ${o.fields.map((f) => FIELD_LABELS[f]).join(' ')}`,
      vocabulary,
    );
    let score = 0;
    for (const w of words) {
      const forms = termAlternatives(w, vocabulary);
      if (forms.some((f) => f && title.includes(f))) score += 2;
      else if (forms.some((f) => f && body.includes(f))) score += 1;
      else {
        score = 0;
        break;
      }
    }
    if (score > 0) out.set(o.id, score / (2 * words.length));
  }
  return out;
}
