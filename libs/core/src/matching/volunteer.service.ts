// 揭榜: an expert volunteers for a demand that is open to volunteers (ACCEPTED, openToVolunteers), once, and only
// when the expert passes the demand's hard rules; the dispatchers and the bureau hear of it. Dispatchers see a
// demand's volunteers ranked by the matching's score, those who no longer pass the hard rules last, with why.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  DEMAND_STATUS_LABELS,
  compareMatches,
  isUuid,
  volunteerAppliedNotice,
  type Actor,
} from '@app/domain';
import { UnitOfWork, writeAudit } from '@app/platform';
import type { VolunteerEntity } from '../dispatch/dispatch.entities.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { ExpertService, type ExpertView } from '../experts/expert.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { MatchRepository } from './match.repository.js';
import { MatchService } from './match.service.js';
import type { ExpertMatch } from './match.types.js';

export interface VolunteerView {
  volunteer: VolunteerEntity;
  expert: ExpertView;
}

export interface VolunteerMatch extends VolunteerView {
  /** The volunteer scored for the demand; `conflicts` are the hard rules broken when not eligible. */
  match: ExpertMatch;
  eligible: boolean;
}

const MAX_MESSAGE = 500;

@Injectable()
export class VolunteerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: MatchRepository,
    private readonly demands: DemandRepository,
    private readonly experts: ExpertService,
    private readonly matching: MatchService,
    private readonly notifications: NotificationService,
  ) {}

  /** 揭榜 by the signed-in expert. */
  async volunteer(actor: Actor, demandId: string, message?: string | null): Promise<VolunteerView> {
    if (actor.role !== 'EXPERT' || !actor.expertId)
      throw AppError.forbidden('只有专家账号可以揭榜', 'ROLE_NOT_ALLOWED');
    const text = message?.trim() || null;
    if (text && [...text].length > MAX_MESSAGE)
      throw AppError.badInput(`留言不能超过 ${MAX_MESSAGE} 个字`, {
        message: `留言不能超过 ${MAX_MESSAGE} 个字`,
      });
    const demand = isUuid(demandId) ? await this.demands.find(demandId) : null;
    if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    if (!demand.openToVolunteers)
      throw AppError.conflict('该需求未开放揭榜，请等待省厅派单', 'DEMAND_NOT_OPEN');
    if (demand.status !== 'ACCEPTED') {
      throw AppError.conflict(
        `该需求当前为“${DEMAND_STATUS_LABELS[demand.status]}”，不接受揭榜`,
        'DEMAND_NOT_OPEN',
      );
    }
    const [check] = await this.matching.evaluateExperts(actor, demand, [actor.expertId], false);
    if (!check) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
    if (check.hardConflicts.length) {
      throw AppError.conflict(
        `您暂不符合该需求的揭榜条件：${check.hardConflicts.join('；')}`,
        'VOLUNTEER_NOT_ELIGIBLE',
      );
    }
    const expert = check.row;

    // The notices are outbox rows of the same transaction: the unit of work hands them to the queue after the commit.
    const volunteer = await this.uow.run(async (m) => {
      const existing = await this.repo.findVolunteer(m, demand.id, expert.expert.id);
      if (existing && !existing.withdrawnAt)
        throw AppError.conflict('您已揭榜该需求，请勿重复提交', 'VOLUNTEER_DUPLICATE');
      const volunteer = existing
        ? await this.repo.reviveVolunteer(m, existing.id, text)
        : await this.repo.insertVolunteer(m, {
            demandId: demand.id,
            expertId: expert.expert.id,
            message: text,
          });
      if (!volunteer) throw AppError.conflict('您已揭榜该需求，请勿重复提交', 'VOLUNTEER_DUPLICATE');
      await writeAudit(m, actor, {
        action: 'demand.volunteer',
        entityType: 'demand',
        entityId: demand.id,
        after: { volunteerId: volunteer.id, expertId: expert.expert.id, message: text },
      });
      const recipients = [
        ...new Set([
          ...(await this.repo.dispatchersFor(m, demand.regionCode)),
          ...(await this.repo.nearestBureaus(m, demand.regionCode)),
        ]),
      ];
      await this.notifications.notifyAll(
        m,
        recipients,
        volunteerAppliedNotice(
          demand,
          { name: expert.expert.name, title: expert.expert.title, employer: expert.employerName },
          text,
        ),
        {
          link: `/demands/${demand.id}`,
          subject: { type: 'DEMAND', id: demand.id },
          dedupeKey: `volunteer:${volunteer.id}:${volunteer.createdAt.toISOString()}`,
        },
      );
      return volunteer;
    });
    return {
      volunteer,
      expert: { ...expert, contactVisible: this.experts.contactVisibleTo(actor, expert.expert) },
    };
  }

  /**
   * A demand's volunteers for its dispatchers (PROVINCE, LOCAL of the region), ranked: eligible ones by score,
   * then those who no longer pass the hard rules (booked since, for instance), with the rules they break.
   */
  /**
   * The volunteers of demands the reader has already listed: one statement finds which have any, and only those
   * are evaluated (as `demandVolunteers`).
   */
  async volunteersOfListed(
    actor: Actor,
    demandIds: readonly string[],
  ): Promise<Map<string, VolunteerMatch[]>> {
    const out = new Map<string, VolunteerMatch[]>(demandIds.map((id) => [id, []]));
    if (actor.role !== 'PROVINCE' && actor.role !== 'LOCAL' && actor.role !== 'ADMIN') return out;
    const withVolunteers = await this.repo.demandsWithVolunteers(demandIds.filter(isUuid));
    for (const id of withVolunteers) out.set(id, await this.demandVolunteers(actor, id));
    return out;
  }

  async demandVolunteers(actor: Actor, demandId: string): Promise<VolunteerMatch[]> {
    if (actor.role !== 'PROVINCE' && actor.role !== 'LOCAL' && actor.role !== 'ADMIN') {
      throw AppError.forbidden('只有省厅和属地人社局可以查看揭榜专家', 'ROLE_NOT_ALLOWED');
    }
    const demand = isUuid(demandId) ? await this.demands.find(demandId) : null;
    if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    await this.matching.demandForMatching(actor, demand.id).catch((err: AppError) => {
      // Volunteers of a demand in any state are readable; only scope and role refuse.
      if (err.reason !== 'DEMAND_NOT_MATCHABLE') throw err;
    });
    const volunteers = await this.repo.volunteersOf(demand.id);
    if (!volunteers.length) return [];
    const evaluations = await this.matching.evaluateExperts(
      actor,
      demand,
      volunteers.map((v) => v.expertId),
    );
    const byExpert = new Map(evaluations.map((e) => [e.row.expert.id, e]));
    const out: VolunteerMatch[] = [];
    for (const volunteer of volunteers) {
      const e = byExpert.get(volunteer.expertId);
      if (!e) continue;
      const eligible = e.hardConflicts.length === 0;
      // A volunteer's offer to this region makes the expert visible to its bureau (contacts stay masked).
      const match = this.matching.toMatch(actor, e, eligible ? e.warnings : e.hardConflicts);
      out.push({ volunteer, expert: match.expert, match, eligible });
    }
    return out.sort(
      (a, b) =>
        Number(b.eligible) - Number(a.eligible) ||
        compareMatches(
          { id: a.expert.expert.id, score: a.match.score },
          { id: b.expert.expert.id, score: b.match.score },
        ),
    );
  }
}
