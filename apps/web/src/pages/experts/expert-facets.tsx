// The facets of an expert search as filters: checkboxes with counts, and a region list that drills down.
import { Breadcrumb, Button, Checkbox, Flex, Switch, Typography } from 'antd';
import type { ExpertFacets } from '../../graphql/operations';
import { facetCountText } from './expert-count';

export interface FacetSelection {
  fields: string[];
  titleLevels: string[];
  honours: string[];
  sources: string[];
  /** The regions drilled into, outermost first; the last one filters. */
  regions: { code: string; label: string }[];
  includeInactive: boolean;
}

export const EMPTY_SELECTION: FacetSelection = {
  fields: [],
  titleLevels: [],
  honours: [],
  sources: [],
  regions: [],
  includeInactive: false,
};

type ListKey = 'fields' | 'titleLevels' | 'honours' | 'sources';

const GROUPS: { key: ListKey; title: string }[] = [
  { key: 'titleLevels', title: '职称级别' },
  { key: 'fields', title: '服务领域' },
  { key: 'honours', title: '人才称号' },
  { key: 'sources', title: '专家来源' },
];

export function ExpertFacetPanel({
  facets,
  selection,
  onChange,
  labelOf,
  canSeeInactive,
  approximate = false,
}: {
  facets: ExpertFacets | undefined;
  /** The counts cover the best-ranked matches only (a search with words finding more than 10,000). */
  approximate?: boolean;
  selection: FacetSelection;
  onChange: (next: FacetSelection) => void;
  labelOf: (key: ListKey, value: string) => string;
  canSeeInactive: boolean;
}) {
  const active =
    selection.fields.length +
      selection.titleLevels.length +
      selection.honours.length +
      selection.sources.length +
      selection.regions.length >
      0 || selection.includeInactive;
  return (
    <Flex vertical gap={16} className="facet-panel" role="group" aria-label="筛选条件">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>筛选</Typography.Text>
        <Button size="small" type="link" disabled={!active} onClick={() => onChange(EMPTY_SELECTION)}>
          清除全部
        </Button>
      </Flex>

      <section className="facet-group" aria-labelledby="facet-regions">
        <Typography.Text strong id="facet-regions" className="facet-group__title">
          所在地区
        </Typography.Text>
        {selection.regions.length > 0 && (
          <Breadcrumb
            className="facet-group__crumbs"
            items={[
              {
                title: (
                  <a
                    href="#all"
                    onClick={(e) => (e.preventDefault(), onChange({ ...selection, regions: [] }))}
                  >
                    全部地区
                  </a>
                ),
              },
              ...selection.regions.map((r, i) => ({
                title:
                  i === selection.regions.length - 1 ? (
                    <span aria-current="true">{r.label}</span>
                  ) : (
                    <a
                      href={`#${r.code}`}
                      onClick={(e) => (
                        e.preventDefault(),
                        onChange({ ...selection, regions: selection.regions.slice(0, i + 1) })
                      )}
                    >
                      {r.label}
                    </a>
                  ),
              })),
            ]}
          />
        )}
        <ul className="facet-list">
          {(facets?.regions ?? []).map((f) => (
            <li key={f.value}>
              <button
                type="button"
                className="facet-link"
                disabled={selection.regions[selection.regions.length - 1]?.code === f.value}
                onClick={() =>
                  onChange({
                    ...selection,
                    regions: [...selection.regions, { code: f.value, label: f.label }],
                  })
                }
              >
                <span>{f.label}</span>
                <span className="facet-count">{facetCountText(f.count, approximate)}</span>
              </button>
            </li>
          ))}
          {facets && facets.regions.length === 0 && <li className="facet-empty">无</li>}
        </ul>
      </section>

      {GROUPS.map(({ key, title }) => {
        const entries = facets?.[key] ?? [];
        const selected = selection[key];
        // Selected values stay visible (with 0) even when the current results have none of them.
        const missing = selected.filter((v) => !entries.some((f) => f.value === v));
        const options = [
          ...entries,
          ...missing.map((value) => ({ value, label: labelOf(key, value), count: 0 })),
        ];
        return (
          <section key={key} className="facet-group" aria-labelledby={`facet-${key}`}>
            <Typography.Text strong id={`facet-${key}`} className="facet-group__title">
              {title}
            </Typography.Text>
            {options.length === 0 ? (
              <div className="facet-empty">无</div>
            ) : (
              <Checkbox.Group
                className="facet-checks"
                value={selected}
                aria-labelledby={`facet-${key}`}
                onChange={(values) => onChange({ ...selection, [key]: values as string[] })}
                options={options.map((f) => ({
                  value: f.value,
                  label: (
                    <span className="facet-option">
                      <span>{f.label}</span>
                      <span className="facet-count">{facetCountText(f.count, approximate)}</span>
                    </span>
                  ),
                  title: `${f.label}（${facetCountText(f.count, approximate)} 位）`,
                }))}
              />
            )}
          </section>
        );
      })}

      {canSeeInactive && (
        <label className="facet-switch">
          <Switch
            size="small"
            checked={selection.includeInactive}
            onChange={(checked) => onChange({ ...selection, includeInactive: checked })}
          />
          <span>包含已停用的专家</span>
        </label>
      )}
    </Flex>
  );
}
