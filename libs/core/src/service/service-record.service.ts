// The continuing-education ledger: an expert's year of service (working days, teams, activities, ratings) and
// whether the 10-working-day credit is met; its xlsx; certificates with a code anyone can verify.
import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  AppError,
  CE_CREDIT_WORKING_DAYS,
  ceCreditMet,
  chinaDate,
  isUuid,
  workingDaysServed,
  type Actor,
  type ActivityType,
} from '@app/domain';
import { Clock, PG_UNIQUE_VIOLATION, pgErrorCode, writeXlsx } from '@app/platform';
import { canManageRegion } from '../access/access-scope.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { EvaluationService } from './evaluation.service.js';
import type { ServiceCertificateEntity } from './service.entities.js';
import { ServiceRepository, type ExpertBatchRow } from './service.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';

export interface ServiceRecordView {
  expertId: string;
  expertName: string;
  employer: string;
  year: number;
  workingDays: number;
  requiredDays: number;
  creditMet: boolean;
  teams: { teamId: string; teamName: string; role: string; batches: number; workingDays: number }[];
  batches: (ExpertBatchRow & { workingDays: number; activityText: string })[];
  activities: { key: ActivityType; label: string; count: number }[];
  rating: number | null;
  ratingCount: number;
  certificates: ServiceCertificateEntity[];
}

// No 0/O/1/I: codes are read off paper.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

@Injectable()
export class ServiceRecordService {
  constructor(
    private readonly repo: ServiceRepository,
    private readonly experts: ExpertRepository,
    private readonly audit: AuditRepository,
    private readonly evaluations: EvaluationService,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
  ) {}

  /** The expert themself, the province and ADMIN; a LOCAL bureau for experts of its region. */
  private async expertFor(actor: Actor, expertId: string) {
    const [row] = isUuid(expertId) ? await this.experts.withEmployers([expertId]) : [];
    if (!row) throw AppError.notFound('专家', 'EXPERT_NOT_FOUND');
    const e = row.expert;
    const allowed =
      actor.role === 'ADMIN' ||
      (actor.role === 'EXPERT' && actor.expertId === e.id) ||
      ((actor.role === 'PROVINCE' || actor.role === 'LOCAL') && canManageRegion(actor, e.regionCode));
    if (!allowed) throw AppError.forbidden('只能查看本人或本辖区专家的服务记录', 'SERVICE_RECORD_FORBIDDEN');
    return row;
  }

  private checkYear(year: number): void {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw AppError.badInput('年份无效', { year: '请填写四位年份' });
  }

  async record(actor: Actor, expertId: string, year: number): Promise<ServiceRecordView> {
    this.checkYear(year);
    const { expert, employerName } = await this.expertFor(actor, expertId);
    const rows = await this.repo.batchesOfExpert(expert.id, year);
    const teams = new Map<string, ServiceRecordView['teams'][number] & { periods: typeof rows }>();
    for (const b of rows) {
      const t = teams.get(b.teamId) ?? {
        teamId: b.teamId,
        teamName: b.teamName,
        role: b.leadExpertId === expert.id ? '领衔专家' : '团队成员',
        batches: 0,
        workingDays: 0,
        periods: [],
      };
      t.batches++;
      t.periods.push(b);
      teams.set(b.teamId, t);
    }
    const activityCounts = new Map<ActivityType, number>();
    for (const b of rows)
      for (const a of b.activities) activityCounts.set(a.type, (activityCounts.get(a.type) ?? 0) + a.count);
    const [ratings, certificates] = await Promise.all([
      this.evaluations.ratings([expert.id]),
      this.repo.certificatesOf(expert.id, year),
    ]);
    const rating = ratings.get(expert.id) ?? null;
    const cal = await this.calendar.current();
    const workingDays = workingDaysServed(rows, year, cal);
    return {
      expertId: expert.id,
      expertName: expert.name,
      employer: employerName,
      year,
      workingDays,
      requiredDays: CE_CREDIT_WORKING_DAYS,
      creditMet: ceCreditMet(workingDays),
      teams: [...teams.values()].map(({ periods, ...t }) => ({
        ...t,
        workingDays: workingDaysServed(periods, year, cal),
      })),
      batches: rows.map((b) => ({
        ...b,
        workingDays: workingDaysServed([b], year, cal),
        activityText: b.activities.map((a) => `${ACTIVITY_TYPE_LABELS[a.type]} ${a.count}`).join('、'),
      })),
      activities: ACTIVITY_TYPES.filter((t) => activityCounts.has(t)).map((t) => ({
        key: t,
        label: ACTIVITY_TYPE_LABELS[t],
        count: activityCounts.get(t)!,
      })),
      rating: rating?.average ?? null,
      ratingCount: rating?.count ?? 0,
      certificates,
    };
  }

