import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL expert search index: a derived copy of the experts, owned by the search engine and rebuilt
 * from the experts table at will. No foreign key to experts on purpose: the index is fed asynchronously (outbox
 * → worker) and may briefly hold an expert that is being deleted; the engine's remove() catches up.
 */
export class ExpertSearch1764000001000 implements MigrationInterface {
  name = 'ExpertSearch1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE expert_search_index (
        id uuid PRIMARY KEY,
        version int NOT NULL,
        fields text[] NOT NULL DEFAULT '{}',
        title_level varchar(16) NOT NULL,
        title_rank smallint NOT NULL,
        honours text[] NOT NULL DEFAULT '{}',
        honour_count smallint NOT NULL DEFAULT 0,
        source varchar(20) NOT NULL,
        retired boolean NOT NULL DEFAULT false,
        status varchar(12) NOT NULL,
        region_code varchar(6) NOT NULL,
        province_code varchar(6) NOT NULL,
        city_code varchar(6),
        county_code varchar(6),
        document jsonb NOT NULL,
        tsv tsvector NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Every search with words filters on tsv first. fastupdate off: with GIN's pending list a bulk reindex
    // leaves megabytes that every search scans linearly (the planner then prefers a sequential scan) until
    // vacuum merges them; writing straight into the index costs ~2.5x on bulk upserts (~4,000 docs/s), which
    // are rare, and keeps search latency flat.
    await q.query(
      `CREATE INDEX expert_search_index_tsv_idx ON expert_search_index USING gin (tsv) WITH (fastupdate = off)`,
    );
    // The array indexes serve field/honour filters when browsing a large library.
    await q.query(`CREATE INDEX expert_search_index_fields_idx ON expert_search_index USING gin (fields)`);
    await q.query(`CREATE INDEX expert_search_index_honours_idx ON expert_search_index USING gin (honours)`);
    // Region filters are subtree prefixes (LIKE '5326%'): text_pattern_ops makes them index range scans.
    await q.query(
      `CREATE INDEX expert_search_index_region_idx ON expert_search_index (region_code text_pattern_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS expert_search_index`);
  }
}
