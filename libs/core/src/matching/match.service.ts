// 省厅派单 starts here: which experts fit a demand, and why (the pipeline is match-pipeline.ts, the features of one
// expert for one demand match-features.ts). The use cases: the candidates of a demand (with the top matches held
// back by a booking, 回避 or the annual cap, greyed, when the dispatcher asks), why one expert is (not) proposed, a
// suggested team, and the open demands recommended to an expert.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  DEMAND_STATUS_LABELS,
  TITLE_LEVEL_RANK,
  compareMatches,
  heuristicTermWeight,
  isUuid,
  planTeam,
  type Actor,
  type DemandStatus,
} from '@app/domain';
import { canManageRegion, regionPrefixes } from '../access/access-scope.js';
import { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { ExpertService } from '../experts/expert.service.js';
import { LexiconService } from '../lexicon/lexicon.service.js';
import { assessPair, periodOf, termsOf } from './match-features.js';
import { MatchPipeline, matchKey } from './match-pipeline.js';
import { MatchRepository } from './match.repository.js';
import type {
  DemandMatch,
  ExpertMatch,
  ExpertMatchExplanation,
  MatchEvaluation,
  MatchOptions,
  TeamSuggestion,
} from './match.types.js';

// Where dispatch has always imported it from.
export type { ExpertMatch } from './match.types.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
const MAX_RECOMMENDED = 50;
/** Open demands looked at when recommending to an expert. */
const OPEN_DEMANDS_SCANNED = 300;
/** States in which a demand is matched: vetted or being vetted, and dispatched (filling a declined place). */
const MATCHABLE: readonly DemandStatus[] = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_SERVICE'];

@Injectable()
export class MatchService {
  constructor(
    private readonly pipeline: MatchPipeline,
    private readonly repo: MatchRepository,
    private readonly experts: ExpertRepository,
    private readonly expertService: ExpertService,
    private readonly demands: DemandRepository,
    private readonly lexicon: LexiconService,
  ) {}

  // ---- Access ---------------------------------------------------------------------------------------------

  /** The demand, if the actor may match experts for it: PROVINCE or LOCAL whose scope covers its region (ADMIN too). */
  async demandForMatching(actor: Actor, demandId: string): Promise<DemandEntity> {
    if (actor.role !== 'PROVINCE' && actor.role !== 'LOCAL' && actor.role !== 'ADMIN') {
      throw AppError.forbidden('只有省厅和属地人社局可以为需求匹配专家', 'ROLE_NOT_ALLOWED');
    }
    const demand = isUuid(demandId) ? await this.demands.find(demandId) : null;
    if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    if (!canManageRegion(actor, demand.regionCode))
      throw AppError.forbidden('该需求不在您的管辖范围内', 'DEMAND_OUT_OF_SCOPE');
    if (!MATCHABLE.includes(demand.status)) {
      throw AppError.conflict(
        `该需求当前为“${DEMAND_STATUS_LABELS[demand.status]}”，不能匹配专家`,
        'DEMAND_NOT_MATCHABLE',
      );
    }
    return demand;
  }

  // ---- Use cases ------------------------------------------------------------------------------------------

  /**
   * The best experts for a demand, best first: `limit` passing every hard rule, and with `includeUnavailable` the
   * better-ranked ones held back only by a booking, 回避 or the annual cap (at most `limit` of them), not available,
   * with why and from when. Also used by dispatch to fill a declined place (`excludeExpertIds`: the team's own experts).
   */
  async matchExperts(actor: Actor, demandId: string, options: MatchOptions = {}): Promise<ExpertMatch[]> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      throw AppError.badInput(`匹配数量应在 1 到 ${MAX_LIMIT} 之间`);
    const demand = await this.demandForMatching(actor, demandId);
    const exclude = [...new Set(options.excludeExpertIds ?? [])];
    const evaluations = await this.pipeline.evaluate(actor, demand, { exclude });
    const out: ExpertMatch[] = [];
    let available = 0;
    let held = 0;
    for (const e of evaluations) {
      if (available >= limit) break;
      if (e.availability.available) {
        available++;
        out.push(this.toMatch(actor, e, e.warnings));
      } else if (options.includeUnavailable && e.availability.listed && held < limit) {
        held++;
        out.push(this.toMatch(actor, e, e.hardConflicts));
      }
    }
    return out;
  }

  /** Why an expert is (not) proposed for a demand: the hard rules broken, the score with its reasons, the rank. */
  async explainExclusion(actor: Actor, demandId: string, expertId: string): Promise<ExpertMatchExplanation> {
    const demand = await this.demandForMatching(actor, demandId);
    await this.expertService.get(actor, expertId); // existence and the actor's right to read the expert
    const evaluations = await this.pipeline.evaluate(actor, demand, { include: [expertId] });
    const target = evaluations.find((e) => e.row.expert.id === expertId);
    if (!target) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
    const eligible = target.hardConflicts.length === 0;
    const rank = eligible
      ? evaluations.filter((e) => e.hardConflicts.length === 0).indexOf(target) + 1
      : null;
    return {
      eligible,
      conflicts: target.hardConflicts,
      match: this.toMatch(actor, target, eligible ? target.warnings : target.hardConflicts),
      rank,
    };
  }

  /**
   * A team for the demand: `expertsWanted` experts passing every hard rule (a booked or 回避 expert is never
   * picked), the lead of the highest standing among the most relevant, members covering every field of the demand
   * and its distinct sub-problems. A field is named uncovered only when no eligible expert of the library serves
   * it; a field the library can serve but no relevant expert does stays out of the team, and the dispatcher sees it
   * as not yet covered by this team.
   */
  async suggestTeam(actor: Actor, demandId: string): Promise<TeamSuggestion> {
    const demand = await this.demandForMatching(actor, demandId);
    let eligible = (await this.pipeline.evaluate(actor, demand)).filter((e) => e.availability.available);
    const fields = [...new Set(demand.fields)];
    const seen = new Set(eligible.map((e) => e.row.expert.id));
    const add = (more: MatchEvaluation[]) => {
      for (const e of more) {
        if (!e.availability.available || seen.has(e.row.expert.id)) continue;
        seen.add(e.row.expert.id);
        eligible.push(e);
      }
    };
    const missing = () => fields.filter((f) => !eligible.some((e) => e.row.expert.fields.includes(f)));
    // The recall ranks the words over all fields together: look again within each field nobody covers yet.
    for (const f of missing())
      add(await this.pipeline.evaluate(actor, demand, { fields: [f], exclude: [...seen] }));
    // Still nobody: ask the database whether any expert of that field may serve at all (not only the words' best).
    for (const f of missing()) {
      const ids = await this.repo.eligibleInField(f, {
        minTitleRank: demand.minTitleLevel ? TITLE_LEVEL_RANK[demand.minTitleLevel] : 0,
        period: periodOf(demand),
        regionPrefixes: actor.role === 'LOCAL' ? regionPrefixes(actor) : null,
        exclude: [...seen],
      });
      if (ids.length) add(await this.pipeline.evaluate(actor, demand, { include: ids, only: true }));
    }
    eligible = eligible.sort((a, b) => compareMatches(matchKey(a), matchKey(b)));
    const plan = planTeam(
      fields,
      demand.expertsWanted,
      eligible.map((e) => ({
        id: e.row.expert.id,
        fields: e.row.expert.fields,
        standing: e.standing,
        score: e.score,
        relevance: e.specialty,
        tier: e.tier,
        problems: e.problems,
      })),
    );
    const byId = new Map(eligible.map((e) => [e.row.expert.id, e]));
    const view = (id: string) => this.toMatch(actor, byId.get(id)!, byId.get(id)!.warnings);
    const servable = new Set(eligible.flatMap((e) => e.row.expert.fields));
    return {
      lead: plan.leadId ? view(plan.leadId) : null,
      members: plan.memberIds.map(view),
      uncoveredFields: fields.filter((f) => !servable.has(f)),
      teamUncoveredFields: plan.uncoveredFields,
    };
  }

  /**
   * Open demands (ACCEPTED, 揭榜) for the signed-in expert, best first: the same assessment in reverse, without the
   * engine (each word weighs by how specific it is), and only demands whose hard rules the expert passes.
   */
  async recommendedDemands(actor: Actor, first = DEFAULT_LIMIT): Promise<DemandMatch[]> {
    if (actor.role !== 'EXPERT') throw AppError.forbidden('只有专家账号可以查看推荐需求', 'ROLE_NOT_ALLOWED');
    if (!Number.isInteger(first) || first < 1 || first > MAX_RECOMMENDED)
      throw AppError.badInput(`推荐数量应在 1 到 ${MAX_RECOMMENDED} 之间`);
    const [row] = actor.expertId ? await this.experts.withEmployers([actor.expertId]) : [];
    if (!row || row.expert.status !== 'ACTIVE') return [];
    const e = row.expert;
    const open = await this.repo.openDemands(e.fields, OPEN_DEMANDS_SCANNED);
    if (!open.length) return [];
    const [assignments, volunteered, partnerships, units, ratings] = await Promise.all([
      this.repo.liveAssignmentsOf(e.id),
      this.repo.volunteeredDemandIds(
        e.id,
        open.map((d) => d.id),
      ),
      this.repo.partnerships(),
      this.repo.organizationNames(open.map((d) => d.organizationId)),
      this.repo.ratings([e.id]),
    ]);
    const currentYear = this.pipeline.currentYear();
    const vocabulary = await this.lexicon.vocabulary();
    const out: DemandMatch[] = [];
    for (const d of open) {
      const period = periodOf(d);
      const a = assessPair({
        row,
        demand: d,
        unitName: units.get(d.organizationId) ?? null,
        partnerships,
        assignments,
        period,
        year: period ? Number(period.startDate.slice(0, 4)) : currentYear,
        currentYear,
        terms: termsOf(d, vocabulary).map((t) => ({
          term: t.term,
          weight: heuristicTermWeight(t, vocabulary),
        })),
        vocabulary,
        text: null,
        affinity: false,
        rating: ratings.get(e.id) ?? null,
        volunteered: volunteered.has(d.id),
        declinedBefore: false,
      });
      if (a.hardConflicts.length) continue;
      out.push({ demand: d, score: a.score, reasons: a.reasons, conflicts: a.warnings });
    }
    return out
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.demand.createdAt.getTime() - a.demand.createdAt.getTime() ||
          (a.demand.id < b.demand.id ? -1 : 1),
      )
      .slice(0, first);
  }

  /**
   * Specific experts evaluated for a demand (volunteers, an expert who wants to volunteer), with the library's
   * word weights when `recall` is on; in the order given.
   */
  async evaluateExperts(
    actor: Actor,
    demand: DemandEntity,
    expertIds: readonly string[],
    recall = true,
  ): Promise<MatchEvaluation[]> {
    if (!expertIds.length) return [];
    const evaluations = await this.pipeline.evaluate(actor, demand, {
      include: expertIds,
      only: true,
      recall,
    });
    const byId = new Map(evaluations.map((e) => [e.row.expert.id, e]));
    return expertIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  toMatch(actor: Actor, e: MatchEvaluation, conflicts: string[]): ExpertMatch {
    return {
      expert: { ...e.row, contactVisible: this.expertService.contactVisibleTo(actor, e.row.expert) },
      score: e.score,
      reasons: e.reasons,
      conflicts,
      available: e.availability.available,
      unavailableReason: e.availability.reason,
      unavailableCodes: e.availability.codes,
      freeFrom: e.availability.freeFrom,
    };
  }
}
