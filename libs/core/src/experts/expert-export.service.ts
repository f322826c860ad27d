import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EXPERT_SOURCE_LABELS, GENDER_LABELS, HONOUR_LABELS, TITLE_LEVEL_LABELS, type Actor } from '@app/domain';
import { writeAudit, writeXlsx } from '@app/platform';
import { fieldLabels } from './expert-document.js';
import { ExpertService, type ExpertFilterInput } from './expert.service.js';

export const EXPORT_MAX_ROWS = 20000;
const HEADER = ['姓名', '性别', '工作单位', '职称', '职称级别', '专业领域', '研究方向', '人才称号', '所在地区', '专家来源', '是否退休', '手机', '邮箱', '状态'];

/** The library, or the part a search selects, as an xlsx in the import's own layout (it can be re-imported). */
@Injectable()
export class ExpertExportService {
  constructor(
    private readonly db: DataSource,
    private readonly experts: ExpertService,
  ) {}

  async exportXlsx(actor: Actor, query: string | null | undefined, filter: ExpertFilterInput): Promise<{ fileName: string; content: Buffer; rows: number }> {
    const rows: (string | number | null)[][] = [];
    let after: string | null = null;
    let unmasked = 0;
    do {
      const page = await this.experts.search(actor, query, filter, 100, after);
      for (const { view } of page.hits) {
        const e = view.expert;
        if (view.contactVisible && (e.phone || e.email)) unmasked++;
        rows.push([
          e.name,
          e.gender ? GENDER_LABELS[e.gender] : '',
          view.employerName,
          e.title,
          TITLE_LEVEL_LABELS[e.titleLevel],
          fieldLabels(e.fields),
          e.specialties,
          e.honours.map((h) => HONOUR_LABELS[h]).join('、'),
          e.regionCode,
          EXPERT_SOURCE_LABELS[e.source],
          e.retired ? '是' : '否',
          this.experts.phoneFor(view),
          this.experts.emailFor(view),
          e.status === 'ACTIVE' ? '在库' : '已停用',
        ]);
      }
      after = page.hasNextPage && rows.length < EXPORT_MAX_ROWS ? page.endCursor : null;
    } while (after);
    await writeAudit(this.db.manager, actor, {
      action: 'expert.export',
      entityType: 'expert',
      after: { rows: rows.length, unmaskedContacts: unmasked, query: query ?? null, filter },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return { fileName: `专家库-${stamp}.xlsx`, content: await writeXlsx('专家库', HEADER, rows), rows: rows.length };
  }
}
