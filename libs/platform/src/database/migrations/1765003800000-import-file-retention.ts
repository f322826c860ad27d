import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import's file is removed some time after its job finishes (ExpertImportService.sweep); the job keeps its report.
 * Stored uncompressed (1765003700000), a 100,000-row list held ~28 MB for as long as its job was kept, that is
 * forever. The database holds the rule that only a finished job's file is ever gone, and never without the time.
 */
export class ImportFileRetention1765003800000 implements MigrationInterface {
  name = 'ImportFileRetention1765003800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_jobs ALTER COLUMN content DROP NOT NULL`);
    await q.query(`ALTER TABLE import_jobs ADD COLUMN file_removed_at timestamptz`);
    await q.query(
      `ALTER TABLE import_jobs ADD CONSTRAINT import_jobs_file_kept_until_finished CHECK (
         content IS NOT NULL OR (file_removed_at IS NOT NULL AND status IN ('SUCCEEDED', 'FAILED')))`,
    );
    // What a sweep reads: finished jobs still holding their file, oldest first.
    await q.query(
      `CREATE INDEX import_jobs_file_kept_idx ON import_jobs (finished_at)
         WHERE content IS NOT NULL AND status IN ('SUCCEEDED', 'FAILED')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX import_jobs_file_kept_idx`);
    await q.query(`ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_file_kept_until_finished`);
    await q.query(`UPDATE import_jobs SET content = ''::bytea WHERE content IS NULL`);
    await q.query(`ALTER TABLE import_jobs DROP COLUMN file_removed_at`);
    await q.query(`ALTER TABLE import_jobs ALTER COLUMN content SET NOT NULL`);
  }
}
