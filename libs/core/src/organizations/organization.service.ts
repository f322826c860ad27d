import { Injectable } from '@nestjs/common';
import { AppError, checkOrganizationInput, isUuid, type Actor, type OrganizationKind } from '@app/domain';
import { PG_UNIQUE_VIOLATION, UnitOfWork, pgConstraint, pgErrorCode, writeAudit } from '@app/platform';
import { assertCanManageRegion, assertRole, narrowToRegion, regionPrefixes } from '../access/access-scope.js';
import { RegionRepository } from '../regions/region.repository.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';

export interface CreateOrganizationInput {
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  creditCode?: string | null;
}

export interface OrganizationFilter {
  regionCode?: string | null;
  kind?: OrganizationKind | null;
  query?: string | null;
}

@Injectable()
export class OrganizationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly regions: RegionRepository,
  ) {}

  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL'], '只有管理员、省厅和属地人社局可以登记机构');
    // The 18th character checks the other 17 (GB 32100-2015): a mistyped code is refused, not stored.
    const { name, creditCode } = checkOrganizationInput(input);
    const region = await this.regions.find(input.regionCode);
    if (!region)
      throw AppError.badInput(`地区“${input.regionCode}”不存在，请选择有效的行政区划`, {
        regionCode: '地区不存在',
      });
    assertCanManageRegion(actor, region.code);
    try {
      return await this.uow.run(async (m) => {
        const org = await this.organizations.insert(m, {
          name,
          kind: input.kind,
          regionCode: region.code,
          creditCode,
        });
        await writeAudit(m, actor, {
          action: 'organization.create',
          entityType: 'organization',
          entityId: org.id,
          after: org,
        });
        return org;
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw pgConstraint(err)?.includes('credit_code')
          ? AppError.conflict(
              `统一社会信用代码 ${creditCode} 已被其他机构使用`,
              'ORGANIZATION_CREDIT_CODE_TAKEN',
            )
          : AppError.conflict(`“${region.name}”已有同名同类型的机构“${name}”`, 'ORGANIZATION_EXISTS');
      }
      throw err;
    }
  }

  async list(actor: Actor, filter: OrganizationFilter = {}): Promise<OrganizationEntity[]> {
    const text = filter.query?.trim().slice(0, 50) || undefined;
    let prefixes = regionPrefixes(actor);
    let ids: string[] | undefined;
    if (actor.role === 'UNIT' || actor.role === 'EXPERT') {
      // Units see their own organisation; experts see no directory.
      ids = actor.organizationId ? [actor.organizationId] : [];
      prefixes = null;
    }
    if (filter.regionCode) {
      const region = await this.regions.find(filter.regionCode);
      if (!region) throw AppError.badInput(`地区“${filter.regionCode}”不存在`);
      if (!ids) prefixes = narrowToRegion(actor, region.code);
    }
    return this.organizations.search({
      regionPrefixes: prefixes,
      ids,
      kind: filter.kind ?? undefined,
      text,
      limit: 500,
    });
  }

  /**
   * Organisations by id, for the per-request loaders: the units of rows the reader was already allowed to read
   * (like `get`, no scope of its own).
   */
  byIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.organizations.byIds(ids);
  }

  async get(actor: Actor, id: string): Promise<OrganizationEntity> {
    const org = isUuid(id) ? await this.organizations.find(id) : null;
    if (!org) throw AppError.notFound('机构', 'ORGANIZATION_NOT_FOUND');
    return org;
  }
}
