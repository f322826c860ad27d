import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching lexicon ADMIN extends (匹配词库): how people put a problem → the terms experts write, added to the
 * lexicon shipped in libs/domain. And a small state table of the search engine: the fingerprint of the words the
 * PostgreSQL index was segmented with, so a changed vocabulary re-segments it once.
 */
export class MatchLexicon1765000400000 implements MigrationInterface {
  name = 'MatchLexicon1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lexicon_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        expression varchar(20) NOT NULL CHECK (char_length(expression) >= 2 AND expression !~ '\\s'),
        terms text[] NOT NULL DEFAULT '{}' CHECK (cardinality(terms) <= 12 AND array_position(terms, NULL) IS NULL),
        fields text[] NOT NULL DEFAULT '{}',
        note varchar(200),
        created_by uuid REFERENCES accounts(id),
        updated_by uuid REFERENCES accounts(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One entry per expression, whatever the case of its Latin letters.
    await q.query(
      `CREATE UNIQUE INDEX lexicon_entries_expression_key ON lexicon_entries (lower(expression))`,
    );
    await q.query(`
      CREATE TABLE expert_search_state (
        key varchar(64) PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS expert_search_state`);
    await q.query(`DROP TABLE IF EXISTS lexicon_entries`);
  }
}
