// /demands/:id: everything about one demand, what the account may do with it now, and its timeline.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Space, Tag, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CompleteDemandButton } from '../../components/complete-demand-button';
import { DemandActions } from '../../components/demand-actions';
import { DueText } from '../../components/due-text';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { StatusTag, STATUS_COLORS } from '../../components/status-tag';
import { DemandDocument, type DemandDetail, type DemandHistoryItem } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { formatDateTime, formatPeriod } from '../../lib/format';
import { hasErrorCode } from '../../lib/graphql-errors';
import { DemandServicePanel } from '../service/demand-service/demand-service-panel';
import { useAuth } from '../../auth/auth-context';
import { DemandSimilarCases } from './intake/components/demand-similar-cases';
import { ReturnReasonAlert } from './demand-form/components/return-reason-alert';

export function DemandDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(DemandDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const demand = data?.demand;
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} className="page-back" onClick={() => navigate(-1)}>
      返回
    </Button>
  );

  if (!demand && loading) return <LoadingBlock />;
  if (!demand) {
    return (
      <>
        <PageHeader title="需求详情" back={back} />
        {error && !hasErrorCode(error, 'NOT_FOUND') ? (
          <ErrorBlock error={error} title="需求加载失败" onRetry={() => void refetch()} />
        ) : (
          <Alert type="warning" showIcon title="未找到该需求" description="需求可能已被删除，或链接有误。" />
        )}
      </>
    );
  }
  return <DemandView demand={demand} back={back} />;
}

function lastEntryTo(demand: DemandDetail, status: DemandDetail['status']): DemandHistoryItem | undefined {
  return [...demand.history].reverse().find((h) => h.toStatus === status);
}

/** Statuses in which a bureau still decides about a demand: similar cases help it (and a duplicate is merged). */
const INTAKE_STATUSES: readonly DemandDetail['status'][] = ['SUBMITTED', 'RETURNED', 'ACCEPTED'];

