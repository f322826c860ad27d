import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CALENDAR_DAY_KIND_LABELS, type CalendarDay as Day, type CalendarDayKind } from '@app/domain';

export const CalendarDayKindEnum = { HOLIDAY: 'HOLIDAY', WORKDAY: 'WORKDAY' } as const;
registerEnumType(CalendarDayKindEnum, {
  name: 'CalendarDayKind',
  description: '工作日历中的特殊日期类型',
  valuesMap: {
    HOLIDAY: { description: CALENDAR_DAY_KIND_LABELS.HOLIDAY },
    WORKDAY: { description: CALENDAR_DAY_KIND_LABELS.WORKDAY },
  },
});

@ObjectType({ description: '工作日历中的一天：法定节假日放假，或周末调休上班' })
export class CalendarDay {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => CalendarDayKindEnum)
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true, description: '节日名称，例如 国庆节' })
  name: string | null;

  static from(d: Day): CalendarDay {
    return Object.assign(new CalendarDay(), { date: d.date, kind: d.kind, name: d.name ?? null });
  }
}

@ObjectType({ description: '一年的工作日历' })
export class CalendarYear {
  @Field(() => Int)
  year: number;

  @Field(() => [CalendarDay])
  days: CalendarDay[];

  @Field(() => [CalendarDay], {
    nullable: true,
    description: '系统内置的国务院公布安排（已知年份），可一键填入',
  })
  published: CalendarDay[] | null;
}

@ObjectType()
export class CalendarYearSummary {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  holidays: number;

  @Field(() => Int)
  workdays: number;
}

@InputType()
export class CalendarDayInput {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => CalendarDayKindEnum)
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  name?: string | null;
}
