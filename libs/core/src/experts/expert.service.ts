import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  DEFAULT_ANNUAL_CAP_DAYS,
  EXPERT_SOURCE_LABELS,
  FIELD_LABELS,
  HONOUR_LABELS,
  MUNICIPALITY_PREFIXES,
  TITLE_LEVEL_LABELS,
  expertProblems,
  isRegionCode,
  isUuid,
  maskEmail,
  maskPhone,
  normalizePhone,
  regionLevelOf,
  type Actor,
  type ExpertDraft,
  type ExpertSource,
  type ExpertStatus,
  type Field,
  type Gender,
  type Honour,
  type TitleLevel,
} from '@app/domain';
import {
  UnitOfWork,
  writeAudit,
  type ExpertSearchEngine,
  type ExpertSearchFilter,
  type RegionFacetLevel,
} from '@app/platform';
import {
  assertCanChangeExpert,
  assertRole,
  canManageRegion,
  narrowToRegion,
} from '../access/access-scope.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { RegionEntity } from '../regions/region.entity.js';
import { RegionRepository } from '../regions/region.repository.js';
import type { ExpertEntity } from './expert.entity.js';
import { ExpertRepository } from './expert.repository.js';
import { ExpertWriter, WriteContext } from './expert-writer.js';
import { EXPERT_SEARCH_ENGINE, SearchIndexService } from './search-index.service.js';
import { LexiconService } from '../lexicon/lexicon.service.js';

export interface ExpertInput {
  id?: string | null;
  name: string;
  gender?: Gender | null;
  employer: string;
  title: string;
  titleLevel: TitleLevel;
  fields: Field[];
  specialties?: string | null;
  honours?: Honour[] | null;
  regionCode: string;
  source?: ExpertSource | null;
  retired?: boolean | null;
  phone?: string | null;
  email?: string | null;
  annualCapDays?: number | null;
}

export interface ExpertFilterInput {
  fields?: Field[] | null;
  titleLevels?: TitleLevel[] | null;
  honours?: Honour[] | null;
  sources?: ExpertSource[] | null;
  regionCode?: string | null;
  retired?: boolean | null;
  statuses?: ExpertStatus[] | null;
  /** A bureau (LOCAL) searching beyond its region: experts elsewhere are read with phone and e-mail masked. */
  wholeLibrary?: boolean | null;
}

/** An expert as a given reader may see it: contact details masked unless the reader may see them. */
export interface ExpertView {
  expert: ExpertEntity;
  employerName: string;
  contactVisible: boolean;
  /** May the reader change or deactivate this expert (set by ExpertService; absent = no). */
  editable?: boolean;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface ExpertSearchPage {
  /** At most 10,000 for a search with words (see the search port), unless asked for exactly. */
  total: number;
  /** More experts match than `total` says. */
  totalCapped: boolean;
  /** The facet counts cover the best-ranked matches only (lower bounds). */
  facetsCapped: boolean;
  /** When nothing matched: the known words nearest to the query that find someone. */
  suggestions: string[];
  /** Words of the query no expert wrote, searched by a broader word instead (苹果 → 果树). */
  broadened: { word: string; broader: string }[];
  /** Words of the query nobody in the library wrote (see ExpertSearchResponse.unmatched). */
  unmatched: string[];
  hits: { view: ExpertView; score: number; highlights: string[] }[];
  facets: {
    fields: FacetCount[];
    titleLevels: FacetCount[];
    honours: FacetCount[];
    sources: FacetCount[];
    regions: FacetCount[];
  };
  /** The regions the page names (its region facets and its hits' regions), read once. */
  regions: RegionEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const MAX_PAGE = 100;
const UNIT_PAGE = 20;
/** Characters a search may hold: a demand description pasted into the box is still read. */
const MAX_QUERY_LENGTH = 1000;

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}
function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw AppError.badInput('分页游标无效，请从第一页重新查询');
  return Number(m[1]) + 1;
}

