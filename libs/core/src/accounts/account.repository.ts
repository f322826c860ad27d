import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Role } from '@app/domain';
import { AccountEntity } from './account.entity.js';

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

  byIds(ids: readonly string[]): Promise<AccountEntity[]> {
    return this.db.getRepository(AccountEntity).findBy({ id: In([...ids]) });
  }

  count(manager: EntityManager = this.db.manager): Promise<number> {
    return manager.getRepository(AccountEntity).count();
  }

  list(filter: { role?: Role; regionPrefixes: string[] | null; limit: number }): Promise<AccountEntity[]> {
    const qb = this.db.getRepository(AccountEntity).createQueryBuilder('a');
    if (filter.role) qb.andWhere('a.role = :role', { role: filter.role });
    if (filter.regionPrefixes) qb.andWhere('a.region_code LIKE ANY(:p)', { p: filter.regionPrefixes });
    return qb.orderBy('a.created_at', 'ASC').limit(filter.limit).getMany();
  }

  insert(manager: EntityManager, row: Partial<AccountEntity>): Promise<AccountEntity> {
    const repo = manager.getRepository(AccountEntity);
    return repo.save(repo.create(row));
  }

  async update(manager: EntityManager, id: string, changes: Partial<AccountEntity>): Promise<void> {
    await manager.getRepository(AccountEntity).update({ id }, changes);
  }

  /** Counts a failed sign-in atomically, so parallel attempts cannot undercount. Returns the new count. */
  async recordFailure(id: string, lockSeconds: (failures: number) => number): Promise<number> {
    const rows: { failed_logins: number }[] = await this.db.query(
      // Wrapped in a SELECT so the driver returns plain rows.
      `WITH u AS (UPDATE accounts SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins) SELECT failed_logins FROM u`,
      [id],
    );
    const failures = rows[0]?.failed_logins ?? 0;
    const seconds = lockSeconds(failures);
    if (seconds > 0) {
      await this.db.query(`UPDATE accounts SET locked_until = now() + make_interval(secs => $2) WHERE id = $1`, [id, seconds]);
    }
    return failures;
  }
}
