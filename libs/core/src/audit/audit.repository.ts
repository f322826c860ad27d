// The audit log's queries: entries written outside a use case's transaction (a read of personal data, an export),
// and the ADMIN's filtered pages. Entries of a change are written with `writeAudit` in the change's transaction.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@app/domain';
import { AuditEntryEntity, writeAudit, type AuditRecord } from '@app/platform';

export interface AuditFilter {
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorUsername?: string | null;
  from?: Date | null;
  to?: Date | null;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  /** An entry on its own (no change goes with it). */
  async record(actor: Pick<Actor, 'accountId' | 'username'> | null, record: AuditRecord): Promise<void> {
    await writeAudit(this.db.manager, actor, record);
  }

  /** Newest first, after the entry `after` (an id); with the count under the filter. */
  async page(filter: AuditFilter, first: number, after: string | null) {
    const qb = this.db.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('a.entity_type = :et', { et: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :eid', { eid: filter.entityId });
    if (filter.actorUsername) qb.andWhere('a.actor_username = :u', { u: filter.actorUsername });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    const totalCount = await qb.getCount();
    if (after) qb.andWhere('a.id < :after', { after });
    const rows = await qb
      .orderBy('a.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { totalCount, rows };
  }
}
