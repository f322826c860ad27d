import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ExpertSource, ExpertStatus, Field, Gender, Honour, TitleLevel } from '@app/domain';

@Entity({ name: 'experts' })
export class ExpertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender: Gender | null;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId: string | null;

  /** The concrete title: 教授, 主任医师, 高级农艺师 … */
  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ name: 'title_level', type: 'varchar', length: 16 })
  titleLevel: TitleLevel;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: Field[];

  /** 研究方向/专长: free text, what matching reads most. */
  @Column({ type: 'text', default: '' })
  specialties: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  honours: Honour[];

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 20 })
  source: ExpertSource;

  @Column({ type: 'boolean', default: false })
  retired: boolean;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 12, default: 'ACTIVE' })
  status: ExpertStatus;

  @Column({ name: 'annual_cap_days', type: 'int', default: 60 })
  annualCapDays: number;

  /** Incremented on every change; the search index applies only newer versions. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