  /** Working days served in a year by many experts at once (for lists). */
  async daysServed(expertIds: readonly string[], year: number): Promise<Map<string, number>> {
    const [periods, cal] = await Promise.all([
      this.repo.periodsOfExperts(expertIds, year),
      this.calendar.current(),
    ]);
    return new Map(expertIds.map((id) => [id, workingDaysServed(periods.get(id) ?? [], year, cal)]));
  }

  async exportRecord(
    actor: Actor,
    expertId: string,
    year: number,
  ): Promise<{ fileName: string; content: Buffer }> {
    const r = await this.record(actor, expertId, year);
    const rows: (string | number | null)[][] = r.batches.map((b, i) => [
      i + 1,
      b.teamName,
      b.startDate,
      b.endDate,
      b.days,
      b.workingDays,
      b.regionName,
      b.activityText,
    ]);
    rows.push([]);
    rows.push([
      '合计',
      `${r.teams.length} 个服务团`,
      '',
      '',
      r.batches.reduce((s, b) => s + b.days, 0),
      r.workingDays,
      '',
      '',
    ]);
    rows.push([
      '继续教育认定',
      r.creditMet
        ? `已达到 ${r.requiredDays} 个工作日`
        : `未达到（还差 ${r.requiredDays - r.workingDays} 个工作日）`,
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      '服务评价',
      r.rating === null ? '暂无评价' : `${r.rating} 分（${r.ratingCount} 次）`,
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    const content = await writeXlsx(
      `${r.year}年服务记录`,
      ['序号', '服务团', '开始日期', '结束日期', '服务天数', '工作日天数', '服务地点', '服务活动'],
      rows,
    );
    await this.audit.record(actor, {
      action: 'report.serviceRecord',
      entityType: 'expert',
      entityId: r.expertId,
      after: { year },
    });
    return { fileName: `${r.expertName}-${r.year}年服务基层记录.xlsx`, content };
  }

  /** Issues a certificate of the year's record as it stands now; the code can be checked by anyone. */
  async issueCertificate(actor: Actor, expertId: string, year: number): Promise<ServiceCertificateEntity> {
    if (!['ADMIN', 'PROVINCE', 'EXPERT'].includes(actor.role))
      throw AppError.forbidden('服务证明由专家本人或省厅开具', 'CERTIFICATE_FORBIDDEN');
    const r = await this.record(actor, expertId, year);
    if (r.workingDays === 0) throw AppError.conflict(`${year} 年尚无服务记录，不能开具证明`, 'NO_SERVICE');
    if (year > Number(chinaDate(this.clock.now()).slice(0, 4)))
      throw AppError.badInput('不能为未来年份开具证明', { year: '年份无效' });
    for (let attempt = 0; ; attempt++) {
      const code = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      try {
        const cert = await this.repo.insertCertificate({
          code,
          expertId: r.expertId,
          year,
          expertName: r.expertName,
          employerName: r.employer || null,
          workingDays: r.workingDays,
          creditMet: r.creditMet,
          teams: r.teams.map((t) => t.teamName),
          issuedBy: actor.accountId,
          issuedAt: this.clock.now(),
          revokedAt: null,
        });
        await this.audit.record(actor, {
          action: 'certificate.issue',
          entityType: 'service_certificate',
          entityId: cert.id,
          after: { code, expertId: r.expertId, year, workingDays: r.workingDays },
        });
        return cert;
      } catch (err) {
        if (pgErrorCode(err) !== PG_UNIQUE_VIOLATION || attempt > 3) throw err;
      }
    }
  }

  /** Public check of a certificate code: what it certified, or why it is not valid. */
  async verify(
    code: string,
  ): Promise<{ valid: boolean; message: string; certificate: ServiceCertificateEntity | null }> {
    const normalized = (code ?? '').trim().toUpperCase().replace(/[\s-]/g, '');
    if (!/^[A-Z0-9]{12}$/.test(normalized))
      return { valid: false, message: '验证码格式不正确（应为 12 位字母和数字）', certificate: null };
    const cert = await this.repo.certificateByCode(normalized);
    if (!cert) return { valid: false, message: '未找到该验证码对应的证明，请核对后重试', certificate: null };
    if (cert.revokedAt) return { valid: false, message: '该证明已作废', certificate: cert };
    return { valid: true, message: '证明真实有效', certificate: cert };
  }
}
