import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { OrganizationKind } from '@app/domain';
import type { OrganizationEntity } from '@app/core';
import { OrganizationKindEnum } from '../common/enums.js';

@ObjectType({ description: '机构：基层单位、人社部门、专家所在单位、专家服务基地依托单位' })
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKind;

  @Field()
  regionCode: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  creditCode: string | null;

  @Field()
  createdAt: Date;

  static from(e: OrganizationEntity): Organization {
    return Object.assign(new Organization(), {
      id: e.id,
      name: e.name,
      kind: e.kind,
      regionCode: e.regionCode,
      creditCode: e.creditCode,
      createdAt: e.createdAt,
    });
  }
}

@InputType()
export class OrganizationInput {
  @Field()
  name: string;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKind;

  @Field()
  regionCode: string;

  @Field(() => String, { nullable: true })
  creditCode?: string | null;
}
