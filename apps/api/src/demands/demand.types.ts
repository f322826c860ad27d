import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { DemandStatus, Field as DomainField, KeyAssistance, ServiceForm, TitleLevel } from '@app/domain';
import type {
  DemandBoardRow,
  DemandEntity,
  DemandHistoryEntity,
  OrganizationEntity,
  RegionEntity,
} from '@app/core';
import { DateScalar } from '@app/platform';
import {
  DemandStatusEnum,
  FieldEnum,
  KeyAssistanceEnum,
  ServiceFormEnum,
  TitleLevelEnum,
} from '../common/enums.js';
import { PageInfo } from '../common/page.types.js';

@ObjectType({ description: '需求状态变更记录' })
export class DemandHistoryEntry {
  @Field(() => DemandStatusEnum, { nullable: true }) fromStatus: DemandStatus | null;
  @Field(() => DemandStatusEnum) toStatus: DemandStatus;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field({ description: '操作人' }) actorName: string;
  @Field() at: Date;
  @Field(() => String, { nullable: true, description: '意见或原因' }) note: string | null;

  static from(h: DemandHistoryEntity): DemandHistoryEntry {
    return Object.assign(new DemandHistoryEntry(), {
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      actorId: h.actorId,
      actorName: h.actorName,
      at: h.at,
      note: h.note,
    });
  }
}

@ObjectType({ description: '基层需求（点餐）' })
export class Demand {
  @Field(() => ID) id: string;
  @Field({ description: '需求编号，如 XQ-2027-310120-0007' }) code: string;
  @Field() title: string;
  @Field({ description: '痛点难点描述' }) description: string;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field(() => [ServiceFormEnum]) serviceForms: ServiceForm[];
  @Field(() => DemandStatusEnum) status: DemandStatus;
  @Field() regionCode: string;
  @Field(() => ID) organizationId: string;
  @Field(() => Int) expertsWanted: number;
  @Field(() => TitleLevelEnum, { nullable: true }) minTitleLevel: TitleLevel | null;
  @Field(() => DateScalar, { nullable: true }) startDate: string | null;
  @Field(() => DateScalar, { nullable: true }) endDate: string | null;
  @Field(() => Int, { nullable: true }) expectedDays: number | null;
  @Field({ description: '是否开放揭榜' }) openToVolunteers: boolean;
  @Field(() => Date, { nullable: true, description: '当前环节的办理时限' }) dueAt: Date | null;
  @Field({ description: '当前环节是否已超时' }) overdue: boolean;
  @Field(() => ID, { nullable: true, description: '被合并到的需求' }) mergedIntoId: string | null;
  @Field({ description: '由属地人社局代为填报' }) filedByBureau: boolean;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '服务完成时间' }) deliveredAt: Date | null;
  @Field(() => String, { nullable: true, description: '服务天数不足时省厅强制完成的原因' })
  completionOverride: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
  entity: DemandEntity;
  /**
   * Region and organisation read for the whole page before the rows are answered (a board), so their field
   * resolvers answer at once instead of through a loader per row; undefined when not read ahead.
   */
  readAhead?: { region?: RegionEntity | null; organization?: OrganizationEntity | null };

  static from(e: DemandEntity, overdue = false): Demand {
    // Field by field rather than Object.assign of a literal: a board builds twenty of these per request.
    const d = new Demand();
    d.id = e.id;
    d.code = e.code;
    d.title = e.title;
    d.description = e.description;
    d.fields = e.fields;
    d.serviceForms = e.serviceForms;
    d.status = e.status;
    d.regionCode = e.regionCode;
    d.organizationId = e.organizationId;
    d.expertsWanted = e.expertsWanted;
    d.minTitleLevel = e.minTitleLevel;
    d.startDate = e.startDate;
    d.endDate = e.endDate;
    d.expectedDays = e.expectedDays;
    d.openToVolunteers = e.openToVolunteers;
    d.dueAt = e.dueAt;
    d.overdue = overdue;
    d.mergedIntoId = e.mergedIntoId;
    d.filedByBureau = e.filedByBureau;
    d.submittedAt = e.submittedAt;
    d.deliveredAt = e.deliveredAt;
    d.completionOverride = e.completionOverride;
    d.createdAt = e.createdAt;
    d.updatedAt = e.updatedAt;
    d.version = e.version;
    d.entity = e;
    return d;
  }

  /**
   * A board row (DemandRepository.boardPage) as a Demand. The resolver reads a board this way only when the query
   * asks for none of the columns the row leaves out (BOARD_FIELDS), so the blanks below are never answered. The
   * row belongs to this answer alone: it is completed in place, not copied.
   */
  static fromBoardRow(row: DemandBoardRow, overdue = false): Demand {
    const blanks = { description: '', contactName: null, contactPhone: null, completionOverride: null };
    return Demand.from(Object.assign(row, blanks), overdue);
  }
}

/** The Demand fields a board row can answer: its columns, and the field resolvers that read only those. */
export const BOARD_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'code',
  'title',
  'fields',
  'serviceForms',
  'status',
  'regionCode',
  'organizationId',
  'expertsWanted',
  'minTitleLevel',
  'startDate',
  'endDate',
  'expectedDays',
  'openToVolunteers',
  'dueAt',
  'overdue',
  'mergedIntoId',
  'filedByBureau',
  'submittedAt',
  'deliveredAt',
  'createdAt',
  'updatedAt',
  'version',
  'availableActions',
  'region',
  'organization',
  'history',
  'teams',
  'volunteers',
]);

@InputType({ description: '需求内容' })
export class DemandInput {
  @Field() title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [FieldEnum], { nullable: true }) fields?: DomainField[] | null;
  @Field(() => [ServiceFormEnum], { nullable: true }) serviceForms?: ServiceForm[] | null;
  @Field(() => String, { nullable: true, description: '默认为本单位所在地区' }) regionCode?: string | null;
  @Field(() => Int) expertsWanted: number;
  @Field(() => TitleLevelEnum, { nullable: true }) minTitleLevel?: TitleLevel | null;
  @Field(() => DateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => Int, { nullable: true }) expectedDays?: number | null;
  @Field(() => Boolean, { nullable: true }) openToVolunteers?: boolean | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => ID, { nullable: true, description: '属地人社局代为填报时的需求单位' }) organizationId?:
    string | null;
}

@InputType()
export class DemandFilter {
  @Field(() => [DemandStatusEnum], { nullable: true }) statuses?: DemandStatus[] | null;
  @Field(() => [FieldEnum], { nullable: true }) fields?: DomainField[] | null;
  @Field(() => String, { nullable: true, description: '该地区及其下级' }) regionCode?: string | null;
  @Field(() => [KeyAssistanceEnum], { nullable: true }) keyAssistance?: KeyAssistance[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      '按编号、标题或描述查找：原样出现，或每个词（含同义词、匹配词库中的说法，如 西红柿=番茄）都出现在标题或描述中',
  })
  query?: string | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
}

@ObjectType()
export class StatusCount {
  @Field(() => DemandStatusEnum) status: DemandStatus;
  @Field(() => Int) count: number;
}

@ObjectType()
export class DemandConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => [Demand]) nodes: Demand[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [StatusCount], { description: '各状态数量（不受状态筛选影响）' })
  countsByStatus: StatusCount[];
  @Field(() => Int, {
    description:
      '基层单位尚未提交的草稿数：主管部门只见数量，不能查看内容（单位本身的草稿计入 countsByStatus）',
  })
  unitDraftCount: number;
}
