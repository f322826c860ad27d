// 派单 (PROVINCE): one accepted demand, the experts matched to it (score, reasons, reminders), the volunteers,
// and a team composer pre-filled from the server's suggestion; 派单 sends the invitations in one step. A
// refusal from the server (e.g. an expert already booked in the period) is shown without losing the composer.
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { SearchOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ConflictList, ReasonTags, ScoreBar, TEAM_LEVEL_LABELS } from '../../components/match-view';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import { StatusTag } from '../../components/status-tag';
import {
  DispatchDemandDocument,
  DispatchTeamDocument,
  ExpertPickerDocument,
  ExplainExclusionDocument,
  type ExpertMatchItemFragment,
  type Field,
  type TeamLevel,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { formatPeriod } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

interface Pick {
  id: string;
  name: string;
  title?: string | null;
  /** The expert's fields: what the team covers. */
  fields: readonly Field[];
}

const pickOf = (m: ExpertMatchItemFragment): Pick => ({
  id: m.expert.id,
  name: m.expert.name,
  title: m.expert.title,
  fields: m.expert.fields,
});

/**
 * The demand's fields the composed team does not serve, split by whether the library has an eligible expert for
 * them (the server's `uncoveredFields` names those it has not): the dispatcher can still add someone for the first
 * kind, not for the second.
 */
function coverageGaps(demandFields: readonly Field[], team: readonly Pick[], libraryUncovered: readonly Field[]) {
  const open = demandFields.filter((f) => !team.some((p) => p.fields.includes(f)));
  return {
    teamOnly: open.filter((f) => !libraryUncovered.includes(f)),
    library: open.filter((f) => libraryUncovered.includes(f)),
  };
}

function CandidateRow({
  match,
  lead,
  members,
  onLead,
  onMember,
  extra,
}: {
  match: ExpertMatchItemFragment;
  lead: Pick | null;
  members: Pick[];
  onLead: (p: Pick) => void;
  onMember: (p: Pick) => void;
  extra?: ReactNode;
}) {
  const catalog = useCatalog();
  const e = match.expert;
  const inTeam = lead?.id === e.id || members.some((m) => m.id === e.id);
  return (
    <div className="candidate" data-testid="candidate" data-expert={e.name}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap size={6}>
          <Typography.Text strong>{e.name}</Typography.Text>
          <Typography.Text type="secondary">
            {[e.title, e.employer, e.region?.name].filter(Boolean).join(' · ')}
          </Typography.Text>
          {e.fields.map((f) => (
            <Tag key={f} variant="outlined">
              {catalog.label('fields', f)}
            </Tag>
          ))}
          {inTeam && <Tag color="green">已在团队中</Tag>}
        </Space>
        <ScoreBar score={match.score} />
      </Flex>
      <ReasonTags reasons={match.reasons} />
      <ConflictList conflicts={match.conflicts} />
      {extra}
      <Flex gap={8} wrap>
        <Button size="small" disabled={lead?.id === e.id} onClick={() => onLead(pickOf(match))}>
          设为领衔
        </Button>
        <Button size="small" disabled={inTeam} onClick={() => onMember(pickOf(match))}>
          加入团队
        </Button>
      </Flex>
    </div>
  );
}

/** Find an expert by name and see whether, and why not, they can serve this demand. */
function ExpertLookup({
  demandId,
  lead,
  members,
  onLead,
  onMember,
}: {
  demandId: string;
  lead: Pick | null;
  members: Pick[];
  onLead: (p: Pick) => void;
  onMember: (p: Pick) => void;
}) {
  const [search, { data: found, loading: searching }] = useLazyQuery(ExpertPickerDocument);
  const [explain, { data: explained, loading: explaining, error }] = useLazyQuery(ExplainExclusionDocument, {
    fetchPolicy: 'network-only',
  });
  const [checked, setChecked] = useState<Pick | null>(null);
  const hits = found?.experts.hits ?? [];
  const result = explained?.explainExclusion;
  return (
    <Card size="small" title="查找专家" className="expert-lookup">
      <Input.Search
        aria-label="按姓名查找专家"
        placeholder="输入专家姓名，查看能否入选及原因"
        enterButton={<SearchOutlined />}
        loading={searching}
        onSearch={(q) => {
          if (q.trim()) void search({ variables: { query: q.trim() } });
        }}
      />
      {found && hits.length === 0 && <EmptyBlock description="没有找到该专家" />}
      <Flex vertical gap={4} style={{ marginTop: 8 }}>
        {hits.map(({ expert }) => (
          <Flex key={expert.id} justify="space-between" align="center" gap={8} className="lookup-hit">
            <span>
              {expert.name}
              <Typography.Text type="secondary">
                {' '}
                {[expert.title, expert.employer].filter(Boolean).join(' · ')}
              </Typography.Text>
            </span>
            <Button
              size="small"
              aria-label={`核查 ${expert.name}`}
              onClick={() => {
                setChecked({ id: expert.id, name: expert.name, title: expert.title, fields: [] });
                void explain({ variables: { demandId, expertId: expert.id } });
              }}
            >
              核查
            </Button>
          </Flex>
        ))}
      </Flex>
      {explaining && <LoadingBlock label="正在核查…" />}
      {error && <ErrorBlock error={error} title="核查失败" />}
      {checked && result && !explaining && (
        <div className="lookup-result" data-testid="lookup-result" style={{ marginTop: 8 }}>
          {result.eligible ? (
            <Alert
              type="success"
              showIcon
              title={`${checked.name} 符合全部硬性条件${result.rank ? `，在符合条件的专家中排第 ${result.rank} 名` : ''}`}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              title={`${checked.name} 不符合以下条件，不能入选`}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {result.conflicts.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              }
            />
          )}
          {result.match && result.eligible && (
            <CandidateRow
              match={result.match}
              lead={lead}
              members={members}
              onLead={onLead}
              onMember={onMember}
            />
          )}
          {result.match && !result.eligible && <ReasonTags reasons={result.match.reasons} />}
        </div>
      )}
    </Card>
  );
}

export function DispatchDemandPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const catalog = useCatalog();
  const { data, loading, error, refetch } = useQuery(DispatchDemandDocument, {
    variables: { demandId: id },
    fetchPolicy: 'cache-and-network',
  });
  const [dispatch, { loading: dispatching }] = useMutation(DispatchTeamDocument);
  const [lead, setLead] = useState<Pick | null>(null);
  const [members, setMembers] = useState<Pick[]>([]);
  const [name, setName] = useState('');
  const [level, setLevel] = useState<TeamLevel>('PROVINCIAL');
  const [period, setPeriod] = useState<[Dayjs, Dayjs] | null>(null);
  const [budget, setBudget] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [prefilled, setPrefilled] = useState(false);

  const demand = data?.demand;
  const suggestion = data?.suggestTeam;
  useEffect(() => {
    if (prefilled || !demand || !suggestion) return;
    setPrefilled(true);
    setLead(suggestion.lead ? pickOf(suggestion.lead) : null);
    setMembers(suggestion.members.map(pickOf));
    setName(
      `${demand.region?.name ?? ''}${demand.fields.map((f) => catalog.label('fields', f)).join('、')}专家服务团`,
    );
    if (demand.startDate && demand.endDate) setPeriod([dayjs(demand.startDate), dayjs(demand.endDate)]);
  }, [demand, suggestion, prefilled, catalog]);

  const candidates = useMemo(() => data?.matchExperts ?? [], [data]);
  if (loading && !data) return <LoadingBlock />;
  if (error && !data) return <ErrorBlock error={error} onRetry={() => void refetch()} />;
  if (!demand) return <EmptyBlock description="需求不存在或无权查看" />;

  const setAsLead = (p: Pick) => {
    setMembers((ms) => {
      const rest = ms.filter((m) => m.id !== p.id);
      return lead && lead.id !== p.id ? [...rest, lead] : rest;
    });
    setLead(p);
  };
  const addMember = (p: Pick) => setMembers((ms) => (ms.some((m) => m.id === p.id) ? ms : [...ms, p]));
  const removeMember = (p: Pick) => setMembers((ms) => ms.filter((m) => m.id !== p.id));

  const submit = async () => {
    setFailure(null);
    if (!lead) return setFailure('请选择领衔专家');
    if (!period) return setFailure('请选择服务期');
    if (!name.trim()) return setFailure('请填写服务团名称');
    try {
      const result = await dispatch({
        variables: {
          input: {
            demandIds: [demand.id],
            leadExpertId: lead.id,
            memberExpertIds: members.map((m) => m.id),
            name: name.trim(),
            level,
            startDate: period[0].format('YYYY-MM-DD'),
            endDate: period[1].format('YYYY-MM-DD'),
            budget,
          },
        },
      });
      message.success(`已派单，已向 ${1 + members.length} 位专家发出邀请`);
      navigate(`/teams?highlight=${result.data?.dispatchTeam.id ?? ''}`);
    } catch (e) {
      setFailure(errorMessage(e, '派单失败，请稍后重试'));
    }
  };

  const volunteers = data?.demandVolunteers ?? [];
  const teamSize = (lead ? 1 : 0) + members.length;
  const gaps = coverageGaps(demand.fields, lead ? [lead, ...members] : members, suggestion?.uncoveredFields ?? []);
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
            <Card size="small" title={`推荐专家（${candidates.length}）`} className="candidates">
              {candidates.length === 0 ? (
                <EmptyBlock description="没有符合全部硬性条件的专家" />
              ) : (
                <Flex vertical gap={12}>
                  {candidates.map((m) => (
                    <CandidateRow
                      key={m.expert.id}
                      match={m}
                      lead={lead}
                      members={members}
                      onLead={setAsLead}
                      onMember={addMember}
                    />
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
                      lead={lead}
                      members={members}
                      onLead={setAsLead}
                      onMember={addMember}
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
            <Card size="small" title="组建服务团" className="team-composer">
              {gaps.library.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="uncovered-library"
                  title={`专家库中没有可覆盖以下领域的专家：${gaps.library.map((f) => catalog.label('fields', f)).join('、')}`}
                  style={{ marginBottom: 12 }}
                />
              )}
              {gaps.teamOnly.length > 0 && (
                <Alert
                  type="info"
                  showIcon
                  data-testid="uncovered-team"
                  title={`本服务团尚未覆盖：${gaps.teamOnly.map((f) => catalog.label('fields', f)).join('、')}`}
                  description="专家库中有该领域的专家，但与本需求问题相关的较少；可在“查找专家”中按姓名核查后加入。"
                  style={{ marginBottom: 12 }}
                />
              )}
              <Form layout="vertical" component="div">
                <Form.Item label="领衔专家">
                  <div data-testid="team-lead">
                    {lead ? (
                      <Tag color="gold">
                        {lead.name}
                        {lead.title ? ` · ${lead.title}` : ''}
                      </Tag>
                    ) : (
                      <Typography.Text type="secondary">
                        未选择：在左侧的推荐专家中点 设为领衔
                      </Typography.Text>
                    )}
                  </div>
                </Form.Item>
                <Form.Item label={`团队成员（${members.length}）`}>
                  <Flex vertical gap={4} data-testid="team-members">
                    {members.length === 0 && <Typography.Text type="secondary">暂无成员</Typography.Text>}
                    {members.map((m) => (
                      <Flex
                        key={m.id}
                        justify="space-between"
                        align="center"
                        className="team-member"
                        data-expert={m.name}
                      >
                        <span>
                          {m.name}
                          {m.title ? <Typography.Text type="secondary"> · {m.title}</Typography.Text> : null}
                        </span>
                        <Space size={4}>
                          <Button size="small" type="link" onClick={() => setAsLead(m)}>
                            设为领衔
                          </Button>
                          <Button
                            size="small"
                            type="link"
                            danger
                            aria-label={`移出 ${m.name}`}
                            onClick={() => removeMember(m)}
                          >
                            移出
                          </Button>
                        </Space>
                      </Flex>
                    ))}
                  </Flex>
                  {teamSize !== demand.expertsWanted && (
                    <Typography.Text type="warning">
                      需求希望 {demand.expertsWanted} 位专家，当前 {teamSize} 位
                    </Typography.Text>
                  )}
                </Form.Item>
                <Form.Item label="服务团名称" required>
                  <Input
                    aria-label="服务团名称"
                    value={name}
                    maxLength={100}
                    onChange={(e) => setName(e.target.value)}
                  />
                </Form.Item>
                <Form.Item label="层级">
                  <Select
                    aria-label="层级"
                    value={level}
                    onChange={setLevel}
                    options={(Object.keys(TEAM_LEVEL_LABELS) as TeamLevel[]).map((v) => ({
                      value: v,
                      label: TEAM_LEVEL_LABELS[v],
                    }))}
                  />
                </Form.Item>
                <Form.Item label="服务期" required>
                  <DatePicker.RangePicker
                    value={period}
                    onChange={(v) => setPeriod(v && v[0] && v[1] ? [v[0], v[1]] : null)}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item label="经费（元，可选）">
                  <InputNumber
                    aria-label="经费"
                    min={0}
                    max={level === 'NATIONAL' ? 200000 : 100000}
                    precision={0}
                    value={budget}
                    onChange={(v) => setBudget(v ?? null)}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Form>
              {failure && (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  title="派单未成功"
                  description={failure}
                  closable
                  onClose={() => setFailure(null)}
                  style={{ marginBottom: 12 }}
                  data-testid="dispatch-error"
                />
              )}
              <Button
                type="primary"
                block
                icon={<SendOutlined />}
                loading={dispatching}
                disabled={demand.status !== 'ACCEPTED'}
                onClick={() => void submit()}
              >
                派单并邀请专家
              </Button>
              {demand.status !== 'ACCEPTED' && (
                <Typography.Text type="secondary">该需求当前不可派单</Typography.Text>
              )}
            </Card>
            <ExpertLookup
              demandId={demand.id}
              lead={lead}
              members={members}
              onLead={setAsLead}
              onMember={addMember}
            />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
