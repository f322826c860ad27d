// The service part of a demand's page: the teams serving it with their days against the 5-day minimum, the
// batches logged for it, how it was completed, the unit's 基层反向评价 (form or result) and the follow-ups at
// +30 and +180 days.
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Collapse, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context';
import { BatchCard } from '../../../components/batch-card';
import { ServedDaysProgress } from '../../../components/served-days-progress';
import { DemandServiceDocument, type DemandDetail } from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import { formatDateTime, formatPeriod } from '../../../lib/format';
import { EvaluationForm } from './components/evaluation-form';
import { EvaluationView } from './components/evaluation-view';
import { FollowUps } from './components/follow-ups';

const SERVED = ['DISPATCHED', 'IN_SERVICE', 'DELIVERED', 'EVALUATED'];

export function DemandServicePanel({ demand }: { demand: DemandDetail }) {
  const { account } = useAuth();
  const catalog = useCatalog();
  const { data } = useQuery(DemandServiceDocument, {
    variables: { id: demand.id },
    skip: !SERVED.includes(demand.status),
    fetchPolicy: 'cache-and-network',
  });
  const info = data?.demand;
  if (!SERVED.includes(demand.status) || !info) return null;
  const batches = data.serviceBatches;
  const mayOpenTeam = account?.role !== 'UNIT';
  const isUnit = account?.role === 'UNIT';
  const delivered = info.status === 'DELIVERED' || info.status === 'EVALUATED';

  return (
    <Flex vertical gap={16} className="demand-service" data-testid="demand-service">
      {info.teams.length > 0 && (
        <Card title="专家服务团" variant="borderless" size="small">
          <Flex vertical gap={12}>
            {info.teams.map((t) => (
              <Flex key={t.id} vertical gap={4} data-testid="demand-team" data-team={t.name}>
                <Space wrap size={6}>
                  {mayOpenTeam ? (
                    <Link to={`/teams/${t.id}`}>{t.name}</Link>
                  ) : (
                    <Typography.Text strong>{t.name}</Typography.Text>
                  )}
                  <Tag>{catalog.label('teamLevels', t.level)}</Tag>
                  <Typography.Text type="secondary">
                    服务期 {formatPeriod(t.startDate, t.endDate)}
                  </Typography.Text>
                </Space>
                {info.status !== 'DISPATCHED' && <ServedDaysProgress days={t.servedDays} />}
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
      {info.status !== 'DISPATCHED' && (
        <Card
          title="服务批次"
          variant="borderless"
          size="small"
          extra={
            <Typography.Text type="secondary" data-testid="demand-batch-summary">
              共 {batches.length} 批，累计 {batches.reduce((s, b) => s + b.days, 0)} 天
            </Typography.Text>
          }
        >
          {batches.length === 0 ? (
            <Typography.Text type="secondary">服务团尚未登记服务批次</Typography.Text>
          ) : (
            <Collapse
              size="small"
              items={batches.map((b, i) => ({
                key: b.batchKey,
                label: `第 ${i + 1} 批 · ${formatPeriod(b.startDate, b.endDate)} · ${b.days} 天 · ${b.regionName}`,
                children: <BatchCard batch={b} title={null} />,
              }))}
            />
          )}
        </Card>
      )}
      {delivered && (
        <Card title="服务完成" variant="borderless" size="small">
          <Flex vertical gap={8}>
            {info.deliveredAt && <span>服务完成于 {formatDateTime(info.deliveredAt)}</span>}
            {info.completionOverride && (
              <Alert
                type="warning"
                showIcon
                data-testid="completion-override"
                title="服务天数未满 5 天，由省厅强制完成"
                description={`原因：${info.completionOverride}`}
              />
            )}
          </Flex>
        </Card>
      )}
      {info.evaluation ? (
        <EvaluationView evaluation={info.evaluation} />
      ) : (
        delivered &&
        (isUnit && demand.availableActions.includes('evaluate') ? (
          <EvaluationForm demandId={demand.id} />
        ) : (
          <Card title="服务评价" variant="borderless" size="small">
            <Typography.Text type="secondary">需求单位尚未评价本次服务</Typography.Text>
          </Card>
        ))
      )}
      {info.followUps.length > 0 && <FollowUps followUps={info.followUps} canAnswer={isUnit} />}
    </Flex>
  );
}
