import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '年度服务团的年终上报情况' })
export class ProgrammeYearReportStatus {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field() levelLabel: string;
  @Field() hostName: string;
  @Field(() => Int, { nullable: true, description: '核定经费（元）' }) budget: number | null;
  @Field(() => Int, { description: '已支出（元）' }) spent: number;
  @Field({ description: '已上报年度材料' }) reported: boolean;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field({ description: '逾期（上报晚于期限，或期限已过仍未上报）' }) late: boolean;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true, description: '结余经费专项说明' }) balanceNote: string | null;
  @Field(() => [String], { description: '成效调查表缺项' }) surveyMissing: string[];
}

@ObjectType({ description: '年度截止日期（服务结束、材料上报）' })
export class ProgrammeYearDeadlines {
  @Field(() => Int) year: number;
  @Field() servicesEndOn: string;
  @Field() reportsDueOn: string;
}

@InputType({ description: '年度材料：工作成效总结；经费有结余时须作专项说明' })
export class ProgrammeYearReportInput {
  @Field() summary: string;
  @Field(() => String, { nullable: true }) balanceNote?: string | null;
}
