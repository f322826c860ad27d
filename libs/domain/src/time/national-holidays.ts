// The State Council's published holiday schedules (国务院办公厅关于部分节假日安排的通知), as pre-filled in the
// calendar table on first migration and shown to ADMIN as the "published schedule" a year can be reset to.
// Only years whose notice is published and checked are listed; later years are entered by ADMIN on the page.
import type { CalendarDay } from './working-days.js';

function range(first: string, last: string, name: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (
    let d = new Date(first + 'T00:00:00Z');
    d.toISOString().slice(0, 10) <= last;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    out.push({ date: d.toISOString().slice(0, 10), kind: 'HOLIDAY', name });
  }
  return out;
}
const work = (date: string, name: string): CalendarDay => ({ date, kind: 'WORKDAY', name: `${name}调休` });

export const NATIONAL_SCHEDULES: Readonly<Record<number, readonly CalendarDay[]>> = {
  2025: [
    ...range('2025-01-01', '2025-01-01', '元旦'),
    ...range('2025-01-28', '2025-02-04', '春节'),
    work('2025-01-26', '春节'),
    work('2025-02-08', '春节'),
    ...range('2025-04-04', '2025-04-06', '清明节'),
    ...range('2025-05-01', '2025-05-05', '劳动节'),
    work('2025-04-27', '劳动节'),
    ...range('2025-05-31', '2025-06-02', '端午节'),
    ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    work('2025-09-28', '国庆节'),
    work('2025-10-11', '国庆节'),
  ],
  2026: [
    ...range('2026-01-01', '2026-01-03', '元旦'),
    work('2026-01-04', '元旦'),
    ...range('2026-02-15', '2026-02-23', '春节'),
    work('2026-02-14', '春节'),
    work('2026-02-28', '春节'),
    ...range('2026-04-04', '2026-04-06', '清明节'),
    ...range('2026-05-01', '2026-05-05', '劳动节'),
    work('2026-05-09', '劳动节'),
    ...range('2026-06-19', '2026-06-21', '端午节'),
    ...range('2026-09-25', '2026-09-27', '中秋节'),
    ...range('2026-10-01', '2026-10-07', '国庆节'),
    work('2026-09-20', '国庆节'),
    work('2026-10-10', '国庆节'),
  ],
};
