import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
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

@ObjectType({ description: '一类通知（可选择是否同时通过邮件、短信接收）' })
export class NoticeTopicOption {
  @Field() key: string;
  @Field() label: string;
}

@ObjectType({ description: '我的通知接收设置：站内通知总会收到，邮件和短信按类别选择' })
export class NotificationPreferences {
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) mobile: string | null;
  @Field(() => [String], { description: '同时通过邮件接收的通知类别' }) emailTopics: string[];
  @Field(() => [String], { description: '同时通过短信接收的通知类别' }) smsTopics: string[];
  @Field(() => [String], { description: '本平台已开通的渠道：EMAIL、SMS' }) availableChannels: string[];
  @Field(() => [NoticeTopicOption]) topics: NoticeTopicOption[];
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string | null;
  @Field(() => [String]) emailTopics: string[];
  @Field(() => [String]) smsTopics: string[];
}

@ObjectType({ description: '一次发送失败的通知（邮件或短信）' })
export class DeliveryFailure {
  @Field(() => ID) notificationId: string;
  @Field({ description: 'email 或 sms' }) channel: string;
  @Field(() => Int) attempts: number;
  @Field() lastError: string;
  @Field() failedAt: Date;
  @Field() kind: string;
  @Field() title: string;
  @Field() recipientUsername: string;
  @Field() recipientName: string;
}

@ObjectType()
export class DeliveryFailurePage {
  @Field(() => Int) total: number;
  @Field(() => [DeliveryFailure]) items: DeliveryFailure[];
}
