import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import {
  CoreModule,
  DemandService,
  EvaluationService,
  OrganizationService,
  RegionService,
  ServiceBatchService,
  ServiceRecordService,
  TeamService,
  VolunteerService,
  type CoreRuntime,
} from '@app/core';
import {
  QUERY_SOURCE_LIMITS,
  costLimitPlugin,
  depthLimitRule,
  formatGraphQLError,
  inputGuardPlugin,
  oneExportPerRequestRule,
  requestLogPlugin,
} from '@app/platform';
import { AccountResolver } from './accounts/account.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { CatalogResolver } from './catalog/catalog.resolver.js';
import { AuthGuard } from './common/auth.guard.js';
import { GraphQLExceptionFilter } from './common/graphql-exception.filter.js';
import { QuerySourceMiddleware } from './common/query-source.middleware.js';
import type { GraphQLContext } from './common/graphql-context.js';
import { createLoaders } from './common/loaders.js';
import { HealthController } from './health.controller.js';
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
import { PhotoController } from './service/photo.controller.js';
import { ExportDownloadController } from './experts/export-download.controller.js';
import { ADMIN_ONBOARDING_CONTROLLERS, ADMIN_ONBOARDING_RESOLVERS } from './admin-onboarding.resolvers.js';
import { ApplicationPdfController } from './programme/application-pdf.controller.js';
import { ProgrammeResolver } from './programme/programme.resolver.js';
import { ProgrammeBaseResolver } from './programme/programme-base.resolver.js';
import { ProgrammeTeamResolver } from './programme/programme-team.resolver.js';
import { ProgrammeOfferResolver } from './programme/programme-offer.resolver.js';
import { ProgrammeYearEndResolver } from './programme/programme-year-end.resolver.js';

export interface ApiModuleOptions {
  /** Where to write the generated schema (the committed `schema.gql`); in memory when absent. */
  schemaFile?: string | null;
}

/** For the log: the account and the address behind a request. */
function describeRequester(ctx: GraphQLContext): string {
  // Refused before the guard ran (validation, input), a token is not yet checked: say so rather than guess.
  const who = ctx.actor
    ? `${ctx.actor.username} (${ctx.actor.role})`
    : ctx.req?.headers?.authorization
      ? 'a client with an unchecked token'
      : 'anonymous';
  const ip = ctx.req?.ip ?? ctx.req?.socket?.remoteAddress;
  return ip ? `${who} from ${ip}` : who;
}

@Module({})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(QuerySourceMiddleware).forRoutes('graphql');
  }

  static forRoot(runtime: CoreRuntime, options: ApiModuleOptions = {}): DynamicModule {
    const production = runtime.config.nodeEnv === 'production';
    const log = new Logger('GraphQL');
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(runtime),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [
            DataSource,
            ServiceBatchService,
            EvaluationService,
            ServiceRecordService,
            DemandService,
            TeamService,
            VolunteerService,
            RegionService,
            OrganizationService,
          ],
          useFactory: (
            db: DataSource,
            batches: ServiceBatchService,
            evaluations: EvaluationService,
            records: ServiceRecordService,
            demands: DemandService,
            teams: TeamService,
            volunteers: VolunteerService,
            regions: RegionService,
            organizations: OrganizationService,
          ) => ({
            path: '/graphql',
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            introspection: !production,
            graphiql: !production,
            includeStacktraceInErrorResponses: false,
            context: ({ req }: { req: Request }): GraphQLContext => ({
              req,
              loaders: createLoaders(db, {
                batches,
                evaluations,
                records,
                demands,
                teams,
                volunteers,
                regions,
                organizations,
              }),
            }),
            formatError: (formatted, error) =>
              formatGraphQLError(formatted, error, {
                production,
                logUnexpected: (err) =>
                  log.error(String((err as Error)?.message ?? err), (err as Error)?.stack),
              }),
            // The parser's own token limit, behind the input guard's check of the query text.
            parseOptions: { maxTokens: QUERY_SOURCE_LIMITS.maxTokens },
            validationRules: [depthLimitRule(), oneExportPerRequestRule()],
            plugins: [
              // Apollo's default cache-control plugin wraps every field resolver to compute cache hints nobody
              // reads (no @cacheControl in the schema, no HTTP cache in front): off, it costs nothing per field.
              ApolloServerPluginCacheControlDisabled(),
              inputGuardPlugin(),
              costLimitPlugin(),
              requestLogPlugin<GraphQLContext>(log, { who: describeRequester }),
            ],
          }),
        }),
      ],
      controllers: [
        HealthController,
        PhotoController,
        ExportDownloadController,
        ApplicationPdfController,
        ...ADMIN_ONBOARDING_CONTROLLERS,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
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
        DashboardResolver,
        ServiceBatchResolver,
        TeamServiceFieldsResolver,
        EvaluationResolver,
        DemandServiceFieldsResolver,
        ReportResolver,
        ExpertServiceFieldsResolver,
        FundingResolver,
        ...ADMIN_ONBOARDING_RESOLVERS,
        ProgrammeResolver,
        ProgrammeBaseResolver,
        ProgrammeTeamResolver,
        ProgrammeOfferResolver,
        ProgrammeYearEndResolver,
      ],
    };
  }
}
