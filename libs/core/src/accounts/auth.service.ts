import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppError, isUuid, loginLockSeconds, type Actor } from '@app/domain';
import { writeAudit } from '@app/platform';
import { AccountEntity } from './account.entity.js';
import { AccountRepository } from './account.repository.js';
import { AccountService } from './account.service.js';
import { dummyHash, passwordHasher } from './password-hasher.js';

export const TOKEN_TTL_SECONDS = 12 * 3600;

interface TokenClaims {
  sub: string;
  tv: number;
}

/** Per-address throttle for attempts against unknown usernames (account lockouts cover known ones). */
class AddressThrottle {
  private readonly failures = new Map<string, { count: number; until: number }>();
  blockedFor(ip: string, now = Date.now()): number {
    const f = this.failures.get(ip);
    return f && f.until > now ? Math.ceil((f.until - now) / 1000) : 0;
  }
  fail(ip: string, now = Date.now()): void {
    const f = this.failures.get(ip) ?? { count: 0, until: 0 };
    f.count += 1;
    f.until = now + loginLockSeconds(Math.max(0, f.count - 5)) * 1000;
    this.failures.set(ip, f);
    if (this.failures.size > 10000) this.failures.delete(this.failures.keys().next().value!);
  }
  succeed(ip: string): void {
    this.failures.delete(ip);
  }
}

@Injectable()
export class AuthService {
  private readonly throttle = new AddressThrottle();

  constructor(
    private readonly db: DataSource,
    private readonly accounts: AccountRepository,
    private readonly accountService: AccountService,
    private readonly jwt: JwtService,
  ) {}

  async login(usernameRaw: string, password: string, ip: string | null): Promise<{ token: string; account: AccountEntity }> {
    const username = (usernameRaw ?? '').trim();
    if (!username || !password) throw AppError.badInput('请输入用户名和密码');
    const addr = ip ?? 'unknown';
    const addressWait = this.throttle.blockedFor(addr);
    if (addressWait > 0) throw tooMany(addressWait);

    const account = await this.accounts.findByUsername(username);
    if (account?.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
      throw tooMany(Math.ceil((account.lockedUntil.getTime() - Date.now()) / 1000));
    }
    const ok = await passwordHasher.verify(account?.passwordHash ?? (await dummyHash()), password);
    if (!account || !ok) {
      if (account) {
        const failures = await this.accounts.recordFailure(account.id, loginLockSeconds);
        await writeAudit(this.db.manager, { accountId: account.id, username: account.username }, {
          action: 'account.login_failed',
          entityType: 'account',
          entityId: account.id,
          after: { failures },
          ip,
        });
      } else {
        this.throttle.fail(addr);
        await writeAudit(this.db.manager, null, { action: 'account.login_failed', entityType: 'account', after: { username }, ip });
      }
      throw AppError.unauthenticated('用户名或密码错误', 'LOGIN_FAILED');
    }
    if (!account.active) throw AppError.forbidden('该账号已停用，请联系系统管理员', 'ACCOUNT_INACTIVE');
    this.throttle.succeed(addr);
    await this.db.transaction(async (m) => {
      await this.accounts.update(m, account.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
      await writeAudit(m, { accountId: account.id, username: account.username }, {
        action: 'account.login',
        entityType: 'account',
        entityId: account.id,
        ip,
      });
    });
    const claims: TokenClaims = { sub: account.id, tv: account.tokenVersion };
    return { token: await this.jwt.signAsync(claims, { expiresIn: TOKEN_TTL_SECONDS }), account };
  }

  /** The actor behind a bearer token, or an UNAUTHENTICATED error saying what to do. */
  async actorFromToken(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw AppError.unauthenticated('登录已过期或无效，请重新登录', 'TOKEN_INVALID');
    }
    // A token signed by us always names an account id; anything else (a leaked secret, an old format) names none.
    if (!isUuid(claims?.sub) || !Number.isInteger(claims.tv)) throw AppError.unauthenticated('登录已过期或无效，请重新登录', 'TOKEN_INVALID');
    const account = await this.accounts.find(claims.sub);
    if (!account || account.tokenVersion !== claims.tv) {
      throw AppError.unauthenticated('登录已失效（密码已修改或账号已变更），请重新登录', 'TOKEN_REVOKED');
    }
    if (!account.active) throw AppError.unauthenticated('该账号已停用，请联系系统管理员', 'ACCOUNT_INACTIVE');
    return this.accountService.toActor(account);
  }
}

function tooMany(seconds: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', `登录失败次数过多，请在 ${seconds} 秒后重试`, 'LOGIN_THROTTLED');
}
