// /teams/:id 服务团详情: who serves, for which demands, how many days so far against the 5-day minimum, and
// three tabs: the logged batches, the 实施成效调查表 computed from them, and the money (调查表第五部分 too).
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ASSIGNMENT_STATUS_LABELS } from '@app/domain';
import { Alert, Button, Card, Descriptions, Flex, Space, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { ServedDaysProgress } from '../../components/served-days-progress';
import { StatusTag } from '../../components/status-tag';
import { TeamDetailDocument, type TeamDetailFragment } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { formatPeriod } from '../../lib/format';
import { hasErrorCode } from '../../lib/graphql-errors';
import { TeamYearReportCard } from '../programme/components/year-report-form';
import { TeamBatchesTab } from './team-batches-tab';
import { TeamFundingTab } from './team-funding/team-funding-tab';
import { TeamSurveyTab } from './team-survey/team-survey-tab';

export type TeamTab = 'batches' | 'survey' | 'funding';

export function TeamDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TeamDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const team = data?.team;
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} className="page-back" onClick={() => navigate(-1)}>
      返回
    </Button>
  );
  if (!team && loading) return <LoadingBlock />;
  if (!team) {
    return (
      <>
        <PageHeader title="服务团详情" back={back} />
        {error && !hasErrorCode(error, 'NOT_FOUND') ? (
          <ErrorBlock error={error} title="服务团加载失败" onRetry={() => void refetch()} />
        ) : (
          <Alert
            type="warning"
            showIcon
            title="未找到该服务团"
            description="服务团可能不存在，或您无权查看。"
          />
        )}
      </>
    );
  }
  return <TeamView team={team} back={back} />;
}

function TeamView({ team, back }: { team: TeamDetailFragment; back: React.ReactNode }) {
  const { account } = useAuth();
  const catalog = useCatalog();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const isLead = account?.role === 'EXPERT' && account.expertId === team.leadExpertId;
  // The survey and the money are for the bureaus, the dispatchers and the team's lead (members do not file them).
  const mayReport =
    isLead || account?.role === 'PROVINCE' || account?.role === 'LOCAL' || account?.role === 'ADMIN';
  const requested = params.get('tab');
  const tab: TeamTab =
    mayReport && (requested === 'survey' || requested === 'funding') ? requested : 'batches';
  const members = team.assignments;
  // Batches are logged for demands in service; a delivered one can still have its batches corrected.
  const canLogNow = team.canLogBatches && team.demands.some((d) => d.status === 'IN_SERVICE');

  return (
    <div className="team-detail">
      <PageHeader
        back={back}
        title={team.name}
        subTitle={
          <Flex gap={8} align="center" wrap component="span">
            <Tag>{catalog.label('teamLevels', team.level)}服务团</Tag>
            <span>服务期 {formatPeriod(team.startDate, team.endDate)}</span>
          </Flex>
        }
        extra={
          canLogNow ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate(`/teams/${team.id}/batches/new`)}
            >
              登记服务批次
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        {isLead && <TeamYearReportCard teamId={team.id} />}
        <Card variant="borderless" size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'lead',
                label: '领衔专家',
                children: team.lead
                  ? [team.lead.name, team.lead.title, team.lead.employer].filter(Boolean).join(' · ')
                  : '—',
              },
              {
                key: 'days',
                label: '累计服务天数',
                children: <ServedDaysProgress days={team.servedDays} />,
              },
              {
                key: 'members',
                label: `团队成员（${members.length} 人）`,
                span: 'filled',
                children: (
                  <Space size={[4, 4]} wrap>
                    {members.map((a) => (
                      <Tag
                        key={a.id}
                        color={a.status === 'CONFIRMED' ? (a.role === 'LEAD' ? 'gold' : 'green') : 'default'}
                        data-testid="team-member"
                        data-expert={a.expert.name}
                      >
                        {a.role === 'LEAD' ? '领衔 ' : ''}
                        {a.expert.name}（{ASSIGNMENT_STATUS_LABELS[a.status]}）
                      </Tag>
                    ))}
                  </Space>
                ),
              },
              {
                key: 'demands',
                label: '服务的需求',
                span: 'filled',
                children: team.demands.length ? (
                  <Flex vertical gap={4}>
                    {team.demands.map((d) => (
                      <Space key={d.id} wrap size={6}>
                        <StatusTag status={d.status} />
                        <Link to={`/demands/${d.id}`}>{d.title}</Link>
                        <Typography.Text type="secondary">
                          {d.code}
                          {d.organization ? ` · ${d.organization.name}` : ''}
                          {d.region ? ` · ${d.region.name}` : ''}
                        </Typography.Text>
                      </Space>
                    ))}
                  </Flex>
                ) : (
                  '—'
                ),
              },
            ]}
          />
        </Card>
        <Card variant="borderless" size="small">
          <Tabs
            activeKey={tab}
            onChange={(key) => {
              const next = new URLSearchParams(params);
              if (key === 'batches') next.delete('tab');
              else next.set('tab', key);
              setParams(next, { replace: true });
            }}
            items={[
              { key: 'batches', label: '服务批次', children: <TeamBatchesTab team={team} /> },
              ...(mayReport
                ? [
                    { key: 'survey', label: '成效调查表', children: <TeamSurveyTab team={team} /> },
                    { key: 'funding', label: '经费', children: <TeamFundingTab team={team} /> },
                  ]
                : []),
            ]}
            destroyOnHidden
          />
        </Card>
      </Flex>
    </div>
  );
}
