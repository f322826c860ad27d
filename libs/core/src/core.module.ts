import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@app/platform';
import { AccountRepository } from './accounts/account.repository.js';
import { LoginAttemptRepository } from './accounts/login-attempt.repository.js';
import { AccountService } from './accounts/account.service.js';
import { AuthService } from './accounts/auth.service.js';
import { tokenJwtService } from './accounts/token-key.js';
import { AuditQueryService } from './audit/audit-query.service.js';
import { DemoDataSeeder } from './demo/demo-data.seeder.js';
import { DemoProgrammeWriter } from './demo/demo-programme.writer.js';
import { AppJobQueue, AppOutbox } from './jobs/job-map.js';
import { JobRunner } from './jobs/job-runner.service.js';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from './notifications/delivery-adapter.js';
import { deliveryAdaptersFor } from './notifications/delivery-channels.js';
import { DeliveryFailureService } from './notifications/delivery-failure.service.js';
import { NotificationPreferenceRepository } from './notifications/notification-preference.repository.js';
import { NotificationPreferenceService } from './notifications/notification-preference.service.js';
import { TodoRepository } from './home/todo.repository.js';
import { TodoService } from './home/todo.service.js';
import { DeliverNotificationJob } from './notifications/deliver-notification.job.js';
import { NotificationService } from './notifications/notification.service.js';
import { NotificationRepository } from './notifications/notification.repository.js';
import { RecipientRepository } from './notifications/recipient.repository.js';
import { AuditRepository } from './audit/audit.repository.js';
import { SystemStateRepository } from './system/system-state.repository.js';
import { OrganizationRepository } from './organizations/organization.repository.js';
import { OrganizationService } from './organizations/organization.service.js';
import { RegionRepository } from './regions/region.repository.js';
import { RegionService } from './regions/region.service.js';
import { SystemStateService } from './system/system-state.service.js';
import path from 'node:path';
import {
  Clock,
  FILE_LINK_SECRET,
  FileStore,
  LocalFileStore,
  S3FileStore,
  SystemClock,
  UnitOfWork,
  type ExpertSearchEngine,
} from '@app/platform';
import { EXPORT_WORK_DIR, ExpertExportService } from './experts/expert-export.service.js';
import { ExportExpertsJob, SweepExportsJob } from './experts/export-experts.job.js';
import { ExpertImportService } from './experts/expert-import.service.js';
import { ExportJobRepository } from './experts/export-job.repository.js';
import { ImportJobRepository } from './experts/import-job.repository.js';
import { ExpertRepository } from './experts/expert.repository.js';
import { ExpertService } from './experts/expert.service.js';
import { ExpertWriter } from './experts/expert-writer.js';
import { ExpertBulkWriter } from './experts/expert-bulk-writer.js';
import { ImportExpertsJob, SweepImportsJob } from './experts/import-experts.job.js';
import { EXPERT_SEARCH_ENGINE, SearchIndexService } from './experts/search-index.service.js';
import { SyncSearchIndexJob } from './experts/sync-search-index.job.js';
import { RefreshSearchFacetsJob } from './experts/refresh-search-facets.job.js';
import { SearchFacetsService } from './experts/search-facets.service.js';
import { ApplyVocabularyJob } from './lexicon/apply-vocabulary.job.js';
import { LexiconRepository } from './lexicon/lexicon.repository.js';
import { LexiconService } from './lexicon/lexicon.service.js';
import { MatchPipeline } from './matching/match-pipeline.js';
import { MatchRepository } from './matching/match.repository.js';
import { MatchService } from './matching/match.service.js';
import { VolunteerService } from './matching/volunteer.service.js';
import { TeamService } from './dispatch/team.service.js';
import { TeamRepository } from './dispatch/team.repository.js';
import { TeamSteps } from './dispatch/team-steps.js';
import { BookingGuard } from './dispatch/booking-guard.js';
import { DispatchService } from './dispatch/dispatch.service.js';
import { InvitationService } from './dispatch/invitation.service.js';
import { ReplacementService } from './dispatch/replacement.service.js';
import { InvitationDeadlineJob } from './dispatch/invitation-deadline.job.js';
import { DemandRepository } from './demands/demand.repository.js';
import { DemandService } from './demands/demand.service.js';
import { DemandTransitions } from './demands/demand-transitions.js';
import { DemandDeadlineService } from './demands/demand-deadline.service.js';
import { DemandDeadlineJob } from './demands/demand-deadline.job.js';
import { DemandIntakeRepository } from './demands/demand-intake.repository.js';
import { DemandIntakeService } from './demands/demand-intake.service.js';
import { StartupService } from './system/startup.service.js';
import { EvaluationReminderJob } from './service/evaluation-reminder.job.js';
import { EvaluationService } from './service/evaluation.service.js';
import { FundingService } from './service/funding.service.js';
import { PhotoStorageService } from './service/photo-storage.service.js';
import { ServiceBatchService } from './service/service-batch.service.js';
import { ServiceCompletionService } from './service/service-completion.service.js';
import { ServicePhotoService } from './service/service-photo.service.js';
import { ServiceRepository } from './service/service.repository.js';
import { ReportRepository } from './service/report.repository.js';
import { ServiceRecordService } from './service/service-record.service.js';
import { SurveyService } from './service/survey.service.js';
import { DashboardService } from './dashboards/dashboard.service.js';
import { DashboardRepository } from './dashboards/dashboard.repository.js';
import { ADMIN_ONBOARDING_SERVICES } from './admin-onboarding.providers.js';
import { ONE_TIME_CODE_SENDER, type OneTimeCodeSender } from './onboarding/one-time-code.sender.js';
import { oneTimeCodeSenderFor } from './onboarding/sms-one-time-code.sender.js';
import { PROGRAMME_PROVIDERS } from './programme/index.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** What the process has opened before Nest starts: the database and the queue belong to the process. */
export interface CoreRuntime {
  config: AppConfig;
  dataSource: DataSource;
  queue: AppJobQueue;
  jwtSecret: string;
  searchEngine: ExpertSearchEngine;
  deliveryAdapters?: DeliveryAdapter[];
  /** Defaults to the system clock; tests pass a ManualClock. */
  clock?: Clock;
  /** Defaults to files under DATA_DIR/uploads. */
  fileStore?: FileStore;
  /** Where one-time codes go; defaults to the log (codes kept for the demo outside production). */
  oneTimeCodeSender?: OneTimeCodeSender;
}

