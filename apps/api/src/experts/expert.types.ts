import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type {
  ExpertSource,
  ExpertStatus,
  Field as DomainField,
  Gender,
  Honour,
  TitleLevel,
} from '@app/domain';
import type {
  ExpertView,
  ExportJobEntity,
  ImportJobEntity,
  ImportReport as ImportReportData,
} from '@app/core';
import {
  ExpertSourceEnum,
  ExpertStatusEnum,
  FieldEnum,
  GenderEnum,
  HonourEnum,
  TitleLevelEnum,
} from '../common/enums.js';
import { PageInfo } from '../common/page.types.js';

@ObjectType({ description: '专家（手机和邮箱按查看者权限脱敏）' })
export class Expert {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GenderEnum, { nullable: true }) gender: Gender | null;
  @Field({ description: '工作单位' }) employer: string;
  @Field(() => ID, { nullable: true }) employerId: string | null;
  @Field({ description: '职称，如 教授、主任医师' }) title: string;
  @Field(() => TitleLevelEnum) titleLevel: TitleLevel;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field({ description: '研究方向/专长' }) specialties: string;
  @Field(() => [HonourEnum]) honours: Honour[];
  @Field() regionCode: string;
  @Field(() => ExpertSourceEnum) source: ExpertSource;
  @Field() retired: boolean;
  @Field(() => ExpertStatusEnum) status: ExpertStatus;
  @Field(() => Int, { description: '年度服务天数上限' }) annualCapDays: number;
  @Field(() => Int, { description: '每次修改递增' }) version: number;
  @Field({ description: '手机和邮箱是否已脱敏' }) contactMasked: boolean;
  @Field({ description: '当前账号能否修改、停用该专家（管理员，或专家所在地区的省厅）' }) canEdit: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  /** Kept for the phone/email field resolvers. */
  view: ExpertView;

  static from(view: ExpertView): Expert {
    const e = view.expert;
    return Object.assign(new Expert(), {
      id: e.id,
      name: e.name,
      gender: e.gender,
      employer: view.employerName,
      employerId: e.employerId,
      title: e.title,
      titleLevel: e.titleLevel,
      fields: e.fields,
      specialties: e.specialties,
      honours: e.honours,
      regionCode: e.regionCode,
      source: e.source,
      retired: e.retired,
      status: e.status,
      annualCapDays: e.annualCapDays,
      version: e.version,
      contactMasked: !view.contactVisible,
      canEdit: view.editable ?? false,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      view,
    });
  }
}

@InputType({ description: '专家信息；带 id 为修改，不带 id 时按 姓名+工作单位+手机号 查重' })
export class ExpertInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field() name: string;
  @Field(() => GenderEnum, { nullable: true }) gender?: Gender | null;
  @Field() employer: string;
  @Field() title: string;
  @Field(() => TitleLevelEnum) titleLevel: TitleLevel;
  @Field(() => [FieldEnum]) fields: DomainField[];
  @Field(() => String, { nullable: true }) specialties?: string | null;
  @Field(() => [HonourEnum], { nullable: true }) honours?: Honour[] | null;
  @Field() regionCode: string;
  @Field(() => ExpertSourceEnum, { nullable: true }) source?: ExpertSource | null;
  @Field(() => Boolean, { nullable: true }) retired?: boolean | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => Int, { nullable: true }) annualCapDays?: number | null;
}

@InputType({ description: '同一列表内为“或”，不同列表之间为“且”' })
export class ExpertFilter {
  @Field(() => [FieldEnum], { nullable: true }) fields?: DomainField[] | null;
  @Field(() => [TitleLevelEnum], { nullable: true }) titleLevels?: TitleLevel[] | null;
  @Field(() => [HonourEnum], { nullable: true }) honours?: Honour[] | null;
  @Field(() => [ExpertSourceEnum], { nullable: true }) sources?: ExpertSource[] | null;
  @Field(() => String, { nullable: true, description: '该地区及其下级' }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true }) retired?: boolean | null;
  @Field(() => [ExpertStatusEnum], { nullable: true, description: '默认仅在库专家；管理员和省厅可查已停用' })
  statuses?: ExpertStatus[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '属地人社局检索全库（默认仅本辖区）；辖区外专家的手机和邮箱脱敏',
  })
  wholeLibrary?: boolean | null;
}

@ObjectType()
export class ExpertHit {
  @Field(() => Expert) expert: Expert;
  @Field(() => [String], { description: '命中片段，命中词以 <em> 标出' }) highlights: string[];
  @Field(() => Float, { description: '相关度 0..1' }) score: number;
}

