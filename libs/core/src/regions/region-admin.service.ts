// The admin console's region work (#13): 对口帮扶 partnerships between a serving province and the regions it
// helps (its provincial dispatchers then serve those regions too), and the list of key-assistance counties.
import { Injectable } from '@nestjs/common';
import { AppError, type Actor } from '@app/domain';
import { UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { RegionPartnershipRepository, type PartnershipRow } from './region-partnership.repository.js';
import { RegionRepository } from './region.repository.js';

@Injectable()
export class RegionAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly regions: RegionRepository,
    private readonly partnerships: RegionPartnershipRepository,
  ) {}

  list(actor: Actor): Promise<PartnershipRow[]> {
    assertRole(actor, ['ADMIN', 'PROVINCE'], '只有系统管理员和省厅可以查看对口帮扶关系');
    return this.partnerships.list(actor.role === 'PROVINCE' ? actor.regionCode : null);
  }

  keyAssistanceCounties(actor: Actor) {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL'], '您无权查看重点帮扶县名单');
    return this.partnerships.keyAssistanceCounties();
  }

  /** Adds (or removes) a partnership (ADMIN). The serving region is a province; the served one is another region. */
  async set(
    actor: Actor,
    servingCode: string,
    servedCode: string,
    present: boolean,
  ): Promise<PartnershipRow[]> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以维护对口帮扶关系');
    const [serving, served] = await Promise.all([
      this.regions.find(servingCode ?? ''),
      this.regions.find(servedCode ?? ''),
    ]);
    if (!serving) throw AppError.badInput(`帮扶方地区“${servingCode}”不存在`, { servingCode: '地区不存在' });
    if (!served) throw AppError.badInput(`受援地区“${servedCode}”不存在`, { servedCode: '地区不存在' });
    if (serving.level !== 'PROVINCE')
      throw AppError.badInput('帮扶方应为省级行政区（由其省厅派单员服务受援地区）', {
        servingCode: '请选择省级行政区',
      });
    if (served.code.slice(0, 2) === serving.code.slice(0, 2))
      throw AppError.badInput('受援地区应在帮扶省份之外', { servedCode: '请选择其他省份的地区' });
    await this.uow.run(async (m) => {
      const changed = present
        ? await this.partnerships.add(m, serving.code, served.code)
        : await this.partnerships.remove(m, serving.code, served.code);
      if (changed) {
        await writeAudit(m, actor, {
          action: present ? 'region.add_partnership' : 'region.remove_partnership',
          entityType: 'region',
          entityId: served.code,
          after: {
            servingCode: serving.code,
            servingName: serving.name,
            servedCode: served.code,
            servedName: served.name,
          },
        });
      }
    });
    return this.partnerships.list(null);
  }
}
