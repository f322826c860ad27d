// One-time codes for onboarding: issued to a mobile (rate-limited per mobile and per client address, the way
// sign-ins are: libs/domain/src/accounts/login-throttle.ts over the login_attempts rows), stored as a keyed hash
// with an expiry and a count of wrong tries, and spent by the first right answer.
import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError, ONE_TIME_CODE, loginAddressKey, reserveLoginAttempt } from '@app/domain';
import { FILE_LINK_SECRET, UnitOfWork } from '@app/platform';
import { LoginAttemptRepository, type AttemptKeys } from '../accounts/login-attempt.repository.js';
import { ONE_TIME_CODE_SENDER, type OneTimeCodeSender } from './one-time-code.sender.js';
import { OnboardingRepository } from './onboarding.repository.js';

@Injectable()
export class OneTimeCodeService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OnboardingRepository,
    private readonly attempts: LoginAttemptRepository,
    @Inject(ONE_TIME_CODE_SENDER) private readonly sender: OneTimeCodeSender,
    @Inject(FILE_LINK_SECRET) private readonly secret: string,
  ) {}

  private hash(mobile: string, purpose: string, code: string): string {
    return createHmac('sha256', this.secret).update(`otp:${purpose}:${mobile}:${code}`).digest('hex');
  }

  /**
   * Counts an onboarding request against (what, client address) like a sign-in attempt: a few are free, then the
   * wait doubles up to five minutes. `key` names what is asked for (a mobile, "register").
   */
  async throttle(key: string, ip: string | null): Promise<void> {
    // Own rows ('#…' names, 'ob:' addresses): onboarding requests never count against anyone's sign-ins.
    const keys: AttemptKeys = {
      name: `#${key}`.slice(0, 40),
      address: `ob:${loginAddressKey(ip)}`.slice(0, 64),
    };
    const r = await this.uow.run(async (m) => {
      const { counters, now } = await this.attempts.lock(m, keys);
      // Onboarding requests never make an address "trusted".
      const reservation = reserveLoginAttempt({ ...counters, trusted: false }, now);
      await this.attempts.save(m, keys, reservation.next);
      return reservation;
    });
    if (!r.allowed) throw new AppError('CODE_THROTTLED', `请求过于频繁，请在 ${r.waitSeconds} 秒后重试`);
  }

  /** Sends a new code to a mobile; a second one within ONE_TIME_CODE.resendSeconds is refused. */
  async issue(
    mobile: string,
    purpose: string,
    opts: { ttlSeconds?: number; resendCheck?: boolean } = {},
  ): Promise<void> {
    const code = String(randomInt(0, 10 ** ONE_TIME_CODE.length)).padStart(ONE_TIME_CODE.length, '0');
    await this.uow.run(async (m) => {
      if (opts.resendCheck !== false) {
        const since = await this.repo.secondsSinceLastCode(m, mobile, purpose);
        if (since !== null && since < ONE_TIME_CODE.resendSeconds) {
          throw new AppError(
            'CODE_THROTTLED',
            `验证码已发送，请在 ${Math.ceil(ONE_TIME_CODE.resendSeconds - since)} 秒后再获取`,
          );
        }
      }
      const ttl = opts.ttlSeconds ?? ONE_TIME_CODE.ttlSeconds;
      const rows: { t: Date }[] = await m.query(`SELECT now() + make_interval(secs => $1) AS t`, [ttl]);
      await this.repo.insertCode(m, {
        mobile,
        purpose,
        codeHash: this.hash(mobile, purpose, code),
        expiresAt: rows[0]!.t,
      });
    });
    // After the commit: the code is stored before anyone can be told it.
    await this.sender.send(mobile, code, purpose);
  }

  /**
   * Checks a code in its own transaction: a wrong one adds a try (and is spent at the limit), a right one is
   * spent. Throws CODE_INVALID with a message saying what to do.
   */
  async consume(mobile: string, purposes: readonly string[], code: string): Promise<string> {
    const typed = (code ?? '').trim();
    const outcome = await this.uow.run(async (m: EntityManager) => {
      const live = await this.repo.liveCodes(m, mobile, purposes);
      const usable = live.filter((c) => c.attempts < ONE_TIME_CODE.maxAttempts);
      if (!usable.length) return { ok: false as const, message: '验证码已失效或不存在，请重新获取验证码' };
      for (const c of usable) {
        const expected = Buffer.from(c.codeHash, 'hex');
        const given = Buffer.from(this.hash(mobile, c.purpose, typed), 'hex');
        if (/^\d+$/.test(typed) && timingSafeEqual(expected, given)) {
          await this.repo.consumeCodes(m, mobile);
          return { ok: true as const, purpose: c.purpose };
        }
      }
      const newest = usable[0]!;
      await this.repo.updateCode(m, newest.id, { attempts: newest.attempts + 1 });
      const left = ONE_TIME_CODE.maxAttempts - newest.attempts - 1;
      return {
        ok: false as const,
        message: left > 0 ? `验证码不正确，还可再试 ${left} 次` : '验证码错误次数过多，请重新获取验证码',
      };
    });
    if (!outcome.ok) throw AppError.badInput(outcome.message, { code: outcome.message }, 'CODE_INVALID');
    return outcome.purpose;
  }
}
