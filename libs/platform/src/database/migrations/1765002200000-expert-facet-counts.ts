import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browsing a large expert library without reading every expert: the facet counts pre-aggregated by every value a
 * browse can filter on (a few thousand groups for a million experts), refreshed by the `search.facets` job.
 * A statement trigger advances a sequence on every write to the index (sequences are outside transactions, so
 * concurrent writers never wait on each other); the refresh records the value it was built at, and a browse uses the
 * counts only while the value is unchanged — otherwise it counts live, so the counts it shows are always exact.
 * The writer of the index needs no change. The btree on the page order lets a browse read its first page from the
 * index and stop, instead of sorting every matching expert.
 */
export class ExpertFacetCounts1765002200000 implements MigrationInterface {
  name = 'ExpertFacetCounts1765002200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE expert_search_index_changes`);
    await q.query(`
      CREATE FUNCTION expert_search_index_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('expert_search_index_changes');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER expert_search_index_changed
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON expert_search_index
        FOR EACH STATEMENT EXECUTE FUNCTION expert_search_index_changed()`);
    await q.query(`
      CREATE TABLE expert_facet_counts (
        status varchar(12) NOT NULL,
        retired boolean NOT NULL,
        region_code varchar(6) NOT NULL,
        province_code varchar(6) NOT NULL,
        city_code varchar(6),
        county_code varchar(6),
        title_level varchar(16) NOT NULL,
        title_rank smallint NOT NULL,
        source varchar(20) NOT NULL,
        fields text[] NOT NULL,
        honours text[] NOT NULL,
        n int NOT NULL
      )`);
    await q.query(
      `CREATE INDEX expert_facet_counts_region_idx ON expert_facet_counts (region_code text_pattern_ops)`,
    );
    await q.query(
      `CREATE INDEX expert_search_index_browse_idx ON expert_search_index (title_rank DESC, honour_count DESC, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS expert_search_index_browse_idx`);
    await q.query(`DROP TABLE IF EXISTS expert_facet_counts`);
    await q.query(`DROP TRIGGER IF EXISTS expert_search_index_changed ON expert_search_index`);
    await q.query(`DROP FUNCTION IF EXISTS expert_search_index_changed()`);
    await q.query(`DROP SEQUENCE IF EXISTS expert_search_index_changes`);
    await q.query(`DELETE FROM expert_search_state WHERE key = 'facet_counts'`);
  }
}
