// 通知设置: the inbox gets every notice; here the account chooses which kinds also come by e-mail or SMS, and where
// they go. Channels the installation has not set up are shown as such, never offered.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '../components/page-header';
import { ErrorBlock, LoadingBlock } from '../components/query-state';
import {
  MyNotificationPreferencesDocument,
  UpdateMyNotificationPreferencesDocument,
} from '../graphql/operations';
import { applyServerFieldErrors } from '../lib/server-field-errors';

interface Values {
  email: string;
  mobile: string;
  emailTopics: string[];
  smsTopics: string[];
}

export function NotificationPreferencesPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MyNotificationPreferencesDocument, {
    fetchPolicy: 'network-only',
  });
  const [save, { loading: saving }] = useMutation(UpdateMyNotificationPreferencesDocument);
  const prefs = data?.myNotificationPreferences;

  useEffect(() => {
    if (prefs) {
      form.setFieldsValue({
        email: prefs.email ?? '',
        mobile: prefs.mobile ?? '',
        emailTopics: prefs.emailTopics,
        smsTopics: prefs.smsTopics,
      });
    }
  }, [prefs, form]);

  const emailOn = prefs?.availableChannels.includes('EMAIL') ?? false;
  const smsOn = prefs?.availableChannels.includes('SMS') ?? false;
  const emailTopics = Form.useWatch('emailTopics', form) ?? [];
  const smsTopics = Form.useWatch('smsTopics', form) ?? [];

  const submit = async (v: Values) => {
    setBanner(null);
    try {
      await save({
        variables: {
          input: {
            email: v.email?.trim() || null,
            mobile: v.mobile?.trim() || null,
            emailTopics: v.emailTopics ?? [],
            smsTopics: v.smsTopics ?? [],
          },
        },
      });
      message.success('通知设置已保存');
    } catch (e) {
      setBanner(applyServerFieldErrors(form, e).message);
    }
  };

  const toggle = (field: 'emailTopics' | 'smsTopics', key: string, on: boolean) => {
    const now = new Set(form.getFieldValue(field) ?? []);
    if (on) now.add(key);
    else now.delete(key);
    form.setFieldValue(field, [...now]);
  };

  return (
    <>
      <PageHeader title="通知设置" subTitle="站内通知总会收到；下列类别可同时通过邮件或短信接收" />
      <Card variant="borderless">
        {error && !data ? (
          <ErrorBlock error={error} title="通知设置加载失败" onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <LoadingBlock />
        ) : (
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            className="preferences-form"
            style={{ maxWidth: 640 }}
          >
            {!emailOn && !smsOn && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title="本平台尚未开通邮件和短信通知"
                description="通知会出现在右上角的铃铛中。开通后（由系统管理员配置），您可以在这里选择同时通过邮件或短信接收。"
              />
            )}
            {banner && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={banner} />}
            <Form.Item name="emailTopics" hidden>
              <Input />
            </Form.Item>
            <Form.Item name="smsTopics" hidden>
              <Input />
            </Form.Item>
            <Form.Item
              name="email"
              label="电子邮件地址"
              extra={emailOn ? '选择了邮件通知的类别会发到这个地址' : '邮件通知尚未开通'}
              rules={[{ type: 'email', message: '电子邮件地址格式不正确，例如 zhangsan@example.com' }]}
            >
              <Input
                maxLength={254}
                placeholder="例如 zhangsan@example.com"
                autoComplete="email"
                inputMode="email"
              />
            </Form.Item>
            <Form.Item
              name="mobile"
              label="手机号"
              extra={smsOn ? '选择了短信通知的类别会发到这个手机号' : '短信通知尚未开通'}
              rules={[{ pattern: /^\s*1[3-9]\d{9}\s*$/, message: '手机号应为 11 位数字，以 1 开头' }]}
            >
              <Input maxLength={11} placeholder="例如 13800138000" autoComplete="tel" inputMode="numeric" />
            </Form.Item>
            <Typography.Title level={5}>接收哪些通知</Typography.Title>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              className="preferences-table"
              dataSource={prefs?.topics ?? []}
              columns={[
                { title: '通知类别', dataIndex: 'label' },
                {
                  title: '站内',
                  width: 56,
                  align: 'center',
                  render: () => <Checkbox checked disabled aria-label="站内通知（总会收到）" />,
                },
                {
                  title: '邮件',
                  width: 56,
                  align: 'center',
                  render: (_, t) => (
                    <Checkbox
                      aria-label={`${t.label}：邮件`}
                      disabled={!emailOn}
                      checked={emailTopics.includes(t.key)}
                      onChange={(e) => toggle('emailTopics', t.key, e.target.checked)}
                    />
                  ),
                },
                {
                  title: '短信',
                  width: 56,
                  align: 'center',
                  render: (_, t) => (
                    <Checkbox
                      aria-label={`${t.label}：短信`}
                      disabled={!smsOn}
                      checked={smsTopics.includes(t.key)}
                      onChange={(e) => toggle('smsTopics', t.key, e.target.checked)}
                    />
                  ),
                },
              ]}
            />
            <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 16 }}>
              保存设置
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
