import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns a browse filters and counts by; province, city and county follow from the region. */
const KEYS = `status, retired, region_code, province_code, city_code, county_code, title_level, title_rank, source`;
/** The rows of a transition table as groups of one, each counting `n`; arrays in one order ({A,B} = {B,A}). */
const rows = (from: string, n: number) =>
  `SELECT ${KEYS}, ARRAY(SELECT unnest(fields) ORDER BY 1) AS f, ARRAY(SELECT unnest(honours) ORDER BY 1) AS h,
     ${n} AS n FROM ${from}`;

/** A statement trigger function: the statement's changes, grouped, appended to expert_facet_deltas. */
function deltaFunction(name: string, body: string): string {
  return `
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO expert_facet_deltas (${KEYS}, fields, honours, n)
      SELECT ${KEYS}, f, h, sum(n)::int FROM (${body}) x
      GROUP BY ${KEYS}, f, h HAVING sum(n) <> 0;
      RETURN NULL;
    END $$`;
}

/**
 * Browsing a large expert library without reading every expert: the facet counts pre-aggregated by every value a
 * browse can filter on (`expert_facet_counts`), plus the changes since (`expert_facet_deltas`), which statement
 * triggers on the index append in the writer's own transaction (transition tables, grouped: one insert per
 * statement; appends never wait on each other). A browse sums both in its one snapshot, so its counts are exact at
 * every moment; the `search.facets` job folds the deltas into the counts after each sync. A TRUNCATE (before a full
 * reindex) leaves a note in `expert_search_index_changes`: while one is left the counts are not used (a browse
 * counts live) until the job rebuilds them from the index. The writer of the index needs no change. The btree on
 * the page order lets a browse read its first page from the index and stop, instead of sorting every match.
 */
export class ExpertFacetCounts1765002200000 implements MigrationInterface {
  name = 'ExpertFacetCounts1765002200000';

  async up(q: QueryRunner): Promise<void> {
    const table = (name: string) => `
      CREATE TABLE ${name} (
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
      )`;
    await q.query(table('expert_facet_counts'));
    // The same groups without the region below the province: what a browse without a region filter reads (a
    // national library has experts in ~3,000 counties, which multiply the groups).
    await q.query(`
      CREATE TABLE expert_facet_province_counts (
        status varchar(12) NOT NULL,
        retired boolean NOT NULL,
        province_code varchar(6) NOT NULL,
        title_level varchar(16) NOT NULL,
        title_rank smallint NOT NULL,
        source varchar(20) NOT NULL,
        fields text[] NOT NULL,
        honours text[] NOT NULL,
        n int NOT NULL
      )`);
    await q.query(table('expert_facet_deltas'));
    await q.query(
      `CREATE INDEX expert_facet_counts_region_idx ON expert_facet_counts (region_code text_pattern_ops)`,
    );
    await q.query(`CREATE TABLE expert_search_index_changes (id bigserial PRIMARY KEY)`);
    // An index filled before this migration has no counts yet: not used until the first rebuild.
    await q.query(`INSERT INTO expert_search_index_changes DEFAULT VALUES`);

    await q.query(deltaFunction('expert_facet_added', rows('new_rows', 1)));
    await q.query(deltaFunction('expert_facet_removed', rows('old_rows', -1)));
    // An update that changes nothing a browse counts (a reindex, new text) nets to no delta at all.
    await q.query(
      deltaFunction('expert_facet_changed', `${rows('new_rows', 1)} UNION ALL ${rows('old_rows', -1)}`),
    );
    await q.query(`
      CREATE TRIGGER expert_facet_added AFTER INSERT ON expert_search_index
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expert_facet_added()`);
    await q.query(`
      CREATE TRIGGER expert_facet_changed AFTER UPDATE ON expert_search_index
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION expert_facet_changed()`);
    await q.query(`
      CREATE TRIGGER expert_facet_removed AFTER DELETE ON expert_search_index
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION expert_facet_removed()`);
    await q.query(`
      CREATE FUNCTION expert_search_index_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO expert_search_index_changes DEFAULT VALUES;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER expert_search_index_truncated AFTER TRUNCATE ON expert_search_index
        FOR EACH STATEMENT EXECUTE FUNCTION expert_search_index_truncated()`);
    await q.query(
      `CREATE INDEX expert_search_index_browse_idx ON expert_search_index (title_rank DESC, honour_count DESC, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS expert_search_index_browse_idx`);
    for (const t of [
      'expert_facet_added',
      'expert_facet_changed',
      'expert_facet_removed',
      'expert_search_index_truncated',
    ]) {
      await q.query(`DROP TRIGGER IF EXISTS ${t} ON expert_search_index`);
      await q.query(`DROP FUNCTION IF EXISTS ${t}()`);
    }
    await q.query(`DROP TABLE IF EXISTS expert_search_index_changes`);
    await q.query(`DROP TABLE IF EXISTS expert_facet_deltas`);
    await q.query(`DROP TABLE IF EXISTS expert_facet_province_counts`);
    await q.query(`DROP TABLE IF EXISTS expert_facet_counts`);
  }
}
