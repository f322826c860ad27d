// The one place that decides what an actor may see and touch by role, region and organisation.
// Services call these; repositories take `regionPrefixes(actor)` to filter lists in SQL.
import { AppError, regionContains, regionPrefix, type Actor, type Role } from '@app/domain';

export interface Scoped {
  regionCode: string;
  organizationId?: string | null;
}

/** The region roots an actor's view is limited to; `null` means unrestricted. */
export function scopeRoots(actor: Actor): readonly string[] | null {
  switch (actor.role) {
    case 'ADMIN':
      return null;
    case 'PROVINCE':
      return actor.regionCode ? [actor.regionCode, ...(actor.partnerRegionCodes ?? [])] : [];
    case 'LOCAL':
      return actor.regionCode ? [actor.regionCode] : [];
    case 'UNIT':
    case 'EXPERT':
      return [];
  }
}

/** SQL `LIKE` prefixes for the actor's regions; `null` means unrestricted, `[]` means none. */
export function regionPrefixes(actor: Actor): string[] | null {
  const roots = scopeRoots(actor);
  return roots === null ? null : roots.map((r) => regionPrefix(r) + '%');
}

/** May the actor administer things located in `regionCode` (bureaus and dispatchers)? */
export function canManageRegion(actor: Actor, regionCode: string): boolean {
  const roots = scopeRoots(actor);
  if (roots === null) return true;
  return roots.some((root) => regionContains(root, regionCode));
}

/** May the actor see a record located in a region and optionally owned by an organisation? */
export function canSee(actor: Actor, target: Scoped): boolean {
  if (canManageRegion(actor, target.regionCode)) return true;
  if (actor.role === 'UNIT') return !!target.organizationId && target.organizationId === actor.organizationId;
  return false;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.includes(actor.role);
}

export function assertRole(actor: Actor, roles: readonly Role[], message = '您的角色无权执行此操作'): void {
  if (!roles.includes(actor.role)) throw AppError.forbidden(message, 'ROLE_NOT_ALLOWED');
}

export function assertCanManageRegion(actor: Actor, regionCode: string): void {
  if (!canManageRegion(actor, regionCode))
    throw AppError.forbidden('该地区不在您的管辖范围内', 'REGION_OUT_OF_SCOPE');
}

/**
 * Changes to the expert library: everyone reads it (PROVINCE unmasked, others masked outside their scope), but an
 * expert is changed only by the administrator or by those who manage the expert's region — a PROVINCE its own
 * region and its partner regions, a LOCAL bureau its region (the resolvers decide which roles change experts at all).
 */
export function assertCanChangeExpert(
  actor: Actor,
  expert: { name: string; regionCode: string; regionName?: string },
): void {
  if (canManageRegion(actor, expert.regionCode)) return;
  throw AppError.forbidden(
    expert.regionName
      ? `专家所在地区“${expert.regionName}”不在您的管辖范围内，请联系该地区的主管部门或系统管理员`
      : `专家“${expert.name}”不在您的管辖范围内，只能由该地区的主管部门或系统管理员修改`,
    'EXPERT_OUT_OF_SCOPE',
  );
}

export function assertCanSee(actor: Actor, target: Scoped, what = '该记录'): void {
  if (!canSee(actor, target)) throw AppError.forbidden(`您无权查看${what}`, 'OUT_OF_SCOPE');
}

/**
 * The actor's SQL region prefixes narrowed to the subtree of `regionCode` (a list filter):
 * inside the actor's scope → that subtree; above it → the actor's own scope below it; elsewhere → nothing.
 */
export function narrowToRegion(actor: Actor, regionCode: string): string[] {
  const prefixes = regionPrefixes(actor);
  const wanted = regionPrefix(regionCode);
  if (prefixes === null) return [wanted + '%'];
  const roots = prefixes.map((p) => p.slice(0, -1));
  if (roots.some((r) => wanted.startsWith(r))) return [wanted + '%'];
  return roots.filter((r) => r.startsWith(wanted)).map((r) => r + '%');
}
