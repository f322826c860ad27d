import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  ApplicationForm,
  ApplicationStatus,
  BatchOutcome,
  CallStatus,
  Field,
  ProgrammeCategory,
  ReviewScores,
  ServiceForm,
} from '@app/domain';

/** 申报通知: the province's call of one year. */
@Entity({ name: 'programme_calls' })
export class ProgrammeCallEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ name: 'doc_number', type: 'varchar', length: 50, nullable: true }) docNumber: string | null;
  @Column({ name: 'opens_on', type: 'date' }) opensOn: string;
  @Column({ name: 'closes_on', type: 'date' }) closesOn: string;
  @Column({ name: 'recommend_by', type: 'date' }) recommendBy: string;
  /** The categories the call opens, with the most each may ask for (integer 元). */
  @Column({ type: 'jsonb' }) caps: Partial<Record<ProgrammeCategory, number>>;
  @Column({ type: 'varchar', length: 12 }) status: CallStatus;
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A department (委办局) or district bureau (区人社局) that may recommend under a call. */
@Entity({ name: 'programme_call_recommenders' })
export class ProgrammeCallRecommenderEntity {
  @PrimaryColumn({ name: 'call_id', type: 'uuid' }) callId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
}

/** An application (annex 1 or 2): queried columns plus the whole form as a validated document. */
@Entity({ name: 'programme_applications' })
export class ProgrammeApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'call_id', type: 'uuid' }) callId: string;
  @Column({ type: 'varchar', length: 16 }) category: ProgrammeCategory;
  @Column({ name: 'applicant_organization_id', type: 'uuid' }) applicantOrganizationId: string;
  @Column({ name: 'recommender_organization_id', type: 'uuid' }) recommenderOrganizationId: string;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ name: 'lead_expert_id', type: 'uuid', nullable: true }) leadExpertId: string | null;
  @Column({ type: 'text', array: true }) fields: Field[];
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate: string | null;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate: string | null;
  @Column({ name: 'budget_cap', type: 'int' }) budgetCap: number;
  @Column({ name: 'requested_budget', type: 'int' }) requestedBudget: number;
  @Column({ type: 'jsonb' }) form: ApplicationForm;
  @Column({ type: 'varchar', length: 16 }) status: ApplicationStatus;
  @Column({ name: 'recommend_opinion', type: 'text', nullable: true }) recommendOpinion: string | null;
  @Column({ name: 'recommended_at', type: 'timestamptz', nullable: true }) recommendedAt: Date | null;
  @Column({ name: 'recommended_by', type: 'uuid', nullable: true }) recommendedBy: string | null;
  @Column({ name: 'ministry_ref', type: 'varchar', length: 100, nullable: true }) ministryRef: string | null;
  @Column({ name: 'approved_budget', type: 'int', nullable: true }) approvedBudget: number | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ name: 'base_id', type: 'uuid', nullable: true }) baseId: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}

@Entity({ name: 'programme_application_history' })
export class ProgrammeApplicationHistoryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ type: 'varchar', length: 16 }) action: string;
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: ApplicationStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 16 }) toStatus: ApplicationStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}

/** A stamped scan or other file attached to an application, kept in the file store. */
@Entity({ name: 'programme_attachments' })
export class ProgrammeAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'file_key', type: 'varchar', length: 200 }) fileKey: string;
  @Column({ name: 'file_name', type: 'varchar', length: 200 }) fileName: string;
  @Column({ name: 'content_type', type: 'varchar', length: 100 }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One reviewer's sheet for one application (the province enters it). */
@Entity({ name: 'programme_reviews' })
export class ProgrammeReviewEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'expert_id', type: 'uuid' }) expertId: string;
  @Column({ type: 'jsonb' }) scores: ReviewScores;
  @Column({ type: 'int' }) total: number;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ name: 'entered_by', type: 'uuid', nullable: true }) enteredBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** 专家服务基地: what a selected base application becomes. */
@Entity({ name: 'programme_bases' })
export class ProgrammeBaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ name: 'host_organization_id', type: 'uuid' }) hostOrganizationId: string;
  @Column({ type: 'varchar', length: 12 }) level: 'NATIONAL' | 'MUNICIPAL';
  @Column({ name: 'host_type', type: 'varchar', length: 32, nullable: true }) hostType: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) field: string | null;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'approved_budget', type: 'int' }) approvedBudget: number;
  @Column({ name: 'lead_expert_id', type: 'uuid', nullable: true }) leadExpertId: string | null;
  @Column({ type: 'varchar', length: 12 }) status: 'ACTIVE' | 'EXITED';
  @Column({ name: 'application_id', type: 'uuid', nullable: true }) applicationId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'programme_base_experts' })
