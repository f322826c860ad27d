import { Field, ObjectType } from '@nestjs/graphql';
import type { KeyAssistance, RegionLevel } from '@app/domain';
import type { RegionEntity } from '@app/core';
import { KeyAssistanceEnum, RegionLevelEnum } from '../common/enums.js';

@ObjectType({ description: '行政区划（GB/T 2260）' })
export class Region {
  @Field({ description: '6 位行政区划代码' })
  code: string;

  @Field()
  name: string;

  @Field(() => RegionLevelEnum)
  level: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field(() => KeyAssistanceEnum, { description: '乡村振兴重点帮扶县' })
  keyAssistance: KeyAssistance;

  @Field({ description: '是否有下级区划' })
  hasChildren: boolean;

  static from(e: RegionEntity): Region {
    return Object.assign(new Region(), {
      code: e.code,
      name: e.name,
      level: e.level,
      parentCode: e.parentCode,
      keyAssistance: e.keyAssistance,
      hasChildren: e.level !== 'COUNTY',
    });
  }
}
