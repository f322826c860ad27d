// 审计日志导出: the ADMIN's filtered audit log as an xlsx sheet, read page by page (newest first), at most
// AUDIT_EXPORT_MAX_ROWS rows; the export itself is audited.
import { Injectable } from '@nestjs/common';
import { AppError, type Actor } from '@app/domain';
import { writeXlsx, type SheetCell } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { AuditRepository, type AuditFilter } from './audit.repository.js';

export const AUDIT_EXPORT_MAX_ROWS = 20_000;
const PAGE = 1000;

@Injectable()
export class AuditExportService {
  constructor(private readonly audit: AuditRepository) {}

  async exportXlsx(
    actor: Actor,
    filter: AuditFilter,
  ): Promise<{ fileName: string; content: Buffer; rows: number }> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以导出审计日志');
    if (filter.from && filter.to && filter.from > filter.to)
      throw AppError.badInput('开始时间不能晚于结束时间', { from: '开始时间不能晚于结束时间' });
    const rows: SheetCell[][] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const page = await this.audit.page(filter, PAGE, after);
      total = page.totalCount;
      if (total > AUDIT_EXPORT_MAX_ROWS) {
        throw AppError.badInput(
          `符合条件的审计日志有 ${total} 条，超过一次导出上限 ${AUDIT_EXPORT_MAX_ROWS} 条，请缩小时间范围或增加筛选条件`,
          undefined,
          'EXPORT_TOO_LARGE',
        );
      }
      const nodes = page.rows.slice(0, PAGE);
      for (const e of nodes) {
        rows.push([
          e.at.toISOString().replace('T', ' ').slice(0, 19),
          e.actorUsername,
          e.action,
          e.entityType,
          e.entityId,
          e.before ? JSON.stringify(e.before) : null,
          e.after ? JSON.stringify(e.after) : null,
          e.ip,
        ]);
      }
      if (page.rows.length <= PAGE) break;
      after = nodes.at(-1)!.id;
    }
    const content = await writeXlsx(
      '审计日志',
      ['时间（UTC）', '操作人', '动作', '对象类型', '对象标识', '变更前', '变更后', 'IP'],
      rows,
    );
    await this.audit.record(actor, {
      action: 'audit.export',
      entityType: 'audit',
      after: { filter: { ...filter }, rows: rows.length },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return { fileName: `审计日志-${stamp}.xlsx`, content, rows: rows.length };
  }
}
