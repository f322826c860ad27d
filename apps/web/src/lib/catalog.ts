// Chinese labels of enumerations, from the server's catalog (the server owns the wording). Until the catalog
// has loaded, the shared domain labels stand in, so a tag never shows a bare enum value.
import { useQuery } from '@apollo/client/react';
import {
  ACTIVITY_TYPE_LABELS,
  DEMAND_STATUS_LABELS,
  EXPENSE_CATEGORY_LABELS,
  EXPERT_SOURCE_LABELS,
  EXPERT_STATUS_LABELS,
  GENDER_LABELS,
  FIELD_LABELS,
  HONOUR_LABELS,
  OUTCOME_ITEM_LABELS,
  PROBLEM_SOLVED_LABELS,
  ROLE_LABELS,
  SERVICE_FORM_LABELS,
  TEAM_LEVEL_LABELS,
  TITLE_LEVEL_LABELS,
} from '@app/domain';
import { useMemo } from 'react';
import { CatalogDocument, type CatalogQuery, type Role } from '../graphql/operations';

export type CatalogKind = Exclude<keyof CatalogQuery['catalog'], '__typename'>;

export interface CatalogOption {
  value: string;
  label: string;
}

const FALLBACK: Partial<Record<CatalogKind, Readonly<Record<string, string>>>> = {
  roles: ROLE_LABELS,
  fields: FIELD_LABELS,
  serviceForms: SERVICE_FORM_LABELS,
  titleLevels: TITLE_LEVEL_LABELS,
  honours: HONOUR_LABELS,
  expertSources: EXPERT_SOURCE_LABELS,
  demandStatuses: DEMAND_STATUS_LABELS,
  genders: GENDER_LABELS,
  expertStatuses: EXPERT_STATUS_LABELS,
  teamLevels: TEAM_LEVEL_LABELS,
  activityTypes: ACTIVITY_TYPE_LABELS,
  outcomeItems: OUTCOME_ITEM_LABELS,
  problemSolved: PROBLEM_SOLVED_LABELS,
  expenseCategories: EXPENSE_CATEGORY_LABELS,
};

export interface Catalog {
  loaded: boolean;
  /** The Chinese label of `value` in the list `kind` (the value itself if unknown). */
  label(kind: CatalogKind, value: string | null | undefined): string;
  /** The options of a list, in the catalog's order, for pickers. */
  options(kind: CatalogKind): CatalogOption[];
}

export function useCatalog(): Catalog {
  const { data } = useQuery(CatalogDocument);
  return useMemo<Catalog>(() => {
    const catalog = data?.catalog;
    const options = (kind: CatalogKind): CatalogOption[] => {
      const entries = catalog?.[kind];
      if (entries?.length) return entries.map(({ value, label }) => ({ value, label }));
      return Object.entries(FALLBACK[kind] ?? {}).map(([value, label]) => ({ value, label }));
    };
    const maps = new Map<CatalogKind, Map<string, string>>();
    const label = (kind: CatalogKind, value: string | null | undefined): string => {
      if (!value) return '';
      let map = maps.get(kind);
      if (!map) {
        map = new Map(options(kind).map((o) => [o.value, o.label]));
        maps.set(kind, map);
      }
      return map.get(value) ?? value;
    };
    return { loaded: !!catalog, label, options };
  }, [data]);
}

/** The label of a role, e.g. 省厅派单员. */
export function useRoleLabel(role: Role | undefined): string {
  const catalog = useCatalog();
  return role ? catalog.label('roles', role) : '';
}
