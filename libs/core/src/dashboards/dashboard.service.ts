// 数据看板: what the province (省厅), the local bureaus (属地人社局) and the administrator see of their regions —
// demands by status, field and region, how fast demands are dispatched, how many are delivered on time, how the
// units rate the service, how far the experts are towards the continuing-education credit, and where demand
// outruns the experts at hand.
//
// Scope: an actor sees its own regions (access-scope.ts: a LOCAL its region and below, a PROVINCE its province and
// the partner regions it serves, the ADMIN everything); `regionCode` narrows to one region inside that scope and is
// refused outside it. Period: demand counts, dispatch times, deliveries, evaluations and service days belong to a
// year (China time, default the current one); the supply–demand gap is a picture of today and ignores the year.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  BASE_PERSON_TIMES_PER_YEAR,
  CE_PROGRESS_BUCKETS,
  DEMAND_STATUSES,
  DEMAND_STATUS_LABELS,
  FIELDS,
  FIELD_LABELS,
  UNMET_DEMAND_STATUSES,
  ceCreditMet,
  chinaDate,
  cityPrefixOf,
  histogram,
  isRegionCode,
  median,
  percentile,
  regionLevelOf,
  regionPrefix,
  roundTo,
  share,
  supplyGapTable,
  workingDaysServed,
  type WorkingCalendar,
  type Actor,
  type DemandStatus,
  type Field,
  type SupplyGapCell,
} from '@app/domain';
import { Clock } from '@app/platform';
import {
  assertRole,
  canManageRegion,
  narrowToRegion,
  regionPrefixes,
  scopeRoots,
} from '../access/access-scope.js';
import { RegionRepository } from '../regions/region.repository.js';
import { DashboardRepository, type RegionGroup, type YearSpan } from './dashboard.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';

export interface DashboardQuery {
  regionCode?: string | null;
  year?: number | null;
}

export interface DashboardFigures {
  /** The region the dashboard is narrowed to, or null for the actor's whole scope. */
  regionCode: string | null;
  /** What the figures cover, e.g. 上海市 or 全国. */
  scopeName: string;
  year: number;
  demandsByStatus: { status: DemandStatus; label: string; count: number }[];
  demandsByField: { field: Field; label: string; count: number }[];
  demandsByRegion: { regionCode: string; regionName: string; count: number }[];
  dispatchTime: { samples: number; medianHours: number | null; p90Hours: number | null };
  onTime: { delivered: number; onTime: number; share: number | null };
  satisfaction: {
    evaluations: number;
    average: number | null;
    solved: number;
    partial: number;
    notSolved: number;
  };
  ceProgress: { expertsServed: number; creditMet: number; buckets: { label: string; count: number }[] };
  supplyGap: {
    fields: Field[];
    regions: { regionCode: string; regionName: string }[];
    cells: SupplyGapCell[];
  };
  /** 专家服务基地 of the scope: how many, this year's person-times, how many reached the 50 a year. */
  bases: { count: number; personTimes: number; meeting: number; required: number };
}

