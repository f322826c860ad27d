// The service part of a demand's page: the teams serving it with their days against the 5-day minimum, the
// batches logged for it, how it was completed, the unit's 基层反向评价 (form or result) and the follow-ups at
// +30 and +180 days.
import { useMutation, useQuery } from '@apollo/client/react';
import { SCORE_LABELS, evaluationNeedsComment, type EvaluationScores } from '@app/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Rate,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { BatchCard } from '../../components/batch-card';
import { TEAM_LEVEL_LABELS } from '../../components/match-view';
import { ServedDaysProgress } from '../../components/served-days-progress';
import {
  AnswerFollowUpDocument,
  DemandServiceDocument,
  EvaluateServiceDocument,
  type DemandDetail,
  type EvaluationItemFragment,
  type FollowUpItemFragment,
  type ProblemSolved,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { fieldErrorsOf } from '../../lib/field-errors';
import { formatDate, formatDateTime, formatPeriod } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

const SERVED = ['DISPATCHED', 'IN_SERVICE', 'DELIVERED', 'EVALUATED'];
const SCORE_KEYS = Object.keys(SCORE_LABELS) as (keyof EvaluationScores)[];

export function DemandServicePanel({ demand }: { demand: DemandDetail }) {
  const { account } = useAuth();
  const { data } = useQuery(DemandServiceDocument, {
    variables: { id: demand.id },
    skip: !SERVED.includes(demand.status),
    fetchPolicy: 'cache-and-network',
  });
  const info = data?.demand;
  if (!SERVED.includes(demand.status) || !info) return null;
  const batches = data.serviceBatches;
  const mayOpenTeam = account?.role !== 'UNIT';
  const isUnit = account?.role === 'UNIT';
  const delivered = info.status === 'DELIVERED' || info.status === 'EVALUATED';

  return (
    <Flex vertical gap={16} className="demand-service" data-testid="demand-service">
      {info.teams.length > 0 && (
        <Card title="专家服务团" variant="borderless" size="small">
          <Flex vertical gap={12}>
            {info.teams.map((t) => (
              <Flex key={t.id} vertical gap={4} data-testid="demand-team" data-team={t.name}>
                <Space wrap size={6}>
                  {mayOpenTeam ? (
                    <Link to={`/teams/${t.id}`}>{t.name}</Link>
                  ) : (
                    <Typography.Text strong>{t.name}</Typography.Text>
                  )}
                  <Tag>{TEAM_LEVEL_LABELS[t.level]}</Tag>
                  <Typography.Text type="secondary">
                    服务期 {formatPeriod(t.startDate, t.endDate)}
                  </Typography.Text>
                </Space>
                {info.status !== 'DISPATCHED' && <ServedDaysProgress days={t.servedDays} />}
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
      {info.status !== 'DISPATCHED' && (
        <Card
          title="服务批次"
          variant="borderless"
          size="small"
          extra={
            <Typography.Text type="secondary" data-testid="demand-batch-summary">
              共 {batches.length} 批，累计 {batches.reduce((s, b) => s + b.days, 0)} 天
            </Typography.Text>
          }
        >
          {batches.length === 0 ? (
            <Typography.Text type="secondary">服务团尚未登记服务批次</Typography.Text>
          ) : (
            <Collapse
              size="small"
              items={batches.map((b, i) => ({
                key: b.batchKey,
                label: `第 ${i + 1} 批 · ${formatPeriod(b.startDate, b.endDate)} · ${b.days} 天 · ${b.regionName}`,
                children: <BatchCard batch={b} title={null} />,
              }))}
            />
          )}
        </Card>
      )}
      {delivered && (
        <Card title="服务完成" variant="borderless" size="small">
          <Flex vertical gap={8}>
            {info.deliveredAt && <span>服务完成于 {formatDateTime(info.deliveredAt)}</span>}
            {info.completionOverride && (
              <Alert
                type="warning"
                showIcon
                data-testid="completion-override"
                title="服务天数未满 5 天，由省厅强制完成"
                description={`原因：${info.completionOverride}`}
              />
            )}
          </Flex>
        </Card>
      )}
      {info.evaluation ? (
        <EvaluationView evaluation={info.evaluation} />
      ) : (
        delivered &&
        (isUnit && demand.availableActions.includes('evaluate') ? (
          <EvaluationForm demandId={demand.id} />
        ) : (
          <Card title="服务评价" variant="borderless" size="small">
            <Typography.Text type="secondary">需求单位尚未评价本次服务</Typography.Text>
          </Card>
        ))
      )}
      {info.followUps.length > 0 && <FollowUps followUps={info.followUps} canAnswer={isUnit} />}
    </Flex>
  );
}

function EvaluationView({ evaluation }: { evaluation: EvaluationItemFragment }) {
  const catalog = useCatalog();
  return (
    <Card title="服务评价" variant="borderless" size="small" data-testid="evaluation">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          ...SCORE_KEYS.map((key) => ({
            key,
            label: SCORE_LABELS[key],
            children: <Rate disabled value={evaluation.scores[key]} />,
          })),
          {
            key: 'overall',
            label: '综合评分',
            children: (
              <Typography.Text strong data-testid="evaluation-overall">
                {evaluation.overall.toFixed(2)} 分
              </Typography.Text>
            ),
          },
          {
            key: 'solved',
            label: '问题是否解决',
            children: (
              <Tag
                color={
                  evaluation.problemSolved === 'YES'
                    ? 'green'
                    : evaluation.problemSolved === 'NO'
                      ? 'red'
                      : 'gold'
                }
              >
                {catalog.label('problemSolved', evaluation.problemSolved)}
              </Tag>
            ),
          },
          ...(evaluation.comment
            ? [
                {
                  key: 'comment',
                  label: '评价意见',
                  span: 'filled' as const,
                  children: <span className="pre-wrap">{evaluation.comment}</span>,
                },
              ]
            : []),
          { key: 'at', label: '评价时间', children: formatDateTime(evaluation.createdAt) },
        ]}
      />
    </Card>
  );
}

interface EvaluationValues {
  scores?: Partial<EvaluationScores>;
  problemSolved?: ProblemSolved;
  comment?: string;
}

function EvaluationForm({ demandId }: { demandId: string }) {
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [form] = Form.useForm<EvaluationValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [evaluate, { loading }] = useMutation(EvaluateServiceDocument, {
    refetchQueries: ['Demand', 'DemandService', 'Demands', 'DemandCounts'],
    awaitRefetchQueries: true,
  });

  const submit = async (values: EvaluationValues) => {
    setFailure(null);
    try {
      await evaluate({
        variables: {
          input: {
            demandId,
            scores: {
              expertise: values.scores?.expertise ?? 0,
              problemSolving: values.scores?.problemSolving ?? 0,
              attitude: values.scores?.attitude ?? 0,
              timeliness: values.scores?.timeliness ?? 0,
            },
            problemSolved: values.problemSolved!,
            comment: values.comment?.trim() || null,
          },
        },
      });
      message.success('感谢评价！评价结果将用于专家服务质量跟踪');
    } catch (e) {
      const fields = fieldErrorsOf(e);
      const placed = Object.entries(fields).map(([name, text]) => ({
        name: name.split('.'),
        errors: [text],
      }));
      if (placed.length) (form as FormInstance).setFields(placed);
      setFailure(errorMessage(e));
    }
  };

  const needsComment = (values: EvaluationValues) =>
    evaluationNeedsComment(values.scores, values.problemSolved);

  return (
    <Card title="评价服务" variant="borderless" size="small" data-testid="evaluation-form">
      <Typography.Paragraph type="secondary">
        服务已完成，请对本次专家服务进行评价（基层反向评价）。评分较低或问题未解决时请写明原因。
      </Typography.Paragraph>
      {failure && <Alert className="form-page__alert" type="error" showIcon role="alert" title={failure} />}
      <Form<EvaluationValues>
        form={form}
        name="evaluation"
        layout="vertical"
        onFinish={(v) => void submit(v)}
      >
        <div className="score-grid">
          {SCORE_KEYS.map((key) => (
            <Form.Item
              key={key}
              name={['scores', key]}
              label={SCORE_LABELS[key]}
              rules={[{ required: true, type: 'integer', min: 1, message: `请为“${SCORE_LABELS[key]}”打分` }]}
            >
              <Rate data-testid={`score-${key}`} aria-label={SCORE_LABELS[key]} />
            </Form.Item>
          ))}
        </div>
        <Form.Item
          name="problemSolved"
          label="问题是否解决"
          rules={[{ required: true, message: '请选择问题是否解决' }]}
        >
          <Radio.Group options={catalog.options('problemSolved')} optionType="button" />
        </Form.Item>
        <Form.Item
          name="comment"
          label="评价意见"
          dependencies={[['scores'], 'problemSolved']}
          rules={[
            ({ getFieldsValue }) => ({
              validator: async (_r, value: string | undefined) => {
                if (needsComment(getFieldsValue(true) as EvaluationValues) && !value?.trim())
                  throw new Error('评分较低或问题未解决时，请简要写明原因');
              },
            }),
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder="专家的服务给您带来了哪些变化？还有哪些问题？"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          提交评价
        </Button>
      </Form>
    </Card>
  );
}

function FollowUps({ followUps, canAnswer }: { followUps: FollowUpItemFragment[]; canAnswer: boolean }) {
  const catalog = useCatalog();
  return (
    <Card title="回访" variant="borderless" size="small" data-testid="follow-ups">
      <Flex vertical gap={12}>
        {followUps.map((f) => (
          <Flex
            key={f.id}
            vertical
            gap={6}
            className="follow-up"
            data-testid="follow-up"
            data-after={f.afterDays}
          >
            <Space wrap size={6}>
              <Typography.Text strong>完成后 {f.afterDays} 天回访</Typography.Text>
              <Typography.Text type="secondary">回访日期 {formatDate(f.dueOn)}</Typography.Text>
              {f.answeredAt ? (
                <Tag color={f.stillSolved === 'YES' ? 'green' : f.stillSolved === 'NO' ? 'red' : 'gold'}>
                  {catalog.label('problemSolved', f.stillSolved)}
                </Tag>
              ) : f.open ? (
                <Tag color="processing">待回答</Tag>
              ) : (
                <Tag>未到回访日期</Tag>
              )}
            </Space>
            {f.comment && <Typography.Text className="pre-wrap">{f.comment}</Typography.Text>}
            {f.answeredAt && (
              <Typography.Text type="secondary">回答于 {formatDateTime(f.answeredAt)}</Typography.Text>
            )}
            {!f.answeredAt && f.open && canAnswer && <FollowUpForm followUp={f} />}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

function FollowUpForm({ followUp }: { followUp: FollowUpItemFragment }) {
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ stillSolved?: ProblemSolved; comment?: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [answer, { loading }] = useMutation(AnswerFollowUpDocument, { refetchQueries: ['DemandService'] });
  return (
    <Form
      form={form}
      layout="vertical"
      name={`follow-up-${followUp.afterDays}`}
      onFinish={async (values) => {
        setFailure(null);
        try {
          await answer({
            variables: {
              id: followUp.id,
              stillSolved: values.stillSolved!,
              comment: values.comment?.trim() || null,
            },
          });
          message.success('已提交回访');
        } catch (e) {
          setFailure(errorMessage(e));
        }
      }}
    >
      {failure && <Alert className="form-page__alert" type="error" showIcon role="alert" title={failure} />}
      <Form.Item
        name="stillSolved"
        label="问题是否仍已解决"
        rules={[{ required: true, message: '请选择问题是否仍已解决' }]}
      >
        <Radio.Group options={catalog.options('problemSolved')} optionType="button" />
      </Form.Item>
      <Form.Item
        name="comment"
        label="情况说明"
        dependencies={['stillSolved']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              if (getFieldValue('stillSolved') === 'NO' && !value?.trim())
                throw new Error('问题未解决时，请简要说明情况');
            },
          }),
        ]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={loading}>
        提交回访
      </Button>
    </Form>
  );
}
