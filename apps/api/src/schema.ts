import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AccountResolver } from './accounts/account.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { CatalogResolver } from './catalog/catalog.resolver.js';
import { NotificationResolver } from './notifications/notification.resolver.js';
import { TodoResolver } from './home/todo.resolver.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { RegionResolver } from './regions/region.resolver.js';
import { ExpertResolver } from './experts/expert.resolver.js';
import { DemandResolver } from './demands/demand.resolver.js';
import {
  DemandIntakeResolver,
  SimilarDemandResolver,
  SolvedCaseResolver,
} from './demands/demand-intake.resolver.js';
import { MatchResolver } from './matching/match.resolver.js';
import { LexiconResolver } from './lexicon/lexicon.resolver.js';
import { TeamResolver } from './dispatch/team.resolver.js';
import { DashboardResolver } from './dashboards/dashboard.resolver.js';
import { EvaluationResolver, DemandServiceFieldsResolver } from './service/evaluation.resolver.js';
import { FundingResolver } from './service/funding.resolver.js';
import { ExpertServiceFieldsResolver, ReportResolver } from './service/report.resolver.js';
import { ServiceBatchResolver, TeamServiceFieldsResolver } from './service/service-batch.resolver.js';
import { ProgrammeResolver } from './programme/programme.resolver.js';
import { ProgrammeBaseResolver } from './programme/programme-base.resolver.js';
import { ProgrammeTeamResolver } from './programme/programme-team.resolver.js';
import { ProgrammeOfferResolver } from './programme/programme-offer.resolver.js';
import { ProgrammeYearEndResolver } from './programme/programme-year-end.resolver.js';
import { ADMIN_ONBOARDING_RESOLVERS } from './admin-onboarding.resolvers.js';

export const RESOLVERS = [
  AccountResolver,
  RegionResolver,
  OrganizationResolver,
  CatalogResolver,
  NotificationResolver,
  TodoResolver,
  AuditResolver,
  ExpertResolver,
  DemandResolver,
  DemandIntakeResolver,
  SimilarDemandResolver,
  SolvedCaseResolver,
  MatchResolver,
  LexiconResolver,
  TeamResolver,
  ServiceBatchResolver,
  TeamServiceFieldsResolver,
  EvaluationResolver,
  DemandServiceFieldsResolver,
  ReportResolver,
  ExpertServiceFieldsResolver,
  FundingResolver,
  DashboardResolver,
  ProgrammeResolver,
  ProgrammeBaseResolver,
  ProgrammeTeamResolver,
  ProgrammeOfferResolver,
  ProgrammeYearEndResolver,
  ...ADMIN_ONBOARDING_RESOLVERS,
];

const HEADER =
  '# ------------------------------------------------------\n# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n# ------------------------------------------------------\n\n';

/** The schema as the committed `schema.gql` holds it, built from the resolvers without a database. */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
