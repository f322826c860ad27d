// Intake help while a unit writes a demand and when a bureau opens one: possible duplicates among the open demands
// of the same region, solved cases (completed demands) with their team, rating and what was solved, the fields and
// service forms the text suggests, and the form's defaults (contact, period). The text is read with the matching
// machinery (segmenter, lexicon expressions, demand words); scoring is libs/domain's (case-similarity,
// demand-classification).
//
// What each role sees (masking): a UNIT sees its own organisation's open demands as duplicates (code, title,
// status); other units' similar open demands only as a count — their titles, texts and names stay theirs. Solved
// cases of the province show title, fields, region, teams, rating and what was solved; the unit's name and the
// description only to whoever may read the demand itself (its unit, the bureaus covering it). Bureaus see the open
// demands of their jurisdiction in full and may merge the demand they opened into one of them.
import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  CASE_SIMILARITY,
  availableActions,
  DEMAND_LIMITS,
  caseSimilarity,
  chinaDate,
  defaultDemandPeriod,
  demandTerms,
  isRegionCode,
  isUuid,
  provinceOf,
  regionContains,
  regionPrefix,
  suggestFields,
  suggestServiceForms,
  termAlternatives,
  withLexiconExpressions,
  withoutQuestionWords,
  type Actor,
  type CaseQueryTerm,
  type DemandStatus,
  type DemandTerm,
  type FieldSuggestion,
  type ServiceFormSuggestion,
  type Vocabulary,
} from '@app/domain';
import { Clock, segmentWithOffsets, type ExpertSearchEngine } from '@app/platform';
import { canManageRegion } from '../access/access-scope.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { EXPERT_SEARCH_ENGINE } from '../experts/search-index.service.js';
import { LexiconService } from '../lexicon/lexicon.service.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { demandRelationOf } from './demand-access.js';
import {
  DemandIntakeRepository,
  type IntakeCandidateRow,
  type IntakeScope,
  type SolvedCaseRow,
} from './demand-intake.repository.js';
import { DemandService } from './demand.service.js';

export interface IntakeTextInput {
  title?: string | null;
  description?: string | null;
  /** The region the demand is for (default: the unit's, the bureau's). */
  regionCode?: string | null;
  /** LOCAL filing for a unit: that unit. */
  organizationId?: string | null;
  /** The demand being edited (not its own duplicate). */
  excludeId?: string | null;
}

export interface SimilarDemandView {
  id: string;
  code: string;
  title: string;
  status: DemandStatus;
  fields: IntakeCandidateRow['fields'];
  regionCode: string;
  createdAt: Date;
  score: number;
  /** The words both texts share (in some form). */
  shared: string[];
  /** The unit's name is shown (null: masked). */
  organizationId: string | null;
  /** The description (null: masked). */
  description: string | null;
  /** The bureau may merge the opened demand into this one, now. */
  canMergeInto: boolean;
}

export interface SolvedCaseView extends Omit<SimilarDemandView, 'canMergeInto'> {
  deliveredAt: Date | null;
  teams: SolvedCaseRow['teams'];
  rating: number | null;
  problemSolved: SolvedCaseRow['problemSolved'];
  problemsSolved: string[];
}

export interface SimilarCases {
  duplicates: SimilarDemandView[];
  /** Similar open demands of other units the actor may not see (a UNIT): only how many. */
  otherUnitsDuplicates: number;
  solved: SolvedCaseView[];
}

export interface DemandClassification {
  fields: FieldSuggestion[];
  serviceForms: ServiceFormSuggestion[];
  /** The words the text was read as. */
  words: string[];
}

export interface DemandFormDefaults {
  contactName: string | null;
  contactPhone: string | null;
  startDate: string;
  endDate: string;
}

