// 年度材料上报: the summary of the year and the final accounts (经费决算) — per approved budget line what was actually
// spent, the balance worked out as one types, the total checked against the spending recorded through the year, and
// when money is left its explanation and the amount returned. The server holds every rule; this form shows them
// early and places the server's field errors under their lines.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ErrorBlock, SkeletonBlock } from '../../../components/query-state';
import {
  ProgrammeYearReportFormDocument,
  SubmitProgrammeYearReportDocument,
  type ProgrammeYearReportFormQuery,
} from '../../../graphql/operations';
import { applyServerFieldErrors, type ServerFieldMap } from '../../../lib/server-field-errors';
import { useNarrowScreen } from '../../../lib/use-narrow-screen';

type ReportForm = NonNullable<ProgrammeYearReportFormQuery['programmeYearReportForm']>;

interface Values {
  summary: string;
  lines: { spent: number | null }[];
  amountReturned: number | null;
  balanceNote: string;
}

const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`;

/** The modal that files a team's year report; `teamId` null keeps it closed. */
export function YearReportModal({
  teamId,
  onClose,
  onFiled,
}: {
  teamId: string | null;
  onClose: () => void;
  onFiled?: () => void;
}) {
  const { data, loading, error, refetch } = useQuery(ProgrammeYearReportFormDocument, {
    variables: { teamId: teamId ?? '' },
    skip: !teamId,
    fetchPolicy: 'network-only',
  });
  const f = data?.programmeYearReportForm;
  return (
    <Modal
      open={!!teamId}
      title={`上报年度材料${f ? `：${f.teamName}（${f.year} 年）` : ''}`}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={760}
    >
      {loading && !f && <SkeletonBlock label="正在读取核定预算…" />}
      {error && !f && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      {f && (
        <ReportFormBody
          form={f}
          onDone={() => {
            onFiled?.();
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

function ReportFormBody({ form: f, onDone }: { form: ReportForm; onDone: () => void }) {
  const { message } = App.useApp();
  const narrow = useNarrowScreen();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitProgrammeYearReportDocument);
  const lines = Form.useWatch('lines', form) ?? [];
  const spentOf = (i: number) => {
    const v = lines[i]?.spent;
    return typeof v === 'number' ? v : 0;
  };
  const total = f.lines.reduce((s, _, i) => s + spentOf(i), 0);
  const balance = f.budget - total;
  const previous = f.accounts?.lines;
  const initial: Values = {
    summary: f.summary ?? '',
    lines: f.lines.map((l, i) => ({
      spent: previous?.[i]?.item === l.item ? previous[i]!.spent : null,
    })),
    amountReturned: f.accounts?.returned ?? null,
    balanceNote: f.balanceNote ?? '',
  };
  // The server names line errors `lines.<i>.spent`; the form's items are ['lines', i, 'spent'].
  const map: ServerFieldMap<Values> = Object.fromEntries(
    f.lines.map((_, i) => [`lines.${i}.spent`, ['lines', i, 'spent']]),
  );
  map.survey = null;

  const send = async () => {
    const v = await form.validateFields();
    setBanner(null);
    try {
      await submit({
        variables: {
          teamId: f.teamId,
          input: {
            summary: v.summary,
            balanceNote: v.balanceNote || null,
            lines: v.lines.map((l) => ({ spent: l.spent ?? 0 })),
            amountReturned: v.amountReturned ?? 0,
          },
        },
        refetchQueries: ['ProgrammeYearReports'],
      });
      message.success(`已上报“${f.teamName}”${f.year}年度材料和经费决算`);
      onDone();
    } catch (e) {
      setBanner(applyServerFieldErrors(form, e, { map }).message);
    }
  };

  const spentInput = (r: { item: string; amount: number; field: { name: number } }) => (
    <Form.Item
      name={[r.field.name, 'spent']}
      style={{ margin: 0 }}
      rules={[
        { required: true, message: '请填写实际支出（没有支出填 0）' },
        {
          validator: (_rule, v) =>
            typeof v === 'number' && v > r.amount
              ? Promise.reject(new Error(`超过该项预算 ${r.amount} 元`))
              : Promise.resolve(),
        },
      ]}
    >
      <InputNumber min={0} precision={0} aria-label={`${r.item}实际支出`} style={{ width: 140 }} />
    </Form.Item>
  );

  return (
    <Form form={form} layout="vertical" initialValues={initial} data-testid="year-report-form">
      {f.surveyBlocking.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="成效调查表尚缺以下项目，补齐后才能上报"
          description={
            <Space size={[4, 4]} wrap>
              {f.surveyBlocking.map((m) => (
                <Tag key={m}>{m}</Tag>
              ))}
            </Space>
          }
        />
      )}
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      {f.reported && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="已上报过本年度材料，再次上报将覆盖原内容"
        />
      )}
      <Form.Item
        name="summary"
        label="工作成效总结"
        rules={[{ required: true, whitespace: true, message: '请填写工作成效总结' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Typography.Text strong>经费决算（元）</Typography.Text>
      <Form.List name="lines">
        {(fields, _ops, { errors }) => (
          <>
            {/* On a phone each line is a block (label above its input), not a table scrolled sideways. */}
            {narrow ? (
              <Flex vertical gap={8} style={{ margin: '8px 0 4px' }}>
                {fields.map((field, i) => {
                  const l = f.lines[i]!;
                  return (
                    <Card key={field.key} size="small">
                      <Flex vertical gap={4}>
                        <span>
                          {l.item}
                          <Typography.Text type="secondary">（{l.source}）</Typography.Text>
                        </span>
                        <Typography.Text type="secondary">核定预算 {yuan(l.amount)}</Typography.Text>
                        {spentInput({ item: l.item, amount: l.amount, field })}
                        <span>结余 {yuan(l.amount - spentOf(i))}</span>
                      </Flex>
                    </Card>
                  );
                })}
                <span>
                  合计：核定 {yuan(f.budget)}，支出{' '}
                  <span data-testid="accounts-total">{total.toLocaleString('zh-CN')}</span> 元，结余{' '}
                  <span data-testid="accounts-balance">{balance.toLocaleString('zh-CN')}</span> 元
                </span>
              </Flex>
            ) : (
              <Table
                size="small"
                rowKey="key"
                pagination={false}
                style={{ margin: '8px 0 4px' }}
                dataSource={fields.map((field, i) => ({ ...f.lines[i]!, key: field.key, index: i, field }))}
                columns={[
                  {
                    title: '预算项目',
                    render: (_, r) => (
                      <Flex vertical>
                        <span>{r.item}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {r.source}
                        </Typography.Text>
                      </Flex>
                    ),
                  },
                  { title: '核定预算', align: 'right', render: (_, r) => r.amount.toLocaleString('zh-CN') },
                  {
                    title: '实际支出',
                    render: (_, r) => spentInput(r),
                  },
                  {
                    title: '结余',
                    align: 'right',
                    render: (_, r) => (r.amount - spentOf(r.index)).toLocaleString('zh-CN'),
                  },
                ]}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      合计（核定 {f.budget.toLocaleString('zh-CN')}）
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} />
                    <Table.Summary.Cell index={2}>
                      <span data-testid="accounts-total">{total.toLocaleString('zh-CN')}</span>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      <span data-testid="accounts-balance">{balance.toLocaleString('zh-CN')}</span>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            )}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Typography.Paragraph
        type={total === f.recorded ? 'secondary' : 'warning'}
        style={{ marginBottom: 12 }}
      >
        全年登记的经费支出 {yuan(f.recorded)}，决算支出合计须与之一致
        {total !== f.recorded ? `（现差 ${yuan(Math.abs(f.recorded - total))}）` : ''}
      </Typography.Paragraph>
      <Form.Item
        name="amountReturned"
        label={`已退回结余经费（元，结余 ${Math.max(0, balance).toLocaleString('zh-CN')}）`}
        rules={[{ required: balance > 0, message: '请填写已退回的金额' }]}
      >
        <InputNumber min={0} max={Math.max(0, balance)} precision={0} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="balanceNote"
        label="结余经费专项说明"
        rules={[{ required: balance > 0, whitespace: true, message: '经费有结余，请作出专项说明' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} placeholder="结余原因、退回情况" />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" loading={loading} onClick={() => void send()}>
          上报
        </Button>
      </Flex>
    </Form>
  );
}

/** On a team's page, for its lead expert: the year report of an approved team (nothing for other teams). */
export function TeamYearReportCard({ teamId }: { teamId: string }) {
  const [open, setOpen] = useState(false);
  const { data, refetch } = useQuery(ProgrammeYearReportFormDocument, {
    variables: { teamId },
    fetchPolicy: 'cache-and-network',
  });
  const f = data?.programmeYearReportForm;
  if (!f) return null;
  return (
    <Card size="small" title={`${f.year} 年度材料（成效总结与经费决算，11 月 20 日前）`}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <span>
          {f.reported ? <Tag color="green">已上报</Tag> : <Tag>未上报</Tag>}
          核定经费 {yuan(f.budget)}，已登记支出 {yuan(f.recorded)}
        </span>
        <Button onClick={() => setOpen(true)}>{f.reported ? '重新上报' : '上报年度材料'}</Button>
      </Flex>
      <YearReportModal
        teamId={open ? teamId : null}
        onClose={() => setOpen(false)}
        onFiled={() => void refetch()}
      />
    </Card>
  );
}
