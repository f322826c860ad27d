// A list of demands with status tabs (counts from `countsByStatus`), a text search and 加载更多.
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Input, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import { DemandsDocument, type DemandListItem, type DemandStatus } from '../graphql/operations';
import { useCatalog } from '../lib/catalog';
import { DemandCard } from './demand-card';
import { EmptyBlock, ErrorBlock, SkeletonBlock } from './query-state';

export type StatusTab = DemandStatus | 'ALL';

/** Overdue first, then the nearest deadline (the longest waiting), then the oldest submission. */
export function inboxOrder(a: DemandListItem, b: DemandListItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (d: DemandListItem) => (d.dueAt ? Date.parse(d.dueAt) : Number.POSITIVE_INFINITY);
  if (due(a) !== due(b)) return due(a) - due(b);
  const sent = (d: DemandListItem) => Date.parse(d.submittedAt ?? d.createdAt);
  return sent(a) - sent(b);
}

export function DemandBoard({
  tabs,
  defaultTab,
  showAllTabsWithCount = false,
  pageSize = 20,
  sort,
  showUnit = false,
  actions,
  empty,
  tabLabels = {},
}: {
  /** Tabs always shown, in this order; 'ALL' is 全部. */
  tabs: StatusTab[];
  defaultTab: StatusTab;
  /** Also show a tab for every other status that has demands. */
  showAllTabsWithCount?: boolean;
  pageSize?: number;
  sort?: (a: DemandListItem, b: DemandListItem) => number;
  showUnit?: boolean;
  actions?: (demand: DemandListItem) => ReactNode;
  empty: (tab: StatusTab, searching: boolean) => ReactNode;
  tabLabels?: Partial<Record<StatusTab, string>>;
}) {
  const catalog = useCatalog();
  const [tab, setTab] = useState<StatusTab>(defaultTab);
  const [query, setQuery] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const filter = { statuses: tab === 'ALL' ? null : [tab], query: query.trim() || null };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(DemandsDocument, {
    variables: { filter, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.demands;
  const counts = new Map((page?.countsByStatus ?? []).map((c) => [c.status as StatusTab, c.count]));
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const extra = showAllTabsWithCount
    ? catalog
        .options('demandStatuses')
        .map((o) => o.value as DemandStatus)
        .filter((s) => !tabs.includes(s) && (counts.get(s) ?? 0) > 0)
    : [];
  // Extra tabs go after the given statuses, and before 全部 when it comes last.
  const allTabs: StatusTab[] =
    tabs[tabs.length - 1] === 'ALL' ? [...tabs.slice(0, -1), ...extra, 'ALL'] : [...tabs, ...extra];
  const nodes = data ? [...data.demands.nodes] : [];
  if (sort) nodes.sort(sort);

  const loadMore = async () => {
    if (!data?.demands.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: data.demands.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          demands: {
            ...fetchMoreResult.demands,
            nodes: [...(prev?.demands?.nodes ?? []), ...fetchMoreResult.demands.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="demand-board">
      <Flex gap={12} wrap align="center" justify="space-between" className="list-toolbar">
        <Tabs
          className="demand-board__tabs"
          activeKey={tab}
          onChange={(key) => setTab(key as StatusTab)}
          items={allTabs.map((t) => ({
            key: t,
            // No count until the first answer: a 0 while loading would say "nothing here".
            label: `${t === 'ALL' ? '全部' : (tabLabels[t] ?? catalog.label('demandStatuses', t))}${page ? ` ${t === 'ALL' ? total : (counts.get(t) ?? 0)}` : ''}`,
          }))}
        />
        <Input.Search
          className="demand-board__search"
          allowClear
          placeholder="按标题、描述或编号查找"
          aria-label="查找需求"
          onSearch={(value) => setQuery(value)}
        />
      </Flex>
      {error && !data ? (
        <ErrorBlock error={error} title="需求列表加载失败" onRetry={() => void refetch()} />
      ) : !data && loading ? (
        <SkeletonBlock label="正在加载需求…" />
      ) : nodes.length === 0 ? (
        <EmptyBlock description={empty(tab, !!query.trim())} />
      ) : (
        <Flex vertical gap={12} role="list" aria-label="需求列表" aria-busy={loading}>
          {nodes.map((demand) => (
            <div role="listitem" key={demand.id}>
              <DemandCard demand={demand} showUnit={showUnit} actions={actions?.(demand)} />
            </div>
          ))}
          {data?.demands.pageInfo.hasNextPage && (
            <Button block loading={loadingMore} onClick={() => void loadMore()}>
              加载更多（已显示 {nodes.length} / {data.demands.totalCount} 条）
            </Button>
          )}
        </Flex>
      )}
    </div>
  );
}
