// The queries behind the home page's to-do list: what waits on the account, most urgent first, with how many
// there are in all. No rules here: the service decides which lists a role gets and the scope.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { regionScopeSql } from '../access/region-scope-sql.js';

/** One thing to do, as the queries return it. */
export interface TodoRow {
  id: string;
  title: string;
  code: string | null;
  /** The object the link opens (a demand, a team). */
  targetId: string;
  dueAt: Date | null;
  at: Date;
  note: string | null;
}

export interface TodoRows {
  rows: TodoRow[];
  total: number;
}

const LIVE_TEAM = `EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
  WHERE td.team_id = t.id AND d.status IN ('DISPATCHED', 'IN_SERVICE'))`;

@Injectable()
export class TodoRepository {
  constructor(private readonly db: DataSource) {}

  private async page(sql: string, params: unknown[], limit: number): Promise<TodoRows> {
    const rows: (TodoRow & { total: number })[] = await this.db.query(
      `SELECT *, count(*) OVER ()::int AS total FROM (${sql}) x LIMIT $${params.length + 1}`,
      [...params, limit],
    );
    return { rows: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
  }

  /**
   * Demands in a status, in the actor's regions (`prefixes`; null: everywhere) or of one organisation: past
   * their time limit first, then by due time, then oldest.
   */
  demands(
    status: string,
    scope: { prefixes: string[] | null } | { organizationId: string },
    limit: number,
    now: Date,
  ): Promise<TodoRows> {
    const params: unknown[] = [status, now];
    let where = `d.status = $1`;
    if ('organizationId' in scope) {
      params.push(scope.organizationId);
      where += ` AND d.organization_id = $3`;
    } else if (scope.prefixes) {
      where += ` AND ${regionScopeSql('d.region_code', scope.prefixes)}`;
    }
    return this.page(
      `SELECT d.id, d.title, d.code, d.id AS "targetId", d.due_at AS "dueAt", d.status_changed_at AS at,
              (SELECT h.note FROM demand_history h WHERE h.demand_id = d.id ORDER BY h.at DESC, h.id DESC LIMIT 1) AS note
       FROM demands d WHERE ${where}
       ORDER BY (d.due_at IS NOT NULL AND d.due_at < $2) DESC, d.due_at ASC NULLS LAST, d.status_changed_at ASC`,
      params,
      limit,
    );
  }

  /** Declined places of live teams the actor dispatches for (teams of demands in its regions). */
  declinedPlaces(prefixes: string[] | null, limit: number): Promise<TodoRows> {
    const params: unknown[] = [];
    let scope = '';
    if (prefixes) {
      scope = `AND EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
        WHERE td.team_id = t.id AND ${regionScopeSql('d.region_code', prefixes)})`;
    }
    return this.page(
      `SELECT a.id, t.name AS title, e.name AS code, t.id AS "targetId", NULL::timestamptz AS "dueAt",
              coalesce(a.responded_at, a.created_at) AS at, a.reason AS note
       FROM assignments a JOIN teams t ON t.id = a.team_id JOIN experts e ON e.id = a.expert_id
       WHERE a.status = 'DECLINED' AND ${LIVE_TEAM} ${scope}
       ORDER BY at ASC`,
      params,
      limit,
    );
  }

  /**
   * Unit registrations waiting for the bureau of their region (#13.2), oldest first; null while the table of the
   * registration feature does not exist in this database (it is built on another branch).
   */
  async pendingRegistrations(prefixes: string[] | null, limit: number): Promise<TodoRows | null> {
    const [{ present }] = await this.db.query(
      `SELECT to_regclass('unit_registrations') IS NOT NULL AS present`,
    );
    if (!present) return null;
    const params: unknown[] = [];
    let scope = '';
    if (prefixes) scope = `AND ${regionScopeSql('r.region_code', prefixes)}`;
    return this.page(
      `SELECT r.id, r.name AS title, r.credit_code AS code, r.id AS "targetId", NULL::timestamptz AS "dueAt",
              r.created_at AS at, r.contact_name AS note
       FROM unit_registrations r WHERE r.status = 'PENDING' ${scope}
       ORDER BY r.created_at ASC`,
      params,
      limit,
    );
  }

  /** The expert's invitations still to answer, the earliest answer time first. */
  invitations(expertId: string, limit: number): Promise<TodoRows> {
    return this.page(
      `SELECT a.id, t.name AS title, NULL AS code, t.id AS "targetId", a.due_at AS "dueAt", a.created_at AS at,
              to_char(t.start_date, 'YYYY-MM-DD') || ' 至 ' || to_char(t.end_date, 'YYYY-MM-DD') AS note
       FROM assignments a JOIN teams t ON t.id = a.team_id
       WHERE a.expert_id = $1 AND a.status = 'INVITED' AND ${LIVE_TEAM}
       ORDER BY a.due_at ASC NULLS LAST, a.created_at ASC`,
      [expertId],
      limit,
    );
  }

  /** Teams the expert leads that are serving now: their visits are logged as batches. */
  teamsToLog(expertId: string, limit: number): Promise<TodoRows> {
    return this.page(
      `SELECT t.id, t.name AS title, NULL AS code, t.id AS "targetId", NULL::timestamptz AS "dueAt",
              t.created_at AS at,
              '已登记 ' || (SELECT count(DISTINCT b.batch_key) FROM service_batches b
                 WHERE b.team_id = t.id AND b.superseded_at IS NULL) || ' 批次' AS note
       FROM teams t
       WHERE t.lead_expert_id = $1
         AND EXISTS (SELECT 1 FROM team_demands td JOIN demands d ON d.id = td.demand_id
                     WHERE td.team_id = t.id AND d.status = 'IN_SERVICE')
       ORDER BY t.start_date ASC`,
      [expertId],
      limit,
    );
  }
}
