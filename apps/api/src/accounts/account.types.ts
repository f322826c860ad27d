import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { Role } from '@app/domain';
import type { AccountEntity } from '@app/core';
import { RoleEnum } from '../common/enums.js';

@ObjectType({ description: '账号' })
export class Account {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field({ description: '显示名称' })
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  active: boolean;

  @Field(() => String, { nullable: true })
  organizationId: string | null;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => ID, { nullable: true })
  expertId: string | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field()
  createdAt: Date;

  static from(e: AccountEntity): Account {
    return Object.assign(new Account(), {
      id: e.id,
      username: e.username,
      displayName: e.displayName,
      role: e.role,
      active: e.active,
      organizationId: e.organizationId,
      regionCode: e.regionCode,
      expertId: e.expertId,
      lastLoginAt: e.lastLoginAt,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType()
export class AuthPayload {
  @Field({ description: '放入请求头 Authorization: Bearer <token>' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}

@InputType()
export class CreateAccountInput {
  @Field()
  username: string;

  @Field()
  password: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  expertId?: string | null;
}