function DemandView({ demand, back }: { demand: DemandDetail; back: React.ReactNode }) {
  const catalog = useCatalog();
  const { account } = useAuth();
  const navigate = useNavigate();
  const bureau = account?.role === 'LOCAL' || account?.role === 'PROVINCE' || account?.role === 'ADMIN';
  const returned = demand.status === 'RETURNED' ? lastEntryTo(demand, 'RETURNED') : undefined;
  const rejected = demand.status === 'REJECTED' ? lastEntryTo(demand, 'REJECTED') : undefined;
  const cancelled = demand.status === 'CANCELLED' ? lastEntryTo(demand, 'CANCELLED') : undefined;
  const keyAssistance =
    demand.region?.keyAssistance && demand.region.keyAssistance !== 'NONE'
      ? catalog.label('keyAssistance', demand.region.keyAssistance)
      : null;

  const items = [
    { key: 'org', label: '需求单位', children: demand.organization?.name ?? '—' },
    {
      key: 'region',
      label: '服务地区',
      children: (
        <Space size={4} wrap>
          {demand.region?.name ?? demand.regionCode}
          {keyAssistance && <Tag color="red">{keyAssistance}</Tag>}
        </Space>
      ),
    },
    {
      key: 'fields',
      label: '服务领域',
      children: demand.fields.length
        ? demand.fields.map((f) => catalog.label('fields', f)).join('、')
        : '未填写',
    },
    {
      key: 'forms',
      label: '服务形式',
      children: demand.serviceForms.length
        ? demand.serviceForms.map((f) => catalog.label('serviceForms', f)).join('、')
        : '未填写',
    },
    { key: 'experts', label: '需要专家', children: `${demand.expertsWanted} 人` },
    {
      key: 'title',
      label: '职称要求',
      children: demand.minTitleLevel ? `${catalog.label('titleLevels', demand.minTitleLevel)}及以上` : '不限',
    },
    {
      key: 'period',
      label: '希望服务时间',
      children: formatPeriod(demand.startDate, demand.endDate) || '未填写',
    },
    {
      key: 'days',
      label: '预计服务天数',
      children: demand.expectedDays ? `${demand.expectedDays} 天` : '未填写',
    },
    { key: 'volunteer', label: '开放揭榜', children: demand.openToVolunteers ? '是' : '否' },
    {
      key: 'contact',
      label: '联系人',
      children:
        demand.contactName || demand.contactPhone
          ? [demand.contactName, demand.contactPhone].filter(Boolean).join('　')
          : '—',
    },
    { key: 'created', label: '创建时间', children: formatDateTime(demand.createdAt) },
    ...(demand.submittedAt
      ? [{ key: 'submitted', label: '提交时间', children: formatDateTime(demand.submittedAt) }]
      : []),
  ];

  return (
    <div className="demand-detail">
      <PageHeader
        back={back}
        title={demand.title}
        subTitle={
          <Flex gap={8} align="center" wrap component="span">
            <StatusTag status={demand.status} />
            <span>{demand.code}</span>
            {demand.filedByBureau && <Tag color="gold">属地代为填报</Tag>}
            <DueText dueAt={demand.dueAt} overdue={demand.overdue} status={demand.status} />
          </Flex>
        }
        extra={
          <>
            <DemandActions demand={demand} />
            <CompleteDemandButton demand={demand} />
          </>
        }
      />
      <Flex vertical gap={16}>
        {returned && <ReturnReasonAlert entry={returned} className="" />}
        {rejected && (
          <Alert
            type="error"
            showIcon
            title="属地人社局不予受理"
            description={`${rejected.note ?? ''}（${rejected.actorName} · ${formatDateTime(rejected.at)}）`}
          />
        )}
        {demand.status === 'CANCELLED' && (
          <Alert
            type="info"
            showIcon
            title={demand.mergedIntoId ? '该需求与另一需求重复，已被合并' : '该需求已取消'}
            description={
              <>
                {cancelled?.note && <div>{cancelled.note}</div>}
                {demand.mergedIntoId && <Link to={`/demands/${demand.mergedIntoId}`}>查看合并后的需求</Link>}
              </>
            }
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={15}>
            <Flex vertical gap={16}>
              <Card title="问题描述" variant="borderless" size="small">
                <Typography.Paragraph className="demand-detail__description">
                  {demand.description || <Typography.Text type="secondary">未填写</Typography.Text>}
                </Typography.Paragraph>
              </Card>
              <Card title="需求信息" variant="borderless" size="small">
                <Descriptions column={{ xs: 1, sm: 2 }} size="small" items={items} />
              </Card>
              <DemandServicePanel demand={demand} />
              {bureau && INTAKE_STATUSES.includes(demand.status) && (
                <Card title="相似需求" variant="borderless" size="small" data-testid="demand-similar-cases">
                  <DemandSimilarCases
                    demandId={demand.id}
                    onMerged={(intoId) => navigate(`/demands/${intoId}`)}
                  />
                </Card>
              )}
            </Flex>
          </Col>
          <Col xs={24} lg={9}>
            <Card title="办理进度" variant="borderless" size="small" data-testid="demand-timeline">
              <Timeline
                items={[...demand.history].reverse().map((h, i) => ({
                  key: `${h.at}-${i}`,
                  color:
                    STATUS_COLORS[h.toStatus] === 'default'
                      ? 'gray'
                      : h.toStatus === 'REJECTED'
                        ? 'red'
                        : h.toStatus === 'RETURNED'
                          ? 'orange'
                          : 'blue',
                  content: <HistoryEntry entry={h} />,
                }))}
              />
            </Card>
          </Col>
        </Row>
      </Flex>
    </div>
  );
}

function HistoryEntry({ entry }: { entry: DemandHistoryItem }) {
  const catalog = useCatalog();
  return (
    <div className="history-entry">
      <div className="history-entry__step">
        {entry.fromStatus ? (
          <>
            {catalog.label('demandStatuses', entry.fromStatus)} →{' '}
            <strong>{catalog.label('demandStatuses', entry.toStatus)}</strong>
          </>
        ) : (
          <strong>{catalog.label('demandStatuses', entry.toStatus)}</strong>
        )}
      </div>
      <Typography.Text type="secondary" className="history-entry__meta">
        {entry.actorName} · {formatDateTime(entry.at)}
      </Typography.Text>
      {entry.note && <div className="history-entry__note">{entry.note}</div>}
    </div>
  );
}
