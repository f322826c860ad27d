// 省厅派单 starts here: which experts fit a demand, and why. Two stages (DESIGN.md "Matching"):
//   recall — the search engine, once without words (the library the hard rules allow: fields, minimum title,
//            active) and once per key word of the demand (each with its domain synonyms), which also gives every
//            word's document frequency;
//   rerank — the features of every recalled expert, gathered for all of them at once (bookings, days served, the
//            demanding unit, partnerships, volunteers, ratings), scored by libs/domain's scoreMatch.
// Hard rules the engine cannot know (booked in the wanted period, same organisation as the demanding unit — 回避,
// annual cap reached) are checked in the database, and the engine's own filters are checked again against the
// rows, so an index that lags behind never lets a deactivated or re-titled expert through.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppError,
  DEMAND_STATUS_LABELS,
  FIELD_LABELS,
  MATCH_CONFIG,
  TITLE_LEVEL_RANK,
  chinaDate,
  compareMatches,
  daysInYear,
  demandTerms,
  hardRuleConflicts,
  heuristicTermWeight,
  markInformative,
  matchWarnings,
  periodsOverlap,
  planTeam,
  regionDistance,
  scoreMatch,
  settleTierScores,
  specialtyValue,
  standingOf,
  textAffinity,
  termCoverage,
  termWeight,
  type Actor,
  type DemandStatus,
  type DemandTerm,
  type Field,
  type MatchReason,
  type MatchTier,
  type Standing,
  type Vocabulary,
  type WeightedTerm,
  withLexiconExpressions,
} from '@app/domain';
import { Clock, type ExpertSearchEngine, type ExpertSearchFilter, type ExpertSearchResponse } from '@app/platform';
// The segmenter is the search engine's (jieba with the domain words); matching reads demands with the same words.
import { segmentWithOffsets } from '@app/platform';
import { canManageRegion, regionPrefixes } from '../access/access-scope.js';
import { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import type { ExpertWithEmployer } from '../experts/expert.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { ExpertService, type ExpertView } from '../experts/expert.service.js';
import { EXPERT_SEARCH_ENGINE } from '../experts/search-index.service.js';
import { LexiconService } from '../lexicon/lexicon.service.js';
import { MatchRepository, type DemandMatchContext, type LiveAssignment } from './match.repository.js';

/** An expert proposed for a demand: the score (0..1), why, and what a dispatcher should still know. */
export interface ExpertMatch {
  expert: ExpertView;
  score: number;
  reasons: MatchReason[];
  /**
   * For a proposed expert: warnings that do not exclude (close to the annual cap, declined this demand before).
   * In an explanation of an excluded expert: the hard rules broken.
   */
  conflicts: string[];
}

export interface ExpertMatchExplanation {
  eligible: boolean;
  /** The hard rules the expert breaks for this demand (empty when eligible). */
  conflicts: string[];
  /** How the expert scores for the demand, whether eligible or not. */
  match: ExpertMatch;
  /** Place among the eligible experts matchExperts would list (1 = first); null when not eligible. */
  rank: number | null;
}

export interface TeamSuggestion {
  lead: ExpertMatch | null;
  members: ExpertMatch[];
  /** Fields of the demand no eligible expert of the library serves (a team cannot cover them however it is made). */
  uncoveredFields: Field[];
  /** Fields of the demand the suggested team does not serve (includes `uncoveredFields`). */
  teamUncoveredFields: Field[];
}

export interface DemandMatch {
  demand: DemandEntity;
  score: number;
  reasons: MatchReason[];
  conflicts: string[];
}

export interface MatchOptions {
  limit?: number | null;
  /** Experts not to propose (a team's own experts when a place is filled again). */
  excludeExpertIds?: readonly string[] | null;
}

/** One expert evaluated for one demand. */
export interface MatchEvaluation {
  row: ExpertWithEmployer;
  score: number;
  relevance: number;
  /** Matched on the problem, only on generic words, or only on the field. */
  tier: MatchTier;
  /** How well the specialties answer the demand's words (coverage discounted by focus), 0..1: ranks a team's lead. */
  specialty: number;
  /** The demand's informative words the expert's specialties cover (its sub-problems). */
  problems: string[];
  reasons: MatchReason[];
  /** Hard rules broken; empty = eligible. */
  hardConflicts: string[];
  warnings: string[];
  standing: Standing;
}

interface Recall {
  /** Whether the engine was asked (text relevance measured). */
  measured: boolean;
  vocabulary: Vocabulary;
  terms: (DemandTerm & WeightedTerm)[];
  /** Recalled experts, best text first. */
  ids: string[];
  /** The engine's relevance per expert, combined over the demand's words (0..1). */
  text: Map<string, number>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Hits asked of the engine per word, and without words. The engine answers at most 100. */
const RECALL_PER_TERM = 100;
const RECALL_BROWSE = 100;
/** An engine score at which one word counts as fully matched (PostgreSQL's ts_rank_cd/(1+rank) for one hit in the specialties). */
const ENGINE_FULL_MATCH = 0.5;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
const MAX_RECOMMENDED = 50;
/** Open demands looked at when recommending to an expert. */
const OPEN_DEMANDS_SCANNED = 300;
/** States in which a demand is matched: vetted or being vetted, and dispatched (filling a declined place). */
const MATCHABLE: readonly DemandStatus[] = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_SERVICE'];

function isoDate(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const n = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
  return !!n(a) && n(a) === n(b);
}

@Injectable()
export class MatchService {
  private readonly repo: MatchRepository;

  constructor(
    db: DataSource,
    private readonly experts: ExpertRepository,
    private readonly expertService: ExpertService,
    private readonly demands: DemandRepository,
    private readonly clock: Clock,
    @Inject(EXPERT_SEARCH_ENGINE) private readonly engine: ExpertSearchEngine,
    private readonly lexicon: LexiconService,
  ) {
    this.repo = new MatchRepository(db);
  }

  // ---- Access ---------------------------------------------------------------------------------------------

  /** The demand, if the actor may match experts for it: PROVINCE or LOCAL whose scope covers its region (ADMIN too). */
  async demandForMatching(actor: Actor, demandId: string): Promise<DemandEntity> {
    if (actor.role !== 'PROVINCE' && actor.role !== 'LOCAL' && actor.role !== 'ADMIN') {
      throw AppError.forbidden('只有省厅和属地人社局可以为需求匹配专家', 'ROLE_NOT_ALLOWED');
    }
    const demand = UUID.test(demandId) ? await this.demands.find(demandId) : null;
    if (!demand) throw AppError.notFound('需求', 'DEMAND_NOT_FOUND');
    if (!canManageRegion(actor, demand.regionCode)) throw AppError.forbidden('该需求不在您的管辖范围内', 'DEMAND_OUT_OF_SCOPE');
    if (!MATCHABLE.includes(demand.status)) {
      throw AppError.conflict(`该需求当前为“${DEMAND_STATUS_LABELS[demand.status]}”，不能匹配专家`, 'DEMAND_NOT_MATCHABLE');
    }
    return demand;
  }

  // ---- Use cases ------------------------------------------------------------------------------------------

  /**
   * The best experts for a demand, best first, each passing every hard rule. Also used by dispatch to fill a
   * declined place (`excludeExpertIds`: the team's own experts).
   */
  async matchExperts(actor: Actor, demandId: string, options: MatchOptions = {}): Promise<ExpertMatch[]> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw AppError.badInput(`匹配数量应在 1 到 ${MAX_LIMIT} 之间`);
    const demand = await this.demandForMatching(actor, demandId);
    const exclude = [...new Set(options.excludeExpertIds ?? [])];
    const evaluations = await this.evaluate(actor, demand, { exclude });
    return evaluations
      .filter((e) => e.hardConflicts.length === 0)
      .slice(0, limit)
      .map((e) => this.toMatch(actor, e, e.warnings));
  }

  /** Why an expert is (not) proposed for a demand: the hard rules broken, the score with its reasons, the rank. */
  async explainExclusion(actor: Actor, demandId: string, expertId: string): Promise<ExpertMatchExplanation> {
    const demand = await this.demandForMatching(actor, demandId);
    await this.expertService.get(actor, expertId); // existence and the actor's right to read the expert
    const evaluations = await this.evaluate(actor, demand, { include: [expertId] });
    const target = evaluations.find((e) => e.row.expert.id === expertId);
    if (!target) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
    const eligible = target.hardConflicts.length === 0;
    const rank = eligible ? evaluations.filter((e) => e.hardConflicts.length === 0).indexOf(target) + 1 : null;
    return {
      eligible,
      conflicts: target.hardConflicts,
      match: this.toMatch(actor, target, eligible ? target.warnings : target.hardConflicts),
      rank,
    };
  }

  /**
   * A team for the demand: `expertsWanted` experts passing every hard rule, the lead of the highest standing among
   * the most relevant, members covering every field of the demand and its distinct sub-problems. A field is named
   * uncovered only when no eligible expert of the library serves it; a field the library can serve but no relevant
   * expert does stays out of the team, and the dispatcher sees it as not yet covered by this team.
   */
  async suggestTeam(actor: Actor, demandId: string): Promise<TeamSuggestion> {
    const demand = await this.demandForMatching(actor, demandId);
    let eligible = (await this.evaluate(actor, demand)).filter((e) => e.hardConflicts.length === 0);
    const fields = [...new Set(demand.fields)];
    const seen = new Set(eligible.map((e) => e.row.expert.id));
    const add = (more: MatchEvaluation[]) => {
      for (const e of more) {
        if (e.hardConflicts.length || seen.has(e.row.expert.id)) continue;
        seen.add(e.row.expert.id);
        eligible.push(e);
      }
    };
    const missing = () => fields.filter((f) => !eligible.some((e) => e.row.expert.fields.includes(f)));
    // The recall ranks the words over all fields together: look again within each field nobody covers yet.
    for (const f of missing()) add(await this.evaluate(actor, demand, { fields: [f], exclude: [...seen] }));
    // Still nobody: ask the database whether any expert of that field may serve at all (not only the words' best).
    for (const f of missing()) {
      const ids = await this.repo.eligibleInField(f, {
        minTitleRank: demand.minTitleLevel ? TITLE_LEVEL_RANK[demand.minTitleLevel] : 0,
        period: this.periodOf(demand),
        regionPrefixes: actor.role === 'LOCAL' ? regionPrefixes(actor) : null,
        exclude: [...seen],
      });
      if (ids.length) add(await this.evaluate(actor, demand, { include: ids, only: true }));
    }
    eligible = eligible.sort((a, b) => compareMatches(this.key(a), this.key(b)));
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
   * Open demands (ACCEPTED, 揭榜) for the signed-in expert, best first: the same scoring in reverse, without the
   * engine (each word weighs by how specific it is), and only demands whose hard rules the expert passes.
   */
  async recommendedDemands(actor: Actor, first = DEFAULT_LIMIT): Promise<DemandMatch[]> {
    if (actor.role !== 'EXPERT') throw AppError.forbidden('只有专家账号可以查看推荐需求', 'ROLE_NOT_ALLOWED');
    if (!Number.isInteger(first) || first < 1 || first > MAX_RECOMMENDED) throw AppError.badInput(`推荐数量应在 1 到 ${MAX_RECOMMENDED} 之间`);
    const [row] = actor.expertId ? await this.experts.withEmployers([actor.expertId]) : [];
    if (!row || row.expert.status !== 'ACTIVE') return [];
    const e = row.expert;
    const open = await this.repo.openDemands(e.fields, OPEN_DEMANDS_SCANNED);
    if (!open.length) return [];
    const [assignments, volunteered, partnerships, units, ratings] = await Promise.all([
      this.repo.liveAssignmentsOf(e.id),
      this.repo.volunteeredDemandIds(e.id, open.map((d) => d.id)),
      this.repo.partnerships(),
      this.repo.organizationNames(open.map((d) => d.organizationId)),
      this.repo.ratings([e.id]),
    ]);
    const currentYear = this.currentYear();
    const vocabulary = await this.lexicon.vocabulary();
    const out: DemandMatch[] = [];
    for (const d of open) {
      const period = this.periodOf(d);
      const year = period ? Number(period.startDate.slice(0, 4)) : currentYear;
      const bookings = period ? assignments.filter((a) => periodsOverlap(a, period)) : [];
      const daysServed = daysInYear(assignments.filter((a) => a.status === 'CONFIRMED'), year);
      const hard = hardRuleConflicts({
        active: true,
        demandFields: d.fields,
        expertFields: e.fields,
        minTitleLevel: d.minTitleLevel,
        titleLevel: e.titleLevel,
        sameOrganization: e.employerId === d.organizationId || sameName(row.employerName, units.get(d.organizationId)),
        bookings,
        daysServed,
        annualCapDays: e.annualCapDays,
        expectedDays: d.expectedDays,
        year,
        currentYear,
      });
      if (hard.length) continue;
      const terms = this.termsOf(d, vocabulary).map((t) => ({ term: t.term, weight: heuristicTermWeight(t, vocabulary) }));
      const cover = termCoverage(terms, e.specialties, this.secondaryText(e.title, e.fields), vocabulary);
      const scored = scoreMatch({
        specialty: specialtyValue(cover),
        matchedTerms: cover.matched,
        text: null,
        demandFields: d.fields,
        expertFields: e.fields,
        titleLevel: e.titleLevel,
        honours: e.honours,
        region: regionDistance(e.regionCode, d.regionCode, partnerships),
        demandRegion: d.regionCode,
        available: period ? true : null,
        daysServed,
        annualCapDays: e.annualCapDays,
        rating: ratings.get(e.id) ?? null,
        volunteered: volunteered.has(d.id),
      });
      out.push({ demand: d, score: scored.score, reasons: scored.reasons, conflicts: matchWarnings({ daysServed, annualCapDays: e.annualCapDays, year, currentYear }) });
    }
    return out
      .sort((a, b) => b.score - a.score || b.demand.createdAt.getTime() - a.demand.createdAt.getTime() || (a.demand.id < b.demand.id ? -1 : 1))
      .slice(0, first);
  }

  /**
   * Specific experts evaluated for a demand (volunteers, an expert who wants to volunteer), with the library's
   * word weights when `recall` is on; in the order given.
   */
  async evaluateExperts(actor: Actor, demand: DemandEntity, expertIds: readonly string[], recall = true): Promise<MatchEvaluation[]> {
    if (!expertIds.length) return [];
    const evaluations = await this.evaluate(actor, demand, { include: expertIds, only: true, recall });
    const byId = new Map(evaluations.map((e) => [e.row.expert.id, e]));
    return expertIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  toMatch(actor: Actor, e: MatchEvaluation, conflicts: string[]): ExpertMatch {
    return {
      expert: { ...e.row, contactVisible: this.expertService.contactVisibleTo(actor, e.row.expert) },
      score: e.score,
      reasons: e.reasons,
      conflicts,
    };
  }

  // ---- The pipeline ---------------------------------------------------------------------------------------

  private key(e: MatchEvaluation) {
    return { id: e.row.expert.id, score: e.score, standing: e.standing, tier: e.tier };
  }

  private currentYear(): number {
    return Number(chinaDate(this.clock.now()).slice(0, 4));
  }

  private periodOf(d: DemandEntity): { startDate: string; endDate: string } | null {
    const startDate = isoDate(d.startDate);
    const endDate = isoDate(d.endDate);
    return startDate && endDate && startDate <= endDate ? { startDate, endDate } : null;
  }

  /**
   * The demand's key words: jieba's words of the title, then of the description, with the lexicon's expressions
   * written inside them (老死鱼 → 死鱼) — the words search reads too.
   */
  private termsOf(d: Pick<DemandEntity, 'title' | 'description'>, vocabulary: Vocabulary): DemandTerm[] {
    const read = (text: string) => {
      const s = segmentWithOffsets(text ?? '');
      return withLexiconExpressions(s.text, s.tokens, vocabulary);
    };
    return demandTerms(read(d.title), read(d.description), MATCH_CONFIG.terms.max, vocabulary);
  }

  /** What besides the specialties says what an expert does: the title (主任医师, 高级兽医师) and the field names. */
  private secondaryText(title: string, fields: readonly Field[]): string {
    return [title, ...fields.map((f) => FIELD_LABELS[f])].join(' ');
  }

  /**
   * Recall: one engine search without words (the size of the allowed library) and one per key word (its
   * document frequency, and the best experts for it). The words are weighed by inverse document frequency; an
   * expert's text relevance is the weighted engine score over the words, relative to the strongest words.
   */
  async recall(actor: Actor, demand: DemandEntity, options: { exclude?: readonly string[]; fields?: Field[] } = {}): Promise<Recall> {
    const vocabulary = await this.lexicon.vocabulary();
    const terms = this.termsOf(demand, vocabulary);
    const filter: ExpertSearchFilter = {
      fields: options.fields ?? demand.fields,
      minTitleRank: demand.minTitleLevel ? TITLE_LEVEL_RANK[demand.minTitleLevel] : undefined,
      statuses: ['ACTIVE'],
      excludeIds: options.exclude?.length ? [...options.exclude] : undefined,
      // A bureau solves locally: it matches among the experts of its own region.
      regionCode: actor.role === 'LOCAL' && actor.regionCode ? actor.regionCode : undefined,
    };
    const search = (query: string, limit: number): Promise<ExpertSearchResponse> =>
      this.engine.search({ query, filter, limit, offset: 0, regionFacetLevel: 'province', facets: false, suggestions: false, highlights: false });
    // A trailing space: the word is complete (no prefix search, as while typing).
    const [browse, ...perTerm] = await Promise.all([search('', RECALL_BROWSE), ...terms.map((t) => search(`${t.term} `, RECALL_PER_TERM))]);
    const n = browse.total;
    const common = (df: number) => n >= MATCH_CONFIG.terms.genericMinLibrary && df / n > MATCH_CONFIG.terms.genericShare;
    const weighted = markInformative(
      terms.map((t, i) => ({ ...t, weight: termWeight(perTerm[i]!.total, n, t), common: common(perTerm[i]!.total) })),
      vocabulary,
      n >= MATCH_CONFIG.terms.genericMinLibrary,
    );
    const norm = weighted
      .map((t) => t.weight)
      .sort((a, b) => b - a)
      .slice(0, MATCH_CONFIG.terms.coverageTop)
      .reduce((s, w) => s + w, 0);
    const raw = new Map<string, number>();
    perTerm.forEach((res, i) => {
      const w = weighted[i]!.weight;
      if (!(w > 0)) return;
      for (const hit of res.hits) raw.set(hit.id, (raw.get(hit.id) ?? 0) + w * hit.score);
    });
    const text = new Map<string, number>();
    for (const [id, r] of raw) text.set(id, norm > 0 ? Math.min(1, r / (norm * ENGINE_FULL_MATCH)) : 0);
    const ids = [...new Set([...[...raw.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id), ...browse.hits.map((h) => h.id)])];
    return { measured: true, terms: weighted, ids, text, vocabulary };
  }

  /**
   * Every candidate scored, best first (eligible or not): the recalled experts, the demand's volunteers and the
   * `include`d ones (`only`: just those). Features and hard rules come from two queries for all of them.
   */
  private async evaluate(
    actor: Actor,
    demand: DemandEntity,
    options: { include?: readonly string[]; exclude?: readonly string[]; fields?: Field[]; only?: boolean; recall?: boolean } = {},
  ): Promise<MatchEvaluation[]> {
    const exclude = new Set(options.exclude ?? []);
    const [recall, context] = await Promise.all([
      options.recall === false ? this.noRecall(demand) : this.recall(actor, demand, { exclude: [...exclude], fields: options.fields }),
      this.repo.demandContext(demand),
    ]);
    const include = (options.include ?? []).filter((id) => UUID.test(id));
    // Volunteers are always candidates (they asked), except in a search restricted to one field.
    const volunteers = options.fields ? [] : [...context.volunteerIds];
    const candidates = options.only ? include : [...new Set([...recall.ids, ...volunteers, ...include])].filter((id) => !exclude.has(id));
    if (!candidates.length) return [];

    const period = this.periodOf(demand);
    const currentYear = this.currentYear();
    const year = period ? Number(period.startDate.slice(0, 4)) : currentYear;
    const [loadedRows, assignments, ratings] = await Promise.all([
      this.experts.withEmployers(candidates),
      this.repo.liveAssignments(candidates, { start: period?.startDate ?? null, end: period?.endDate ?? null }, year),
      this.repo.ratings(candidates),
    ]);
    // A bureau matches among the experts of its region; its demand's volunteers from elsewhere are listed apart.
    const rows = actor.role === 'LOCAL' && !options.only ? loadedRows.filter((r) => canManageRegion(actor, r.expert.regionCode)) : loadedRows;
    const byExpert = new Map<string, LiveAssignment[]>();
    for (const a of assignments) byExpert.set(a.expertId, [...(byExpert.get(a.expertId) ?? []), a]);

    const weighed = { ...recall, terms: this.poolWeights(recall, rows) };
    const out = rows.map((row) => this.evaluateOne(row, demand, context, weighed, byExpert.get(row.expert.id) ?? [], ratings.get(row.expert.id) ?? null, period, year, currentYear));
    // An expert matched only on generic words or the field never shows a higher score than one matched on the problem.
    return settleTierScores(out).sort((a, b) => compareMatches(this.key(a), this.key(b)));
  }

  /**
   * A word the engine found in no expert may still occur inside a longer word of an expert's text (深加工 in 精深加工,
   * which the engine indexes as 精深 + 加工): such a word is weighed by its frequency among the candidates instead.
   */
  private poolWeights(recall: Recall, rows: readonly ExpertWithEmployer[]): (DemandTerm & WeightedTerm)[] {
    if (!recall.measured || !rows.length) return recall.terms;
    return markInformative(
      recall.terms.map((t) => {
        if (t.weight > 0) return t;
        const probe = [{ term: t.term, weight: 1, informative: true }];
        const df = rows.filter((r) => termCoverage(probe, r.expert.specialties, this.secondaryText(r.expert.title, r.expert.fields), recall.vocabulary).coverage > 0).length;
        return df > 0 ? { ...t, weight: termWeight(df, rows.length, t) } : t;
      }),
      recall.vocabulary,
      rows.length >= MATCH_CONFIG.terms.genericMinLibrary,
    );
  }

  /** Word weights without the engine (checking one expert's hard rules): every expert's text relevance unknown. */
  private async noRecall(demand: DemandEntity): Promise<Recall> {
    const vocabulary = await this.lexicon.vocabulary();
    const terms = markInformative(this.termsOf(demand, vocabulary).map((t) => ({ ...t, weight: heuristicTermWeight(t, vocabulary) })), vocabulary);
    return { measured: false, terms, ids: [], text: new Map(), vocabulary };
  }

  private evaluateOne(
    row: ExpertWithEmployer,
    demand: DemandEntity,
    context: DemandMatchContext,
    recall: Recall,
    assignments: readonly LiveAssignment[],
    rating: { average: number; count: number } | null,
    period: { startDate: string; endDate: string } | null,
    year: number,
    currentYear: number,
  ): MatchEvaluation {
    const e = row.expert;
    const bookings = period ? assignments.filter((a) => periodsOverlap(a, period)) : [];
    const daysServed = daysInYear(assignments.filter((a) => a.status === 'CONFIRMED'), year);
    const hardConflicts = hardRuleConflicts({
      active: e.status === 'ACTIVE',
      demandFields: demand.fields,
      expertFields: e.fields,
      minTitleLevel: demand.minTitleLevel,
      titleLevel: e.titleLevel,
      sameOrganization: (!!e.employerId && e.employerId === demand.organizationId) || sameName(row.employerName, context.unitName),
      bookings,
      daysServed,
      annualCapDays: e.annualCapDays,
      expectedDays: demand.expectedDays,
      year,
      currentYear,
    });
    const cover = termCoverage(recall.terms, e.specialties, this.secondaryText(e.title, e.fields), recall.vocabulary);
    const scored = scoreMatch({
      specialty: specialtyValue(cover),
      matchedTerms: cover.matched,
      text: recall.measured ? (recall.text.get(e.id) ?? 0) : null,
      affinity: textAffinity(recall.terms, e.specialties),
      demandFields: demand.fields,
      expertFields: e.fields,
      titleLevel: e.titleLevel,
      honours: e.honours,
      region: regionDistance(e.regionCode, demand.regionCode, context.partnerships),
      demandRegion: demand.regionCode,
      available: period ? bookings.length === 0 : null,
      daysServed,
      annualCapDays: e.annualCapDays,
      rating,
      volunteered: context.volunteerIds.has(e.id),
    });
    return {
      row,
      score: scored.score,
      relevance: scored.relevance,
      tier: cover.tier,
      specialty: specialtyValue(cover),
      problems: cover.problems,
      reasons: scored.reasons,
      hardConflicts,
      warnings: matchWarnings({ daysServed, annualCapDays: e.annualCapDays, declinedBefore: context.declinedIds.has(e.id), year, currentYear }),
      standing: standingOf(e.titleLevel, e.honours),
    };
  }
}
