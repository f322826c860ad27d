// An application's way through the year (申报 → 推荐 → 确定) as a finite-state machine, as DEMAND_TRANSITIONS is for
// demands: declared transitions, who may take each, and whether a note is required. The call's own state decides
// when each step is open (applications while the call is open, the province's choices until it publishes).
import { APPLICATION_STATUS_LABELS, type ApplicationStatus, type CallStatus } from './programme-catalog.js';

export type ApplicationAction =
  | 'submit'
  | 'withdraw'
  | 'return'
  | 'recommend'
  | 'decline'
  | 'select'
  | 'nominate'
  | 'confirm'
  | 'demote'
  | 'reject';

export const APPLICATION_ACTION_LABELS: Readonly<Record<ApplicationAction, string>> = {
  submit: '提交申报',
  withdraw: '撤回申报',
  return: '退回修改',
  recommend: '推荐',
  decline: '不予推荐',
  select: '列入市级',
  nominate: '推荐国家级',
  confirm: '登记部里确定',
  demote: '未获部里确定',
  reject: '不予入选',
};

/** How the actor relates to the application: the host unit that applies, its recommender, the province. */
export type ApplicationRelation = 'APPLICANT' | 'RECOMMENDER' | 'PROVINCE' | 'NONE';

interface ApplicationRule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: readonly ApplicationRelation[];
  /** The call states in which the step may be taken. */
  callIn: readonly CallStatus[];
  /** A note (reason or opinion) is required. */
  needsNote?: boolean;
}

export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationAction, ApplicationRule>> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: ['APPLICANT'], callIn: ['OPEN'] },
  withdraw: {
    from: ['DRAFT', 'SUBMITTED', 'RETURNED'],
    to: 'WITHDRAWN',
    by: ['APPLICANT'],
    callIn: ['OPEN'],
  },
  return: { from: ['SUBMITTED'], to: 'RETURNED', by: ['RECOMMENDER'], callIn: ['OPEN'], needsNote: true },
  recommend: {
    from: ['SUBMITTED'],
    to: 'RECOMMENDED',
    by: ['RECOMMENDER'],
    callIn: ['OPEN'],
    needsNote: true,
  },
  decline: {
    from: ['SUBMITTED'],
    to: 'NOT_RECOMMENDED',
    by: ['RECOMMENDER'],
    callIn: ['OPEN'],
    needsNote: true,
  },
  select: { from: ['RECOMMENDED', 'NOT_SELECTED'], to: 'SELECTED', by: ['PROVINCE'], callIn: ['CLOSED'] },
  nominate: { from: ['RECOMMENDED', 'NOT_SELECTED'], to: 'NOMINATED', by: ['PROVINCE'], callIn: ['CLOSED'] },
  confirm: { from: ['NOMINATED'], to: 'CONFIRMED', by: ['PROVINCE'], callIn: ['CLOSED'], needsNote: true },
  demote: { from: ['NOMINATED'], to: 'NOT_SELECTED', by: ['PROVINCE'], callIn: ['CLOSED'], needsNote: true },
  reject: {
    from: ['RECOMMENDED', 'SELECTED', 'NOMINATED'],
    to: 'NOT_SELECTED',
    by: ['PROVINCE'],
    callIn: ['CLOSED'],
    needsNote: true,
  },
};

export type ApplicationTransitionResult =
  | { ok: true; to: ApplicationStatus }
  | { ok: false; kind: 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT'; message: string };

const CALL_STEP: Readonly<Record<CallStatus, string>> = {
  DRAFT: '申报通知尚未发布',
  OPEN: '申报通知正在申报和推荐阶段',
  CLOSED: '申报已截止，正在评审',
  PUBLISHED: '本年度名单已公布',
};

const NOTE_PROMPTS: Partial<Record<ApplicationAction, string>> = {
  recommend: '请填写推荐意见',
  confirm: '请填写部里确定的文号（如 人社厅函〔2026〕46号）',
};

/** May `relation` take `action` on an application in `status` while the call is in `callStatus`? */
export function applicationTransition(
  action: ApplicationAction,
  status: ApplicationStatus,
  relation: ApplicationRelation,
  callStatus: CallStatus,
  note?: string | null,
): ApplicationTransitionResult {
  const rule = APPLICATION_TRANSITIONS[action];
  const label = APPLICATION_ACTION_LABELS[action];
  if (!rule.by.includes(relation))
    return { ok: false, kind: 'FORBIDDEN', message: `您无权对该申报执行“${label}”` };
  if (!rule.from.includes(status))
    return {
      ok: false,
      kind: 'CONFLICT',
      message: `申报当前为“${APPLICATION_STATUS_LABELS[status]}”，不能${label}`,
    };
  if (!rule.callIn.includes(callStatus))
    return { ok: false, kind: 'CONFLICT', message: `${CALL_STEP[callStatus]}，现在不能${label}` };
  if (rule.needsNote && !(note ?? '').trim())
    return { ok: false, kind: 'BAD_USER_INPUT', message: NOTE_PROMPTS[action] ?? `请填写${label}的理由` };
  return { ok: true, to: rule.to };
}

/** What the applicant may still change: the form is theirs while it is a draft or was returned. */
export function isApplicationEditable(status: ApplicationStatus, callStatus: CallStatus): boolean {
  return (status === 'DRAFT' || status === 'RETURNED') && callStatus === 'OPEN';
}

/** The call's own steps: open it, close applications, publish the lists. */
export const CALL_TRANSITIONS: Readonly<
  Record<'open' | 'close' | 'publish', { from: CallStatus; to: CallStatus }>
> = {
  open: { from: 'DRAFT', to: 'OPEN' },
  close: { from: 'OPEN', to: 'CLOSED' },
  publish: { from: 'CLOSED', to: 'PUBLISHED' },
};
