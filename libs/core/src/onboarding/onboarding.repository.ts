// The queries of onboarding: registrations, one-time codes and expert invitations.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RegistrationStatus } from '@app/domain';
import { regionScopeSql } from '../access/region-scope-sql.js';
import {
  ExpertClaimInvitationEntity,
  OneTimeCodeEntity,
  UnitRegistrationEntity,
} from './onboarding.entities.js';

export interface ClaimableExpert {
  id: string;
  name: string;
  regionCode: string;
  phone: string | null;
  boundAccountId: string | null;
}

@Injectable()
export class OnboardingRepository {
  constructor(private readonly db: DataSource) {}

  insertRegistration(
    m: EntityManager,
    row: Partial<UnitRegistrationEntity>,
  ): Promise<UnitRegistrationEntity> {
    const repo = m.getRepository(UnitRegistrationEntity);
    return repo.save(repo.create(row));
  }

  registration(
    id: string,
    m: EntityManager = this.db.manager,
    lock = false,
  ): Promise<UnitRegistrationEntity | null> {
    const qb = m.getRepository(UnitRegistrationEntity).createQueryBuilder('r').where('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** The newest registration under a name (sign-in explains a pending or refused one). */
  latestRegistrationOf(username: string): Promise<UnitRegistrationEntity | null> {
    return this.db
      .getRepository(UnitRegistrationEntity)
      .createQueryBuilder('r')
      .where('lower(r.username) = lower(:username)', { username })
      .andWhere(`r.status <> 'APPROVED'`)
      .orderBy('r.created_at', 'DESC')
      .getOne();
  }

  pendingUsernameTaken(username: string, m: EntityManager = this.db.manager): Promise<boolean> {
    return m
      .getRepository(UnitRegistrationEntity)
      .createQueryBuilder('r')
      .where('lower(r.username) = lower(:username)', { username })
      .andWhere(`r.status = 'PENDING'`)
      .getExists();
  }

  registrations(filter: {
    regionPrefixes: string[] | null;
    status?: RegistrationStatus | null;
    limit: number;
  }): Promise<UnitRegistrationEntity[]> {
    const qb = this.db.getRepository(UnitRegistrationEntity).createQueryBuilder('r');
    if (filter.regionPrefixes) qb.andWhere(regionScopeSql('r.region_code', filter.regionPrefixes));
    if (filter.status) qb.andWhere('r.status = :s', { s: filter.status });
    return qb
      .orderBy('r.created_at', filter.status === 'PENDING' ? 'ASC' : 'DESC')
      .limit(filter.limit)
      .getMany();
  }

  async decide(m: EntityManager, id: string, changes: Partial<UnitRegistrationEntity>): Promise<void> {
    await m.getRepository(UnitRegistrationEntity).update({ id }, changes);
  }

  // One-time codes.

  insertCode(
    m: EntityManager,
    row: Pick<OneTimeCodeEntity, 'mobile' | 'purpose' | 'codeHash' | 'expiresAt'>,
  ): Promise<OneTimeCodeEntity> {
    const repo = m.getRepository(OneTimeCodeEntity);
    return repo.save(repo.create(row));
  }

  /** Seconds since the newest code for a mobile was sent (database clock), or null when none was. */
  async secondsSinceLastCode(m: EntityManager, mobile: string, purpose: string): Promise<number | null> {
    const rows: { s: number }[] = await m.query(
      `SELECT extract(epoch FROM now() - max(created_at))::float AS s FROM one_time_codes WHERE mobile = $1 AND purpose = $2 HAVING count(*) > 0`,
      [mobile, purpose],
    );
    return rows[0]?.s ?? null;
  }

  /** The live codes of a mobile for these purposes, newest first, locked until the transaction ends. */
  liveCodes(m: EntityManager, mobile: string, purposes: readonly string[]): Promise<OneTimeCodeEntity[]> {
    return m
      .getRepository(OneTimeCodeEntity)
      .createQueryBuilder('c')
      .where('c.mobile = :mobile', { mobile })
      .andWhere('c.purpose IN (:...purposes)', { purposes })
      .andWhere('c.consumed_at IS NULL AND c.expires_at > now()')
      .orderBy('c.created_at', 'DESC')
      .limit(5)
      .setLock('pessimistic_write')
      .getMany();
  }

  async updateCode(m: EntityManager, id: string, changes: Partial<OneTimeCodeEntity>): Promise<void> {
    await m.getRepository(OneTimeCodeEntity).update({ id }, changes);
  }

  async consumeCodes(m: EntityManager, mobile: string): Promise<void> {
    await m.query(`UPDATE one_time_codes SET consumed_at = now() WHERE mobile = $1 AND consumed_at IS NULL`, [
      mobile,
    ]);
  }

  // Experts that can be claimed.

  /** Experts whose mobile is this one, with the account bound to each (if any). */
  expertsWithMobile(mobile: string, m: EntityManager = this.db.manager): Promise<ClaimableExpert[]> {
    return m.query(
      `SELECT e.id, e.name, e.region_code AS "regionCode", e.phone, a.id AS "boundAccountId"
       FROM experts e LEFT JOIN accounts a ON a.expert_id = e.id
       WHERE e.phone = $1 AND e.status = 'ACTIVE' ORDER BY e.created_at`,
      [mobile],
    );
  }

  expertsByIds(ids: readonly string[]): Promise<ClaimableExpert[]> {
    return this.db.query(
      `SELECT e.id, e.name, e.region_code AS "regionCode", e.phone, a.id AS "boundAccountId"
       FROM experts e LEFT JOIN accounts a ON a.expert_id = e.id WHERE e.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  async insertInvitation(m: EntityManager, expertId: string, invitedBy: string): Promise<void> {
    await m.getRepository(ExpertClaimInvitationEntity).insert({ expertId, invitedBy });
  }

  /** Whether the expert was invited within the last day (a second invitation waits). */
  async invitedRecently(expertId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM expert_claim_invitations WHERE expert_id = $1 AND created_at > now() - interval '1 day' AND claimed_at IS NULL LIMIT 1`,
      [expertId],
    );
    return rows.length > 0;
  }

  async markClaimed(m: EntityManager, expertId: string): Promise<void> {
    await m.query(
      `UPDATE expert_claim_invitations SET claimed_at = now() WHERE expert_id = $1 AND claimed_at IS NULL`,
      [expertId],
    );
  }
}
