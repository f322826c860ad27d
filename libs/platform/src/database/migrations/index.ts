import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { ExpertSearch1764000001000 } from './1764000001000-expert-search.js';
import { ExpertLibrary1764000002000 } from './1764000002000-expert-library.js';
import { DemandsDispatch1764000003000 } from './1764000003000-demands-dispatch.js';
import { ServiceExecution1764000004000 } from './1764000004000-service-execution.js';
import { DemandCodeAllocation1765000100000 } from './1765000100000-demand-code-allocation.js';
import { LoginAttempts1765000101000 } from './1765000101000-login-attempts.js';
import { ExportJobs1765000200000 } from './1765000200000-export-jobs.js';
import { MatchLexicon1765000400000 } from './1765000400000-match-lexicon.js';
import { Outbox1765000500000 } from './1765000500000-outbox.js';
import { AdminOnboarding1765000800000 } from './1765000800000-admin-onboarding.js';
import { NotificationChannels1765000850000 } from './1765000850000-notification-channels.js';
import { ProgrammeYear1765000900000 } from './1765000900000-programme-year.js';
import { ProgrammeBases1765000901000 } from './1765000901000-programme-bases.js';
import { ProgrammeOffers1765001000000 } from './1765001000000-programme-offers.js';
import { ProgrammeYearReports1765001001000 } from './1765001001000-programme-year-reports.js';
import { ProgrammeFinalAccounts1765002100000 } from './1765002100000-programme-final-accounts.js';
import { ExpertFacetCounts1765002200000 } from './1765002200000-expert-facet-counts.js';
import { DashboardScaleIndexes1765002300000 } from './1765002300000-dashboard-scale-indexes.js';
import { ExpertSearchGinPending1765002400000 } from './1765002400000-expert-search-gin-pending.js';
import { DashboardBatchPeriodsIndexes1765002600000 } from './1765002600000-dashboard-batch-periods-indexes.js';
import { RegionScopeIndexes1765003000000 } from './1765003000000-region-scope-indexes.js';
import { ExpertFacetNationalCounts1765003200000 } from './1765003200000-expert-facet-national-counts.js';
import { ProgrammeRecommenderCascade1765003300000 } from './1765003300000-programme-recommender-cascade.js';
import { DashboardAggregates1765003400000 } from './1765003400000-dashboard-aggregates.js';
import { ExpertSearchHeadIndex1765003500000 } from './1765003500000-expert-search-head-index.js';
import { ForeignKeyCycleDeferrable1765003600000 } from './1765003600000-foreign-key-cycle-deferrable.js';
import { ImportContentUncompressed1765003700000 } from './1765003700000-import-content-uncompressed.js';
import { ImportFileRetention1765003800000 } from './1765003800000-import-file-retention.js';
import { DashboardFieldCounters1765003900000 } from './1765003900000-dashboard-field-counters.js';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [
  Foundation1764000000000,
  ExpertSearch1764000001000,
  ExpertLibrary1764000002000,
  DemandsDispatch1764000003000,
  ServiceExecution1764000004000,
  DemandCodeAllocation1765000100000,
  LoginAttempts1765000101000,
  ExportJobs1765000200000,
  MatchLexicon1765000400000,
  Outbox1765000500000,
  AdminOnboarding1765000800000,
  NotificationChannels1765000850000,
  ProgrammeYear1765000900000,
  ProgrammeBases1765000901000,
  ProgrammeOffers1765001000000,
  ProgrammeYearReports1765001001000,
  ProgrammeFinalAccounts1765002100000,
  ExpertFacetCounts1765002200000,
  DashboardScaleIndexes1765002300000,
  ExpertSearchGinPending1765002400000,
  DashboardBatchPeriodsIndexes1765002600000,
  RegionScopeIndexes1765003000000,
  ExpertFacetNationalCounts1765003200000,
  ProgrammeRecommenderCascade1765003300000,
  DashboardAggregates1765003400000,
  ExpertSearchHeadIndex1765003500000,
  ForeignKeyCycleDeferrable1765003600000,
  ImportContentUncompressed1765003700000,
  ImportFileRetention1765003800000,
  DashboardFieldCounters1765003900000,
];
