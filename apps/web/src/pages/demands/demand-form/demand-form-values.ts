// The demand form's values, how a stored demand fills them, what they send, and where the server's field errors
// land. Dates are two pickers (start, end): nothing is reordered or dropped behind the clerk's back.
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ServerFieldMap } from '../../../lib/server-field-errors';
import type { DemandDetail, DemandInput, Field, ServiceForm, TitleLevel } from '../../../graphql/operations';

export interface DemandFormValues {
  organizationId?: string;
  title?: string;
  description?: string;
  fields?: Field[];
  serviceForms?: ServiceForm[];
  regionCode?: string;
  expertsWanted?: number | null;
  minTitleLevel?: TitleLevel | null;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  expectedDays?: number | null;
  openToVolunteers?: boolean;
  contactName?: string;
  contactPhone?: string;
}

export type Intent = 'draft' | 'submit';
export type FormMode = { kind: 'new' } | { kind: 'on-behalf' } | { kind: 'edit'; demand: DemandDetail };

export const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** Server field names that are not the form's own (the rest land on the item of the same name). */
export const SERVER_FIELDS: ServerFieldMap<DemandFormValues> = {};

/** Days of the period, both ends included (null until both are chosen). */
export function daysIn(start: Dayjs | null | undefined, end: Dayjs | null | undefined): number | null {
  return start && end ? end.startOf('day').diff(start.startOf('day'), 'day') + 1 : null;
}

export function valuesOf(demand: DemandDetail): DemandFormValues {
  return {
    organizationId: demand.organizationId,
    title: demand.title,
    description: demand.description,
    fields: demand.fields,
    serviceForms: demand.serviceForms,
    regionCode: demand.regionCode,
    expertsWanted: demand.expertsWanted,
    minTitleLevel: demand.minTitleLevel ?? null,
    startDate: demand.startDate ? dayjs(demand.startDate) : null,
    endDate: demand.endDate ? dayjs(demand.endDate) : null,
    expectedDays: demand.expectedDays ?? null,
    openToVolunteers: demand.openToVolunteers,
    contactName: demand.contactName ?? '',
    contactPhone: demand.contactPhone ?? '',
  };
}

export function inputOf(values: DemandFormValues, onBehalf: boolean): DemandInput {
  return {
    title: (values.title ?? '').trim(),
    description: values.description ?? '',
    fields: values.fields ?? [],
    serviceForms: values.serviceForms ?? [],
    regionCode: values.regionCode || null,
    expertsWanted: values.expertsWanted ?? 1,
    minTitleLevel: values.minTitleLevel ?? null,
    startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
    endDate: values.endDate ? values.endDate.format('YYYY-MM-DD') : null,
    expectedDays: values.expectedDays ?? null,
    openToVolunteers: values.openToVolunteers ?? false,
    contactName: values.contactName?.trim() || null,
    contactPhone: values.contactPhone?.replace(/\s/g, '') || null,
    ...(onBehalf ? { organizationId: values.organizationId } : {}),
  };
}

/** A date before today, refused with the same words as the server. */
export function pastDateProblem(
  label: '开始日期' | '结束日期',
  date: Dayjs | null | undefined,
  today = dayjs(),
): string | null {
  if (!date || !date.isBefore(today, 'day')) return null;
  return `${label}（${date.format('YYYY-MM-DD')}）已经过去，请选择今天（${today.format('YYYY-MM-DD')}）或以后的日期`;
}
