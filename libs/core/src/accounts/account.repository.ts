import { Injectable } from '@nestjs/common';
import { readRows } from '@app/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Role } from '@app/domain';
import { AccountEntity } from './account.entity.js';
import { regionScopeSql } from '../access/region-scope-sql.js';

/** An account as the token check reads it (AccountRepository.findSession). */
export interface SessionRow {
  id: string;
  username: string;
  role: Role;
  regionCode: string | null;
  organizationId: string | null;
  expertId: string | null;
  tokenVersion: number;
  active: boolean;
  partnerRegionCodes: string[];
}

@Injectable()
export class AccountRepository {
  constructor(private readonly db: DataSource) {}

  findByUsername(username: string, manager: EntityManager = this.db.manager): Promise<AccountEntity | null> {
    return manager
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .where('lower(a.username) = lower(:username)', { username })
      .getOne();
  }

  find(id: string, manager: EntityManager = this.db.manager): Promise<AccountEntity | null> {
    return manager.getRepository(AccountEntity).findOneBy({ id });
  }

  /**
   * What a token check needs, in one statement: the account's actor columns, its token version and state, and for
   * a dispatcher the regions its province serves by partnership (the actor's scope).
   */
  async findSession(id: string): Promise<SessionRow | null> {
    const rows = await readRows<SessionRow>(
      this.db,
      `SELECT a.id, a.username, a.role, a.region_code AS "regionCode", a.organization_id AS "organizationId",
              a.expert_id AS "expertId", a.token_version AS "tokenVersion", a.active,
              CASE WHEN a.role = 'PROVINCE' AND a.region_code IS NOT NULL
                   THEN ARRAY(SELECT p.served_code FROM region_partnerships p WHERE p.serving_code = a.region_code)
                   ELSE '{}'::varchar[] END AS "partnerRegionCodes"
       FROM accounts a WHERE a.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The name history rows and audit show for an account, or null when there is none. */
  async displayName(id: string, manager: EntityManager = this.db.manager): Promise<string | null> {
    return (await this.find(id, manager))?.displayName ?? null;
  }

  /** Display names by account id. */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    return new Map((await this.byIds(ids)).map((a) => [a.id, a.displayName]));
  }

  byIds(ids: readonly string[]): Promise<AccountEntity[]> {
    return this.db.getRepository(AccountEntity).findBy({ id: In([...ids]) });
  }

  count(manager: EntityManager = this.db.manager): Promise<number> {
    return manager.getRepository(AccountEntity).count();
  }

  list(filter: { role?: Role; regionPrefixes: string[] | null; limit: number }): Promise<AccountEntity[]> {
    const qb = this.db.getRepository(AccountEntity).createQueryBuilder('a');
    if (filter.role) qb.andWhere('a.role = :role', { role: filter.role });
    if (filter.regionPrefixes) qb.andWhere(regionScopeSql('a.region_code', filter.regionPrefixes));
    return qb.orderBy('a.created_at', 'ASC').limit(filter.limit).getMany();
  }

  insert(manager: EntityManager, row: Partial<AccountEntity>): Promise<AccountEntity> {
    const repo = manager.getRepository(AccountEntity);
    return repo.save(repo.create(row));
  }

  async update(manager: EntityManager, id: string, changes: Partial<AccountEntity>): Promise<void> {
    await manager.getRepository(AccountEntity).update({ id }, changes);
  }
}
