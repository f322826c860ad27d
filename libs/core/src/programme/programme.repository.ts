// The queries of the programme year: calls and their recommenders, applications with their history, attachments
// and review sheets, and the bases selected applications become. No rules here.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ApplicationStatus } from '@app/domain';
import {
  ProgrammeApplicationEntity,
  ProgrammeApplicationHistoryEntity,
  ProgrammeAttachmentEntity,
  ProgrammeBaseEntity,
  ProgrammeCallEntity,
  ProgrammeCallRecommenderEntity,
  ProgrammeReviewEntity,
} from './programme.entities.js';

/** Which applications a reader may list. */
export type ApplicationScope =
  | { kind: 'ALL' }
  | { kind: 'APPLICANT'; organizationId: string }
  | { kind: 'RECOMMENDER'; organizationId: string };

export interface ApplicationFilter {
  callId: string;
  scope: ApplicationScope;
  statuses?: readonly ApplicationStatus[] | null;
}

@Injectable()
export class ProgrammeRepository {
  constructor(private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  // Calls.
  findCall(id: string, m?: EntityManager): Promise<ProgrammeCallEntity | null> {
    return this.m(m).getRepository(ProgrammeCallEntity).findOneBy({ id });
  }

  lockCall(m: EntityManager, id: string): Promise<ProgrammeCallEntity | null> {
    return m
      .getRepository(ProgrammeCallEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  callOfYear(year: number, m?: EntityManager): Promise<ProgrammeCallEntity | null> {
    return this.m(m).getRepository(ProgrammeCallEntity).findOneBy({ year });
  }

  calls(statuses: readonly string[] | null): Promise<ProgrammeCallEntity[]> {
    const qb = this.db.getRepository(ProgrammeCallEntity).createQueryBuilder('c');
    if (statuses) qb.where('c.status = ANY(:statuses)', { statuses });
    return qb.orderBy('c.year', 'DESC').getMany();
  }

  /** Calls a recommender organisation takes part in. */
  callsOfRecommender(organizationId: string): Promise<ProgrammeCallEntity[]> {
    return this.db
      .getRepository(ProgrammeCallEntity)
      .createQueryBuilder('c')
      .where(
        `c.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM programme_call_recommenders r WHERE r.call_id = c.id AND r.organization_id = :o)`,
        { o: organizationId },
      )
      .orderBy('c.year', 'DESC')
      .getMany();
  }

  async insertCall(m: EntityManager, row: Partial<ProgrammeCallEntity>): Promise<ProgrammeCallEntity> {
    const repo = m.getRepository(ProgrammeCallEntity);
    return repo.save(repo.create(row));
  }

  async updateCall(m: EntityManager, id: string, changes: Partial<ProgrammeCallEntity>): Promise<void> {
    await m.getRepository(ProgrammeCallEntity).update({ id }, changes as never);
  }

  async recommenderIds(callId: string, m?: EntityManager): Promise<string[]> {
    const rows = await this.m(m).getRepository(ProgrammeCallRecommenderEntity).findBy({ callId });
    return rows.map((r) => r.organizationId);
  }

  async setRecommenders(m: EntityManager, callId: string, organizationIds: readonly string[]): Promise<void> {
    await m.getRepository(ProgrammeCallRecommenderEntity).delete({ callId });
    if (organizationIds.length)
      await m
        .getRepository(ProgrammeCallRecommenderEntity)
        .insert(organizationIds.map((organizationId) => ({ callId, organizationId })));
  }

  // Applications.
  findApplication(id: string, m?: EntityManager): Promise<ProgrammeApplicationEntity | null> {
    return this.m(m).getRepository(ProgrammeApplicationEntity).findOneBy({ id });
  }

  lockApplication(m: EntityManager, id: string): Promise<ProgrammeApplicationEntity | null> {
    return m
      .getRepository(ProgrammeApplicationEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
  }

  applications(f: ApplicationFilter, m?: EntityManager): Promise<ProgrammeApplicationEntity[]> {
    const qb = this.m(m)
      .getRepository(ProgrammeApplicationEntity)
      .createQueryBuilder('a')
      .where('a.call_id = :call', { call: f.callId });
    if (f.scope.kind === 'APPLICANT')
      qb.andWhere('a.applicant_organization_id = :o', { o: f.scope.organizationId });
    if (f.scope.kind === 'RECOMMENDER')
      qb.andWhere(`a.recommender_organization_id = :o AND a.status <> 'DRAFT'`, {
        o: f.scope.organizationId,
      });
    if (f.statuses) qb.andWhere('a.status = ANY(:statuses)', { statuses: f.statuses });
    return qb.orderBy('a.submitted_at', 'ASC', 'NULLS LAST').addOrderBy('a.created_at', 'ASC').getMany();
  }

  async insertApplication(
    m: EntityManager,
    row: Partial<ProgrammeApplicationEntity>,
  ): Promise<ProgrammeApplicationEntity> {
    const repo = m.getRepository(ProgrammeApplicationEntity);
    return repo.save(repo.create(row));
  }

  async updateApplication(
    m: EntityManager,
    id: string,
    changes: Partial<ProgrammeApplicationEntity>,
  ): Promise<void> {
    await m
      .getRepository(ProgrammeApplicationEntity)
      .createQueryBuilder()
      .update()
      .set({ ...(changes as object), version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id', { id })
      .execute();
  }

  async addHistory(m: EntityManager, row: Omit<ProgrammeApplicationHistoryEntity, 'id'>): Promise<void> {
    await m.getRepository(ProgrammeApplicationHistoryEntity).insert(row);
  }

  history(applicationId: string): Promise<ProgrammeApplicationHistoryEntity[]> {
    return this.db
      .getRepository(ProgrammeApplicationHistoryEntity)
      .find({ where: { applicationId }, order: { at: 'ASC' } });
  }

  // Attachments.
  attachments(applicationId: string): Promise<ProgrammeAttachmentEntity[]> {
    return this.db
      .getRepository(ProgrammeAttachmentEntity)
      .find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }

  findAttachment(id: string): Promise<ProgrammeAttachmentEntity | null> {
    return this.db.getRepository(ProgrammeAttachmentEntity).findOneBy({ id });
  }

  async insertAttachment(
    m: EntityManager,
    row: Partial<ProgrammeAttachmentEntity>,
  ): Promise<ProgrammeAttachmentEntity> {
    const repo = m.getRepository(ProgrammeAttachmentEntity);
    return repo.save(repo.create(row));
  }

  async deleteAttachment(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(ProgrammeAttachmentEntity).delete({ id });
  }

  // Review sheets.
  reviews(applicationIds: readonly string[], m?: EntityManager): Promise<ProgrammeReviewEntity[]> {
    if (!applicationIds.length) return Promise.resolve([]);
    return this.m(m)
      .getRepository(ProgrammeReviewEntity)
      .find({ where: { applicationId: In([...applicationIds]) }, order: { createdAt: 'ASC' } });
  }

  async saveReview(
    m: EntityManager,
    row: Omit<ProgrammeReviewEntity, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(ProgrammeReviewEntity)
      .values(row as never)
      .orUpdate(['scores', 'total', 'comment', 'entered_by', 'updated_at'], ['application_id', 'expert_id'])
      .execute();
  }

  // Bases.
  async insertBase(m: EntityManager, row: Partial<ProgrammeBaseEntity>): Promise<ProgrammeBaseEntity> {
    const repo = m.getRepository(ProgrammeBaseEntity);
    return repo.save(repo.create(row));
  }

  basesByIds(ids: readonly string[]): Promise<ProgrammeBaseEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.getRepository(ProgrammeBaseEntity).findBy({ id: In([...ids]) });
  }

  /** Accounts to notify: the active accounts of these organisations with these roles. */
  async accountsOf(
    organizationIds: readonly string[],
    roles: readonly string[],
    m?: EntityManager,
  ): Promise<string[]> {
    if (!organizationIds.length) return [];
    const rows: { id: string }[] = await this.m(m).query(
      `SELECT id FROM accounts WHERE active AND organization_id = ANY($1::uuid[]) AND role = ANY($2::text[])`,
      [organizationIds, roles],
    );
    return rows.map((r) => r.id);
  }

  /** Active province accounts (they select). */
  async provinceAccounts(m?: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await this.m(m).query(
      `SELECT id FROM accounts WHERE active AND role = 'PROVINCE'`,
    );
    return rows.map((r) => r.id);
  }
}
