// The notices of 揭榜: an expert offers to serve a demand.
import type { Notice, NoticeDemand } from '../notifications/notice.js';
import { reasonClause } from '../notifications/notice.js';

/** To the dispatchers and the bureau: an expert volunteered, with who they are and what they wrote. */
export function volunteerAppliedNotice(
  d: NoticeDemand,
  expert: { name: string; title?: string | null; employer?: string | null },
  message: string | null | undefined,
): Notice {
  const who = [expert.title, expert.employer].filter(Boolean).join('，');
  return {
    kind: 'DEMAND_VOLUNTEER',
    title: `专家揭榜：${d.title}`,
    body: `专家 ${expert.name}${who ? `（${who}）` : ''}报名服务需求 ${d.code}，请在派单时考虑。${reasonClause(message, '留言')}`,
  };
}
