import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CalendarDay } from '@app/domain';

@Injectable()
export class CalendarRepository {
  constructor(private readonly db: DataSource) {}

  /** Every entry (a few dozen a year), oldest first. */
  async all(manager: EntityManager = this.db.manager): Promise<CalendarDay[]> {
    const rows: { day: string; kind: CalendarDay['kind']; name: string | null }[] = await manager.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM calendar_days ORDER BY day`,
    );
    return rows.map((r) => ({ date: r.day, kind: r.kind, name: r.name }));
  }

  async year(year: number): Promise<CalendarDay[]> {
    const rows: { day: string; kind: CalendarDay['kind']; name: string | null }[] = await this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM calendar_days
       WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1) ORDER BY day`,
      [year],
    );
    return rows.map((r) => ({ date: r.day, kind: r.kind, name: r.name }));
  }

  /** The years that have entries, with their counts. */
  years(): Promise<{ year: number; holidays: number; workdays: number }[]> {
    return this.db.query(
      `SELECT extract(year FROM day)::int AS year, count(*) FILTER (WHERE kind = 'HOLIDAY')::int AS holidays,
              count(*) FILTER (WHERE kind = 'WORKDAY')::int AS workdays
       FROM calendar_days GROUP BY 1 ORDER BY 1`,
    );
  }

  /** Replaces the entries of one year. */
  async replaceYear(m: EntityManager, year: number, days: readonly CalendarDay[]): Promise<void> {
    await m.query(
      `DELETE FROM calendar_days WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1)`,
      [year],
    );
    if (!days.length) return;
    await m.query(
      `INSERT INTO calendar_days (day, kind, name) SELECT * FROM unnest($1::date[], $2::text[], $3::text[])`,
      [days.map((d) => d.date), days.map((d) => d.kind), days.map((d) => d.name ?? null)],
    );
  }
}
