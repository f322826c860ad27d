// A figure of the survey, or the 未填报 tag when nobody logged it (never a silent 0).
import { Tag } from 'antd';
import type { ReactNode } from 'react';

export const NOT_REPORTED = '未填报';

/** A figure, or the 未填报 tag when nobody logged it. */
export function Figure({
  value,
  unit,
  testId,
}: {
  value: ReactNode | null | undefined;
  unit?: string;
  testId?: string;
}) {
  if (value === null || value === undefined || value === '')
    return (
      <Tag color="warning" className="not-reported" data-testid={testId}>
        {NOT_REPORTED}
      </Tag>
    );
  return (
    <span data-testid={testId}>
      {value}
      {unit ? ` ${unit}` : ''}
    </span>
  );
}
