// The signed-in account in the header: name, role, and 通知设置 / 修改密码 / 退出登录.
import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Tag, type MenuProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { useRoleLabel } from '../lib/catalog';
import { ChangePasswordModal } from './change-password-modal';

export function AccountMenu() {
  const { account, signOut } = useAuth();
  const roleLabel = useRoleLabel(account?.role);
  const [changingPassword, setChangingPassword] = useState(false);
  const navigate = useNavigate();
  if (!account) return null;

  const items: MenuProps['items'] = [
    { key: 'notifications', icon: <BellOutlined />, label: '通知设置' },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'notifications') navigate('/settings/notifications');
    if (key === 'password') setChangingPassword(true);
    if (key === 'logout') signOut();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" className="account-menu" data-testid="account-menu">
          <Avatar size="small" icon={<UserOutlined />} className="account-menu__avatar" />
          <span className="account-menu__name">{account.displayName}</span>
          {roleLabel && (
            <Tag color="blue" className="account-menu__role" variant="filled">
              {roleLabel}
            </Tag>
          )}
          <DownOutlined className="account-menu__caret" />
        </Button>
      </Dropdown>
      <ChangePasswordModal
        username={account.username}
        open={changingPassword}
        onClose={() => setChangingPassword(false)}
      />
    </>
  );
}
