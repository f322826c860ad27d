// A region picker over GB/T 2260, loaded level by level as the person opens it. `rootCode` limits the choice to
// that region and everything under it (a unit's own region); without it the choice starts at the provinces.
import { useApolloClient } from '@apollo/client/react';
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { RegionDocument, RegionsDocument, type RegionsQuery } from '../graphql/operations';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
  loading?: boolean;
}

type RegionRow = RegionsQuery['regions'][number];

const toOption = (r: Pick<RegionRow, 'code' | 'name' | 'hasChildren'>): RegionOption => ({
  value: r.code,
  label: r.name,
  isLeaf: !r.hasChildren,
});

function replaceIn(
  options: RegionOption[],
  code: string,
  update: (o: RegionOption) => RegionOption,
): RegionOption[] {
  return options.map((o) => {
    if (o.value === code) return update(o);
    if (o.children) return { ...o, children: replaceIn(o.children, code, update) };
    return o;
  });
}

export interface RegionCascaderProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  rootCode?: string | null;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'aria-label'?: string;
}

export function RegionCascader({
  id,
  value,
  onChange,
  rootCode,
  placeholder = '请选择地区',
  disabled,
  allowClear = false,
  ...rest
}: RegionCascaderProps) {
  const client = useApolloClient();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);

  const children = async (parentCode: string | null): Promise<RegionOption[]> => {
    const { data } = await client.query({ query: RegionsDocument, variables: { parentCode } });
    return (data?.regions ?? []).map(toOption);
  };

  // The first level: the root region itself, or every province.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        if (rootCode) {
          const { data } = await client.query({ query: RegionDocument, variables: { code: rootCode } });
          if (live && data) setOptions([toOption(data.region)]);
        } else {
          const provinces = await children(null);
          if (live) setOptions(provinces);
        }
      } catch {
        if (live) setOptions([]);
      }
    })();
    return () => {
      live = false;
    };
  }, [rootCode, client]);

  // The path from the first level down to the value, with each level's options loaded.
  useEffect(() => {
    if (!value) {
      setPath([]);
      return;
    }
    if (path[path.length - 1] === value) return;
    let live = true;
    void (async () => {
      const chain: string[] = [value];
      let code: string | null | undefined = value;
      for (let i = 0; i < 3 && code && code !== rootCode; i++) {
        const { data }: { data?: { region: { parentCode?: string | null } } } = await client
          .query({ query: RegionDocument, variables: { code } })
          .catch(() => ({ data: undefined }));
        code = data?.region.parentCode;
        if (!code || (rootCode && !code.startsWith(rootCode.replace(/0+$/, '')))) break;
        chain.unshift(code);
        if (code === rootCode) break;
      }
      // Load the children along the chain so the cascader can show every level.
      for (const code of chain.slice(0, -1)) {
        const kids = await children(code).catch(() => []);
        if (!live) return;
        setOptions((prev) => replaceIn(prev, code, (o) => ({ ...o, children: kids })));
      }
      if (live) setPath(chain);
    })();
    return () => {
      live = false;
    };
  }, [value, rootCode, client]);

  const loadData = async (selected: RegionOption[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    setOptions((prev) => replaceIn(prev, target.value, (o) => ({ ...o, loading: true })));
    const kids = await children(target.value).catch(() => []);
    setOptions((prev) =>
      replaceIn(prev, target.value, (o) => ({
        ...o,
        loading: false,
        children: kids,
        isLeaf: kids.length === 0,
      })),
    );
  };

  return (
    <Cascader<RegionOption>
      id={id}
      aria-label={rest['aria-label']}
      options={options}
      value={path.length ? path : undefined}
      loadData={loadData}
      changeOnSelect
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder}
      displayRender={(labels) => labels.join(' / ')}
      onChange={(next) => {
        const codes = (next ?? []) as string[];
        setPath(codes);
        onChange?.(codes[codes.length - 1]);
      }}
      style={{ width: '100%' }}
    />
  );
}
