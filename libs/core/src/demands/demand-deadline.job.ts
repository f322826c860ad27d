import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import type { JobMap } from '../jobs/job-map.js';
import { DemandDeadlineService } from './demand-deadline.service.js';

/** Flags an overdue step and escalates. Idempotent: the demand records the escalation level reached. */
@Injectable()
@HandlesJob('demand.deadline')
export class DemandDeadlineJob implements JobHandler<'demand.deadline'> {
  constructor(private readonly deadlines: DemandDeadlineService) {}

  async handle(payload: JobMap['demand.deadline']): Promise<void> {
    await this.deadlines.handleDeadline(payload);
  }
}
