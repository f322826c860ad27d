// The printable PDF of an application (annex 1 or 2), for whoever may read the application: the same access check
// as the query, then the shared sheet filled with the names the form refers to by id.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  applicationSheet,
  isUuid,
  kindOfCategory,
  TITLE_LEVEL_LABELS,
  type Actor,
  type SheetExpert,
} from '@app/domain';
import { Clock } from '@app/platform';
import { ExpertRepository } from '../experts/expert.repository.js';
import { PDF_MARKS, renderApplicationPdf } from './application-pdf.js';
import { ProgrammeApplicationService } from './programme-application.service.js';
import type { ProgrammeApplicationEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

export interface ApplicationPdf {
  fileName: string;
  content: Buffer;
}

/** The day in China (UTC+8 all year, no summer time) as YYYY-MM-DD. */
function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A file name without the characters file systems refuse. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').slice(0, 120);
}

@Injectable()
export class ProgrammeApplicationPdfService {
  constructor(
    private readonly applications: ProgrammeApplicationService,
    private readonly repo: ProgrammeRepository,
    private readonly experts: ExpertRepository,
    private readonly clock: Clock,
  ) {}

  async render(actor: Actor, id: string, opts: { uncompressed?: boolean } = {}): Promise<ApplicationPdf> {
    if (!isUuid(id)) throw AppError.badInput('申报编号格式不正确', { id: '申报编号格式不正确' });
    const a = await this.applications.get(actor, id);
    const [call, names, { experts, leadName }] = await Promise.all([
      this.repo.findCall(a.callId),
      this.applications.organizationNames([a.applicantOrganizationId]),
      this.expertsOf(a),
    ]);
    const applicantName = names.get(a.applicantOrganizationId) ?? '';
    const team = kindOfCategory(a.category) === 'TEAM';
    const sheet = applicationSheet(
      {
        category: a.category,
        form: a.form,
        year: String(call?.year ?? a.createdAt.getFullYear()),
        applicantName,
        leadExpertName: leadName,
        recommendOpinion: a.recommendOpinion,
        experts,
      },
      PDF_MARKS,
    );
    const draft = a.status === 'DRAFT';
    const content = await renderApplicationPdf(
      sheet,
      { applicantName, draft, date: chinaDay(a.submittedAt ?? this.clock.now()) },
      opts,
    );
    const title = team ? '专家服务基层示范团项目申报表' : '专家服务基地申报表';
    return {
      fileName: safeFileName(`${title}-${a.name || '未命名'}${draft ? '-草稿' : ''}`) + '.pdf',
      content,
    };
  }

  /** The lead and the members the form names, in that order, as the expert library has them. */
  private async expertsOf(
    a: ProgrammeApplicationEntity,
  ): Promise<{ experts: SheetExpert[]; leadName: string | null }> {
    const lead = a.form.leadExpertId;
    const members = 'memberExpertIds' in a.form ? a.form.memberExpertIds : [];
    const ids = [lead, ...members].filter((x): x is string => !!x);
    const rows = await this.experts.withEmployers([...new Set(ids)]);
    const leadRole = kindOfCategory(a.category) === 'TEAM' ? '领衔专家' : '首席（领衔）专家';
    const experts = rows.map(({ expert, employerName }) => ({
      role: expert.id === lead ? leadRole : '服务专家',
      name: expert.name,
      title: [expert.title, TITLE_LEVEL_LABELS[expert.titleLevel]].filter(Boolean).join(' · '),
      employer: employerName,
    }));
    return { experts, leadName: rows.find((r) => r.expert.id === lead)?.expert.name ?? null };
  }
}
