// /verify and /verify/:code — public, no sign-in: anyone holding a 专家服务基层证明 checks its code here and sees
// what it certifies, or the server's reason why it is not valid.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Result, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-header';
import { VerifyCertificateDocument } from '../../graphql/operations';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

export function VerifyPage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string }>();
  usePageTitle('服务证明验证');
  const { data, loading, error } = useQuery(VerifyCertificateDocument, {
    variables: { code },
    skip: !code,
    fetchPolicy: 'network-only',
  });
  useEffect(() => form.setFieldsValue({ code }), [code, form]);
  const result = code ? data?.verifyCertificate : undefined;

  return (
    <div className="verify-page">
      <Card className="verify-card" variant="borderless">
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={3} className="verify-card__title">
              专家服务基层证明验证
            </Typography.Title>
            <Typography.Text type="secondary">输入证明上的 12 位验证码，核验证明的真伪。</Typography.Text>
          </div>
          <Form
            form={form}
            layout="inline"
            name="verify"
            className="verify-form"
            onFinish={({ code: next }) => {
              const normalized = (next ?? '').trim().toUpperCase().replace(/[\s-]/g, '');
              if (normalized) navigate(`/verify/${encodeURIComponent(normalized)}`);
            }}
          >
            <Form.Item
              name="code"
              rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}
              style={{ flex: 1 }}
            >
              <Input aria-label="验证码" placeholder="如 ABCD2345EFGH" maxLength={20} allowClear />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              验证
            </Button>
          </Form>
          {code && loading && !data && (
            <div className="page-loading">
              <Spin description="正在验证…" />
            </div>
          )}
          {code && error && !data && (
            <Alert type="error" showIcon title={errorMessage(error, '验证失败，请稍后重试')} />
          )}
          {result && result.valid && (
            <Flex vertical gap={12} data-testid="verify-result" data-valid="true">
              <Result
                className="verify-result"
                icon={<CheckCircleFilled style={{ color: '#389e0d' }} />}
                status="success"
                title={result.message}
                subTitle={`验证码 ${code.toUpperCase()}`}
              />
              <Descriptions
                bordered
                size="small"
                column={1}
                items={[
                  { key: 'name', label: '姓名', children: result.expertName },
                  { key: 'employer', label: '工作单位', children: result.employerName || '—' },
                  { key: 'year', label: '年度', children: `${result.year} 年` },
                  { key: 'days', label: '服务工作日', children: `${result.workingDays} 天` },
                  {
                    key: 'credit',
                    label: '继续教育学时认定',
                    children: result.creditMet ? '已达到（满 10 个工作日）' : '未达到（不足 10 个工作日）',
                  },
                  { key: 'teams', label: '参加的专家服务团', children: result.teams.join('、') || '—' },
                  { key: 'issued', label: '开具日期', children: formatDate(result.issuedAt) },
                ]}
              />
            </Flex>
          )}
          {result && !result.valid && (
            <div data-testid="verify-result" data-valid="false">
              <Result
                className="verify-result"
                icon={<CloseCircleFilled style={{ color: '#cf1322' }} />}
                status="error"
                title="证明无效"
                subTitle={result.message}
              />
            </div>
          )}
          <Typography.Text type="secondary" className="verify-card__footer">
            专家服务基层 · 点餐式服务平台 · <Link to="/login">工作人员登录</Link>
          </Typography.Text>
        </Flex>
      </Card>
    </div>
  );
}
