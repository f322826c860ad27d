// Who the actor is to the programme: the province (PROVINCE, ADMIN) opens calls and selects; a department or
// district bureau (a LOCAL account of an organisation the call lists) recommends what was filed with it; a host
// unit (a UNIT account) applies for its own organisation.
import { AppError, type Actor, type ApplicationRelation } from '@app/domain';
import type { ProgrammeApplicationEntity } from './programme.entities.js';
import type { ApplicationScope } from './programme.repository.js';

export function isProvince(actor: Actor): boolean {
  return actor.role === 'PROVINCE' || actor.role === 'ADMIN';
}

export function assertProvince(actor: Actor, message = '申报通知和项目评审由省（市）人社局专技处负责'): void {
  if (!isProvince(actor)) throw AppError.forbidden(message, 'CALL_FORBIDDEN');
}

export function applicationRelation(actor: Actor, a: ProgrammeApplicationEntity): ApplicationRelation {
  if (isProvince(actor)) return 'PROVINCE';
  if (actor.role === 'LOCAL' && actor.organizationId === a.recommenderOrganizationId) return 'RECOMMENDER';
  if (actor.role === 'UNIT' && actor.organizationId === a.applicantOrganizationId) return 'APPLICANT';
  return 'NONE';
}

/** May the actor read the application? The province, its recommender (once submitted), its applicant. */
export function canReadApplication(actor: Actor, a: ProgrammeApplicationEntity): boolean {
  const r = applicationRelation(actor, a);
  if (r === 'RECOMMENDER') return a.status !== 'DRAFT';
  return r !== 'NONE';
}

export function applicationScope(actor: Actor): ApplicationScope | null {
  if (isProvince(actor)) return { kind: 'ALL' };
  if (actor.role === 'LOCAL' && actor.organizationId)
    return { kind: 'RECOMMENDER', organizationId: actor.organizationId };
  if (actor.role === 'UNIT' && actor.organizationId)
    return { kind: 'APPLICANT', organizationId: actor.organizationId };
  return null;
}

/**
 * Who files an approved team's year report (summary, final accounts): its lead expert (领衔专家), its host unit
 * (依托单位), or the province on their behalf (a report handed in on paper).
 */
export function mayFileYearReport(
  actor: Actor,
  team: { leadExpertId: string; hostOrganizationId: string },
): boolean {
  if (isProvince(actor)) return true;
  if (actor.role === 'EXPERT') return !!actor.expertId && actor.expertId === team.leadExpertId;
  if (actor.role === 'UNIT')
    return !!actor.organizationId && actor.organizationId === team.hostOrganizationId;
  return false;
}
