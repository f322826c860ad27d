import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type Actor } from '@app/domain';
import { AuditEntryEntity } from '@app/platform';
import { assertRole } from '../access/access-scope.js';

export interface AuditFilter {
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorUsername?: string | null;
  from?: Date | null;
  to?: Date | null;
}

@Injectable()
export class AuditQueryService {
  constructor(private readonly db: DataSource) {}

  /** Newest first; `after` is the id of the last entry of the previous page. */
  async list(actor: Actor, filter: AuditFilter, first = 50, after?: string | null) {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以查看审计日志');
    if (first < 1 || first > 200) throw AppError.badInput('每页条数应在 1 到 200 之间');
    if (after && !/^\d+$/.test(after)) throw AppError.badInput('分页游标无效');
    const qb = this.db.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('a.entity_type = :et', { et: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :eid', { eid: filter.entityId });
    if (filter.actorUsername) qb.andWhere('a.actor_username = :u', { u: filter.actorUsername });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    const totalCount = await qb.getCount();
    if (after) qb.andWhere('a.id < :after', { after });
    const rows = await qb.orderBy('a.id', 'DESC').limit(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return { totalCount, nodes, hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.id ?? null };
  }
}
