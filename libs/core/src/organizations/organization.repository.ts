import { Injectable } from '@nestjs/common';
import { readRows } from '@app/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganizationKind } from '@app/domain';
import { OrganizationEntity } from './organization.entity.js';
import { regionScopeSql } from '../access/region-scope-sql.js';

export interface OrganizationQuery {
  /** SQL LIKE prefixes; null = any region. */
  regionPrefixes: string[] | null;
  /** Restrict to these ids (UNIT accounts see their own). */
  ids?: string[];
  kind?: OrganizationKind;
  text?: string;
  limit: number;
}

@Injectable()
export class OrganizationRepository {
  constructor(private readonly db: DataSource) {}

  /** Plain SQL mapped to the entity's fields: every list answer's rows read their organisations this way. */
  byIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return readRows<OrganizationEntity>(
      this.db,
      `SELECT id, name, kind, region_code AS "regionCode", credit_code AS "creditCode",
              created_at AS "createdAt", updated_at AS "updatedAt"
         FROM organizations WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  find(id: string, manager: EntityManager = this.db.manager): Promise<OrganizationEntity | null> {
    return manager.getRepository(OrganizationEntity).findOneBy({ id });
  }

  search(q: OrganizationQuery): Promise<OrganizationEntity[]> {
    const qb = this.db.getRepository(OrganizationEntity).createQueryBuilder('o');
    if (q.regionPrefixes) qb.andWhere(regionScopeSql('o.region_code', q.regionPrefixes));
    if (q.ids) qb.andWhere('o.id = ANY(:ids)', { ids: q.ids });
    if (q.kind) qb.andWhere('o.kind = :kind', { kind: q.kind });
    if (q.text)
      qb.andWhere(`o.name ILIKE :text ESCAPE '\\'`, { text: `%${q.text.replace(/[\\%_]/g, '\\$&')}%` });
    return qb.orderBy('o.region_code').addOrderBy('o.name').limit(q.limit).getMany();
  }

  /** The oldest EMPLOYER organisation of that name. */
  employerNamed(name: string, manager: EntityManager = this.db.manager): Promise<OrganizationEntity | null> {
    return manager
      .getRepository(OrganizationEntity)
      .findOne({ where: { kind: 'EMPLOYER', name }, order: { createdAt: 'ASC' } });
  }

  /** The EMPLOYER of that name, written unless a concurrent import wrote it first. */
  async addEmployer(manager: EntityManager, name: string, regionCode: string): Promise<OrganizationEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationEntity)
      .values({ name, kind: 'EMPLOYER', regionCode })
      .orIgnore()
      .execute();
    return (await this.employerNamed(name, manager))!;
  }

  byCreditCode(
    creditCode: string,
    manager: EntityManager = this.db.manager,
  ): Promise<OrganizationEntity | null> {
    return manager.getRepository(OrganizationEntity).findOneBy({ creditCode });
  }

  async insert(manager: EntityManager, row: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    const saved = await manager
      .getRepository(OrganizationEntity)
      .save(manager.getRepository(OrganizationEntity).create(row));
    return saved;
  }
}
