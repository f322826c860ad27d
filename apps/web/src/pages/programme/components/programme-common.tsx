// What the programme pages share: a status tag, money in 万元, and the call picker that remembers the call in the URL.
import { useQuery } from '@apollo/client/react';
import { Select, Tag } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ApplicationStatus } from '@app/domain';
import { ProgrammeCallsDocument, type ProgrammeCallItemFragment } from '../../../graphql/operations';

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  WITHDRAWN: 'default',
  NOT_RECOMMENDED: 'error',
  RECOMMENDED: 'blue',
  SELECTED: 'success',
  NOMINATED: 'purple',
  CONFIRMED: 'success',
  NOT_SELECTED: 'error',
};

export function ApplicationStatusTag({ status, label }: { status: ApplicationStatus; label: string }) {
  return <Tag color={STATUS_COLORS[status]}>{label}</Tag>;
}

/** Integer 元 as 万元 (up to two decimals). */
export function wan(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return '—';
  return `${Number((yuan / 10_000).toFixed(2))} 万元`;
}

/** The calls the account may see and the one chosen (?call=…, else the newest). */
export function useChosenCall(): {
  calls: ProgrammeCallItemFragment[];
  call: ProgrammeCallItemFragment | null;
  loading: boolean;
  error: unknown;
  choose: (id: string) => void;
} {
  const { data, loading, error } = useQuery(ProgrammeCallsDocument);
  const [params, setParams] = useSearchParams();
  const calls = data?.programmeCalls ?? [];
  const wanted = params.get('call');
  const call = calls.find((c) => c.id === wanted) ?? calls[0] ?? null;
  useEffect(() => {
    if (call && wanted !== call.id)
      setParams((p) => ({ ...Object.fromEntries(p), call: call.id }), { replace: true });
  }, [call, wanted, setParams]);
  return { calls, call, loading, error, choose: (id) => setParams({ call: id }) };
}

export function CallPicker({
  calls,
  value,
  onChange,
}: {
  calls: ProgrammeCallItemFragment[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  return (
    <Select
      aria-label="申报年度"
      style={{ minWidth: 260 }}
      value={value}
      onChange={onChange}
      options={calls.map((c) => ({ value: c.id, label: `${c.year} 年 · ${c.statusLabel}` }))}
    />
  );
}