const OPEN: readonly DemandStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'DISPATCHED',
  'IN_SERVICE',
];
const SOLVED: readonly DemandStatus[] = ['DELIVERED', 'EVALUATED'];
const NOT_MERGE_TARGETS: readonly DemandStatus[] = ['DRAFT', 'CANCELLED', 'REJECTED'];
const INTAKE_ROLES = ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN'];
/** Words of a text looked for (engine calls for classification; LIKE patterns for cases). */
const MAX_TERMS = 8;
const CANDIDATES = 200;
const SHOWN = 5;
/** A person's name at the end of an account's display name (廊下绿野蔬菜合作社 沈建国 → 沈建国). */
const PERSON_NAME = /^[\p{Script=Han}·]{2,10}$/u;

@Injectable()
export class DemandIntakeService {
  constructor(
    private readonly repo: DemandIntakeRepository,
    private readonly demands: DemandService,
    private readonly organizations: OrganizationRepository,
    private readonly lexicon: LexiconService,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    @Inject(EXPERT_SEARCH_ENGINE) private readonly engine: ExpertSearchEngine,
  ) {}

  private assertRole(actor: Actor): void {
    if (!INTAKE_ROLES.includes(actor.role))
      throw AppError.forbidden('只有基层单位、人社局和管理员可以使用需求填报辅助', 'ROLE_NOT_ALLOWED');
  }

  private checkText(title: string, description: string): void {
    const problems: Record<string, string> = {};
    if (title.length > DEMAND_LIMITS.title) problems.title = `需求标题不能超过 ${DEMAND_LIMITS.title} 个字`;
    if (description.length > DEMAND_LIMITS.description)
      problems.description = `问题描述不能超过 ${DEMAND_LIMITS.description} 个字`;
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
  }

  /** The words of a title and description, as matching reads a demand. */
  private termsOf(title: string, description: string, vocabulary: Vocabulary, max = MAX_TERMS): DemandTerm[] {
    const read = (text: string) => {
      const s = segmentWithOffsets(text);
      return withLexiconExpressions(s.text, s.tokens, vocabulary);
    };
    return withoutQuestionWords(demandTerms(read(title), read(description), max + 4, vocabulary)).slice(
      0,
      max,
    );
  }

  // ---- Classification -------------------------------------------------------------------------------------

  /** The fields and service forms the text suggests (labels from the catalog). */
  async suggestClassification(
    actor: Actor,
    title: string,
    description: string,
  ): Promise<DemandClassification> {
    this.assertRole(actor);
    const t = (title ?? '').trim();
    const d = (description ?? '').trim();
    this.checkText(t, d);
    const vocabulary = await this.lexicon.vocabulary();
    const terms = this.termsOf(t, d, vocabulary);
    const text = `${t}\n${d}`;
    if (!terms.length)
      return { fields: [], serviceForms: t || d ? suggestServiceForms(text) : [], words: [] };
    const search = (query: string, facets: boolean) =>
      this.engine.search({
        query,
        filter: { statuses: ['ACTIVE'] },
        limit: 1,
        offset: 0,
        regionFacetLevel: 'province',
        facets,
        matchAll: true,
        suggestions: false,
        highlights: false,
      });
    const [library, ...perTerm] = await Promise.all([
      search('', false),
      ...terms.map((term) => search(`${term.term} `, true)),
    ]);
    // A crop nobody in the library wrote points where its class does (猕猴桃 → 果树: 农业), as the search box reads
    // it; the class's larger count weighs it less than the crop's own would.
    const found = await Promise.all(
      terms.map(async (term, i) => {
        if (perTerm[i]!.total > 0) return perTerm[i]!;
        for (const broader of vocabulary.broaderOf(term.term)) {
          const res = await search(`${broader} `, true);
          if (res.total > 0) return res;
        }
        return perTerm[i]!;
      }),
    );
    const classified = terms.map((term, i) => ({
      term: term.term,
      inTitle: term.inTitle,
      df: found[i]!.total,
      byField: Object.fromEntries(found[i]!.facets.fields.map((b) => [b.value, b.count])),
    }));
    const fields = suggestFields(classified, library.total, text, vocabulary);
    return {
      fields,
      serviceForms: suggestServiceForms(
        text,
        fields.map((f) => f.code),
      ),
      words: terms.map((x) => x.term),
    };
  }

