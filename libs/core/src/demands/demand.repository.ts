import { Injectable } from '@nestjs/common';
import { readRows } from '@app/platform';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { demandCode, type DemandStatus, type Field, type KeyAssistance } from '@app/domain';
import { DemandEntity, DemandHistoryEntity } from './demand.entity.js';
import { regionScopeSql } from '../access/region-scope-sql.js';

export interface DemandQuery {
  /** Region LIKE prefixes the actor may see; null = any. */
  regionPrefixes: string[] | null;
  organizationId?: string;
  /** EXPERT board: only demands open to volunteers, or those the expert is on a team for. */
  expertId?: string;
  statuses?: DemandStatus[];
  fields?: Field[];
  /** Region subtree filter (prefix). */
  regionPrefix?: string;
  keyAssistance?: KeyAssistance[];
  /** The text as typed: found in the code, title or description. */
  text?: string;
  /**
   * The words of that text as the search box reads them, each with the forms it may take (番茄 or 西红柿; 拉稀 or
   * 腹泻): a demand whose title or description holds a form of every word matches too.
   */
  words?: string[][];
  overdue?: boolean;
  /** Bureaus and dispatchers do not see a unit's unsubmitted drafts (only drafts a bureau filed itself). */
  hideUnitDrafts?: boolean;
  now: Date;
}

/**
 * The columns of a board row (what a list shows, and what its access rules and actions read), as plain values:
 * no description, contacts or completion note, and no entity hydration.
 */
const BOARD_COLUMNS: Record<string, string> = {
  id: 'd.id',
  code: 'd.code',
  title: 'd.title',
  fields: 'd.fields',
  serviceForms: 'd.service_forms',
  status: 'd.status',
  regionCode: 'd.region_code',
  organizationId: 'd.organization_id',
  expertsWanted: 'd.experts_wanted',
  minTitleLevel: 'd.min_title_level',
  startDate: `to_char(d.start_date, 'YYYY-MM-DD')`,
  endDate: `to_char(d.end_date, 'YYYY-MM-DD')`,
  expectedDays: 'd.expected_days',
  openToVolunteers: 'd.open_to_volunteers',
  createdBy: 'd.created_by',
  submittedAt: 'd.submitted_at',
  deliveredAt: 'd.delivered_at',
  statusChangedAt: 'd.status_changed_at',
  version: 'd.version',
  dueAt: 'd.due_at',
  overdueAt: 'd.overdue_at',
  escalationLevel: 'd.escalation_level',
  mergedIntoId: 'd.merged_into_id',
  filedByBureau: 'd.filed_by_bureau',
  createdAt: 'd.created_at',
  updatedAt: 'd.updated_at',
};

const BOARD_SELECT = Object.entries(BOARD_COLUMNS)
  .map(([alias, column]) => `${column} AS "${alias}"`)
  .join(', ');

/** A demand read for a board: every column but the long and private ones (see BOARD_COLUMNS). */
export type DemandBoardRow = Omit<
  DemandEntity,
  'description' | 'contactName' | 'contactPhone' | 'completionOverride'
>;

@Injectable()
export class DemandRepository {
  constructor(private readonly db: DataSource) {}

  find(id: string, manager: EntityManager = this.db.manager): Promise<DemandEntity | null> {
    return manager.getRepository(DemandEntity).findOneBy({ id });
  }

