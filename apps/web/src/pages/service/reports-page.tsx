// 报表导出 (LOCAL, PROVINCE): the annex 3 summary list of a year's teams in the account's region as xlsx, and the
// year's teams, each leading to its 实施成效调查表.
import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, SkeletonBlock } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { ServedDaysProgress } from '../../components/served-days-progress';
import { StatusTag } from '../../components/status-tag';
import { ExportAnnex3Document, ReportTeamsDocument, type ReportTeamsQuery } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { downloadBase64 } from '../../lib/download';
import { formatPeriod } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

type ReportTeam = ReportTeamsQuery['teams'][number];

export function ReportsPage() {
  const client = useApolloClient();
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const currentYear = dayjs().year();
  const year = Number(params.get('year')) || currentYear;
  const [exporting, setExporting] = useState(false);
  const { data, loading, error, refetch } = useQuery(ReportTeamsDocument, {
    variables: { first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const teams = (data?.teams ?? []).filter((t) => dayjs(t.startDate).year() === year);
  const firstLoad = loading && !data;

  const exportAnnex3 = async () => {
    setExporting(true);
    try {
      const { data: file } = await client.query({
        query: ExportAnnex3Document,
        variables: { year },
        fetchPolicy: 'network-only',
      });
      if (!file) throw new Error('导出失败，请稍后重试');
      const f = file.exportAnnex3;
      downloadBase64(f.fileName, f.mimeType, f.contentBase64);
    } catch (e) {
      message.error(errorMessage(e, '导出失败，请稍后重试'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title="报表导出"
        subTitle="年度服务团汇总表（附件 3）和各服务团的实施成效调查表（附件 4），均由平台登记的数据自动生成。"
      />
      <Flex vertical gap={16}>
        <Card variant="borderless" size="small" title="附件 3 汇总表">
          <Space wrap>
            <Select
              aria-label="年度"
              value={year}
              style={{ width: 110 }}
              options={Array.from({ length: 6 }, (_, i) => currentYear - i).map((y) => ({
                value: y,
                label: `${y} 年`,
              }))}
              onChange={(y) => {
                const next = new URLSearchParams(params);
                if (y === currentYear) next.delete('year');
                else next.set('year', String(y));
                setParams(next, { replace: true });
              }}
            />
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportAnnex3()}
            >
              导出附件3汇总表
            </Button>
            <Typography.Text type="secondary">
              本辖区 {year} 年开始服务的专家服务团，每团一行。
            </Typography.Text>
          </Space>
        </Card>
        <Card
          variant="borderless"
          size="small"
          title={firstLoad ? `${year} 年服务团` : `${year} 年服务团（${teams.length} 个）`}
        >
          {error && !data ? (
            <ErrorBlock error={error} onRetry={() => void refetch()} />
          ) : firstLoad ? (
            <SkeletonBlock label="正在加载服务团…" />
          ) : teams.length === 0 ? (
            <EmptyBlock
              description={
                <span data-testid="reports-empty">
                  本辖区 {year}{' '}
                  年还没有开始服务的专家服务团。服务团在省厅派单、专家确认后产生；可在上方切换年度查看往年的服务团。
                </span>
              }
            />
          ) : (
            <ResponsiveTable<ReportTeam>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={teams}
              className="reports-table"
              columns={[
                {
                  title: '服务团',
                  key: 'name',
                  render: (_, t) => (
                    <Space size={4} wrap>
                      <Link to={`/teams/${t.id}`}>{t.name}</Link>
                      <Tag>{catalog.label('teamLevels', t.level)}</Tag>
                    </Space>
                  ),
                },
                { title: '领衔专家', key: 'lead', width: 100, render: (_, t) => t.lead?.name ?? '—' },
                {
                  title: '服务的需求',
                  key: 'demands',
                  render: (_, t) => (
                    <Flex vertical gap={2}>
                      {t.demands.map((d) => (
                        <Space key={d.id} size={4} wrap>
                          <StatusTag status={d.status} />
                          <Link to={`/demands/${d.id}`}>{d.title}</Link>
                          {d.region && <Typography.Text type="secondary">{d.region.name}</Typography.Text>}
                        </Space>
                      ))}
                    </Flex>
                  ),
                },
                {
                  title: '服务期',
                  key: 'period',
                  width: 200,
                  render: (_, t) => formatPeriod(t.startDate, t.endDate),
                },
                {
                  title: '累计服务天数',
                  key: 'days',
                  width: 200,
                  render: (_, t) => <ServedDaysProgress days={t.servedDays} compact />,
                },
                {
                  title: '调查表',
                  key: 'survey',
                  width: 100,
                  render: (_, t) => <Link to={`/teams/${t.id}?tab=survey`}>成效调查表</Link>,
                },
              ]}
            />
          )}
        </Card>
      </Flex>
    </>
  );
}
