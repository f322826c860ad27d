// 回访 at +30 and +180 days: each one's state, and the unit's answer once it is open.
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  AnswerFollowUpDocument,
  type FollowUpItemFragment,
  type ProblemSolved,
} from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { useServerFieldErrors } from '../../../../lib/server-field-errors';

export function FollowUps({
  followUps,
  canAnswer,
}: {
  followUps: FollowUpItemFragment[];
  canAnswer: boolean;
}) {
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
  const placeErrors = useServerFieldErrors(form);
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
          setFailure(placeErrors(e).message);
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
