import {
  Args,
  Context,
  Extensions,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { BODY_LIMIT_BYTES } from '../common/body-limit.js';
import { AppError, type Actor } from '@app/domain';
import { ExpertExportService, ExpertImportService, ExpertService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import type { GraphQLContext } from '../common/graphql-context.js';
import { Region } from '../regions/region.types.js';
import {
  Expert,
  ExpertFilter,
  ExpertInput,
  ExpertSearchResult,
  ExportJob,
  FileDownload,
  ImportJob,
  ImportReport,
} from './expert.types.js';
import { COST, PAGED } from '../common/query-costs.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Resolver(() => Expert)
export class ExpertResolver {
  constructor(
    private readonly service: ExpertService,
    private readonly imports: ExpertImportService,
    private readonly exports: ExpertExportService,
  ) {}

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'UNIT')
  @Query(() => ExpertSearchResult, {
    description: '检索专家库：命中高亮、总数与分面统计',
    complexity: PAGED.experts,
  })
  async experts(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String, nullable: true }) query?: string | null,
    @Args('filter', { type: () => ExpertFilter, nullable: true }) filter?: ExpertFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first = 20,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Context() ctx?: GraphQLContext,
  ): Promise<ExpertSearchResult> {
    const page = await this.service.search(actor, query, filter ?? {}, first, after);
    // The hits' region fields are answered from the regions the search read (see ExpertService.search).
    for (const r of page.regions) ctx?.loaders.region.prime(r.code, r);
    return {
      total: page.total,
      totalCapped: page.totalCapped,
      facetsCapped: page.facetsCapped,
      hits: page.hits.map((h) => ({ expert: Expert.from(h.view), highlights: h.highlights, score: h.score })),
      suggestions: page.suggestions,
      broadened: page.broadened.map((b) => ({ word: b.word, broader: b.broader })),
      unmatched: page.unmatched,
      facets: page.facets,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL', 'EXPERT')
  @Query(() => Expert, { nullable: true })
  async expert(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Expert> {
    return Expert.from(await this.service.get(actor, id));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => Expert, { description: '新增或修改专家（管理员、省厅）' })
  async upsertExpert(@CurrentActor() actor: Actor, @Args('input') input: ExpertInput): Promise<Expert> {
    return Expert.from(await this.service.upsert(actor, input));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => Expert, { description: '停用专家（不再参与匹配）' })
  async deactivateExpert(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Expert> {
    return Expert.from(await this.service.setStatus(actor, id, 'INACTIVE', reason));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Mutation(() => Expert, { description: '重新启用专家' })
  async reactivateExpert(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Expert> {
    return Expert.from(await this.service.setStatus(actor, id, 'ACTIVE'));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Extensions({ maxLength: { csv: BODY_LIMIT_BYTES } })
  @Mutation(() => ImportReport, {
    description: '即时导入 CSV（UTF-8，可带 BOM），最多 5000 行；更大的文件用 startExpertImport',
    complexity: COST.IMPORT_NOW,
  })
  async importExperts(@CurrentActor() actor: Actor, @Args('csv') csv: string): Promise<ImportReport> {
    return ImportReport.from(await this.imports.importNow(actor, csv));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Extensions({ maxLength: { contentBase64: BODY_LIMIT_BYTES } })
  @Mutation(() => ImportJob, {
    description: '后台导入 .xlsx 或 .csv（Base64），用 importJob 查询进度与结果',
    complexity: COST.START_IMPORT,
  })
  async startExpertImport(
    @CurrentActor() actor: Actor,
    @Args('fileName') fileName: string,
    @Args('contentBase64') contentBase64: string,
  ): Promise<ImportJob> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) throw AppError.badInput('文件内容应为 Base64 编码');
    return ImportJob.from(await this.imports.start(actor, fileName, Buffer.from(contentBase64, 'base64')));
  }

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => ImportJob, { description: '导入任务的进度与结果' })
  async importJob(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ImportJob> {
    return ImportJob.from(await this.imports.job(actor, id));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => FileDownload, {
    description: '即时导出专家库（或检索结果）为 xlsx，最多 2000 行；更多时请用 startExpertExport 后台导出',
    complexity: COST.EXPORT_EXPERTS,
  })
  async exportExperts(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String, nullable: true }) query?: string | null,
    @Args('filter', { type: () => ExpertFilter, nullable: true }) filter?: ExpertFilter | null,
  ): Promise<FileDownload> {
    const file = await this.exports.exportXlsx(actor, query, filter ?? {});
    return { fileName: file.fileName, mimeType: XLSX_MIME, contentBase64: file.content.toString('base64') };
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Mutation(() => ExportJob, {
    description:
      '后台导出专家库（或检索结果）为 xlsx，不限行数；用 exportJob 查询进度，完成后凭下载链接下载（仅本账号，同时只能有一个导出任务）',
    complexity: COST.START_EXPORT,
  })
  async startExpertExport(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String, nullable: true }) query?: string | null,
    @Args('filter', { type: () => ExpertFilter, nullable: true }) filter?: ExpertFilter | null,
  ): Promise<ExportJob> {
    const job = await this.exports.start(actor, query, filter ?? {});
    return ExportJob.from(job, this.exports.downloadLink(job));
  }

  @Roles('ADMIN', 'PROVINCE', 'LOCAL')
  @Query(() => ExportJob, { description: '导出任务的进度；完成后给出下载链接（仅发起导出的账号）' })
  async exportJob(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ExportJob> {
    const job = await this.exports.job(actor, id);
    return ExportJob.from(job, this.exports.downloadLink(job));
  }

  @ResolveField(() => String, { nullable: true, description: '手机（无权限时脱敏，如 138****5678）' })
  async phone(
    @Parent() e: Expert,
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
  ): Promise<string | null> {
    if (e.view.contactVisible && e.view.expert.phone) await this.audit(actor, ctx, e.id, 'phone');
    return this.service.phoneFor(e.view);
  }

  @ResolveField(() => String, { nullable: true, description: '邮箱（无权限时脱敏）' })
  async email(
    @Parent() e: Expert,
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
  ): Promise<string | null> {
    if (e.view.contactVisible && e.view.expert.email) await this.audit(actor, ctx, e.id, 'email');
    return this.service.emailFor(e.view);
  }

  // Without parameter decorators, so Nest hands it to graphql-js as it is (see actorOf): every hit resolves it.
  @ResolveField(() => Region, { nullable: true })
  async region(e: Expert, _args: unknown, ctx: GraphQLContext): Promise<Region | null> {
    const r = await ctx.loaders.region.load(e.regionCode);
    return r ? Region.from(r) : null;
  }

  private async audit(actor: Actor, ctx: GraphQLContext, expertId: string, field: 'phone' | 'email') {
    const key = `${expertId}:${field}`;
    ctx.contactReads ??= new Set();
    if (ctx.contactReads.has(key)) return;
    ctx.contactReads.add(key);
    await this.service.recordContactRead(actor, expertId, field);
  }
}
