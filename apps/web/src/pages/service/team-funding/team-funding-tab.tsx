// 经费: the cap of the team's level, the ministry's support and the local match, what was spent and what is left
// (to be explained and returned); the province records the funds, the province or the team's lead records the
// spending and the survey's section 5 (服务保障措施、宣传情况). A bureau reads it all.
import { useQuery } from '@apollo/client/react';
import { Alert, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useAuth } from '../../../auth/auth-context';
import { ErrorBlock, SkeletonBlock } from '../../../components/query-state';
import { TeamFundingDocument } from '../../../graphql/operations';
import { ExpensesCard } from './components/expenses-card';
import { FundingForm } from './components/funding-form';
import { ReportForm } from './components/report-form';
import type { FundingTeam } from './team-funding.types';

export function TeamFundingTab({ team }: { team: FundingTeam }) {
  const { account } = useAuth();
  const { data, loading, error, refetch } = useQuery(TeamFundingDocument, {
    variables: { teamId: team.id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <SkeletonBlock label="正在加载经费…" />;
  if (error && !data) return <ErrorBlock error={error} onRetry={() => void refetch()} />;
  const funding = data?.teamFunding;
  if (!funding) return null;
  const canManage = team.canLogBatches;
  const canSetFunds = canManage && (account?.role === 'PROVINCE' || account?.role === 'ADMIN');
  return (
    <Flex vertical gap={16} className="team-funding" data-testid="team-funding">
      <Row gutter={[16, 16]}>
        {[
          ['经费上限', funding.cap],
          ['部支持资金', funding.ministryFunds],
          ['配套资金', funding.matchingFunds],
          ['经费合计', funding.total],
          ['已支出', funding.spent],
          ['结余', funding.balance],
        ].map(([title, value]) => (
          <Col key={title} xs={12} md={8} xl={4}>
            <Statistic title={title} value={value as number} suffix="元" groupSeparator="," />
          </Col>
        ))}
      </Row>
      {funding.matchingSource && (
        <Typography.Text type="secondary">配套资金来源：{funding.matchingSource}</Typography.Text>
      )}
      {funding.warning && <Alert type="warning" showIcon title={funding.warning} />}
      {funding.total > 0 && funding.balance > 0 && (
        <Typography.Text type="secondary">服务结束后，结余经费应说明情况并按规定退回。</Typography.Text>
      )}
      {canSetFunds && <FundingForm team={team} funding={funding} />}
      <ExpensesCard team={team} funding={funding} canManage={canManage} />
      <ReportForm team={team} funding={funding} canManage={canManage} />
    </Flex>
  );
}
