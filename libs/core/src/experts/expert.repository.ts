import { Injectable } from '@nestjs/common';
import { readRows } from '@app/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { SearchedColumns } from './expert-document.js';
import { ExpertEntity } from './expert.entity.js';
import { regionScopeSql } from '../access/region-scope-sql.js';

export interface ExpertWithEmployer {
  expert: ExpertEntity;
  employerName: string;
}

/** An expert as the index sync reads it: the document's columns and the employer's name. */
export type SearchableExpert = SearchedColumns & { employerName: string };

/** Every column of `experts e` under its ExpertEntity field name: plain rows read as entities. */
const EXPERT_FIELDS = `e.id, e.name, e.gender, e.employer_id AS "employerId", e.title, e.title_level AS "titleLevel",
  e.fields, e.specialties, e.honours, e.region_code AS "regionCode", e.source, e.retired, e.phone, e.email, e.status,
  e.annual_cap_days AS "annualCapDays", e.version, e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

@Injectable()
export class ExpertRepository {
  constructor(private readonly db: DataSource) {}

  find(id: string, manager: EntityManager = this.db.manager): Promise<ExpertEntity | null> {
    return manager.getRepository(ExpertEntity).findOneBy({ id });
  }

  byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<ExpertEntity[]> {
    return ids.length
      ? manager.getRepository(ExpertEntity).findBy({ id: In([...ids]) })
      : Promise.resolve([]);
  }

  /** Candidates for the import's dedupe key (name + employer, then phone). */
  byNameAndEmployer(
    manager: EntityManager,
    pairs: { name: string; employerId: string }[],
  ): Promise<ExpertEntity[]> {
    if (!pairs.length) return Promise.resolve([]);
    // Plain rows: an import round reads thousands (every namesake at the same employer), and hydrating them through
    // the query builder cost more than the query.
    return manager.query(
      `SELECT ${EXPERT_FIELDS} FROM experts e
       WHERE (e.name, e.employer_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [pairs.map((p) => p.name), pairs.map((p) => p.employerId)],
    );
  }

  async insert(manager: EntityManager, row: Partial<ExpertEntity>): Promise<ExpertEntity> {
    const repo = manager.getRepository(ExpertEntity);
    return repo.save(repo.create({ ...row, version: 1 }));
  }

  /** Compare-and-swap update: applies only when the stored version is still `expectedVersion`. */
  async update(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    changes: Partial<ExpertEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ExpertEntity)
      .set({ ...changes, version: expectedVersion + 1 })
      .where('id = :id AND version = :v', { id, v: expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async addToOutbox(manager: EntityManager, entries: { expertId: string; version: number }[]): Promise<void> {
    if (!entries.length) return;
    await manager.query(
      `INSERT INTO search_outbox (expert_id, version) SELECT * FROM unnest($1::uuid[], $2::int[])`,
      [entries.map((e) => e.expertId), entries.map((e) => e.version)],
    );
  }

  async count(): Promise<number> {
    return this.db.getRepository(ExpertEntity).count();
  }

  // ---- The search outbox: which experts' documents the search engine still has to take ----

  async pendingSearchCount(): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL`,
    );
    return n;
  }

  /** Up to `limit` pending rows, locked (concurrent syncs skip each other's rows). */
  pendingSearchRows(m: EntityManager, limit: number): Promise<{ id: string; expert_id: string }[]> {
    return m.query(
      `SELECT id, expert_id FROM search_outbox WHERE processed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markSearchRowsDone(m: EntityManager, rowIds: readonly string[]): Promise<void> {
    await m.query(`UPDATE search_outbox SET processed_at = now() WHERE id = ANY($1::bigint[])`, [rowIds]);
  }

  async recordSearchFailure(rowIds: readonly string[], message: string): Promise<void> {
    await this.db.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`,
      [rowIds, message],
    );
  }

  /** After a full reindex nothing is pending any more. */
  async markAllSearchRowsDone(): Promise<void> {
    await this.db.query(`UPDATE search_outbox SET processed_at = now() WHERE processed_at IS NULL`);
  }

  /**
   * The searchable columns of these experts with their employer names, as plain rows (the index sync reads
   * thousands at a time: without entity hydration, which cost it more CPU than the query).
   */
  searchable(ids: readonly string[], m: EntityManager = this.db.manager): Promise<SearchableExpert[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT e.id, e.version, e.name, e.title, e.title_level AS "titleLevel", e.fields, e.specialties, e.honours,
         e.source, e.retired, e.status, e.region_code AS "regionCode", coalesce(o.name, '') AS "employerName"
       FROM experts e LEFT JOIN organizations o ON o.id = e.employer_id
       WHERE e.id = ANY($1::uuid[]) ORDER BY e.id`,
      [ids],
    );
  }

  /**
   * Experts with their employer names, in the order of `ids`. Plain SQL read as the entity's fields (every search
   * and ranking answers its page through here: hydrating entities through the query builder cost more than the
   * read); outside a transaction straight on the pool.
   */
  async withEmployers(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<ExpertWithEmployer[]> {
    if (!ids.length) return [];
    const sql = `SELECT ${EXPERT_FIELDS}, o.name AS "employerName"
       FROM experts e LEFT JOIN organizations o ON o.id = e.employer_id
       WHERE e.id = ANY($1::uuid[])`;
    const values = [[...new Set(ids)]];
    type Row = ExpertEntity & { employerName: string | null };
    const rows =
      manager === this.db.manager
        ? await readRows<Row>(this.db, sql, values)
        : ((await manager.query(sql, values)) as Row[]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const { employerName, ...expert } = r;
      return [{ expert: expert as ExpertEntity, employerName: employerName ?? '' }];
    });
  }

  /** Ids in a stable order, `batch` at a time (reindex, export). */
  async *idBatches(batch = 1000, where?: { regionPrefixes?: string[] | null }): AsyncGenerator<string[]> {
    let last = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const params: unknown[] = [last, batch];
      let sql = `SELECT id FROM experts WHERE id > $1`;
      if (where?.regionPrefixes) sql += ` AND ${regionScopeSql('region_code', where.regionPrefixes)}`;
      const rows: { id: string }[] = await this.db.query(`${sql} ORDER BY id LIMIT $2`, params);
      if (!rows.length) return;
      yield rows.map((r) => r.id);
      last = rows[rows.length - 1]!.id;
    }
  }
}
