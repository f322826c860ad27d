import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full-text index of expert_search_index takes new entries through GIN's pending list again (fastupdate on):
 * written straight into the tree, every document costs some forty random index page updates, which made indexing a
 * 100k import take twice the import itself. The engine merges the pending list at the end of every bulk upsert
 * (gin_clean_pending_list, one sorted pass), so searches never scan more than one upsert's entries linearly; the
 * 4 MB limit bounds what a stream of small edits leaves pending until autovacuum or the limit merges it.
 */
export class ExpertSearchGinPending1765002400000 implements MigrationInterface {
  name = 'ExpertSearchGinPending1765002400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER INDEX expert_search_index_tsv_idx SET (fastupdate = on, gin_pending_list_limit = 4096)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER INDEX expert_search_index_tsv_idx SET (fastupdate = off)`);
    await q.query(`ALTER INDEX expert_search_index_tsv_idx RESET (gin_pending_list_limit)`);
  }
}
