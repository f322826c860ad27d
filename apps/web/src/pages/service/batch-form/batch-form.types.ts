// The batch form's values and their conversion from a logged batch and to the server's input.
import { TEXT_OUTCOME_ITEMS, daysInPeriod } from '@app/domain';
import dayjs from 'dayjs';
import type { DateRangeValue } from '../../../components/date-range-field';
import type {
  ActivityType,
  BatchItemFragment,
  OutcomeItem,
  ServiceBatchInput,
} from '../../../graphql/operations';

export interface ActivityRow {
  type?: ActivityType;
  count?: number | null;
  participants?: number | null;
  note?: string;
}

export interface OutcomeRow {
  item?: OutcomeItem;
  value?: number | null;
  text?: string;
}

export interface BatchFormValues {
  demandId?: string;
  period?: DateRangeValue;
  days?: number | null;
  regionCode?: string;
  unitsServed?: number | null;
  unitNames?: string[];
  expertIds?: string[];
  remote?: boolean;
  activities?: ActivityRow[];
  outcomes?: OutcomeRow[];
  problems?: string[];
  note?: string;
  reason?: string;
}

export interface PhotoResponse {
  id: string;
  url: string;
}

export const isTextOutcome = (item: OutcomeItem | undefined) => !!item && TEXT_OUTCOME_ITEMS.includes(item);

export function calendarDays(period: BatchFormValues['period']): number | null {
  const [start, end] = period ?? [];
  return start && end ? daysInPeriod(start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')) : null;
}

export function valuesOf(batch: BatchItemFragment): BatchFormValues {
  return {
    demandId: batch.demandId,
    period: [dayjs(batch.startDate), dayjs(batch.endDate)],
    days: batch.days,
    regionCode: batch.regionCode,
    unitsServed: batch.unitsServed ?? null,
    unitNames: batch.unitNames,
    expertIds: batch.experts.map((e) => e.id),
    remote: batch.remote,
    activities: batch.activities.map((a) => ({
      type: a.type,
      count: a.count,
      participants: a.participants ?? null,
      note: a.note ?? '',
    })),
    outcomes: batch.outcomes.map((o) => ({ item: o.item, value: o.value ?? null, text: o.text ?? '' })),
    problems: [batch.problemsSolved[0] ?? '', batch.problemsSolved[1] ?? ''],
    note: batch.note ?? '',
  };
}

export function inputOf(teamId: string, values: BatchFormValues, photoIds: string[]): ServiceBatchInput {
  const [start, end] = values.period ?? [];
  return {
    teamId,
    demandId: values.demandId ?? '',
    startDate: start ? start.format('YYYY-MM-DD') : '',
    endDate: end ? end.format('YYYY-MM-DD') : '',
    days: values.days ?? 0,
    regionCode: values.regionCode ?? '',
    unitsServed: values.unitsServed ?? null,
    unitNames: (values.unitNames ?? []).map((n) => n.trim()).filter(Boolean),
    expertIds: values.expertIds ?? [],
    remote: values.remote ?? false,
    activities: (values.activities ?? []).map((a) => ({
      type: a.type!,
      count: a.count ?? 0,
      participants: a.participants ?? null,
      note: a.note?.trim() || null,
    })),
    outcomes: (values.outcomes ?? []).map((o) =>
      isTextOutcome(o.item)
        ? { item: o.item!, text: o.text?.trim() || null }
        : { item: o.item!, value: o.value ?? null },
    ),
    problemsSolved: (values.problems ?? []).map((p) => (p ?? '').trim()).filter(Boolean),
    note: values.note?.trim() || null,
    photoIds,
  };
}
