// The demand lifecycle (基层下单 → 属地接单 → 省厅派单 → 服务 → 评价) as a finite-state machine: declared
// transitions, who may take each, and guards that refuse with a Chinese reason. Services apply a transition
// and write its history row in one transaction; the database keeps only states this table can produce.
import { DEMAND_STATUS_LABELS, type DemandStatus, type Role } from '../catalog/catalog.js';

export type DemandAction =
  | 'submit'
  | 'accept'
  | 'return'
  | 'reject'
  | 'merge'
  | 'dispatch'
  | 'undispatch'
  | 'startService'
  | 'complete'
  | 'evaluate'
  | 'cancel';

export const DEMAND_ACTION_LABELS: Readonly<Record<DemandAction, string>> = {
  submit: '提交需求',
  accept: '受理',
  return: '退回修改',
  reject: '不予受理',
  merge: '合并重复需求',
  dispatch: '派单',
  undispatch: '撤回派单',
  startService: '开始服务',
  complete: '完成服务',
  evaluate: '评价',
  cancel: '取消需求',
};

/**
 * How the actor relates to the demand: the unit that ordered it, a bureau or dispatcher whose region covers it,
 * or the system itself (a job, e.g. when every invited expert has confirmed).
 */
export type DemandRelation = 'OWNER' | 'BUREAU' | 'DISPATCHER' | 'SYSTEM' | 'NONE';

interface TransitionRule {
  from: readonly DemandStatus[];
  to: DemandStatus;
  /** Who may take the action. */
  by: readonly DemandRelation[];
  /** A reason (note) is required. */
  needsReason?: boolean;
}

export const DEMAND_TRANSITIONS: Readonly<Record<DemandAction, TransitionRule>> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: ['OWNER', 'BUREAU'] },
  accept: { from: ['SUBMITTED'], to: 'ACCEPTED', by: ['BUREAU', 'DISPATCHER'] },
  return: { from: ['SUBMITTED'], to: 'RETURNED', by: ['BUREAU', 'DISPATCHER'], needsReason: true },
  reject: { from: ['SUBMITTED'], to: 'REJECTED', by: ['BUREAU', 'DISPATCHER'], needsReason: true },
  merge: {
    from: ['SUBMITTED', 'ACCEPTED'],
    to: 'CANCELLED',
    by: ['BUREAU', 'DISPATCHER'],
    needsReason: true,
  },
  dispatch: { from: ['ACCEPTED'], to: 'DISPATCHED', by: ['DISPATCHER'] },
  undispatch: { from: ['DISPATCHED'], to: 'ACCEPTED', by: ['DISPATCHER', 'SYSTEM'], needsReason: true },
  startService: { from: ['DISPATCHED'], to: 'IN_SERVICE', by: ['DISPATCHER', 'SYSTEM'] },
  complete: { from: ['IN_SERVICE'], to: 'DELIVERED', by: ['DISPATCHER', 'BUREAU'] },
  evaluate: { from: ['DELIVERED'], to: 'EVALUATED', by: ['OWNER'] },
  cancel: {
    from: ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'DISPATCHED', 'IN_SERVICE'],
    to: 'CANCELLED',
    by: ['OWNER', 'BUREAU', 'DISPATCHER'],
    needsReason: true,
  },
};

/** A unit may cancel its own demand only until the bureau has taken it on; afterwards it asks the bureau. */
const OWNER_CANCELS_UNTIL: readonly DemandStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED'];

/** The relation of an actor of `role` to a demand, given whether it owns it and whether its region covers it. */
export function demandRelation(role: Role | 'SYSTEM', owns: boolean, covers: boolean): DemandRelation {
  if (role === 'SYSTEM') return 'SYSTEM';
  if (role === 'UNIT') return owns ? 'OWNER' : 'NONE';
  if (role === 'LOCAL') return covers ? 'BUREAU' : 'NONE';
  if (role === 'PROVINCE') return covers ? 'DISPATCHER' : 'NONE';
  if (role === 'ADMIN') return 'DISPATCHER';
  return 'NONE';
}

export type TransitionResult =
  | { ok: true; to: DemandStatus }
  | {
      ok: false;
      kind: 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT';
      reason: 'DEMAND_TRANSITION_FORBIDDEN' | 'DEMAND_TRANSITION_CONFLICT' | 'DEMAND_REASON_REQUIRED';
      message: string;
    };

/** Decides a transition. Pure: the caller supplies the facts. */
export function decideTransition(
  status: DemandStatus,
  action: DemandAction,
  relation: DemandRelation,
  reason?: string | null,
): TransitionResult {
  const rule = DEMAND_TRANSITIONS[action];
  const label = DEMAND_ACTION_LABELS[action];
  if (
    !rule.by.includes(relation) ||
    (action === 'cancel' && relation === 'OWNER' && !OWNER_CANCELS_UNTIL.includes(status))
  ) {
    const hint =
      action === 'cancel' && relation === 'OWNER'
        ? '需求已被受理，如需取消请联系属地人社局'
        : '您无权对该需求执行此操作';
    return {
      ok: false,
      kind: 'FORBIDDEN',
      reason: 'DEMAND_TRANSITION_FORBIDDEN',
      message: `不能${label}：${hint}`,
    };
  }
  if (!rule.from.includes(status)) {
    const allowed = rule.from.map((s) => `“${DEMAND_STATUS_LABELS[s]}”`).join('、');
    return {
      ok: false,
      kind: 'CONFLICT',
      reason: 'DEMAND_TRANSITION_CONFLICT',
      message: `需求当前为“${DEMAND_STATUS_LABELS[status]}”，不能${label}（仅${allowed}的需求可以${label}）`,
    };
  }
  if (rule.needsReason && !(reason ?? '').trim()) {
    return {
      ok: false,
      kind: 'BAD_USER_INPUT',
      reason: 'DEMAND_REASON_REQUIRED',
      message: `${label}需要填写原因`,
    };
  }
  return { ok: true, to: rule.to };
}

/** The actions an actor may take on a demand now (for buttons in the web app). */
export function availableActions(status: DemandStatus, relation: DemandRelation): DemandAction[] {
  return (Object.keys(DEMAND_TRANSITIONS) as DemandAction[]).filter((a) => {
    const r = decideTransition(status, a, relation, 'x');
    return r.ok && a !== 'dispatch' && a !== 'startService' && a !== 'undispatch';
  });
}

/** States in which a demand still waits on someone, with the step's time limit in working days. */
export const STEP_TIME_LIMITS: Readonly<
  Partial<Record<DemandStatus, { workingDays: number; waitsOn: string }>>
> = {
  SUBMITTED: { workingDays: 5, waitsOn: '属地人社局受理' },
  ACCEPTED: { workingDays: 10, waitsOn: '省厅派单' },
};

/** Working days an invited expert has to answer. */
export const INVITATION_TIME_LIMIT_DAYS = 3;
