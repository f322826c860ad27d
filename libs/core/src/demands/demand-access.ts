// How an actor relates to a demand (pure: no I/O). Who may read it at all, which needs the teams, is
// DemandService.canRead.
import { demandRelation, type Actor, type DemandRelation } from '@app/domain';
import { canManageRegion } from '../access/access-scope.js';
import type { DemandEntity } from './demand.entity.js';

/** Does the actor's region scope cover the demand (bureaus and dispatchers)? */
export function coversDemand(actor: Actor, demand: Pick<DemandEntity, 'regionCode'>): boolean {
  return (
    (actor.role === 'LOCAL' || actor.role === 'PROVINCE' || actor.role === 'ADMIN') &&
    canManageRegion(actor, demand.regionCode)
  );
}

/** The actor's relation to the demand in the lifecycle's terms (owner, bureau, dispatcher, none). */
export function demandRelationOf(
  actor: Actor,
  demand: Pick<DemandEntity, 'regionCode' | 'organizationId'>,
): DemandRelation {
  return demandRelation(
    actor.role,
    actor.role === 'UNIT' && actor.organizationId === demand.organizationId,
    coversDemand(actor, demand),
  );
}
