import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { chinaDate, type Actor } from '@app/domain';
import { ServiceRecordService, SurveyService } from '@app/core';
import { Clock } from '@app/platform';
import { CurrentActor, Public, Roles } from '../common/auth.decorators.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { Expert, FileDownload } from '../experts/expert.types.js';
import { toCertificate, toServiceRecord, toSurvey } from './service.mappers.js';
import { CertificateVerification, ServiceCertificate, ServiceRecord, TeamSurvey } from './service.types.js';
import { COST } from '../common/query-costs.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (f: { fileName: string; content: Buffer }): FileDownload => ({
  fileName: f.fileName,
  mimeType: XLSX_MIME,
  contentBase64: f.content.toString('base64'),
});

@Resolver()
export class ReportResolver {
  constructor(
    private readonly surveys: SurveyService,
    private readonly records: ServiceRecordService,
  ) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'EXPERT')
  @Query(() => TeamSurvey, {
    description: '2026 年实施成效调查表（由服务批次自动生成）',
    complexity: COST.SURVEY,
  })
  async teamSurvey(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<TeamSurvey> {
    return toSurvey(await this.surveys.teamSurvey(actor, teamId));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'EXPERT')
  @Query(() => FileDownload, {
    description: '导出实施成效调查表（xlsx，按附件 4 版式）',
    complexity: COST.EXPORT_SURVEY,
  })
  async exportTeamSurvey(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<FileDownload> {
    return download(await this.surveys.exportSurvey(actor, teamId));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => FileDownload, {
    description: '导出附件 3 汇总表（xlsx）：本辖区某年度的服务团，其后为该年度入选的专家服务基地',
    complexity: COST.EXPORT_ANNEX3,
  })
  async exportAnnex3(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
  ): Promise<FileDownload> {
    return download(await this.surveys.exportAnnex3(actor, year, regionCode));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'EXPERT')
  @Query(() => ServiceRecord, {
    description: '专家年度服务记录（继续教育学时认定）',
    complexity: COST.SERVICE_RECORD,
  })
  async expertServiceRecord(
    @CurrentActor() actor: Actor,
    @Args('expertId', { type: () => ID }) expertId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ServiceRecord> {
    return toServiceRecord(await this.records.record(actor, expertId, year));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'EXPERT')
  @Query(() => FileDownload, {
    description: '导出专家年度服务记录（xlsx）',
    complexity: COST.EXPORT_SERVICE_RECORD,
  })
  async exportServiceRecord(
    @CurrentActor() actor: Actor,
    @Args('expertId', { type: () => ID }) expertId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<FileDownload> {
    return download(await this.records.exportRecord(actor, expertId, year));
  }

  @Roles('ADMIN', 'PROVINCE', 'EXPERT')
  @Mutation(() => ServiceCertificate, {
    description: '开具年度服务证明（带验证码，可公开验证）',
    complexity: COST.SERVICE_RECORD,
  })
  async issueServiceCertificate(
    @CurrentActor() actor: Actor,
    @Args('expertId', { type: () => ID }) expertId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ServiceCertificate> {
    return toCertificate(await this.records.issueCertificate(actor, expertId, year));
  }

  @Public()
  @Query(() => CertificateVerification, { description: '验证服务证明（无需登录）' })
  async verifyCertificate(@Args('code') code: string): Promise<CertificateVerification> {
    const { valid, message, certificate: c } = await this.records.verify(code);
    return {
      valid,
      message,
      expertName: c?.expertName ?? null,
      employerName: c?.employerName ?? null,
      year: c?.year ?? null,
      workingDays: c?.workingDays ?? null,
      creditMet: c?.creditMet ?? null,
      teams: c?.teams ?? [],
      issuedAt: c?.issuedAt ?? null,
    };
  }
}

@Resolver(() => Expert)
export class ExpertServiceFieldsResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => Int, { description: '该年度服务工作日天数（不含周末和法定节假日）' })
  daysServed(
    @Parent() e: Expert,
    @Context() ctx: GraphQLContext,
    @Args('year', { type: () => Int, nullable: true, description: '默认今年' }) year?: number | null,
  ): Promise<number> {
    const y = year ?? Number(chinaDate(this.clock.now()).slice(0, 4));
    return ctx.loaders.daysServed.load(`${e.id}:${y}`);
  }

  @ResolveField(() => Number, {
    nullable: true,
    description: '服务评价平均分（1–5，含回访），尚无评价时为空',
  })
  async rating(@Parent() e: Expert, @Context() ctx: GraphQLContext): Promise<number | null> {
    return (await ctx.loaders.rating.load(e.id))?.average ?? null;
  }
}
