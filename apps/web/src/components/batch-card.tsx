// One 服务批次 as logged: dates, place, experts present, activities, outcomes, the problems solved and the photos
// of the site (team page, demand page and the version history share it).
import { Card, Descriptions, Flex, Image, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { BatchItemFragment } from '../graphql/operations';
import { useCatalog } from '../lib/catalog';
import { formatDateTime, formatPeriod } from '../lib/format';

export function BatchCard({
  batch,
  title,
  extra,
  size = 'small',
}: {
  batch: BatchItemFragment;
  title?: ReactNode;
  extra?: ReactNode;
  size?: 'small' | 'default';
}) {
  const catalog = useCatalog();
  const items = [
    {
      key: 'days',
      label: '服务天数',
      children: (
        <span data-testid="batch-days">
          {batch.days} 天（{formatPeriod(batch.startDate, batch.endDate)}）
        </span>
      ),
    },
    {
      key: 'place',
      label: '服务地点',
      children: (
        <Space size={4} wrap>
          {batch.regionName}
          {batch.keyAssistance && <Tag color="red">乡村振兴重点帮扶县</Tag>}
          {batch.remote && <Tag color="blue">远程服务</Tag>}
        </Space>
      ),
    },
    {
      key: 'units',
      label: '受援单位',
      children:
        batch.unitNames.length || batch.unitsServed != null
          ? `${batch.unitNames.join('、') || '未列名称'}${batch.unitsServed != null ? `（共 ${batch.unitsServed} 家）` : ''}`
          : '未填写',
    },
    {
      key: 'experts',
      label: `参加专家（${batch.experts.length} 人）`,
      children: (
        <Space size={[4, 4]} wrap>
          {batch.experts.map((e) => (
            <Tag key={e.id} data-testid="batch-expert">
              {e.name} · {catalog.label('titleLevels', e.titleLevel)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'activities',
      label: '服务活动',
      span: 'filled' as const,
      children: batch.activities.length ? (
        <Flex vertical gap={2}>
          {batch.activities.map((a) => (
            <span key={a.type}>
              {a.label} {a.count} 场/次
              {a.participants != null ? `，${a.participants} 人参加` : ''}
              {a.note ? `（${a.note}）` : ''}
            </span>
          ))}
        </Flex>
      ) : (
        '—'
      ),
    },
    {
      key: 'outcomes',
      label: '实施成效',
      span: 'filled' as const,
      children: batch.outcomes.length ? (
        <Flex vertical gap={2}>
          {batch.outcomes.map((o) => (
            <span key={o.item}>
              {o.label}：{o.text ?? o.value}
            </span>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">未填写</Typography.Text>
      ),
    },
    {
      key: 'problems',
      label: '解决的具体问题',
      span: 'filled' as const,
      children: (
        <ol className="batch-problems">
          {batch.problemsSolved.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ol>
      ),
    },
    ...(batch.note
      ? [
          {
            key: 'note',
            label: '备注',
            span: 'filled' as const,
            children: <span className="pre-wrap">{batch.note}</span>,
          },
        ]
      : []),
  ];
  return (
    <Card
      size={size}
      className="batch-card"
      data-testid="batch"
      data-batch={batch.batchKey}
      data-version={batch.version}
      title={title ?? formatPeriod(batch.startDate, batch.endDate)}
      extra={extra}
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
        {batch.photos.length > 0 && (
          <Image.PreviewGroup>
            <Flex wrap gap={8} className="batch-photos" data-testid="batch-photos">
              {batch.photos.map((p) => (
                <Image
                  key={p.id}
                  src={p.url}
                  alt={p.caption || p.fileName}
                  width={96}
                  height={72}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                />
              ))}
            </Flex>
          </Image.PreviewGroup>
        )}
        <Typography.Text type="secondary" className="batch-card__meta">
          {batch.createdByName ? `${batch.createdByName} 登记于 ` : '登记于 '}
          {formatDateTime(batch.createdAt)}
          {batch.version > 1 ? ` · 第 ${batch.version} 版` : ''}
          {batch.correctionReason ? ` · 更正原因：${batch.correctionReason}` : ''}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
