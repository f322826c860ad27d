import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  AppError,
  InputErrors,
  ROLES,
  USERNAME_PATTERN,
  passwordProblem,
  type Actor,
  type Role,
} from '@app/domain';
import { PG_UNIQUE_VIOLATION, pgErrorCode, UnitOfWork, writeAudit } from '@app/platform';
import { assertCanManageRegion, assertRole, regionPrefixes } from '../access/access-scope.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { RegionRepository } from '../regions/region.repository.js';
import { AccountEntity } from './account.entity.js';
import { AccountRepository } from './account.repository.js';
import { passwordHasher } from './password-hasher.js';

export interface CreateAccountInput {
  username: string;
  password: string;
  role: Role;
  displayName?: string | null;
  organizationId?: string | null;
  regionCode?: string | null;
  expertId?: string | null;
}

@Injectable()
export class AccountService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly organizations: OrganizationRepository,
    private readonly regions: RegionRepository,
  ) {}

  /** The actor for a signed-in account, with the partner regions a provincial dispatcher serves. */
  async toActor(account: AccountEntity): Promise<Actor> {
    const partnerRegionCodes =
      account.role === 'PROVINCE' && account.regionCode
        ? await this.regions.servedBy(account.regionCode)
        : [];
    return {
      accountId: account.id,
      username: account.username,
      role: account.role,
      regionCode: account.regionCode,
      organizationId: account.organizationId,
      expertId: account.expertId,
      partnerRegionCodes,
    };
  }

  get(id: string): Promise<AccountEntity | null> {
    return this.accounts.find(id);
  }

  async create(actor: Actor, input: CreateAccountInput): Promise<AccountEntity> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以创建账号');
    return this.createUnchecked(actor, input, { checkPassword: true });
  }

  /** Creates an account; the caller has checked authorisation (used by seeding too). */
  async createUnchecked(
    actor: Actor,
    input: CreateAccountInput,
    opts: { checkPassword: boolean },
  ): Promise<AccountEntity> {
    const username = (input.username ?? '').trim();
    const errors = new InputErrors()
      .check(USERNAME_PATTERN.test(username), 'username', '用户名须为 3–32 位字母、数字、下划线、点或短横线')
      .check(ROLES.includes(input.role), 'role', '角色无效');
    const pwProblem = opts.checkPassword ? passwordProblem(input.password ?? '') : null;
    if (pwProblem) errors.add('password', pwProblem);
    const needsRegion = input.role === 'LOCAL' || input.role === 'PROVINCE';
    errors
      .check(!needsRegion || !!input.regionCode, 'regionCode', '属地人社局和省厅账号必须指定所辖地区')
      .check(
        input.role !== 'UNIT' || !!input.organizationId,
        'organizationId',
        '基层单位账号必须指定所属单位',
      )
      .check(input.role !== 'EXPERT' || !!input.expertId, 'expertId', '专家账号必须关联专家库中的专家');
    errors.throwIfAny();

    let regionCode = input.regionCode ?? null;
    if (regionCode) {
      const region = await this.regions.find(regionCode);
      if (!region) throw AppError.badInput(`地区“${regionCode}”不存在`, { regionCode: '地区不存在' });
      if (input.role === 'PROVINCE' && region.level !== 'PROVINCE') {
        throw AppError.badInput('省厅账号的地区必须是省级行政区', { regionCode: '请选择省级行政区' });
      }
    }
    if (input.organizationId) {
      const org = await this.organizations.find(input.organizationId);
      if (!org) throw AppError.badInput('所属机构不存在', { organizationId: '机构不存在' });
      if (input.role === 'UNIT' && org.kind !== 'UNIT')
        throw AppError.badInput('基层单位账号只能归属于基层单位', { organizationId: '请选择基层单位' });
      if (input.role === 'UNIT') regionCode = org.regionCode;
    }
    const displayName = input.displayName?.trim() || username;
    const passwordHash = await passwordHasher.hash(input.password);
    try {
      return await this.uow.run(async (m) => {
        const account = await this.accounts.insert(m, {
          username,
          displayName: displayName.slice(0, 64),
          passwordHash,
          role: input.role,
          organizationId: input.organizationId ?? null,
          regionCode,
          expertId: input.expertId ?? null,
        });
        await writeAudit(m, actor, {
          action: 'account.create',
          entityType: 'account',
          entityId: account.id,
          after: account,
        });
        return account;
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw AppError.conflict(`用户名“${username}”已被使用，请换一个`, 'ACCOUNT_USERNAME_TAKEN');
      }
      if (pgErrorCode(err) === '23503') throw AppError.badInput('关联的专家或机构不存在');
      throw err;
    }
  }

  async list(actor: Actor, role?: Role | null): Promise<AccountEntity[]> {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL'], '您无权查看账号列表');
    return this.accounts.list({
      role: role ?? undefined,
      regionPrefixes: regionPrefixes(actor),
      limit: 1000,
    });
  }

  async changePassword(actor: Actor, oldPassword: string, newPassword: string): Promise<void> {
    const account = await this.accounts.find(actor.accountId);
    if (!account) throw AppError.unauthenticated();
    if (!(await passwordHasher.verify(account.passwordHash, oldPassword ?? ''))) {
      throw AppError.badInput('原密码不正确', { oldPassword: '原密码不正确' }, 'WRONG_PASSWORD');
    }
    const problem = passwordProblem(newPassword ?? '');
    if (problem) throw AppError.badInput(problem, { newPassword: problem });
    if (oldPassword === newPassword)
      throw AppError.badInput('新密码不能与原密码相同', { newPassword: '新密码不能与原密码相同' });
    const passwordHash = await passwordHasher.hash(newPassword);
    await this.uow.run(async (m) => {
      await this.accounts.update(m, account.id, { passwordHash, tokenVersion: account.tokenVersion + 1 });
      await writeAudit(m, actor, {
        action: 'account.change_password',
        entityType: 'account',
        entityId: account.id,
      });
    });
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<AccountEntity> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以启用或停用账号');
    if (id === actor.accountId && !active) throw AppError.badInput('不能停用自己的账号');
    return this.uow.run(async (m) => {
      const account = await this.accounts.find(id, m);
      if (!account) throw AppError.notFound('账号', 'ACCOUNT_NOT_FOUND');
      if (account.regionCode) assertCanManageRegion(actor, account.regionCode);
      // Only a real change revokes the account's tokens: re-activating an active account signs nobody out.
      if (account.active === active) return account;
      const before = { ...account };
      await this.accounts.update(m, id, { active, tokenVersion: account.tokenVersion + 1 });
      const after = { ...account, active, tokenVersion: account.tokenVersion + 1 };
      await writeAudit(m, actor, {
        action: active ? 'account.activate' : 'account.deactivate',
        entityType: 'account',
        entityId: id,
        before,
        after,
      });
      return Object.assign(account, after);
    });
  }

  /**
   * On first start with an empty database: the `admin` account, with ADMIN_PASSWORD or a generated password
   * that the caller prints once. Returns the generated password, or null when nothing was created.
   */
  async ensureAdmin(
    actor: Actor,
    adminPassword: string | null,
  ): Promise<{ created: boolean; password: string | null }> {
    if ((await this.accounts.count()) > 0) return { created: false, password: null };
    const password = adminPassword ?? randomBytes(12).toString('base64url');
    await this.createUnchecked(
      actor,
      { username: 'admin', password, role: 'ADMIN', displayName: '系统管理员' },
      { checkPassword: false },
    );
    return { created: true, password: adminPassword ? null : password };
  }
}
