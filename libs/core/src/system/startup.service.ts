import { Clock } from '@app/platform';
import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@app/domain';
import type { AppConfig } from '@app/platform';
import { AccountService } from '../accounts/account.service.js';
import { DemoDataSeeder } from '../demo/demo-data.seeder.js';
import type { DemoAccount } from '../demo/demo-data.types.js';
import { RegionService } from '../regions/region.service.js';
import { SearchIndexService } from '../experts/search-index.service.js';
import { SearchFacetsService } from '../experts/search-facets.service.js';
import { LexiconService } from '../lexicon/lexicon.service.js';

export interface StartupReport {
  regionsLoaded: number;
  adminCreated: boolean;
  /** Set only when the admin password was generated: print it once. */
  generatedAdminPassword: string | null;
  demoSeeded: boolean;
  demoAccounts: DemoAccount[];
}

/** Reference data, the first admin and the demo: everything a fresh database needs, each step once. */
@Injectable()
export class StartupService {
  private readonly logger = new Logger('Startup');

  constructor(
    private readonly regions: RegionService,
    private readonly accounts: AccountService,
    private readonly demo: DemoDataSeeder,
    private readonly searchIndex: SearchIndexService,
    private readonly clock: Clock,
    private readonly lexicon: LexiconService,
    private readonly searchFacets: SearchFacetsService,
  ) {}

  /** Applies pending search updates now, and rebuilds an empty index (e.g. a new Meilisearch) from the database. */
  private async syncSearch(): Promise<void> {
    try {
      const n = await this.searchIndex.expertCount();
      if (n > 0 && (await this.searchIndex.engine.count()) === 0) {
        this.logger.log(`Search index is empty: indexing ${n} experts`);
        await this.searchIndex.reindex();
      } else {
        await this.searchIndex.sync();
      }
    } catch (err) {
      this.logger.warn(
        `Search index not updated at start (${(err as Error).message}); pending changes are retried by the worker`,
      );
    }
  }

  /** `demoProgramme: false` seeds the demo without its programme year (tests that write their own years). */
  async prepare(
    config: Pick<AppConfig, 'adminPassword' | 'demoData' | 'demoPassword'>,
    options: { demoProgramme?: boolean } = {},
  ): Promise<StartupReport> {
    const regionsLoaded = await this.regions.loadIfEmpty();
    if (regionsLoaded) this.logger.log(`Loaded ${regionsLoaded} GB/T 2260 regions`);
    // In demo mode the admin shares the demo password unless ADMIN_PASSWORD says otherwise.
    const adminPassword = config.adminPassword ?? (config.demoData ? config.demoPassword : null);
    const admin = await this.accounts.ensureAdmin(SYSTEM_ACTOR, adminPassword);
    let demoSeeded = false;
    let demoAccounts: DemoAccount[] = [];
    if (config.demoData) {
      const result = await this.demo.seed(config.demoPassword, this.clock.now(), {
        programme: options.demoProgramme ?? true,
      });
      demoSeeded = result.seeded;
      demoAccounts = result.accounts;
    }
    await this.syncSearch();
    await this.searchFacets.requestRefresh();
    // A new release may ship a different built-in vocabulary: the worker brings the index in line (once per version).
    await this.lexicon.requestApply();
    return {
      regionsLoaded,
      adminCreated: admin.created,
      generatedAdminPassword: admin.password,
      demoSeeded,
      demoAccounts,
    };
  }
}
