import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import { SearchFacetsService } from './search-facets.service.js';
import { SearchIndexService } from './search-index.service.js';

/** Applies the search outbox. Idempotent: applied rows are marked, and the engine keeps the newest version. */
@Injectable()
@HandlesJob('search.sync')
export class SyncSearchIndexJob implements JobHandler<'search.sync'> {
  constructor(
    private readonly index: SearchIndexService,
    private readonly facets: SearchFacetsService,
  ) {}

  async handle(): Promise<void> {
    // The facet counts follow the index (a browse counts live until they do).
    if ((await this.index.sync()) > 0) await this.facets.requestRefresh();
  }
}
