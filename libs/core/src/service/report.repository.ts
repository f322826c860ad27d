// The queries behind the official reports that do not belong to one feature: the annex 3 summary list, set-based
// over a year's teams.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Field, Honour, TeamLevel, TitleLevel } from '@app/domain';
import { regionScopeSql } from '../access/region-scope-sql.js';

/** One team of the annex 3 list, as the query returns it. */
export interface Annex3Row {
  id: string;
  name: string;
  level: TeamLevel;
  lead_name: string;
  lead_title_level: TitleLevel;
  lead_honours: Honour[];
  lead_employer: string | null;
  members: number;
  region_names: string[];
  bureau: string | null;
  fields: Field[];
  summary: string | null;
  problems: string[] | null;
}

/** One service base of the annex 3 list. */
export interface Annex3BaseRow {
  id: string;
  name: string;
  level: 'NATIONAL' | 'MUNICIPAL';
  field: Field | null;
  host_name: string;
  region_name: string | null;
  bureau: string | null;
  lead_name: string | null;
  lead_title_level: TitleLevel | null;
  lead_honours: Honour[] | null;
  roster: number;
  summary: string | null;
}

/**
 * Annex 3's statement around the condition that picks the year's teams of a scope (`AND …` on `teams t`, or empty
 * for anywhere); $1 = year. The year's teams of the scope first; then each team's figures by its own index lookups
 * (LATERAL): joining whole tables to the teams made PostgreSQL scan every team's assignments, demands and batches of
 * the country for one province's list (issue #15, bench:scale).
 */
export function annex3Statement(teamScope: string): string {
  return `WITH t AS MATERIALIZED (
           SELECT t.id, t.name, t.level, t.lead_expert_id, t.created_at FROM teams t
           WHERE t.start_date BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
             AND EXISTS (SELECT 1 FROM assignments a WHERE a.team_id = t.id AND a.status IN ('INVITED','CONFIRMED'))
             ${teamScope}
         )
         SELECT t.id, t.name, t.level, lead.name AS lead_name, lead.title_level AS lead_title_level, lead.honours AS lead_honours,
                lead.employer AS lead_employer, members.n AS members,
                COALESCE(batch_places.region_names, demand_info.region_names) AS region_names,
                demand_info.bureau, demand_fields.fields, demand_info.summary, batch_problems.problems
         FROM t
         -- LIMIT 1 keeps this a per-team lookup (a plain subquery would be flattened into a join over all experts).
         CROSS JOIN LATERAL (SELECT e.name, e.title_level, e.honours, o.name AS employer
                               FROM experts e LEFT JOIN organizations o ON o.id = e.employer_id
                              WHERE e.id = t.lead_expert_id LIMIT 1) lead
         CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE a.status = 'CONFIRMED')::int AS n FROM assignments a WHERE a.team_id = t.id) members
         CROSS JOIN LATERAL (SELECT array_agg(DISTINCT r.name) AS region_names, (array_agg(r.name ORDER BY d.code))[1] AS bureau,
                                    string_agg(d.title || '：' || d.description, '；' ORDER BY d.code) AS summary
                               FROM team_demands td JOIN demands d ON d.id = td.demand_id JOIN regions r ON r.code = d.region_code
                              WHERE td.team_id = t.id) demand_info
         CROSS JOIN LATERAL (SELECT array_agg(DISTINCT f) AS fields
                               FROM team_demands td JOIN demands d ON d.id = td.demand_id CROSS JOIN LATERAL unnest(d.fields) f
                              WHERE td.team_id = t.id) demand_fields
         CROSS JOIN LATERAL (SELECT array_agg(DISTINCT r.name) AS region_names
                               FROM service_batches b JOIN regions r ON r.code = b.region_code
                              WHERE b.team_id = t.id AND b.superseded_at IS NULL) batch_places
         CROSS JOIN LATERAL (SELECT array_agg(p ORDER BY b.start_date) AS problems
                               FROM service_batches b CROSS JOIN LATERAL unnest(b.problems_solved) p
                              WHERE b.team_id = t.id AND b.superseded_at IS NULL) batch_problems
         ORDER BY t.created_at, t.id`;
}

@Injectable()
export class ReportRepository {
  constructor(private readonly db: DataSource) {}

  /** The teams of `year` (with a live place) whose demands lie under `prefixes` (null: anywhere), oldest first. */
  annex3Rows(year: number, prefixes: string[] | null): Promise<Annex3Row[]> {
    return this.db.query(
      annex3Statement(
        // The teams of the scope's demands: one index range of team_demand_regions (each team's demands' regions by
        // its start year, kept by triggers; migration 1765003400000), where the scope's demands of every year joined
        // to the country's team_demands rows were the national part of this list.
        prefixes === null
          ? ''
          : `AND t.id IN (SELECT x.team_id FROM team_demand_regions x
                           WHERE x.year = $1 AND ${regionScopeSql('x.region_code', prefixes)})`,
      ),
      [year],
    );
  }

  /** The service bases listed for `year` under `prefixes` (null: anywhere), for annex 3 after the teams. */
  annex3Bases(year: number, prefixes: string[] | null): Promise<Annex3BaseRow[]> {
    return this.db.query(
      `SELECT b.id, b.name, b.level, b.field, host.name AS host_name, r.name AS region_name, rec.name AS bureau,
              e.name AS lead_name, e.title_level AS lead_title_level, e.honours AS lead_honours,
              (SELECT count(*)::int FROM programme_base_experts x WHERE x.base_id = b.id) AS roster,
              pa.form->>'summary' AS summary
         FROM programme_bases b
         JOIN organizations host ON host.id = b.host_organization_id
         LEFT JOIN regions r ON r.code = b.region_code
         LEFT JOIN programme_applications pa ON pa.id = b.application_id
         LEFT JOIN organizations rec ON rec.id = pa.recommender_organization_id
         LEFT JOIN experts e ON e.id = b.lead_expert_id
        WHERE b.year = $1 AND b.status = 'ACTIVE' AND ${regionScopeSql('b.region_code', prefixes)}
        ORDER BY b.level, b.created_at, b.id`,
      [year],
    );
  }
}
