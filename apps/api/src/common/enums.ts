// Registers every catalog enumeration as a GraphQL enum, with the Chinese label as its description.
import { registerEnumType } from '@nestjs/graphql';
import {
  ACTIVITY_TYPE_LABELS,
  ASSIGNMENT_ROLE_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  DEMAND_STATUS_LABELS,
  EXPERT_SOURCE_LABELS,
  EXPERT_STATUS_LABELS,
  FIELD_LABELS,
  GENDER_LABELS,
  HONOUR_LABELS,
  KEY_ASSISTANCE_LABELS,
  ORGANIZATION_KIND_LABELS,
  OUTCOME_ITEM_LABELS,
  PROBLEM_SOLVED_LABELS,
  EXPENSE_CATEGORY_LABELS,
  REGION_LEVEL_LABELS,
  ROLE_LABELS,
  SERVICE_FORM_LABELS,
  TEAM_LEVEL_LABELS,
  TITLE_LEVEL_LABELS,
} from '@app/domain';

function asEnum<K extends string>(labels: Readonly<Record<K, string>>): Record<K, K> {
  return Object.fromEntries(Object.keys(labels).map((k) => [k, k])) as Record<K, K>;
}

function register<K extends string>(
  name: string,
  description: string,
  labels: Readonly<Record<K, string>>,
): Record<K, K> {
  const e = asEnum(labels);
  registerEnumType(e, {
    name,
    description,
    valuesMap: Object.fromEntries(
      Object.entries(labels).map(([k, label]) => [k, { description: label as string }]),
    ) as never,
  });
  return e;
}

export const RoleEnum = register('Role', '角色', ROLE_LABELS);
export const FieldEnum = register('Field', '服务领域', FIELD_LABELS);
export const ServiceFormEnum = register('ServiceForm', '服务形式', SERVICE_FORM_LABELS);
export const TitleLevelEnum = register('TitleLevel', '职称级别', TITLE_LEVEL_LABELS);
export const HonourEnum = register('Honour', '人才称号', HONOUR_LABELS);
export const ExpertSourceEnum = register('ExpertSource', '专家来源', EXPERT_SOURCE_LABELS);
export const ExpertStatusEnum = register('ExpertStatus', '专家状态', EXPERT_STATUS_LABELS);
export const GenderEnum = register('Gender', '性别', GENDER_LABELS);
export const DemandStatusEnum = register('DemandStatus', '需求状态', DEMAND_STATUS_LABELS);
export const OrganizationKindEnum = register('OrganizationKind', '机构类型', ORGANIZATION_KIND_LABELS);
export const TeamLevelEnum = register('TeamLevel', '服务团层级', TEAM_LEVEL_LABELS);
export const AssignmentStatusEnum = register('AssignmentStatus', '邀请状态', ASSIGNMENT_STATUS_LABELS);
export const AssignmentRoleEnum = register('AssignmentRole', '团队角色', ASSIGNMENT_ROLE_LABELS);
export const ActivityTypeEnum = register('ActivityType', '服务活动类型', ACTIVITY_TYPE_LABELS);
export const KeyAssistanceEnum = register('KeyAssistance', '乡村振兴重点帮扶县', KEY_ASSISTANCE_LABELS);
export const RegionLevelEnum = register('RegionLevel', '行政区划级别', REGION_LEVEL_LABELS);
export const OutcomeItemEnum = register('OutcomeItem', '成效调查第四部分的成效项目', OUTCOME_ITEM_LABELS);
export const ProblemSolvedEnum = register('ProblemSolved', '问题解决情况', PROBLEM_SOLVED_LABELS);
export const ExpenseCategoryEnum = register('ExpenseCategory', '经费支出类别', EXPENSE_CATEGORY_LABELS);
