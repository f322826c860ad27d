import { Injectable } from '@nestjs/common';
import { AppError, type Actor } from '@app/domain';
import { assertRole } from '../access/access-scope.js';
import { AuditRepository, type AuditFilter } from './audit.repository.js';

export type { AuditFilter } from './audit.repository.js';

@Injectable()
export class AuditQueryService {
  constructor(private readonly audit: AuditRepository) {}

  /** Newest first; `after` is the id of the last entry of the previous page. */
  async list(actor: Actor, filter: AuditFilter, first = 50, after?: string | null) {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以查看审计日志');
    if (first < 1 || first > 200) throw AppError.badInput('每页条数应在 1 到 200 之间');
    if (after && !/^\d+$/.test(after)) throw AppError.badInput('分页游标无效');
    const { totalCount, rows } = await this.audit.page(filter, first, after ?? null);
    const nodes = rows.slice(0, first);
    return { totalCount, nodes, hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.id ?? null };
  }
}
