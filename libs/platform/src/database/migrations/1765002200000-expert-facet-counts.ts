import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browsing a large expert library without reading every expert: the facet counts pre-aggregated by every value a
 * browse can filter on (thousands of groups for a million experts), rebuilt by the `search.facets` job.
 * A statement trigger notes every write to the index in `expert_search_index_changes` (one row per statement,
 * written in the writer's transaction, so it becomes visible exactly when the write does; concurrent writers
 * append and never wait on each other). A rebuild reads the index and deletes the notes it saw in one snapshot, so
 * the counts are current exactly while no note is left; otherwise a browse counts live. The writer of the index
 * needs no change. The btree on the page order lets a browse read its first page from the index and stop, instead
 * of sorting every matching expert.
 */
export class ExpertFacetCounts1765002200000 implements MigrationInterface {
  name = 'ExpertFacetCounts1765002200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE expert_search_index_changes (id bigserial PRIMARY KEY)`);
    // An index filled before this migration has no counts yet: stale until the first rebuild.
    await q.query(`INSERT INTO expert_search_index_changes DEFAULT VALUES`);
    await q.query(`
      CREATE FUNCTION expert_search_index_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO expert_search_index_changes DEFAULT VALUES;
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
    await q.query(`DROP TABLE IF EXISTS expert_search_index_changes`);
  }
}
