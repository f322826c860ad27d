// The pre-aggregated facet counts of the PostgreSQL engine (a browse of a large library reads them instead of
// every expert). They are rebuilt by the `search.facets` job, requested after each sync of the index and at start;
// until a rebuild, a browse counts live, so what it shows is exact either way.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork, type ExpertSearchEngine } from '@app/platform';
import { AppOutbox } from '../jobs/job-map.js';
import { EXPERT_SEARCH_ENGINE } from './search-index.service.js';

@Injectable()
export class SearchFacetsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: AppOutbox,
    @Inject(EXPERT_SEARCH_ENGINE) private readonly engine: ExpertSearchEngine,
  ) {}

  /** Asks for a rebuild (a job of its own each time: the job does nothing when the counts are current). */
  async requestRefresh(): Promise<void> {
    if (!this.engine.refreshFacetCounts) return;
    await this.uow.run((m) =>
      this.outbox.add(m, 'search.facets', {}, { jobId: `search-facets-${randomUUID()}` }),
    );
  }

  /** Rebuilds the counts when the index changed since they were built. */
  async refresh(): Promise<{ refreshed: boolean; groups: number }> {
    return (await this.engine.refreshFacetCounts?.()) ?? { refreshed: false, groups: 0 };
  }
}
