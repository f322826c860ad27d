import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Nest logs every exception a resolver throws as an ERROR with its stack, refusals included (a wrong password
 * was an ERROR). GraphQL errors are logged once by the request log (libs/platform/src/graphql/request-log.ts),
 * which knows a refusal from a failure: hand them to GraphQL untouched. HTTP routes keep Nest's handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
