// Queries of service execution: batches (current versions and history), who was present, photos, evaluations,
// follow-ups, funding and certificates. Queries only; the rules are in the services and libs/domain.
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { ProblemSolved } from '@app/domain';
import {
  EvaluationEntity,
  FollowUpEntity,
  ServiceBatchEntity,
  ServiceBatchExpertEntity,
  ServiceCertificateEntity,
  ServicePhotoEntity,
  TeamExpenseEntity,
  TeamFundingEntity,
} from './service.entities.js';

export interface BatchWithExperts {
  batch: ServiceBatchEntity;
  expertIds: string[];
}

/** A batch an expert took part in, with its team. */
export interface ExpertBatchRow {
  batchId: string;
  teamId: string;
  teamName: string;
  leadExpertId: string;
  startDate: string;
  endDate: string;
  days: number;
  regionCode: string;
  regionName: string;
  activities: ServiceBatchEntity['activities'];
}

@Injectable()
export class ServiceRepository {
  constructor(private readonly db: DataSource) {}

  // ---- Batches ----

  async insertBatch(
    m: EntityManager,
    row: Partial<ServiceBatchEntity>,
    expertIds: readonly string[],
  ): Promise<ServiceBatchEntity> {
    const repo = m.getRepository(ServiceBatchEntity);
    const saved = await repo.save(repo.create(row));
    await m
      .getRepository(ServiceBatchExpertEntity)
      .insert(expertIds.map((expertId) => ({ batchId: saved.id, expertId })));
    return saved;
  }

  async supersede(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.getRepository(ServiceBatchEntity).update({ id }, { supersededAt: at });
  }

  /** The current version of a batch, locked (two corrections of one batch run one after the other). */
  currentForUpdate(m: EntityManager, batchKey: string): Promise<ServiceBatchEntity | null> {
    return m
      .getRepository(ServiceBatchEntity)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .where('b.batch_key = :batchKey AND b.superseded_at IS NULL', { batchKey })
      .getOne();
  }

  findVersion(id: string): Promise<ServiceBatchEntity | null> {
    return this.db.getRepository(ServiceBatchEntity).findOneBy({ id });
  }

  async withExperts(
    batches: ServiceBatchEntity[],
    m: EntityManager = this.db.manager,
  ): Promise<BatchWithExperts[]> {
    if (!batches.length) return [];
    const rows = await m
      .getRepository(ServiceBatchExpertEntity)
      .findBy({ batchId: In(batches.map((b) => b.id)) });
    const byBatch = new Map<string, string[]>();
    for (const r of rows) byBatch.set(r.batchId, [...(byBatch.get(r.batchId) ?? []), r.expertId]);
    return batches.map((batch) => ({ batch, expertIds: byBatch.get(batch.id) ?? [] }));
  }

  /** Current batches of a team (or of one demand), oldest first. */
  currentBatches(
    where: { teamId?: string; demandId?: string },
    m: EntityManager = this.db.manager,
  ): Promise<ServiceBatchEntity[]> {
    return m.getRepository(ServiceBatchEntity).find({
      where: { ...where, supersededAt: IsNull() },
      order: { startDate: 'ASC', createdAt: 'ASC' },
    });
  }

  versions(batchKey: string): Promise<ServiceBatchEntity[]> {
    return this.db
      .getRepository(ServiceBatchEntity)
      .find({ where: { batchKey }, order: { version: 'DESC' } });
  }

  /** Days served in total by the teams serving a demand (current batches of those teams). */
  async totalDaysOfDemandTeams(
    m: EntityManager,
    demandId: string,
  ): Promise<{ teamId: string; days: number }[]> {
    const rows: { team_id: string; days: string }[] = await m.query(
      `SELECT td.team_id, COALESCE(sum(b.days), 0) AS days
       FROM team_demands td
       LEFT JOIN service_batches b ON b.team_id = td.team_id AND b.superseded_at IS NULL
       WHERE td.demand_id = $1
       GROUP BY td.team_id`,
      [demandId],
    );
    return rows.map((r) => ({ teamId: r.team_id, days: Number(r.days) }));
  }

