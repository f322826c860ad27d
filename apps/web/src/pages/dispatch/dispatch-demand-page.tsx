// 派单 (PROVINCE): one accepted demand, the experts matched to it (score, reasons, reminders — and the top matches
// held back by a booking, 回避 or the annual cap, greyed, with why and from when), the volunteers, and a team
// composer pre-filled from the server's suggestion; 派单 sends the invitations in one step. Every candidate opens
// a profile drawer. A refusal from the server is shown without losing the composer.
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Flex, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import { StatusTag } from '../../components/status-tag';
import { DispatchDemandDocument, type ExpertMatchItemFragment } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { formatPeriod } from '../../lib/format';
import { CandidateProfileDrawer } from './components/candidate-profile-drawer';
import { CandidateRow } from './components/candidate-row';
import { ExpertLookup } from './components/expert-lookup';
import { TeamComposer } from './components/team-composer';
import { ApprovedTeamsCard } from './components/approved-teams-card';
import { useTeamComposer } from './hooks/use-team-composer';

export function DispatchDemandPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const catalog = useCatalog();
  const { data, loading, error, refetch } = useQuery(DispatchDemandDocument, {
    variables: { demandId: id },
    fetchPolicy: 'cache-and-network',
  });
  const demand = data?.demand;
  const suggestion = data?.suggestTeam;
  const composer = useTeamComposer(demand, suggestion);
  const [profile, setProfile] = useState<ExpertMatchItemFragment | null>(null);
  const candidates = useMemo(() => data?.matchExperts ?? [], [data]);
  const available = candidates.filter((m) => m.available).length;

  if (loading && !data) return <LoadingBlock />;
  if (error && !data) return <ErrorBlock error={error} onRetry={() => void refetch()} />;
  if (!demand) return <EmptyBlock description="需求不存在或无权查看" />;

  const { team, setAsLead, addMember } = composer;
  const rowProps = { team, onLead: setAsLead, onMember: addMember, onProfile: setProfile };
  const volunteers = data?.demandVolunteers ?? [];
  return (
    <>
      <PageHeader
        back={
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => navigate('/dispatch')}>
            ← 返回派单台
          </Button>
        }
        title={`派单：${demand.title}`}
        subTitle={
          <Space wrap>
            <StatusTag status={demand.status} />
            <span>{demand.code}</span>
            <span>{demand.organization?.name}</span>
            <span>{demand.region?.name}</span>
            <Link to={`/demands/${demand.id}`}>查看需求详情</Link>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card size="small" title="需求概要">
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'f',
                    label: '服务领域',
                    children: demand.fields.map((f) => catalog.label('fields', f)).join('、'),
                  },
                  { key: 'n', label: '需要专家', children: `${demand.expertsWanted} 人` },
                  { key: 'p', label: '期望服务期', children: formatPeriod(demand.startDate, demand.endDate) },
                  { key: 'd', label: '问题描述', children: demand.description },
                ]}
              />
            </Card>
            <Card
              size="small"
              title={`推荐专家（${available}）`}
              extra={
                candidates.length > available ? (
                  <Typography.Text type="secondary">
                    另有 {candidates.length - available} 位暂不可选，置灰显示
                  </Typography.Text>
                ) : null
              }
              className="candidates"
            >
              {candidates.length === 0 ? (
                <EmptyBlock description="没有符合全部硬性条件的专家" />
              ) : (
                <Flex vertical gap={12}>
                  {candidates.map((m) => (
                    <CandidateRow key={m.expert.id} match={m} {...rowProps} />
                  ))}
                </Flex>
              )}
            </Card>
            <Card size="small" title={`揭榜专家（${volunteers.length}）`} className="volunteers">
              {volunteers.length === 0 ? (
                <EmptyBlock description="暂无专家揭榜" />
              ) : (
                <Flex vertical gap={12}>
                  {volunteers.map((v) => (
                    <CandidateRow
                      key={v.volunteer.id}
                      match={v.match}
                      {...rowProps}
                      extra={
                        <>
                          {!v.eligible && <Tag color="error">已不符合硬性条件</Tag>}
                          {v.volunteer.message && (
                            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                              留言：{v.volunteer.message}
                            </Typography.Paragraph>
                          )}
                        </>
                      }
                    />
                  ))}
                </Flex>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16} className="dispatch-side">
            <ApprovedTeamsCard demand={demand} />
            <TeamComposer
              demand={demand}
              libraryUncovered={suggestion?.uncoveredFields ?? []}
              composer={composer}
            />
            <ExpertLookup demandId={demand.id} {...rowProps} />
          </Flex>
        </Col>
      </Row>
      <CandidateProfileDrawer match={profile} onClose={() => setProfile(null)} />
    </>
  );
}
