import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NOTICE_TOPIC_LABELS, NOTICE_TOPICS, type Actor } from '@app/domain';
import {
  DeliveryFailureService,
  NotificationPreferenceService,
  NotificationService,
  type NotificationPreferences as Preferences,
} from '@app/core';
import { CurrentActor, Roles } from '../common/auth.decorators.js';
import {
  DeliveryFailurePage,
  Notification,
  NotificationPreferences,
  NotificationPreferencesInput,
} from './notification.types.js';

const toPreferences = (p: Preferences): NotificationPreferences => ({
  ...p,
  topics: NOTICE_TOPICS.map((key) => ({ key, label: NOTICE_TOPIC_LABELS[key] })),
});

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly preferences: NotificationPreferenceService,
    private readonly failures: DeliveryFailureService,
  ) {}

  @Query(() => [Notification], { description: '我的站内通知，最新在前' })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
  ): Promise<Notification[]> {
    return (await this.service.list(actor, unreadOnly)).map(Notification.from);
  }

  @Query(() => Int, { description: '未读通知数' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, { description: '标记通知为已读；不传 ids 时全部标记。返回标记的条数' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(actor, ids);
  }

  @Query(() => NotificationPreferences, { description: '我的通知接收设置' })
  async myNotificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return toPreferences(await this.preferences.mine(actor));
  }

  @Mutation(() => NotificationPreferences, { description: '保存我的通知接收设置' })
  async updateMyNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: NotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    return toPreferences(
      await this.preferences.update(actor, {
        email: input.email ?? null,
        mobile: input.mobile ?? null,
        emailTopics: input.emailTopics as never,
        smsTopics: input.smsTopics as never,
      }),
    );
  }

  @Roles('ADMIN')
  @Query(() => DeliveryFailurePage, { description: '发送失败的邮件和短信，最新在前（系统管理员）' })
  async notificationDeliveryFailures(@CurrentActor() actor: Actor): Promise<DeliveryFailurePage> {
    const { rows, total } = await this.failures.list(actor);
    return { total, items: rows };
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, { description: '重新发送一条发送失败的通知（系统管理员）' })
  async retryNotificationDelivery(
    @CurrentActor() actor: Actor,
    @Args('notificationId', { type: () => ID }) notificationId: string,
    @Args('channel') channel: string,
  ): Promise<boolean> {
    await this.failures.retry(actor, notificationId, channel);
    return true;
  }
}
