// Create an account, or change one's name, role, region and organisation (ADMIN).
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { RegionCascader } from '../../../components/region-cascader';
import {
  AdminCreateAccountDocument,
  AdminUpdateAccountDocument,
  OrganizationsDocument,
  type AdminAccountItemFragment,
  type Role,
} from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import { useServerFieldErrors } from '../../../lib/server-field-errors';

interface Values {
  username: string;
  displayName?: string;
  password?: string;
  role: Role;
  regionCode?: string;
  organizationId?: string;
  expertId?: string;
}

export function AccountFormModal({
  account,
  open,
  onClose,
}: {
  account: AdminAccountItemFragment | null;
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<Values>();
  const catalog = useCatalog();
  const role = Form.useWatch('role', form);
  const [orgQuery, setOrgQuery] = useState('');
  const orgs = useQuery(OrganizationsDocument, {
    variables: { kind: role === 'UNIT' ? 'UNIT' : undefined, query: orgQuery || undefined },
    skip: !open || (role !== 'UNIT' && role !== 'LOCAL'),
  });
  const [create, creating] = useMutation(AdminCreateAccountDocument);
  const [update, updating] = useMutation(AdminUpdateAccountDocument);
  const [banner, setBanner] = useState<string | null>(null);
  const placeErrors = useServerFieldErrors(form);

  useEffect(() => {
    if (!open) return;
    setBanner(null);
    form.resetFields();
    if (account) {
      form.setFieldsValue({
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        regionCode: account.regionCode ?? undefined,
        organizationId: account.organizationId ?? undefined,
        expertId: account.expertId ?? undefined,
      });
    }
  }, [open, account, form]);

  const submit = async (v: Values) => {
    setBanner(null);
    try {
      if (account) {
        await update({
          variables: {
            id: account.id,
            input: {
              displayName: v.displayName,
              role: v.role,
              regionCode: v.regionCode ?? null,
              organizationId: v.organizationId ?? null,
              expertId: v.expertId ?? null,
            },
          },
        });
      } else {
        await create({
          variables: {
            input: {
              username: v.username.trim(),
              password: v.password ?? '',
              role: v.role,
              displayName: v.displayName,
              regionCode: v.regionCode,
              organizationId: v.organizationId,
              expertId: v.expertId,
            },
          },
        });
      }
      onClose(true);
    } catch (error) {
      setBanner(placeErrors(error).message);
    }
  };

  const needsRegion = role === 'LOCAL' || role === 'PROVINCE';
  return (
    <Modal
      open={open}
      title={account ? `修改账号：${account.username}` : '新建账号'}
      okText="保存"
      cancelText="取消"
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={creating.loading || updating.loading}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} role="alert" style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'UNIT' }}>
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}
        >
          <Input disabled={!!account} maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item label="显示名称" name="displayName">
          <Input maxLength={64} placeholder="如：金山区人社局" />
        </Form.Item>
        {!account && (
          <Form.Item
            label="初始密码"
            name="password"
            rules={[{ required: true, message: '请填写初始密码' }]}
            extra="至少 8 位，须同时包含字母和数字"
          >
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={catalog.options('roles')} />
        </Form.Item>
        {needsRegion && (
          <Form.Item label="所辖地区" name="regionCode" rules={[{ required: true, message: '请选择地区' }]}>
            <RegionCascader />
          </Form.Item>
        )}
        {role === 'UNIT' && (
          <Form.Item
            label="所属单位"
            name="organizationId"
            rules={[{ required: true, message: '请选择所属单位' }]}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={setOrgQuery}
              loading={orgs.loading}
              placeholder="输入单位名称搜索"
              options={(orgs.data?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        )}
        {role === 'EXPERT' && (
          <Form.Item
            label="关联专家 ID"
            name="expertId"
            rules={[{ required: true, message: '请填写专家库中的专家 ID' }]}
            extra="专家也可以凭手机验证码自行认领专家库记录"
          >
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
