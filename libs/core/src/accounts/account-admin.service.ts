// The admin console's account work (#13): change an account's role and scope, reset its password, and import
// accounts from an xlsx sheet with a row-by-row report. Every change is audited in its own transaction.
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { AppError, InputErrors, ROLES, ROLE_LABELS, isUuid, type Actor, type Role } from '@app/domain';
import {
  PG_UNIQUE_VIOLATION,
  UnitOfWork,
  looksLikeXlsx,
  pgErrorCode,
  readXlsxRows,
  writeAudit,
} from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { RegionRepository } from '../regions/region.repository.js';
import type { AccountEntity } from './account.entity.js';
import { AccountRepository } from './account.repository.js';
import { AccountService, type CreateAccountInput } from './account.service.js';
import { passwordHasher } from './password-hasher.js';

export interface UpdateAccountInput {
  displayName?: string | null;
  role?: Role | null;
  regionCode?: string | null;
  organizationId?: string | null;
  expertId?: string | null;
}

export interface AccountImportRow {
  row: number;
  username: string;
  ok: boolean;
  message: string;
}

export interface AccountImportReport {
  created: number;
  rejected: number;
  rows: AccountImportRow[];
}

/** Rows one import may hold: each new account costs a password hash (~50 ms). */
export const ACCOUNT_IMPORT_MAX_ROWS = 500;
export const ACCOUNT_IMPORT_HEADER = [
  '用户名',
  '姓名',
  '角色',
  '地区代码',
  '单位统一社会信用代码',
  '初始密码',
] as const;

/** A password a person can type: letters and digits, no look-alikes. */
export function temporaryPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  const chars = [letters[randomInt(letters.length)]!, digits[randomInt(digits.length)]!];
  while (chars.length < 10) chars.push(all[randomInt(all.length)]!);
  return chars.join('');
}

function roleFrom(text: string): Role | null {
  const t = text.trim();
  if ((ROLES as readonly string[]).includes(t.toUpperCase())) return t.toUpperCase() as Role;
  const hit = (Object.entries(ROLE_LABELS) as [Role, string][]).find(
    ([, label]) => label === t || label.startsWith(t),
  );
  return hit ? hit[0] : null;
}

