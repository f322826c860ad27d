// Stands in for a role page that is not built yet.
import { ClockCircleOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { BackHomeButton } from '../components/back-home-button';
import { useAuth } from '../auth/auth-context';
import { roleMayOpen, type RoleRoute } from '../routes/role-routes';
import { ForbiddenPage } from './forbidden-page';

export function ComingSoonPage({ route }: { route: RoleRoute }) {
  const { account } = useAuth();
  if (!account || !roleMayOpen(account.role, route.path)) return <ForbiddenPage />;
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={route.label}
      subTitle="该功能即将上线"
      extra={<BackHomeButton type="default" />}
    />
  );
}

export default ComingSoonPage;
