// 服务团 (PROVINCE, LOCAL): the teams dispatched in scope with each seat's state; a declined seat offers the server's
// replacement candidates (to dispatchers) and 替换 invites one of them. Each team opens its page (batches, survey,
// money).
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { ASSIGNMENT_STATUS, ConflictList, ReasonTags, ScoreBar } from '../../components/match-view';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import { ServedDaysProgress } from '../../components/served-days-progress';
import { StatusTag } from '../../components/status-tag';
import { ReplaceTeamMemberDocument, TeamsDocument, type TeamItemFragment } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { formatDateTime, formatPeriod } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

function TeamCard({ team, highlighted }: { team: TeamItemFragment; highlighted: boolean }) {
  const { message } = App.useApp();
  const catalog = useCatalog();
  const [replace, { loading }] = useMutation(ReplaceTeamMemberDocument, {
    refetchQueries: ['Notifications'],
  });
  return (
    <Card
      size="small"
      data-testid="team-card"
      data-team={team.name}
      className={highlighted ? 'team-card team-card--new' : 'team-card'}
      title={
        <Space wrap>
          <Link to={`/teams/${team.id}`}>{team.name}</Link>
          <Tag>{catalog.label('teamLevels', team.level)}</Tag>
          {highlighted && <Tag color="green">新派单</Tag>}
        </Space>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          服务期 {formatPeriod(team.startDate, team.endDate)}
          {team.budget != null ? ` · 经费 ${team.budget.toLocaleString('zh-CN')} 元` : ''} · 派单于{' '}
          {formatDateTime(team.createdAt)}
        </Typography.Text>
        {team.demands.some((d) => d.status !== 'DISPATCHED') && <ServedDaysProgress days={team.servedDays} />}
        {team.demands.map((d) => (
          <Space key={d.id} wrap>
            <StatusTag status={d.status} />
            <Link to={`/demands/${d.id}`}>{d.title}</Link>
            <Typography.Text type="secondary">{d.code}</Typography.Text>
          </Space>
        ))}
        <Flex vertical gap={8}>
          {team.assignments.map((a) => (
            <div
              key={a.id}
              className="seat"
              data-testid="seat"
              data-expert={a.expert.name}
              data-status={a.status}
            >
              <Flex justify="space-between" wrap gap={8}>
                <Space wrap>
                  <Tag color={a.role === 'LEAD' ? 'gold' : 'default'}>
                    {a.role === 'LEAD' ? '领衔' : '成员'}
                  </Tag>
                  <Typography.Text strong>{a.expert.name}</Typography.Text>
                  <Typography.Text type="secondary">
                    {[a.expert.title, a.expert.employer].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Space>
                <Space wrap>
                  <Tag color={ASSIGNMENT_STATUS[a.status].color} className="seat-status">
                    {ASSIGNMENT_STATUS[a.status].label}
                  </Tag>
                  {a.status === 'INVITED' && a.dueAt && (
                    <Typography.Text type={a.overdue ? 'danger' : 'secondary'}>
                      {a.overdue ? '已超过答复期限' : `请于 ${formatDateTime(a.dueAt)} 前答复`}
                    </Typography.Text>
                  )}
                </Space>
              </Flex>
              {a.reason && <Typography.Text type="secondary">原因：{a.reason}</Typography.Text>}
              {a.status === 'DECLINED' && (
                <div className="replacements">
                  <Typography.Text>替补候选：</Typography.Text>
                  {(a.replacementCandidates ?? []).length === 0 && (
                    <Typography.Text type="secondary">暂无符合条件的替补专家</Typography.Text>
                  )}
                  {(a.replacementCandidates ?? []).map((c) => (
                    <Flex key={c.expert.id} vertical gap={4} className="replacement" style={{ marginTop: 6 }}>
                      <Flex justify="space-between" align="center" wrap gap={8}>
                        <span>
                          {c.expert.name}
                          <Typography.Text type="secondary"> {c.expert.title}</Typography.Text>
                        </span>
                        <Space>
                          <ScoreBar score={c.score} />
                          <Button
                            size="small"
                            type="primary"
                            loading={loading}
                            aria-label={`替换为 ${c.expert.name}`}
                            onClick={async () => {
                              try {
                                await replace({ variables: { assignmentId: a.id, expertId: c.expert.id } });
                                message.success(`已邀请 ${c.expert.name} 替补`);
                              } catch (e) {
                                message.error(errorMessage(e));
                              }
                            }}
                          >
                            替换
                          </Button>
                        </Space>
                      </Flex>
                      <ReasonTags reasons={c.reasons} />
                      <ConflictList conflicts={c.conflicts} />
                    </Flex>
                  ))}
                </div>
              )}
            </div>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

export function TeamsPage() {
  const { account } = useAuth();
  const [params] = useSearchParams();
  const highlight = params.get('highlight');
  const { data, loading, error, refetch } = useQuery(TeamsDocument, {
    variables: { first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const teams = data?.teams ?? [];
  return (
    <>
      <PageHeader
        title="服务团"
        subTitle={
          account?.role === 'LOCAL'
            ? '服务本辖区需求的专家服务团：成员答复、服务批次、成效调查表和经费。'
            : '已派出的专家服务团及每位专家的答复；专家婉拒的席位可从替补候选中替换。点服务团名称查看服务批次、成效调查表和经费。'
        }
      />
      {loading && !data ? (
        <LoadingBlock />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      ) : teams.length === 0 ? (
        <EmptyBlock description="还没有服务团" />
      ) : (
        <Flex vertical gap={12}>
          {teams.map((t) => (
            <TeamCard key={t.id} team={t} highlighted={t.id === highlight} />
          ))}
        </Flex>
      )}
    </>
  );
}
