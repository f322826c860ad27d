// The queries of service bases at work: the bases in a scope, their roster, activities and evaluations.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ProgrammeBaseActivityEntity,
  ProgrammeBaseActivityExpertEntity,
  ProgrammeBaseEntity,
  ProgrammeBaseEvaluationEntity,
  ProgrammeBaseExpertEntity,
} from './programme.entities.js';
import { regionScopeSql } from '../access/region-scope-sql.js';

export type BaseScope =
  { kind: 'ALL' } | { kind: 'REGIONS'; prefixes: string[] } | { kind: 'HOST'; organizationId: string };

export interface ActivityRow extends ProgrammeBaseActivityEntity {
  expertIds: string[];
}

@Injectable()
export class ProgrammeBaseRepository {
  constructor(private readonly db: DataSource) {}

  find(id: string, m: EntityManager = this.db.manager): Promise<ProgrammeBaseEntity | null> {
    return m.getRepository(ProgrammeBaseEntity).findOneBy({ id });
  }

  list(scope: BaseScope): Promise<ProgrammeBaseEntity[]> {
    const qb = this.db.getRepository(ProgrammeBaseEntity).createQueryBuilder('b');
    if (scope.kind === 'REGIONS') qb.where(regionScopeSql('b.region_code', scope.prefixes));
    if (scope.kind === 'HOST') qb.where('b.host_organization_id = :o', { o: scope.organizationId });
    return qb.orderBy('b.year', 'DESC').addOrderBy('b.name').getMany();
  }

  roster(baseId: string): Promise<ProgrammeBaseExpertEntity[]> {
    return this.db
      .getRepository(ProgrammeBaseExpertEntity)
      .find({ where: { baseId }, order: { addedAt: 'ASC' } });
  }

  async addExpert(
    m: EntityManager,
    row: Pick<ProgrammeBaseExpertEntity, 'baseId' | 'expertId' | 'external' | 'addedBy'>,
  ): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(ProgrammeBaseExpertEntity)
      .values(row)
      .orUpdate(['external'], ['base_id', 'expert_id'])
      .execute();
  }

  async removeExpert(m: EntityManager, baseId: string, expertId: string): Promise<boolean> {
    const r = await m.getRepository(ProgrammeBaseExpertEntity).delete({ baseId, expertId });
    return (r.affected ?? 0) > 0;
  }

  async activities(baseId: string, year: number | null): Promise<ActivityRow[]> {
    const qb = this.db
      .getRepository(ProgrammeBaseActivityEntity)
      .createQueryBuilder('a')
      .where('a.base_id = :b', { b: baseId });
    if (year) qb.andWhere(`a.held_on BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31)`, { y: year });
    const rows = await qb.orderBy('a.held_on', 'DESC').getMany();
    if (!rows.length) return [];
    const experts = await this.db
      .getRepository(ProgrammeBaseActivityExpertEntity)
      .createQueryBuilder('x')
      .where('x.activity_id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .getMany();
    return rows.map((r) => ({
      ...r,
      expertIds: experts.filter((x) => x.activityId === r.id).map((x) => x.expertId),
    }));
  }

  async insertActivity(
    m: EntityManager,
    row: Partial<ProgrammeBaseActivityEntity>,
    expertIds: readonly string[],
  ): Promise<ProgrammeBaseActivityEntity> {
    const saved = await m
      .getRepository(ProgrammeBaseActivityEntity)
      .save(m.getRepository(ProgrammeBaseActivityEntity).create(row));
    if (expertIds.length)
      await m
        .getRepository(ProgrammeBaseActivityExpertEntity)
        .insert(expertIds.map((expertId) => ({ activityId: saved.id, expertId })));
    return saved;
  }

  async setStatus(m: EntityManager, id: string, status: 'ACTIVE' | 'EXITED'): Promise<void> {
    await m.getRepository(ProgrammeBaseEntity).update({ id }, { status });
  }

  evaluations(baseId: string): Promise<ProgrammeBaseEvaluationEntity[]> {
    return this.db
      .getRepository(ProgrammeBaseEvaluationEntity)
      .find({ where: { baseId }, order: { year: 'DESC' } });
  }

  async saveEvaluation(m: EntityManager, row: ProgrammeBaseEvaluationEntity): Promise<void> {
    await m.getRepository(ProgrammeBaseEvaluationEntity).upsert(row, ['baseId', 'year']);
  }
}
