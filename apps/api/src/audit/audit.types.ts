import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { AuditEntryEntity } from '@app/platform';
import { PageInfo } from '../common/page.types.js';

@ObjectType({ description: '审计日志条目' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() actorUsername: string;
  @Field({ description: '动作，如 account.login' }) action: string;
  @Field() entityType: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => String, { nullable: true, description: '变更前（JSON）' }) before: string | null;
  @Field(() => String, { nullable: true, description: '变更后（JSON）' }) after: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;

  static from(e: AuditEntryEntity): AuditEntry {
    return Object.assign(new AuditEntry(), {
      id: String(e.id),
      at: e.at,
      actorId: e.actorId,
      actorUsername: e.actorUsername,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ? JSON.stringify(e.before) : null,
      after: e.after ? JSON.stringify(e.after) : null,
      ip: e.ip,
    });
  }
}

@ObjectType()
export class AuditConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => [AuditEntry]) nodes: AuditEntry[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) actorUsername?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}
