// 服务记录: an expert's year of service — working days against the 10 that count as the year's continuing-education
// credit, the teams, the batches, the activities and the rating — with its xlsx and 开具服务证明. The expert sees
// their own (/service-record); the province and the bureaus open an expert of their region (/experts/:id/record).
import { ArrowLeftOutlined, DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ResponsiveTable } from '../../components/responsive-table';
import { EmptyBlock, ErrorBlock, SkeletonBlock } from '../../components/query-state';
import {
  ExpertServiceRecordDocument,
  ExportServiceRecordDocument,
  IssueServiceCertificateDocument,
  type ExpertServiceRecordQuery,
} from '../../graphql/operations';
import { downloadBase64 } from '../../lib/download';
import { formatDate, formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

type ServiceRecord = ExpertServiceRecordQuery['expertServiceRecord'];

export function MyServiceRecordPage() {
  const { account } = useAuth();
  if (!account?.expertId)
    return (
      <>
        <PageHeader title="服务记录" />
        <Alert type="warning" showIcon title="当前账号未关联专家信息" />
      </>
    );
  return <ServiceRecordView expertId={account.expertId} own />;
}

export function ExpertServiceRecordPage() {
  const { id = '' } = useParams();
  return <ServiceRecordView expertId={id} own={false} />;
}

/** This year and the five before it. */
function yearOptions(current: number) {
  return Array.from({ length: 6 }, (_, i) => current - i).map((y) => ({ value: y, label: `${y} 年` }));
}

function ServiceRecordView({ expertId, own }: { expertId: string; own: boolean }) {
  const { account } = useAuth();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const currentYear = dayjs().year();
  const year = Number(params.get('year')) || currentYear;
  const [downloading, setDownloading] = useState(false);
  const { data, loading, error, refetch } = useQuery(ExpertServiceRecordDocument, {
    variables: { expertId, year },
    fetchPolicy: 'cache-and-network',
  });
  const [issue, issuing] = useMutation(IssueServiceCertificateDocument, {
    refetchQueries: ['ExpertServiceRecord'],
  });
  const record = data?.expertServiceRecord;
  const mayIssue =
    (own && account?.role === 'EXPERT') || account?.role === 'PROVINCE' || account?.role === 'ADMIN';

  const exportRecord = async () => {
    setDownloading(true);
    try {
      const { data: file } = await client.query({
        query: ExportServiceRecordDocument,
        variables: { expertId, year },
        fetchPolicy: 'network-only',
      });
      if (!file) throw new Error('导出失败，请稍后重试');
      const f = file.exportServiceRecord;
      downloadBase64(f.fileName, f.mimeType, f.contentBase64);
    } catch (e) {
      message.error(errorMessage(e, '导出失败，请稍后重试'));
    } finally {
      setDownloading(false);
    }
  };

  const issueCertificate = async () => {
    try {
      const { data: issued } = await issue({ variables: { expertId, year } });
      if (!issued) throw new Error('开具失败，请稍后重试');
      message.success('服务证明已开具');
      navigate(`/certificates/${issued.issueServiceCertificate.code}`);
    } catch (e) {
      message.error(errorMessage(e, '开具失败，请稍后重试'));
    }
  };

  const title = own ? '服务记录' : record ? `${record.expertName} 的服务记录` : '专家服务记录';
  const back = own ? undefined : (
    <Button type="link" icon={<ArrowLeftOutlined />} className="page-back" onClick={() => navigate(-1)}>
      返回
    </Button>
  );
  return (
    <>
      <PageHeader
        back={back}
        title={title}
        subTitle="服务基层的工作日（不含周末和法定节假日）累计满 10 个，可认定为当年度继续教育学时。"
        extra={
          <>
            <Select
              aria-label="年度"
              value={year}
              options={yearOptions(currentYear)}
              style={{ width: 110 }}
              onChange={(y) => {
                const next = new URLSearchParams(params);
                if (y === currentYear) next.delete('year');
                else next.set('year', String(y));
                setParams(next, { replace: true });
              }}
            />
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void exportRecord()}>
              导出
            </Button>
            {mayIssue && (
              <Button
                type="primary"
                icon={<SafetyCertificateOutlined />}
                loading={issuing.loading}
                disabled={!record || record.workingDays === 0}
                onClick={() => void issueCertificate()}
              >
                开具服务证明
              </Button>
            )}
          </>
        }
      />
      {loading && !data ? (
        <SkeletonBlock label="正在加载服务记录…" />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      ) : record ? (
        <RecordBody record={record} />
      ) : null}
    </>
  );
}

