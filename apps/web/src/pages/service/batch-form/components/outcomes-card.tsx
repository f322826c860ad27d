// 实施成效: the one or two concrete problems solved, and the survey's outcome items.
import { PlusOutlined } from '@ant-design/icons';
import { BATCH_LIMITS } from '@app/domain';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import type { OutcomeRow } from '../batch-form.types';
import { OutcomeFields } from './outcome-fields';

const MAX = BATCH_LIMITS.problems.length;

export function OutcomesCard() {
  return (
    <Card variant="borderless" title="实施成效" size="small">
      <Form.Item
        name={['problems', 0]}
        label="解决的具体问题 1"
        extra={`每批次写明解决的 1–2 个具体问题，每个不超过 ${MAX} 字`}
        rules={[
          { required: true, whitespace: true, message: '请写明本批次解决的具体问题' },
          { max: MAX, message: `不超过 ${MAX} 个字` },
        ]}
      >
        <Input maxLength={MAX} placeholder="如：番茄黄化曲叶病毒病绿色防控方案落地" />
      </Form.Item>
      <Form.Item
        name={['problems', 1]}
        label="解决的具体问题 2（可选）"
        rules={[{ max: MAX, message: `不超过 ${MAX} 个字` }]}
      >
        <Input maxLength={MAX} />
      </Form.Item>
      <Form.List
        name="outcomes"
        rules={[
          {
            validator: async (_r, rows: OutcomeRow[] | undefined) => {
              const items = (rows ?? []).map((r) => r.item).filter(Boolean);
              if (new Set(items).size !== items.length) throw new Error('同一成效项目只能填写一行');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={4} className="form-list">
            <Typography.Text>成效项目（调查表第四部分，可选）</Typography.Text>
            {fields.map((field, i) => (
              <OutcomeFields key={field.key} field={field} index={i} onRemove={() => remove(field.name)} />
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              style={{ alignSelf: 'flex-start' }}
            >
              添加成效
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
