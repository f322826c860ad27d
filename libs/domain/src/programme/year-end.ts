// 年终: the programme year's closing dates (the 2026 notice: services done 11月上旬前, the year's summary, photos
// and final accounts reported 2026年11月20日前), the reminders before them on working days, what a team's year
// report must hold (a summary; the final accounts, with an explanation when approved money is left — 资金未使用完
// 的，要做出专项说明; a survey complete in the items every team has), and what the notices say. Pure.
import { addDays, isWorkingDay, type WorkingCalendar } from '../time/working-days.js';
import { finalAccountsProblems, type ApprovedBudgetLine } from './final-accounts.js';

export interface YearEndDeadlines {
  /** The last day of service (11月上旬). */
  servicesEndOn: string;
  /** Reports (成效总结、影像资料、经费决算) due. */
  reportsDueOn: string;
}

export function yearEndDeadlines(year: number): YearEndDeadlines {
  return { servicesEndOn: `${year}-11-10`, reportsDueOn: `${year}-11-20` };
}

export type YearEndReminderKind = 'SERVICES_END' | 'REPORT_DUE' | 'REPORT_OVERDUE';

/** Working days before a deadline a reminder goes out. */
export const YEAR_END_LEAD_DAYS = { SERVICES_END: 5, REPORT_DUE: 3 } as const;

/** The date `n` working days before `date`. */
export function workingDaysBefore(date: string, n: number, cal: WorkingCalendar): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, -1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** When each reminder of a year goes out: 09:00 China time on its day. */
export function yearEndReminders(
  year: number,
  cal: WorkingCalendar,
): { kind: YearEndReminderKind; on: string; at: Date }[] {
  const d = yearEndDeadlines(year);
  const at = (day: string) => new Date(Date.parse(`${day}T09:00:00+08:00`));
  const services = workingDaysBefore(d.servicesEndOn, YEAR_END_LEAD_DAYS.SERVICES_END, cal);
  const report = workingDaysBefore(d.reportsDueOn, YEAR_END_LEAD_DAYS.REPORT_DUE, cal);
  const overdue = addDays(d.reportsDueOn, 1);
  return [
    { kind: 'SERVICES_END', on: services, at: at(services) },
    { kind: 'REPORT_DUE', on: report, at: at(report) },
    { kind: 'REPORT_OVERDUE', on: overdue, at: at(overdue) },
  ];
}

export interface YearReportDraft {
  summary: string;
  balanceNote: string | null;
  /** What was spent on each approved budget line, in their order (the final accounts). */
  lineSpent?: readonly unknown[] | null;
  amountReturned?: unknown;
}

/**
 * What a team's survey (annex 4) must hold before its year report is accepted: the items every team has — its
 * batches, the units it served, its money and its support for experts. Outcome items stay warnings: a vegetable
 * team has no clinics, and publicity or connected projects may honestly be none.
 */
export const YEAR_REPORT_SURVEY_ITEMS: readonly string[] = [
  '服务批次',
  '服务的企事业单位数',
  '经费投入',
  '服务保障措施',
];

/** The survey items (of `missing`) that hold the year report back, or an empty list. */
export function surveyItemsBlockingReport(missing: readonly string[]): string[] {
  return missing.filter((m) => YEAR_REPORT_SURVEY_ITEMS.includes(m));
}

/**
 * What is wrong with a team's year report: its summary, its final accounts against the approved lines (see
 * final-accounts.ts) and the survey items it still lacks (field `survey`).
 */
export function yearReportProblems(
  d: YearReportDraft,
  ctx: {
    lines: readonly ApprovedBudgetLine[];
    budget: number;
    recorded: number;
    surveyMissing: readonly string[];
  },
): Record<string, string> {
  const p: Record<string, string> = {};
  const summary = (d.summary ?? '').trim();
  if (!summary) p.summary = '请填写本年度专家服务基层工作成效总结';
  else if ([...summary].length > 2000) p.summary = `成效总结不超过 2000 字（现 ${[...summary].length} 字）`;
  Object.assign(
    p,
    finalAccountsProblems(
      { spent: d.lineSpent, returned: d.amountReturned, balanceNote: d.balanceNote },
      ctx,
    ),
  );
  const gaps = surveyItemsBlockingReport(ctx.surveyMissing);
  if (gaps.length)
    p.survey = `成效调查表尚缺：${gaps.join('、')}。请先在服务团详情中登记服务批次、服务单位和服务保障措施后再上报`;
  return p;
}

export function yearEndReminderNotice(
  kind: YearEndReminderKind,
  year: number,
  teamName: string,
): { kind: string; title: string; body: string } {
  const d = yearEndDeadlines(year);
  if (kind === 'SERVICES_END')
    return {
      kind: 'programme.services_end',
      title: `${year}年服务将于 ${d.servicesEndOn} 结束`,
      body: `服务团“${teamName}”的${year}年服务应于 ${d.servicesEndOn} 前完成，相关支持经费应使用完毕。`,
    };
  if (kind === 'REPORT_DUE')
    return {
      kind: 'programme.report_due',
      title: `请于 ${d.reportsDueOn} 前上报年度材料`,
      body: `请于 ${d.reportsDueOn} 前上报服务团“${teamName}”${year}年的工作成效总结、服务现场影像资料和经费决算报告（成效调查表须填写完整）。`,
    };
  return {
    kind: 'programme.report_overdue',
    title: `${year}年度材料逾期未报`,
    body: `服务团“${teamName}”${year}年的年度材料已过 ${d.reportsDueOn} 的上报期限，请尽快上报。`,
  };
}

/** To the province, the day after the deadline: who has not reported. */
export function yearEndMissingNotice(
  year: number,
  names: readonly string[],
): { kind: string; title: string; body: string } {
  const listed = names.slice(0, 10).join('、') + (names.length > 10 ? ` 等 ${names.length} 个` : '');
  return {
    kind: 'programme.reports_missing',
    title: `${year}年度尚有 ${names.length} 个服务团未上报`,
    body: `截至 ${yearEndDeadlines(year).reportsDueOn}，${listed}尚未上报年度材料。`,
  };
}
