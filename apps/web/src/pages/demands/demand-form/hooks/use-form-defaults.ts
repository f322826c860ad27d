// Fills what the clerk has not typed yet from the server's defaults: the contact the unit gave last time (or the
// account's own name) and a period that leaves the bureau and the dispatcher their time. Never overwrites.
import { useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { DemandFormDefaultsDocument } from '../../../../graphql/operations';
import type { DemandFormValues } from '../demand-form-values';

export function useFormDefaults(
  form: FormInstance<DemandFormValues>,
  options: { skip: boolean; organizationId?: string },
) {
  const { data } = useQuery(DemandFormDefaultsDocument, {
    variables: { organizationId: options.organizationId ?? null },
    skip: options.skip,
    fetchPolicy: 'network-only',
  });
  const defaults = data?.demandFormDefaults;
  useEffect(() => {
    if (!defaults) return;
    const empty = (name: keyof DemandFormValues) => {
      const v = form.getFieldValue(name) as unknown;
      return (v === undefined || v === null || v === '') && !form.isFieldTouched(name);
    };
    const next: DemandFormValues = {};
    if (defaults.contactName && empty('contactName')) next.contactName = defaults.contactName;
    if (defaults.contactPhone && empty('contactPhone')) next.contactPhone = defaults.contactPhone;
    if (empty('startDate') && empty('endDate')) {
      next.startDate = dayjs(defaults.startDate);
      next.endDate = dayjs(defaults.endDate);
    }
    if (Object.keys(next).length) form.setFieldsValue(next);
  }, [defaults, form]);
}