@ObjectType()
export class FacetCount {
  @Field() value: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ExpertFacets {
  @Field(() => [FacetCount]) fields: FacetCount[];
  @Field(() => [FacetCount]) titleLevels: FacetCount[];
  @Field(() => [FacetCount]) honours: FacetCount[];
  @Field(() => [FacetCount]) sources: FacetCount[];
  @Field(() => [FacetCount], { description: '按筛选地区的下一级统计' }) regions: FacetCount[];
}

@ObjectType({ description: '库中没有专家写到的检索词，以及代替它检索的上位词' })
export class BroadenedWord {
  @Field({ description: '检索词中的词（如“苹果”）' }) word: string;
  @Field({ description: '代替它检索的上位词（如“果树”）' }) broader: string;
}

@ObjectType()
export class ExpertSearchResult {
  @Field(() => Int, { description: '检索到的专家数；按检索词检索时最多计到 10000（见 totalCapped）' })
  total: number;
  @Field({ description: '实际检索到的专家多于 total（按检索词检索时只计到 10000，页面显示“10000+”）' })
  totalCapped: boolean;
  @Field({ description: '各筛选项的计数只统计了排名靠前的专家（为下限，页面显示“约”）' })
  facetsCapped: boolean;
  @Field(() => [ExpertHit]) hits: ExpertHit[];
  @Field(() => [String], {
    description:
      '没有检索到专家，或检索词中有库里没有专家写到的词（见 unmatched）时，与这些词最接近且能检索到专家的词（否则为空）',
  })
  suggestions: string[];
  @Field(() => [BroadenedWord], {
    description: '检索词中库里没有专家写到的作物、病症等，已按其上位词检索（如 苹果 → 果树）；没有则为空',
  })
  broadened: BroadenedWord[];
  @Field(() => [String], {
    description:
      '检索词中库里没有任何专家写到的词（如“河道治理”中的“河道”），检索结果未包含它们；其余的词只剩“治理”“设计”这类泛指词或“农村”“孩子”这类场景词时，不返回专家。没有则为空',
  })
  unmatched: string[];
  @Field(() => ExpertFacets) facets: ExpertFacets;
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType()
export class ImportRejection {
  @Field(() => Int, { description: '表格中的行号（表头为第 1 行）' }) row: number;
  @Field() reason: string;
}

@ObjectType({ description: '导入结果' })
export class ImportReport {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [ImportRejection]) rejected: ImportRejection[];

  static from(r: ImportReportData): ImportReport {
    return Object.assign(new ImportReport(), r);
  }
}

export enum ImportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(ImportJobStatus, {
  name: 'ImportJobStatus',
  description: '导入任务状态',
  valuesMap: {
    QUEUED: { description: '排队中' },
    RUNNING: { description: '导入中' },
    SUCCEEDED: { description: '已完成' },
    FAILED: { description: '失败' },
  },
});

@ObjectType({ description: '后台导入任务' })
export class ImportJob {
  @Field(() => ID) id: string;
  @Field(() => ImportJobStatus) status: ImportJobStatus;
  @Field() fileName: string;
  @Field(() => Int, { nullable: true }) totalRows: number | null;
  @Field(() => Int) processedRows: number;
  @Field(() => Float, { description: '进度 0..1' }) progress: number;
  @Field(() => ImportReport) report: ImportReport;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;

  static from(j: ImportJobEntity): ImportJob {
    const progress =
      j.status === 'SUCCEEDED' ? 1 : j.totalRows ? Math.min(1, j.processedRows / j.totalRows) : 0;
    return Object.assign(new ImportJob(), {
      id: j.id,
      status: j.status as ImportJobStatus,
      fileName: j.fileName,
      totalRows: j.totalRows,
      processedRows: j.processedRows,
      progress,
      report: ImportReport.from({
        created: j.created,
        updated: j.updated,
        unchanged: j.unchanged,
        rejected: j.rejected,
      }),
      error: j.error,
      createdAt: j.createdAt,
      startedAt: j.startedAt,
      finishedAt: j.finishedAt,
    });
  }
}

export enum ExportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ExportJobStatus, {
  name: 'ExportJobStatus',
  description: '导出任务状态',
  valuesMap: {
    QUEUED: { description: '排队中' },
    RUNNING: { description: '导出中' },
    SUCCEEDED: { description: '已完成，可下载' },
    FAILED: { description: '失败' },
    EXPIRED: { description: '文件已过期清理' },
  },
});

@ObjectType({ description: '后台导出任务：进度，完成后给出下载链接（仅发起导出的账号可下载）' })
export class ExportJob {
  @Field(() => ID) id: string;
  @Field(() => ExportJobStatus) status: ExportJobStatus;
  @Field() fileName: string;
  @Field(() => Int, { nullable: true, description: '共多少行（开始时的估计，完成时为实际行数）' }) totalRows:
    number | null;
  @Field(() => Int) processedRows: number;
  @Field(() => Float, { description: '进度 0..1' }) progress: number;
  @Field(() => String, {
    nullable: true,
    description:
      '下载地址（相对路径，GET 时带上 Authorization: Bearer 令牌）；每次查询给出新的链接，短时有效',
  })
  downloadUrl: string | null;
  @Field(() => Date, { nullable: true, description: '下载链接的失效时间' }) downloadUrlExpiresAt: Date | null;
  @Field(() => Date, { nullable: true, description: '文件保留到何时，之后自动清理' })
  fileExpiresAt: Date | null;
  @Field(() => Int, { nullable: true, description: '文件大小（字节）' }) bytes: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;

  static from(j: ExportJobEntity, link: { url: string; expiresAt: Date } | null): ExportJob {
    const progress =
      j.status === 'SUCCEEDED' ? 1 : j.totalRows ? Math.min(1, j.processedRows / j.totalRows) : 0;
    return Object.assign(new ExportJob(), {
      id: j.id,
      status: j.status as ExportJobStatus,
      fileName: j.fileName,
      totalRows: j.totalRows,
      processedRows: j.processedRows,
      progress,
      downloadUrl: link?.url ?? null,
      downloadUrlExpiresAt: link?.expiresAt ?? null,
      fileExpiresAt: j.status === 'SUCCEEDED' ? j.expiresAt : null,
      bytes: j.bytes,
      error: j.error,
      createdAt: j.createdAt,
      finishedAt: j.finishedAt,
    });
  }
}

@ObjectType({ description: '下载文件（Base64）' })
export class FileDownload {
  @Field() fileName: string;
  @Field() mimeType: string;
  @Field() contentBase64: string;
}
