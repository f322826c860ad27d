import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CalendarDayKind } from '@app/domain';

/** A public holiday or a 调休 workday (table `calendar_days`); every other day is Monday–Friday as usual. */
@Entity({ name: 'calendar_days' })
export class CalendarDayEntity {
  @PrimaryColumn({ name: 'day', type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 8 })
  kind: CalendarDayKind;

  @Column({ type: 'varchar', length: 20, nullable: true })
  name: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
