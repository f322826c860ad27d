// Every sign-in and every state change is written here, in the same transaction as the change itself.
import type { EntityManager } from 'typeorm';
import type { Actor } from '@app/domain';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
  ip?: string | null;
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'token']);

/** Drops secrets and turns dates into strings, so the log holds plain JSON. */
export function auditSnapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEYS.has(k)) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

export async function writeAudit(
  manager: EntityManager,
  actor: Pick<Actor, 'accountId' | 'username'> | null,
  record: AuditRecord,
) {
  const actorId =
    actor && actor.accountId !== '00000000-0000-0000-0000-000000000000' ? actor.accountId : null;
  await manager.insert(AuditEntryEntity, {
    actorId,
    actorUsername: actor?.username ?? 'anonymous',
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId ?? null,
    before: auditSnapshot(record.before) as never,
    after: auditSnapshot(record.after) as never,
    ip: record.ip ?? null,
  });
}
