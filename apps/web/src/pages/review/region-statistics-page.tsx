// 辖区统计 (LOCAL): how many demands of the region are at each step, and how many are overdue.
import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, SkeletonBlock } from '../../components/query-state';
import { RegionStatisticsDocument, type DemandStatus } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { STATUS_HEX } from '../../lib/status-colors';

export function RegionStatisticsPage() {
  const { account } = useAuth();
  const catalog = useCatalog();
  const all = useQuery(RegionStatisticsDocument, { fetchPolicy: 'cache-and-network' });
  const counts = new Map((all.data?.all.countsByStatus ?? []).map((c) => [c.status, c.count]));
  // Units' drafts are theirs until submitted: the bureau sees how many there are, not what they say.
  const unitDrafts = all.data?.all.unitDraftCount ?? 0;
  if (unitDrafts) counts.set('DRAFT', (counts.get('DRAFT') ?? 0) + unitDrafts);
  const overdueCount = all.data?.overdue.totalCount;
  const statuses = catalog.options('demandStatuses').map((o) => o.value as DemandStatus);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...counts.values());
  const inService = (counts.get('DISPATCHED') ?? 0) + (counts.get('IN_SERVICE') ?? 0);
  const done = (counts.get('DELIVERED') ?? 0) + (counts.get('EVALUATED') ?? 0);

  return (
    <>
      <PageHeader title="辖区统计" subTitle={`${account?.region?.name ?? '本辖区'}的需求办理情况`} />
      {all.error && !all.data ? (
        <ErrorBlock error={all.error} title="统计加载失败" onRetry={() => void all.refetch()} />
      ) : !all.data ? (
        <SkeletonBlock label="正在加载辖区统计…" rows={6} />
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card variant="borderless">
                <Statistic title="需求总数" value={total} suffix="条" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card variant="borderless">
                <Statistic title="待受理" value={counts.get('SUBMITTED') ?? 0} suffix="条" />
                <Link to="/review">去受理</Link>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card variant="borderless" className={overdueCount ? 'stat-card--alert' : undefined}>
                <Statistic
                  title="超时未办"
                  value={overdueCount ?? '—'}
                  suffix="条"
                  styles={{ content: { color: overdueCount ? '#cf1322' : undefined } }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card variant="borderless">
                <Statistic title="派单服务中 / 已完成" value={`${inService} / ${done}`} />
              </Card>
            </Col>
          </Row>
          <Card title="各环节需求数" variant="borderless">
            <ul className="bar-chart" aria-label="各状态需求数">
              {statuses.map((status) => {
                const n = counts.get(status) ?? 0;
                return (
                  <li key={status} className="bar-chart__row">
                    <span className="bar-chart__label">{catalog.label('demandStatuses', status)}</span>
                    <span className="bar-chart__track" aria-hidden>
                      <span
                        className="bar-chart__bar"
                        style={{ width: `${(n / max) * 100}%`, background: STATUS_HEX[status] }}
                      />
                    </span>
                    <span className="bar-chart__value" data-testid={`count-${status}`}>
                      {n}
                    </span>
                  </li>
                );
              })}
            </ul>
            <Typography.Text type="secondary">
              草稿为基层单位尚未提交的需求，仅统计数量，提交后才能查看内容和受理。
            </Typography.Text>
          </Card>
        </Flex>
      )}
    </>
  );
}