@Injectable()
export class ExpertService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly experts: ExpertRepository,
    private readonly regions: RegionRepository,
    private readonly audit: AuditRepository,
    private readonly writer: ExpertWriter,
    private readonly index: SearchIndexService,
    @Inject(EXPERT_SEARCH_ENGINE) private readonly engine: ExpertSearchEngine,
    private readonly lexicon: LexiconService,
  ) {}

  /** Who may see an expert's phone and e-mail in full: the expert, dispatchers, and the bureau of the expert's region. */
  contactVisibleTo(actor: Actor, expert: Pick<ExpertEntity, 'id' | 'regionCode'>): boolean {
    if (actor.role === 'EXPERT') return actor.expertId === expert.id;
    if (actor.role === 'PROVINCE') return true;
    if (actor.role === 'LOCAL') return canManageRegion(actor, expert.regionCode);
    return false;
  }

  /** Who may change or deactivate an expert: ADMIN, and a PROVINCE whose region holds the expert's. */
  editableBy(actor: Actor, expert: Pick<ExpertEntity, 'regionCode'>): boolean {
    return (actor.role === 'ADMIN' || actor.role === 'PROVINCE') && canManageRegion(actor, expert.regionCode);
  }

  private viewFor(actor: Actor, row: Omit<ExpertView, 'contactVisible' | 'editable'>): ExpertView {
    return {
      ...row,
      contactVisible: this.contactVisibleTo(actor, row.expert),
      editable: this.editableBy(actor, row.expert),
    };
  }

  phoneFor(view: ExpertView): string | null {
    return view.contactVisible ? view.expert.phone : maskPhone(view.expert.phone);
  }

  emailFor(view: ExpertView): string | null {
    return view.contactVisible ? view.expert.email : maskEmail(view.expert.email);
  }

  /** Every unmasked read of personal data is audited. */
  async recordContactRead(actor: Actor, expertId: string, field: 'phone' | 'email'): Promise<void> {
    await this.audit.record(actor, {
      action: 'expert.read_contact',
      entityType: 'expert',
      entityId: expertId,
      after: { field },
    });
  }

  private assertCanRead(actor: Actor, expert: ExpertEntity): void {
    if (actor.role === 'ADMIN' || actor.role === 'PROVINCE') return;
    // A bureau may read any active expert of the library (contact masked outside its region), as its search does.
    if (actor.role === 'LOCAL' && (canManageRegion(actor, expert.regionCode) || expert.status === 'ACTIVE'))
      return;
    if (actor.role === 'EXPERT' && actor.expertId === expert.id) return;
    throw AppError.forbidden('您无权查看该专家的信息', 'EXPERT_OUT_OF_SCOPE');
  }

  async get(actor: Actor, id: string): Promise<ExpertView> {
    if (!isUuid(id)) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
    const [row] = await this.experts.withEmployers([id]);
    if (!row) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
    this.assertCanRead(actor, row.expert);
    return this.viewFor(actor, row);
  }

  /** Creates or updates an expert (ADMIN, PROVINCE). Without `id`, the dedupe key finds an existing record. */
  async upsert(actor: Actor, input: ExpertInput): Promise<ExpertView> {
    assertRole(actor, ['ADMIN', 'PROVINCE'], '只有管理员和省厅可以维护专家库');
    const draft: ExpertDraft = {
      name: (input.name ?? '').trim(),
      gender: input.gender ?? null,
      employer: (input.employer ?? '').trim(),
      title: (input.title ?? '').trim(),
      titleLevel: input.titleLevel,
      fields: [...new Set(input.fields ?? [])],
      specialties: (input.specialties ?? '').trim(),
      honours: [...new Set(input.honours ?? [])],
      region: (input.regionCode ?? '').trim(),
      source: input.source ?? 'LOCAL',
      retired: input.retired ?? false,
      phone: normalizePhone(input.phone),
      email: input.email?.trim().toLowerCase() || null,
      annualCapDays: input.annualCapDays ?? DEFAULT_ANNUAL_CAP_DAYS,
    };
    const problems = expertProblems(draft);
    if (draft.region && !isRegionCode(draft.region)) problems.regionCode = '所在地区应为 6 位行政区划代码';
    if (problems.region) {
      problems.regionCode = problems.region;
      delete problems.region;
    }
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    // The search engine hears of it through the outbox rows the writer adds.
    const { expert } = await this.uow.run((m) =>
      this.writer.write(m, actor, draft, new WriteContext(), { id: input.id }),
    );
    return this.get(actor, expert.id);
  }

  async setStatus(
    actor: Actor,
    id: string,
    status: ExpertStatus,
    reason?: string | null,
  ): Promise<ExpertView> {
    assertRole(actor, ['ADMIN', 'PROVINCE'], '只有管理员和省厅可以停用或启用专家');
    await this.uow.run(async (m) => {
      const e = isUuid(id) ? await this.experts.find(id, m) : null;
      if (!e) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
      assertCanChangeExpert(actor, e);
      if (e.status === status) return;
      if (!(await this.experts.update(m, id, e.version, { status })))
        throw AppError.conflict('专家信息刚被修改，请刷新后重试');
      await this.index.expertsChanged(m, [{ expertId: id, version: e.version + 1 }]);
      await writeAudit(m, actor, {
        action: status === 'ACTIVE' ? 'expert.reactivate' : 'expert.deactivate',
        entityType: 'expert',
        entityId: id,
        before: { status: e.status },
        after: { status, reason: reason ?? null },
      });
    });
    return this.get(actor, id);
  }

  /** The facet level below the filter's region: provinces → cities (or districts of a municipality) → counties. */
  static regionFacetLevel(regionCode?: string | null): RegionFacetLevel {
    if (!regionCode) return 'province';
    if (regionLevelOf(regionCode) === 'PROVINCE')
      return MUNICIPALITY_PREFIXES.includes(regionCode.slice(0, 2)) ? 'county' : 'city';
    return 'county';
  }

  /** `facets: false` skips the facet counts (exports and counts want only hits and the total). */
  async search(
    actor: Actor,
    query: string | null | undefined,
    filter: ExpertFilterInput = {},
    first = 20,
    after?: string | null,
    options: { facets?: boolean; exactTotal?: boolean } = {},
  ): Promise<ExpertSearchPage> {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL', 'UNIT'], '只有管理员、省厅和属地人社局可以检索专家库');
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE)
      throw AppError.badInput(`每页条数应在 0 到 ${MAX_PAGE} 之间`);
    const text = (query ?? '').trim();
    // A unit names experts in its annex 1/2 and its base's roster: it looks them up by name or specialty (active
    // experts, contacts masked, no facets), but does not browse the library.
    if (actor.role === 'UNIT') {
      if (!text) throw AppError.forbidden('基层单位请输入专家姓名或专长查找专家', 'EXPERT_SEARCH_UNIT');
      first = Math.min(first, UNIT_PAGE);
      filter = { ...filter, statuses: null, wholeLibrary: null };
      options = { ...options, facets: false };
    }
    // A whole demand description may be pasted in: it is read word by word and relaxed (see the search port).
    if (text.length > MAX_QUERY_LENGTH) throw AppError.badInput(`检索词不能超过 ${MAX_QUERY_LENGTH} 个字`);
    const offset = decodeCursor(after);
    let regionCode = filter.regionCode ?? null;
    if (regionCode && !isRegionCode(regionCode)) throw AppError.badInput(`地区代码“${regionCode}”格式不正确`);
    // A bureau reads the library of its own region, unless it asks for the whole library (masked outside it).
    if (actor.role === 'LOCAL' && !filter.wholeLibrary) {
      const narrowed = narrowToRegion(actor, regionCode ?? actor.regionCode!);
      if (!narrowed.length)
        return {
          total: 0,
          totalCapped: false,
          facetsCapped: false,
          hits: [],
          suggestions: [],
          broadened: [],
          unmatched: [],
          facets: { fields: [], titleLevels: [], honours: [], sources: [], regions: [] },
          regions: [],
          endCursor: null,
          hasNextPage: false,
        };
      regionCode = narrowed[0]!.slice(0, -1).padEnd(6, '0');
    }
    const manages = actor.role === 'ADMIN' || actor.role === 'PROVINCE';
    const engineFilter: ExpertSearchFilter = {
      fields: filter.fields ?? undefined,
      titleLevels: filter.titleLevels ?? undefined,
      honours: filter.honours ?? undefined,
      sources: filter.sources ?? undefined,
      regionCode: regionCode ?? undefined,
      retired: filter.retired ?? undefined,
      statuses: manages && filter.statuses?.length ? filter.statuses : ['ACTIVE'],
    };
    await this.lexicon.vocabulary(); // another process may have changed 匹配词库: the engine reads queries with the new one
    const result = await this.engine.search({
      query: text,
      filter: engineFilter,
      limit: first,
      offset,
      regionFacetLevel: ExpertService.regionFacetLevel(regionCode),
      facets: options.facets ?? true,
      exactTotal: options.exactTotal,
    });
    const rows = await this.experts.withEmployers(result.hits.map((h) => h.id));
    const byId = new Map(rows.map((r) => [r.expert.id, r]));
    const hits = result.hits.flatMap((h) => {
      const row = byId.get(h.id);
      return row ? [{ view: this.viewFor(actor, row), score: h.score, highlights: h.highlights }] : [];
    });
    // The regions the answer names, its region facets' and its hits', in one read: the api answers the hits' region
    // fields from it (one statement where there were two).
    const regions = await this.regions.byCodes([
      ...new Set([
        ...result.facets.regions.map((b) => b.value),
        ...hits.map((h) => h.view.expert.regionCode),
      ]),
    ]);
    const regionNames = Object.fromEntries(regions.map((r) => [r.code, r.name]));
    const label = (labels: Record<string, string>) => (b: { value: string; count: number }) => ({
      value: b.value,
      label: labels[b.value] ?? b.value,
      count: b.count,
    });
    const last = offset + result.hits.length - 1;
    return {
      total: result.total,
      totalCapped: result.totalCapped,
      facetsCapped: result.facetsCapped,
      hits,
      suggestions: result.suggestions ?? [],
      broadened: result.broadened ?? [],
      unmatched: result.unmatched ?? [],
      facets: {
        fields: result.facets.fields.map(label(FIELD_LABELS)),
        titleLevels: result.facets.titleLevels.map(label(TITLE_LEVEL_LABELS)),
        honours: result.facets.honours.map(label(HONOUR_LABELS)),
        sources: result.facets.sources.map(label(EXPERT_SOURCE_LABELS)),
        regions: result.facets.regions.map(label(regionNames)),
      },
      regions,
      endCursor: result.hits.length ? encodeCursor(last) : null,
      // A capped total is a lower bound: the pages go on past it.
      hasNextPage: result.totalCapped ? first > 0 && result.hits.length === first : last + 1 < result.total,
    };
  }
}
