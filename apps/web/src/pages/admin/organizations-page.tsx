// 机构管理 (ADMIN): organisations by kind and name; create and edit them (the USCC is checked by its check
// character as it is typed and again by the server), and merge a duplicate into the one kept.
import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ORGANIZATION_KIND_LABELS, creditCodeProblem } from '@app/domain';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import { RegionCascader } from '../../components/region-cascader';
import {
  AdminCreateOrganizationDocument,
  AdminMergeOrganizationsDocument,
  AdminOrganizationsDocument,
  AdminUpdateOrganizationDocument,
  type AdminOrganizationItemFragment,
  type OrganizationKind,
} from '../../graphql/operations';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { useServerFieldErrors } from '../../lib/server-field-errors';
import { ResponsiveTable } from './components/responsive-table';
import './admin.css';

const KIND_OPTIONS = Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => ({
  value: value as OrganizationKind,
  label,
}));
const kindLabel = (k: string) => (ORGANIZATION_KIND_LABELS as Record<string, string>)[k] ?? k;

interface OrgValues {
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  creditCode?: string;
}

function OrganizationModal({
  org,
  open,
  onClose,
}: {
  org: AdminOrganizationItemFragment | null;
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<OrgValues>();
  const [create, c] = useMutation(AdminCreateOrganizationDocument);
  const [update, u] = useMutation(AdminUpdateOrganizationDocument);
  const [banner, setBanner] = useState<string | null>(null);
  const place = useServerFieldErrors(form);
  useEffect(() => {
    if (!open) return;
    setBanner(null);
    form.resetFields();
    if (org)
      form.setFieldsValue({
        name: org.name,
        kind: org.kind,
        regionCode: org.regionCode,
        creditCode: org.creditCode ?? undefined,
      });
  }, [open, org, form]);
  const submit = async (v: OrgValues) => {
    const input = {
      name: v.name,
      kind: v.kind,
      regionCode: v.regionCode,
      creditCode: v.creditCode?.trim() || null,
    };
    try {
      if (org) await update({ variables: { id: org.id, input } });
      else await create({ variables: { input } });
      onClose(true);
    } catch (e) {
      setBanner(place(e).message);
    }
  };
  return (
    <Modal
      open={open}
      title={org ? '修改机构' : '登记机构'}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      confirmLoading={c.loading || u.loading}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} role="alert" style={{ marginBottom: 12 }} />}
      <Form<OrgValues> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'UNIT' }}>
        <Form.Item
          label="机构名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写机构名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="机构类型" name="kind" rules={[{ required: true }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item label="所在地区" name="regionCode" rules={[{ required: true, message: '请选择所在地区' }]}>
          <RegionCascader />
        </Form.Item>
        <Form.Item
          label="统一社会信用代码"
          name="creditCode"
          normalize={(v: string) => v?.toUpperCase()}
          rules={[
            {
              validator: async (_, v?: string) => {
                const p = v?.trim() ? creditCodeProblem(v.trim()) : null;
                if (p) throw new Error(p);
              },
            },
          ]}
        >
          <Input maxLength={18} placeholder="18 位，可不填" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MergeModal({
  keep,
  onClose,
}: {
  keep: AdminOrganizationItemFragment | null;
  onClose: (changed: boolean) => void;
}) {
  const [query, setQuery] = useState('');
  const [duplicate, setDuplicate] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const candidates = useQuery(AdminOrganizationsDocument, {
    variables: { kind: keep?.kind, query: query || undefined },
    skip: !keep,
  });
  const [merge, { loading }] = useMutation(AdminMergeOrganizationsDocument);
  useEffect(() => {
    setDuplicate(undefined);
    setFailure(null);
  }, [keep]);
  const run = async () => {
    if (!keep || !duplicate) return;
    try {
      await merge({ variables: { keepId: keep.id, duplicateId: duplicate } });
      onClose(true);
    } catch (e) {
      setFailure(errorMessage(e, '合并失败'));
    }
  };
  return (
    <Modal
      open={!!keep}
      title={`合并重复机构到“${keep?.name ?? ''}”`}
      okText="合并"
      okButtonProps={{ danger: true, disabled: !duplicate }}
      cancelText="取消"
      onOk={() => void run()}
      onCancel={() => onClose(false)}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        选中的重复机构下的账号、专家、需求等全部转到保留的机构，然后删除重复机构。此操作不可撤销。
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 12 }} />}
      <Select
        showSearch
        filterOption={false}
        onSearch={setQuery}
        style={{ width: '100%' }}
        placeholder="输入名称搜索重复机构"
        value={duplicate}
        onChange={setDuplicate}
        aria-label="重复机构"
        options={(candidates.data?.organizations ?? [])
          .filter((o) => o.id !== keep?.id)
          .map((o) => ({ value: o.id, label: `${o.name}${o.creditCode ? `（${o.creditCode}）` : ''}` }))}
      />
    </Modal>
  );
}

export function OrganizationsPage() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<OrganizationKind | undefined>();
  const [query, setQuery] = useState('');
  const { data, loading, error, refetch } = useQuery(AdminOrganizationsDocument, {
    variables: { kind, query: query || undefined },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<AdminOrganizationItemFragment | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [keep, setKeep] = useState<AdminOrganizationItemFragment | null>(null);
  return (
    <>
      <PageHeader
        title="机构管理"
        subTitle="基层单位、人社部门、专家所在单位；统一社会信用代码按校验位核对；重复机构可合并"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
          >
            登记机构
          </Button>
        }
      />
      <div className="admin-toolbar">
        <Select
          allowClear
          placeholder="全部类型"
          style={{ width: 180 }}
          value={kind}
          onChange={setKind}
          options={KIND_OPTIONS}
          aria-label="按类型筛选"
        />
        <Input.Search
          allowClear
          placeholder="机构名称"
          style={{ width: 240 }}
          onSearch={setQuery}
          onChange={(e) => !e.target.value && setQuery('')}
          aria-label="搜索机构"
        />
      </div>
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      <ResponsiveTable<AdminOrganizationItemFragment>
        testId="organizations-table"
        rows={data?.organizations ?? []}
        loading={loading && !data}
        rowKey={(o) => o.id}
        empty={query || kind ? '没有符合条件的机构' : '还没有机构，点“登记机构”添加'}
        cardTitle={(o) => o.name}
        columns={[
          { key: 'name', title: '名称', render: (o) => o.name, hideOnPhone: true },
          { key: 'kind', title: '类型', render: (o) => kindLabel(o.kind) },
          { key: 'region', title: '地区代码', render: (o) => o.regionCode },
          { key: 'credit', title: '统一社会信用代码', render: (o) => o.creditCode ?? '—' },
          { key: 'created', title: '登记日期', render: (o) => formatDate(o.createdAt) },
          {
            key: 'actions',
            title: '操作',
            render: (o) => (
              <Space wrap size={4}>
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(o);
                    setFormOpen(true);
                  }}
                >
                  修改
                </Button>
                <Button size="small" onClick={() => setKeep(o)}>
                  合并重复
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <OrganizationModal
        open={formOpen}
        org={editing}
        onClose={(changed) => {
          setFormOpen(false);
          if (changed) {
            message.success('机构已保存');
            void refetch();
          }
        }}
      />
      <MergeModal
        keep={keep}
        onClose={(changed) => {
          setKeep(null);
          if (changed) {
            message.success('已合并');
            void refetch();
          }
        }}
      />
    </>
  );
}
