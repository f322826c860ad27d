// The admin console's organisation work (#13): edit an organisation (USCC checked with its check character) and
// merge a duplicate into the one kept, moving every reference in one transaction.
import { Injectable } from '@nestjs/common';
import { AppError, checkOrganizationInput, isUuid, type Actor } from '@app/domain';
import { PG_UNIQUE_VIOLATION, UnitOfWork, pgConstraint, pgErrorCode, writeAudit } from '@app/platform';
import { assertCanManageRegion, assertRole } from '../access/access-scope.js';
import { SearchIndexService } from '../experts/search-index.service.js';
import { RegionRepository } from '../regions/region.repository.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationMergeRepository } from './organization-merge.repository.js';
import { OrganizationRepository } from './organization.repository.js';
import type { CreateOrganizationInput } from './organization.service.js';

@Injectable()
export class OrganizationAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly merges: OrganizationMergeRepository,
    private readonly regions: RegionRepository,
    private readonly search: SearchIndexService,
  ) {}

  /** Edits an organisation (ADMIN anywhere; PROVINCE and LOCAL within their regions). */
  async update(actor: Actor, id: string, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL'], '只有管理员、省厅和属地人社局可以修改机构');
    const org = isUuid(id) ? await this.organizations.find(id) : null;
    if (!org) throw AppError.notFound('机构', 'ORGANIZATION_NOT_FOUND');
    assertCanManageRegion(actor, org.regionCode);
    // The 18th character checks the other 17 (GB 32100-2015): a mistyped code is refused, not stored.
    const { name, creditCode } = checkOrganizationInput(input);
    const region = await this.regions.find(input.regionCode);
    if (!region)
      throw AppError.badInput(`地区“${input.regionCode}”不存在，请选择有效的行政区划`, {
        regionCode: '地区不存在',
      });
    assertCanManageRegion(actor, region.code);
    const changes = { name, kind: input.kind, regionCode: region.code, creditCode };
    try {
      return await this.uow.run(async (m) => {
        await this.merges.update(m, id, changes);
        if (name !== org.name) await this.search.expertsChanged(m, await this.merges.touchEmployees(m, id));
        const after = { ...org, ...changes };
        await writeAudit(m, actor, {
          action: 'organization.update',
          entityType: 'organization',
          entityId: id,
          before: org,
          after,
        });
        return Object.assign(org, changes);
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw pgConstraint(err)?.includes('credit_code')
          ? AppError.conflict(
              `统一社会信用代码 ${creditCode} 已被其他机构使用；如为重复机构，请使用“合并”`,
              'ORGANIZATION_CREDIT_CODE_TAKEN',
            )
          : AppError.conflict(
              `“${region.name}”已有同名同类型的机构“${name}”；如为重复机构，请使用“合并”`,
              'ORGANIZATION_EXISTS',
            );
      }
      throw err;
    }
  }

  /**
   * Merges `duplicateId` into `keepId` (ADMIN): accounts, experts, demands and every other reference move to the
   * organisation kept, the duplicate is deleted, all in one transaction. The kept one takes the duplicate's USCC
   * when it has none.
   */
  async merge(
    actor: Actor,
    keepId: string,
    duplicateId: string,
  ): Promise<{ kept: OrganizationEntity; moved: Record<string, number> }> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以合并机构');
    if (!isUuid(keepId) || !isUuid(duplicateId))
      throw AppError.badInput('请选择要保留的机构和要合并的重复机构');
    if (keepId === duplicateId) throw AppError.badInput('保留的机构和重复机构不能是同一个');
    try {
      return await this.uow.run(async (m) => {
        // Both rows locked in one order: two merges of the same pair cannot interleave.
        const [first, second] = [keepId, duplicateId].sort();
        await m.query(`SELECT id FROM organizations WHERE id IN ($1, $2) ORDER BY id FOR UPDATE`, [
          first,
          second,
        ]);
        const keep = await this.organizations.find(keepId, m);
        const dup = await this.organizations.find(duplicateId, m);
        if (!keep || !dup) throw AppError.notFound('机构', 'ORGANIZATION_NOT_FOUND');
        if (keep.kind !== dup.kind) throw AppError.badInput(`两个机构类型不同，不能合并`);
        if (keep.creditCode && dup.creditCode && keep.creditCode !== dup.creditCode) {
          throw AppError.badInput(
            `两个机构的统一社会信用代码不同（${keep.creditCode} / ${dup.creditCode}），不是同一机构，不能合并`,
          );
        }
        const { moved, experts } = await this.merges.moveReferences(m, dup.id, keep.id);
        await this.merges.delete(m, dup.id);
        if (!keep.creditCode && dup.creditCode) {
          await this.merges.update(m, keep.id, {
            name: keep.name,
            kind: keep.kind,
            regionCode: keep.regionCode,
            creditCode: dup.creditCode,
          });
          keep.creditCode = dup.creditCode;
        }
        await this.search.expertsChanged(m, experts);
        await writeAudit(m, actor, {
          action: 'organization.merge',
          entityType: 'organization',
          entityId: keep.id,
          before: { duplicate: dup },
          after: { kept: keep, moved },
        });
        return { kept: keep, moved };
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw AppError.conflict(
          `合并后会出现重复记录（${pgConstraint(err) ?? '唯一约束'}），请先处理两机构下的重复专家或数据`,
          'ORGANIZATION_MERGE_CONFLICT',
        );
      }
      throw err;
    }
  }
}
