// 省厅派单: what a sensible service team is (name, experts, period, budget within the notices' caps), the
// daterange an assignment books, when a team is ready to serve, and the messages people read when refused.
import {
  TEAM_LEVELS,
  type AssignmentRole,
  type AssignmentStatus,
  type TeamLevel,
} from '../catalog/catalog.js';
import { isUuid } from '../input/input-rules.js';
import { budgetProblem } from '../service/service-rules.js';
import { addDays, isIsoDate } from '../time/working-days.js';

export const TEAM_LIMITS = { name: 100, members: 30, demands: 20, reason: 500 } as const;

export interface TeamDraft {
  demandIds: string[];
  name: string;
  level: TeamLevel;
  leadExpertId: string;
  memberExpertIds: string[];
  startDate: string;
  endDate: string;
  budget: number | null;
}

/**
 * Problems with a team before anything is looked up: { field: message }. `today` is the China date; the period
 * may not start in the past.
 */
export function teamDraftProblems(t: TeamDraft, today: string): Record<string, string> {
  const p: Record<string, string> = {};
  const name = t.name.trim();
  if (!name) p.name = '请填写服务团名称';
  else if (name.length > TEAM_LIMITS.name) p.name = `服务团名称不能超过 ${TEAM_LIMITS.name} 个字`;
  if (!TEAM_LEVELS.includes(t.level)) p.level = '服务团层级无效';

  if (t.demandIds.length === 0) p.demandIds = '请至少选择一个需求';
  else if (t.demandIds.length > TEAM_LIMITS.demands)
    p.demandIds = `一个服务团最多同时服务 ${TEAM_LIMITS.demands} 个需求`;
  else if (t.demandIds.some((id) => !isUuid(id))) p.demandIds = '需求编号格式不正确';
  else if (new Set(t.demandIds).size !== t.demandIds.length) p.demandIds = '需求重复选择';

  if (!t.leadExpertId) p.leadExpertId = '请选择领衔专家';
  else if (!isUuid(t.leadExpertId)) p.leadExpertId = '领衔专家编号格式不正确';
  if (t.memberExpertIds.some((id) => !isUuid(id))) p.memberExpertIds = '团队成员编号格式不正确';
  else if (t.memberExpertIds.includes(t.leadExpertId)) p.memberExpertIds = '领衔专家不必再列为团队成员';
  else if (new Set(t.memberExpertIds).size !== t.memberExpertIds.length)
    p.memberExpertIds = '团队成员重复选择';
  else if (t.memberExpertIds.length > TEAM_LIMITS.members)
    p.memberExpertIds = `团队成员最多 ${TEAM_LIMITS.members} 人`;

  if (!isIsoDate(t.startDate)) p.startDate = '开始日期格式应为 YYYY-MM-DD';
  else if (t.startDate < today) p.startDate = `服务开始日期（${t.startDate}）不能早于今天（${today}）`;
  if (!isIsoDate(t.endDate)) p.endDate = '结束日期格式应为 YYYY-MM-DD';
  else if (!p.startDate && t.endDate < t.startDate) p.endDate = '结束日期不能早于开始日期';

  // The caps by level (国家级 20 万元, 省级/市级 10 万元) live with the funding rules.
  const budget = TEAM_LEVELS.includes(t.level) ? budgetProblem(t.level, t.budget) : null;
  if (budget) p.budget = budget;
  return p;
}

/** Do two inclusive date periods overlap? */
export function teamPeriodOverlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/** Why the team's period does not fit a demand's wanted period, or null when it does (or the demand names none). */
export function demandPeriodProblem(
  team: { startDate: string; endDate: string },
  demand: { code: string; startDate: string | null; endDate: string | null },
): string | null {
  const start = demand.startDate ?? '0000-01-01';
  const end = demand.endDate ?? '9999-12-31';
  if (!demand.startDate && !demand.endDate) return null;
  if (teamPeriodOverlaps(team.startDate, team.endDate, start, end)) return null;
  const wanted = `${demand.startDate ?? '不限'} 至 ${demand.endDate ?? '不限'}`;
  return `服务期 ${team.startDate} 至 ${team.endDate} 与需求 ${demand.code} 期望的服务时间（${wanted}）没有重叠，请调整服务期`;
}

/** The PostgreSQL daterange an assignment books: inclusive dates, half-open range, e.g. '[2027-03-01,2027-03-11)'. */
export function bookingRange(startDate: string, endDate: string): string {
  return `[${startDate},${addDays(endDate, 1)})`;
}

/** The inclusive dates of a daterange as PostgreSQL prints it ('[2027-03-01,2027-03-11)'). */
export function rangeDates(range: string): { startDate: string; endDate: string } | null {
  const m = /^([[(])(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})([\])])$/.exec(range.trim());
  if (!m) return null;
  const startDate = m[1] === '[' ? m[2]! : addDays(m[2]!, 1);
  const endDate = m[4] === ')' ? addDays(m[3]!, -1) : m[3]!;
  return { startDate, endDate };
}

/** The CONFLICT message when the database refuses a double booking. */
export function bookingConflictMessage(
  expertName: string,
  startDate: string,
  endDate: string,
  teamName: string | null,
): string {
  const by = teamName ? `服务团“${teamName}”` : '其他服务团';
  return `专家 ${expertName} 在 ${startDate} 至 ${endDate} 已被${by}邀请或确认，时间冲突`;
}

/**
 * A team is ready to serve when nobody is still to answer or has declined without being replaced, the lead has
 * confirmed, and at least one expert has. Withdrawn places are ones the dispatcher closed.
 */
export function teamReadyToServe(
  assignments: readonly { role: AssignmentRole; status: AssignmentStatus }[],
): boolean {
  if (!assignments.some((a) => a.status === 'CONFIRMED')) return false;
  if (assignments.some((a) => a.status === 'INVITED' || a.status === 'DECLINED')) return false;
  return assignments.some((a) => a.role === 'LEAD' && a.status === 'CONFIRMED');
}

/** Problems with an expert's answer to an invitation. */
export function invitationAnswerProblem(accept: boolean, reason: string | null | undefined): string | null {
  const r = (reason ?? '').trim();
  if (!accept && !r) return '婉拒邀请需要填写原因，便于省厅另行安排专家';
  if (r.length > TEAM_LIMITS.reason) return `原因不能超过 ${TEAM_LIMITS.reason} 个字`;
  return null;
}
