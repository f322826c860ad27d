import { describe, expect, it } from 'vitest';
import {
  LOGIN_THROTTLE,
  NO_ATTEMPTS,
  loginAddressKey,
  loginLockSeconds,
  loginNameKey,
  reserveLoginAttempt,
  type AttemptCounter,
  type AttemptCounters,
} from './login-throttle.js';

const t0 = new Date('2026-11-23T02:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** Attempts in a row, each stored as the next state; returns which were allowed. */
function run(n: number, start: AttemptCounters, when: (i: number) => Date = () => t0) {
  let c = start;
  const allowed: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const r = reserveLoginAttempt(c, when(i));
    allowed.push(r.allowed);
    c = { ...c, ...r.next };
  }
  return { allowed, counters: c };
}

const fresh: AttemptCounters = { pair: NO_ATTEMPTS, name: NO_ATTEMPTS, address: NO_ATTEMPTS, trusted: false };

describe('sign-in lock policy', () => {
  it('lets the first four failures through, then doubles the wait up to five minutes', () => {
    expect([0, 1, 2, 3, 4].map((n) => loginLockSeconds(n))).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => loginLockSeconds(n))).toEqual([2, 4, 8, 16]);
    expect(loginLockSeconds(30)).toBe(300);
    expect(loginLockSeconds(19, 20)).toBe(0);
    expect(loginLockSeconds(20, 20)).toBe(2);
  });

  it('checks at most five passwords of a burst from one address, and counts the refused ones too', () => {
    const { allowed, counters } = run(40, fresh);
    expect(allowed.filter(Boolean)).toHaveLength(5);
    expect(allowed.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(counters.pair.failures).toBe(40);
    expect(counters.pair.lockedUntil).toEqual(at(LOGIN_THROTTLE.maxLockSeconds));
    // One address adds only its free attempts to the shared keys.
    expect(counters.name.failures).toBe(5);
    expect(counters.address.failures).toBe(5);
  });

  it('answers a refused attempt with the time left, which the refused attempt itself lengthens', () => {
    const { counters } = run(5, fresh);
    expect(counters.pair.lockedUntil).toEqual(at(2));
    const r = reserveLoginAttempt(counters, at(1));
    expect(r).toMatchObject({ allowed: false, waitSeconds: 4 });
    expect(r.next.pair.lockedUntil).toEqual(at(5));
    // Whoever waits out the lock is checked again.
    expect(reserveLoginAttempt(counters, at(2)).allowed).toBe(true);
  });

  it('starts counting again after an hour without attempts, but not while a lock holds', () => {
    const { counters } = run(5, fresh);
    const r = reserveLoginAttempt(counters, at(LOGIN_THROTTLE.windowSeconds + 1));
    expect(r.allowed).toBe(true);
    expect(r.next.pair.failures).toBe(1);
    const locked: AttemptCounter = {
      failures: 9,
      lockedUntil: at(LOGIN_THROTTLE.windowSeconds + 100),
      lastAttemptAt: t0,
    };
    expect(
      reserveLoginAttempt({ ...fresh, pair: locked }, at(LOGIN_THROTTLE.windowSeconds + 1)).allowed,
    ).toBe(false);
  });

  it('locks a name against untrusted addresses once many addresses have failed, but never a trusted address', () => {
    let name: AttemptCounter = NO_ATTEMPTS;
    for (let a = 0; a < 4; a++) {
      const r = run(5, { ...fresh, name });
      expect(r.allowed.every(Boolean)).toBe(true);
      name = r.counters.name;
    }
    expect(name.failures).toBe(20);
    const stranger = reserveLoginAttempt({ ...fresh, name }, t0);
    expect(stranger.allowed).toBe(false);
    const owner = reserveLoginAttempt({ ...fresh, name, trusted: true }, t0);
    expect(owner.allowed).toBe(true);
    expect(owner.countedShared).toBe(false);
    expect(owner.next.name).toEqual(name);
  });

  it('locks an address that tries many names, except for the names it has signed in to', () => {
    let address: AttemptCounter = NO_ATTEMPTS;
    for (let n = 0; n < 10; n++) {
      const r = run(5, { ...fresh, address });
      expect(r.allowed.every(Boolean)).toBe(true);
      address = r.counters.address;
    }
    expect(address.failures).toBe(LOGIN_THROTTLE.addressFreeAttempts);
    expect(reserveLoginAttempt({ ...fresh, address }, t0).allowed).toBe(false);
    expect(reserveLoginAttempt({ ...fresh, address, trusted: true }, t0).allowed).toBe(true);
  });

  it('keeps one address from locking a name elsewhere however long it tries', () => {
    // Slow guessing from one address: one try whenever its lock ends, for a day.
    let c = fresh;
    let now = t0;
    for (let i = 0; i < 500; i++) {
      const r = reserveLoginAttempt(c, now);
      c = { ...c, ...r.next };
      now = new Date(Math.max(now.getTime() + 1000, c.pair.lockedUntil?.getTime() ?? 0));
    }
    expect(c.name.failures).toBeLessThan(LOGIN_THROTTLE.nameFreeAttempts);
    expect(c.name.lockedUntil).toBeNull();
  });

  it('keys names case-insensitively, folding impossible names into one key', () => {
    expect(loginNameKey(' Admin ')).toBe('admin');
    expect(loginNameKey('no such name!')).toBe('#invalid');
    expect(loginNameKey('a\u0000b')).toBe('#invalid');
    expect(loginNameKey('x'.repeat(5000))).toBe('#invalid');
  });

  it('keys IPv4 addresses as they are and IPv6 addresses by their /64', () => {
    expect(loginAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(loginAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(loginAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(loginAddressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(loginAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(loginAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(loginAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(loginAddressKey(null)).toBe('unknown');
    expect(loginAddressKey('not an address')).toBe('not?an?address');
    expect(loginAddressKey('x'.repeat(100))).toHaveLength(64);
  });
});
