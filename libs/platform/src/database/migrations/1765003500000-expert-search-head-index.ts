import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A full-text index over the specialties part of each expert's words (weight A of expert_search_index.tsv, the
 * part that ranks highest). A search with a common word ranks a bounded set of candidates instead of every match:
 * the most senior experts with the word in their specialties, found through this index or by walking the browse
 * order (expert_search_index_browse_idx) with it as a filter, whichever the planner finds cheaper. An expression
 * index, so documents are written as before; its pending list is merged as the main one's is.
 */
export class ExpertSearchHeadIndex1765003500000 implements MigrationInterface {
  name = 'ExpertSearchHeadIndex1765003500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX expert_search_index_head_idx ON expert_search_index
         USING gin (ts_filter(tsv, '{a}')) WITH (fastupdate = on, gin_pending_list_limit = 4096)`,
    );
    // Statistics of the expression, so the planner knows how many experts have a word in their specialties.
    await q.query(`ANALYZE expert_search_index`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS expert_search_index_head_idx`);
  }
}
