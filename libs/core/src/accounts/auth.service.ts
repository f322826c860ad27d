import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  AppError,
  INVALID_NAME_KEY,
  isUuid,
  loginAddressKey,
  loginNameKey,
  reserveLoginAttempt,
  type Actor,
} from '@app/domain';
import { UnitOfWork, writeAudit } from '@app/platform';
import { AuditRepository } from '../audit/audit.repository.js';
import { AccountEntity } from './account.entity.js';
import { AccountRepository } from './account.repository.js';
import { LoginAttemptRepository, type AttemptKeys } from './login-attempt.repository.js';
import { dummyHash, passwordHasher } from './password-hasher.js';
import { TokenVerifier } from './token-key.js';
import { UnitRegistrationService } from '../onboarding/unit-registration.service.js';

export const TOKEN_TTL_SECONDS = 12 * 3600;

interface TokenClaims {
  sub: string;
  tv: number;
}

@Injectable()
export class AuthService {
  private readonly tokens: TokenVerifier;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditRepository,
    private readonly accounts: AccountRepository,
    private readonly attempts: LoginAttemptRepository,
    private readonly jwt: JwtService,
    private readonly registrations: UnitRegistrationService,
  ) {
    this.tokens = new TokenVerifier(jwt);
  }

  /**
   * Signs in. The attempt is counted before its password is checked (libs/domain/src/accounts/login-throttle.ts),
   * so parallel attempts cannot pass the lock; names that exist and names that do not are answered alike.
   */
  async login(
    usernameRaw: string,
    password: string,
    ip: string | null,
  ): Promise<{ token: string; account: AccountEntity }> {
    const username = (usernameRaw ?? '').trim();
    if (!username || !password) throw AppError.badInput('请输入用户名和密码');
    const keys: AttemptKeys = { name: loginNameKey(username), address: loginAddressKey(ip) };
    const reservation = await this.uow.run(async (m) => {
      const { counters, now } = await this.attempts.lock(m, keys);
      const r = reserveLoginAttempt(counters, now);
      await this.attempts.save(m, keys, r.next);
      return r;
    });
    if (!reservation.allowed) throw tooMany(reservation.waitSeconds);

    const account = keys.name === INVALID_NAME_KEY ? null : await this.accounts.findByUsername(username);
    const ok = await passwordHasher.verify(account?.passwordHash ?? (await dummyHash()), password);
    if (!account && keys.name !== INVALID_NAME_KEY) {
      // A unit that registered itself: say where its application stands (only to the one who knows its password).
      const registration = await this.registrations.signInMessage(username, password);
      if (registration) throw AppError.forbidden(registration.message, registration.reason);
    }
    if (!account || !ok) {
      await this.audit.record(account ? { accountId: account.id, username: account.username } : null, {
        action: 'account.login_failed',
        entityType: 'account',
        entityId: account?.id,
        after: account ? undefined : { username: printable(username) },
        ip,
      });
      throw AppError.unauthenticated('用户名或密码错误', 'LOGIN_FAILED');
    }
    if (!account.active) throw AppError.forbidden('该账号已停用，请联系系统管理员', 'ACCOUNT_INACTIVE');
    await this.uow.run(async (m) => {
      await this.attempts.succeeded(m, keys, reservation.countedShared);
      await this.accounts.update(m, account.id, { lastLoginAt: new Date() });
      await writeAudit(
        m,
        { accountId: account.id, username: account.username },
        {
          action: 'account.login',
          entityType: 'account',
          entityId: account.id,
          ip,
        },
      );
    });
    const claims: TokenClaims = { sub: account.id, tv: account.tokenVersion };
    return { token: await this.jwt.signAsync(claims, { expiresIn: TOKEN_TTL_SECONDS }), account };
  }

  /** The actor behind a bearer token, or an UNAUTHENTICATED error saying what to do. */
  async actorFromToken(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.tokens.verify<TokenClaims>(token);
    } catch {
      throw AppError.unauthenticated('登录已过期或无效，请重新登录', 'TOKEN_INVALID');
    }
    // A token signed by us always names an account id; anything else (a leaked secret, an old format) names none.
    if (!isUuid(claims?.sub) || !Number.isInteger(claims.tv))
      throw AppError.unauthenticated('登录已过期或无效，请重新登录', 'TOKEN_INVALID');
    // One statement for the account and its scope (toActor's partner regions), on every request.
    const account = await this.accounts.findSession(claims.sub);
    if (!account || account.tokenVersion !== claims.tv) {
      throw AppError.unauthenticated('登录已失效（密码已修改或账号已变更），请重新登录', 'TOKEN_REVOKED');
    }
    if (!account.active)
      throw AppError.unauthenticated('该账号已停用，请联系系统管理员', 'SESSION_ACCOUNT_INACTIVE');
    return {
      accountId: account.id,
      username: account.username,
      role: account.role,
      regionCode: account.regionCode,
      organizationId: account.organizationId,
      expertId: account.expertId,
      partnerRegionCodes: account.partnerRegionCodes,
    };
  }
}

/** A name as typed, safe to keep in the audit log (no control characters or lone surrogates, at most 64 characters). */
function printable(text: string): string {
  return [...text]
    .slice(0, 64)
    .flatMap((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x20 || c === 0x7f) return [];
      return c >= 0xd800 && c <= 0xdfff ? ['\ufffd'] : [ch];
    })
    .join('');
}

function tooMany(seconds: number): AppError {
  return new AppError('LOGIN_THROTTLED', `登录失败次数过多，请在 ${seconds} 秒后重试`);
}
