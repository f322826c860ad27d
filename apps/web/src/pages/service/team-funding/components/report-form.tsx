// 组织实施情况（调查表第五部分）: support measures and publicity; read-only for those who do not manage the team.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { UpdateTeamReportDocument } from '../../../../graphql/operations';
import { useServerFieldErrors } from '../../../../lib/server-field-errors';
import type { FundingItemFragment, FundingTeam } from '../team-funding.types';

interface ReportValues {
  supportMeasures?: string;
  publicity?: { media?: string; date?: Dayjs | null; title?: string }[];
}

export function ReportForm({
  team,
  funding,
  canManage,
}: {
  team: FundingTeam;
  funding: FundingItemFragment;
  canManage: boolean;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const placeErrors = useServerFieldErrors(form);
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
      setFailure(placeErrors(e).message);
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
