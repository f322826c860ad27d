// 我的服务 (EXPERT): the teams I am on, with their periods, the demands they serve and the days served so far; each
// team opens its page, where the lead logs the batches.
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { ASSIGNMENT_STATUS, TEAM_LEVEL_LABELS } from '../../components/match-view';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import { ServedDaysProgress } from '../../components/served-days-progress';
import { StatusTag } from '../../components/status-tag';
import { TeamsDocument } from '../../graphql/operations';
import { formatPeriod } from '../../lib/format';

export function ServicesPage() {
  const { account } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TeamsDocument, {
    variables: { first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const teams = data?.teams ?? [];
  return (
    <>
      <PageHeader title="我的服务" subTitle="您参加的专家服务团及服务期。" />
      {loading && !data ? (
        <LoadingBlock />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      ) : teams.length === 0 ? (
        <EmptyBlock description="还没有参加服务团" />
      ) : (
        <Flex vertical gap={12}>
          {teams.map((t) => {
            const mine = t.assignments.find((a) => a.expert.id === account?.expertId);
            return (
              <Card key={t.id} size="small" data-testid="service" data-team={t.name}>
                <Flex vertical gap={6}>
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Link to={`/teams/${t.id}`} className="service-card__title">
                      {t.name}
                    </Link>
                    <Space size={6} wrap>
                      {t.canLogBatches && t.demands.some((d) => d.status === 'IN_SERVICE') && (
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => navigate(`/teams/${t.id}/batches/new`)}
                        >
                          登记服务批次
                        </Button>
                      )}
                      <Button size="small" onClick={() => navigate(`/teams/${t.id}`)}>
                        查看服务团
                      </Button>
                    </Space>
                  </Flex>
                  <Space size={[4, 4]} wrap>
                    <Tag>{TEAM_LEVEL_LABELS[t.level]}</Tag>
                    {mine && (
                      <>
                        <Tag color={mine.role === 'LEAD' ? 'gold' : 'default'}>
                          {mine.role === 'LEAD' ? '领衔专家' : '团队成员'}
                        </Tag>
                        <Tag color={ASSIGNMENT_STATUS[mine.status].color}>
                          {ASSIGNMENT_STATUS[mine.status].label}
                        </Tag>
                      </>
                    )}
                  </Space>
                  <Typography.Text>服务期 {formatPeriod(t.startDate, t.endDate)}</Typography.Text>
                  {mine?.status === 'CONFIRMED' && <ServedDaysProgress days={t.servedDays} />}
                  {t.demands.map((d) => (
                    <Space key={d.id} wrap>
                      <StatusTag status={d.status} />
                      <Link to={`/demands/${d.id}`}>{d.title}</Link>
                    </Space>
                  ))}
                  <Typography.Text type="secondary">
                    成员：
                    {t.assignments
                      .map((a) => `${a.expert.name}（${ASSIGNMENT_STATUS[a.status].label}）`)
                      .join('、')}
                  </Typography.Text>
                </Flex>
              </Card>
            );
          })}
        </Flex>
      )}
    </>
  );
}
