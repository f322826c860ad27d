import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}
