// The only place where Meilisearch filter strings are written. Attribute names come from an allowlist and
// every string value is quoted and escaped, so nothing a user typed can change the shape of an expression.
import { regionLevelOf } from '@app/domain';
import type { ExpertSearchFilter } from './expert-search.port.js';

/** Attributes the index declares filterable; the adapter's settings use this same list. */
export const MEILI_FILTERABLE_ATTRIBUTES = [
  'fields',
  'titleLevel',
  'titleRank',
  'honours',
  'source',
  'retired',
  'status',
  'provinceCode',
  'cityCode',
  'countyCode',
  'regionCode',
  'id',
] as const;
export type MeiliFilterAttribute = (typeof MEILI_FILTERABLE_ATTRIBUTES)[number];

const ALLOWED = new Set<string>(MEILI_FILTERABLE_ATTRIBUTES);

export class MeiliFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeiliFilterError';
  }
}

function attribute(name: string): MeiliFilterAttribute {
  if (!ALLOWED.has(name)) throw new MeiliFilterError(`attribute ${JSON.stringify(name)} is not filterable`);
  return name as MeiliFilterAttribute;
}

/**
 * A double-quoted filter literal. Meilisearch (since 1.4) unescapes `\\` and `\"` inside quotes; backslashes go
 * first, otherwise the backslash added before a quote would itself be doubled.
 */
export function quoteFilterValue(value: string): string {
  if (typeof value !== 'string') throw new MeiliFilterError('filter values must be strings');
  return '"' + value.replaceAll('\\', '\\\\').replaceAll('"', '\\"') + '"';
}

function numberLiteral(value: number): string {
  // Only plain finite numbers: `1e400`, `NaN` or `-0x1` would be parsed differently or not at all.
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new MeiliFilterError('filter numbers must be finite');
  return String(value);
}

/** `attr = "value"` (or `= true|false` for booleans). */
export function eq(name: string, value: string | boolean): string {
  const attr = attribute(name);
  if (typeof value === 'boolean') return `${attr} = ${value ? 'true' : 'false'}`;
  return `${attr} = ${quoteFilterValue(value)}`;
}

/** `attr IN ["a", "b"]`: any of the values; `undefined` when there is nothing to restrict. */
export function anyOf(name: string, values: readonly string[]): string | undefined {
  const attr = attribute(name);
  if (values.length === 0) return undefined;
  return `${attr} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** `attr NOT IN [...]`; `undefined` when the list is empty. */
export function noneOf(name: string, values: readonly string[]): string | undefined {
  const attr = attribute(name);
  if (values.length === 0) return undefined;
  return `${attr} NOT IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** `attr >= n`. */
export function atLeast(name: string, value: number): string {
  return `${attribute(name)} >= ${numberLiteral(value)}`;
}

/** Clauses joined with AND, each in parentheses so an OR inside one never leaks out. */
export function allOf(...clauses: (string | undefined)[]): string | undefined {
  const present = clauses.filter((c): c is string => c !== undefined && c !== '');
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return present.map((c) => `(${c})`).join(' AND ');
}

/** Clauses joined with OR, each in parentheses. */
export function eitherOf(...clauses: (string | undefined)[]): string | undefined {
  const present = clauses.filter((c): c is string => c !== undefined && c !== '');
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return present.map((c) => `(${c})`).join(' OR ');
}

/** The region and everything below it, by the level of the code (GB/T 2260: PP0000, PPCC00, PPCCDD). */
export function regionSubtree(code: string): string {
  switch (regionLevelOf(code)) {
    case 'PROVINCE':
      return eq('provinceCode', code);
    case 'CITY':
      // Experts attached at the city itself carry it as cityCode; regionCode covers codes with no city level.
      return eitherOf(eq('cityCode', code), eq('regionCode', code))!;
    case 'COUNTY':
      return eitherOf(eq('countyCode', code), eq('regionCode', code))!;
  }
}

/** The Meilisearch filter for a search request; `undefined` when nothing is restricted. */
export function expertFilter(filter: ExpertSearchFilter): string | undefined {
  return allOf(
    anyOf('fields', filter.fields ?? []),
    anyOf('titleLevel', filter.titleLevels ?? []),
    anyOf('honours', filter.honours ?? []),
    anyOf('source', filter.sources ?? []),
    anyOf('status', filter.statuses ?? []),
    filter.retired === undefined ? undefined : eq('retired', filter.retired),
    filter.minTitleRank === undefined ? undefined : atLeast('titleRank', filter.minTitleRank),
    filter.regionCode ? regionSubtree(filter.regionCode) : undefined,
    noneOf('id', filter.excludeIds ?? []),
  );
}

/** Selects documents by id (reading stored versions before an upsert). */
export function idsFilter(ids: readonly string[]): string {
  const clause = anyOf('id', ids);
  if (!clause) throw new MeiliFilterError('idsFilter needs at least one id');
  return clause;
}
