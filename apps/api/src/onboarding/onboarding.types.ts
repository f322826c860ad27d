import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '@app/domain';
import type { UnitRegistrationEntity } from '@app/core';

export const RegistrationStatusEnum = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
} as const;
registerEnumType(RegistrationStatusEnum, {
  name: 'RegistrationStatus',
  description: '注册申请状态',
  valuesMap: Object.fromEntries(
    Object.entries(REGISTRATION_STATUS_LABELS).map(([k, v]) => [k, { description: v }]),
  ) as never,
});

@InputType({ description: '基层单位自助注册' })
export class UnitRegistrationInput {
  @Field({ description: '单位名称' }) name: string;
  @Field({ description: '统一社会信用代码（18 位，按校验位核对）' }) creditCode: string;
  @Field({ description: '所在地区代码（地市或区县）' }) regionCode: string;
  @Field({ description: '联系人' }) contactName: string;
  @Field({ description: '联系人手机' }) mobile: string;
  @Field({ description: '登录用户名' }) username: string;
  @Field({ description: '登录密码' }) password: string;
}

@ObjectType({ description: '基层单位的注册申请' })
export class UnitRegistration {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() creditCode: string;
  @Field() regionCode: string;
  @Field() contactName: string;
  @Field() mobile: string;
  @Field() username: string;
  @Field(() => RegistrationStatusEnum) status: RegistrationStatus;
  @Field(() => String, { nullable: true, description: '不通过的原因' }) reason: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field() createdAt: Date;

  static from(e: UnitRegistrationEntity): UnitRegistration {
    return Object.assign(new UnitRegistration(), {
      id: e.id,
      name: e.name,
      creditCode: e.creditCode,
      regionCode: e.regionCode,
      contactName: e.contactName,
      mobile: e.mobile,
      username: e.username,
      status: e.status,
      reason: e.reason,
      reviewedAt: e.reviewedAt,
      organizationId: e.organizationId,
      createdAt: e.createdAt,
    });
  }
}

@InputType({ description: '专家认领专家库记录' })
export class ExpertClaimInput {
  @Field({ description: '专家库中登记的手机号' }) mobile: string;
  @Field({ description: '短信验证码' }) code: string;
  @Field({ description: '登录用户名' }) username: string;
  @Field({ description: '登录密码' }) password: string;
}

@ObjectType({ description: '邀请专家认领的结果（每位专家一行）' })
export class ExpertInviteResult {
  @Field(() => ID) expertId: string;
  @Field() name: string;
  @Field() invited: boolean;
  @Field() message: string;
}
