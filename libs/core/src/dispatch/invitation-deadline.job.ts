import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import type { JobMap } from '../jobs/job-map.js';
import { InvitationService } from './invitation.service.js';

/** An unanswered invitation at its deadline: remind the expert, alert the dispatchers. Idempotent (dedupe keys). */
@Injectable()
@HandlesJob('invitation.deadline')
export class InvitationDeadlineJob implements JobHandler<'invitation.deadline'> {
  constructor(private readonly invitations: InvitationService) {}

  async handle(payload: JobMap['invitation.deadline']): Promise<void> {
    await this.invitations.handleDeadline(payload);
  }
}
