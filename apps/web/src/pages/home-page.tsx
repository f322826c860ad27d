// "/": a welcome card for the signed-in account, with the way into its role's pages.
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import type { Role } from '../graphql/operations';
import { useRoleLabel } from '../lib/catalog';
import { ROLE_ROUTES } from '../routes/role-routes';

const ROLE_INTRO: Record<Role, string> = {
  UNIT: '在这里发布服务需求（基层下单），跟踪属地受理、省厅派单和专家服务的进度，服务结束后对专家服务进行评价。',
  LOCAL: '在这里受理本辖区基层单位提交的需求（属地接单），审核后报送省厅派单，并查看辖区服务统计。',
  PROVINCE: '在这里为已受理的需求匹配专家、组建专家服务团并派单（省厅派单），管理专家库和服务团。',
  EXPERT: '在这里查看为您推荐的基层需求、揭榜报名，回复服务邀请，并记录您的服务情况。',
  ADMIN: '在这里管理账号、机构和地区，维护专家库和匹配词库，查阅审计日志。',
};

export function HomePage() {
  const { account } = useAuth();
  const roleLabel = useRoleLabel(account?.role);
  const navigate = useNavigate();
  if (!account) return null;

  const shortcuts = ROLE_ROUTES[account.role] ?? [];
  const items = [
    { key: 'role', label: '角色', children: roleLabel },
    { key: 'username', label: '用户名', children: account.username },
    ...(account.organization ? [{ key: 'org', label: '所属机构', children: account.organization.name }] : []),
    ...(account.region ? [{ key: 'region', label: '所在地区', children: account.region.name }] : []),
  ];

  return (
    <Flex vertical gap={16} className="home-page">
      <Card className="welcome-card" variant="borderless">
        <Typography.Title level={3} className="welcome-card__title">
          您好，{account.displayName}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{ROLE_INTRO[account.role]}</Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={items} />
      </Card>

      {shortcuts.length > 0 && (
        <Card title="常用功能" variant="borderless">
          <Flex wrap gap={12}>
            {shortcuts.map((route) => (
              <Button key={route.path} icon={route.icon} size="large" onClick={() => navigate(route.path)}>
                {route.label}
              </Button>
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}

export default HomePage;
