import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ImportJobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface RejectedRow {
  row: number;
  reason: string;
}

@Entity({ name: 'import_jobs' })
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 12 })
  status: ImportJobStatus;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** The file as uploaded; null once removed (fileRemovedAt), some time after the job finished. */
  @Column({ type: 'bytea', select: false, nullable: true })
  content: Buffer | null;

  @Column({ name: 'total_rows', type: 'int', nullable: true })
  totalRows: number | null;

  @Column({ name: 'processed_rows', type: 'int' })
  processedRows: number;

  @Column({ type: 'int' })
  created: number;

  @Column({ type: 'int' })
  updated: number;

  @Column({ type: 'int' })
  unchanged: number;

  @Column({ type: 'jsonb' })
  rejected: RejectedRow[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'file_removed_at', type: 'timestamptz', nullable: true })
  fileRemovedAt: Date | null;
}
