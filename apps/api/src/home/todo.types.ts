import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '一项待办' })
export class TodoItem {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field({ description: '办理这一项的页面' }) link: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field({ description: '已超过办理时限' }) overdue: boolean;
}

@ObjectType({ description: '首页的一组待办（如 待受理、待派单）' })
export class TodoSection {
  @Field() key: string;
  @Field() title: string;
  @Field({ description: '没有待办时的说明' }) emptyText: string;
  @Field(() => String, { nullable: true, description: '查看全部的页面' }) moreLink: string | null;
  @Field(() => Int, { description: '共有多少项（列出的最多几项）' }) total: number;
  @Field(() => [TodoItem]) items: TodoItem[];
}
