// The Apollo driver of @nestjs/apollo, executing queries with graphql-js's compiled counterpart (see jitGateway):
// the schema Nest built from the resolvers is only known here, when the driver starts Apollo.
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable, Logger } from '@nestjs/common';
import { jitGateway } from '@app/platform';

@Injectable()
export class JitApolloDriver extends ApolloDriver {
  private readonly log = new Logger('GraphQL');

  override async registerServer(options: ApolloDriverConfig): Promise<void> {
    if (!options.schema) return super.registerServer(options);
    const gateway = jitGateway(options.schema, {
      onFallback: (operation, reason) =>
        this.log.warn(`operation ${operation ?? '(anonymous)'} runs on graphql-js: ${reason}`),
    });
    // Apollo takes the gateway's schema (the same one) and its executor; everything else is as configured.
    return super.registerServer({ ...options, gateway } as ApolloDriverConfig);
  }
}
