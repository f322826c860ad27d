import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '经费决算的一行：核定预算项目、实际支出与结余（元）' })
export class ProgrammeFinalAccountLine {
  @Field() item: string;
  @Field() source: string;
  @Field(() => Int, { description: '核定预算（元）' }) amount: number;
  @Field(() => Int, { description: '实际支出（元）' }) spent: number;
  @Field(() => Int, { description: '结余（元）' }) balance: number;
}

@ObjectType({ description: '经费决算：逐项支出、合计、结余与退回金额（元）' })
export class ProgrammeFinalAccounts {
  @Field(() => [ProgrammeFinalAccountLine]) lines: ProgrammeFinalAccountLine[];
  @Field(() => Int, { description: '核定经费' }) budget: number;
  @Field(() => Int, { description: '实际支出合计' }) spent: number;
  @Field(() => Int, { description: '结余（核定经费 − 实际支出）' }) balance: number;
  @Field(() => Int, { description: '已退回' }) returned: number;
  @Field(() => Int, { description: '结余中尚未退回的金额' }) unreturned: number;
}

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
  @Field(() => ProgrammeFinalAccounts, {
    nullable: true,
    description: '经费决算（未上报或早于决算要求上报的为空）',
  })
  accounts: ProgrammeFinalAccounts | null;
}

@ObjectType({ description: '核定预算的一项（决算逐项填写实际支出）' })
export class ProgrammeApprovedBudgetLine {
  @Field() item: string;
  @Field() source: string;
  @Field(() => Int, { description: '核定预算（元）' }) amount: number;
}

@ObjectType({ description: '年度材料上报表：核定预算明细、全年登记支出、成效调查表缺项，及已上报的内容' })
export class ProgrammeYearReportForm {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: '核定经费（元）' }) budget: number;
  @Field(() => Int, { description: '全年登记的经费支出（元），决算合计须与之一致' }) recorded: number;
  @Field(() => [ProgrammeApprovedBudgetLine]) lines: ProgrammeApprovedBudgetLine[];
  @Field(() => [String], { description: '成效调查表缺项' }) surveyMissing: string[];
  @Field(() => [String], { description: '上报前必须补齐的调查表项目' }) surveyBlocking: string[];
  @Field({ description: '已上报' }) reported: boolean;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true }) balanceNote: string | null;
  @Field(() => ProgrammeFinalAccounts, { nullable: true }) accounts: ProgrammeFinalAccounts | null;
}

@ObjectType({ description: '年度截止日期（服务结束、材料上报）' })
export class ProgrammeYearDeadlines {
  @Field(() => Int) year: number;
  @Field() servicesEndOn: string;
  @Field() reportsDueOn: string;
}

@InputType({ description: '决算的一行：该核定预算项目的实际支出（元），按核定预算明细的顺序' })
export class ProgrammeFinalAccountLineInput {
  @Field(() => Int) spent: number;
}

@InputType({
  description: '年度材料：工作成效总结与经费决算（逐项实际支出、退回金额）；经费有结余时须作专项说明',
})
export class ProgrammeYearReportInput {
  @Field() summary: string;
  @Field(() => String, { nullable: true }) balanceNote?: string | null;
  @Field(() => [ProgrammeFinalAccountLineInput], {
    nullable: true,
    description: '逐项实际支出，与核定预算明细一一对应',
  })
  lines?: ProgrammeFinalAccountLineInput[] | null;
  @Field(() => Int, { nullable: true, description: '已退回的结余经费（元）' }) amountReturned?: number | null;
}
