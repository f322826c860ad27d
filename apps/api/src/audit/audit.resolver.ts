import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { AuditQueryService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { AuditConnection, AuditEntry, AuditFilterInput } from './audit.types.js';
import { PAGED } from '../common/query-costs.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Roles('ADMIN')
  @Query(() => AuditConnection, {
    description: '审计日志（管理员）：登录与每一次状态变更',
    complexity: PAGED.auditLog,
  })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter?: AuditFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AuditConnection> {
    const page = await this.audit.list(actor, filter ?? {}, first, after);
    return {
      totalCount: page.totalCount,
      nodes: page.nodes.map(AuditEntry.from),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}
