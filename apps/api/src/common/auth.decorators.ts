import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, type Actor, type Role } from '@app/domain';
import type { GraphQLContext } from './graphql-context.js';

export const PUBLIC_KEY = 'expert-service:public';
export const ROLES_KEY = 'expert-service:roles';

/** No sign-in needed (login, catalog). Every other operation requires a valid token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the operation; the service still checks region and organisation scope. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return GqlExecutionContext.create(ctx).getContext<GraphQLContext>().actor!;
});

/**
 * The signed-in account, for field resolvers written without parameter decorators. @nestjs/graphql calls such a
 * resolver directly, as graphql-js does (parent, args, context, info); one with decorators goes through Nest's
 * context creator and its parameter pipeline on every field of every row. The operation's guard already required
 * the sign-in; a field reached without one is refused all the same.
 */
export function actorOf(ctx: GraphQLContext): Actor {
  if (!ctx.actor) throw AppError.unauthenticated('请先登录后再操作');
  return ctx.actor;
}

export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null => {
  const req = GqlExecutionContext.create(ctx).getContext<GraphQLContext>().req;
  return req?.ip ?? req?.socket?.remoteAddress ?? null;
});
