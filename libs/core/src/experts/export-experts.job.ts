import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/domain';
import type { JobContext } from '@app/platform';
import { AccountService } from '../accounts/account.service.js';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import type { JobMap } from '../jobs/job-map.js';
import { ExpertExportService } from './expert-export.service.js';

/** Writes a queued expert export, as the account that started it (its scope and masking). */
@Injectable()
@HandlesJob('experts.export')
export class ExportExpertsJob implements JobHandler<'experts.export'> {
  constructor(
    private readonly exports: ExpertExportService,
    private readonly accounts: AccountService,
  ) {}

  async handle(payload: JobMap['experts.export'], ctx: JobContext): Promise<void> {
    await this.exports.run(
      payload.exportJobId,
      async (accountId): Promise<Actor | null> => {
        const account = await this.accounts.get(accountId);
        return account?.active ? this.accounts.toActor(account) : null;
      },
      ctx.attempt,
    );
  }
}

/** Removes export files past their time. */
@Injectable()
@HandlesJob('exports.sweep')
export class SweepExportsJob implements JobHandler<'exports.sweep'> {
  constructor(private readonly exports: ExpertExportService) {}

  async handle(): Promise<void> {
    await this.exports.sweep();
  }
}
