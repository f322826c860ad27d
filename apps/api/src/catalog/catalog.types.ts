import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '枚举值及其中文名称' })
export class CatalogEntry {
  @Field()
  value: string;

  @Field()
  label: string;
}

@ObjectType({ description: '全部枚举及中文名称' })
export class Catalog {
  @Field(() => [CatalogEntry], { description: '服务领域' }) fields: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '服务形式' }) serviceForms: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '职称级别' }) titleLevels: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '人才称号' }) honours: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '专家来源' }) expertSources: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '专家状态' }) expertStatuses: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '性别' }) genders: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '需求状态' }) demandStatuses: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '机构类型' }) organizationKinds: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '服务团层级' }) teamLevels: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '邀请状态' }) assignmentStatuses: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '团队角色' }) assignmentRoles: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '服务活动类型' }) activityTypes: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '成效调查第四部分的成果项' }) outcomeItems: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '问题解决情况（评价与回访）' }) problemSolved: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '经费支出类别' }) expenseCategories: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '乡村振兴重点帮扶县类型' }) keyAssistance: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '行政区划级别' }) regionLevels: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '角色' }) roles: CatalogEntry[];
  @Field(() => [CatalogEntry], { description: '专家服务基地依托单位类型' }) baseHostTypes: CatalogEntry[];
}
