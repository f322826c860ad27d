import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { DemandStatus, Field as DomainField } from '@app/domain';
import type { DashboardFigures } from '@app/core';
import { DemandStatusEnum, FieldEnum } from '../common/enums.js';

@ObjectType({ description: '各状态需求数' })
export class DashboardStatusCount {
  @Field(() => DemandStatusEnum) status: DemandStatus;
  @Field({ description: '状态名称' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '各服务领域需求数（一条需求涉及几个领域就计入几个领域）' })
export class DashboardFieldCount {
  @Field(() => FieldEnum) field: DomainField;
  @Field({ description: '领域名称' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '各下级地区需求数' })
export class DashboardRegionCount {
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '派单用时：从基层提交需求到省厅首次派单' })
export class DashboardDispatchTime {
  @Field(() => Int, { description: '当年派单的需求数（样本数）' }) samples: number;
  @Field(() => Float, { nullable: true, description: '中位数（小时，保留 1 位小数）；无样本时为空' })
  medianHours: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '第 90 百分位（小时，线性插值，保留 1 位小数）；无样本时为空',
  })
  p90Hours: number | null;
}

@ObjectType({ description: '按时完成：当年完成的需求中，完成日期不晚于希望服务结束日期的' })
export class DashboardOnTime {
  @Field(() => Int, { description: '当年完成的需求数' }) delivered: number;
  @Field(() => Int, { description: '其中按时完成的' }) onTime: number;
  @Field(() => Float, {
    nullable: true,
    description: '按时完成率（0–1，保留 3 位小数）；当年无完成需求时为空',
  })
  share: number | null;
}

@ObjectType({ description: '基层反向评价' })
export class DashboardSatisfaction {
  @Field(() => Int, { description: '当年评价数' }) evaluations: number;
  @Field(() => Float, { nullable: true, description: '四项评分的平均分（1–5，保留 1 位小数）；无评价时为空' })
  average: number | null;
  @Field(() => Int, { description: '问题已解决' }) solved: number;
  @Field(() => Int, { description: '问题部分解决' }) partial: number;
  @Field(() => Int, { description: '问题未解决' }) notSolved: number;
}

@ObjectType({ description: '继续教育工作日区间' })
export class DashboardCeBucket {
  @Field({ description: '0–4天、5–9天、10天及以上' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '继续教育进度：本地区专家当年服务的工作日数（满 10 个工作日计当年继续教育学时）' })
export class DashboardCeProgress {
  @Field(() => Int, { description: '当年参加过服务批次的本地区专家数' }) expertsServed: number;
  @Field(() => Int, { description: '已满 10 个工作日的专家数' }) creditMet: number;
  @Field(() => [DashboardCeBucket]) buckets: DashboardCeBucket[];
}

@ObjectType()
export class DashboardGapRegion {
  @Field() regionCode: string;
  @Field() regionName: string;
}

@ObjectType({ description: '供需缺口：某区县某领域' })
export class DashboardGapCell {
  @Field() regionCode: string;
  @Field(() => FieldEnum) field: DomainField;
  @Field(() => Int, { description: '待满足需求数（已提交、已受理、已派单未确认）' }) unmetDemands: number;
  @Field(() => Int, { description: '该区县所在地市该领域的在库专家数' }) availableExperts: number;
  @Field(() => Int, { description: '缺口 = 待满足需求数 − 可用专家数，不小于 0' }) gap: number;
}

@ObjectType({ description: '供需缺口热力图：区县 × 服务领域（只含有待满足需求的行和列，最多 30 个区县）' })
export class DashboardSupplyGap {
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field(() => [DashboardGapRegion]) regions: DashboardGapRegion[];
  @Field(() => [DashboardGapCell]) cells: DashboardGapCell[];
}

@ObjectType({ description: '本辖区的专家服务基地：数量、当年活动人次、达到每年人次要求的基地数' })
export class DashboardBases {
  @Field(() => Int) count: number;
  @Field(() => Int, { description: '当年专家服务活动人次' }) personTimes: number;
  @Field(() => Int, { description: '当年已达到每年人次要求的基地数' }) meeting: number;
  @Field(() => Int, { description: '每个基地每年至少人次' }) required: number;
}

@ObjectType({ description: '数据看板：本辖区的需求、派单、完成、评价、继续教育与供需缺口' })
export class Dashboard {
  @Field(() => String, { nullable: true, description: '看板限定的地区；为空表示本账号的全部辖区' })
  regionCode: string | null;
  @Field({ description: '统计范围，如“上海市”或“全国”' }) scopeName: string;
  @Field(() => Int) year: number;
  @Field(() => [DashboardStatusCount], { description: '当年提交的需求，按状态' })
  demandsByStatus: DashboardStatusCount[];
  @Field(() => [DashboardFieldCount], { description: '当年提交的需求，按服务领域（数量从多到少）' })
  demandsByField: DashboardFieldCount[];
  @Field(() => [DashboardRegionCount], { description: '当年提交的需求，按下一级地区（数量从多到少）' })
  demandsByRegion: DashboardRegionCount[];
  @Field(() => DashboardDispatchTime) dispatchTime: DashboardDispatchTime;
  @Field(() => DashboardOnTime) onTime: DashboardOnTime;
  @Field(() => DashboardSatisfaction) satisfaction: DashboardSatisfaction;
  @Field(() => DashboardCeProgress) ceProgress: DashboardCeProgress;
  @Field(() => DashboardSupplyGap, { description: '当前的供需缺口（不按年份）' })
  supplyGap: DashboardSupplyGap;
  @Field(() => DashboardBases, { description: '专家服务基地' }) bases: DashboardBases;

  static from(f: DashboardFigures): Dashboard {
    return Object.assign(new Dashboard(), {
      regionCode: f.regionCode,
      scopeName: f.scopeName,
      year: f.year,
      demandsByStatus: f.demandsByStatus.map((s) => Object.assign(new DashboardStatusCount(), s)),
      demandsByField: f.demandsByField.map((s) => Object.assign(new DashboardFieldCount(), s)),
      demandsByRegion: f.demandsByRegion.map((s) => Object.assign(new DashboardRegionCount(), s)),
      dispatchTime: Object.assign(new DashboardDispatchTime(), f.dispatchTime),
      onTime: Object.assign(new DashboardOnTime(), f.onTime),
      satisfaction: Object.assign(new DashboardSatisfaction(), f.satisfaction),
      ceProgress: Object.assign(new DashboardCeProgress(), {
        expertsServed: f.ceProgress.expertsServed,
        creditMet: f.ceProgress.creditMet,
        buckets: f.ceProgress.buckets.map((b) => Object.assign(new DashboardCeBucket(), b)),
      }),
      supplyGap: Object.assign(new DashboardSupplyGap(), {
        fields: f.supplyGap.fields,
        regions: f.supplyGap.regions.map((r) => Object.assign(new DashboardGapRegion(), r)),
        cells: f.supplyGap.cells.map((c) => Object.assign(new DashboardGapCell(), c)),
      }),
      bases: Object.assign(new DashboardBases(), f.bases),
    });
  }
}
