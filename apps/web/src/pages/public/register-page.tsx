// /register: a unit registers itself. The application goes to the LOCAL bureau of the chosen region; the account
// can sign in once it is approved (sign-in says so until then).
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { creditCodeProblem } from '@app/domain';
import { usePageTitle } from '../../components/page-header';
import { RegionCascader } from '../../components/region-cascader';
import { RegisterUnitDocument, type UnitRegistrationInput } from '../../graphql/operations';
import { useServerFieldErrors } from '../../lib/server-field-errors';
import '../admin/admin.css';
import { PublicFormCard } from './public-form-card';

export function RegisterPage() {
  usePageTitle('基层单位注册');
  const [form] = Form.useForm<UnitRegistrationInput & { confirm: string }>();
  const [register, { loading }] = useMutation(RegisterUnitDocument);
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const place = useServerFieldErrors(form);

  const submit = async ({ confirm: _confirm, ...input }: UnitRegistrationInput & { confirm: string }) => {
    setBanner(null);
    try {
      await register({ variables: { input } });
      setDone(input.username);
    } catch (e) {
      setBanner(place(e).message);
    }
  };

  return (
    <PublicFormCard
      title="基层单位注册"
      intro="填写单位信息后提交，由单位所在地区的属地人社局审核。统一社会信用代码按校验位核对。"
      banner={banner}
      bannerTestId="register-error"
      done={
        done
          ? {
              title: '注册申请已提交',
              subTitle: `请等待所在地区的属地人社局审核；审核通过后即可用用户名“${done}”登录。审核期间登录会提示审核进度。`,
              login: '返回登录',
            }
          : null
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item
          label="单位名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}
        >
          <Input maxLength={200} placeholder="与营业执照或登记证书一致" />
        </Form.Item>
        <Form.Item
          label="统一社会信用代码"
          name="creditCode"
          normalize={(v: string) => v?.toUpperCase().trim()}
          rules={[
            { required: true, message: '请填写统一社会信用代码' },
            {
              validator: async (_, v?: string) => {
                const p = v ? creditCodeProblem(v) : null;
                if (p) throw new Error(p);
              },
            },
          ]}
        >
          <Input maxLength={18} placeholder="18 位" />
        </Form.Item>
        <Form.Item
          label="所在地区"
          name="regionCode"
          rules={[{ required: true, message: '请选择所在地区（到地市或区县）' }]}
        >
          <RegionCascader aria-label="所在地区" />
        </Form.Item>
        <Form.Item
          label="联系人"
          name="contactName"
          rules={[{ required: true, whitespace: true, message: '请填写联系人' }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          label="联系人手机"
          name="mobile"
          rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位手机号码' }]}
        >
          <Input maxLength={11} inputMode="numeric" />
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
        <Form.Item
          label="确认密码"
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: async (_, v) => {
                if (v && v !== getFieldValue('password')) throw new Error('两次输入的密码不一致');
              },
            }),
          ]}
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          提交注册申请
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 12 }}>
        已有账号？<Link to="/login">返回登录</Link> 专家请<Link to="/claim">认领专家账号</Link>
      </Typography.Paragraph>
    </PublicFormCard>
  );
}
