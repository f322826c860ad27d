// 服务批次 of a team, in date order: each current version as logged, with 更正 for whoever may log batches and the
// earlier versions of a corrected batch in a drawer.
import { HistoryOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Drawer, Flex, Grid, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { BatchCard } from '../../components/batch-card';
import { EmptyBlock, ErrorBlock, SkeletonBlock } from '../../components/query-state';
import {
  ServiceBatchesDocument,
  ServiceBatchVersionsDocument,
  type BatchItemFragment,
  type TeamDetailFragment,
} from '../../graphql/operations';
import { formatDateTime } from '../../lib/format';

export function TeamBatchesTab({
  team,
}: {
  team: Pick<TeamDetailFragment, 'id' | 'canLogBatches' | 'demands'>;
}) {
  const navigate = useNavigate();
  const [history, setHistory] = useState<BatchItemFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(ServiceBatchesDocument, {
    variables: { teamId: team.id },
    fetchPolicy: 'cache-and-network',
  });
  const batches = data?.serviceBatches ?? [];
  const demandTitle = new Map(team.demands.map((d) => [d.id, d.title]));
  const demandStatus = new Map(team.demands.map((d) => [d.id, d.status]));
  const correctable = (b: BatchItemFragment) =>
    team.canLogBatches && ['IN_SERVICE', 'DELIVERED'].includes(demandStatus.get(b.demandId) ?? '');
  const canLogNow = team.canLogBatches && team.demands.some((d) => d.status === 'IN_SERVICE');
  const totalDays = batches.reduce((s, b) => s + b.days, 0);

  if (loading && !data) return <SkeletonBlock label="正在加载服务批次…" />;
  if (error && !data) return <ErrorBlock error={error} onRetry={() => void refetch()} />;
  if (batches.length === 0) {
    return (
      <EmptyBlock description="还没有登记服务批次">
        {canLogNow && (
          <Button type="primary" onClick={() => navigate(`/teams/${team.id}/batches/new`)}>
            登记第一个服务批次
          </Button>
        )}
      </EmptyBlock>
    );
  }
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary" data-testid="batch-summary">
        共 {batches.length} 个批次，累计服务 {totalDays} 天
      </Typography.Text>
      <Timeline
        items={batches.map((b, i) => ({
          key: b.batchKey,
          color: 'blue',
          content: (
            <BatchCard
              batch={b}
              title={
                <Space size={6} wrap>
                  <span>第 {i + 1} 批</span>
                  {team.demands.length > 1 && (
                    <Typography.Text type="secondary">{demandTitle.get(b.demandId)}</Typography.Text>
                  )}
                  {b.version > 1 && <Tag color="orange">已更正</Tag>}
                </Space>
              }
              extra={
                <Space size={4}>
                  {b.version > 1 && (
                    <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => setHistory(b)}>
                      历史版本
                    </Button>
                  )}
                  {correctable(b) && (
                    <Button
                      size="small"
                      onClick={() => navigate(`/teams/${team.id}/batches/${b.id}/correct`)}
                      aria-label={`更正第 ${i + 1} 批`}
                    >
                      更正
                    </Button>
                  )}
                </Space>
              }
            />
          ),
        }))}
      />
      <VersionsDrawer batch={history} onClose={() => setHistory(null)} />
    </Flex>
  );
}

function VersionsDrawer({ batch, onClose }: { batch: BatchItemFragment | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  const { data, loading, error, refetch } = useQuery(ServiceBatchVersionsDocument, {
    variables: { id: batch?.id ?? '' },
    skip: !batch,
    fetchPolicy: 'cache-and-network',
  });
  const versions = data?.serviceBatchVersions ?? [];
  return (
    <Drawer
      title="批次历史版本"
      open={!!batch}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
    >
      {loading && !data ? (
        <SkeletonBlock label="正在加载服务批次…" />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      ) : (
        <Flex vertical gap={12} data-testid="batch-versions">
          <Typography.Text type="secondary">
            更正不会覆盖原记录：每次更正生成新版本，原版本保留备查（最新在前）。
          </Typography.Text>
          {versions.map((v) => (
            <BatchCard
              key={v.id}
              batch={v}
              title={
                <Space size={6}>
                  <span>第 {v.version} 版</span>
                  {v.current ? <Tag color="green">当前有效</Tag> : <Tag>已被更正</Tag>}
                  <Typography.Text type="secondary">{formatDateTime(v.createdAt)}</Typography.Text>
                </Space>
              }
            />
          ))}
        </Flex>
      )}
    </Drawer>
  );
}
