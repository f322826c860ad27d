// The notices of 省厅派单: invitations, answers, withdrawals and missed answer times.
import type { Notice } from '../notifications/notice.js';
import { reasonClause } from '../notifications/notice.js';
import type { AssignmentRole } from '../catalog/catalog.js';

export interface NoticeTeam {
  name: string;
  startDate: string;
  endDate: string;
}

const period = (t: NoticeTeam) => `${t.startDate} 至 ${t.endDate}`;

/** To the invited expert: the team, the role, the demands served and the answer's deadline. */
export function invitationNotice(
  team: NoticeTeam,
  role: AssignmentRole,
  demands: readonly { code: string; title: string }[],
  dueDate: string | null,
): Notice {
  const as = role === 'LEAD' ? '领衔专家' : '团队成员';
  const where = demands.map((d) => `${d.title}（${d.code}）`).join('；');
  return {
    kind: 'TEAM_INVITATION',
    title: `服务团邀请：${team.name}`,
    body:
      `省厅邀请您作为${as}参加服务团“${team.name}”，服务期 ${period(team)}，服务需求：${where}。` +
      (dueDate ? `请于 ${dueDate} 前确认或婉拒。` : '请尽快确认或婉拒。'),
  };
}

/** To the dispatcher: an expert declined; the best replacements, if any, are named. */
export function invitationDeclinedNotice(
  team: NoticeTeam,
  expertName: string,
  reason: string | null,
  candidates: readonly string[],
): Notice {
  const next = candidates.length
    ? `可替换的候选专家：${candidates.join('、')}。`
    : '暂无符合条件的候选专家，请调整条件后重新匹配。';
  return {
    kind: 'TEAM_INVITATION_DECLINED',
    title: `专家婉拒邀请：${team.name}`,
    body: `专家 ${expertName} 婉拒了服务团“${team.name}”（${period(team)}）的邀请。${reasonClause(reason) || '未说明原因。'}${next}`,
  };
}

/** To the dispatcher: everyone confirmed and the demands went into service. */
export function teamConfirmedNotice(team: NoticeTeam, confirmed: number, demandsStarted: number): Notice {
  return {
    kind: 'TEAM_CONFIRMED',
    title: `服务团已全部确认：${team.name}`,
    body: `服务团“${team.name}”的 ${confirmed} 位专家均已确认，${demandsStarted} 个需求进入服务阶段。`,
  };
}

/** To the expert whose invitation the dispatcher withdrew. */
export function invitationWithdrawnNotice(team: NoticeTeam, reason: string): Notice {
  return {
    kind: 'TEAM_INVITATION_WITHDRAWN',
    title: `服务团邀请已撤回：${team.name}`,
    body: `省厅撤回了您在服务团“${team.name}”（${period(team)}）中的邀请，该时段已为您释放。${reasonClause(reason)}`,
  };
}

/** To the expert who has not answered by the deadline. */
export function invitationOverdueNoticeToExpert(team: NoticeTeam, dueDate: string): Notice {
  return {
    kind: 'INVITATION_OVERDUE',
    title: `服务团邀请已逾期：${team.name}`,
    body: `您收到的服务团“${team.name}”邀请已超过答复期限（${dueDate}），请尽快确认或婉拒。`,
  };
}

/** To the dispatchers: who has not answered, and what they may do. */
export function invitationOverdueNoticeToDispatcher(
  team: NoticeTeam,
  expertName: string,
  dueDate: string,
): Notice {
  return {
    kind: 'INVITATION_OVERDUE',
    title: `专家逾期未答复：${team.name}`,
    body: `专家 ${expertName} 未在 ${dueDate} 前答复服务团“${team.name}”的邀请，可继续等待，或撤回邀请后替换其他专家。`,
  };
}
