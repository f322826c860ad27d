// 项目申报 (host unit): the published calls and the unit's own applications under each; a new application starts
// as a draft of annex 1 (team) or annex 2 (base).
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Dropdown, Empty } from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  ProgrammeApplicationsDocument,
  type ProgrammeApplicationItemFragment,
} from '../../graphql/operations';
import { ApplicationStatusTag, CallPicker, useChosenCall, wan } from './components/programme-common';

export function ProgrammeApplicationsPage() {
  const navigate = useNavigate();
  const { calls, call, loading, error, choose } = useChosenCall();
  const apps = useQuery(ProgrammeApplicationsDocument, {
    variables: { callId: call?.id ?? '' },
    skip: !call,
  });
  if (loading) return <LoadingBlock />;
  if (error) return <ErrorBlock error={error} />;
  return (
    <>
      <PageHeader
        title="项目申报"
        subTitle="填写专家服务团（附件 1）或专家服务基地（附件 2）申报表，提交行业主管部门或区人社局推荐"
        extra={call && <CallPicker calls={calls} value={call.id} onChange={choose} />}
      />
      {!call && <Empty description="目前没有发布的申报通知" />}
      {call && (
        <Card
          title={call.title}
          extra={
            call.status === 'OPEN' && (
              <Dropdown
                menu={{
                  items: call.categories.map((c) => ({
                    key: c.category,
                    label: `${c.label}（经费不超过 ${wan(c.cap)}）`,
                  })),
                  onClick: ({ key }) =>
                    navigate(`/programme/applications/new?call=${call.id}&category=${key}`),
                }}
              >
                <Button type="primary">新建申报</Button>
              </Dropdown>
            )
          }
        >
          {call.status === 'OPEN' ? (
            <Alert
              type="info"
              showIcon
              title={`请于 ${call.closesOn} 前提交推荐单位；每个推荐单位每年只推荐 1 个项目或基地。`}
              style={{ marginBottom: 16 }}
            />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={`本年度申报${call.statusLabel}。`}
              style={{ marginBottom: 16 }}
            />
          )}
          {apps.error && <ErrorBlock error={apps.error} />}
          <ResponsiveTable<ProgrammeApplicationItemFragment>
            rowKey="id"
            loading={apps.loading}
            dataSource={apps.data?.programmeApplications ?? []}
            pagination={false}
            locale={{ emptyText: '还没有申报' }}
            columns={[
              {
                title: '名称',
                render: (_, a) => (
                  <Link to={`/programme/applications/${a.id}`}>{a.name || '（未命名草稿）'}</Link>
                ),
              },
              { title: '类别', dataIndex: 'categoryLabel' },
              { title: '推荐单位', render: (_, a) => a.recommender.name },
              { title: '申请经费', render: (_, a) => wan(a.requestedBudget) },
              {
                title: '状态',
                render: (_, a) => <ApplicationStatusTag status={a.status} label={a.statusLabel} />,
              },
              {
                title: '',
                render: (_, a) => <Link to={`/programme/applications/${a.id}/print`}>打印申报表</Link>,
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