@Injectable()
export class AccountAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly accountService: AccountService,
    private readonly organizations: OrganizationRepository,
    private readonly regions: RegionRepository,
  ) {}

  /** Changes an account's name, role, region, organisation or expert (ADMIN); its sessions end when its scope changes. */
  async update(actor: Actor, id: string, input: UpdateAccountInput): Promise<AccountEntity> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以修改账号');
    if (!isUuid(id)) throw AppError.notFound('账号', 'ACCOUNT_NOT_FOUND');
    const current = await this.accounts.find(id);
    if (!current) throw AppError.notFound('账号', 'ACCOUNT_NOT_FOUND');
    const role = input.role ?? current.role;
    if (id === actor.accountId && role !== 'ADMIN')
      throw AppError.badInput('不能取消自己的管理员角色', { role: '不能取消自己的管理员角色' });
    const pick = <K extends keyof UpdateAccountInput>(
      k: K,
      fallback: AccountEntity[K & keyof AccountEntity],
    ) => (input[k] === undefined ? fallback : (input[k] ?? null));
    const next = {
      role,
      regionCode: pick('regionCode', current.regionCode) as string | null,
      organizationId: pick('organizationId', current.organizationId) as string | null,
      expertId: pick('expertId', current.expertId) as string | null,
    };
    // Roles that have no use for a field drop it, as a new account would not have it.
    if (role === 'ADMIN') Object.assign(next, { regionCode: null, organizationId: null, expertId: null });
    if (role === 'LOCAL' || role === 'PROVINCE')
      Object.assign(next, { organizationId: null, expertId: null });
    if (role === 'UNIT') next.expertId = null;
    if (role === 'EXPERT') next.organizationId = null;
    const displayName = input.displayName?.trim() || current.displayName;
    const errors = new InputErrors()
      .check(ROLES.includes(role), 'role', '角色无效')
      .check(displayName.length <= 64, 'displayName', '显示名称不能超过 64 个字')
      .check(
        (role !== 'LOCAL' && role !== 'PROVINCE') || !!next.regionCode,
        'regionCode',
        '属地人社局和省厅账号必须指定所辖地区',
      )
      .check(role !== 'UNIT' || !!next.organizationId, 'organizationId', '基层单位账号必须指定所属单位')
      .check(role !== 'EXPERT' || !!next.expertId, 'expertId', '专家账号必须关联专家库中的专家')
      .check(!next.organizationId || isUuid(next.organizationId), 'organizationId', '所属机构无效')
      .check(!next.expertId || isUuid(next.expertId), 'expertId', '关联的专家无效');
    errors.throwIfAny();
    if (next.regionCode) {
      const region = await this.regions.find(next.regionCode);
      if (!region) throw AppError.badInput(`地区“${next.regionCode}”不存在`, { regionCode: '地区不存在' });
      if (role === 'PROVINCE' && region.level !== 'PROVINCE')
        throw AppError.badInput('省厅账号的地区必须是省级行政区', { regionCode: '请选择省级行政区' });
    }
    if (next.organizationId) {
      const org = await this.organizations.find(next.organizationId);
      if (!org) throw AppError.badInput('所属机构不存在', { organizationId: '机构不存在' });
      if (role === 'UNIT' && org.kind !== 'UNIT')
        throw AppError.badInput('基层单位账号只能归属于基层单位', { organizationId: '请选择基层单位' });
      if (role === 'UNIT') next.regionCode = org.regionCode;
    }
    const scopeChanged =
      next.role !== current.role ||
      next.regionCode !== current.regionCode ||
      next.organizationId !== current.organizationId ||
      next.expertId !== current.expertId;
    const changes: Partial<AccountEntity> = {
      ...next,
      displayName,
      ...(scopeChanged ? { tokenVersion: current.tokenVersion + 1 } : {}),
    };
    try {
      return await this.uow.run(async (m) => {
        await this.accounts.update(m, id, changes);
        const after = { ...current, ...changes };
        await writeAudit(m, actor, {
          action: 'account.update',
          entityType: 'account',
          entityId: id,
          before: current,
          after,
        });
        return Object.assign(current, changes);
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION)
        throw AppError.conflict('该专家已绑定其他账号', 'EXPERT_ALREADY_BOUND');
      if (pgErrorCode(err) === '23503') throw AppError.badInput('关联的专家或机构不存在');
      throw err;
    }
  }

  /** A new temporary password for the account (ADMIN), shown once; the account's sessions end. */
  async resetPassword(actor: Actor, id: string): Promise<string> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以重置密码');
    const account = isUuid(id) ? await this.accounts.find(id) : null;
    if (!account) throw AppError.notFound('账号', 'ACCOUNT_NOT_FOUND');
    const password = temporaryPassword();
    const passwordHash = await passwordHasher.hash(password);
    await this.uow.run(async (m) => {
      await this.accounts.update(m, id, { passwordHash, tokenVersion: account.tokenVersion + 1 });
      await writeAudit(m, actor, { action: 'account.reset_password', entityType: 'account', entityId: id });
    });
    return password;
  }

  /**
   * Creates accounts from the first sheet of an xlsx file (header: ACCOUNT_IMPORT_HEADER). Each row is its own
   * transaction: a bad row is reported with its number and reason and never blocks the others.
   */
  async importXlsx(actor: Actor, content: Buffer): Promise<AccountImportReport> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以批量导入账号');
    if (!looksLikeXlsx(content))
      throw AppError.badInput('请上传 .xlsx 格式的 Excel 文件（旧版 .xls 请另存为 .xlsx）');
    let rows: string[][];
    try {
      rows = await readXlsxRows(content);
    } catch {
      throw AppError.badInput('无法读取该 Excel 文件，请确认是 .xlsx 格式');
    }
    const [header, ...data] = rows;
    const col = (name: string) => (header ?? []).findIndex((h) => h.trim() === name);
    const missing = ACCOUNT_IMPORT_HEADER.filter(
      (h) => h !== '单位统一社会信用代码' && h !== '地区代码' && col(h) < 0,
    );
    if (!header || missing.length)
      throw AppError.badInput(
        `表头缺少必填列：${missing.join('、')}。模板表头：${ACCOUNT_IMPORT_HEADER.join(',')}`,
      );
    if (!data.length) throw AppError.badInput('文件中没有数据行：第 1 行为表头，从第 2 行起每行一个账号');
    if (data.length > ACCOUNT_IMPORT_MAX_ROWS)
      throw AppError.badInput(
        `一次最多导入 ${ACCOUNT_IMPORT_MAX_ROWS} 个账号，本文件有 ${data.length} 行，请分批导入`,
      );
    const at = (r: string[], name: string) => {
      const i = col(name);
      return i < 0 ? '' : (r[i] ?? '').trim();
    };
    const report: AccountImportReport = { created: 0, rejected: 0, rows: [] };
    for (const [i, r] of data.entries()) {
      const rowNo = i + 2;
      const username = at(r, '用户名');
      const role = roleFrom(at(r, '角色'));
      let message: string;
      let ok = false;
      try {
        if (!role)
          throw AppError.badInput(
            `角色“${at(r, '角色')}”无效，应为：${Object.values(ROLE_LABELS).join('、')}`,
          );
        if (role === 'EXPERT')
          throw AppError.badInput('专家账号请由专家本人认领（手机验证码），或由属地人社局邀请');
        const input: CreateAccountInput = {
          username,
          password: at(r, '初始密码'),
          role,
          displayName: at(r, '姓名') || null,
          regionCode: at(r, '地区代码') || null,
        };
        const credit = at(r, '单位统一社会信用代码').toUpperCase();
        if (credit) {
          const org = await this.organizations.byCreditCode(credit);
          if (!org)
            throw AppError.badInput(`统一社会信用代码为 ${credit} 的机构不存在，请先在机构管理中登记`);
          input.organizationId = org.id;
        }
        await this.accountService.createUnchecked(actor, input, { checkPassword: true });
        ok = true;
        message = '已创建';
        report.created++;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        message = err.message;
        report.rejected++;
      }
      report.rows.push({ row: rowNo, username, ok, message });
    }
    await this.uow.run((m) =>
      writeAudit(m, actor, {
        action: 'account.import',
        entityType: 'account',
        after: { created: report.created, rejected: report.rejected },
      }),
    );
    return report;
  }
}
