// Picks experts of the library by name or specialty (the expert search), showing title and employer.
import { useLazyQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { ExpertsDocument } from '../../../graphql/operations';

export function ExpertPicker({
  value,
  onChange,
  mode,
  known = {},
  placeholder = '输入姓名或专长检索专家库',
  id,
  style,
}: {
  value?: string | string[] | null;
  onChange?: (v: string | string[] | null) => void;
  mode?: 'multiple';
  /** Experts offered without a search, with their labels (e.g. the lead's name, a base's roster). */
  known?: Record<string, string>;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
}) {
  const [search, { data, loading }] = useLazyQuery(ExpertsDocument);
  const [seen, setSeen] = useState<Record<string, string>>({});
  const hits = useMemo(() => data?.experts.hits.map((h) => h.expert) ?? [], [data]);
  const labels = { ...known, ...seen };
  const chosen = (Array.isArray(value) ? value : value ? [value] : []).filter(
    (v) => !hits.some((h) => h.id === v),
  );
  // The known experts (e.g. a base's roster) are offered before anything is typed (a unit may only look up by name).
  const offered = [...new Set([...chosen, ...Object.keys(known)])].filter(
    (v) => !hits.some((h) => h.id === v),
  );
  const options = [
    ...offered.map((v) => ({ value: v, label: labels[v] ?? v })),
    ...hits.map((e) => ({ value: e.id, label: `${e.name}（${e.title}，${e.employer}）` })),
  ];
  return (
    <Select
      id={id}
      style={style}
      mode={mode}
      showSearch
      allowClear
      filterOption={false}
      loading={loading}
      placeholder={placeholder}
      value={value ?? undefined}
      options={options}
      onSearch={(q) => {
        if (q.trim()) void search({ variables: { query: q.trim(), first: 10 } });
      }}
      onChange={(v: string | string[] | undefined) => {
        const add: Record<string, string> = {};
        for (const o of options) add[o.value] = o.label;
        setSeen((s) => ({ ...s, ...add }));
        onChange?.(v ?? (mode ? [] : null));
      }}
    />
  );
}
