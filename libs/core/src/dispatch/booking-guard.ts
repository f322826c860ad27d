// The database's exclusion constraint is what guarantees that no expert is ever booked twice at once. When it
// refuses a write, this looks up (after the rollback) who holds the expert in that period and answers CONFLICT in
// people's words, on the form field of the expert concerned. Deadlocks are the unit of work's to retry.
import { Injectable } from '@nestjs/common';
import { AppError, bookingConflictMessage, rangeDates } from '@app/domain';
import { PG_EXCLUSION_VIOLATION, pgConstraint, pgErrorCode } from '@app/platform';
import { ExpertRepository } from '../experts/expert.repository.js';
import { TeamRepository } from './team.repository.js';

const BOOKING_CONSTRAINT = 'assignments_no_double_booking';

export interface Booking {
  expertIds: readonly string[];
  /** The daterange booked. */
  range: string;
  /** The team being changed (its own bookings are no clash). */
  teamId: string | null;
  /** The form field that names an expert. */
  fieldOf: (expertId: string) => string;
}

@Injectable()
export class BookingGuard {
  constructor(
    private readonly teams: TeamRepository,
    private readonly experts: ExpertRepository,
  ) {}

  /** Runs a write that books experts, turning a refused double booking into a CONFLICT that names the clash. */
  async run<T>(booking: Booking, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (pgErrorCode(err) === PG_EXCLUSION_VIOLATION && pgConstraint(err) === BOOKING_CONSTRAINT) {
        throw await this.conflict(err, booking);
      }
      throw err;
    }
  }

  private async conflict(err: unknown, { expertIds, range, teamId, fieldOf }: Booking): Promise<AppError> {
    // The detail names the expert: "Key (expert_id, period)=(<uuid>, [..)) conflicts with existing key …".
    const detail = String(
      (err as { driverError?: { detail?: string }; detail?: string }).driverError?.detail ??
        (err as { detail?: string }).detail ??
        '',
    );
    const named = /\(([0-9a-f-]{36}),/i.exec(detail)?.[1];
    const order =
      named && expertIds.includes(named)
        ? [named, ...expertIds.filter((id) => id !== named)]
        : [...expertIds];
    const [clash] = await this.teams.clashes(order, range, teamId);
    let message: string;
    let expertId: string;
    if (clash) {
      const dates = rangeDates(clash.period) ?? rangeDates(range)!;
      message = bookingConflictMessage(clash.expertName, dates.startDate, dates.endDate, clash.teamName);
      expertId = clash.expertId;
    } else {
      // The other booking was withdrawn in the meantime: still a clash at the moment of writing.
      expertId = order[0]!;
      const [row] = await this.experts.withEmployers([expertId]);
      const dates = rangeDates(range)!;
      message = bookingConflictMessage(row?.expert.name ?? '', dates.startDate, dates.endDate, null);
    }
    return new AppError('EXPERT_DOUBLE_BOOKED', message, { [fieldOf(expertId)]: message });
  }
}
