// The matching's two stages (DESIGN.md "Matching"):
//   recall — the search engine, once without words (the library the hard rules allow: fields, minimum title,
//            active) and once per key word of the demand (each with its domain synonyms), which also gives every
//            word's document frequency;
//   rerank — the features of every recalled expert, gathered for all of them at once (bookings, days served, the
//            demanding unit, partnerships, volunteers, ratings), assessed by match-features.ts.
// Hard rules the engine cannot know (booked in the wanted period, same organisation as the demanding unit — 回避,
// annual cap reached) are checked against the database's rows, and the engine's own filters are checked again, so
// an index that lags behind never lets a deactivated or re-titled expert through.
import { Inject, Injectable } from '@nestjs/common';
import {
  MATCH_CONFIG,
  TITLE_LEVEL_RANK,
  chinaDate,
  compareMatches,
  heuristicTermWeight,
  isUuid,
  markInformative,
  settleTierScores,
  termCoverage,
  termWeight,
  type Actor,
  type DemandTerm,
  type Field,
  type WeightedTerm,
} from '@app/domain';
import {
  Clock,
  type ExpertSearchEngine,
  type ExpertSearchFilter,
  type ExpertSearchResponse,
} from '@app/platform';
import { canManageRegion } from '../access/access-scope.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { ExpertRepository, type ExpertWithEmployer } from '../experts/expert.repository.js';
import { EXPERT_SEARCH_ENGINE } from '../experts/search-index.service.js';
import { LexiconService } from '../lexicon/lexicon.service.js';
import { assessPair, periodOf, secondaryText, termsOf } from './match-features.js';
import { MatchRepository, type LiveAssignment } from './match.repository.js';
import type { MatchEvaluation, Recall } from './match.types.js';

/** Hits asked of the engine per word, and without words. The engine answers at most 100. */
const RECALL_PER_TERM = 100;
const RECALL_BROWSE = 100;
/** An engine score at which one word counts as fully matched (PostgreSQL's ts_rank_cd/(1+rank) for one hit in the specialties). */
const ENGINE_FULL_MATCH = 0.5;

export interface EvaluateOptions {
  include?: readonly string[];
  exclude?: readonly string[];
  fields?: Field[];
  /** Only the `include`d experts. */
  only?: boolean;
  /** false: no engine (word weights by heuristics, text relevance unknown). */
  recall?: boolean;
}

/** The order of evaluations: tier, then score, then standing (compareMatches). */
export function matchKey(e: MatchEvaluation) {
  return { id: e.row.expert.id, score: e.score, standing: e.standing, tier: e.tier };
}

@Injectable()
export class MatchPipeline {
  constructor(
    private readonly experts: ExpertRepository,
    private readonly repo: MatchRepository,
    private readonly clock: Clock,
    @Inject(EXPERT_SEARCH_ENGINE) private readonly engine: ExpertSearchEngine,
    private readonly lexicon: LexiconService,
  ) {}

  currentYear(): number {
    return Number(chinaDate(this.clock.now()).slice(0, 4));
  }

