// 经费支出: the spending so far (label/value rows on a phone) and, for those who manage the team, a line to add.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
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
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ResponsiveTable } from '../../../../components/responsive-table';
import {
  AddTeamExpenseDocument,
  RemoveTeamExpenseDocument,
  type ExpenseCategory,
} from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { formatDate } from '../../../../lib/format';
import { errorMessage } from '../../../../lib/graphql-errors';
import { useServerFieldErrors } from '../../../../lib/server-field-errors';
import { yuan, type FundingItemFragment, type FundingTeam } from '../team-funding.types';

interface ExpenseValues {
  category?: ExpenseCategory;
  amount?: number | null;
  spentOn?: Dayjs | null;
  note?: string;
}

export function ExpensesCard({
  team,
  funding,
  canManage,
}: {
  team: FundingTeam;
  funding: FundingItemFragment;
  canManage: boolean;
}) {
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExpenseValues>();
  const placeErrors = useServerFieldErrors(form);
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
      setFailure(placeErrors(e).message);
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
        <ResponsiveTable<FundingItemFragment['expenses'][number]>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={funding.expenses}
          locale={{ emptyText: '还没有支出记录' }}
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
