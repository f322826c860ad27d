// What the year's cycle hands on as lists: each recommender's annex 3 (申报情况一览表) built from its applications
// with the existing annex 3 layout, and the published lists — the public page's rows and a workbook laid out like
// annexes 1 and 2 of the 2026 notice (序号, 类别, 名称, 单位).
import { Injectable } from '@nestjs/common';
import {
  AppError,
  FIELD_LABELS,
  HONOUR_LABELS,
  PROGRAMME_CATEGORY_LABELS,
  RECOMMENDED_STATUSES,
  TITLE_LEVEL_LABELS,
  clipText,
  isUuid,
  listedCategory,
  safeCell,
  type Actor,
  type BaseForm,
  type ProgrammeCategory,
  type TeamForm,
} from '@app/domain';
import { loadExcelJs, writeXlsx } from '@app/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { ANNEX3_HEADER, ANNEX3_SUMMARY_MAX } from '../service/survey.service.js';
import { isProvince } from './programme-access.js';
import type { ProgrammeCallEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

export interface PublishedEntry {
  listed: ProgrammeCategory;
  kindLabel: '服务团' | '基地';
  name: string;
  unit: string;
  applicationId: string;
  teamId: string | null;
  baseId: string | null;
}

export interface PublishedLists {
  call: ProgrammeCallEntity;
  national: PublishedEntry[];
  municipal: PublishedEntry[];
}

@Injectable()
export class ProgrammeListsService {
  constructor(
    private readonly repo: ProgrammeRepository,
    private readonly organizations: OrganizationRepository,
    private readonly experts: ExpertRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The published lists of a year (public); null while the year's lists are not published. */
  async published(year: number): Promise<PublishedLists | null> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw AppError.badInput('年份无效', { year: '请填写四位年份' });
    const call = await this.repo.callOfYear(year);
    if (!call || call.status !== 'PUBLISHED') return null;
    const apps = await this.repo.applications({
      callId: call.id,
      scope: { kind: 'ALL' },
      statuses: ['SELECTED', 'CONFIRMED'],
    });
    const orgs = new Map(
      (await this.organizations.byIds([...new Set(apps.map((a) => a.applicantOrganizationId))])).map((o) => [
        o.id,
        o.name,
      ]),
    );
    const entries = apps.map((a): PublishedEntry => {
      const listed = listedCategory(a.category, a.status)!;
      return {
        listed,
        kindLabel: listed.endsWith('TEAM') ? '服务团' : '基地',
        name: a.name,
        unit: orgs.get(a.applicantOrganizationId) ?? '',
        applicationId: a.id,
        teamId: a.teamId,
        baseId: a.baseId,
      };
    });
    // Teams before bases, as the notice lists them.
    const order = (e: PublishedEntry) => (e.kindLabel === '服务团' ? 0 : 1);
    const sorted = entries.sort((x, y) => order(x) - order(y));
    return {
      call,
      national: sorted.filter((e) => e.listed.startsWith('NATIONAL')),
      municipal: sorted.filter((e) => e.listed.startsWith('MUNICIPAL')),
    };
  }

  /** The published lists as a workbook: 附件1 国家级, 附件2 市级. */
  async publishedXlsx(year: number): Promise<{ fileName: string; content: Buffer } | null> {
    const lists = await this.published(year);
    if (!lists) return null;
    const wb = new (await loadExcelJs()).Workbook();
    wb.creator = '专家服务基层平台';
    const sheet = (title: string, entries: PublishedEntry[]) => {
      const ws = wb.addWorksheet(title.slice(0, 31));
      ws.addRow([safeCell(`${year}年${title}`)]).font = { bold: true, size: 14 };
      ws.mergeCells(1, 1, 1, 4);
      ws.addRow(['序号', '类别', '名称', '单位']).font = { bold: true };
      entries.forEach((e, i) => ws.addRow([i + 1, e.kindLabel, safeCell(e.name), safeCell(e.unit)]));
      ws.columns = [{ width: 8 }, { width: 10 }, { width: 60 }, { width: 40 }];
    };
    sheet('国家级专家服务基层项目名单', lists.national);
    sheet('市级专家服务基层项目名单', lists.municipal);
    return {
      fileName: `${year}年国家和本市专家服务基层项目名单.xlsx`,
      content: Buffer.from(await wb.xlsx.writeBuffer()),
    };
  }

  /**
   * Annex 3 (申报情况一览表) from the applications: a recommender's recommended and pending ones, the province every
   * recommended one, in the layout of the existing annex 3 export.
   */
  async annex3(actor: Actor, callId: string): Promise<{ fileName: string; content: Buffer; rows: number }> {
    const call = isUuid(callId) ? await this.repo.findCall(callId) : null;
    if (!call) throw AppError.notFound('申报通知', 'CALL_NOT_FOUND');
    let apps;
    if (isProvince(actor))
      apps = await this.repo.applications({ callId, scope: { kind: 'ALL' }, statuses: RECOMMENDED_STATUSES });
    else if (
      actor.role === 'LOCAL' &&
      actor.organizationId &&
      (await this.repo.recommenderIds(callId)).includes(actor.organizationId)
    )
      apps = await this.repo.applications({
        callId,
        scope: { kind: 'RECOMMENDER', organizationId: actor.organizationId },
        statuses: ['SUBMITTED', ...RECOMMENDED_STATUSES],
      });
    else throw AppError.forbidden('一览表由推荐单位和省（市）人社局导出', 'ANNEX3_FORBIDDEN');
    const orgIds = [
      ...new Set(apps.flatMap((a) => [a.applicantOrganizationId, a.recommenderOrganizationId])),
    ];
    const orgs = new Map((await this.organizations.byIds(orgIds)).map((o) => [o.id, o.name]));
    const leads = new Map(
      (await this.experts.withEmployers(apps.map((a) => a.leadExpertId).filter((x): x is string => !!x))).map(
        (r) => [r.expert.id, r.expert],
      ),
    );
    const table = apps.map((a, i) => {
      const lead = a.leadExpertId ? leads.get(a.leadExpertId) : undefined;
      const level = lead
        ? [
            TITLE_LEVEL_LABELS[lead.titleLevel],
            ...lead.honours.filter((h) => h !== 'OTHER').map((h) => HONOUR_LABELS[h]),
          ].join('、')
        : '';
      const team = a.category.endsWith('TEAM') ? (a.form as TeamForm) : null;
      const base = team ? null : (a.form as BaseForm);
      const keyCounties = team ? [...team.pairing.crossProvinceKey, ...team.pairing.inProvinceKey] : [];
      const place = team
        ? `${team.places}${keyCounties.length ? `（国家乡村振兴重点帮扶县：${keyCounties.join('、')}）` : ''}`
        : base!.location;
      const experts = team
        ? `服务专家 ${team.expertCount ?? 0} 人`
        : `对口联系专家 ${(base!.ownExperts ?? 0) + (base!.externalExperts ?? 0)} 人`;
      return [
        i + 1,
        orgs.get(a.recommenderOrganizationId) ?? '',
        PROGRAMME_CATEGORY_LABELS[a.category],
        a.name,
        orgs.get(a.applicantOrganizationId) ?? '',
        place,
        lead ? `领衔专家 ${lead.name}（${level}）；${experts}` : experts,
        clipText(a.form.summary ?? '', ANNEX3_SUMMARY_MAX),
        a.fields.map((f) => FIELD_LABELS[f]).join('、'),
      ];
    });
    await this.audit.record(actor, {
      action: 'programme.annex3',
      entityType: 'programme_call',
      entityId: call.id,
      after: { rows: table.length },
    });
    return {
      fileName: `${call.year}年专家服务基层申报情况一览表.xlsx`,
      content: await writeXlsx('一览表', ANNEX3_HEADER, table),
      rows: table.length,
    };
  }
}
