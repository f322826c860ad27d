import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import's file is stored as written (out of line, not compressed): the worker reads it a 1 MB slice at a time,
 * and a compressed value has to be decompressed from its start for every slice (28 of them for a 28 MB list: ~1 s of
 * the database's time per import, and ~0.7 s more to compress it when the job is queued). A list takes ~4× its
 * compressed room while its job is kept. Rows written before keep their compression.
 */
export class ImportContentUncompressed1765003700000 implements MigrationInterface {
  name = 'ImportContentUncompressed1765003700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_jobs ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_jobs ALTER COLUMN content SET STORAGE EXTENDED`);
  }
}
