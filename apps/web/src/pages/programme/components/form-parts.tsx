// Pieces both annexes use: the contact block, a long text counted in 字 (≤ 1,000), and the budget lines in 元.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { LONG_TEXT_MAX, budgetTotal, countChars, type BudgetLine } from '@app/domain';
import { wan } from './programme-common';

export const opts = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function ContactFields() {
  return (
    <Space wrap>
      <Form.Item name={['form', 'contact', 'department']} label="负责部门">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['form', 'contact', 'name']} label="联系人">
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name={['form', 'contact', 'officePhone']} label="办公电话">
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name={['form', 'contact', 'mobile']} label="手机">
        <Input maxLength={11} />
      </Form.Item>
      <Form.Item name={['form', 'contact', 'email']} label="E-mail">
        <Input maxLength={100} />
      </Form.Item>
    </Space>
  );
}

export function LongText({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item
      name={['form', name]}
      label={label}
      rules={[
        {
          validator: async (_, v: string | undefined) => {
            if (countChars(v) > LONG_TEXT_MAX)
              throw new Error(`不能超过 ${LONG_TEXT_MAX} 字（现 ${countChars(v)} 字）`);
          },
        },
      ]}
      extra={
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) =>
            `${countChars(getFieldValue(['form', name]) as string)} / ${LONG_TEXT_MAX} 字`
          }
        </Form.Item>
      }
    >
      <Input.TextArea autoSize={{ minRows: 3 }} />
    </Form.Item>
  );
}

export function BudgetLines({ hint }: { hint: string }) {
  const lines = (Form.useWatch(['form', 'budgetLines']) as BudgetLine[] | undefined) ?? [];
  return (
    <>
      <Typography.Paragraph type="secondary">{hint}（金额单位：元）</Typography.Paragraph>
      <Form.List name={['form', 'budgetLines']}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item name={[f.name, 'item']} label="预算项目">
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item name={[f.name, 'amount']} label="金额（元）">
                  <InputNumber min={1} precision={0} />
                </Form.Item>
                <Form.Item name={[f.name, 'source']} label="经费来源">
                  <Input maxLength={50} />
                </Form.Item>
                <Button
                  aria-label="删除此行"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  style={{ marginTop: 30 }}
                />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ item: '', amount: null, source: '' })}>
              添加预算明细
            </Button>
            <Typography.Paragraph strong style={{ marginTop: 8 }}>
              合计：
              {wan(budgetTotal(lines.filter(Boolean).map((l) => ({ ...l, amount: Number(l.amount) || 0 }))))}
            </Typography.Paragraph>
          </>
        )}
      </Form.List>
      <Form.Item name={['form', 'budgetNote']} label="经费说明">
        <Input.TextArea autoSize maxLength={200} />
      </Form.Item>
    </>
  );
}
