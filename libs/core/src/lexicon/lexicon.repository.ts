// The lexicon entries ADMIN wrote, and the revision counter every process watches to pick up a change.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Field } from '@app/domain';
import { LexiconEntryEntity } from './lexicon-entry.entity.js';

/** system_state key of the lexicon's revision: bumped in the transaction of every change. */
const REVISION_KEY = 'lexicon.revision';

@Injectable()
export class LexiconRepository {
  constructor(private readonly db: DataSource) {}

  all(manager: EntityManager = this.db.manager): Promise<LexiconEntryEntity[]> {
    return manager.getRepository(LexiconEntryEntity).find({ order: { expression: 'ASC' } });
  }

  find(id: string, manager: EntityManager = this.db.manager): Promise<LexiconEntryEntity | null> {
    return manager.getRepository(LexiconEntryEntity).findOneBy({ id });
  }

  async insert(
    manager: EntityManager,
    row: {
      expression: string;
      terms: string[];
      fields: Field[];
      note: string | null;
      accountId: string | null;
    },
  ): Promise<LexiconEntryEntity> {
    const repo = manager.getRepository(LexiconEntryEntity);
    return repo.save(
      repo.create({
        expression: row.expression,
        terms: row.terms,
        fields: row.fields,
        note: row.note,
        createdBy: row.accountId,
        updatedBy: row.accountId,
      }),
    );
  }

  /** Compare-and-swap on the version: null when the row changed (or went) since it was read. */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    row: {
      expression: string;
      terms: string[];
      fields: Field[];
      note: string | null;
      accountId: string | null;
    },
  ): Promise<LexiconEntryEntity | null> {
    // A SELECT around the UPDATE: the driver answers a bare UPDATE … RETURNING with [rows, count].
    const rows: { id: string }[] = await manager.query(
      `WITH u AS (
         UPDATE lexicon_entries SET expression = $3, terms = $4::text[], fields = $5::text[], note = $6, updated_by = $7,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id)
       SELECT id FROM u`,
      [id, version, row.expression, row.terms, row.fields, row.note, row.accountId],
    );
    return rows.length ? this.find(id, manager) : null;
  }

  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH d AS (DELETE FROM lexicon_entries WHERE id = $1 RETURNING id) SELECT id FROM d`,
      [id],
    );
    return rows.length > 0;
  }

  async bumpRevision(manager: EntityManager): Promise<number> {
    const [row]: { value: number }[] = await manager.query(
      `INSERT INTO system_state (key, value) VALUES ($1, '1'::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = to_jsonb((system_state.value)::text::int + 1), updated_at = now()
       RETURNING value`,
      [REVISION_KEY],
    );
    return Number(row?.value ?? 0);
  }

  async revision(): Promise<number> {
    const [row]: { value: number }[] = await this.db.query(`SELECT value FROM system_state WHERE key = $1`, [
      REVISION_KEY,
    ]);
    return Number(row?.value ?? 0);
  }
}