  // ---- Similar cases --------------------------------------------------------------------------------------

  /**
   * Possible duplicates and solved cases for a text being written (`input`), or for a demand opened (`demandId`:
   * its own text, region and unit).
   */
  async similarCases(actor: Actor, input: IntakeTextInput, demandId?: string | null): Promise<SimilarCases> {
    this.assertRole(actor);
    let title = (input.title ?? '').trim();
    let description = (input.description ?? '').trim();
    let region: string | null;
    let opened: Awaited<ReturnType<DemandService['get']>> | null = null;
    if (demandId) {
      opened = await this.demands.get(actor, demandId);
      title = opened.title;
      description = opened.description;
      region = opened.regionCode;
    } else {
      this.checkText(title, description);
      region = await this.regionOf(actor, input);
    }
    const empty: SimilarCases = { duplicates: [], otherUnitsDuplicates: 0, solved: [] };
    const vocabulary = await this.lexicon.vocabulary();
    const terms = this.termsOf(title, description, vocabulary, MAX_TERMS);
    if (!terms.length) return empty;

    const forms = terms.map((t) => termAlternatives(t.term, vocabulary));
    const openScope: IntakeScope = {
      regionPrefixes: region ? [regionPrefix(region) + '%'] : null,
      statuses: OPEN,
      draftsOf: actor.role === 'UNIT' ? actor.organizationId : null,
      excludeId: opened?.id ?? (input.excludeId && isUuid(input.excludeId) ? input.excludeId : null),
    };
    const solvedScope: IntakeScope = {
      regionPrefixes: region ? [regionPrefix(provinceOf(region)) + '%'] : null,
      statuses: SOLVED,
    };
    const dfScope: IntakeScope = {
      ...solvedScope,
      statuses: [...OPEN, ...SOLVED],
      draftsOf: openScope.draftsOf,
      excludeId: openScope.excludeId,
    };
    const flat = [...new Set(forms.flat())];
    const [stats, openRows, solvedRows] = await Promise.all([
      this.repo.documentFrequencies(dfScope, forms),
      this.repo.candidates(openScope, flat, CANDIDATES),
      this.repo.candidates(solvedScope, flat, CANDIDATES),
    ]);
    const query: CaseQueryTerm[] = terms.map((t, i) => ({
      term: t.term,
      inTitle: t.inTitle,
      df: stats.df[i] ?? 0,
    }));
    const queryText = `${title}\n${description}`;
    const score = (row: IntakeCandidateRow) =>
      caseSimilarity(
        query,
        queryText,
        {
          text: `${row.title}\n${row.description}`,
          titleTerms: this.termsOf(row.title, '', vocabulary, 6).map((t) => t.term),
        },
        stats.n,
        vocabulary,
      );
    const rank = (rows: IntakeCandidateRow[], min: number) =>
      rows
        .map((row) => ({ row, sim: score(row) }))
        .filter((x) => x.sim.onProblem && x.sim.score >= min)
        .sort((a, b) => b.sim.score - a.sim.score || b.row.createdAt.getTime() - a.row.createdAt.getTime());

    const dupes = rank(openRows, CASE_SIMILARITY.duplicate);
    const visible = (row: IntakeCandidateRow) =>
      actor.role === 'UNIT'
        ? row.organizationId === actor.organizationId
        : canManageRegion(actor, row.regionCode);
    const mayMerge =
      opened !== null && availableActions(opened.status, demandRelationOf(actor, opened)).includes('merge');
    const duplicates = dupes
      .filter((x) => visible(x.row))
      .slice(0, SHOWN)
      .map(({ row, sim }) => ({
        ...this.base(row, sim.score, sim.shared, true),
        canMergeInto:
          mayMerge && !NOT_MERGE_TARGETS.includes(row.status) && canManageRegion(actor, row.regionCode),
      }));
    const otherUnitsDuplicates = dupes.filter((x) => !visible(x.row)).length;

    const solvedTop = rank(solvedRows, CASE_SIMILARITY.solved).slice(0, SHOWN);
    const details = new Map(
      (await this.repo.solvedCases(solvedTop.map((x) => x.row.id))).map((r) => [r.demandId, r]),
    );
    const solved = solvedTop.map(({ row, sim }) => {
      const d = details.get(row.id);
      const readable =
        actor.role === 'UNIT'
          ? row.organizationId === actor.organizationId
          : canManageRegion(actor, row.regionCode);
      return {
        ...this.base(row, sim.score, sim.shared, readable),
        deliveredAt: row.deliveredAt,
        teams: d?.teams ?? [],
        rating: d?.rating ?? null,
        problemSolved: d?.problemSolved ?? null,
        problemsSolved: d?.problemsSolved ?? [],
      };
    });
    return { duplicates, otherUnitsDuplicates, solved };
  }

