import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ExpertFilterInput } from './expert.service.js';

export type ExportJobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED';

export interface ExpertExportParams {
  query: string | null;
  filter: ExpertFilterInput;
}

@Entity({ name: 'export_jobs' })
export class ExportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: 'EXPERTS';

  @Column({ type: 'varchar', length: 12 })
  status: ExportJobStatus;

  @Column({ type: 'jsonb' })
  params: ExpertExportParams;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** Where the finished file is in the file store; null before it is written and after it is swept. */
  @Column({ name: 'file_key', type: 'varchar', length: 200, nullable: true })
  fileKey: string | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  bytes: number | null;

  @Column({ name: 'total_rows', type: 'int', nullable: true })
  totalRows: number | null;

  @Column({ name: 'processed_rows', type: 'int' })
  processedRows: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** When the file is swept (and the job becomes EXPIRED). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
