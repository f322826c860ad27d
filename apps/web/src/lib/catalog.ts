// Chinese labels of enumerations, from the server's catalog (the server owns the wording).
import { useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@app/domain';
import { CATALOG, type Role } from '../graphql/operations';

/** The label of a role, e.g. 省厅派单员; the shared domain labels stand in until the catalog has loaded. */
export function useRoleLabel(role: Role | undefined): string {
  const { data } = useQuery(CATALOG);
  if (!role) return '';
  return data?.catalog.roles.find((entry) => entry.value === role)?.label ?? ROLE_LABELS[role] ?? role;
}
