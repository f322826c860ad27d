// 经费: the cap of the team's level, the ministry's support and the local match, what was spent and what is left
// (to be explained and returned); the province records the funds, the province or the team's lead records the
// spending and the survey's section 5 (服务保障措施、宣传情况). A bureau reads it all.
import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Statistic,
  Table,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useAuth } from '../../auth/auth-context';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  AddTeamExpenseDocument,
  RemoveTeamExpenseDocument,
  SetTeamFundingDocument,
  TeamFundingDocument,
  UpdateTeamReportDocument,
  type ExpenseCategory,
  type FundingItemFragment,
  type TeamDetailFragment,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { fieldErrorsOf } from '../../lib/field-errors';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`;

/** Puts the server's field messages on the form's fields; true when at least one was placed. */
function showFieldErrors(form: FormInstance, error: unknown, known: readonly string[]): boolean {
  const fields = Object.entries(fieldErrorsOf(error)).filter(([name]) => known.includes(name));
  if (fields.length) form.setFields(fields.map(([name, text]) => ({ name, errors: [text] })));
  return fields.length > 0;
}

type Team = Pick<TeamDetailFragment, 'id' | 'level' | 'canLogBatches'>;

export function TeamFundingTab({ team }: { team: Team }) {
  const { account } = useAuth();
  const { data, loading, error, refetch } = useQuery(TeamFundingDocument, {
    variables: { teamId: team.id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <LoadingBlock />;
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

interface FundingValues {
  ministryFunds?: number | null;
  matchingFunds?: number | null;
  matchingSource?: string;
}

function FundingForm({ team, funding }: { team: Team; funding: FundingItemFragment }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FundingValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetTeamFundingDocument, {
    refetchQueries: ['TeamSurvey', 'TeamDetail'],
  });
  const national = team.level === 'NATIONAL';
  useEffect(() => {
    form.setFieldsValue({
      ministryFunds: funding.ministryFunds,
      matchingFunds: funding.matchingFunds,
      matchingSource: funding.matchingSource ?? '',
    });
  }, [form, funding.ministryFunds, funding.matchingFunds, funding.matchingSource]);

  const submit = async (values: FundingValues) => {
    setFailure(null);
    try {
      await save({
        variables: {
          teamId: team.id,
          input: {
            ministryFunds: national ? (values.ministryFunds ?? 0) : 0,
            matchingFunds: values.matchingFunds ?? 0,
            matchingSource: values.matchingSource?.trim() || null,
          },
        },
      });
      message.success('经费已登记');
    } catch (e) {
      showFieldErrors(form, e, ['ministryFunds', 'matchingFunds', 'matchingSource']);
      setFailure(errorMessage(e));
    }
  };

  return (
    <Card size="small" title="登记经费（省厅）">
      {failure && <Alert className="form-page__alert" type="error" showIcon title={failure} role="alert" />}
      <Form<FundingValues> form={form} name="team-funding" layout="vertical" onFinish={(v) => void submit(v)}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="ministryFunds"
              label="人力资源社会保障部支持资金（元）"
              extra={national ? '国家级服务团，不超过 100000 元' : '仅国家级服务团可获部支持资金'}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} disabled={!national} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="matchingFunds"
              label={national ? '地方配套资金（元）' : '经费（元）'}
              extra={national ? '按 1:1 配套' : '省级、市级服务团不超过 100000 元'}
              rules={[{ required: true, message: '请填写金额' }]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="matchingSource" label="资金来源">
              <Input maxLength={200} placeholder="如：市级专家服务基层专项经费" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={loading}>
          保存经费
        </Button>
      </Form>
    </Card>
  );
}

interface ExpenseValues {
  category?: ExpenseCategory;
  amount?: number | null;
  spentOn?: Dayjs | null;
  note?: string;
}

function ExpensesCard({
  team,
  funding,
  canManage,
}: {
  team: Team;
  funding: FundingItemFragment;
  canManage: boolean;
}) {
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExpenseValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = ['TeamSurvey'];
  const [add, adding] = useMutation(AddTeamExpenseDocument, { refetchQueries });
  const [remove, removing] = useMutation(RemoveTeamExpenseDocument, { refetchQueries });

  const submit = async (values: ExpenseValues) => {
    setFailure(null);
    try {
      await add({
        variables: {
          teamId: team.id,
          input: {
            category: values.category!,
            amount: values.amount ?? 0,
            spentOn: values.spentOn!.format('YYYY-MM-DD'),
            note: values.note?.trim() || null,
          },
        },
      });
      message.success('支出已登记');
      form.resetFields();
    } catch (e) {
      showFieldErrors(form, e, ['category', 'amount', 'spentOn', 'note']);
      setFailure(errorMessage(e));
    }
  };

  return (
    <Card size="small" title="经费支出">
      <Flex vertical gap={12}>
        {funding.byCategory.length > 0 && (
          <Typography.Text type="secondary">
            按类别：{funding.byCategory.map((c) => `${c.label} ${yuan(c.amount)}`).join('；')}
          </Typography.Text>
        )}
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={funding.expenses}
          locale={{ emptyText: '还没有支出记录' }}
          scroll={{ x: 560 }}
          columns={[
            { title: '日期', dataIndex: 'spentOn', render: (v: string) => formatDate(v), width: 130 },
            { title: '类别', dataIndex: 'label', width: 120 },
            {
              title: '金额',
              dataIndex: 'amount',
              align: 'right',
              render: (v: number) => yuan(v),
              width: 120,
            },
            { title: '说明', dataIndex: 'note', render: (v: string | null) => v || '—' },
            ...(canManage
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 80,
                    render: (_: unknown, row: FundingItemFragment['expenses'][number]) => (
                      <Popconfirm
                        title="删除这笔支出？"
                        description="删除会记入审计日志。"
                        okText="删除"
                        cancelText="取消"
                        okButtonProps={{ danger: true, loading: removing.loading }}
                        onConfirm={async () => {
                          try {
                            await remove({ variables: { id: row.id } });
                            message.success('已删除');
                          } catch (e) {
                            message.error(errorMessage(e));
                          }
                        }}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label="删除支出"
                        />
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {canManage && (
          <>
            {failure && <Alert type="error" showIcon title={failure} role="alert" />}
            <Form<ExpenseValues>
              form={form}
              name="team-expense"
              layout="vertical"
              onFinish={(v) => void submit(v)}
              initialValues={{ spentOn: dayjs() }}
            >
              <Row gutter={12}>
                <Col xs={24} sm={12} md={5}>
                  <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
                    <Select options={catalog.options('expenseCategories')} placeholder="选择类别" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={5}>
                  <Form.Item
                    name="amount"
                    label="金额（元）"
                    rules={[{ required: true, message: '请填写金额' }]}
                    extra={`可支出 ${yuan(Math.max(0, funding.balance))}`}
                  >
                    <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={5}>
                  <Form.Item
                    name="spentOn"
                    label="支出日期"
                    rules={[{ required: true, message: '请选择日期' }]}
                  >
                    <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={9}>
                  <Form.Item name="note" label="说明">
                    <Input maxLength={200} placeholder="如：专家往返交通" />
                  </Form.Item>
                </Col>
              </Row>
              <Button htmlType="submit" icon={<PlusOutlined />} loading={adding.loading}>
                添加支出
              </Button>
            </Form>
          </>
        )}
      </Flex>
    </Card>
  );
}

interface ReportValues {
  supportMeasures?: string;
  publicity?: { media?: string; date?: Dayjs | null; title?: string }[];
}

function ReportForm({
  team,
  funding,
  canManage,
}: {
  team: Team;
  funding: FundingItemFragment;
  canManage: boolean;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateTeamReportDocument, { refetchQueries: ['TeamSurvey'] });
  // Reset the form only when what is saved changes (not on every answer that carries the same values), so an
  // expense added meanwhile does not wipe what is being typed here.
  const saved = JSON.stringify([
    funding.supportMeasures,
    funding.publicity.map((p) => [p.media, p.date, p.title]),
  ]);
  useEffect(() => {
    if (!canManage) return; // read-only: no form to fill
    const [measures, publicity] = JSON.parse(saved) as [string | null, [string, string, string][]];
    form.setFieldsValue({
      supportMeasures: measures ?? '',
      publicity: publicity.map(([media, date, title]) => ({ media, title, date: dayjs(date) })),
    });
  }, [form, saved, canManage]);

  if (!canManage) {
    return (
      <Card size="small" title="组织实施情况（调查表第五部分）">
        <Flex vertical gap={8}>
          <div>
            <Typography.Text strong>服务保障措施：</Typography.Text>
            <span className="pre-wrap">{funding.supportMeasures || '未填报'}</span>
          </div>
          <div>
            <Typography.Text strong>宣传情况：</Typography.Text>
            {funding.publicity.length
              ? funding.publicity.map((p) => `${p.media} / ${p.date} / ${p.title}`).join('；')
              : '未填报'}
          </div>
        </Flex>
      </Card>
    );
  }

  const submit = async (values: ReportValues) => {
    setFailure(null);
    try {
      await save({
        variables: {
          teamId: team.id,
          input: {
            supportMeasures: values.supportMeasures?.trim() || null,
            publicity: (values.publicity ?? []).map((p) => ({
              media: (p.media ?? '').trim(),
              title: (p.title ?? '').trim(),
              date: p.date ? p.date.format('YYYY-MM-DD') : '',
            })),
          },
        },
      });
      message.success('已保存组织实施情况');
    } catch (e) {
      showFieldErrors(form, e, ['supportMeasures', 'publicity']);
      setFailure(errorMessage(e));
    }
  };

  return (
    <Card size="small" title="组织实施情况（调查表第五部分）">
      {failure && <Alert className="form-page__alert" type="error" showIcon title={failure} role="alert" />}
      <Form<ReportValues> form={form} name="team-report" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="supportMeasures"
          label="对参加服务活动专家人才的服务保障措施"
          extra="如：往返交通、食宿安排、保险等"
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.List name="publicity">
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={4}>
              <Typography.Text>宣传情况</Typography.Text>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={[field.name, 'media']}
                      rules={[{ required: true, whitespace: true, message: '请填写媒体名称' }]}
                    >
                      <Input placeholder="媒体名称" aria-label="媒体名称" maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={[field.name, 'date']}
                      rules={[{ required: true, message: '请选择发布时间' }]}
                    >
                      <DatePicker placeholder="发布时间" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={11}>
                    <Form.Item
                      name={[field.name, 'title']}
                      rules={[{ required: true, whitespace: true, message: '请填写篇名' }]}
                    >
                      <Input placeholder="篇名" aria-label="篇名" maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label="删除这条宣传"
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                style={{ alignSelf: 'flex-start' }}
              >
                添加一条宣传
              </Button>
            </Flex>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={loading} style={{ marginTop: 16 }}>
          保存组织实施情况
        </Button>
      </Form>
    </Card>
  );
}
