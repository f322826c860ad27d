// The notices of the demand lifecycle: who is told what when a demand moves on or waits too long.
import type { Notice, NoticeDemand } from '../notifications/notice.js';
import { plainReason, reasonClause } from '../notifications/notice.js';
import { STEP_TIME_LIMITS, type DemandAction } from './demand-lifecycle.js';

/** Who a transition's notice is for. */
export type DemandAudience = 'UNIT' | 'BUREAU' | 'DISPATCHERS';

/**
 * The notices a transition sends, by audience; none for actions nobody needs to hear of (complete, evaluate:
 * those use cases send their own). `note` is what the actor wrote (the reason of a return, a cancellation …).
 */
export function demandTransitionNotices(
  action: DemandAction,
  d: NoticeDemand,
  note?: string | null,
): Partial<Record<DemandAudience, Notice>> {
  const kind = `DEMAND_${action.toUpperCase()}`;
  const days = (status: 'SUBMITTED' | 'ACCEPTED') => STEP_TIME_LIMITS[status]!.workingDays;
  switch (action) {
    case 'submit':
      return {
        BUREAU: {
          kind,
          title: `新需求待受理：${d.title}`,
          body: `需求 ${d.code} 已提交，请在 ${days('SUBMITTED')} 个工作日内受理。`,
        },
      };
    case 'accept':
      return {
        UNIT: {
          kind,
          title: `需求已受理：${d.title}`,
          body: `属地人社局已受理需求 ${d.code}，等待省厅派单。`,
        },
        DISPATCHERS: {
          kind,
          title: `新需求待派单：${d.title}`,
          body: `需求 ${d.code} 已由属地受理，请在 ${days('ACCEPTED')} 个工作日内派单。`,
        },
      };
    case 'return':
      return {
        UNIT: {
          kind,
          title: `需求已退回修改：${d.title}`,
          body: `需求 ${d.code} 被退回，请按意见修改后重新提交。${reasonClause(note, '退回意见')}`,
        },
      };
    case 'reject':
      return {
        UNIT: {
          kind,
          title: `需求不予受理：${d.title}`,
          body: `需求 ${d.code} 经审核不予受理。${reasonClause(note)}`,
        },
      };
    case 'merge':
      return {
        UNIT: {
          kind,
          title: `需求已合并：${d.title}`,
          body: `需求 ${d.code} 与其他需求重复，已${plainReason(note) || '合并'}。后续进展请查看合并后的需求。`,
        },
      };
    case 'cancel':
      return {
        UNIT: { kind, title: `需求已取消：${d.title}`, body: `需求 ${d.code} 已取消。${reasonClause(note)}` },
      };
    case 'dispatch':
      return {
        UNIT: {
          kind,
          title: `需求已派单：${d.title}`,
          body: `省厅已为需求 ${d.code} 组建专家服务团，正在等待专家确认。`,
        },
      };
    case 'startService':
      return {
        UNIT: {
          kind,
          title: `专家服务团已确认：${d.title}`,
          body: `需求 ${d.code} 的专家均已确认，进入服务阶段。`,
        },
      };
    case 'undispatch':
    case 'complete':
    case 'evaluate':
      return {};
  }
}

/** A step waited past its time limit: the level above is asked to follow it up. */
export function demandOverdueNotice(d: NoticeDemand, waitsOn: string | null | undefined): Notice {
  return {
    kind: 'DEMAND_OVERDUE',
    title: `需求超时未处理：${d.title}`,
    body: `需求 ${d.code} 等待${waitsOn ?? '处理'}已超过时限，请尽快督办。`,
  };
}
