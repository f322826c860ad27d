// The signed-in frame: Sider menu of the role, header with product name, notifications and account.
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { menuFor } from '../routes/role-routes';
import { AccountMenu } from './account-menu';
import { NotificationBell } from './notification-bell';

const { Header, Sider, Content } = Layout;

/** The menu entry of the current path: exact match first, else the longest prefix ("/demands/42" → "/demands"). */
function selectedKey(paths: string[], pathname: string): string | undefined {
  if (paths.includes(pathname)) return pathname;
  return paths
    .filter((path) => path !== '/' && pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

export function AppLayout() {
  const { account } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  // Below the lg breakpoint the Sider is hidden (width 0) and slides over the page when opened.
  const [narrow, setNarrow] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  if (!account) return null;
  const menu = menuFor(account.role);
  const selected = selectedKey(
    menu.map((route) => route.path),
    location.pathname,
  );

  return (
    <Layout className="app-shell">
      <Sider
        breakpoint="lg"
        collapsedWidth={0}
        width={216}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={(broken) => {
          setNarrow(broken);
          setCollapsed(broken);
        }}
        trigger={null}
        className={narrow ? 'app-sider app-sider--overlay' : 'app-sider'}
      >
        <div className="app-sider__brand">
          <span className="app-sider__logo" aria-hidden>
            专
          </span>
          <span className="app-sider__name">点餐式服务平台</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menu.map((route) => ({ key: route.path, icon: route.icon, label: route.label }))}
          onClick={({ key }) => {
            navigate(key);
            if (narrow) setCollapsed(true);
          }}
        />
      </Sider>
      {narrow && !collapsed && (
        <div className="app-sider-mask" onClick={() => setCollapsed(true)} aria-hidden />
      )}

      <Layout className="app-main">
        <Header className="app-header">
          {narrow && (
            <Button
              type="text"
              className="app-header__icon-button"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={collapsed ? '打开菜单' : '收起菜单'}
              onClick={() => setCollapsed(!collapsed)}
            />
          )}
          <Link to="/" className="app-header__title">
            专家服务基层
            <span className="app-header__subtitle">点餐式服务平台</span>
          </Link>
          <div className="app-header__actions">
            <NotificationBell />
            <AccountMenu />
          </div>
        </Header>
        <Content className="app-content">
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