export class ProgrammeBaseExpertEntity {
  @PrimaryColumn({ name: 'base_id', type: 'uuid' }) baseId: string;
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' }) expertId: string;
  @Column({ type: 'boolean' }) external: boolean;
  @Column({ name: 'added_by', type: 'uuid', nullable: true }) addedBy: string | null;
  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' }) addedAt: Date;
}

/** An activity a base hosted, with the experts present (they make its person-times). */
@Entity({ name: 'programme_base_activities' })
export class ProgrammeBaseActivityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'base_id', type: 'uuid' }) baseId: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ name: 'activity_type', type: 'varchar', length: 32 }) activityType: string;
  @Column({ type: 'int' }) participants: number;
  /** Outcome items of the survey's section 4 the activity achieved. */
  @Column({ type: 'jsonb' }) outcomes: BatchOutcome[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'programme_base_activity_experts' })
export class ProgrammeBaseActivityExpertEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' }) activityId: string;
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' }) expertId: string;
}

@Entity({ name: 'programme_base_evaluations' })
export class ProgrammeBaseEvaluationEntity {
  @PrimaryColumn({ name: 'base_id', type: 'uuid' }) baseId: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'int' }) score: number;
  @Column({ type: 'varchar', length: 16 }) rating: string;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ name: 'evaluated_by', type: 'uuid', nullable: true }) evaluatedBy: string | null;
  @Column({ name: 'evaluated_at', type: 'timestamptz' }) evaluatedAt: Date;
}

/** 服务菜单: one offer of an approved team or a base. */
@Entity({ name: 'programme_offers' })
export class ProgrammeOfferEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ name: 'base_id', type: 'uuid', nullable: true }) baseId: string | null;
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', array: true }) fields: Field[];
  @Column({ name: 'service_forms', type: 'text', array: true }) serviceForms: ServiceForm[];
  @Column({ name: 'region_codes', type: 'text', array: true }) regionCodes: string[];
  @Column({ type: 'varchar', length: 200 }) places: string;
  @Column({ type: 'int', array: true }) months: number[];
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'varchar', length: 8 }) status: 'OPEN' | 'CLOSED';
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** An order from the menu: the demand it created and the offer it came from. */
@Entity({ name: 'programme_offer_orders' })
export class ProgrammeOfferOrderEntity {
  @PrimaryColumn({ name: 'demand_id', type: 'uuid' }) demandId: string;
  @Column({ name: 'offer_id', type: 'uuid' }) offerId: string;
  @Column({ name: 'ordered_by', type: 'uuid', nullable: true }) orderedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One line of the final accounts: an approved budget line, what was spent on it and what is left (元). */
export interface FinalAccountLineRow {
  item: string;
  source: string;
  amount: number;
  spent: number;
  balance: number;
}

/**
 * 年终: a team's year report, one per team and year: the summary, the final accounts (per approved line, the
 * approved money, the total spent, the amount returned) and, when money is left, the explanation.
 */
@Entity({ name: 'programme_year_reports' })
export class ProgrammeYearReportEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' }) teamId: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'balance_note', type: 'text', nullable: true }) balanceNote: string | null;
  @Column({ type: 'int', nullable: true }) budget: number | null;
  @Column({ type: 'int' }) spent: number;
  /** Empty for a report filed before final accounts were asked for. */
  @Column({ type: 'jsonb' }) lines: FinalAccountLineRow[];
  @Column({ name: 'amount_returned', type: 'int', nullable: true }) amountReturned: number | null;
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true }) submittedBy: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
}

export const PROGRAMME_ENTITIES = [
  ProgrammeYearReportEntity,
  ProgrammeOfferEntity,
  ProgrammeOfferOrderEntity,
  ProgrammeBaseExpertEntity,
  ProgrammeBaseActivityEntity,
  ProgrammeBaseActivityExpertEntity,
  ProgrammeBaseEvaluationEntity,
  ProgrammeCallEntity,
  ProgrammeCallRecommenderEntity,
  ProgrammeApplicationEntity,
  ProgrammeApplicationHistoryEntity,
  ProgrammeAttachmentEntity,
  ProgrammeReviewEntity,
  ProgrammeBaseEntity,
];
