import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { AuditExportService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { COST } from '../common/query-costs.js';
import { FileDownload } from '../experts/expert.types.js';
import { AuditFilterInput } from './audit.types.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Resolver()
export class AuditExportResolver {
  constructor(private readonly service: AuditExportService) {}

  @Roles('ADMIN')
  @Query(() => FileDownload, {
    description: '按筛选条件导出审计日志为 xlsx（管理员），最多 20000 条',
    complexity: COST.EXPORT_AUDIT_LOG,
  })
  async exportAuditLog(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter?: AuditFilterInput | null,
  ): Promise<FileDownload> {
    const file = await this.service.exportXlsx(actor, filter ?? {});
    return { fileName: file.fileName, mimeType: XLSX_MIME, contentBase64: file.content.toString('base64') };
  }
}