  /**
   * Recall: one engine search without words (the size of the allowed library) and one per key word (its
   * document frequency, and the best experts for it). The words are weighed by inverse document frequency; an
   * expert's text relevance is the weighted engine score over the words, relative to the strongest words.
   */
  async recall(
    actor: Actor,
    demand: DemandEntity,
    options: { exclude?: readonly string[]; fields?: Field[] } = {},
  ): Promise<Recall> {
    const vocabulary = await this.lexicon.vocabulary();
    const terms = termsOf(demand, vocabulary);
    const filter: ExpertSearchFilter = {
      fields: options.fields ?? demand.fields,
      minTitleRank: demand.minTitleLevel ? TITLE_LEVEL_RANK[demand.minTitleLevel] : undefined,
      statuses: ['ACTIVE'],
      excludeIds: options.exclude?.length ? [...options.exclude] : undefined,
      // A bureau solves locally: it matches among the experts of its own region.
      regionCode: actor.role === 'LOCAL' && actor.regionCode ? actor.regionCode : undefined,
    };
    const search = (query: string, limit: number): Promise<ExpertSearchResponse> =>
      this.engine.search({
        query,
        filter,
        limit,
        offset: 0,
        regionFacetLevel: 'province',
        facets: false,
        suggestions: false,
        highlights: false,
        // Words are weighed by how many experts they find: a capped count would flatten common words. A word
        // found by more than the engine's ranking threshold (10,000) may be estimated from a sample rather than
        // counted (PostgreSQL: counting it reads every match), which its weight does not feel.
        exactTotal: true,
        totalEstimate: true,
      });
    // A trailing space: the word is complete (no prefix search, as while typing).
    const [browse, ...perTerm] = await Promise.all([
      search('', RECALL_BROWSE),
      ...terms.map((t) => search(`${t.term} `, RECALL_PER_TERM)),
    ]);
    const n = browse.total;
    const common = (df: number) =>
      n >= MATCH_CONFIG.terms.genericMinLibrary && df / n > MATCH_CONFIG.terms.genericShare;
    const weighted = markInformative(
      terms.map((t, i) => ({
        ...t,
        weight: termWeight(perTerm[i]!.total, n, t),
        common: common(perTerm[i]!.total),
      })),
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
    const ids = [
      ...new Set([
        ...[...raw.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
        ...browse.hits.map((h) => h.id),
      ]),
    ];
    return { measured: true, terms: weighted, ids, text, vocabulary };
  }

  /**
   * Every candidate scored, best first (eligible or not): the recalled experts, the demand's volunteers and the
   * `include`d ones (`only`: just those). Features and hard rules come from two queries for all of them.
   */
  async evaluate(
    actor: Actor,
    demand: DemandEntity,
    options: EvaluateOptions = {},
  ): Promise<MatchEvaluation[]> {
    const exclude = new Set(options.exclude ?? []);
    const [recall, context] = await Promise.all([
      options.recall === false
        ? this.noRecall(demand)
        : this.recall(actor, demand, { exclude: [...exclude], fields: options.fields }),
      this.repo.demandContext(demand),
    ]);
    const include = (options.include ?? []).filter((id) => isUuid(id));
    // Volunteers are always candidates (they asked), except in a search restricted to one field.
    const volunteers = options.fields ? [] : [...context.volunteerIds];
    const candidates = options.only
      ? include
      : [...new Set([...recall.ids, ...volunteers, ...include])].filter((id) => !exclude.has(id));
    if (!candidates.length) return [];

    const period = periodOf(demand);
    const currentYear = this.currentYear();
    const year = period ? Number(period.startDate.slice(0, 4)) : currentYear;
    const [loadedRows, assignments, ratings] = await Promise.all([
      this.experts.withEmployers(candidates),
      this.repo.liveAssignments(
        candidates,
        { start: period?.startDate ?? null, end: period?.endDate ?? null },
        year,
      ),
      this.repo.ratings(candidates),
    ]);
    // A bureau matches among the experts of its region; its demand's volunteers from elsewhere are listed apart.
    const rows =
      actor.role === 'LOCAL' && !options.only
        ? loadedRows.filter((r) => canManageRegion(actor, r.expert.regionCode))
        : loadedRows;
    const byExpert = new Map<string, LiveAssignment[]>();
    for (const a of assignments) byExpert.set(a.expertId, [...(byExpert.get(a.expertId) ?? []), a]);

    const terms = this.poolWeights(recall, rows);
    const out = rows.map((row) =>
      assessPair({
        row,
        demand,
        unitName: context.unitName,
        partnerships: context.partnerships,
        assignments: byExpert.get(row.expert.id) ?? [],
        period,
        year,
        currentYear,
        terms,
        vocabulary: recall.vocabulary,
        text: recall.measured ? (recall.text.get(row.expert.id) ?? 0) : null,
        affinity: true,
        rating: ratings.get(row.expert.id) ?? null,
        volunteered: context.volunteerIds.has(row.expert.id),
        declinedBefore: context.declinedIds.has(row.expert.id),
      }),
    );
    // An expert matched only on generic words or the field never shows a higher score than one matched on the problem.
    return settleTierScores(out).sort((a, b) => compareMatches(matchKey(a), matchKey(b)));
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
        const df = rows.filter(
          (r) =>
            termCoverage(
              probe,
              r.expert.specialties,
              secondaryText(r.expert.title, r.expert.fields),
              recall.vocabulary,
            ).coverage > 0,
        ).length;
        return df > 0 ? { ...t, weight: termWeight(df, rows.length, t) } : t;
      }),
      recall.vocabulary,
      rows.length >= MATCH_CONFIG.terms.genericMinLibrary,
    );
  }

  /** Word weights without the engine (checking one expert's hard rules): every expert's text relevance unknown. */
  private async noRecall(demand: DemandEntity): Promise<Recall> {
    const vocabulary = await this.lexicon.vocabulary();
    const terms = markInformative(
      termsOf(demand, vocabulary).map((t) => ({ ...t, weight: heuristicTermWeight(t, vocabulary) })),
      vocabulary,
    );
    return { measured: false, terms, ids: [], text: new Map(), vocabulary };
  }
}
