import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@app/domain';
import { RoleEnum } from '../common/enums.js';

@InputType({ description: '修改账号（管理员）；未传的字段保持不变，传 null 表示清空' })
export class UpdateAccountInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) organizationId?: string | null;
  @Field(() => String, { nullable: true }) expertId?: string | null;
}

@ObjectType({ description: '账号导入的一行结果' })
export class AccountImportRow {
  @Field(() => Int, { description: 'Excel 中的行号（表头为第 1 行）' }) row: number;
  @Field() username: string;
  @Field() ok: boolean;
  @Field({ description: '“已创建”或不能导入的原因' }) message: string;
}

@ObjectType({ description: '账号批量导入结果' })
export class AccountImportReport {
  @Field(() => Int) created: number;
  @Field(() => Int) rejected: number;
  @Field(() => [AccountImportRow]) rows: AccountImportRow[];
}
