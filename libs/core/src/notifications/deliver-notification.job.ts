import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import type { JobMap } from '../jobs/job-map.js';
import { NotificationService } from './notification.service.js';

@Injectable()
@HandlesJob('notification.deliver')
export class DeliverNotificationJob implements JobHandler<'notification.deliver'> {
  constructor(private readonly notifications: NotificationService) {}

  async handle(payload: JobMap['notification.deliver']): Promise<void> {
    await this.notifications.deliver(payload.notificationId);
  }
}
