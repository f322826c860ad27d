import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browsing without a region filter at 1M experts (issue #15 item 2): the groups by province still number tens of
 * thousands (the sets of fields and honours, by province), and summing them six times per browse cost 100–200 ms.
 * Two smaller derivations of them, rebuilt with them by the `search.facets` job and read with the same deltas:
 * the groups without any region (`expert_facet_national_counts`: what every facet but the region's sums; a few
 * thousand rows however large the library), and the groups by province without the sets of fields and honours
 * (`expert_facet_province_totals`: the region facet, unless fields or honours are filtered on), or by province and
 * one field or one honour (when one is filtered on).
 */
export class ExpertFacetNationalCounts1765003200000 implements MigrationInterface {
  name = 'ExpertFacetNationalCounts1765003200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE expert_facet_national_counts (
        status varchar(12) NOT NULL,
        retired boolean NOT NULL,
        title_level varchar(16) NOT NULL,
        title_rank smallint NOT NULL,
        source varchar(20) NOT NULL,
        fields text[] NOT NULL,
        honours text[] NOT NULL,
        n int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE expert_facet_province_totals (
        status varchar(12) NOT NULL,
        retired boolean NOT NULL,
        province_code varchar(6) NOT NULL,
        title_level varchar(16) NOT NULL,
        title_rank smallint NOT NULL,
        source varchar(20) NOT NULL,
        n int NOT NULL
      )`);
    // The region facet when one field or one honour is filtered on: the groups by province and that value (with
    // the other set, which may be filtered on too), read through the value's index — a tenth of the groups by
    // province or less.
    await q.query(`
      CREATE TABLE expert_facet_province_by_field (
        status varchar(12) NOT NULL,
        retired boolean NOT NULL,
        province_code varchar(6) NOT NULL,
        title_level varchar(16) NOT NULL,
        title_rank smallint NOT NULL,
        source varchar(20) NOT NULL,
        field text NOT NULL,
        honours text[] NOT NULL,
        n int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE expert_facet_province_by_honour (
        status varchar(12) NOT NULL,
        retired boolean NOT NULL,
        province_code varchar(6) NOT NULL,
        title_level varchar(16) NOT NULL,
        title_rank smallint NOT NULL,
        source varchar(20) NOT NULL,
        honour text NOT NULL,
        fields text[] NOT NULL,
        n int NOT NULL
      )`);
    await q.query(
      `CREATE INDEX expert_facet_province_by_field_idx ON expert_facet_province_by_field (field)`,
    );
    await q.query(
      `CREATE INDEX expert_facet_province_by_honour_idx ON expert_facet_province_by_honour (honour)`,
    );
    // Counts built before this migration stay usable: their derivations, as the job builds them.
    await q.query(`
      INSERT INTO expert_facet_national_counts
      SELECT status, retired, title_level, title_rank, source, fields, honours, sum(n)::int
      FROM expert_facet_province_counts GROUP BY 1, 2, 3, 4, 5, 6, 7`);
    await q.query(`
      INSERT INTO expert_facet_province_totals
      SELECT status, retired, province_code, title_level, title_rank, source, sum(n)::int
      FROM expert_facet_province_counts GROUP BY 1, 2, 3, 4, 5, 6`);
    await q.query(`
      INSERT INTO expert_facet_province_by_field
      SELECT status, retired, province_code, title_level, title_rank, source, x.v, honours, sum(n)::int
      FROM expert_facet_province_counts p CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.fields)) x(v)
      WHERE x.v IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`);
    await q.query(`
      INSERT INTO expert_facet_province_by_honour
      SELECT status, retired, province_code, title_level, title_rank, source, x.v, fields, sum(n)::int
      FROM expert_facet_province_counts p CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.honours)) x(v)
      WHERE x.v IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS expert_facet_province_by_honour`);
    await q.query(`DROP TABLE IF EXISTS expert_facet_province_by_field`);
    await q.query(`DROP TABLE IF EXISTS expert_facet_province_totals`);
    await q.query(`DROP TABLE IF EXISTS expert_facet_national_counts`);
  }
}
