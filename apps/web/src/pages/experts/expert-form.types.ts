// The expert form's values: from a record, the checks the server makes (run here first), and the server's input.
import { expertProblems } from '@app/domain';
import type {
  ExpertDetail,
  ExpertInput,
  ExpertSource,
  Field,
  Gender,
  Honour,
  TitleLevel,
} from '../../graphql/operations';

export interface ExpertFormValues {
  name: string;
  gender?: Gender | null;
  employer: string;
  title: string;
  titleLevel?: TitleLevel;
  fields: Field[];
  specialties?: string;
  honours: Honour[];
  regionCode?: string;
  source: ExpertSource;
  retired: boolean;
  phone?: string;
  email?: string;
  annualCapDays: number;
}

export const EMPTY: ExpertFormValues = {
  name: '',
  gender: null,
  employer: '',
  title: '',
  fields: [],
  specialties: '',
  honours: [],
  source: 'LOCAL',
  retired: false,
  phone: '',
  email: '',
  annualCapDays: 60,
};

export function valuesOf(e: ExpertDetail): ExpertFormValues {
  return {
    name: e.name,
    gender: e.gender ?? null,
    employer: e.employer,
    title: e.title,
    titleLevel: e.titleLevel,
    fields: e.fields,
    specialties: e.specialties,
    honours: e.honours,
    regionCode: e.regionCode,
    source: e.source,
    retired: e.retired,
    phone: e.contactMasked ? '' : (e.phone ?? ''),
    email: e.contactMasked ? '' : (e.email ?? ''),
    annualCapDays: e.annualCapDays,
  };
}

/** The same checks the server makes, run here first so a person sees them at once. */
export function clientProblems(values: ExpertFormValues): Record<string, string> {
  const problems = expertProblems({
    name: values.name ?? '',
    gender: values.gender ?? null,
    employer: values.employer ?? '',
    title: values.title ?? '',
    titleLevel: values.titleLevel as TitleLevel,
    fields: values.fields ?? [],
    specialties: values.specialties ?? '',
    honours: values.honours ?? [],
    region: values.regionCode ?? '',
    source: values.source,
    retired: values.retired,
    phone: values.phone?.replace(/\s/g, '') || null,
    email: values.email?.trim() || null,
    annualCapDays: values.annualCapDays,
  });
  if (problems.region) problems.regionCode = problems.region;
  delete problems.region;
  return problems;
}

export function inputOf(id: string | null, values: ExpertFormValues): ExpertInput {
  return {
    id,
    name: values.name.trim(),
    gender: values.gender ?? null,
    employer: values.employer.trim(),
    title: values.title.trim(),
    titleLevel: values.titleLevel!,
    fields: values.fields,
    specialties: values.specialties ?? '',
    honours: values.honours,
    regionCode: values.regionCode!,
    source: values.source,
    retired: values.retired,
    annualCapDays: values.annualCapDays,
    phone: values.phone?.trim() || null,
    email: values.email?.trim() || null,
  };
}