function RecordBody({ record }: { record: ServiceRecord }) {
  const percent = Math.min(100, Math.round((record.workingDays / record.requiredDays) * 100));
  return (
    <Flex vertical gap={16} className="service-record" data-testid="service-record">
      <Card variant="borderless">
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} md={10}>
            <Flex vertical gap={8}>
              <Typography.Text type="secondary">
                {record.year} 年服务工作日 · {record.expertName} · {record.employer || '—'}
              </Typography.Text>
              <Progress
                percent={percent}
                status={record.creditMet ? 'success' : 'active'}
                format={() => `${record.workingDays} / ${record.requiredDays} 天`}
                aria-label={`服务工作日 ${record.workingDays} 天，需 ${record.requiredDays} 天`}
              />
              {record.creditMet ? (
                <Tag color="success" className="credit-tag" data-testid="credit">
                  已达到继续教育学时认定
                </Tag>
              ) : (
                <Tag color="default" className="credit-tag" data-testid="credit">
                  未达到继续教育学时认定（还差 {record.requiredDays - record.workingDays} 个工作日）
                </Tag>
              )}
            </Flex>
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title="服务工作日"
              value={record.workingDays}
              suffix="天"
              valueRender={(node) => <span data-testid="record-working-days">{node}</span>}
            />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title="服务团" value={record.teams.length} suffix="个" />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title="服务批次" value={record.batches.length} suffix="批" />
          </Col>
          <Col xs={12} md={4}>
            {record.rating === null ? (
              <Statistic title="服务评价" value="暂无" />
            ) : (
              <Statistic
                title={`服务评价（${record.ratingCount} 次）`}
                value={record.rating}
                precision={2}
                suffix="分"
              />
            )}
          </Col>
        </Row>
      </Card>
      {record.batches.length === 0 ? (
        <Card variant="borderless">
          <EmptyBlock description={`${record.year} 年还没有服务记录`} />
        </Card>
      ) : (
        <>
          <Card title="参加的服务团" variant="borderless" size="small">
            <ResponsiveTable
              size="small"
              rowKey="teamId"
              pagination={false}
              dataSource={record.teams}
              columns={[
                { title: '服务团', dataIndex: 'teamName' },
                { title: '角色', dataIndex: 'role', width: 110 },
                { title: '批次', dataIndex: 'batches', width: 80, align: 'right' },
                { title: '工作日', dataIndex: 'workingDays', width: 90, align: 'right' },
              ]}
            />
          </Card>
          <Card title="服务批次" variant="borderless" size="small">
            <ResponsiveTable
              size="small"
              rowKey="batchId"
              pagination={false}
              dataSource={record.batches}
              columns={[
                { title: '服务团', dataIndex: 'teamName' },
                {
                  title: '起止日期',
                  key: 'period',
                  width: 210,
                  render: (_: unknown, b) => `${formatDate(b.startDate)} – ${formatDate(b.endDate)}`,
                },
                { title: '服务天数', dataIndex: 'days', width: 90, align: 'right' },
                { title: '工作日', dataIndex: 'workingDays', width: 80, align: 'right' },
                { title: '服务地点', dataIndex: 'regionName', width: 120 },
                { title: '服务活动', dataIndex: 'activities' },
              ]}
            />
          </Card>
          <Card title="参加的服务活动" variant="borderless" size="small">
            <Space size={[6, 6]} wrap>
              {record.activities.map((a) => (
                <Tag key={a.key} color="blue">
                  {a.label} {a.count} 场/次
                </Tag>
              ))}
              {record.activities.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
            </Space>
          </Card>
        </>
      )}
      {record.certificates.length > 0 && (
        <Card title="已开具的服务证明" variant="borderless" size="small">
          <Flex vertical gap={6}>
            {record.certificates.map((c) => (
              <Space key={c.id} wrap size={8}>
                <Link to={`/certificates/${c.code}`}>{c.code}</Link>
                <Typography.Text type="secondary">
                  开具于 {formatDateTime(c.issuedAt)} · 工作日 {c.workingDays} 天
                </Typography.Text>
              </Space>
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
