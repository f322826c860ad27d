import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DemandStatus, Field, ServiceForm, TitleLevel } from '@app/domain';

@Entity({ name: 'demands' })
export class DemandEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** XQ-<year>-<region>-<seq>, e.g. XQ-2027-310120-0007. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true })
  fields: Field[];

  @Column({ name: 'service_forms', type: 'text', array: true })
  serviceForms: ServiceForm[];

  @Column({ type: 'varchar', length: 16 })
  status: DemandStatus;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'experts_wanted', type: 'int' })
  expertsWanted: number;

  @Column({ name: 'min_title_level', type: 'varchar', length: 16, nullable: true })
  minTitleLevel: TitleLevel | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'expected_days', type: 'int', nullable: true })
  expectedDays: number | null;

  @Column({ name: 'open_to_volunteers', type: 'boolean', default: false })
  openToVolunteers: boolean;

  @Column({ name: 'contact_name', type: 'varchar', length: 64, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** When the service was completed (DELIVERED). */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /** The dispatcher's reason for completing a demand whose team served fewer than the minimum days. */
  @Column({ name: 'completion_override', type: 'text', nullable: true })
  completionOverride: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;

  /** When the current step's time limit runs out (null when nobody is waited on). */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** Set by the deadline job when the step ran over; cleared by the next transition. */
  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true })
  overdueAt: Date | null;

  /** 0 none; 1 the bureau one level up was alerted; 2 the province was alerted. */
  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /** Filed by the local bureau on behalf of the unit. */
  @Column({ name: 'filed_by_bureau', type: 'boolean', default: false })
  filedByBureau: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'demand_history' })
export class DemandHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: DemandStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: DemandStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 64 })
  actorName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
