// The queries of background expert exports. A job is owned by one run at a time (`run_id`): a redelivered job
// takes over, and every update of the old run finds it no longer owns the job.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ExportJobEntity } from './export-job.entity.js';

@Injectable()
export class ExportJobRepository {
  constructor(private readonly db: DataSource) {}

  find(id: string): Promise<ExportJobEntity | null> {
    return this.db.getRepository(ExportJobEntity).findOneBy({ id });
  }

  insert(m: EntityManager, row: Partial<ExportJobEntity>): Promise<ExportJobEntity> {
    const repo = m.getRepository(ExportJobEntity);
    return repo.save(repo.create(row));
  }

  /** Fails the account's jobs still QUEUED/RUNNING since before `before` (their worker died long ago). */
  async failStale(m: EntityManager, accountId: string, before: Date, now: Date): Promise<void> {
    await m.query(
      `UPDATE export_jobs SET status = 'FAILED', error = '导出超时未完成，请重新导出', finished_at = $3
       WHERE created_by = $1 AND status IN ('QUEUED', 'RUNNING') AND created_at < $2`,
      [accountId, before, now],
    );
  }

  /** Makes `runId` the owner of a queued or running job, from the start; false when the job is finished. */
  async claim(id: string, runId: string, now: Date): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH c AS (UPDATE export_jobs SET status = 'RUNNING', run_id = $3, started_at = coalesce(started_at, $2), processed_rows = 0
         WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id) SELECT id FROM c`,
      [id, now, runId],
    );
    return rows.length > 0;
  }

  /** Progress of the run that owns the job; false when it no longer does. */
  progress(id: string, runId: string, rows: number): Promise<boolean> {
    return this.owned(
      this.db.manager,
      id,
      runId,
      `processed_rows = $3, total_rows = greatest(total_rows, $3)`,
      [rows],
    );
  }

  fail(id: string, runId: string, error: string, now: Date): Promise<boolean> {
    return this.owned(this.db.manager, id, runId, `status = 'FAILED', error = $3, finished_at = $4`, [
      error,
      now,
    ]);
  }

  succeed(
    m: EntityManager,
    id: string,
    runId: string,
    file: { key: string; bytes: number; rows: number; finishedAt: Date; expiresAt: Date },
  ): Promise<boolean> {
    return this.owned(
      m,
      id,
      runId,
      `status = 'SUCCEEDED', file_key = $3, bytes = $4, processed_rows = $5, total_rows = $5, finished_at = $6, expires_at = $7`,
      [file.key, file.bytes, file.rows, file.finishedAt, file.expiresAt],
    );
  }

  private async owned(
    m: EntityManager,
    id: string,
    runId: string,
    set: string,
    values: unknown[],
  ): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `WITH c AS (UPDATE export_jobs SET ${set} WHERE id = $1 AND run_id = $2 AND status = 'RUNNING' RETURNING id) SELECT id FROM c`,
      [id, runId, ...values],
    );
    return rows.length > 0;
  }

  /** Finished files whose time is up. */
  due(now: Date): Promise<{ id: string; file_key: string }[]> {
    return this.db.query(
      `SELECT id, file_key FROM export_jobs WHERE file_key IS NOT NULL AND expires_at <= $1 ORDER BY expires_at LIMIT 1000`,
      [now],
    );
  }

  async markExpired(id: string, fileKey: string): Promise<void> {
    await this.db.query(
      `UPDATE export_jobs SET status = 'EXPIRED', file_key = NULL WHERE id = $1 AND file_key = $2`,
      [id, fileKey],
    );
  }

  /** The runs that still own a queued or running job, as `jobId:runId`. */
  async liveRuns(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string; run_id: string }[] = await this.db.query(
      `SELECT id, run_id FROM export_jobs WHERE id = ANY($1::uuid[]) AND status IN ('QUEUED', 'RUNNING')`,
      [ids],
    );
    return new Set(rows.map((r) => `${r.id}:${r.run_id}`));
  }
}
