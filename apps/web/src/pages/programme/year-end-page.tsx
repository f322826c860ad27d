// 年终上报 (PROVINCE): the year's closing dates, every approved team's year report (reported or not, late or not,
// money left and its explanation, what its survey still lacks), and the list of who has not reported as xlsx.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, InputNumber, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import {
  ExportProgrammeYearMissingDocument,
  ProgrammeYearReportsDocument,
  type ProgrammeYearReportsQuery,
} from '../../graphql/operations';
import { downloadBase64 } from '../../lib/download';
import { errorMessage } from '../../lib/graphql-errors';

type Row = ProgrammeYearReportsQuery['programmeYearReports'][number];

export function YearEndPage() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [exporting, setExporting] = useState(false);
  const { data, loading, error, refetch } = useQuery(ProgrammeYearReportsDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.programmeYearReports ?? [];
  const missing = rows.filter((r) => !r.reported).length;
  const d = data?.programmeYearDeadlines;

  const exportMissing = async () => {
    setExporting(true);
    try {
      const { data: f } = await client.query({
        query: ExportProgrammeYearMissingDocument,
        variables: { year },
        fetchPolicy: 'network-only',
      });
      if (f)
        downloadBase64(
          f.exportProgrammeYearMissing.fileName,
          f.exportProgrammeYearMissing.mimeType,
          f.exportProgrammeYearMissing.contentBase64,
        );
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title="年终上报"
        subTitle="年度服务团的工作成效总结、经费决算与成效调查表"
        extra={
          <Space>
            <InputNumber
              aria-label="年度"
              min={2020}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
            <Button loading={exporting} onClick={() => void exportMissing()}>
              导出未上报名单
            </Button>
          </Space>
        }
      />
      {d && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${d.year} 年服务应于 ${d.servicesEndOn} 前完成，年度材料应于 ${d.reportsDueOn} 前上报；系统在截止前按工作日提醒，逾期后提醒省厅。目前 ${missing} 个服务团未上报。`}
        />
      )}
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      <Table<Row>
        rowKey="teamId"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '该年度没有入选的服务团' }}
        columns={[
          { title: '服务团', dataIndex: 'teamName' },
          { title: '级别', render: (_, r) => <Tag>{r.levelLabel}</Tag> },
          { title: '依托单位', dataIndex: 'hostName' },
          { title: '经费（已支出/核定）', render: (_, r) => `${r.spent} / ${r.budget ?? '—'} 元` },
          {
            title: '成效调查表',
            render: (_, r) =>
              r.surveyMissing.length ? (
                <Tooltip title={r.surveyMissing.join('、')}>
                  <Tag color="warning">缺 {r.surveyMissing.length} 项</Tag>
                </Tooltip>
              ) : (
                <Tag color="green">完整</Tag>
              ),
          },
          {
            title: '状态',
            render: (_, r) =>
              r.reported ? (
                <Tag color={r.late ? 'orange' : 'green'}>{r.late ? '逾期上报' : '已上报'}</Tag>
              ) : (
                <Tag color={r.late ? 'red' : 'default'}>{r.late ? '逾期未报' : '未上报'}</Tag>
              ),
          },
          { title: '结余说明', render: (_, r) => r.balanceNote ?? '—' },
        ]}
      />
    </>
  );
}
