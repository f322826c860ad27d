// Resolvers and controllers of the admin console, onboarding and the working calendar (#13), listed once for api.module.ts.
import { AccountAdminResolver } from './accounts/account-admin.resolver.js';
import { AuditExportResolver } from './audit/audit-export.resolver.js';
import { CalendarResolver } from './calendar/calendar.resolver.js';
import { OnboardingResolver } from './onboarding/onboarding.resolver.js';
import { OrganizationAdminResolver } from './organizations/organization-admin.resolver.js';
import { RegionAdminResolver } from './regions/region-admin.resolver.js';

export const ADMIN_ONBOARDING_RESOLVERS = [
  CalendarResolver,
  AccountAdminResolver,
  AuditExportResolver,
  OrganizationAdminResolver,
  RegionAdminResolver,
  OnboardingResolver,
];
export const ADMIN_ONBOARDING_CONTROLLERS: (new (...args: never[]) => unknown)[] = [];
