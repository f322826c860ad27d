import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../jobs/job-handler.js';
import { LexiconService } from './lexicon.service.js';

/**
 * Brings the search index in line with the vocabulary in force (after a 匹配词库 change, and at start): new
 * Meilisearch settings, or the PostgreSQL documents cut again when the words kept whole changed. Idempotent.
 */
@Injectable()
@HandlesJob('search.vocabulary')
export class ApplyVocabularyJob implements JobHandler<'search.vocabulary'> {
  private readonly logger = new Logger('Lexicon');

  constructor(private readonly lexicon: LexiconService) {}

  async handle(): Promise<void> {
    const { refreshed } = await this.lexicon.applyToIndex();
    if (refreshed) this.logger.log(`search index brought in line with the vocabulary (${refreshed} experts)`);
  }
}
