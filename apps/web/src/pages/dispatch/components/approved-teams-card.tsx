// 点餐 in the dispatch console: the year's approved teams whose fields fit the accepted demand, scored by the
// matching (their experts against the demand) with their capacity; the dispatcher gives the demand to one of them
// as its next batch (the batch's dates within the team's period), or forms a new team as before.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Modal, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  ApprovedTeamsForDemandDocument,
  GiveDemandToTeamDocument,
  type ApprovedTeamsForDemandQuery,
} from '../../../graphql/operations';
import { applyServerFieldErrors } from '../../../lib/server-field-errors';
import { DateRangeField } from '../../../components/date-range-field';

type Proposal = ApprovedTeamsForDemandQuery['approvedTeamsForDemand'][number];
interface GiveValues {
  period: [Dayjs, Dayjs] | null;
}

const yuan = (n: number | null) => (n === null ? '—' : `${(n / 10_000).toFixed(1)} 万元`);

function Capacity({ p }: { p: Proposal }) {
  const c = p.capacity;
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        {
          key: 'v',
          label: '计划批次',
          children:
            c.visitsPlanned === null ? `已安排 ${c.demandsGiven}` : `${c.demandsGiven} / ${c.visitsPlanned}`,
        },
        { key: 'd', label: '天数（已服务/已安排）', children: `${c.daysServed} / ${c.daysPlanned}` },
        { key: 'b', label: '经费余额', children: `${yuan(c.budgetLeft)}（核定 ${yuan(c.budget)}）` },
        { key: 'p', label: '服务期', children: `${p.startDate} 至 ${p.endDate}` },
      ]}
    />
  );
}

/** The batch the modal proposes: five days from when both the team and the demand can start. */
function firstPeriod(p: Proposal, wanted?: string | null): [Dayjs, Dayjs] {
  const start = wanted && wanted > p.startDate ? wanted : p.startDate;
  return [dayjs(start), dayjs(start).add(4, 'day')];
}

export function ApprovedTeamsCard({
  demand,
}: {
  demand: { id: string; status: string; startDate?: string | null; endDate?: string | null };
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<GiveValues>();
  const [target, setTarget] = useState<Proposal | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const { data, loading } = useQuery(ApprovedTeamsForDemandDocument, {
    variables: { demandId: demand.id },
    skip: demand.status !== 'ACCEPTED',
  });
  const [give, { loading: giving }] = useMutation(GiveDemandToTeamDocument);
  if (demand.status !== 'ACCEPTED') return null;
  const proposals = data?.approvedTeamsForDemand ?? [];

  const open = (p: Proposal) => {
    setTarget(p);
    setBanner(null);
  };
  const submit = async () => {
    const { period } = await form.validateFields();
    if (!target || !period) return;
    try {
      await give({
        variables: {
          input: {
            demandId: demand.id,
            teamId: target.teamId,
            startDate: period[0].format('YYYY-MM-DD'),
            endDate: period[1].format('YYYY-MM-DD'),
          },
        },
      });
      message.success(`已交给“${target.name}”作为下一批次`);
      setTarget(null);
      navigate(`/teams/${target.teamId}`);
    } catch (e) {
      setBanner(
        applyServerFieldErrors(form, e, { map: { startDate: 'period', endDate: 'period', teamId: null } })
          .message,
      );
    }
  };

  return (
    <Card
      size="small"
      title={`年度服务团（点餐，${proposals.length}）`}
      className="approved-teams"
      loading={loading && !data}
    >
      {proposals.length === 0 ? (
        <Empty description="今年没有领域相符的入选服务团，可在右侧组建新服务团" />
      ) : (
        <Flex vertical gap={12}>
          {proposals.map((p) => (
            <Card
              key={p.teamId}
              size="small"
              type="inner"
              data-team={p.name}
              title={
                <span>
                  {p.name} <Tag>{p.levelLabel}</Tag>
                  {p.ordered && <Tag color="magenta">单位点餐</Tag>}
                  <Typography.Text type="secondary">{p.hostName}</Typography.Text>
                </span>
              }
              extra={
                <Button size="small" type="primary" disabled={!p.canTake} onClick={() => open(p)}>
                  交给该团
                </Button>
              }
            >
              <Flex vertical gap={4}>
                <span>
                  匹配分 <b>{Math.round(p.score * 100)}</b> · {p.fieldLabels.join('、')} ·{' '}
                  {p.experts.map((x) => (
                    <Tag
                      key={x.expertId}
                      color={x.available ? (x.lead ? 'gold' : 'blue') : 'default'}
                      title={x.unavailableReason ?? undefined}
                    >
                      {x.lead ? '领衔 ' : ''}
                      {x.name} {Math.round(x.score * 100)}
                    </Tag>
                  ))}
                </span>
                <Capacity p={p} />
                {p.reason && <Alert type="warning" showIcon message={p.reason} />}
                {p.capacity.warning && (
                  <Alert type="info" showIcon message={`余量提示：${p.capacity.warning}`} />
                )}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <Modal
        open={!!target}
        title={`交给“${target?.name ?? ''}”作为下一批次`}
        okText="确认交付"
        confirmLoading={giving}
        onOk={() => void submit()}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ period: target ? firstPeriod(target, demand.startDate) : null }}
        >
          <Form.Item
            name="period"
            label="本批次服务时间"
            rules={[{ required: true, message: '请选择本批次服务时间' }]}
            extra={
              target
                ? `须在服务团服务期 ${target.startDate} 至 ${target.endDate} 之内，并与需求期望时间重叠；领衔专家按此时段预约`
                : null
            }
          >
            <DateRangeField />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
