// 专家服务基地: the bases the account may see, each with this year's person-times against the 50 a year rule.
import { useQuery } from '@apollo/client/react';
import { Progress, Tag, Tooltip } from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import { ProgrammeBasesDocument, type ProgrammeBaseItemFragment } from '../../graphql/operations';
import { wan } from './components/programme-common';

export function PersonTimes({ b }: { b: ProgrammeBaseItemFragment }) {
  const pct = Math.min(100, Math.round((b.personTimes / b.requiredPersonTimes) * 100));
  return (
    <Tooltip title={b.warning ?? `按进度此时应达到 ${b.expectedPersonTimes} 人次`}>
      <div style={{ minWidth: 160 }}>
        <Progress
          percent={pct}
          size="small"
          status={b.behind ? 'exception' : pct >= 100 ? 'success' : 'active'}
          format={() => `${b.personTimes}/${b.requiredPersonTimes} 人次`}
        />
      </div>
    </Tooltip>
  );
}

export function BasesPage() {
  const { data, loading, error, refetch } = useQuery(ProgrammeBasesDocument);
  return (
    <>
      <PageHeader
        title="专家服务基地"
        subTitle="对口联系专家名册、基地活动与每年不少于 50 人次的进度、年度评估"
      />
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      <ResponsiveTable<ProgrammeBaseItemFragment>
        rowKey="id"
        loading={loading}
        dataSource={data?.programmeBases ?? []}
        pagination={false}
        locale={{ emptyText: '还没有专家服务基地（年度名单公布后，入选的基地出现在这里）' }}
        columns={[
          { title: '名称', render: (_, b) => <Link to={`/programme/bases/${b.id}`}>{b.name}</Link> },
          { title: '级别', render: (_, b) => <Tag>{b.levelLabel}</Tag> },
          { title: '入选年度', dataIndex: 'year' },
          { title: '领域', render: (_, b) => b.fieldLabel ?? '—' },
          { title: '核定经费', render: (_, b) => wan(b.approvedBudget) },
          { title: '今年人次', render: (_, b) => <PersonTimes b={b} /> },
        ]}
      />
    </>
  );
}
