// Creates or updates one expert from a validated draft, inside the caller's transaction: resolves region and
// employer, finds the existing record by the dedupe key, writes only real changes (bumping the version),
// queues the search update and writes the audit row. Shared by upsertExpert and the importer.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, isRegionCode, type Actor, type ExpertDraft } from '@app/domain';
import { writeAudit } from '@app/platform';
import { assertCanChangeExpert } from '../access/access-scope.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import type { RegionEntity } from '../regions/region.entity.js';
import { RegionRepository } from '../regions/region.repository.js';
import type { ExpertEntity } from './expert.entity.js';
import { ExpertRepository } from './expert.repository.js';
import { SearchIndexService } from './search-index.service.js';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** Caches lookups across the rows of one import. */
export class WriteContext {
  readonly regionsByName = new Map<string, RegionEntity[]>();
  readonly regionsByCode = new Map<string, RegionEntity | null>();
  readonly employers = new Map<string, string>();
}

const COMPARED: (keyof ExpertEntity)[] = [
  'gender',
  'title',
  'titleLevel',
  'fields',
  'specialties',
  'honours',
  'regionCode',
  'source',
  'retired',
  'phone',
  'email',
  'annualCapDays',
];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The one of the candidates (same name and employer) a row describes: same phone, else the one without a phone. */
export function pickExisting(candidates: ExpertEntity[], phone: string | null): ExpertEntity | null {
  if (phone) {
    const byPhone = candidates.find((c) => c.phone === phone);
    if (byPhone) return byPhone;
    return candidates.find((c) => !c.phone) ?? null;
  }
  return candidates.length === 1 ? candidates[0]! : (candidates.find((c) => !c.phone) ?? null);
}

/**
 * The values that differ from the record on file, or null when nothing does. Without `byId` (an import row), a
 * missing phone or e-mail does not erase the ones on file.
 */
export function changedValues(
  existing: ExpertEntity,
  values: Partial<ExpertEntity>,
  draft: Pick<ExpertDraft, 'phone' | 'email'>,
  byId: boolean,
): Partial<ExpertEntity> | null {
  const changes: Partial<ExpertEntity> = {};
  for (const k of [...COMPARED, 'name', 'employerId'] as (keyof ExpertEntity)[]) {
    if (!same(existing[k], values[k])) (changes as Record<string, unknown>)[k] = values[k];
  }
  if (!byId) {
    if (draft.phone === null) delete changes.phone;
    if (draft.email === null) delete changes.email;
  }
  return Object.keys(changes).length ? changes : null;
}

@Injectable()
export class ExpertWriter {
  constructor(
    private readonly experts: ExpertRepository,
    private readonly regions: RegionRepository,
    private readonly organizations: OrganizationRepository,
    private readonly index: SearchIndexService,
  ) {}

  async resolveRegion(m: EntityManager, text: string, ctx: WriteContext): Promise<RegionEntity> {
    const t = text.trim();
    if (isRegionCode(t)) {
      if (!ctx.regionsByCode.has(t)) ctx.regionsByCode.set(t, await this.regions.find(t, m));
      const r = ctx.regionsByCode.get(t);
      if (!r) throw AppError.badInput(`地区代码“${t}”不存在`);
      return r;
    }
    if (!ctx.regionsByName.has(t)) {
      ctx.regionsByName.set(t, await this.regions.byName(t, m));
    }
    const found = ctx.regionsByName.get(t)!;
    if (found.length === 0)
      throw AppError.badInput(`未找到地区“${t}”，请填写 6 位行政区划代码或规范的地区名称`);
    if (found.length > 1) {
      throw AppError.badInput(
        `地区名称“${t}”不唯一（${found
          .slice(0, 3)
          .map((r) => r.code)
          .join('、')}…），请改填 6 位行政区划代码`,
      );
    }
    return found[0]!;
  }

  /** The EMPLOYER organisation of that name, created on first use. */
  async resolveEmployer(
    m: EntityManager,
    actor: Actor,
    name: string,
    regionCode: string,
    ctx: WriteContext,
  ): Promise<string> {
    const key = name.trim();
    const cached = ctx.employers.get(key);
    if (cached) return cached;
    let org = await this.organizations.employerNamed(key, m);
    if (!org) {
      org = await this.organizations.addEmployer(m, key, regionCode);
      await writeAudit(m, actor, {
        action: 'organization.create',
        entityType: 'organization',
        entityId: org.id,
        after: org,
      });
    }
    ctx.employers.set(key, org.id);
    return org.id;
  }

  /** Finds the record a draft describes: by id, else name + employer + phone, else name + employer. */
  async findExisting(
    m: EntityManager,
    draft: ExpertDraft,
    employerId: string,
    id?: string | null,
  ): Promise<ExpertEntity | null> {
    if (id) {
      const e = await this.experts.find(id, m);
      if (!e) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
      return e;
    }
    const candidates = await this.experts.byNameAndEmployer(m, [{ name: draft.name, employerId }]);
    return pickExisting(candidates, draft.phone);
  }

  async write(
    m: EntityManager,
    actor: Actor,
    draft: ExpertDraft,
    ctx: WriteContext,
    opts: { id?: string | null; action?: string } = {},
  ): Promise<{ outcome: WriteOutcome; expert: ExpertEntity }> {
    const region = await this.resolveRegion(m, draft.region, ctx);
    // A dispatcher or bureau places experts only in its own regions (its partner regions included) …
    assertCanChangeExpert(actor, {
      name: draft.name.trim(),
      regionCode: region.code,
      regionName: region.name,
    });
    const employerId = await this.resolveEmployer(m, actor, draft.employer, region.code, ctx);
    const values: Partial<ExpertEntity> = {
      name: draft.name.trim(),
      gender: draft.gender,
      employerId,
      title: draft.title.trim(),
      titleLevel: draft.titleLevel,
      fields: draft.fields,
      specialties: draft.specialties.trim(),
      honours: draft.honours,
      regionCode: region.code,
      source: draft.source,
      retired: draft.retired,
      phone: draft.phone,
      email: draft.email,
      annualCapDays: draft.annualCapDays,
    };
    const existing = await this.findExisting(m, draft, employerId, opts.id);
    // … and changes only the experts it manages, wherever the new values would put them.
    if (existing) assertCanChangeExpert(actor, existing);
    if (!existing) {
      const expert = await this.experts.insert(m, values);
      await this.index.expertsChanged(m, [{ expertId: expert.id, version: expert.version }]);
      await writeAudit(m, actor, {
        action: opts.action ?? 'expert.create',
        entityType: 'expert',
        entityId: expert.id,
        after: expert,
      });
      return { outcome: 'created', expert };
    }
    const changes = changedValues(existing, values, draft, !!opts.id);
    if (!changes) return { outcome: 'unchanged', expert: existing };
    if (!(await this.experts.update(m, existing.id, existing.version, changes))) {
      throw AppError.conflict(
        `专家“${existing.name}”刚被其他人修改，请刷新后重试`,
        'EXPERT_VERSION_CONFLICT',
      );
    }
    const after = { ...existing, ...changes, version: existing.version + 1 } as ExpertEntity;
    await this.index.expertsChanged(m, [{ expertId: existing.id, version: after.version }]);
    await writeAudit(m, actor, {
      action: 'expert.update',
      entityType: 'expert',
      entityId: existing.id,
      before: existing,
      after,
    });
    return { outcome: 'updated', expert: after };
  }
}