/** Years a dashboard may be asked for. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** A calendar year in China time (UTC+8, no daylight saving) as instants. */
function yearSpan(year: number): YearSpan {
  return { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly figures: DashboardRepository,
    private readonly regions: RegionRepository,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
  ) {}

  async dashboard(actor: Actor, query: DashboardQuery = {}): Promise<DashboardFigures> {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL'], '只有省厅、属地人社局和系统管理员可以查看数据看板');
    const year = query.year ?? Number(chinaDate(this.clock.now()).slice(0, 4));
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw AppError.badInput(`年份应在 ${FIRST_YEAR} 到 ${LAST_YEAR} 之间`, { year: '请选择有效的年份' });
    }
    const regionCode = query.regionCode?.trim() || null;
    let roots: readonly string[] | null;
    let scope: string[] | null;
    if (regionCode) {
      if (!isRegionCode(regionCode))
        throw AppError.badInput(`地区代码“${regionCode}”格式不正确，应为 6 位数字`, {
          regionCode: '请选择有效的地区',
        });
      if (!canManageRegion(actor, regionCode))
        throw AppError.forbidden('该地区不在您的管辖范围内，无法查看其数据看板', 'REGION_OUT_OF_SCOPE');
      if (!(await this.regions.find(regionCode)))
        throw AppError.notFound(`地区“${regionCode}”`, 'REGION_NOT_FOUND');
      roots = [regionCode];
      scope = narrowToRegion(actor, regionCode);
    } else {
      roots = scopeRoots(actor);
      scope = regionPrefixes(actor);
    }
    const span = yearSpan(year);

    const [groups, scopeName] = await this.regionGroups(roots);
    const [byStatus, byField, byGroup, hours, deliveries, evaluations, batches, supplyGap, bases] =
      await Promise.all([
        this.figures.demandsByStatus(scope, year),
        this.figures.demandsByField(scope, year),
        this.figures.demandsByRegionGroup(scope, year, groups),
        this.figures.dispatchHours(scope, span),
        this.figures.deliveries(scope, year),
        this.figures.evaluations(scope, year),
        this.figures.batchPeriodsOfExperts(scope, year),
        this.supplyGap(scope),
        this.figures.bases(scope, year, BASE_PERSON_TIMES_PER_YEAR),
      ]);

    const statusCounts = new Map(byStatus.map((r) => [r.status, r.count]));
    const fieldCounts = new Map(byField.map((r) => [r.field, r.count]));
    const workingDays = this.workingDaysPerExpert(batches, year, await this.calendar.current());

    return {
      regionCode,
      scopeName,
      year,
      demandsByStatus: DEMAND_STATUSES.map((status) => ({
        status,
        label: DEMAND_STATUS_LABELS[status],
        count: statusCounts.get(status) ?? 0,
      })),
      demandsByField: FIELDS.filter((f) => fieldCounts.has(f))
        .map((field) => ({ field, label: FIELD_LABELS[field], count: fieldCounts.get(field)! }))
        .sort((a, b) => b.count - a.count || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field)),
      demandsByRegion: groups
        .map((g) => ({ regionCode: g.code, regionName: g.name, count: byGroup.get(g.code) ?? 0, own: g.own }))
        // The scope region's own level (a demand filed at a city itself) only when it has any.
        .filter((g) => !g.own || g.count > 0)
        .sort((a, b) => b.count - a.count || a.regionCode.localeCompare(b.regionCode))
        .map(({ own: _own, ...g }) => g),
      dispatchTime: {
        samples: hours.length,
        medianHours: roundTo(median(hours), 1),
        p90Hours: roundTo(percentile(hours, 0.9), 1),
      },
      onTime: { ...deliveries, share: roundTo(share(deliveries.onTime, deliveries.delivered), 3) },
      satisfaction: {
        evaluations: evaluations.count,
        // Each evaluation's four scores weigh the same, so the mean of the evaluations' means is the mean of all scores.
        average: evaluations.count ? roundTo(evaluations.scoreSum / (4 * evaluations.count), 1) : null,
        solved: evaluations.solved.YES,
        partial: evaluations.solved.PARTIAL,
        notSolved: evaluations.solved.NO,
      },
      ceProgress: {
        expertsServed: workingDays.length,
        creditMet: workingDays.filter(ceCreditMet).length,
        buckets: histogram(workingDays, CE_PROGRESS_BUCKETS),
      },
      supplyGap,
      bases: { ...bases, required: BASE_PERSON_TIMES_PER_YEAR },
    };
  }

  /**
   * The rows of the by-region chart and the name of the scope. One root: its children one level down (the cities
   * of a province, the districts of a municipality, the counties of a city; a county is its own row), plus the root
   * itself for demands filed at its own level. Several roots (a province and the regions it serves): the first
   * one's children and the others as they are. No root (everything): the provinces.
   */
  private async regionGroups(
    roots: readonly string[] | null,
  ): Promise<[(RegionGroup & { name: string; own: boolean })[], string]> {
    const group = (code: string, name: string, own = false) => ({
      code,
      name,
      own,
      prefix: own ? code : regionPrefix(code),
    });
    if (roots === null) {
      const provinces = await this.regions.children(null);
      return [provinces.map((p) => group(p.code, p.name)), '全国'];
    }
    const regions = new Map((await this.regions.byCodes(roots)).map((r) => [r.code, r]));
    const name = (code: string) => regions.get(code)?.name ?? code;
    const [first, ...others] = roots;
    if (!first) return [[], '—'];
    const groups: (RegionGroup & { name: string; own: boolean })[] = [];
    if (regionLevelOf(first) === 'COUNTY') groups.push(group(first, name(first)));
    else {
      for (const child of await this.regions.children(first)) groups.push(group(child.code, child.name));
      groups.push(group(first, `${name(first)}（本级）`, true));
    }
    for (const code of others) groups.push(group(code, name(code)));
    return [groups, others.length ? `${name(first)}及对口帮扶的 ${others.length} 个地区` : name(first)];
  }

  /** Working days each expert served in `year` over the current versions of its batches. */
  private workingDaysPerExpert(
    batches: readonly { expertId: string; startDate: string; endDate: string; days: number }[],
    year: number,
    cal: WorkingCalendar,
  ): number[] {
    const periods = new Map<string, { startDate: string; endDate: string; days: number }[]>();
    for (const b of batches) {
      const own = periods.get(b.expertId);
      if (own) own.push(b);
      else periods.set(b.expertId, [b]);
    }
    return [...periods.values()].map((p) => workingDaysServed(p, year, cal));
  }

  /** The county × field table of waiting demands against the active experts of each county's city. */
  private async supplyGap(scope: string[] | null): Promise<DashboardFigures['supplyGap']> {
    const unmet = await this.figures.demandsPerRegionAndField(scope, UNMET_DEMAND_STATUSES);
    const preliminary = supplyGapTable(
      unmet.map((u) => ({ regionCode: u.regionCode, field: u.field, unmetDemands: u.count })),
      [],
    );
    const available = await this.figures.activeExpertsPerCityAndField(
      [...new Set(preliminary.regionCodes.map(cityPrefixOf))],
      preliminary.fields,
    );
    const table = supplyGapTable(
      unmet.map((u) => ({ regionCode: u.regionCode, field: u.field, unmetDemands: u.count })),
      available.map((a) => ({ cityPrefix: a.cityPrefix, field: a.field, availableExperts: a.count })),
    );
    const names = new Map(
      table.regionCodes.length
        ? (await this.regions.byCodes(table.regionCodes)).map((r) => [r.code, r.name])
        : [],
    );
    return {
      fields: table.fields,
      regions: table.regionCodes.map((code) => ({ regionCode: code, regionName: names.get(code) ?? code })),
      cells: table.cells,
    };
  }
}
