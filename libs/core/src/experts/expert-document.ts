import { FIELD_LABELS, MUNICIPALITY_PREFIXES, regionLevelOf } from '@app/domain';
import { TITLE_RANKS, type ExpertDocument } from '@app/platform';
import type { ExpertEntity } from './expert.entity.js';

/** The region codes above and at `code`, as the search documents carry them. */
export function regionAncestry(
  code: string,
): Pick<ExpertDocument, 'provinceCode' | 'cityCode' | 'countyCode'> {
  const level = regionLevelOf(code);
  const provinceCode = code.slice(0, 2) + '0000';
  const municipality = MUNICIPALITY_PREFIXES.includes(code.slice(0, 2));
  return {
    provinceCode,
    cityCode: level === 'PROVINCE' || municipality ? null : code.slice(0, 4) + '00',
    countyCode: level === 'COUNTY' ? code : null,
  };
}

/** The expert columns a search document is made of. */
export type SearchedColumns = Pick<
  ExpertEntity,
  | 'id'
  | 'version'
  | 'name'
  | 'title'
  | 'titleLevel'
  | 'fields'
  | 'specialties'
  | 'honours'
  | 'source'
  | 'retired'
  | 'status'
  | 'regionCode'
>;

/** What the search engines see of an expert: never the phone number or e-mail. */
export function toExpertDocument(e: SearchedColumns, employerName: string): ExpertDocument {
  return {
    id: e.id,
    version: e.version,
    name: e.name,
    employer: employerName,
    title: e.title,
    titleLevel: e.titleLevel,
    titleRank: TITLE_RANKS[e.titleLevel],
    fields: e.fields,
    specialties: e.specialties,
    honours: e.honours,
    honourCount: e.honours.filter((h) => h !== 'OTHER').length,
    source: e.source,
    retired: e.retired,
    status: e.status,
    regionCode: e.regionCode,
    ...regionAncestry(e.regionCode),
  };
}

/** Chinese labels of the fields, for exports. */
export function fieldLabels(fields: readonly string[]): string {
  return fields.map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS] ?? f).join('、');
}
