// What did not get through: the admin sees every failed e-mail / SMS delivery with its reason and attempts,
// and sends one again (a new delivery job, through the outbox, for the channels still missing).
import { Injectable } from '@nestjs/common';
import { AppError, isUuid, type Actor } from '@app/domain';
import { UnitOfWork, writeAudit } from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { AppOutbox } from '../jobs/job-map.js';
import { NotificationRepository, type DeliveryFailureRow } from './notification.repository.js';
import { DELIVERY_ATTEMPTS } from './notification.service.js';

@Injectable()
export class DeliveryFailureService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifications: NotificationRepository,
    private readonly outbox: AppOutbox,
  ) {}

  async list(actor: Actor, limit = 200): Promise<{ rows: DeliveryFailureRow[]; total: number }> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以查看发送失败的通知');
    return this.notifications.failures(Math.min(Math.max(limit, 1), 500));
  }

  /** Delivers the notification again; its channels that already went through are not sent twice. */
  async retry(actor: Actor, notificationId: string, channel: string): Promise<void> {
    assertRole(actor, ['ADMIN'], '只有系统管理员可以重新发送通知');
    if (!isUuid(notificationId)) throw AppError.badInput('通知编号格式不正确');
    const failure = await this.notifications.failure(notificationId, channel);
    if (!failure) throw AppError.notFound('该发送失败记录（可能已重发成功）');
    await this.uow.run(async (m) => {
      await this.notifications.reopen(m, notificationId);
      await this.outbox.add(
        m,
        'notification.deliver',
        { notificationId },
        {
          jobId: `notify-${notificationId}-retry-${channel}-${failure.attempts}`,
          attempts: DELIVERY_ATTEMPTS,
        },
      );
      await writeAudit(m, actor, {
        action: 'notification.retry',
        entityType: 'notification',
        entityId: notificationId,
        after: { channel, attempts: failure.attempts },
      });
    });
  }
}
