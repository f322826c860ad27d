import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/domain';
import { NotificationService } from '@app/core';
import { CurrentActor } from '../common/auth.decorators.js';
import { Notification } from './notification.types.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

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
}
