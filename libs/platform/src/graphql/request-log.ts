// What the server log says about a GraphQL request that went wrong. A refusal (signed out, not allowed, bad
// input, not found, conflict, throttled, a query refused by the limits) is the client's business: one WARN line
// per request, no stack. Only an unexpected error is an ERROR, with its stack, once.
import type { ApolloServerPlugin, GraphQLRequestContextDidEncounterErrors } from '@apollo/server';
import { AppError } from '@app/domain';
import { isGraphQLError, loggedErrors, unwrapError } from './error-format.js';

export interface RequestLogger {
  warn(message: string): void;
  error(message: string, stack?: string): void;
}

/** Text from outside on one line and of bounded length, so a value cannot forge or flood log lines. */
export function oneLine(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex -- finding them is the point
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max) + '…' : flat;
}

export interface RequestLogOptions<C> {
  /** Who made the request, e.g. `province (PROVINCE) from 10.0.0.7`. */
  who?: (context: C) => string;
}

function operationOf(ctx: GraphQLRequestContextDidEncounterErrors<object>): string {
  const op = ctx.operation;
  if (!op) return 'request';
  const first = op.selectionSet.selections.find((s) => s.kind === 'Field');
  const field = first && first.kind === 'Field' ? first.name.value : '';
  return `${op.operation} ${ctx.operationName ?? field}`.trim();
}

/** Apollo plugin: logs each request's errors as described above. */
export function requestLogPlugin<C extends object>(
  logger: RequestLogger,
  options: RequestLogOptions<C> = {},
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(ctx) {
          const where = operationOf(ctx as GraphQLRequestContextDidEncounterErrors<object>);
          const who = options.who ? options.who(ctx.contextValue) : '';
          const refusals: string[] = [];
          for (const error of ctx.errors) {
            const original = unwrapError(error);
            if (original instanceof AppError) {
              refusals.push(
                `${original.kind}${original.reason && original.reason !== original.kind ? ` ${original.reason}` : ''}: ${original.message}`,
              );
            } else if (isGraphQLError(original)) {
              refusals.push(
                `${String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED')}: ${original.message}`,
              );
            } else {
              const err = original instanceof Error ? original : new Error(String(original));
              if (original && typeof original === 'object') loggedErrors.add(original);
              logger.error(
                `${where}${who ? ` by ${who}` : ''} failed at ${error.path?.join('.') ?? '-'}: ${oneLine(err.message)}`,
                err.stack,
              );
            }
          }
          if (refusals.length) {
            const more = refusals.length > 1 ? ` (+${refusals.length - 1} more)` : '';
            logger.warn(oneLine(`refused ${where}${who ? ` by ${who}` : ''}: ${refusals[0]}${more}`, 500));
          }
        },
      };
    },
  };
}
