import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { BatchActivity, BatchOutcome, ExpenseCategory, ProblemSolved } from '@app/domain';

/** One version of a service batch; the current version has no `supersededAt`. */
@Entity({ name: 'service_batches' })
export class ServiceBatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'batch_key', type: 'uuid' }) batchKey: string;
  @Column({ type: 'int' }) version: number;
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true }) supersededAt: Date | null;
  @Column({ name: 'team_id', type: 'uuid' }) teamId: string;
  @Column({ name: 'demand_id', type: 'uuid' }) demandId: string;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date' }) endDate: string;
  @Column({ type: 'int' }) days: number;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ name: 'units_served', type: 'int', nullable: true }) unitsServed: number | null;
  @Column({ name: 'unit_names', type: 'text', array: true }) unitNames: string[];
  @Column({ type: 'boolean' }) remote: boolean;
  @Column({ type: 'jsonb' }) activities: BatchActivity[];
  @Column({ type: 'jsonb' }) outcomes: BatchOutcome[];
  @Column({ name: 'problems_solved', type: 'text', array: true }) problemsSolved: string[];
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'correction_reason', type: 'text', nullable: true }) correctionReason: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'service_batch_experts' })
export class ServiceBatchExpertEntity {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid' }) batchId: string;
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' }) expertId: string;
}

/** A photo of the site. Uploaded first (no batch yet), attached to a batch when the batch is logged. */
@Entity({ name: 'service_photos' })
export class ServicePhotoEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'team_id', type: 'uuid' }) teamId: string;
  @Column({ name: 'batch_key', type: 'uuid', nullable: true }) batchKey: string | null;
  @Column({ name: 'storage_key', type: 'text' }) storageKey: string;
  @Column({ name: 'file_name', type: 'varchar', length: 200 }) fileName: string;
  @Column({ name: 'content_type', type: 'varchar', length: 100 }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) caption: string | null;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'evaluations' })
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'demand_id', type: 'uuid' }) demandId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId: string | null;
  @Column({ type: 'smallint' }) expertise: number;
  @Column({ name: 'problem_solving', type: 'smallint' }) problemSolving: number;
  @Column({ type: 'smallint' }) attitude: number;
  @Column({ type: 'smallint' }) timeliness: number;
  @Column({ name: 'problem_solved', type: 'varchar', length: 8 }) problemSolved: ProblemSolved;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'evaluation_follow_ups' })
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'demand_id', type: 'uuid' }) demandId: string;
  @Column({ name: 'after_days', type: 'int' }) afterDays: number;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Column({ name: 'still_solved', type: 'varchar', length: 8, nullable: true })
  stillSolved: ProblemSolved | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
}

@Entity({ name: 'team_funding' })
export class TeamFundingEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' }) teamId: string;
  @Column({ name: 'ministry_funds', type: 'int' }) ministryFunds: number;
  @Column({ name: 'matching_funds', type: 'int' }) matchingFunds: number;
  @Column({ name: 'matching_source', type: 'varchar', length: 200, nullable: true }) matchingSource:
    string | null;
  @Column({ name: 'support_measures', type: 'text', nullable: true }) supportMeasures: string | null;
  @Column({ type: 'jsonb' }) publicity: { media: string; date: string; title: string }[];
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'team_expenses' })
export class TeamExpenseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'team_id', type: 'uuid' }) teamId: string;
  @Column({ type: 'varchar', length: 20 }) category: ExpenseCategory;
  @Column({ type: 'int' }) amount: number;
  @Column({ name: 'spent_on', type: 'date' }) spentOn: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A certificate of a year's service: a snapshot of the record when issued, checked by its code. */
@Entity({ name: 'service_certificates' })
export class ServiceCertificateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 16 }) code: string;
  @Column({ name: 'expert_id', type: 'uuid' }) expertId: string;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'expert_name', type: 'varchar', length: 50 }) expertName: string;
  @Column({ name: 'employer_name', type: 'varchar', length: 200, nullable: true }) employerName:
    string | null;
  @Column({ name: 'working_days', type: 'int' }) workingDays: number;
  @Column({ name: 'credit_met', type: 'boolean' }) creditMet: boolean;
  @Column({ type: 'text', array: true }) teams: string[];
  @Column({ name: 'issued_by', type: 'uuid', nullable: true }) issuedBy: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
