import { ScopedStorage } from '../context/scoped-storage.js';

/** The instant every clock reads on this async path (set by `atInstant`), if any. */
const replayed = new ScopedStorage<Date>();

/**
 * Runs `work` with every Clock reading `at` on its async path: the demo replays a programme year through the
 * services as it happened, each step at its own date. Outside such a run nothing changes.
 */
export function atInstant<T>(at: Date, work: () => Promise<T>): Promise<T> {
  return replayed.run(new Date(at), work);
}

/** Runs `work` on real time inside a replay: what leaves the transaction (queue delays, deliveries) lives now. */
export function outsideReplay<T>(work: () => T): T {
  return replayed.exit(work);
}

/** The current time, injectable so tests can move it (time limits, escalations). */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    const at = replayed.getStore();
    return at ? new Date(at) : new Date();
  }
}

/** A clock tests set and advance by hand. */
export class ManualClock extends Clock {
  constructor(private current = new Date()) {
    super();
  }
  now(): Date {
    const at = replayed.getStore();
    return new Date(at ?? this.current);
  }
  set(date: Date): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
