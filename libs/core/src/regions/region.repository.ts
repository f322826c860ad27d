import { Injectable } from '@nestjs/common';
import { readRows } from '@app/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { RegionEntity, RegionPartnershipEntity } from './region.entity.js';

@Injectable()
export class RegionRepository {
  constructor(private readonly db: DataSource) {}

  count(): Promise<number> {
    return this.db.getRepository(RegionEntity).count();
  }

  async insertMany(manager: EntityManager, rows: RegionEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(RegionEntity)
        .values(rows.slice(i, i + 1000))
        .orIgnore()
        .execute();
    }
  }

  children(parentCode: string | null): Promise<RegionEntity[]> {
    return this.db.getRepository(RegionEntity).find({
      where: parentCode === null ? { level: 'PROVINCE' } : { parentCode },
      order: { code: 'ASC' },
    });
  }

  /** Plain SQL mapped to the entity's fields: every list answer's rows read their regions this way. */
  byCodes(codes: readonly string[]): Promise<RegionEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return readRows<RegionEntity>(
      this.db,
      `SELECT code, name, level, parent_code AS "parentCode", key_assistance AS "keyAssistance"
         FROM regions WHERE code = ANY($1::text[])`,
      [[...codes]],
    );
  }

  /** These regions and every region above them. */
  async withAncestors(codes: readonly string[]): Promise<RegionEntity[]> {
    if (!codes.length) return [];
    const rows: { code: string }[] = await this.db.query(
      `WITH RECURSIVE up AS (
         SELECT code, parent_code FROM regions WHERE code = ANY($1::text[])
         UNION SELECT r.code, r.parent_code FROM regions r JOIN up ON r.code = up.parent_code)
       SELECT code FROM up`,
      [[...codes]],
    );
    return this.byCodes(rows.map((r) => r.code));
  }

  async setKeyAssistance(
    manager: EntityManager,
    code: string,
    level: RegionEntity['keyAssistance'],
  ): Promise<void> {
    await manager.getRepository(RegionEntity).update({ code }, { keyAssistance: level });
  }

  find(code: string, manager: EntityManager = this.db.manager): Promise<RegionEntity | null> {
    return manager.getRepository(RegionEntity).findOneBy({ code });
  }

  /** Regions of exactly this name, by code (an import's 所在地区 written as a name). */
  byName(name: string, manager: EntityManager = this.db.manager): Promise<RegionEntity[]> {
    return manager.getRepository(RegionEntity).find({ where: { name }, order: { code: 'ASC' } });
  }

  /** Finds a region by exact name (for imports); more specific levels first. */
  findByName(name: string): Promise<RegionEntity[]> {
    return this.db
      .getRepository(RegionEntity)
      .find({ where: { name }, order: { level: 'DESC', code: 'ASC' } });
  }

  async servedBy(servingCode: string): Promise<string[]> {
    const rows = await this.db.getRepository(RegionPartnershipEntity).findBy({ servingCode });
    return rows.map((r) => r.servedCode);
  }

  async addPartnership(manager: EntityManager, servingCode: string, servedCode: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(RegionPartnershipEntity)
      .values({ servingCode, servedCode })
      .orIgnore()
      .execute();
  }
}
