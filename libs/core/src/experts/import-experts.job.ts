import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR, type Actor } from '@app/domain';
import { AccountService } from '../accounts/account.service.js';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import type { JobMap } from '../jobs/job-map.js';
import { ExpertImportService } from './expert-import.service.js';

@Injectable()
@HandlesJob('experts.import')
export class ImportExpertsJob implements JobHandler<'experts.import'> {
  constructor(
    private readonly imports: ExpertImportService,
    private readonly accounts: AccountService,
  ) {}

  async handle(payload: JobMap['experts.import']): Promise<void> {
    await this.imports.run(payload.importJobId, async (accountId): Promise<Actor> => {
      const account = accountId ? await this.accounts.get(accountId) : null;
      return account ? this.accounts.toActor(account) : SYSTEM_ACTOR;
    });
  }
}

/** Removes import files past their time. */
@Injectable()
@HandlesJob('imports.sweep')
export class SweepImportsJob implements JobHandler<'imports.sweep'> {
  constructor(private readonly imports: ExpertImportService) {}

  async handle(): Promise<void> {
    await this.imports.sweep();
  }
}
