import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import type { JobMap } from '../jobs/job-map.js';
import { EvaluationService } from './evaluation.service.js';

/** Reminds a unit to rate a delivered service or to answer a follow-up. Idempotent (dedupe keys). */
@Injectable()
@HandlesJob('evaluation.remind')
export class EvaluationReminderJob implements JobHandler<'evaluation.remind'> {
  constructor(private readonly evaluations: EvaluationService) {}

  async handle(payload: JobMap['evaluation.remind']): Promise<void> {
    await this.evaluations.remind(payload);
  }
}