  /** The regions of each team's demands. */
  async demandRegionsOfTeams(
    teamIds: readonly string[],
    m: EntityManager = this.db.manager,
  ): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!teamIds.length) return out;
    const rows: { team_id: string; region_code: string }[] = await m.query(
      `SELECT td.team_id, d.region_code FROM team_demands td JOIN demands d ON d.id = td.demand_id WHERE td.team_id = ANY($1::uuid[])`,
      [[...new Set(teamIds)]],
    );
    for (const r of rows) out.set(r.team_id, [...(out.get(r.team_id) ?? []), r.region_code]);
    return out;
  }

  /** Which of the teams the expert has CONFIRMED a place in. */
  async confirmedTeamsOf(
    expertId: string,
    teamIds: readonly string[],
    m: EntityManager = this.db.manager,
  ): Promise<Set<string>> {
    if (!teamIds.length) return new Set();
    const rows: { team_id: string }[] = await m.query(
      `SELECT team_id FROM assignments WHERE expert_id = $1 AND status = 'CONFIRMED' AND team_id = ANY($2::uuid[])`,
      [expertId, [...new Set(teamIds)]],
    );
    return new Set(rows.map((r) => r.team_id));
  }

  /** Days served by each team (current batches), for lists of teams. */
  async servedDaysOfTeams(teamIds: readonly string[]): Promise<Map<string, number>> {
    if (!teamIds.length) return new Map();
    const rows: { team_id: string; days: number }[] = await this.db.query(
      `SELECT team_id, sum(days)::int AS days FROM service_batches WHERE superseded_at IS NULL AND team_id = ANY($1::uuid[]) GROUP BY team_id`,
      [[...new Set(teamIds)]],
    );
    return new Map(rows.map((r) => [r.team_id, r.days]));
  }

  /** The current batches an expert took part in, overlapping `year`, with team and place. */
  async batchesOfExpert(expertId: string, year: number): Promise<ExpertBatchRow[]> {
    const rows: {
      batch_id: string;
      team_id: string;
      team_name: string;
      lead_expert_id: string;
      start_date: string;
      end_date: string;
      days: number;
      region_code: string;
      region_name: string | null;
      activities: ServiceBatchEntity['activities'];
    }[] = await this.db.query(
      `SELECT b.id AS batch_id, b.team_id, t.name AS team_name, t.lead_expert_id, b.start_date::text, b.end_date::text, b.days,
              b.region_code, r.name AS region_name, b.activities
       FROM service_batch_experts be
       JOIN service_batches b ON b.id = be.batch_id AND b.superseded_at IS NULL
       JOIN teams t ON t.id = b.team_id
       LEFT JOIN regions r ON r.code = b.region_code
       WHERE be.expert_id = $1 AND b.start_date <= make_date($2, 12, 31) AND b.end_date >= make_date($2, 1, 1)
       ORDER BY b.start_date, b.created_at`,
      [expertId, year],
    );
    return rows.map((r) => ({
      batchId: r.batch_id,
      teamId: r.team_id,
      teamName: r.team_name,
      leadExpertId: r.lead_expert_id,
      startDate: r.start_date,
      endDate: r.end_date,
      days: r.days,
      regionCode: r.region_code,
      regionName: r.region_name ?? r.region_code,
      activities: r.activities,
    }));
  }

  /** Batch periods of many experts in a year, for the working days they served. */
  async periodsOfExperts(
    expertIds: readonly string[],
    year: number,
  ): Promise<Map<string, { startDate: string; endDate: string; days: number }[]>> {
    const out = new Map<string, { startDate: string; endDate: string; days: number }[]>();
    if (!expertIds.length) return out;
    const rows: { expert_id: string; start_date: string; end_date: string; days: number }[] =
      await this.db.query(
        `SELECT be.expert_id, b.start_date::text, b.end_date::text, b.days
       FROM service_batch_experts be
       JOIN service_batches b ON b.id = be.batch_id AND b.superseded_at IS NULL
       WHERE be.expert_id = ANY($1::uuid[]) AND b.start_date <= make_date($2, 12, 31) AND b.end_date >= make_date($2, 1, 1)`,
        [[...new Set(expertIds)], year],
      );
    for (const r of rows)
      out.set(r.expert_id, [
        ...(out.get(r.expert_id) ?? []),
        { startDate: r.start_date, endDate: r.end_date, days: r.days },
      ]);
    return out;
  }

  // ---- Photos ----

  async insertPhoto(m: EntityManager, row: Partial<ServicePhotoEntity>): Promise<ServicePhotoEntity> {
    const repo = m.getRepository(ServicePhotoEntity);
    return repo.save(repo.create(row));
  }

  findPhoto(id: string): Promise<ServicePhotoEntity | null> {
    return this.db.getRepository(ServicePhotoEntity).findOneBy({ id });
  }

  photosById(m: EntityManager, ids: readonly string[]): Promise<ServicePhotoEntity[]> {
    return ids.length
      ? m.getRepository(ServicePhotoEntity).findBy({ id: In([...ids]) })
      : Promise.resolve([]);
  }

  /** Which of these storage keys a photo row names (the rest are files nobody kept). */
  async existingPhotoKeys(keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows: { storage_key: string }[] = await this.db.query(
      `SELECT storage_key FROM service_photos WHERE storage_key = ANY($1)`,
      [keys],
    );
    return new Set(rows.map((r) => r.storage_key));
  }

  async attachPhotos(m: EntityManager, ids: readonly string[], batchKey: string): Promise<void> {
    if (ids.length) await m.getRepository(ServicePhotoEntity).update({ id: In([...ids]) }, { batchKey });
  }

  async photosOf(batchKeys: readonly string[]): Promise<Map<string, ServicePhotoEntity[]>> {
    const out = new Map<string, ServicePhotoEntity[]>();
    if (!batchKeys.length) return out;
    const rows = await this.db
      .getRepository(ServicePhotoEntity)
      .find({ where: { batchKey: In([...batchKeys]) }, order: { createdAt: 'ASC' } });
    for (const r of rows) out.set(r.batchKey!, [...(out.get(r.batchKey!) ?? []), r]);
    return out;
  }

  // ---- Evaluations ----

  findEvaluation(demandId: string, m: EntityManager = this.db.manager): Promise<EvaluationEntity | null> {
    return m.getRepository(EvaluationEntity).findOneBy({ demandId });
  }

  async insertEvaluation(m: EntityManager, row: Partial<EvaluationEntity>): Promise<EvaluationEntity> {
    const repo = m.getRepository(EvaluationEntity);
    return repo.save(repo.create(row));
  }

  async insertFollowUps(m: EntityManager, rows: Partial<FollowUpEntity>[]): Promise<void> {
    await m.createQueryBuilder().insert().into(FollowUpEntity).values(rows).orIgnore().execute();
  }

  followUpsOf(demandId: string): Promise<FollowUpEntity[]> {
    return this.db.getRepository(FollowUpEntity).find({ where: { demandId }, order: { afterDays: 'ASC' } });
  }

  followUpForUpdate(m: EntityManager, id: string): Promise<FollowUpEntity | null> {
    return m
      .getRepository(FollowUpEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id = :id', { id })
      .getOne();
  }

  async answerFollowUp(m: EntityManager, id: string, changes: Partial<FollowUpEntity>): Promise<void> {
    await m.getRepository(FollowUpEntity).update({ id }, changes);
  }

  /**
   * Per expert, the score inputs of each evaluated demand they served as a confirmed member of a team of it:
   * the four scores and the answered follow-ups.
   */
  async evaluationsOfExperts(expertIds: readonly string[]): Promise<
    {
      expertId: string;
      demandId: string;
      expertise: number;
      problemSolving: number;
      attitude: number;
      timeliness: number;
      followUps: ProblemSolved[];
    }[]
  > {
    if (!expertIds.length) return [];
    const rows: {
      expert_id: string;
      demand_id: string;
      expertise: number;
      problem_solving: number;
      attitude: number;
      timeliness: number;
      follow_ups: ProblemSolved[] | null;
    }[] = await this.db.query(
      `SELECT DISTINCT a.expert_id, e.demand_id, e.expertise, e.problem_solving, e.attitude, e.timeliness,
              (SELECT array_agg(f.still_solved ORDER BY f.after_days) FROM evaluation_follow_ups f
                WHERE f.demand_id = e.demand_id AND f.still_solved IS NOT NULL) AS follow_ups
       FROM assignments a
       JOIN team_demands td ON td.team_id = a.team_id
       JOIN evaluations e ON e.demand_id = td.demand_id
       WHERE a.expert_id = ANY($1::uuid[]) AND a.status = 'CONFIRMED'`,
      [[...new Set(expertIds)]],
    );
    return rows.map((r) => ({
      expertId: r.expert_id,
      demandId: r.demand_id,
      expertise: r.expertise,
      problemSolving: r.problem_solving,
      attitude: r.attitude,
      timeliness: r.timeliness,
      followUps: r.follow_ups ?? [],
    }));
  }

  // ---- Funding ----

  findFunding(teamId: string, m: EntityManager = this.db.manager): Promise<TeamFundingEntity | null> {
    return m.getRepository(TeamFundingEntity).findOneBy({ teamId });
  }

  async saveFunding(m: EntityManager, row: Partial<TeamFundingEntity> & { teamId: string }): Promise<void> {
    await m.getRepository(TeamFundingEntity).upsert(row, ['teamId']);
  }

  expenses(teamId: string, m: EntityManager = this.db.manager): Promise<TeamExpenseEntity[]> {
    return m
      .getRepository(TeamExpenseEntity)
      .find({ where: { teamId }, order: { spentOn: 'ASC', createdAt: 'ASC' } });
  }

  async spent(teamId: string, m: EntityManager = this.db.manager): Promise<number> {
    const [row] = await m.query(
      `SELECT COALESCE(sum(amount), 0)::bigint AS spent FROM team_expenses WHERE team_id = $1`,
      [teamId],
    );
    return Number(row.spent);
  }

  async insertExpense(m: EntityManager, row: Partial<TeamExpenseEntity>): Promise<TeamExpenseEntity> {
    const repo = m.getRepository(TeamExpenseEntity);
    return repo.save(repo.create(row));
  }

  findExpense(m: EntityManager, id: string): Promise<TeamExpenseEntity | null> {
    return m.getRepository(TeamExpenseEntity).findOneBy({ id });
  }

  async deleteExpense(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(TeamExpenseEntity).delete({ id });
  }

  // ---- Certificates ----

  async insertCertificate(row: Partial<ServiceCertificateEntity>): Promise<ServiceCertificateEntity> {
    const repo = this.db.getRepository(ServiceCertificateEntity);
    return repo.save(repo.create(row));
  }

  certificateByCode(code: string): Promise<ServiceCertificateEntity | null> {
    return this.db.getRepository(ServiceCertificateEntity).findOneBy({ code });
  }

  certificatesOf(expertId: string, year: number): Promise<ServiceCertificateEntity[]> {
    return this.db
      .getRepository(ServiceCertificateEntity)
      .find({ where: { expertId, year }, order: { issuedAt: 'DESC' } });
  }
}
