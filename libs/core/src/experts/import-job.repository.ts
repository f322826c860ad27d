// The queries of background expert imports: the job row, its claim by a run, its progress per batch.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ImportJobEntity, type RejectedRow } from './import-job.entity.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

const CONTENT_CHUNK = 4 * 1024 * 1024;
/** A CSV is parsed from slices this large (rows are far shorter; a row must fit in two). */
const SLICE = 1024 * 1024;

@Injectable()
export class ImportJobRepository {
  constructor(private readonly db: DataSource) {}

  insert(m: EntityManager, row: Partial<ImportJobEntity>): Promise<ImportJobEntity> {
    const repo = m.getRepository(ImportJobEntity);
    return repo.save(repo.create(row));
  }

  find(id: string): Promise<ImportJobEntity | null> {
    return this.db.getRepository(ImportJobEntity).findOneBy({ id });
  }

  /** The job with its file content. */
  async withContent(id: string): Promise<ImportJobEntity | null> {
    const job = await this.find(id);
    if (!job) return null;
    job.content = await this.content(id);
    return job;
  }

  /** The first bytes of the job's file (enough to tell an xlsx from a CSV). */
  async contentHead(id: string, bytes = 8): Promise<Buffer> {
    const [row]: { head: Buffer | null }[] = await this.db.query(
      `SELECT substring(content FROM 1 FOR $2::int) AS head FROM import_jobs WHERE id = $1`,
      [id, bytes],
    );
    return row?.head ?? Buffer.alloc(0);
  }

  /**
   * The job's file in slices of SLICE bytes, each read when the previous one has been used: a worker parsing a CSV
   * never holds the whole file.
   */
  async *contentSlices(id: string): AsyncGenerator<Buffer> {
    for (let at = 0; ; at += SLICE) {
      const [part]: { chunk: Buffer | null }[] = await this.db.query(
        `SELECT substring(content FROM $2::int FOR $3::int) AS chunk FROM import_jobs WHERE id = $1`,
        [id, at + 1, SLICE],
      );
      if (!part?.chunk?.length) return;
      yield part.chunk;
      if (part.chunk.length < SLICE) return;
    }
  }

  /**
   * The file, read 4 MB at a time into one buffer: bytea arrives as hex text, and read whole, a 28 MB list would be
   * a 56 MB string decoded into a second buffer.
   */
  private async content(id: string): Promise<Buffer> {
    const [row]: { n: number | null }[] = await this.db.query(
      `SELECT octet_length(content) AS n FROM import_jobs WHERE id = $1`,
      [id],
    );
    const content = Buffer.alloc(row?.n ?? 0);
    for (let at = 0; at < content.length; at += CONTENT_CHUNK) {
      const [part]: { chunk: Buffer }[] = await this.db.query(
        `SELECT substring(content FROM $2::int FOR $3::int) AS chunk FROM import_jobs WHERE id = $1`,
        [id, at + 1, CONTENT_CHUNK],
      );
      part!.chunk.copy(content, at);
    }
    return content;
  }

  /** Marks a queued (or interrupted) job RUNNING; false when it is already finished. */
  async claim(id: string): Promise<boolean> {
    // (A CTE, because TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
    const rows: unknown[] = await this.db.query(
      `WITH c AS (UPDATE import_jobs SET status = 'RUNNING', started_at = coalesce(started_at, now())
         WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM c`,
      [id],
    );
    return rows.length > 0;
  }

  async fail(m: EntityManager, id: string, error: string): Promise<void> {
    await m.query(`UPDATE import_jobs SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [
      id,
      error,
    ]);
  }

  /** Removes the files of the jobs finished before `before` (their reports stay); how many were removed. */
  async removeFiles(before: Date): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `WITH removed AS (
         UPDATE import_jobs SET content = NULL, file_removed_at = now()
          WHERE content IS NOT NULL AND status IN ('SUCCEEDED', 'FAILED') AND finished_at < $1
          RETURNING id)
       SELECT count(*)::int AS n FROM removed`,
      [before],
    );
    return row?.n ?? 0;
  }

  async setTotal(id: string, totalRows: number): Promise<void> {
    await this.db.query(`UPDATE import_jobs SET total_rows = $2 WHERE id = $1`, [id, totalRows]);
  }

  /** Adds one batch's outcome, in the batch's transaction. */
  /**
   * The job's progress, locked until the batch commits: two runs of one job (a queue retry racing a live run)
   * take turns, and the one that finds the progress moved on stops instead of writing the rows again.
   */
  async lockProgress(m: EntityManager, id: string): Promise<number | null> {
    const rows: { processed_rows: number }[] = await m.query(
      `SELECT processed_rows FROM import_jobs WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0]?.processed_rows ?? null;
  }

  async addProgress(
    m: EntityManager,
    id: string,
    processedRows: number,
    counts: ImportCounts,
  ): Promise<void> {
    await m.query(
      `UPDATE import_jobs SET processed_rows = $2, created = created + $3, updated = updated + $4, unchanged = unchanged + $5,
         rejected = rejected || $6::jsonb WHERE id = $1`,
      [id, processedRows, counts.created, counts.updated, counts.unchanged, JSON.stringify(counts.rejected)],
    );
  }

  /** The totals of a job (rejected as a count). */
  async totals(
    id: string,
  ): Promise<{ created: number; updated: number; unchanged: number; rejected: number }> {
    const [row] = await this.db.query(
      `SELECT created, updated, unchanged, jsonb_array_length(rejected) AS rejected FROM import_jobs WHERE id = $1`,
      [id],
    );
    return row;
  }

  async succeed(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE import_jobs SET status = 'SUCCEEDED', finished_at = now() WHERE id = $1`, [id]);
  }
}
