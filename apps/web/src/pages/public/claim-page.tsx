// /claim: an expert of the library claims an account — the mobile the library has, the code sent to it, a user
// name and a password. In the demo (no SMS channel) the code can be shown on the page.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-header';
import {
  ClaimExpertRecordDocument,
  DemoOneTimeCodeDocument,
  RequestExpertClaimCodeDocument,
  type ExpertClaimInput,
} from '../../graphql/operations';
import { errorMessage } from '../../lib/graphql-errors';
import { useServerFieldErrors } from '../../lib/server-field-errors';
import '../admin/admin.css';
import { PublicFormCard } from './public-form-card';

export function ClaimPage() {
  usePageTitle('专家认领账号');
  const client = useApolloClient();
  const [form] = Form.useForm<ExpertClaimInput>();
  const [requestCode, requesting] = useMutation(RequestExpertClaimCodeDocument);
  const [claim, claiming] = useMutation(ClaimExpertRecordDocument);
  const [sent, setSent] = useState<string | null>(null);
  const [demoCode, setDemoCode] = useState<string | null>(null);
  const [wait, setWait] = useState(0);
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const place = useServerFieldErrors(form);

  useEffect(() => {
    if (wait <= 0) return;
    const t = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(t);
  }, [wait]);

  const send = async () => {
    setBanner(null);
    setDemoCode(null);
    try {
      const { mobile } = await form.validateFields(['mobile']);
      const { data } = await requestCode({ variables: { mobile } });
      setSent(data?.requestExpertClaimCode ?? '验证码已发送');
      setWait(60);
      const demo = await client
        .query({ query: DemoOneTimeCodeDocument, variables: { mobile }, fetchPolicy: 'network-only' })
        .catch(() => null);
      setDemoCode(demo?.data?.demoOneTimeCode ?? null);
    } catch (e) {
      if ((e as { errorFields?: unknown }).errorFields) return;
      setBanner(errorMessage(e, '发送失败，请稍后重试'));
    }
  };
  const submit = async (input: ExpertClaimInput) => {
    setBanner(null);
    try {
      await claim({ variables: { input } });
      setDone(input.username);
    } catch (e) {
      setBanner(place(e).message);
    }
  };

  return (
    <PublicFormCard
      title="专家认领账号"
      intro="已在专家库中登记的专家，用登记的手机号接收验证码，即可开通账号。收到属地人社局邀请短信的，直接填写短信中的验证码。"
      banner={banner}
      bannerTestId="claim-error"
      done={
        done
          ? {
              title: '账号已开通',
              subTitle: `已关联您在专家库中的记录，请用用户名“${done}”登录。`,
              login: '去登录',
            }
          : null
      }
    >
      {sent && <Alert type="info" showIcon title={sent} style={{ marginBottom: 12 }} />}
      {demoCode && (
        <Alert
          type="warning"
          showIcon
          title={
            <span>
              演示环境未接短信通道，验证码为 <b data-testid="demo-code">{demoCode}</b>
            </span>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="手机号" required>
          <Space.Compact block>
            <Form.Item
              name="mobile"
              noStyle
              rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位手机号码' }]}
            >
              <Input maxLength={11} inputMode="numeric" aria-label="手机号" />
            </Form.Item>
            <Button onClick={() => void send()} loading={requesting.loading} disabled={wait > 0}>
              {wait > 0 ? `${wait} 秒后重发` : '获取验证码'}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          label="验证码"
          name="code"
          rules={[{ required: true, pattern: /^\d{6}$/, message: '请填写 6 位验证码' }]}
        >
          <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" />
        </Form.Item>
        <Form.Item
          label="登录用户名"
          name="username"
          rules={[
            {
              required: true,
              pattern: /^[a-zA-Z0-9_.-]{3,32}$/,
              message: '3–32 位字母、数字、下划线、点或短横线',
            },
          ]}
        >
          <Input maxLength={32} autoComplete="username" />
        </Form.Item>
        <Form.Item
          label="登录密码"
          name="password"
          rules={[{ required: true, message: '请设置密码' }]}
          extra="至少 8 位，须同时包含字母和数字"
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={claiming.loading}>
          开通账号
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 12 }}>
        <Link to="/login">返回登录</Link> 基层单位请<Link to="/register">注册</Link>
      </Typography.Paragraph>
    </PublicFormCard>
  );
}
