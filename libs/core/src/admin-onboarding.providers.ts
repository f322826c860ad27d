// Providers of the admin console, onboarding and the working calendar (#13), listed once for core.module.ts.
import { AccountAdminService } from './accounts/account-admin.service.js';
import { AuditExportService } from './audit/audit-export.service.js';
import { CalendarRepository } from './calendar/calendar.repository.js';
import { CalendarService } from './calendar/calendar.service.js';
import { ExpertClaimService } from './onboarding/expert-claim.service.js';
import { OneTimeCodeService } from './onboarding/one-time-code.service.js';
import { OnboardingRepository } from './onboarding/onboarding.repository.js';
import { UnitRegistrationService } from './onboarding/unit-registration.service.js';
import { OrganizationAdminService } from './organizations/organization-admin.service.js';
import { OrganizationMergeRepository } from './organizations/organization-merge.repository.js';
import { RegionAdminService } from './regions/region-admin.service.js';
import { RegionPartnershipRepository } from './regions/region-partnership.repository.js';

export const ADMIN_ONBOARDING_SERVICES = [
  CalendarRepository,
  CalendarService,
  AccountAdminService,
  AuditExportService,
  OrganizationMergeRepository,
  OrganizationAdminService,
  RegionPartnershipRepository,
  RegionAdminService,
  OnboardingRepository,
  OneTimeCodeService,
  UnitRegistrationService,
  ExpertClaimService,
];