/** Uploaded files: the S3-compatible store when configured, else DATA_DIR/uploads. */
function fileStoreFor(config: AppConfig): FileStore {
  return config.s3 ? new S3FileStore(config.s3) : new LocalFileStore(path.join(config.dataDir, 'uploads'));
}

const SERVICES = [
  // Repositories: the only place with SQL.
  RegionRepository,
  OrganizationRepository,
  AccountRepository,
  LoginAttemptRepository,
  AuditRepository,
  SystemStateRepository,
  NotificationRepository,
  NotificationPreferenceRepository,
  RecipientRepository,
  TodoRepository,
  ExpertRepository,
  ImportJobRepository,
  ExportJobRepository,
  DemandRepository,
  DemandIntakeRepository,
  TeamRepository,
  ServiceRepository,
  MatchRepository,
  ReportRepository,
  DashboardRepository,
  // Services and job handlers.
  RegionService,
  OrganizationService,
  AccountService,
  AuthService,
  NotificationService,
  NotificationPreferenceService,
  DeliveryFailureService,
  TodoService,
  DeliverNotificationJob,
  AuditQueryService,
  SystemStateService,
  DemoDataSeeder,
  DemoProgrammeWriter,
  JobRunner,
  StartupService,
  ExpertWriter,
  ExpertBulkWriter,
  SearchIndexService,
  ExpertService,
  ExpertImportService,
  ExpertExportService,
  SyncSearchIndexJob,
  SearchFacetsService,
  RefreshSearchFacetsJob,
  LexiconRepository,
  LexiconService,
  ApplyVocabularyJob,
  ImportExpertsJob,
  SweepImportsJob,
  ExportExpertsJob,
  SweepExportsJob,
  DemandTransitions,
  DemandService,
  DemandDeadlineService,
  DemandDeadlineJob,
  MatchPipeline,
  DemandIntakeService,
  MatchService,
  VolunteerService,
  TeamService,
  TeamSteps,
  BookingGuard,
  DispatchService,
  InvitationService,
  ReplacementService,
  InvitationDeadlineJob,
  PhotoStorageService,
  ServiceBatchService,
  ServiceCompletionService,
  ServicePhotoService,
  EvaluationService,
  EvaluationReminderJob,
  SurveyService,
  DashboardService,
  ServiceRecordService,
  FundingService,
  ...ADMIN_ONBOARDING_SERVICES,
  ...PROGRAMME_PROVIDERS,
];

@Global()
@Module({})
export class CoreModule {
  static forRoot(runtime: CoreRuntime): DynamicModule {
    return {
      module: CoreModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: APP_CONFIG, useValue: runtime.config },
        { provide: DataSource, useValue: runtime.dataSource },
        { provide: AppJobQueue, useValue: runtime.queue },
        { provide: JwtService, useValue: tokenJwtService(runtime.jwtSecret) },
        {
          provide: DELIVERY_ADAPTERS,
          useValue: runtime.deliveryAdapters ?? deliveryAdaptersFor(runtime.config),
        },
        { provide: EXPERT_SEARCH_ENGINE, useValue: runtime.searchEngine },
        { provide: Clock, useValue: runtime.clock ?? new SystemClock() },
        {
          provide: UnitOfWork,
          useFactory: (db: DataSource) => {
            const logger = new Logger('UnitOfWork');
            return new UnitOfWork(db, { warn: (message) => logger.warn(message) });
          },
          inject: [DataSource],
        },
        {
          provide: AppOutbox,
          useFactory: (db: DataSource, queue: AppJobQueue, clock: Clock) => {
            const logger = new Logger('Outbox');
            return new AppOutbox(db, queue, clock, { warn: (message) => logger.warn(message) });
          },
          inject: [DataSource, AppJobQueue, Clock],
        },
        { provide: FileStore, useValue: runtime.fileStore ?? fileStoreFor(runtime.config) },
        {
          provide: ONE_TIME_CODE_SENDER,
          useValue: runtime.oneTimeCodeSender ?? oneTimeCodeSenderFor(runtime.config),
        },
        { provide: FILE_LINK_SECRET, useValue: runtime.jwtSecret },
        { provide: EXPORT_WORK_DIR, useValue: path.join(runtime.config.dataDir, 'tmp') },
        ...SERVICES,
      ],
      exports: [
        APP_CONFIG,
        DataSource,
        AppJobQueue,
        AppOutbox,
        UnitOfWork,
        JwtService,
        DELIVERY_ADAPTERS,
        EXPERT_SEARCH_ENGINE,
        Clock,
        FileStore,
        FILE_LINK_SECRET,
        ONE_TIME_CODE_SENDER,
        ...SERVICES,
      ],
    };
  }
}