  private base(
    row: IntakeCandidateRow,
    score: number,
    shared: string[],
    readable: boolean,
  ): Omit<SimilarDemandView, 'canMergeInto'> {
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      status: row.status,
      fields: row.fields,
      regionCode: row.regionCode,
      createdAt: row.createdAt,
      score,
      shared,
      organizationId: readable ? row.organizationId : null,
      description: readable ? row.description : null,
    };
  }

  /** The region a text being written is for, within what the actor may file for. */
  private async regionOf(actor: Actor, input: IntakeTextInput): Promise<string | null> {
    const wanted = input.regionCode?.trim() || null;
    if (wanted && !isRegionCode(wanted))
      throw AppError.badInput(`地区代码“${wanted}”格式不正确`, { regionCode: '请选择有效的地区' });
    if (actor.role === 'UNIT') {
      const org =
        actor.organizationId && isUuid(actor.organizationId)
          ? await this.organizations.find(actor.organizationId)
          : null;
      if (!org) throw AppError.forbidden('您的账号未关联基层单位', 'ROLE_NOT_ALLOWED');
      return wanted && regionContains(org.regionCode, wanted) ? wanted : org.regionCode;
    }
    if (input.organizationId) {
      const org = isUuid(input.organizationId) ? await this.organizations.find(input.organizationId) : null;
      if (!org || !canManageRegion(actor, org.regionCode))
        throw AppError.forbidden('该单位不在您的辖区内', 'REGION_OUT_OF_SCOPE');
      return wanted && regionContains(org.regionCode, wanted) ? wanted : org.regionCode;
    }
    if (wanted) {
      if (!canManageRegion(actor, wanted))
        throw AppError.forbidden('该地区不在您的辖区内', 'REGION_OUT_OF_SCOPE');
      return wanted;
    }
    return actor.regionCode ?? null;
  }

  // ---- Form defaults --------------------------------------------------------------------------------------

  /**
   * What the demand form starts with: the contact the unit gave last time (else the account's own name), and a
   * period that leaves the bureau and the dispatcher their time.
   */
  async formDefaults(actor: Actor, organizationId?: string | null): Promise<DemandFormDefaults> {
    this.assertRole(actor);
    const period = defaultDemandPeriod(chinaDate(this.clock.now()), await this.calendar.current());
    let orgId: string | null = null;
    if (actor.role === 'UNIT') orgId = actor.organizationId ?? null;
    else if (organizationId) {
      const org = isUuid(organizationId) ? await this.organizations.find(organizationId) : null;
      if (!org || !canManageRegion(actor, org.regionCode))
        throw AppError.forbidden('该单位不在您的辖区内', 'REGION_OUT_OF_SCOPE');
      orgId = org.id;
    }
    const last = orgId && isUuid(orgId) ? await this.repo.lastContact(orgId) : null;
    let contactName = last?.contactName ?? null;
    if (!contactName && actor.role === 'UNIT') {
      const name = (await this.repo.accountName(actor.accountId))?.trim().split(/\s+/).pop() ?? '';
      contactName = PERSON_NAME.test(name) ? name : null;
    }
    return { contactName, contactPhone: last?.contactPhone ?? null, ...period };
  }
}
