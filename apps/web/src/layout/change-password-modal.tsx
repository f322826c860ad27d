// 修改密码: the current password, a new one that meets the rule, and the same again.
import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ChangePasswordDocument } from '../graphql/operations';
import { applyServerFieldErrors } from '../lib/server-field-errors';
import { confirmPasswordRules, newPasswordRules } from '../lib/password-rules';

interface ChangePasswordValues {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordModal({
  username,
  open,
  onClose,
}: {
  username: string;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const { message } = App.useApp();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setFailure(null);
    onClose();
  };

  const submit = async () => {
    let values: ChangePasswordValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is wrong
    }
    setFailure(null);
    try {
      await changePassword({
        variables: { oldPassword: values.oldPassword, newPassword: values.newPassword },
      });
      message.success('密码已修改，下次登录请使用新密码');
      close();
    } catch (error) {
      setFailure(applyServerFieldErrors(form, error, { fallback: '修改密码失败，请稍后重试' }).message);
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      onOk={submit}
      onCancel={close}
      okText="确认修改"
      cancelText="取消"
      confirmLoading={loading}
      forceRender
    >
      {failure && <Alert className="modal-alert" type="error" showIcon title={failure} />}
      <Form form={form} layout="vertical" requiredMark={false} name="change-password">
        {/* Lets password managers know whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Form.Item
          label="当前密码"
          name="oldPassword"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra="至少 8 位，需同时包含字母和数字"
          dependencies={['oldPassword']}
          rules={[
            ...newPasswordRules,
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value === getFieldValue('oldPassword'))
                  throw new Error('新密码不能与当前密码相同');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={confirmPasswordRules('newPassword')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
