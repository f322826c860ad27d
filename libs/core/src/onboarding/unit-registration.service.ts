// Units register themselves (#13): the application waits, invisible to everyone but the bureaus, until the LOCAL
// bureau of its region (or ADMIN) approves it — then the organisation (an existing one with the same USCC, or a
// new one) and the UNIT account are written in one transaction — or rejects it with a reason the unit is told at
// sign-in.
import { Injectable } from '@nestjs/common';
import {
  AppError,
  isUuid,
  normaliseRegistration,
  registrationProblems,
  rejectionReasonProblem,
  type Actor,
  type RegistrationDraft,
  type RegistrationStatus,
} from '@app/domain';
import { PG_UNIQUE_VIOLATION, UnitOfWork, pgConstraint, pgErrorCode, writeAudit } from '@app/platform';
import { assertCanManageRegion, assertRole, regionPrefixes } from '../access/access-scope.js';
import { AccountRepository } from '../accounts/account.repository.js';
import { passwordHasher } from '../accounts/password-hasher.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { RegionRepository } from '../regions/region.repository.js';
import type { UnitRegistrationEntity } from './onboarding.entities.js';
import { OnboardingRepository } from './onboarding.repository.js';
import { OneTimeCodeService } from './one-time-code.service.js';

const REVIEWERS = ['ADMIN', 'LOCAL'] as const;

