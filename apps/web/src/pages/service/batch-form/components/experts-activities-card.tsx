// 参加专家与服务活动: which confirmed members were there, and the activities by type (one row per type).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, Typography } from 'antd';
import type { TeamDetailFragment } from '../../../../graphql/operations';
import type { ActivityRow } from '../batch-form.types';
import { ActivityFields } from './activity-fields';

export function ExpertsActivitiesCard({ confirmed }: { confirmed: TeamDetailFragment['assignments'] }) {
  return (
    <Card variant="borderless" title="参加专家与服务活动" size="small">
      <Form.Item
        name="expertIds"
        label="参加本批次的专家"
        extra="只能选择已确认参加本服务团的专家"
        rules={[{ required: true, type: 'array', min: 1, message: '请选择参加本批次服务的专家' }]}
      >
        <Checkbox.Group
          className="checkbox-grid checkbox-grid--wide"
          options={confirmed.map((a) => ({
            value: a.expert.id,
            label: `${a.expert.name}${a.role === 'LEAD' ? '（领衔）' : ''}`,
          }))}
        />
      </Form.Item>
      <Form.List
        name="activities"
        rules={[
          {
            validator: async (_r, rows: ActivityRow[] | undefined) => {
              if (!rows?.length) throw new Error('请至少填写一项服务活动');
              const types = rows.map((r) => r.type).filter(Boolean);
              if (new Set(types).size !== types.length)
                throw new Error('同一活动类型只能填写一行（请合并次数）');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={4} className="form-list">
            <Typography.Text>服务活动</Typography.Text>
            {fields.map((field, i) => (
              <ActivityFields key={field.key} field={field} index={i} onRemove={() => remove(field.name)} />
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ count: 1 })}
              style={{ alignSelf: 'flex-start' }}
            >
              添加活动
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
