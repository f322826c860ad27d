import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError, type Actor } from '@app/domain';
import { ACCOUNT_IMPORT_HEADER, AccountAdminService } from '@app/core';
import { writeXlsx } from '@app/platform';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import { COST, MIN_EXPORT_COST } from '../common/query-costs.js';
import { FileDownload } from '../experts/expert.types.js';
import { Account } from './account.types.js';
import { AccountImportReport, UpdateAccountInput } from './account-admin.types.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Resolver(() => Account)
export class AccountAdminResolver {
  constructor(private readonly service: AccountAdminService) {}

  @Roles('ADMIN')
  @Mutation(() => Account, {
    description: '修改账号的名称、角色、地区、机构或关联专家（管理员）；角色或范围变化时该账号需重新登录',
  })
  async updateAccount(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAccountInput,
  ): Promise<Account> {
    return Account.from(await this.service.update(actor, id, input));
  }

  @Roles('ADMIN')
  @Mutation(() => String, {
    description: '重置账号密码（管理员）：返回一次性显示的临时密码，该账号需重新登录',
    complexity: COST.PASSWORD_HASH,
  })
  resetAccountPassword(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.resetPassword(actor, id);
  }

  @Roles('ADMIN')
  @Mutation(() => AccountImportReport, {
    description: '从 Excel（.xlsx，Base64）批量创建账号，逐行返回结果（管理员）',
    complexity: COST.IMPORT_ACCOUNTS,
  })
  async importAccounts(
    @CurrentActor() actor: Actor,
    @Args('contentBase64') contentBase64: string,
  ): Promise<AccountImportReport> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) throw AppError.badInput('文件内容应为 Base64 编码');
    return this.service.importXlsx(actor, Buffer.from(contentBase64, 'base64'));
  }

  @Roles('ADMIN')
  @Query(() => FileDownload, { description: '导出账号导入模板（xlsx）', complexity: MIN_EXPORT_COST })
  async exportAccountImportTemplate(): Promise<FileDownload> {
    const content = await writeXlsx(
      '账号',
      [...ACCOUNT_IMPORT_HEADER],
      [
        ['jinshan_unit', '枫泾镇蔬菜合作社', '基层单位', '', '91350100M000100Y43', 'Change2026'],
        ['jinshan_hrss', '金山区人社局', '属地人社局', '310116', '', 'Change2026'],
      ],
    );
    return { fileName: '账号导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: content.toString('base64') };
  }
}