@Injectable()
export class UnitRegistrationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OnboardingRepository,
    private readonly accounts: AccountRepository,
    private readonly organizations: OrganizationRepository,
    private readonly regions: RegionRepository,
    private readonly codes: OneTimeCodeService,
    private readonly recipients: RecipientRepository,
    private readonly notifications: NotificationService,
  ) {}

  /** A unit's application (no sign-in). */
  async register(input: RegistrationDraft, ip: string | null): Promise<UnitRegistrationEntity> {
    const d = normaliseRegistration(input);
    const problems = registrationProblems(d);
    if (Object.keys(problems).length) throw AppError.badInput(Object.values(problems).join('；'), problems);
    await this.codes.throttle('register', ip);
    const region = await this.regions.find(d.regionCode);
    if (!region) throw AppError.badInput('所在地区不存在，请重新选择', { regionCode: '地区不存在' });
    if (region.level === 'PROVINCE')
      throw AppError.badInput('请选择到地市或区县，由当地人社局审核', { regionCode: '请选择到地市或区县' });
    if (await this.accounts.findByUsername(d.username)) {
      throw AppError.conflict(`用户名“${d.username}”已被使用，请换一个`, 'ACCOUNT_USERNAME_TAKEN');
    }
    const passwordHash = await passwordHasher.hash(d.password);
    try {
      return await this.uow.run(async (m) => {
        const row = await this.repo.insertRegistration(m, {
          name: d.name,
          creditCode: d.creditCode,
          regionCode: region.code,
          contactName: d.contactName,
          mobile: d.mobile,
          username: d.username,
          passwordHash,
          status: 'PENDING',
        });
        await writeAudit(
          m,
          { accountId: '00000000-0000-0000-0000-000000000000', username: d.username },
          {
            action: 'registration.submit',
            entityType: 'registration',
            entityId: row.id,
            after: row,
            ip,
          },
        );
        // The bureau of the most specific level that has one hears of it (its bell, and the channels it chose).
        const bureaus = await this.recipients.bureausCovering(region.code, m);
        const nearest = bureaus.filter((b) => b.regionCode === bureaus[0]?.regionCode).map((b) => b.id);
        await this.notifications.notifyAll(
          m,
          nearest,
          {
            kind: 'REGISTRATION_SUBMITTED',
            title: '有新的单位注册申请',
            body: `${d.name}申请注册为基层单位，请在“注册审核”中审核。`,
          },
          { link: '/registrations', dedupeKey: `registration-${row.id}` },
        );
        return row;
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw pgConstraint(err)?.includes('credit')
          ? AppError.conflict(
              `统一社会信用代码 ${d.creditCode} 已有一份待审核的申请，请等待属地人社局审核`,
              'REGISTRATION_EXISTS',
            )
          : AppError.conflict(`用户名“${d.username}”已被使用，请换一个`, 'ACCOUNT_USERNAME_TAKEN');
      }
      throw err;
    }
  }

  /** Applications in the reviewer's regions; pending ones oldest first. */
  async list(actor: Actor, status: RegistrationStatus | null = 'PENDING'): Promise<UnitRegistrationEntity[]> {
    assertRole(actor, ['ADMIN', 'PROVINCE', 'LOCAL'], '您无权查看注册申请');
    return this.repo.registrations({ regionPrefixes: regionPrefixes(actor), status, limit: 500 });
  }

  async approve(actor: Actor, id: string): Promise<UnitRegistrationEntity> {
    assertRole(actor, REVIEWERS, '只有属地人社局或系统管理员可以审核注册申请');
    try {
      return await this.uow.run(async (m) => {
        const reg = await this.pending(m, actor, id);
        if (await this.accounts.findByUsername(reg.username, m)) {
          throw AppError.conflict(
            `用户名“${reg.username}”已被其他账号使用，请驳回并请申请单位换一个用户名`,
            'ACCOUNT_USERNAME_TAKEN',
          );
        }
        let org = await this.organizations.byCreditCode(reg.creditCode, m);
        if (org && org.kind !== 'UNIT')
          throw AppError.badInput(
            `统一社会信用代码 ${reg.creditCode} 已登记为其他类型的机构，请联系系统管理员处理`,
          );
        org ??= await this.organizations.insert(m, {
          name: reg.name,
          kind: 'UNIT',
          regionCode: reg.regionCode,
          creditCode: reg.creditCode,
        });
        const account = await this.accounts.insert(m, {
          username: reg.username,
          displayName: reg.contactName
            ? `${reg.name.slice(0, 40)}（${reg.contactName}）`.slice(0, 64)
            : reg.name.slice(0, 64),
          passwordHash: reg.passwordHash,
          role: 'UNIT',
          organizationId: org.id,
          regionCode: org.regionCode,
        });
        const changes = {
          status: 'APPROVED' as const,
          reviewedBy: actor.accountId,
          reviewedAt: new Date(),
          organizationId: org.id,
          accountId: account.id,
        };
        await this.repo.decide(m, reg.id, changes);
        await writeAudit(m, actor, {
          action: 'registration.approve',
          entityType: 'registration',
          entityId: reg.id,
          before: { status: reg.status },
          after: { ...changes, organizationName: org.name },
        });
        return Object.assign(reg, changes);
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
        throw AppError.conflict(
          '同地区已有同名的基层单位，请驳回或联系系统管理员合并机构',
          'ORGANIZATION_EXISTS',
        );
      }
      throw err;
    }
  }

  async reject(actor: Actor, id: string, reasonRaw: string): Promise<UnitRegistrationEntity> {
    assertRole(actor, REVIEWERS, '只有属地人社局或系统管理员可以审核注册申请');
    const problem = rejectionReasonProblem(reasonRaw);
    if (problem) throw AppError.badInput(problem, { reason: problem });
    return this.uow.run(async (m) => {
      const reg = await this.pending(m, actor, id);
      const changes = {
        status: 'REJECTED' as const,
        reason: reasonRaw.trim(),
        reviewedBy: actor.accountId,
        reviewedAt: new Date(),
      };
      await this.repo.decide(m, reg.id, changes);
      await writeAudit(m, actor, {
        action: 'registration.reject',
        entityType: 'registration',
        entityId: reg.id,
        before: { status: reg.status },
        after: changes,
      });
      return Object.assign(reg, changes);
    });
  }

  /**
   * For sign-in with a name no account has: the message about the application under that name, when the password
   * is the application's; null otherwise.
   */
  async signInMessage(
    username: string,
    password: string,
  ): Promise<{ reason: 'REGISTRATION_PENDING' | 'REGISTRATION_REJECTED'; message: string } | null> {
    const reg = await this.repo.latestRegistrationOf(username);
    if (!reg || !(await passwordHasher.verify(reg.passwordHash, password))) return null;
    if (reg.status === 'PENDING') {
      return {
        reason: 'REGISTRATION_PENDING',
        message: '您的注册申请正在等待属地人社局审核，审核通过后即可登录',
      };
    }
    return {
      reason: 'REGISTRATION_REJECTED',
      message: `您的注册申请未通过审核：${reg.reason ?? '未说明原因'}。如有疑问请联系属地人社局，修改后可重新提交注册`,
    };
  }

  private async pending(
    m: import('typeorm').EntityManager,
    actor: Actor,
    id: string,
  ): Promise<UnitRegistrationEntity> {
    const reg = isUuid(id) ? await this.repo.registration(id, m, true) : null;
    if (!reg) throw AppError.notFound('注册申请', 'REGISTRATION_NOT_FOUND');
    assertCanManageRegion(actor, reg.regionCode);
    if (reg.status !== 'PENDING') throw AppError.conflict('该申请已审核过', 'REGISTRATION_DECIDED');
    return reg;
  }
}
