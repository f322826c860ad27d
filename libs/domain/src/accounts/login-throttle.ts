// The sign-in lock policy, as pure decisions over counters the database keeps (one row per key, shared by every
// api process). Every attempt is reserved — counted, and refused if a lock holds — before its password is checked,
// so parallel attempts cannot slip past the count.
//
// Keys: (name, address) for each name tried from each client address; (name, *) across addresses and (*, address)
// across names bound distributed guessing. Names are keyed whether or not an account has them, so a known and an
// unknown name get the same answers. An address that has signed in to a name successfully is "trusted" for it:
// the shared keys do not apply to it, so an attacker elsewhere can never lock the owner out of an address the owner
// uses; and an address adds to the shared keys only with the free attempts of its own key, so one address alone
// can lock nothing but itself.

import { USERNAME_PATTERN } from './actor.js';

export const LOGIN_THROTTLE = {
  /** Failures of one name from one address before the first lock (2 s, doubling to the maximum). */
  pairFreeAttempts: 5,
  /** Failures of one name from untrusted addresses, all addresses together (distributed guessing). */
  nameFreeAttempts: 20,
  /**
   * Failures from one untrusted address, all names together (password spraying). Higher: many people may share
   * an office's address, and each of them is exempt wherever they have signed in before.
   */
  addressFreeAttempts: 50,
  maxLockSeconds: 300,
  /** A key's count starts again after this long without attempts (unless a lock still holds). */
  windowSeconds: 3600,
  /** How long a successful sign-in makes the address trusted for that name. */
  trustedDays: 90,
} as const;

/** The shared keys use this in place of the name or the address. */
export const ANY = '*';

/** The one key of every name that no account can have (wrong characters, too long). */
export const INVALID_NAME_KEY = '#invalid';

/**
 * Delay, in seconds, before the next attempt after `failures` failures: the first `free - 1` cost nothing, then
 * 2, 4, 8 … seconds up to five minutes.
 */
export function loginLockSeconds(failures: number, free: number = LOGIN_THROTTLE.pairFreeAttempts): number {
  if (failures < free) return 0;
  return Math.min(LOGIN_THROTTLE.maxLockSeconds, 2 ** (failures - free + 1));
}

export interface AttemptCounter {
  failures: number;
  lockedUntil: Date | null;
  lastAttemptAt: Date | null;
}

export const NO_ATTEMPTS: AttemptCounter = Object.freeze({
  failures: 0,
  lockedUntil: null,
  lastAttemptAt: null,
});

export interface AttemptCounters {
  pair: AttemptCounter;
  name: AttemptCounter;
  address: AttemptCounter;
  /** The address signed in to this name within LOGIN_THROTTLE.trustedDays. */
  trusted: boolean;
}

export interface Reservation {
  allowed: boolean;
  /** When refused: seconds until the next attempt may be checked. */
  waitSeconds: number;
  /** The counters to store (the attempt counted as a failure until it succeeds). */
  next: { pair: AttemptCounter; name: AttemptCounter; address: AttemptCounter };
  /** Whether this attempt was added to the shared keys (a success gives it back). */
  countedShared: boolean;
}

function current(c: AttemptCounter, now: Date): AttemptCounter {
  const locked = c.lockedUntil !== null && c.lockedUntil > now;
  const stale =
    c.lastAttemptAt !== null &&
    now.getTime() - c.lastAttemptAt.getTime() > LOGIN_THROTTLE.windowSeconds * 1000;
  return !locked && stale ? { failures: 0, lockedUntil: null, lastAttemptAt: c.lastAttemptAt } : c;
}

function lockedFor(c: AttemptCounter, now: Date): number {
  return c.lockedUntil && c.lockedUntil > now
    ? Math.ceil((c.lockedUntil.getTime() - now.getTime()) / 1000)
    : 0;
}

function bump(c: AttemptCounter, free: number, now: Date): AttemptCounter {
  const failures = c.failures + 1;
  const seconds = loginLockSeconds(failures, free);
  const until = seconds ? new Date(now.getTime() + seconds * 1000) : null;
  const lockedUntil = until && (!c.lockedUntil || until > c.lockedUntil) ? until : c.lockedUntil;
  return { failures, lockedUntil, lastAttemptAt: now };
}

/** Counts one attempt and says whether its password may be checked. */
export function reserveLoginAttempt(counters: AttemptCounters, now: Date): Reservation {
  const pair = current(counters.pair, now);
  const name = current(counters.name, now);
  const address = current(counters.address, now);
  const shared = !counters.trusted;
  // Every attempt counts against its own key, refused ones too: hammering keeps that address locked.
  const nextPair = bump(pair, LOGIN_THROTTLE.pairFreeAttempts, now);
  const pairWait = lockedFor(pair, now);
  if (pairWait > 0) {
    return {
      allowed: false,
      waitSeconds: lockedFor(nextPair, now),
      next: { pair: nextPair, name, address },
      countedShared: false,
    };
  }
  const countedShared = shared && pair.failures < LOGIN_THROTTLE.pairFreeAttempts;
  const nextName = countedShared ? bump(name, LOGIN_THROTTLE.nameFreeAttempts, now) : name;
  const nextAddress = countedShared ? bump(address, LOGIN_THROTTLE.addressFreeAttempts, now) : address;
  const sharedWait = shared ? Math.max(lockedFor(name, now), lockedFor(address, now)) : 0;
  const next = { pair: nextPair, name: nextName, address: nextAddress };
  if (sharedWait > 0) {
    return {
      allowed: false,
      waitSeconds: Math.max(lockedFor(nextName, now), lockedFor(nextAddress, now)),
      next,
      countedShared,
    };
  }
  return { allowed: true, waitSeconds: 0, next, countedShared };
}

/** The key of a name tried: names that can exist as typed (case-insensitive); anything else folded to one key. */
export function loginNameKey(username: string): string {
  const name = username.trim();
  return USERNAME_PATTERN.test(name) ? name.toLowerCase() : INVALID_NAME_KEY;
}

/**
 * The key of a client address: IPv4 as is (also when mapped into IPv6), IPv6 by its /64 network — what one
 * subscriber is usually given, so hopping through one's own /64 gains nothing.
 */
export function loginAddressKey(ip: string | null | undefined): string {
  let a = (ip ?? '').trim().toLowerCase();
  if (!a) return 'unknown';
  a = a.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) return mapped[1]!;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(a)) return a;
  const groups = expandIpv6(a);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : a.replace(/[^0-9a-z.:_-]/g, '?').slice(0, 64);
}

function expandIpv6(a: string): string[] | null {
  if (!/^[0-9a-f:.]+$/.test(a) || a.split('::').length > 2) return null;
  const [head, tail] = a.includes('::') ? a.split('::') : [a, null];
  const part = (s: string | null | undefined) => (s ? s.split(':') : []);
  const h = part(head);
  const t = part(tail);
  // An embedded IPv4 tail counts as two groups.
  const fix = (gs: string[]) =>
    gs.flatMap((g) => {
      if (!g.includes('.')) return [g];
      const n = g.split('.').map(Number);
      if (n.length !== 4 || n.some((x) => !(x >= 0 && x <= 255))) return ['x'];
      return [((n[0]! << 8) | n[1]!).toString(16), ((n[2]! << 8) | n[3]!).toString(16)];
    });
  const hh = fix(h);
  const tt = fix(t);
  const missing = 8 - hh.length - tt.length;
  if (tail === null ? missing !== 0 : missing < 1) return null;
  const groups = [...hh, ...Array(tail === null ? 0 : missing).fill('0'), ...tt];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}
