// Dates and deadlines as a clerk reads them.
import dayjs from 'dayjs';

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日 HH:mm') : '';
}

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日') : '';
}

/** "2027年3月1日 至 2027年3月20日", or what is known of it. */
export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return `${formatDate(start)} 至 ${formatDate(end)}`;
  if (start) return `${formatDate(start)} 起`;
  if (end) return `至 ${formatDate(end)}`;
  return '';
}

export interface TimeLeft {
  text: string;
  overdue: boolean;
  /** Less than a day left. */
  urgent: boolean;
}

/** Time left at the current step, e.g. 剩 3 天 / 剩 5 小时 / 已超时 2 天. */
export function timeLeft(dueAt: string | null | undefined, overdue = false, now = dayjs()): TimeLeft | null {
  if (!dueAt) return overdue ? { text: '已超时', overdue: true, urgent: true } : null;
  const due = dayjs(dueAt);
  const ms = due.diff(now);
  if (ms <= 0 || overdue) {
    const late = Math.max(0, now.diff(due));
    const days = Math.floor(late / 86_400_000);
    const hours = Math.floor(late / 3_600_000);
    return {
      text: days >= 1 ? `已超时 ${days} 天` : hours >= 1 ? `已超时 ${hours} 小时` : '已超时',
      overdue: true,
      urgent: true,
    };
  }
  const days = Math.floor(ms / 86_400_000);
  if (days >= 1) return { text: `剩 ${days} 天`, overdue: false, urgent: false };
  const hours = Math.max(1, Math.floor(ms / 3_600_000));
  return { text: `剩 ${hours} 小时`, overdue: false, urgent: true };
}
