// 年终上报 (PROVINCE): the year's closing dates, every approved team's year report (reported or not, late or not,
// its final accounts line by line — spent, balance, returned — and the explanation, what its survey still lacks),
// the year's service bases (they report through their survey from the activities they hosted, and the province's
// evaluation), and the list of teams that have not reported as xlsx.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, InputNumber, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
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
type BaseRow = ProgrammeYearReportsQuery['programmeYearBases'][number];
type Accounts = NonNullable<Row['accounts']>;

function AccountsTable({ a }: { a: Accounts }) {
  return (
    <Table<Accounts['lines'][number]>
      size="small"
      rowKey={(l, i) => `${l.item}-${i}`}
      pagination={false}
      dataSource={a.lines}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '预算项目', render: (_, l) => `${l.item}（${l.source}）` },
        { title: '核定预算（元）', dataIndex: 'amount', align: 'right' },
        { title: '实际支出（元）', dataIndex: 'spent', align: 'right' },
        { title: '结余（元）', dataIndex: 'balance', align: 'right' },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {a.budget}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {a.spent}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {a.balance}（已退回 {a.returned}）
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

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
  const bases = data?.programmeYearBases ?? [];
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
          <Space wrap>
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
        scroll={{ x: 'max-content' }}
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
          {
            title: '决算',
            render: (_, r) =>
              r.accounts ? (
                r.accounts.unreturned > 0 ? (
                  <Tag color="orange">
                    结余 {r.accounts.balance} 元，未退回 {r.accounts.unreturned} 元
                  </Tag>
                ) : (
                  <Tag color="green">结余 {r.accounts.balance} 元，已退回</Tag>
                )
              ) : (
                '—'
              ),
          },
          { title: '结余说明', render: (_, r) => r.balanceNote ?? '—' },
        ]}
        expandable={{
          rowExpandable: (r) => !!r.accounts,
          expandedRowRender: (r) => (r.accounts ? <AccountsTable a={r.accounts} /> : null),
        }}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        专家服务基地
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        基地以其登记的活动生成的成效调查表和省厅的年度评估完成年终上报（每年不少于 50 人次）。
      </Typography.Paragraph>
      <Table<BaseRow>
        rowKey="baseId"
        loading={loading}
        dataSource={bases}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '该年度没有在册的基地' }}
        columns={[
          { title: '基地', render: (_, b) => <Link to={`/programme/bases/${b.baseId}`}>{b.name}</Link> },
          { title: '级别', render: (_, b) => <Tag>{b.levelLabel}</Tag> },
          {
            title: '人次（要求）',
            render: (_, b) => (
              <Tag color={b.personTimes >= b.requiredPersonTimes ? 'green' : 'warning'}>
                {b.personTimes} / {b.requiredPersonTimes}
              </Tag>
            ),
          },
          { title: '活动场次', dataIndex: 'sessions' },
          {
            title: '成效调查表',
            render: (_, b) =>
              b.surveyMissing.length ? (
                <Tooltip title={b.surveyMissing.join('、')}>
                  <Tag color="warning">缺 {b.surveyMissing.length} 项</Tag>
                </Tooltip>
              ) : (
                <Tag color="green">完整</Tag>
              ),
          },
          { title: '年度评估', render: (_, b) => b.ratingLabel ?? <Tag>未评估</Tag> },
        ]}
      />
    </>
  );
}
