import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AssignmentRole, AssignmentStatus, TeamLevel } from '@app/domain';

/** 揭榜: an expert volunteers for an open demand. */
@Entity({ name: 'volunteers' })
export class VolunteerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'demand_id', type: 'uuid' }) demandId: string;
  @Column({ name: 'expert_id', type: 'uuid' }) expertId: string;
  @Column({ type: 'text', nullable: true }) message: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
}

/** 专家服务团: dispatched by the province to one or more demands. */
@Entity({ name: 'teams' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 12 }) level: TeamLevel;
  @Column({ name: 'lead_expert_id', type: 'uuid' }) leadExpertId: string;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date' }) endDate: string;
  /** Integer 元. */
  @Column({ type: 'int', nullable: true }) budget: number | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'team_demands' })
export class TeamDemandEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' }) teamId: string;
  @PrimaryColumn({ name: 'demand_id', type: 'uuid' }) demandId: string;
}

/** An expert's place in a team. The database refuses two INVITED/CONFIRMED assignments with overlapping periods. */
@Entity({ name: 'assignments' })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'team_id', type: 'uuid' }) teamId: string;
  @Column({ name: 'expert_id', type: 'uuid' }) expertId: string;
  @Column({ type: 'varchar', length: 8 }) role: AssignmentRole;
  @Column({ type: 'varchar', length: 12 }) status: AssignmentStatus;
  /** PostgreSQL daterange, e.g. '[2027-03-01,2027-03-21)'. */
  @Column({ type: 'daterange' }) period: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true }) respondedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
