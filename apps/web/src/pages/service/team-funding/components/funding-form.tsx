// 登记经费（省厅）: the ministry's support (national teams only) and the local match with its source.
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useEffect, useState } from 'react';
import { SetTeamFundingDocument } from '../../../../graphql/operations';
import { useServerFieldErrors } from '../../../../lib/server-field-errors';
import type { FundingItemFragment, FundingTeam } from '../team-funding.types';

interface FundingValues {
  ministryFunds?: number | null;
  matchingFunds?: number | null;
  matchingSource?: string;
}

export function FundingForm({ team, funding }: { team: FundingTeam; funding: FundingItemFragment }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FundingValues>();
  const placeErrors = useServerFieldErrors(form);
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
      setFailure(placeErrors(e).message);
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
