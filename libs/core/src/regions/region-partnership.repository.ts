import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface PartnershipRow {
  servingCode: string;
  servingName: string;
  servedCode: string;
  servedName: string;
}

/** 对口帮扶 partnerships: the serving region's provincial dispatcher also serves the served region. */
@Injectable()
export class RegionPartnershipRepository {
  constructor(private readonly db: DataSource) {}

  list(servingCode?: string | null): Promise<PartnershipRow[]> {
    return this.db.query(
      `SELECT p.serving_code AS "servingCode", a.name AS "servingName", p.served_code AS "servedCode", b.name AS "servedName"
       FROM region_partnerships p JOIN regions a ON a.code = p.serving_code JOIN regions b ON b.code = p.served_code
       WHERE $1::text IS NULL OR p.serving_code = $1 ORDER BY p.serving_code, p.served_code`,
      [servingCode ?? null],
    );
  }

  async add(m: EntityManager, servingCode: string, servedCode: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO region_partnerships (serving_code, served_code) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING serving_code`,
      [servingCode, servedCode],
    );
    return rows.length > 0;
  }

  async remove(m: EntityManager, servingCode: string, servedCode: string): Promise<boolean> {
    const [, count]: [unknown, number] = await m.query(
      `DELETE FROM region_partnerships WHERE serving_code = $1 AND served_code = $2`,
      [servingCode, servedCode],
    );
    return count > 0;
  }

  /** Counties marked as key-assistance counties (重点帮扶县), by level then code. */
  keyAssistanceCounties(): Promise<
    { code: string; name: string; keyAssistance: string; parentCode: string | null }[]
  > {
    return this.db.query(
      `SELECT code, name, key_assistance AS "keyAssistance", parent_code AS "parentCode" FROM regions
       WHERE key_assistance <> 'NONE' ORDER BY key_assistance, code`,
    );
  }
}
