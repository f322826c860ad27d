import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { CoreModule, EvaluationService, ServiceBatchService, ServiceRecordService, type CoreRuntime } from '@app/core';
import { costLimitPlugin, depthLimitRule, formatGraphQLError } from '@app/platform';
import { AccountResolver } from './accounts/account.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { CatalogResolver } from './catalog/catalog.resolver.js';
import { AuthGuard } from './common/auth.guard.js';
import type { GraphQLContext } from './common/graphql-context.js';
import { createLoaders } from './common/loaders.js';
import { HealthController } from './health.controller.js';
import { NotificationResolver } from './notifications/notification.resolver.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { RegionResolver } from './regions/region.resolver.js';
import { ExpertResolver } from './experts/expert.resolver.js';
import { DemandResolver } from './demands/demand.resolver.js';
import { MatchResolver } from './matching/match.resolver.js';
import { LexiconResolver } from './lexicon/lexicon.resolver.js';
import { TeamResolver } from './dispatch/team.resolver.js';
import { DashboardResolver } from './dashboards/dashboard.resolver.js';
import { EvaluationResolver, DemandServiceFieldsResolver } from './service/evaluation.resolver.js';
import { FundingResolver } from './service/funding.resolver.js';
import { ExpertServiceFieldsResolver, ReportResolver } from './service/report.resolver.js';
import { ServiceBatchResolver, TeamServiceFieldsResolver } from './service/service-batch.resolver.js';
import { PhotoController } from './service/photo.controller.js';

export interface ApiModuleOptions {
  /** Where to write the generated schema (the committed `schema.gql`); in memory when absent. */
  schemaFile?: string | null;
}

@Module({})
export class ApiModule {
  static forRoot(runtime: CoreRuntime, options: ApiModuleOptions = {}): DynamicModule {
    const production = runtime.config.nodeEnv === 'production';
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(runtime),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource, ServiceBatchService, EvaluationService, ServiceRecordService],
          useFactory: (db: DataSource, batches: ServiceBatchService, evaluations: EvaluationService, records: ServiceRecordService) => ({
            path: '/graphql',
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            introspection: !production,
            graphiql: !production,
            includeStacktraceInErrorResponses: false,
            context: ({ req }: { req: Request }): GraphQLContext => ({ req, loaders: createLoaders(db, { batches, evaluations, records }) }),
            formatError: (formatted, error) => formatGraphQLError(formatted, error),
            validationRules: [depthLimitRule()],
            plugins: [costLimitPlugin()],
          }),
        }),
      ],
      controllers: [HealthController, PhotoController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        AccountResolver,
        RegionResolver,
        OrganizationResolver,
        CatalogResolver,
        NotificationResolver,
        AuditResolver,
        ExpertResolver,
        DemandResolver,
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
      ],
    };
  }
}
