// Queries for intake (similar cases, the form's defaults): demands of a scope holding some words, how many of them
// hold each word, what a completed demand's team solved and how it was rated, the contact a unit last gave.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DemandStatus, Field, ProblemSolved } from '@app/domain';
import { regionScopeSql } from '../access/region-scope-sql.js';

/** Which demands: region LIKE prefixes (null = anywhere), statuses, optionally one organisation's only. */
export interface IntakeScope {
  regionPrefixes: string[] | null;
  statuses: readonly DemandStatus[];
  /** Only this organisation's demands. */
  organizationId?: string;
  /** Drafts only of this organisation (a unit's own) or filed by a bureau; never another unit's drafts. */
  draftsOf?: string | null;
  excludeId?: string | null;
}

export interface IntakeCandidateRow {
  id: string;
  code: string;
  title: string;
  description: string;
  fields: Field[];
  status: DemandStatus;
  regionCode: string;
  organizationId: string;
  createdAt: Date;
  deliveredAt: Date | null;
}

export interface SolvedCaseRow {
  demandId: string;
  teams: { id: string; name: string; leadName: string | null }[];
  /** The unit's rating: the mean of its four scores, 1..5 (null before it rated). */
  rating: number | null;
  problemSolved: ProblemSolved | null;
  /** What the team's service records say was solved (current versions). */
  problemsSolved: string[];
}

/** A LIKE pattern finding the word anywhere (its wildcards escaped). */
export function containsPattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
}

const TEXT = `lower(d.title || ' ' || d.description)`;

@Injectable()
export class DemandIntakeRepository {
  constructor(private readonly db: DataSource) {}

  private where(scope: IntakeScope, params: unknown[]): string {
    const parts: string[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    // An indexable scope (region-scope-sql.ts): a county's similar cases read its rows, not the country's.
    if (scope.regionPrefixes) parts.push(regionScopeSql('d.region_code', scope.regionPrefixes));
    parts.push(`d.status = ANY(${p([...scope.statuses])}::text[])`);
    if (scope.organizationId) parts.push(`d.organization_id = ${p(scope.organizationId)}`);
    parts.push(
      scope.draftsOf
        ? `(d.status <> 'DRAFT' OR d.filed_by_bureau OR d.organization_id = ${p(scope.draftsOf)})`
        : `(d.status <> 'DRAFT' OR d.filed_by_bureau)`,
    );
    if (scope.excludeId) parts.push(`d.id <> ${p(scope.excludeId)}`);
    return parts.join(' AND ');
  }

  /** How many demands of the scope there are, and how many hold each word (any of its forms). */
  async documentFrequencies(
    scope: IntakeScope,
    forms: readonly (readonly string[])[],
  ): Promise<{ n: number; df: number[] }> {
    const params: unknown[] = [];
    const where = this.where(scope, params);
    const columns = forms.map((f) => {
      params.push(f.map(containsPattern));
      return `count(*) FILTER (WHERE ${TEXT} LIKE ANY($${params.length}::text[]))::int AS df${params.length}`;
    });
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n${columns.map((c) => ', ' + c).join('')} FROM demands d WHERE ${where}`,
      params,
    );
    const values = Object.entries(row as Record<string, number>).filter(([k]) => k !== 'n');
    return { n: Number(row.n), df: values.map(([, v]) => Number(v)) };
  }

  /** The most recent demands of the scope holding at least one of the forms. */
  async candidates(
    scope: IntakeScope,
    forms: readonly string[],
    limit: number,
  ): Promise<IntakeCandidateRow[]> {
    if (!forms.length) return [];
    const params: unknown[] = [];
    const where = this.where(scope, params);
    params.push(forms.map(containsPattern), limit);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT d.id, d.code, d.title, d.description, d.fields, d.status, d.region_code, d.organization_id, d.created_at, d.delivered_at
       FROM demands d WHERE ${where} AND ${TEXT} LIKE ANY($${params.length - 1}::text[])
       ORDER BY d.created_at DESC, d.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      code: r.code as string,
      title: r.title as string,
      description: r.description as string,
      fields: r.fields as Field[],
      status: r.status as DemandStatus,
      regionCode: r.region_code as string,
      organizationId: r.organization_id as string,
      createdAt: r.created_at as Date,
      deliveredAt: (r.delivered_at as Date | null) ?? null,
    }));
  }

  /** The teams, rating and solved problems of completed demands. */
  async solvedCases(demandIds: readonly string[]): Promise<SolvedCaseRow[]> {
    if (!demandIds.length) return [];
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT d.id,
              COALESCE((SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'leadName', e.name) ORDER BY t.created_at)
                        FROM team_demands td JOIN teams t ON t.id = td.team_id LEFT JOIN experts e ON e.id = t.lead_expert_id
                        WHERE td.demand_id = d.id), '[]'::json) AS teams,
              ev.rating, ev.problem_solved,
              COALESCE((SELECT array_agg(DISTINCT p ORDER BY p) FROM service_batches b CROSS JOIN LATERAL unnest(b.problems_solved) p
                        WHERE b.demand_id = d.id AND b.superseded_at IS NULL AND btrim(p) <> ''), '{}') AS problems
       FROM demands d
       LEFT JOIN LATERAL (SELECT (v.expertise + v.problem_solving + v.attitude + v.timeliness) / 4.0 AS rating, v.problem_solved
                          FROM evaluations v WHERE v.demand_id = d.id ORDER BY v.created_at DESC LIMIT 1) ev ON true
       WHERE d.id = ANY($1::uuid[])`,
      [[...demandIds]],
    );
    return rows.map((r) => ({
      demandId: r.id as string,
      teams: r.teams as SolvedCaseRow['teams'],
      rating: r.rating === null || r.rating === undefined ? null : Math.round(Number(r.rating) * 10) / 10,
      problemSolved: (r.problem_solved as ProblemSolved | null) ?? null,
      problemsSolved: (r.problems as string[]) ?? [],
    }));
  }

  /** The contact an organisation gave on its latest demand that had one. */
  async lastContact(
    organizationId: string,
  ): Promise<{ contactName: string | null; contactPhone: string | null } | null> {
    const [row] = await this.db.query(
      `SELECT contact_name, contact_phone FROM demands
       WHERE organization_id = $1 AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL)
       ORDER BY created_at DESC, id LIMIT 1`,
      [organizationId],
    );
    return row ? { contactName: row.contact_name ?? null, contactPhone: row.contact_phone ?? null } : null;
  }

  async accountName(accountId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT display_name FROM accounts WHERE id = $1`, [accountId]);
    return (row?.display_name as string | undefined) ?? null;
  }
}
