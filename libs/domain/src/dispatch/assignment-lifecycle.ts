// A place on a team (an assignment) as a finite-state machine, like the demand's: the invited expert confirms or
// declines; the dispatcher withdraws an invitation (or closes a declined place) and gives a declined or withdrawn
// place to another expert, who is invited afresh. Services decide every change here.
import { ASSIGNMENT_STATUS_LABELS, type AssignmentStatus } from '../catalog/catalog.js';

export type AssignmentAction = 'confirm' | 'decline' | 'withdraw' | 'replace';

/** The expert the place is for, the dispatcher of the team, or anybody else. */
export type AssignmentRelation = 'INVITEE' | 'DISPATCHER' | 'NONE';

interface AssignmentRule {
  from: readonly AssignmentStatus[];
  to: AssignmentStatus;
  by: AssignmentRelation;
}

export const ASSIGNMENT_TRANSITIONS: Readonly<Record<AssignmentAction, AssignmentRule>> = {
  confirm: { from: ['INVITED'], to: 'CONFIRMED', by: 'INVITEE' },
  decline: { from: ['INVITED'], to: 'DECLINED', by: 'INVITEE' },
  withdraw: { from: ['INVITED', 'CONFIRMED', 'DECLINED'], to: 'WITHDRAWN', by: 'DISPATCHER' },
  replace: { from: ['DECLINED', 'WITHDRAWN'], to: 'INVITED', by: 'DISPATCHER' },
};

/** Statuses a dispatcher may withdraw from; a declined place may be closed too (no replacement wanted). */
export const ASSIGNMENT_WITHDRAWABLE: readonly AssignmentStatus[] = ASSIGNMENT_TRANSITIONS.withdraw.from;
/** Places a replacement may fill. */
export const ASSIGNMENT_REPLACEABLE: readonly AssignmentStatus[] = ASSIGNMENT_TRANSITIONS.replace.from;

export type AssignmentRefusal =
  | 'ASSIGNMENT_NOT_YOURS'
  | 'TEAM_OUT_OF_SCOPE'
  | 'ASSIGNMENT_NOT_PENDING'
  | 'ASSIGNMENT_NOT_WITHDRAWABLE'
  | 'ASSIGNMENT_NOT_REPLACEABLE';

export type AssignmentDecision =
  | { ok: true; to: AssignmentStatus }
  | { ok: false; kind: 'FORBIDDEN' | 'CONFLICT'; reason: AssignmentRefusal; message: string };

const label = (s: AssignmentStatus) => `“${ASSIGNMENT_STATUS_LABELS[s]}”`;

/** Decides a change of a place. Pure: the caller says how the actor relates to it. */
export function decideAssignmentTransition(
  status: AssignmentStatus,
  action: AssignmentAction,
  relation: AssignmentRelation,
): AssignmentDecision {
  const rule = ASSIGNMENT_TRANSITIONS[action];
  if (relation !== rule.by) {
    return rule.by === 'INVITEE'
      ? {
          ok: false,
          kind: 'FORBIDDEN',
          reason: 'ASSIGNMENT_NOT_YOURS',
          message: '只有受邀专家本人可以答复该邀请',
        }
      : { ok: false, kind: 'FORBIDDEN', reason: 'TEAM_OUT_OF_SCOPE', message: '该服务团不在您的派单范围内' };
  }
  if (rule.from.includes(status)) return { ok: true, to: rule.to };
  switch (action) {
    case 'confirm':
    case 'decline':
      return {
        ok: false,
        kind: 'CONFLICT',
        reason: 'ASSIGNMENT_NOT_PENDING',
        message: `该邀请当前为${label(status)}，不能再答复`,
      };
    case 'withdraw':
      return {
        ok: false,
        kind: 'CONFLICT',
        reason: 'ASSIGNMENT_NOT_WITHDRAWABLE',
        message: `该邀请当前为${label(status)}，不能撤回`,
      };
    case 'replace':
      return {
        ok: false,
        kind: 'CONFLICT',
        reason: 'ASSIGNMENT_NOT_REPLACEABLE',
        message: `该席位当前为${label(status)}，只有已婉拒或已撤回的席位可以替换`,
      };
  }
}
