// 年终: the year's closing dates as time limits — reminders go out on working days before services end and before
// reports are due (outbox rows written when the lists are published), and the day after the deadline the province
// hears who has not reported. Each approved team files its year report (summary; the explanation of money left,
// from its funding); the province sees every team's state with the survey's missing items, and exports who has
// not reported. The year report is the team's final accounts too (经费决算): per approved budget line what was
// spent, reconciled with the spending recorded through the year, the balance explained and the amount returned; it
// is refused while the survey lacks what every team has (batches, units served, money, support for experts).
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  approvedBudgetLines,
  computeFinalAccounts,
  isUuid,
  surveyItemsBlockingReport,
  yearEndDeadlines,
  yearEndMissingNotice,
  yearEndReminderNotice,
  yearEndReminders,
  yearReportProblems,
  type Actor,
  type ApprovedBudgetLine,
  type YearEndReminderKind,
  type YearReportDraft,
} from '@app/domain';
import { Clock, UnitOfWork, writeAudit, writeXlsx } from '@app/platform';
import { CalendarService } from '../calendar/calendar.service.js';
import { AppOutbox } from '../jobs/job-map.js';
import { TeamRepository } from '../dispatch/team.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { ServiceRepository } from '../service/service.repository.js';
import { SurveyService } from '../service/survey.service.js';
import { assertProvince, mayFileYearReport } from './programme-access.js';
import { ProgrammeTeamRepository, type ApprovedTeamRow } from './programme-team.repository.js';
import { ProgrammeYearReportEntity } from './programme.entities.js';
import { ProgrammeRepository } from './programme.repository.js';

export interface YearReportStatus {
  team: ApprovedTeamRow;
  report: ProgrammeYearReportEntity | null;
  late: boolean;
  spent: number;
  /** What the team's survey (annex 4) still lacks. */
  surveyMissing: string[];
}

/** What the year-report form starts from: the approved lines, the money, the survey's gaps, the last report. */
export interface YearReportForm {
  team: ApprovedTeamRow;
  lines: ApprovedBudgetLine[];
  budget: number;
  /** Spending recorded through the year (the final accounts must agree with it). */
  recorded: number;
  surveyMissing: string[];
  /** The survey items that hold the report back. */
  surveyBlocking: string[];
  report: ProgrammeYearReportEntity | null;
}

const NOT_REPORTED_HEADER = [
  '序号',
  '服务团',
  '级别',
  '依托单位',
  '核定经费（元）',
  '已支出（元）',
  '成效调查表缺项',
  '状态',
];

