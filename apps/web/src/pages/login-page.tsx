// /login: username + password. Shows the server's own message when signing in fails.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import type { LoginLocationState } from '../auth/require-auth';
import { LoginDocument, type LoginMutationVariables as LoginVariables } from '../graphql/operations';
import { errorMessage } from '../lib/graphql-errors';

export function LoginPage() {
  const auth = useAuth();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const [login, { loading }] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<string | null>(null);

  // Signed in (now or already): go where the person was heading, else home.
  if (auth.token) {
    const target =
      state.from && state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/';
    return <Navigate to={target} replace />;
  }

  const submit = async (values: LoginVariables) => {
    setFailure(null);
    try {
      const { data } = await login({
        variables: { username: values.username.trim(), password: values.password },
      });
      if (data) auth.signIn(data.login.token);
      else setFailure('登录失败，请稍后重试');
    } catch (error) {
      setFailure(errorMessage(error, '登录失败，请稍后重试'));
    }
  };

  return (
    <div className="login-page">
      <div className="login-page__inner">
        <section className="login-hero" aria-label="平台简介">
          <div className="login-hero__badge">点餐式服务平台</div>
          <h1 className="login-hero__title">专家服务基层</h1>
          <p className="login-hero__slogan">基层下单 · 属地接单 · 省厅派单</p>
          <p className="login-hero__text">
            基层单位按需“点餐”，属地人社部门审核受理，省级人社部门精准匹配专家、组团派单，服务全程留痕可追溯。
          </p>
        </section>

        <Card className="login-card" variant="borderless">
          <Typography.Title level={3} className="login-card__title">
            账号登录
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="login-card__hint">
            请使用已开通的账号登录；基层单位可自助注册，专家可凭手机验证码认领账号
          </Typography.Paragraph>

          {state.expired && !failure && (
            <Alert className="login-card__alert" type="info" showIcon title="登录已过期，请重新登录" />
          )}
          {failure && (
            <Alert
              className="login-card__alert"
              type="error"
              showIcon
              title={failure}
              role="alert"
              data-testid="login-error"
            />
          )}

          <Form<LoginVariables>
            name="login"
            layout="vertical"
            size="large"
            requiredMark={false}
            onFinish={submit}
            autoComplete="on"
          >
            <Form.Item
              label="用户名"
              name="username"
              rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
            >
              <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" />
            </Form.Item>
            <Form.Item className="login-card__submit">
              <Button type="primary" htmlType="submit" block loading={loading}>
                登录
              </Button>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" className="login-card__footer">
            忘记密码请联系本单位管理员或属地人社部门重置
          </Typography.Paragraph>
          <Typography.Paragraph className="login-card__footer">
            <Link to="/register">基层单位注册</Link> · <Link to="/claim">专家认领账号</Link>
          </Typography.Paragraph>
        </Card>
      </div>
    </div>
  );
}

export default LoginPage;
