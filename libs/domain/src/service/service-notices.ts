// The notices of service execution and evaluation.
import type { Notice, NoticeDemand } from '../notifications/notice.js';

/** To the unit: a visit was logged. */
export function batchLoggedNotice(
  d: NoticeDemand,
  teamName: string,
  batch: { startDate: string; endDate: string; days: number },
): Notice {
  const when = batch.startDate === batch.endDate ? batch.startDate : `${batch.startDate} 至 ${batch.endDate}`;
  return {
    kind: 'BATCH_LOGGED',
    title: `服务团已登记服务：${d.title}`,
    body: `服务团“${teamName}”于 ${when} 为需求 ${d.code} 服务 ${batch.days} 天。`,
  };
}

/** To the unit: the service is complete, please rate it. */
export function serviceDeliveredNotice(d: NoticeDemand): Notice {
  return {
    kind: 'DEMAND_DELIVERED',
    title: `服务已完成，请评价：${d.title}`,
    body: `需求 ${d.code} 的专家服务已完成，请对本次服务进行评价（基层反向评价）。`,
  };
}

/** To the team's lead: the unit rated the service. */
export function serviceEvaluatedNotice(d: NoticeDemand): Notice {
  return {
    kind: 'SERVICE_EVALUATED',
    title: `服务已获评价：${d.title}`,
    body: `需求 ${d.code} 的基层单位已评价本次服务。`,
  };
}

/** To the unit: a week after delivery, still not rated. */
export function evaluationReminderNotice(d: NoticeDemand, afterDays: number): Notice {
  return {
    kind: 'EVALUATION_REMINDER',
    title: `请评价专家服务：${d.title}`,
    body: `需求 ${d.code} 的服务已完成 ${afterDays} 天，请尽快评价，评价结果将用于专家服务质量跟踪。`,
  };
}

/** To the unit: the +30 / +180 day follow-up is open. */
export function followUpReminderNotice(d: NoticeDemand, afterDays: number): Notice {
  return {
    kind: 'EVALUATION_REMINDER',
    title: `服务回访：${d.title}`,
    body: `需求 ${d.code} 的服务完成已满 ${afterDays} 天，请告诉我们问题是否已经解决、效果是否持续。`,
  };
}
