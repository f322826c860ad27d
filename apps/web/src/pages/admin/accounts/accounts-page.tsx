// 账号管理 (ADMIN): every account with its role and scope; create, change, deactivate, reset a password, or import
// a sheet of accounts with a row-by-row report.
import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { ErrorBlock } from '../../../components/query-state';
import {
  AdminAccountsDocument,
  AdminResetPasswordDocument,
  AdminSetAccountActiveDocument,
  type AdminAccountItemFragment,
  type Role,
} from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/graphql-errors';
import { ResponsiveTable } from '../components/responsive-table';
import { AccountFormModal } from './account-form-modal';
import { AccountImportModal } from './account-import-modal';
import '../admin.css';

export function AccountsPage() {
  const { message } = App.useApp();
  const catalog = useCatalog();
  const [role, setRole] = useState<Role | undefined>();
  const [text, setText] = useState('');
  const { data, loading, error, refetch } = useQuery(AdminAccountsDocument, {
    variables: { role },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<AdminAccountItemFragment | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [setActive] = useMutation(AdminSetAccountActiveDocument);
  const [reset] = useMutation(AdminResetPasswordDocument);

  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    const all = data?.accounts ?? [];
    return q
      ? all.filter(
          (a) =>
            a.username.toLowerCase().includes(q) ||
            a.displayName.toLowerCase().includes(q) ||
            (a.organization?.name ?? '').includes(q),
        )
      : all;
  }, [data, text]);

  const toggle = async (a: AdminAccountItemFragment) => {
    try {
      await setActive({ variables: { id: a.id, active: !a.active } });
      message.success(a.active ? `已停用 ${a.username}` : `已启用 ${a.username}`);
    } catch (e) {
      message.error(errorMessage(e, '操作失败'));
    }
  };
  const resetPassword = async (a: AdminAccountItemFragment) => {
    try {
      const { data: r } = await reset({ variables: { id: a.id } });
      Modal.success({
        title: `已重置 ${a.username} 的密码`,
        content: (
          <div>
            <p>临时密码（只显示这一次，请转交账号使用人并提醒其登录后修改）：</p>
            <Typography.Text copyable code data-testid="temporary-password">
              {r?.resetAccountPassword}
            </Typography.Text>
          </div>
        ),
      });
    } catch (e) {
      message.error(errorMessage(e, '重置失败'));
    }
  };

  return (
    <>
      <PageHeader
        title="账号管理"
        subTitle="开设、修改、停用账号；重置密码；从 Excel 批量导入"
        extra={
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
              批量导入
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing(null);
                setFormOpen(true);
              }}
            >
              新建账号
            </Button>
          </Space>
        }
      />
      <div className="admin-toolbar">
        <Select
          allowClear
          placeholder="全部角色"
          style={{ width: 160 }}
          value={role}
          onChange={setRole}
          options={catalog.options('roles')}
          aria-label="按角色筛选"
        />
        <Input.Search
          allowClear
          placeholder="用户名、名称或单位"
          style={{ width: 240 }}
          onSearch={setText}
          onChange={(e) => !e.target.value && setText('')}
          aria-label="搜索账号"
        />
      </div>
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      <ResponsiveTable<AdminAccountItemFragment>
        testId="accounts-table"
        rows={rows}
        loading={loading && !data}
        rowKey={(a) => a.id}
        empty={text || role ? '没有符合条件的账号' : '还没有账号，点“新建账号”或“批量导入”开设'}
        cardTitle={(a) => `${a.displayName}（${a.username}）`}
        columns={[
          {
            key: 'name',
            title: '名称（用户名）',
            render: (a) => (
              <span>
                {a.displayName}
                <Typography.Text type="secondary">（{a.username}）</Typography.Text>
              </span>
            ),
            hideOnPhone: true,
          },
          { key: 'role', title: '角色', render: (a) => catalog.label('roles', a.role) },
          {
            key: 'scope',
            title: '地区 / 单位',
            render: (a) => a.organization?.name ?? a.region?.name ?? '—',
          },
          {
            key: 'state',
            title: '状态',
            render: (a) => (a.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>),
          },
          {
            key: 'last',
            title: '最近登录',
            render: (a) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt) : '从未登录'),
            width: 150,
          },
          {
            key: 'actions',
            title: '操作',
            render: (a) => (
              <Space wrap size={4}>
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(a);
                    setFormOpen(true);
                  }}
                >
                  修改
                </Button>
                <Popconfirm
                  title={`重置 ${a.username} 的密码？`}
                  description="该账号会被退出登录"
                  okText="重置"
                  cancelText="取消"
                  onConfirm={() => resetPassword(a)}
                >
                  <Button size="small">重置密码</Button>
                </Popconfirm>
                <Popconfirm
                  title={a.active ? `停用 ${a.username}？` : `启用 ${a.username}？`}
                  okText="确定"
                  cancelText="取消"
                  onConfirm={() => toggle(a)}
                >
                  <Button size="small" danger={a.active}>
                    {a.active ? '停用' : '启用'}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <AccountFormModal
        open={formOpen}
        account={editing}
        onClose={(changed) => {
          setFormOpen(false);
          if (changed) {
            message.success('账号已保存');
            void refetch();
          }
        }}
      />
      <AccountImportModal
        open={importOpen}
        onClose={(changed) => {
          setImportOpen(false);
          if (changed) void refetch();
        }}
      />
    </>
  );
}
