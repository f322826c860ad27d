// Which notices may also go by e-mail or SMS. An account opts in per topic and channel (the inbox gets every
// notice); every notice kind belongs to exactly one topic. And which notices a step settles: when the matter is
// handled (a demand accepted, an invitation answered) the notices that asked for it are marked read, found by the
// object they are about, never by their text.
import type { Role } from '../catalog/catalog.js';
import type { DemandAction } from '../demands/demand-lifecycle.js';

export const NOTICE_TOPIC_LABELS = {
  TODO: '新待办（待受理、待派单的需求）',
  INVITATION: '服务团邀请与答复',
  OVERDUE: '超时与逾期提醒',
  APPROVAL: '审核结果（受理、退回、不予受理、合并、取消）',
  SERVICE: '服务进展与评价',
  OTHER: '其他通知',
} as const;

export type NoticeTopic = keyof typeof NOTICE_TOPIC_LABELS;
export const NOTICE_TOPICS = Object.keys(NOTICE_TOPIC_LABELS) as NoticeTopic[];

/** The channels besides the inbox, and what an account calls them. */
export const NOTICE_CHANNEL_LABELS = { EMAIL: '电子邮件', SMS: '短信' } as const;
export type NoticeChannel = keyof typeof NOTICE_CHANNEL_LABELS;

const TOPIC_OF_KIND: Readonly<Record<string, NoticeTopic>> = {
  DEMAND_SUBMIT: 'TODO',
  DEMAND_ACCEPT: 'APPROVAL',
  DEMAND_RETURN: 'APPROVAL',
  DEMAND_REJECT: 'APPROVAL',
  DEMAND_MERGE: 'APPROVAL',
  DEMAND_CANCEL: 'APPROVAL',
  DEMAND_DISPATCH: 'SERVICE',
  DEMAND_STARTSERVICE: 'SERVICE',
  DEMAND_OVERDUE: 'OVERDUE',
  INVITATION_OVERDUE: 'OVERDUE',
  TEAM_INVITATION: 'INVITATION',
  TEAM_INVITATION_DECLINED: 'INVITATION',
  TEAM_INVITATION_WITHDRAWN: 'INVITATION',
  TEAM_CONFIRMED: 'INVITATION',
  DEMAND_VOLUNTEER: 'TODO',
  BATCH_LOGGED: 'SERVICE',
  DEMAND_DELIVERED: 'SERVICE',
  SERVICE_EVALUATED: 'SERVICE',
  EVALUATION_REMINDER: 'SERVICE',
};

/** The topic a notice kind belongs to (kinds not listed: 其他通知). */
export function topicOf(kind: string): NoticeTopic {
  return TOPIC_OF_KIND[kind] ?? (kind.startsWith('REGISTRATION_') ? 'APPROVAL' : 'OTHER');
}

/** What the notices of a matter are about. */
export type NoticeSubjectType = 'DEMAND' | 'ASSIGNMENT' | 'TEAM' | 'REGISTRATION';

export interface NoticeSubject {
  type: NoticeSubjectType;
  id: string;
}

/** The notices a step settles: these kinds about its object, for recipients of these roles (all when absent). */
export interface SettledNotices {
  kinds: string[];
  roles?: Role[];
}

/** What a demand transition settles: the notices that asked someone to take this step (none: nothing). */
export function settledByDemandAction(action: DemandAction): SettledNotices[] {
  switch (action) {
    case 'accept':
    case 'return':
    case 'reject':
      return [{ kinds: ['DEMAND_SUBMIT', 'DEMAND_OVERDUE'] }];
    case 'merge':
    case 'cancel':
      // Nothing is left to do about a demand that is gone.
      return [
        {
          kinds: [
            'DEMAND_SUBMIT',
            'DEMAND_OVERDUE',
            'DEMAND_RETURN',
            'DEMAND_DELIVERED',
            'EVALUATION_REMINDER',
          ],
        },
        { kinds: ['DEMAND_ACCEPT'], roles: ['PROVINCE'] },
      ];
    case 'dispatch':
      return [{ kinds: ['DEMAND_ACCEPT', 'DEMAND_OVERDUE'], roles: ['PROVINCE'] }];
    case 'submit':
      return [{ kinds: ['DEMAND_RETURN'], roles: ['UNIT', 'LOCAL'] }];
    case 'evaluate':
      return [{ kinds: ['DEMAND_DELIVERED', 'EVALUATION_REMINDER'], roles: ['UNIT'] }];
    case 'undispatch':
    case 'startService':
    case 'complete':
      return [];
  }
}

/** What an expert's answer to an invitation settles: the invitation, and the reminders of it to them and the dispatchers. */
export const SETTLED_BY_INVITATION_ANSWER: SettledNotices = {
  kinds: ['TEAM_INVITATION', 'INVITATION_OVERDUE'],
};

/** What filling a declined or withdrawn place with another expert settles for the dispatchers. */
export const SETTLED_BY_REPLACEMENT: SettledNotices = {
  kinds: ['TEAM_INVITATION_DECLINED', 'INVITATION_OVERDUE'],
  roles: ['PROVINCE', 'ADMIN'],
};

/** What withdrawing a place settles: every notice about it that asked someone to act. */
export const SETTLED_BY_WITHDRAWAL: SettledNotices = {
  kinds: ['TEAM_INVITATION', 'INVITATION_OVERDUE', 'TEAM_INVITATION_DECLINED'],
};
