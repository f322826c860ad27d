import { AuditEntryEntity } from '@app/platform';
import { AccountEntity } from './accounts/account.entity.js';
import { DemandEntity, DemandHistoryEntity } from './demands/demand.entity.js';
import { ExpertEntity } from './experts/expert.entity.js';
import { NotificationEntity } from './notifications/notification.entity.js';
import { OrganizationEntity } from './organizations/organization.entity.js';
import { RegionEntity, RegionPartnershipEntity } from './regions/region.entity.js';
import { SystemStateEntity } from './system/system-state.entity.js';
import { ImportJobEntity } from './experts/import-job.entity.js';
import { ExportJobEntity } from './experts/export-job.entity.js';
import { LexiconEntryEntity } from './lexicon/lexicon-entry.entity.js';
import { ADMIN_ONBOARDING_ENTITIES } from './admin-onboarding.entities.js';
import {
  EvaluationEntity,
  FollowUpEntity,
  ServiceBatchEntity,
  ServiceBatchExpertEntity,
  ServiceCertificateEntity,
  ServicePhotoEntity,
  TeamExpenseEntity,
  TeamFundingEntity,
} from './service/service.entities.js';
import {
  AssignmentEntity,
  TeamDemandEntity,
  TeamEntity,
  VolunteerEntity,
} from './dispatch/dispatch.entities.js';
import { PROGRAMME_ENTITIES } from './programme/programme.entities.js';

/** Every TypeORM entity, for the data source. */
export const ENTITIES = [
  RegionEntity,
  RegionPartnershipEntity,
  OrganizationEntity,
  AccountEntity,
  ExpertEntity,
  DemandEntity,
  DemandHistoryEntity,
  NotificationEntity,
  AuditEntryEntity,
  SystemStateEntity,
  ImportJobEntity,
  ExportJobEntity,
  LexiconEntryEntity,
  VolunteerEntity,
  TeamEntity,
  TeamDemandEntity,
  AssignmentEntity,
  ServiceBatchEntity,
  ServiceBatchExpertEntity,
  ServicePhotoEntity,
  EvaluationEntity,
  FollowUpEntity,
  TeamFundingEntity,
  TeamExpenseEntity,
  ServiceCertificateEntity,
  ...ADMIN_ONBOARDING_ENTITIES,
  ...PROGRAMME_ENTITIES,
];
