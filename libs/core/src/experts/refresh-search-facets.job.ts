import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import { SearchFacetsService } from './search-facets.service.js';

/** Rebuilds the pre-aggregated facet counts. Idempotent: nothing happens when they are current. */
@Injectable()
@HandlesJob('search.facets')
export class RefreshSearchFacetsJob implements JobHandler<'search.facets'> {
  constructor(private readonly facets: SearchFacetsService) {}

  async handle(): Promise<void> {
    await this.facets.refresh();
  }
}
