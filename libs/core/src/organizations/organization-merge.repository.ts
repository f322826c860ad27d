// The queries of an organisation merge: every column that refers to organisations (found in the catalogue, so a
// table added later is moved too) is pointed at the organisation kept, in the caller's transaction.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

@Injectable()
export class OrganizationMergeRepository {
  /** Tables and columns with a foreign key to organizations(id). */
  async referencingColumns(m: EntityManager): Promise<{ table: string; column: string }[]> {
    return m.query(
      `SELECT c.conrelid::regclass::text AS table, a.attname AS column
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
       WHERE c.contype = 'f' AND c.confrelid = 'organizations'::regclass AND array_length(c.conkey, 1) = 1
       ORDER BY 1, 2`,
    );
  }

  /** Moves the references; experts get a new version (their employer's name is in the search index). */
  async moveReferences(
    m: EntityManager,
    fromId: string,
    toId: string,
  ): Promise<{ moved: Record<string, number>; experts: { expertId: string; version: number }[] }> {
    const moved: Record<string, number> = {};
    let experts: { expertId: string; version: number }[] = [];
    for (const { table, column } of await this.referencingColumns(m)) {
      const ident = (s: string) => '"' + s.replace(/"/g, '""') + '"';
      if (table === 'experts' && column === 'employer_id') {
        // An UPDATE answers [rows, count].
        const [rows]: [{ id: string; version: number }[], number] = await m.query(
          `UPDATE experts SET employer_id = $2, version = version + 1 WHERE employer_id = $1 RETURNING id, version`,
          [fromId, toId],
        );
        experts = rows.map((r) => ({ expertId: r.id, version: r.version }));
        moved[`${table}.${column}`] = rows.length;
        continue;
      }
      const [, count]: [unknown, number] = await m.query(
        `UPDATE ${ident(table)} SET ${ident(column)} = $2 WHERE ${ident(column)} = $1`,
        [fromId, toId],
      );
      moved[`${table}.${column}`] = count;
    }
    return { moved, experts };
  }

  /** Experts employed by an organisation: a new version each, for the search index (its name changed). */
  async touchEmployees(m: EntityManager, orgId: string): Promise<{ expertId: string; version: number }[]> {
    const [rows]: [{ id: string; version: number }[], number] = await m.query(
      `UPDATE experts SET version = version + 1 WHERE employer_id = $1 RETURNING id, version`,
      [orgId],
    );
    return rows.map((r) => ({ expertId: r.id, version: r.version }));
  }

  async delete(m: EntityManager, id: string): Promise<void> {
    await m.query(`DELETE FROM organizations WHERE id = $1`, [id]);
  }

  async update(
    m: EntityManager,
    id: string,
    changes: { name: string; kind: string; regionCode: string; creditCode: string | null },
  ): Promise<void> {
    await m.query(
      `UPDATE organizations SET name = $2, kind = $3, region_code = $4, credit_code = $5, updated_at = now() WHERE id = $1`,
      [id, changes.name, changes.kind, changes.regionCode, changes.creditCode],
    );
  }
}
