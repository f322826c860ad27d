import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationEntity } from '@app/core';

@ObjectType({ description: '站内通知' })
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;

  static from(e: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: e.id,
      kind: e.kind,
      title: e.title,
      body: e.body,
      link: e.link,
      readAt: e.readAt,
      createdAt: e.createdAt,
    });
  }
}