  /** Locks the row for a transition. */
  findForUpdate(manager: EntityManager, id: string): Promise<DemandEntity | null> {
    return manager
      .getRepository(DemandEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id })
      .getOne();
  }

  /**
   * The next demand code of a region and year, e.g. XQ-2027-310120-0007. The counter row is the lock that keeps
   * concurrent creates apart; it never hands out a sequence at or below one already used by a stored code of that
   * region and year, so a row written some other way (or a counter restored from an old backup) cannot make the
   * next create collide.
   */
  async allocateCode(manager: EntityManager, regionCode: string, year: number): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO demand_code_counters AS c (region_code, year, last)
       VALUES ($1, $2, 1 + COALESCE((SELECT max(substring(code FROM '^XQ-[0-9]{4}-[0-9]{6}-([0-9]{1,9})$')::int)
                                     FROM demands WHERE code LIKE $3), 0))
       ON CONFLICT (region_code, year) DO UPDATE SET last = GREATEST(c.last + 1, EXCLUDED.last)
       RETURNING last`,
      [regionCode, year, `XQ-${year}-${regionCode}-%`],
    );
    return demandCode(year, regionCode, row.last);
  }

  insert(manager: EntityManager, row: Partial<DemandEntity>): Promise<DemandEntity> {
    const repo = manager.getRepository(DemandEntity);
    return repo.save(repo.create(row));
  }

  async update(manager: EntityManager, id: string, changes: Partial<DemandEntity>): Promise<void> {
    await manager.getRepository(DemandEntity).update({ id }, changes);
  }

  async addHistory(manager: EntityManager, row: Partial<DemandHistoryEntity>): Promise<void> {
    await manager.getRepository(DemandHistoryEntity).insert(row);
  }

  /** Is the expert on a team serving the demand, in one of these assignment statuses? */
  async expertOnTeamOf(demandId: string, expertId: string, statuses: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM team_demands td JOIN assignments a ON a.team_id = td.team_id
       WHERE td.demand_id = $1 AND a.expert_id = $2 AND a.status = ANY($3::text[]) LIMIT 1`,
      [demandId, expertId, statuses],
    );
    return rows.length > 0;
  }

  /** The history of several demands in one statement (per-request loaders), each in order. */
  historyOf(demandIds: readonly string[]): Promise<DemandHistoryEntity[]> {
    if (demandIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(DemandHistoryEntity)
      .createQueryBuilder('h')
      .where('h.demand_id = ANY(:ids::uuid[])', { ids: [...demandIds] })
      .orderBy('h.at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .getMany();
  }

  history(demandId: string): Promise<DemandHistoryEntity[]> {
    return this.db
      .getRepository(DemandHistoryEntity)
      .find({ where: { demandId }, order: { at: 'ASC', id: 'ASC' } });
  }

  private filtered(q: DemandQuery, withStatuses: boolean): SelectQueryBuilder<DemandEntity> {
    const qb = this.db.getRepository(DemandEntity).createQueryBuilder('d');
    const params: Record<string, unknown> = {};
    const conditions = demandConditions(q, withStatuses, (value) => {
      const name = `p${Object.keys(params).length}`;
      params[name] = value;
      return `:${name}`;
    });
    if (conditions.length) qb.where(conditions.join(' AND '), params);
    return qb;
  }

  /**
   * One page, newest first, after the (created_at, id) cursor. Without its count: the board sums it from
   * countsByStatus, which runs under the same filters.
   */
  async page(q: DemandQuery, first: number, after: { createdAt: Date; id: string } | null) {
    const qb = this.filtered(q, true);
    if (after) qb.andWhere('(d.created_at, d.id) < (:ca, :cid)', { ca: after.createdAt, cid: after.id });
    const rows = await qb
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /**
   * `page` for a board: the same rows, only the board's columns, read as plain values. Plain parameterised SQL:
   * a board is the hottest read there is, and building it through the query builder cost more than running it.
   */
  async boardPage(
    q: DemandQuery,
    first: number,
    after: { createdAt: Date; id: string } | null,
  ): Promise<{ nodes: DemandBoardRow[]; hasNextPage: boolean }> {
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const conditions = demandConditions(q, true, param);
    if (after) conditions.push(`(d.created_at, d.id) < (${param(after.createdAt)}, ${param(after.id)})`);
    const rows = await readRows<DemandBoardRow>(
      this.db,
      `SELECT ${BOARD_SELECT} FROM demands d${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY d.created_at DESC, d.id DESC LIMIT ${param(first + 1)}`,
      values,
    );
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /**
   * Counts per status under every filter except the statuses themselves (for the tabs of a board), and how many
   * unit drafts the reader may not list but are there (a bureau's statistics count them; nobody reads them).
   */
  async countsByStatus(
    q: DemandQuery,
  ): Promise<{ counts: { status: DemandStatus; count: number }[]; unitDrafts: number }> {
    const hidden = `(d.status = 'DRAFT' AND NOT d.filed_by_bureau)`;
    const values: unknown[] = [];
    const conditions = demandConditions({ ...q, hideUnitDrafts: false }, false, (v) => `$${values.push(v)}`);
    // The counter table has the same region, status and filed_by_bureau columns, kept exact by triggers in each
    // demand write's transaction: a province's tabs read its counties' rows, not its demands.
    const counted = countsKept(q);
    const n = counted ? 'sum(d.count)' : 'count(*)';
    const rows = await readRows<{ status: DemandStatus; count: number; hidden: number }>(
      this.db,
      `SELECT d.status,
              COALESCE(${q.hideUnitDrafts ? `${n} FILTER (WHERE NOT ${hidden})` : n}, 0)::int AS count,
              COALESCE(${q.hideUnitDrafts ? `${n} FILTER (WHERE ${hidden})` : '0'}, 0)::int AS hidden
         FROM ${counted ? 'demand_status_counts' : 'demands'} d${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}
        GROUP BY d.status`,
      values,
    );
    return {
      counts: rows.filter((r) => r.count > 0).map((r) => ({ status: r.status, count: r.count })),
      unitDrafts: rows.reduce((sum, r) => sum + r.hidden, 0),
    };
  }
}

/**
 * Whether `demand_status_counts` answers the counts of `q`: its filters read only the region (scope, subtree, the
 * region's key-assistance kind), the status and filed_by_bureau. Any other filter needs the demands themselves.
 */
export function countsKept(q: DemandQuery): boolean {
  // Listed by what the counter answers, so a filter added to DemandQuery later falls back to the live count.
  const answered = new Set([
    'regionPrefixes',
    'regionPrefix',
    'keyAssistance',
    'hideUnitDrafts',
    'statuses',
    'now',
  ]);
  return Object.entries(q).every(
    ([key, value]) =>
      answered.has(key) || value === undefined || value === null || (Array.isArray(value) && !value.length),
  );
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * The filters of a demand query as SQL conditions on `demands d`, joined by AND; each value goes through `param`,
 * which returns its placeholder (`:p0` for the query builder, `$1` for plain SQL), so both read the same rules.
 */
function demandConditions(
  q: DemandQuery,
  withStatuses: boolean,
  param: (value: unknown) => string,
): string[] {
  const where: string[] = [];
  // An indexable scope (region-scope-sql.ts): the board reads its province's rows, not the country's.
  if (q.regionPrefixes) where.push(regionScopeSql('d.region_code', q.regionPrefixes));
  if (q.organizationId) where.push(`d.organization_id = ${param(q.organizationId)}`);
  if (q.expertId) {
    where.push(
      `((d.open_to_volunteers AND d.status = 'ACCEPTED') OR EXISTS (
         SELECT 1 FROM team_demands td JOIN assignments a ON a.team_id = td.team_id
         WHERE td.demand_id = d.id AND a.expert_id = ${param(q.expertId)} AND a.status IN ('INVITED','CONFIRMED')))`,
    );
  }
  if (q.hideUnitDrafts) where.push(`(d.status <> 'DRAFT' OR d.filed_by_bureau)`);
  if (withStatuses && q.statuses?.length) where.push(`d.status = ANY(${param(q.statuses)}::text[])`);
  if (q.fields?.length) where.push(`d.fields && ${param(q.fields)}::text[]`);
  if (q.regionPrefix) where.push(`d.region_code LIKE ${param(q.regionPrefix + '%')}`);
  if (q.keyAssistance?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM regions r WHERE r.code = d.region_code AND r.key_assistance = ANY(${param(q.keyAssistance)}::text[]))`,
    );
  }
  if (q.text) {
    const like = param(`%${escapeLike(q.text)}%`);
    const asTyped = `d.title ILIKE ${like} ESCAPE '\\' OR d.description ILIKE ${like} ESCAPE '\\' OR d.code ILIKE ${like} ESCAPE '\\'`;
    const words = (q.words ?? []).map(
      (forms) =>
        `concat_ws(' ', d.title, d.description) ILIKE ANY(${param(forms.map((f) => `%${escapeLike(f)}%`))}::text[])`,
    );
    where.push(words.length ? `(${asTyped} OR (${words.join(' AND ')}))` : `(${asTyped})`);
  }
  if (q.overdue === true) {
    const now = param(q.now);
    where.push(`(d.overdue_at IS NOT NULL OR (d.due_at IS NOT NULL AND d.due_at < ${now}))`);
  }
  if (q.overdue === false) {
    const now = param(q.now);
    where.push(`d.overdue_at IS NULL AND (d.due_at IS NULL OR d.due_at >= ${now})`);
  }
  return where;
}
