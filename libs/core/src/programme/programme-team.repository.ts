// The queries of 点餐 on the dispatch side: the approved teams of a year (the teams the published lists made) with
// their application's fields and experts, and the figures of their capacity. No rules here.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BudgetLine, Field, TeamForm } from '@app/domain';
import { ProgrammeYearReportEntity } from './programme.entities.js';

export interface ApprovedTeamRow {
  teamId: string;
  teamName: string;
  level: 'NATIONAL' | 'MUNICIPAL';
  startDate: string;
  endDate: string;
  budget: number | null;
  leadExpertId: string;
  applicationId: string;
  hostOrganizationId: string;
  hostName: string;
  regionCode: string;
  year: number;
  fields: Field[];
  memberExpertIds: string[];
  visitsPlanned: number | null;
  /** The budget lines of the selected application (annex 1). */
  budgetLines: BudgetLine[];
}

interface TeamSqlRow {
  team_id: string;
  team_name: string;
  level: 'NATIONAL' | 'MUNICIPAL';
  start_date: string;
  end_date: string;
  budget: number | string | null;
  lead_expert_id: string;
  application_id: string;
  applicant_organization_id: string;
  host_name: string;
  region_code: string;
  year: number;
  fields: Field[];
  form: unknown;
}

export interface TeamLoad {
  demandsGiven: number;
  daysPlanned: number;
  daysServed: number;
  spent: number;
}

@Injectable()
export class ProgrammeTeamRepository {
  constructor(private readonly db: DataSource) {}

  /** The teams the published lists of `year` made (one team: `teamId`), still serving on `today`. */
  async approvedTeams(
    filter: { year?: number; teamId?: string; today?: string },
    m: EntityManager = this.db.manager,
  ): Promise<ApprovedTeamRow[]> {
    const params: unknown[] = [];
    const where: string[] = [`c.status = 'PUBLISHED'`];
    if (filter.year !== undefined) where.push(`c.year = $${params.push(filter.year)}`);
    if (filter.teamId) where.push(`t.id = $${params.push(filter.teamId)}::uuid`);
    if (filter.today) where.push(`t.end_date >= $${params.push(filter.today)}::date`);
    const rows: TeamSqlRow[] = await m.query(
      `SELECT t.id AS team_id, t.name AS team_name, t.level, to_char(t.start_date, 'YYYY-MM-DD') AS start_date,
              to_char(t.end_date, 'YYYY-MM-DD') AS end_date, t.budget, t.lead_expert_id, pa.id AS application_id,
              pa.applicant_organization_id, o.name AS host_name, pa.region_code, c.year, pa.fields, pa.form
         FROM teams t
         JOIN programme_applications pa ON pa.team_id = t.id
         JOIN programme_calls c ON c.id = pa.call_id
         JOIN organizations o ON o.id = pa.applicant_organization_id
        WHERE ${where.join(' AND ')}
        ORDER BY c.year DESC, t.name`,
      params,
    );
    return rows.map((r) => {
      const form = r.form as Partial<TeamForm>;
      return {
        teamId: r.team_id,
        teamName: r.team_name,
        level: r.level,
        startDate: r.start_date,
        endDate: r.end_date,
        budget: r.budget === null ? null : Number(r.budget),
        leadExpertId: r.lead_expert_id,
        applicationId: r.application_id,
        hostOrganizationId: r.applicant_organization_id,
        hostName: r.host_name,
        regionCode: r.region_code,
        year: r.year,
        fields: r.fields,
        memberExpertIds: form.memberExpertIds ?? [],
        visitsPlanned: form.visitCount ?? null,
        budgetLines: form.budgetLines ?? [],
      };
    });
  }

  /** Demands given, the days they expect, days served and money spent, per team. */
  async loads(
    teamIds: readonly string[],
    m: EntityManager = this.db.manager,
  ): Promise<Map<string, TeamLoad>> {
    const out = new Map<string, TeamLoad>(
      teamIds.map((id) => [id, { demandsGiven: 0, daysPlanned: 0, daysServed: 0, spent: 0 }]),
    );
    if (!teamIds.length) return out;
    const ids = [...new Set(teamIds)];
    const rows: { team_id: string; given: number; planned: number; served: number; spent: string }[] =
      await m.query(
        `SELECT t.id AS team_id,
              (SELECT count(*)::int FROM team_demands td WHERE td.team_id = t.id) AS given,
              (SELECT COALESCE(sum(d.expected_days), 0)::int FROM team_demands td JOIN demands d ON d.id = td.demand_id WHERE td.team_id = t.id) AS planned,
              (SELECT COALESCE(sum(b.days), 0)::int FROM service_batches b WHERE b.team_id = t.id AND b.superseded_at IS NULL) AS served,
              (SELECT COALESCE(sum(e.amount), 0)::bigint FROM team_expenses e WHERE e.team_id = t.id) AS spent
         FROM teams t WHERE t.id = ANY($1::uuid[])`,
        [ids],
      );
    for (const r of rows)
      out.set(r.team_id, {
        demandsGiven: r.given,
        daysPlanned: r.planned,
        daysServed: r.served,
        spent: Number(r.spent),
      });
    return out;
  }

  /** The year reports of these teams. */
  yearReports(
    teamIds: readonly string[],
    year: number,
    m: EntityManager = this.db.manager,
  ): Promise<ProgrammeYearReportEntity[]> {
    if (!teamIds.length) return Promise.resolve([]);
    return m
      .getRepository(ProgrammeYearReportEntity)
      .find({ where: teamIds.map((teamId) => ({ teamId, year })) });
  }
}
