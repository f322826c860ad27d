import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ANY, LOGIN_THROTTLE, type AttemptCounter, type AttemptCounters } from '@app/domain';

interface Row {
  username: string;
  address: string;
  failures: number;
  locked_until: Date | null;
  last_attempt_at: Date | null;
  last_success_at: Date | null;
  now: Date;
}

export interface AttemptKeys {
  name: string;
  address: string;
}

/** The three rows an attempt counts against, in the one order every transaction locks them in (no deadlocks). */
function rowKeys(k: AttemptKeys): [string, string][] {
  const keys: [string, string][] = [
    [k.name, k.address],
    [k.name, ANY],
    [ANY, k.address],
  ];
  // Plain code-unit order, which is byte order for these ASCII keys, as COLLATE "C" sorts below.
  return keys.sort((a, b) =>
    a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1,
  );
}

const counter = (r: Row | undefined): AttemptCounter =>
  r
    ? { failures: r.failures, lockedUntil: r.locked_until, lastAttemptAt: r.last_attempt_at }
    : { failures: 0, lockedUntil: null, lastAttemptAt: null };

@Injectable()
export class LoginAttemptRepository {
  /**
   * Locks the counters of an attempt (creating them when missing) until the transaction ends and reads them with
   * the database's clock, which every api process shares.
   */
  async lock(m: EntityManager, k: AttemptKeys): Promise<{ counters: AttemptCounters; now: Date }> {
    const keys = rowKeys(k);
    for (const [username, address] of keys) {
      await m.query(`INSERT INTO login_attempts (username, address) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        username,
        address,
      ]);
    }
    const rows: Row[] = await m.query(
      `SELECT username, address, failures, locked_until, last_attempt_at, last_success_at, now() AS now
       FROM login_attempts WHERE (username, address) IN (($1, $2), ($3, $4), ($5, $6))
       ORDER BY username COLLATE "C", address COLLATE "C" FOR UPDATE`,
      keys.flat(),
    );
    const find = (username: string, address: string) =>
      rows.find((r) => r.username === username && r.address === address);
    const pair = find(k.name, k.address);
    const now = rows[0]!.now;
    const trustedSince = now.getTime() - LOGIN_THROTTLE.trustedDays * 86400_000;
    return {
      now,
      counters: {
        pair: counter(pair),
        name: counter(find(k.name, ANY)),
        address: counter(find(ANY, k.address)),
        trusted: !!pair?.last_success_at && pair.last_success_at.getTime() > trustedSince,
      },
    };
  }

  async save(
    m: EntityManager,
    k: AttemptKeys,
    next: { pair: AttemptCounter; name: AttemptCounter; address: AttemptCounter },
  ): Promise<void> {
    const rows: [string, string, AttemptCounter][] = [
      [k.name, k.address, next.pair],
      [k.name, ANY, next.name],
      [ANY, k.address, next.address],
    ];
    await m.query(
      `UPDATE login_attempts a SET failures = v.failures, locked_until = v.locked_until, last_attempt_at = v.last_attempt_at
       FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[], $5::timestamptz[]) AS v(username, address, failures, locked_until, last_attempt_at)
       WHERE a.username = v.username AND a.address = v.address`,
      [
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
        rows.map((r) => r[2].failures),
        rows.map((r) => r[2].lockedUntil),
        rows.map((r) => r[2].lastAttemptAt),
      ],
    );
  }

  /**
   * A successful sign-in: the address's count starts again and the address is trusted for that name; the
   * attempt is given back to the shared counts it was added to. Old rows that hold neither a lock, a count in its
   * window nor a trusted address are dropped.
   */
  async succeeded(m: EntityManager, k: AttemptKeys, countedShared: boolean): Promise<void> {
    await this.lock(m, k);
    await m.query(
      `UPDATE login_attempts SET failures = 0, locked_until = NULL, last_success_at = now() WHERE username = $1 AND address = $2`,
      [k.name, k.address],
    );
    if (countedShared) {
      await m.query(
        `UPDATE login_attempts SET failures = greatest(failures - 1, 0) WHERE (username, address) IN (($1, $3), ($3, $2))`,
        [k.name, k.address, ANY],
      );
    }
    // Rows another sign-in holds are left for later rather than waited for.
    await m.query(
      `DELETE FROM login_attempts WHERE ctid IN (
         SELECT ctid FROM login_attempts
         WHERE last_attempt_at < now() - make_interval(secs => $1)
           AND (locked_until IS NULL OR locked_until < now())
           AND (last_success_at IS NULL OR last_success_at < now() - make_interval(days => $2))
         LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
      [LOGIN_THROTTLE.windowSeconds, LOGIN_THROTTLE.trustedDays],
    );
  }
}
