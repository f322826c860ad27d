import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { CalendarService } from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { CalendarDay, CalendarDayInput, CalendarYear, CalendarYearSummary } from './calendar.types.js';

@Resolver(() => CalendarYear)
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  @Query(() => CalendarYear, { description: '一年的工作日历（法定节假日与调休上班日）' })
  async calendarYear(@Args('year', { type: () => Int }) year: number): Promise<CalendarYear> {
    const days = await this.service.year(year);
    const published = this.service.published(year);
    return Object.assign(new CalendarYear(), {
      year,
      days: days.map(CalendarDay.from),
      published: published ? published.map(CalendarDay.from) : null,
    });
  }

  @Roles('ADMIN')
  @Query(() => [CalendarYearSummary], { description: '已维护的年份（管理员）' })
  calendarYears(): Promise<CalendarYearSummary[]> {
    return this.service.years();
  }

  @Roles('ADMIN')
  @Mutation(() => CalendarYear, {
    description: '保存一年的法定节假日与调休上班日（管理员）；时限与继续教育学时随即按新日历计算',
  })
  async setCalendarYear(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('days', { type: () => [CalendarDayInput] }) days: CalendarDayInput[],
  ): Promise<CalendarYear> {
    const saved = await this.service.setYear(actor, year, days);
    const published = this.service.published(year);
    return Object.assign(new CalendarYear(), {
      year,
      days: saved.map(CalendarDay.from),
      published: published ? published.map(CalendarDay.from) : null,
    });
  }
}
