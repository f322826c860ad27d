import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import { SearchIndexService } from './search-index.service.js';

/** Applies the search outbox. Idempotent: applied rows are marked, and the engine keeps the newest version. */
@Injectable()
@HandlesJob('search.sync')
export class SyncSearchIndexJob implements JobHandler<'search.sync'> {
  constructor(private readonly index: SearchIndexService) {}

  async handle(): Promise<void> {
    await this.index.sync();
  }
}