@Injectable()
export class ProgrammeYearEndService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly teams: ProgrammeTeamRepository,
    private readonly teamRows: TeamRepository,
    private readonly programme: ProgrammeRepository,
    private readonly service: ServiceRepository,
    private readonly survey: SurveyService,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
    private readonly outbox: AppOutbox,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  /** Writes the year's reminders into the outbox (idempotent by job id), inside the publishing unit of work. */
  async schedule(m: EntityManager, year: number): Promise<void> {
    for (const r of yearEndReminders(year, await this.calendar.current(m))) {
      await this.outbox.add(
        m,
        'programme.year-end',
        { year, kind: r.kind },
        { jobId: `programme-year-end-${year}-${r.kind}`, runAt: r.at },
      );
    }
  }

  /** A reminder's run: the teams of the year without a report hear of it; after the deadline the province too. */
  async remind(payload: { year: number; kind: YearEndReminderKind }): Promise<void> {
    const missing = (await this.statuses(payload.year)).filter((s) => !s.report);
    if (!missing.length) return;
    await this.uow.run(async (m) => {
      for (const { team } of missing) {
        const leads = (await this.recipients.expertAccounts([team.leadExpertId], m)).map((a) => a.id);
        const hosts = await this.programme.accountsOf([team.hostOrganizationId], ['UNIT'], m);
        await this.notifications.notifyAll(
          m,
          [...leads, ...hosts],
          yearEndReminderNotice(payload.kind, payload.year, team.teamName),
          {
            link: `/teams/${team.teamId}`,
            dedupeKey: `programme-year-end-${payload.year}-${payload.kind}-${team.teamId}`,
          },
        );
      }
      if (payload.kind === 'REPORT_OVERDUE') {
        const province = [
          ...new Set(
            (
              await Promise.all(missing.map((s) => this.recipients.dispatchersFor(s.team.regionCode, m)))
            ).flat(),
          ),
        ];
        await this.notifications.notifyAll(
          m,
          province,
          yearEndMissingNotice(
            payload.year,
            missing.map((s) => s.team.teamName),
          ),
          {
            link: '/programme/year-end',
            dedupeKey: `programme-reports-missing-${payload.year}`,
          },
        );
      }
    });
  }

  private async fileable(actor: Actor, teamId: string): Promise<ApprovedTeamRow | null> {
    const [team] = isUuid(teamId) ? await this.teams.approvedTeams({ teamId }) : [];
    if (!team) return null;
    if (!mayFileYearReport(actor, team))
      throw AppError.forbidden('年度材料由服务团领衔专家或依托单位上报', 'APPLICATION_FORBIDDEN');
    return team;
  }

  /** The form of a team's year report; null for a team no published list made (nothing to file). */
  async form(actor: Actor, teamId: string): Promise<YearReportForm | null> {
    const team = await this.fileable(actor, teamId);
    if (!team) return null;
    const entity = await this.teamRows.find(team.teamId);
    const survey = entity ? await this.survey.compute(entity) : null;
    const [report] = await this.teams.yearReports([team.teamId], team.year);
    const budget = team.budget ?? 0;
    return {
      team,
      lines: approvedBudgetLines(team.budgetLines, budget),
      budget,
      recorded: await this.service.spent(team.teamId),
      surveyMissing: survey?.missing ?? [],
      surveyBlocking: surveyItemsBlockingReport(survey?.missing ?? []),
      report: report ?? null,
    };
  }

  /**
   * The lead expert or the host unit files the team's year report with its final accounts (again: it replaces the
   * earlier one). The team row is locked, so spending recorded meanwhile cannot slip past the reconciliation.
   */
  async submit(actor: Actor, teamId: string, input: YearReportDraft): Promise<ProgrammeYearReportEntity> {
    const team = await this.fileable(actor, teamId);
    if (!team) throw AppError.notFound('年度服务团', 'TEAM_NOT_FOUND');
    return this.uow.run(async (m) => {
      const locked = await this.teamRows.lockTeam(m, team.teamId);
      if (!locked) throw AppError.notFound('年度服务团', 'TEAM_NOT_FOUND');
      const recorded = await this.service.spent(team.teamId, m);
      const budget = locked.budget ?? 0;
      const lines = approvedBudgetLines(team.budgetLines, budget);
      const surveyMissing = (await this.survey.compute(locked)).missing;
      const problems = yearReportProblems(input, { lines, budget, recorded, surveyMissing });
      if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
      const accounts = computeFinalAccounts(
        lines,
        (input.lineSpent ?? []) as number[],
        budget,
        (input.amountReturned as number | null | undefined) ?? null,
      );
      const row = m.getRepository(ProgrammeYearReportEntity).create({
        teamId: team.teamId,
        year: team.year,
        summary: input.summary.trim(),
        balanceNote: input.balanceNote?.trim() || null,
        budget,
        spent: accounts.spent,
        lines: accounts.lines,
        amountReturned: accounts.returned,
        submittedBy: actor.accountId,
        submittedAt: this.clock.now(),
      });
      await m.getRepository(ProgrammeYearReportEntity).save(row);
      await writeAudit(m, actor, {
        action: 'programme.year_report',
        entityType: 'team',
        entityId: team.teamId,
        after: {
          year: team.year,
          budget,
          spent: accounts.spent,
          balance: accounts.balance,
          returned: accounts.returned,
          balanceNote: row.balanceNote,
        },
      });
      return row;
    });
  }

  private async statuses(year: number, actor?: Actor): Promise<YearReportStatus[]> {
    const teams = await this.teams.approvedTeams({ year });
    const reports = await this.teams.yearReports(
      teams.map((t) => t.teamId),
      year,
    );
    const due = yearEndDeadlines(year).reportsDueOn;
    const loads = await this.teams.loads(teams.map((t) => t.teamId));
    const out: YearReportStatus[] = [];
    for (const team of teams) {
      const report = reports.find((r) => r.teamId === team.teamId) ?? null;
      const late = report
        ? report.submittedAt.getTime() > Date.parse(`${due}T23:59:59+08:00`)
        : this.clock.now().getTime() > Date.parse(`${due}T23:59:59+08:00`);
      const surveyMissing = actor ? (await this.survey.teamSurvey(actor, team.teamId)).missing : [];
      out.push({ team, report, late, spent: loads.get(team.teamId)?.spent ?? 0, surveyMissing });
    }
    return out;
  }

  /** The province's view of the year: every approved team, reported or not, with what its survey lacks. */
  async status(actor: Actor, year: number): Promise<YearReportStatus[]> {
    assertProvince(actor, '年度上报情况由省（市）人社局查看');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw AppError.badInput('年度无效');
    return this.statuses(year, actor);
  }

  /** Who has not reported, as xlsx. */
  async exportMissing(
    actor: Actor,
    year: number,
  ): Promise<{ fileName: string; content: Buffer; rows: number }> {
    const missing = (await this.status(actor, year)).filter((s) => !s.report);
    const rows = missing.map((s, i) => [
      String(i + 1),
      s.team.teamName,
      s.team.level === 'NATIONAL' ? '国家级' : '市级',
      s.team.hostName,
      String(s.team.budget ?? ''),
      String(s.spent),
      s.surveyMissing.join('、') || '无',
      s.late ? '逾期未报' : '未上报',
    ]);
    return {
      fileName: `${year}年专家服务基层未上报名单.xlsx`,
      content: await writeXlsx('未上报', NOT_REPORTED_HEADER, rows),
      rows: rows.length,
    };
  }
}
