// The queries of 省厅派单: teams, their demands, the experts' assignments and who clashes with whom. No rules here.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AssignmentStatus } from '@app/domain';
import { DemandEntity } from '../demands/demand.entity.js';
import { AssignmentEntity, TeamDemandEntity, TeamEntity } from './dispatch.entities.js';
import { regionScopeSql } from '../access/region-scope-sql.js';

/** Which teams a reader may see, as SQL over the alias `t`. */
export type TeamScope =
  | { kind: 'ALL' }
  | { kind: 'REGIONS'; prefixes: string[] }
  | { kind: 'ORGANIZATION'; organizationId: string }
  | { kind: 'EXPERT'; expertId: string };

export interface BookingClash {
  expertId: string;
  expertName: string;
  teamId: string;
  teamName: string;
  period: string;
}

function scopeSql(scope: TeamScope, params: unknown[]): string {
  switch (scope.kind) {
    case 'ALL':
      return 'TRUE';
    case 'REGIONS':
      // A team formed for demands of the regions, or one the programme year listed for a host unit there. An
      // indexable scope (region-scope-sql.ts): a province's teams are found from its demands, not the country's.
      return `(EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                      WHERE td.team_id = t.id AND ${regionScopeSql('d.region_code', scope.prefixes)})
               OR EXISTS (SELECT 1 FROM programme_applications pa
                          WHERE pa.team_id = t.id AND ${regionScopeSql('pa.region_code', scope.prefixes)}))`;
    case 'ORGANIZATION':
      params.push(scope.organizationId);
      return `(EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                      WHERE td.team_id = t.id AND d.organization_id = $${params.length}::uuid)
               OR EXISTS (SELECT 1 FROM programme_applications pa
                          WHERE pa.team_id = t.id AND pa.applicant_organization_id = $${params.length}::uuid))`;
    case 'EXPERT':
      params.push(scope.expertId);
      return `EXISTS (SELECT 1 FROM assignments a WHERE a.team_id = t.id AND a.expert_id = $${params.length}::uuid)`;
  }
}

/** Advisory-lock class of "booking an expert" (the second key is the hash of the expert id). */
const EXPERT_BOOKING_LOCK = 7301;

@Injectable()
export class TeamRepository {
  constructor(private readonly db: DataSource) {}

  find(id: string, manager: EntityManager = this.db.manager): Promise<TeamEntity | null> {
    return manager.getRepository(TeamEntity).findOneBy({ id });
  }

  byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<TeamEntity[]> {
    return ids.length ? manager.getRepository(TeamEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks the team row: answers, replacements and withdrawals of one team run one after another. */
  lockTeam(manager: EntityManager, id: string): Promise<TeamEntity | null> {
    return manager
      .getRepository(TeamEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .getOne();
  }

  async insertTeam(manager: EntityManager, row: Partial<TeamEntity>): Promise<TeamEntity> {
    const repo = manager.getRepository(TeamEntity);
    return repo.save(repo.create(row));
  }

  async updateTeam(manager: EntityManager, id: string, changes: Partial<TeamEntity>): Promise<void> {
    await manager.getRepository(TeamEntity).update({ id }, changes);
  }

  async linkDemands(manager: EntityManager, teamId: string, demandIds: readonly string[]): Promise<void> {
    await manager.getRepository(TeamDemandEntity).insert(demandIds.map((demandId) => ({ teamId, demandId })));
  }

  /**
   * Queues this transaction behind any other booking the same experts (advisory locks, taken in key order until
   * commit). The exclusion constraint alone is the guarantee, but two transactions inserting clashing rows at
   * once each wait for the other's row and PostgreSQL breaks the tie as a deadlock; queued, the second one sees
   * the first one's committed row and gets a clean exclusion violation.
   */
  async lockExperts(manager: EntityManager, expertIds: readonly string[]): Promise<void> {
    const keys: { k: number }[] = await manager.query(
      `SELECT DISTINCT hashtext(id) AS k FROM unnest($1::text[]) AS id ORDER BY k`,
      [[...expertIds]],
    );
    for (const { k } of keys)
      await manager.query(`SELECT pg_advisory_xact_lock($1::int, $2::int)`, [EXPERT_BOOKING_LOCK, k]);
  }

  /** Inserts the assignments; returns them in the order given. */
  async insertAssignments(
    manager: EntityManager,
    rows: Partial<AssignmentEntity>[],
  ): Promise<AssignmentEntity[]> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AssignmentEntity)
      .values(rows)
      .returning(['id'])
      .execute();
    const ids = (result.raw as { id: string }[]).map((r) => r.id);
    const saved = await manager.getRepository(AssignmentEntity).findBy({ id: In(ids) });
    const byId = new Map(saved.map((a) => [a.id, a]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  findAssignment(id: string, manager: EntityManager = this.db.manager): Promise<AssignmentEntity | null> {
    return manager.getRepository(AssignmentEntity).findOneBy({ id });
  }

  findAssignmentForUpdate(manager: EntityManager, id: string): Promise<AssignmentEntity | null> {
    return manager
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
  }

  async updateAssignment(
    manager: EntityManager,
    id: string,
    changes: Partial<AssignmentEntity>,
  ): Promise<void> {
    await manager.getRepository(AssignmentEntity).update({ id }, changes);
  }

  /** A team's assignments: the lead first, then in the order they were made. */
  assignmentsOf(teamId: string, manager: EntityManager = this.db.manager): Promise<AssignmentEntity[]> {
    return manager
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .where('a.team_id = :teamId', { teamId })
      .orderBy(`CASE WHEN a.role = 'LEAD' THEN 0 ELSE 1 END`)
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  async demandIdsOf(teamId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { demand_id: string }[] = await manager.query(
      `SELECT demand_id FROM team_demands WHERE team_id = $1 ORDER BY demand_id`,
      [teamId],
    );
    return rows.map((r) => r.demand_id);
  }

  /** The team's demands, in code order. */
  demandsOf(teamId: string, manager: EntityManager = this.db.manager): Promise<DemandEntity[]> {
    return manager
      .getRepository(DemandEntity)
      .createQueryBuilder('d')
      .where('d.id IN (SELECT demand_id FROM team_demands WHERE team_id = :teamId)', { teamId })
      .orderBy('d.code', 'ASC')
      .getMany();
  }

  /** Does the team serve a demand in one of these statuses? */
  async servesDemandIn(teamId: string, statuses: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
       WHERE td.team_id = $1 AND d.status = ANY($2::text[]) LIMIT 1`,
      [teamId, statuses],
    );
    return rows.length > 0;
  }

  /** Is the team inside the scope? */
  async inScope(teamId: string, scope: TeamScope): Promise<boolean> {
    const params: unknown[] = [teamId];
    const where = scopeSql(scope, params);
    const rows = await this.db.query(`SELECT 1 FROM teams t WHERE t.id = $1 AND ${where}`, params);
    return rows.length > 0;
  }

  /** Teams in the scope, newest first, optionally only those serving one demand. */
  async list(scope: TeamScope, demandId: string | null, first: number): Promise<TeamEntity[]> {
    const params: unknown[] = [];
    let where = scopeSql(scope, params);
    if (demandId) {
      params.push(demandId);
      where += ` AND EXISTS (SELECT 1 FROM team_demands x WHERE x.team_id = t.id AND x.demand_id = $${params.length}::uuid)`;
    }
    params.push(first);
    const rows: { id: string }[] = await this.db.query(
      `SELECT t.id FROM teams t WHERE ${where} ORDER BY t.created_at DESC, t.id DESC LIMIT $${params.length}`,
      params,
    );
    const teams = await this.byIds(rows.map((r) => r.id));
    const byId = new Map(teams.map((t) => [t.id, t]));
    return rows.flatMap((r) => byId.get(r.id) ?? []);
  }

  /** The teams in scope serving each of these demands, newest first, at most `first` per demand. */
  async listForDemands(
    scope: TeamScope,
    demandIds: readonly string[],
    first: number,
  ): Promise<Map<string, TeamEntity[]>> {
    const out = new Map<string, TeamEntity[]>(demandIds.map((id) => [id, []]));
    if (demandIds.length === 0) return out;
    const params: unknown[] = [];
    const where = scopeSql(scope, params);
    params.push([...demandIds], first);
    const rows: { demand_id: string; id: string }[] = await this.db.query(
      `SELECT demand_id, id FROM (
         SELECT served.demand_id, t.id,
                row_number() OVER (PARTITION BY served.demand_id ORDER BY t.created_at DESC, t.id DESC) AS n
         FROM teams t JOIN team_demands served ON served.team_id = t.id
         WHERE ${where} AND served.demand_id = ANY($${params.length - 1}::uuid[])) ranked
       WHERE n <= $${params.length} ORDER BY demand_id, n`,
      params,
    );
    const teams = new Map((await this.byIds([...new Set(rows.map((r) => r.id))])).map((t) => [t.id, t]));
    for (const r of rows) {
      const team = teams.get(r.id);
      if (team) out.get(r.demand_id)?.push(team);
    }
    return out;
  }

  /** An expert's invitations, newest first. */
  invitationsOf(
    expertId: string,
    statuses: AssignmentStatus[] | null,
    first: number,
  ): Promise<AssignmentEntity[]> {
    const qb = this.db
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .where('a.expert_id = :expertId', { expertId });
    if (statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses });
    return qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(first).getMany();
  }

  /**
   * Live bookings (INVITED/CONFIRMED) of these experts overlapping `range`, outside `exceptTeamId`; the expert
   * named first in `expertIds` first.
   */
  async clashes(
    expertIds: readonly string[],
    range: string,
    exceptTeamId: string | null = null,
  ): Promise<BookingClash[]> {
    if (!expertIds.length) return [];
    const rows: {
      expert_id: string;
      expert_name: string;
      team_id: string;
      team_name: string;
      period: string;
    }[] = await this.db.query(
      `SELECT a.expert_id, e.name AS expert_name, a.team_id, t.name AS team_name, a.period::text AS period
         FROM assignments a JOIN experts e ON e.id = a.expert_id JOIN teams t ON t.id = a.team_id
        WHERE a.expert_id = ANY($1::uuid[]) AND a.status IN ('INVITED','CONFIRMED') AND a.period && $2::daterange
          AND ($3::uuid IS NULL OR a.team_id <> $3::uuid)
        ORDER BY array_position($1::uuid[], a.expert_id), a.created_at`,
      [expertIds, range, exceptTeamId],
    );
    return rows.map((r) => ({
      expertId: r.expert_id,
      expertName: r.expert_name,
      teamId: r.team_id,
      teamName: r.team_name,
      period: r.period,
    }));
  }

  /** Names of organisations by id. */
  async organizationNames(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
