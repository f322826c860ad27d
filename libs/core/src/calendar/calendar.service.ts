// 工作日历: the public holidays and 调休 workdays ADMIN keeps per year. Every working-day computation (step time
// limits, invitation deadlines, the continuing-education credit) asks `current()` for the calendar, read from the
// table each time (a few dozen rows a year), so a change counts at once in every process.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  InputErrors,
  NATIONAL_SCHEDULES,
  calendarDayProblem,
  workingCalendar,
  type Actor,
  type CalendarDay,
  type WorkingCalendar,
} from '@app/domain';
import { UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { CalendarRepository } from './calendar.repository.js';

export const MAX_CALENDAR_DAYS_PER_YEAR = 80;

@Injectable()
export class CalendarService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CalendarRepository,
  ) {}

  /** The calendar every computation reads. */
  async current(manager?: EntityManager): Promise<WorkingCalendar> {
    return workingCalendar(await this.repo.all(manager));
  }

  year(year: number): Promise<CalendarDay[]> {
    assertYear(year);
    return this.repo.year(year);
  }

  years() {
    return this.repo.years();
  }

  /** The State Council's schedule for a year when it is built in (2025, 2026), else null. */
  published(year: number): readonly CalendarDay[] | null {
    return NATIONAL_SCHEDULES[year] ?? null;
  }

  /** Replaces a year's holidays and workdays (ADMIN). */
  async setYear(actor: Actor, year: number, input: readonly CalendarDay[]): Promise<CalendarDay[]> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以维护工作日历');
    assertYear(year);
    const errors = new InputErrors();
    if (input.length > MAX_CALENDAR_DAYS_PER_YEAR)
      errors.add('days', `一年最多 ${MAX_CALENDAR_DAYS_PER_YEAR} 个特殊日期`);
    const seen = new Set<string>();
    const days = input.map((d) => ({
      date: (d.date ?? '').trim(),
      kind: d.kind,
      name: d.name?.trim() || null,
    }));
    days.forEach((d, i) => {
      const problem = calendarDayProblem(d);
      if (problem) errors.add(`days.${i}`, `第 ${i + 1} 行：${problem}`);
      else if (!d.date.startsWith(`${year}-`))
        errors.add(`days.${i}`, `第 ${i + 1} 行：${d.date} 不在 ${year} 年`);
      else if (seen.has(d.date)) errors.add(`days.${i}`, `第 ${i + 1} 行：${d.date} 重复`);
      seen.add(d.date);
    });
    errors.throwIfAny();
    days.sort((a, b) => (a.date < b.date ? -1 : 1));
    await this.uow.run(async (m) => {
      const before = await this.repo.year(year);
      await this.repo.replaceYear(m, year, days);
      await writeAudit(m, actor, {
        action: 'calendar.set_year',
        entityType: 'calendar',
        entityId: String(year),
        before: { days: before },
        after: { days },
      });
    });
    return days;
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw AppError.badInput('年份应在 2000–2100 之间', { year: '年份无效' });
}
