import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, ROLE_LABELS, type Actor, type Role } from '@app/domain';
import { AuthService } from '@app/core';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import type { GraphQLContext } from './graphql-context.js';

/** The refusal of an account whose role an operation is not for (also used by the file controllers). */
export function assertRole(actor: Actor, roles: readonly Role[] | undefined): void {
  if (roles && !roles.includes(actor.role))
    throw AppError.forbidden(
      `此操作仅限${roles.map((r) => ROLE_LABELS[r]).join('、')}使用`,
      'ROLE_NOT_ALLOWED',
    );
}

/** Global guard: every GraphQL operation needs a valid token unless marked @Public, and @Roles narrows it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const header = ctx.req?.headers?.authorization;
    const token =
      typeof header === 'string' && /^Bearer\s+/i.test(header)
        ? header.replace(/^Bearer\s+/i, '').trim()
        : null;
    if (!ctx.actor && token) {
      try {
        ctx.actor = await this.auth.actorFromToken(token);
      } catch (err) {
        if (!isPublic) throw err;
      }
    }
    if (isPublic) return true;
    if (!ctx.actor) throw AppError.unauthenticated('请先登录后再操作');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    assertRole(ctx.actor, roles);
    return true;
  }
}
