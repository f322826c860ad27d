// Service teams as their readers see them: a dispatcher or bureau the teams of its regions, a unit the teams serving
// its demands, an expert the teams it is on. The changes are DispatchService, InvitationService and
// ReplacementService.
import { Injectable } from '@nestjs/common';
import { AppError, isUuid, rangeDates, type Actor, type AssignmentStatus } from '@app/domain';
import { Clock } from '@app/platform';
import { assertRole, regionPrefixes } from '../access/access-scope.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { DemandService } from '../demands/demand.service.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { ExpertService, type ExpertView } from '../experts/expert.service.js';
import type { AssignmentEntity, TeamEntity } from './dispatch.entities.js';
import { TeamRepository, type TeamScope } from './team.repository.js';

/** An assignment with the expert as the reader may see them. */
export interface AssignmentView {
  assignment: AssignmentEntity;
  expert: ExpertView;
}

const NO_ONE = '00000000-0000-0000-0000-000000000000';

@Injectable()
export class TeamService {
  constructor(
    private readonly teams: TeamRepository,
    private readonly demandService: DemandService,
    private readonly experts: ExpertRepository,
    private readonly expertService: ExpertService,
    private readonly clock: Clock,
  ) {}

  private scopeOf(actor: Actor): TeamScope {
    switch (actor.role) {
      case 'ADMIN':
        return { kind: 'ALL' };
      case 'PROVINCE':
      case 'LOCAL':
        return { kind: 'REGIONS', prefixes: regionPrefixes(actor) ?? [] };
      case 'UNIT':
        return { kind: 'ORGANIZATION', organizationId: actor.organizationId ?? NO_ONE };
      case 'EXPERT':
        return { kind: 'EXPERT', expertId: actor.expertId ?? NO_ONE };
    }
  }

  /** A team the actor may see: PROVINCE/LOCAL its regions, UNIT teams serving its demands, EXPERT teams it is on. */
  async get(actor: Actor, id: string): Promise<TeamEntity> {
    const team = isUuid(id) ? await this.teams.find(id) : null;
    if (!team) throw AppError.notFound('服务团', 'TEAM_NOT_FOUND');
    if (!(await this.teams.inScope(team.id, this.scopeOf(actor))))
      throw AppError.forbidden('您无权查看该服务团', 'TEAM_OUT_OF_SCOPE');
    return team;
  }

  async list(actor: Actor, demandId?: string | null, first = 20): Promise<TeamEntity[]> {
    if (!Number.isInteger(first) || first < 0 || first > 100)
      throw AppError.badInput('每页条数应在 0 到 100 之间');
    if (demandId && !isUuid(demandId)) throw AppError.badInput('需求编号格式不正确');
    return this.teams.list(this.scopeOf(actor), demandId ?? null, first);
  }

  /** The teams serving each of these demands (as `list` with a demand id), for a list of demands at once. */
  listForDemands(actor: Actor, demandIds: readonly string[], first = 20): Promise<Map<string, TeamEntity[]>> {
    return this.teams.listForDemands(this.scopeOf(actor), demandIds, first);
  }

  /** The signed-in expert's invitations, newest first. */
  async myInvitations(
    actor: Actor,
    statuses?: AssignmentStatus[] | null,
    first = 50,
  ): Promise<AssignmentEntity[]> {
    assertRole(actor, ['EXPERT'], '只有专家账号可以查看收到的邀请');
    if (!actor.expertId) return [];
    if (!Number.isInteger(first) || first < 0 || first > 200)
      throw AppError.badInput('条数应在 0 到 200 之间');
    return this.teams.invitationsOf(actor.expertId, statuses ?? null, first);
  }

  async assignments(actor: Actor, teamId: string): Promise<AssignmentView[]> {
    return this.viewsOf(actor, await this.teams.assignmentsOf(teamId));
  }

  /** Assignments with their experts as the reader may see them. */
  async viewsOf(actor: Actor, rows: AssignmentEntity[]): Promise<AssignmentView[]> {
    const views = await this.expertViews(
      actor,
      rows.map((a) => a.expertId),
    );
    return rows.flatMap((assignment) => {
      const expert = views.get(assignment.expertId);
      return expert ? [{ assignment, expert }] : [];
    });
  }

  async expertView(actor: Actor, expertId: string): Promise<ExpertView | null> {
    return (await this.expertViews(actor, [expertId])).get(expertId) ?? null;
  }

  private async expertViews(actor: Actor, ids: string[]): Promise<Map<string, ExpertView>> {
    const rows = await this.experts.withEmployers([...new Set(ids)]);
    return new Map(
      rows.map((r) => [
        r.expert.id,
        { ...r, contactVisible: this.expertService.contactVisibleTo(actor, r.expert) },
      ]),
    );
  }

  /** The team's demands that the reader may read (a LOCAL bureau sees those of its region). */
  async demandsOf(actor: Actor, teamId: string): Promise<DemandEntity[]> {
    const all = await this.teams.demandsOf(teamId);
    const readable = await Promise.all(all.map((d) => this.demandService.canRead(actor, d)));
    return all.filter((_, i) => readable[i]);
  }

  /** The booked dates of an assignment. */
  periodOf(a: AssignmentEntity): { startDate: string; endDate: string } {
    return rangeDates(a.period) ?? { startDate: '', endDate: '' };
  }

  isOverdue(a: AssignmentEntity): boolean {
    return a.status === 'INVITED' && a.dueAt !== null && a.dueAt.getTime() < this.clock.now().getTime();
  }
}
