// One demand in a list: code, status, title (a link to its page), unit, region, fields, time left.
import { Card, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { DemandListItem } from '../graphql/operations';
import { useCatalog } from '../lib/catalog';
import { formatDateTime } from '../lib/format';
import { DueText } from './due-text';
import { StatusTag } from './status-tag';

export function DemandCard({
  demand,
  showUnit = false,
  actions,
}: {
  demand: DemandListItem;
  showUnit?: boolean;
  actions?: ReactNode;
}) {
  const catalog = useCatalog();
  return (
    <Card
      size="small"
      className={`demand-card${demand.overdue ? ' demand-card--overdue' : ''}`}
      data-testid="demand-card"
      data-code={demand.code}
    >
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Space size={6} wrap>
            <StatusTag status={demand.status} />
            <Typography.Text type="secondary" className="demand-card__code" copyable={false}>
              {demand.code}
            </Typography.Text>
          </Space>
          <DueText dueAt={demand.dueAt} overdue={demand.overdue} />
        </Flex>
        <Link to={`/demands/${demand.id}`} className="demand-card__title">
          {demand.title}
        </Link>
        <Typography.Text type="secondary" className="demand-card__meta">
          {[
            showUnit ? demand.organization?.name : null,
            demand.region?.name,
            demand.submittedAt
              ? `提交于 ${formatDateTime(demand.submittedAt)}`
              : `创建于 ${formatDateTime(demand.createdAt)}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {demand.fields.length > 0 && (
          <Space size={[4, 4]} wrap>
            {demand.fields.map((f) => (
              <Tag key={f} variant="outlined">
                {catalog.label('fields', f)}
              </Tag>
            ))}
            {demand.filedByBureau && <Tag color="gold">属地代为填报</Tag>}
          </Space>
        )}
        {actions && (
          <Flex gap={8} wrap className="demand-card__actions">
            {actions}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
