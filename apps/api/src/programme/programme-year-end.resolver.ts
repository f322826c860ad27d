import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { unreturnedBalance, yearEndDeadlines, type Actor } from '@app/domain';
import { ProgrammeYearEndService, type ProgrammeYearReportEntity } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { COST } from '../common/query-costs.js';
import { FileDownload } from '../experts/expert.types.js';
import {
  ProgrammeFinalAccounts,
  ProgrammeYearDeadlines,
  ProgrammeYearReportForm,
  ProgrammeYearReportInput,
  ProgrammeYearReportStatus,
} from './programme-year-end.types.js';

/** A report's final accounts; none for a report filed before they were asked for. */
function accountsOf(r: ProgrammeYearReportEntity | null): ProgrammeFinalAccounts | null {
  if (!r || r.amountReturned === null) return null;
  const budget = r.budget ?? 0;
  const balance = budget - r.spent;
  return {
    lines: r.lines,
    budget,
    spent: r.spent,
    balance,
    returned: r.amountReturned,
    unreturned: unreturnedBalance({ balance, returned: r.amountReturned }),
  };
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Resolver()
export class ProgrammeYearEndResolver {
  constructor(private readonly yearEnd: ProgrammeYearEndService) {}

  @Query(() => ProgrammeYearDeadlines, {
    description: '年度截止日期：服务 11 月上旬前结束，材料 11 月 20 日前上报',
  })
  programmeYearDeadlines(@Args('year', { type: () => Int }) year: number): ProgrammeYearDeadlines {
    return { year, ...yearEndDeadlines(year) };
  }

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => [ProgrammeYearReportStatus], {
    description: '年终上报情况：每个年度服务团是否已上报，及成效调查表缺项',
    complexity: 100,
  })
  async programmeYearReports(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ProgrammeYearReportStatus[]> {
    return (await this.yearEnd.status(actor, year)).map((s) => ({
      teamId: s.team.teamId,
      teamName: s.team.teamName,
      levelLabel: s.team.level === 'NATIONAL' ? '国家级' : '市级',
      hostName: s.team.hostName,
      budget: s.team.budget,
      spent: s.spent,
      reported: !!s.report,
      submittedAt: s.report?.submittedAt ?? null,
      late: s.late,
      summary: s.report?.summary ?? null,
      balanceNote: s.report?.balanceNote ?? null,
      surveyMissing: s.surveyMissing,
      accounts: accountsOf(s.report),
    }));
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT', 'EXPERT')
  @Query(() => ProgrammeYearReportForm, {
    nullable: true,
    description: '年度材料上报表（领衔专家、依托单位或省厅）；不是入选年度服务团的为空',
    complexity: 20,
  })
  async programmeYearReportForm(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<ProgrammeYearReportForm | null> {
    const f = await this.yearEnd.form(actor, teamId);
    if (!f) return null;
    return {
      teamId: f.team.teamId,
      teamName: f.team.teamName,
      year: f.team.year,
      budget: f.budget,
      recorded: f.recorded,
      lines: f.lines,
      surveyMissing: f.surveyMissing,
      surveyBlocking: f.surveyBlocking,
      reported: !!f.report,
      submittedAt: f.report?.submittedAt ?? null,
      summary: f.report?.summary ?? null,
      balanceNote: f.report?.balanceNote ?? null,
      accounts: accountsOf(f.report),
    };
  }

  @Roles('ADMIN', 'PROVINCE')
  @Query(() => FileDownload, {
    description: '导出未上报年度材料的服务团（xlsx）',
    complexity: COST.EXPORT_SURVEY,
  })
  async exportProgrammeYearMissing(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<FileDownload> {
    const f = await this.yearEnd.exportMissing(actor, year);
    return { fileName: f.fileName, mimeType: XLSX_MIME, contentBase64: f.content.toString('base64') };
  }

  @Roles('ADMIN', 'PROVINCE', 'UNIT', 'EXPERT')
  @Mutation(() => Boolean, { description: '上报年度材料与经费决算（领衔专家或依托单位；再次上报覆盖）' })
  async submitProgrammeYearReport(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('input') input: ProgrammeYearReportInput,
  ): Promise<boolean> {
    await this.yearEnd.submit(actor, teamId, {
      summary: input.summary,
      balanceNote: input.balanceNote ?? null,
      lineSpent: input.lines?.map((l) => l.spent) ?? [],
      amountReturned: input.amountReturned ?? null,
    });
    return true;
  }
}
