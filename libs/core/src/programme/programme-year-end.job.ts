import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import type { JobMap } from '../jobs/job-map.js';
import { ProgrammeYearEndService } from './programme-year-end.service.js';

/** 年终 reminders. Idempotent: each notice has its dedupe key per year, kind and team. */
@Injectable()
@HandlesJob('programme.year-end')
export class ProgrammeYearEndJob implements JobHandler<'programme.year-end'> {
  constructor(private readonly yearEnd: ProgrammeYearEndService) {}

  async handle(payload: JobMap['programme.year-end']): Promise<void> {
    await this.yearEnd.remind(payload);
  }
}
