// Experts claim their library record (#13): a code sent to the mobile the library has for them binds a new EXPERT
// account to that record. A bureau may invite many experts at once: each gets a code that stays valid for a week.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  USERNAME_PATTERN,
  isMobile,
  isUuid,
  passwordProblem,
  type Actor,
  InputErrors,
  ONE_TIME_CODE,
} from '@app/domain';
import { PG_UNIQUE_VIOLATION, UnitOfWork, pgConstraint, pgErrorCode, writeAudit } from '@app/platform';
import { assertRole, canManageRegion } from '../access/access-scope.js';
import { AccountRepository } from '../accounts/account.repository.js';
import type { AccountEntity } from '../accounts/account.entity.js';
import { passwordHasher } from '../accounts/password-hasher.js';
import { OnboardingRepository } from './onboarding.repository.js';
import { OneTimeCodeService } from './one-time-code.service.js';

export const MAX_INVITES_PER_REQUEST = 200;

export interface ClaimInput {
  mobile: string;
  code: string;
  username: string;
  password: string;
}

export interface InviteResult {
  expertId: string;
  name: string;
  invited: boolean;
  message: string;
}

const CLAIM_CODE_SENT = '如该手机号已登记在专家库中，验证码已发送，10 分钟内有效';

@Injectable()
export class ExpertClaimService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OnboardingRepository,
    private readonly accounts: AccountRepository,
    private readonly codes: OneTimeCodeService,
  ) {}

  /**
   * Sends a claim code when the library has an unclaimed expert with this mobile. The answer is the same either
   * way, so the form cannot be used to learn who is in the library.
   */
  async requestCode(mobileRaw: string, ip: string | null): Promise<string> {
    const mobile = (mobileRaw ?? '').replace(/[\s-]/g, '');
    if (!isMobile(mobile))
      throw AppError.badInput('请填写 11 位手机号码', { mobile: '请填写 11 位手机号码' });
    await this.codes.throttle(`otp:${mobile}`, ip);
    const experts = await this.repo.expertsWithMobile(mobile);
    if (experts.some((e) => !e.boundAccountId)) await this.codes.issue(mobile, 'EXPERT_CLAIM');
    return CLAIM_CODE_SENT;
  }

  /** Binds a new EXPERT account to the library record with this mobile, once the code is right. */
  async claim(input: ClaimInput, ip: string | null): Promise<AccountEntity> {
    const mobile = (input.mobile ?? '').replace(/[\s-]/g, '');
    const username = (input.username ?? '').trim();
    const pw = passwordProblem(input.password ?? '');
    new InputErrors()
      .check(isMobile(mobile), 'mobile', '请填写 11 位手机号码')
      .check(/^\d{6}$/.test((input.code ?? '').trim()), 'code', '请填写 6 位验证码')
      .check(USERNAME_PATTERN.test(username), 'username', '用户名须为 3–32 位字母、数字、下划线、点或短横线')
      .check(pw === null, 'password', pw ?? '')
      .throwIfAny();
    await this.codes.throttle(`claim:${mobile}`, ip);
    if (await this.accounts.findByUsername(username)) {
      throw AppError.conflict(`用户名“${username}”已被使用，请换一个`, 'ACCOUNT_USERNAME_TAKEN');
    }
    const candidates = (await this.repo.expertsWithMobile(mobile)).filter((e) => !e.boundAccountId);
    // Checked before the code is spent, so a wrong name does not cost a code; the code is checked before anything
    // about the library is said.
    await this.codes.consume(mobile, ['EXPERT_CLAIM', 'EXPERT_INVITE'], input.code);
    if (!candidates.length)
      throw new AppError('CLAIM_NO_EXPERT', '专家库中没有可认领的、登记此手机号的专家，请联系属地人社局核对');
    if (candidates.length > 1)
      throw new AppError('CLAIM_NO_EXPERT', '专家库中有多位专家登记了此手机号，请联系属地人社局核对后再认领');
    const expert = candidates[0]!;
    const passwordHash = await passwordHasher.hash(input.password);
    try {
      return await this.uow.run(async (m) => {
        const account = await this.accounts.insert(m, {
          username,
          displayName: expert.name.slice(0, 64),
          passwordHash,
          role: 'EXPERT',
          expertId: expert.id,
          regionCode: expert.regionCode,
        });
        await this.repo.markClaimed(m, expert.id);
        await writeAudit(
          m,
          { accountId: account.id, username },
          {
            action: 'expert.claim',
            entityType: 'expert',
            entityId: expert.id,
            after: { accountId: account.id, username },
            ip,
          },
        );
        return account;
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw pgConstraint(err)?.includes('expert')
          ? AppError.conflict('该专家已被认领', 'EXPERT_ALREADY_BOUND')
          : AppError.conflict(`用户名“${username}”已被使用，请换一个`, 'ACCOUNT_USERNAME_TAKEN');
      }
      throw err;
    }
  }

  /** A bureau invites experts of its regions to claim their records: each gets a code valid for a week. */
  async invite(actor: Actor, expertIds: readonly string[]): Promise<InviteResult[]> {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL'], '只有人社部门可以邀请专家认领');
    const ids = [...new Set(expertIds ?? [])];
    if (!ids.length) throw AppError.badInput('请选择要邀请的专家');
    if (ids.length > MAX_INVITES_PER_REQUEST)
      throw AppError.badInput(`一次最多邀请 ${MAX_INVITES_PER_REQUEST} 位专家，请分批邀请`);
    if (!ids.every(isUuid)) throw AppError.badInput('专家标识无效');
    const experts = new Map((await this.repo.expertsByIds(ids)).map((e) => [e.id, e]));
    const results: InviteResult[] = [];
    for (const id of ids) {
      const e = experts.get(id);
      const result = (invited: boolean, message: string) =>
        results.push({ expertId: id, name: e?.name ?? '—', invited, message });
      if (!e) result(false, '专家不存在');
      else if (!canManageRegion(actor, e.regionCode)) result(false, '该专家不在您的管辖范围内');
      else if (e.boundAccountId) result(false, '已有账号，无需邀请');
      else if (!e.phone || !isMobile(e.phone)) result(false, '专家库中没有该专家的手机号，请先补充');
      else if (await this.repo.invitedRecently(e.id)) result(false, '24 小时内已邀请过');
      else {
        await this.uow.run(async (m) => {
          await this.repo.insertInvitation(m, e.id, actor.accountId);
          await writeAudit(m, actor, { action: 'expert.invite', entityType: 'expert', entityId: e.id });
        });
        await this.codes.issue(e.phone, 'EXPERT_INVITE', {
          ttlSeconds: ONE_TIME_CODE.inviteTtlSeconds,
          resendCheck: false,
        });
        result(true, '已发送邀请短信');
      }
    }
    return results;
  }
}
