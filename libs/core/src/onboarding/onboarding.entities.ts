import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RegistrationStatus } from '@app/domain';

/** A unit's self-registration, pending until the LOCAL bureau of its region decides. */
@Entity({ name: 'unit_registrations' })
export class UnitRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ name: 'credit_code', type: 'varchar', length: 18 }) creditCode: string;
  @Column({ name: 'region_code', type: 'varchar', length: 6 }) regionCode: string;
  @Column({ name: 'contact_name', type: 'varchar', length: 32 }) contactName: string;
  @Column({ type: 'varchar', length: 11 }) mobile: string;
  @Column({ type: 'varchar', length: 32 }) username: string;
  @Column({ name: 'password_hash', type: 'varchar', length: 200 }) passwordHash: string;
  @Column({ type: 'varchar', length: 10, default: 'PENDING' }) status: RegistrationStatus;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A code sent to a mobile: only its keyed hash is kept, with its expiry and wrong tries. */
@Entity({ name: 'one_time_codes' })
export class OneTimeCodeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 11 }) mobile: string;
  @Column({ type: 'varchar', length: 16 }) purpose: string;
  @Column({ name: 'code_hash', type: 'varchar', length: 64 }) codeHash: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true }) consumedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A bureau's invitation to an expert of the library to claim the record (a code went to the expert's mobile). */
@Entity({ name: 'expert_claim_invitations' })
export class ExpertClaimInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'expert_id', type: 'uuid' }) expertId: string;
  @Column({ name: 'invited_by', type: 'uuid' }) invitedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true }) claimedAt: Date | null;
}
