import type { ReactNode } from 'react';
import { useAuth } from '../auth/auth-context';
import type { Role } from '../graphql/operations';
import { ForbiddenPage } from '../pages/forbidden-page';

/** Shows the page to the roles that may open it, and 无权访问 to the others. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { account } = useAuth();
  if (!account || !roles.includes(account.role)) return <ForbiddenPage />;
  return <>{children}</>;
}
