// What each role may open: the Sider menu and the routes behind it come from this one table.
import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FileExcelOutlined,
  SafetyCertificateOutlined,
  HomeOutlined,
  MailOutlined,
  SendOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  UserAddOutlined,
  WarningOutlined,
  FlagOutlined,
  LikeOutlined,
  NotificationOutlined,
  TrophyOutlined,
  ShopOutlined,
  FileDoneOutlined,
  ShoppingOutlined,
  ShoppingCartOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../graphql/operations';

export interface RoleRoute {
  path: string;
  label: string;
  icon: ReactNode;
}

export const HOME_ROUTE: RoleRoute = { path: '/', label: '首页', icon: <HomeOutlined /> };

const experts: RoleRoute = { path: '/experts', label: '专家库', icon: <SolutionOutlined /> };
const dashboard: RoleRoute = { path: '/dashboard', label: '数据看板', icon: <DashboardOutlined /> };
const teams: RoleRoute = { path: '/teams', label: '服务团', icon: <TeamOutlined /> };
const reports: RoleRoute = { path: '/reports', label: '报表导出', icon: <FileExcelOutlined /> };
const registrations: RoleRoute = { path: '/registrations', label: '注册审核', icon: <UserAddOutlined /> };
const bases: RoleRoute = { path: '/programme/bases', label: '专家服务基地', icon: <ShopOutlined /> };
const offers: RoleRoute = { path: '/programme/offers', label: '服务项目', icon: <ShoppingOutlined /> };

export const ROLE_ROUTES: Record<Role, RoleRoute[]> = {
  UNIT: [
    { path: '/demands', label: '我的需求', icon: <FileTextOutlined /> },
    { path: '/demands/new', label: '发布需求', icon: <FileAddOutlined /> },
    { path: '/programme/applications', label: '项目申报', icon: <FlagOutlined /> },
    { path: '/programme/menu', label: '服务菜单', icon: <ShoppingCartOutlined /> },
    offers,
    bases,
  ],
  LOCAL: [
    { path: '/review', label: '需求受理', icon: <FileSearchOutlined /> },
    { path: '/statistics', label: '辖区统计', icon: <BarChartOutlined /> },
    registrations,
    { path: '/programme/recommend', label: '项目推荐', icon: <LikeOutlined /> },
    bases,
    dashboard,
    // Read-only: the server limits a bureau to the experts of its region.
    experts,
    // Read-only as well: the teams serving demands of the region, their batches and surveys.
    teams,
    reports,
  ],
  PROVINCE: [
    { path: '/dispatch', label: '派单台', icon: <SendOutlined /> },
    { path: '/programme/calls', label: '申报通知', icon: <NotificationOutlined /> },
    { path: '/programme/selection', label: '项目评审', icon: <TrophyOutlined /> },
    offers,
    { path: '/programme/year-end', label: '年终上报', icon: <FileDoneOutlined /> },
    bases,
    dashboard,
    experts,
    teams,
    reports,
  ],
  EXPERT: [
    { path: '/recommended', label: '推荐需求', icon: <AppstoreOutlined /> },
    { path: '/invitations', label: '我的邀请', icon: <MailOutlined /> },
    { path: '/services', label: '我的服务', icon: <ToolOutlined /> },
    { path: '/service-record', label: '服务记录', icon: <SafetyCertificateOutlined /> },
  ],
  ADMIN: [
    { path: '/admin/accounts', label: '账号管理', icon: <UserOutlined /> },
    { path: '/admin/organizations', label: '机构管理', icon: <BankOutlined /> },
    { path: '/admin/regions', label: '地区管理', icon: <EnvironmentOutlined /> },
    { path: '/admin/audit', label: '审计日志', icon: <AuditOutlined /> },
    { path: '/admin/lexicon', label: '匹配词库', icon: <BookOutlined /> },
    { path: '/admin/calendar', label: '工作日历', icon: <CalendarOutlined /> },
    registrations,
    { path: '/admin/delivery-failures', label: '通知发送失败', icon: <WarningOutlined /> },
    dashboard,
    experts,
  ],
};

/** Every role page path, each once, with its label (for the route table). */
export const ALL_ROLE_ROUTES: RoleRoute[] = [
  ...new Map(
    Object.values(ROLE_ROUTES)
      .flat()
      .map((route) => [route.path, route]),
  ).values(),
];

/** Pages outside the menu, and who may open them (the server still scopes what each one shows). */
export const EXTRA_ROUTES: { path: string; roles: Role[] }[] = [
  { path: '/demands/:id', roles: ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN', 'EXPERT'] },
  { path: '/demands/:id/edit', roles: ['UNIT', 'LOCAL'] },
  { path: '/review/new', roles: ['LOCAL'] },
  { path: '/dispatch/:id', roles: ['PROVINCE'] },
  { path: '/notifications', roles: ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN', 'EXPERT'] },
  { path: '/settings/notifications', roles: ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN', 'EXPERT'] },
  // Service execution: a team's page, its batch forms, an expert's record and a printable certificate.
  { path: '/teams/:id', roles: ['PROVINCE', 'LOCAL', 'ADMIN', 'EXPERT'] },
  { path: '/teams/:id/batches/new', roles: ['EXPERT', 'PROVINCE', 'ADMIN'] },
  { path: '/teams/:id/batches/:batchId/correct', roles: ['EXPERT', 'PROVINCE', 'ADMIN'] },
  { path: '/experts/:id/record', roles: ['PROVINCE', 'LOCAL', 'ADMIN'] },
  { path: '/certificates/:code', roles: ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN', 'EXPERT'] },
  // The programme year: an application's form and its printable annex.
  { path: '/programme/applications/new', roles: ['UNIT'] },
  { path: '/programme/applications/:id', roles: ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN'] },
  { path: '/programme/applications/:id/print', roles: ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN'] },
  { path: '/programme/bases/:id', roles: ['UNIT', 'LOCAL', 'PROVINCE', 'ADMIN'] },
];

/** The roles whose menu holds `path`. */
export function rolesOf(path: string): Role[] {
  const extra = EXTRA_ROUTES.find((route) => route.path === path);
  if (extra) return extra.roles;
  return (Object.keys(ROLE_ROUTES) as Role[]).filter((role) =>
    ROLE_ROUTES[role].some((r) => r.path === path),
  );
}

/** The menu of a role: home first, then its pages. */
export function menuFor(role: Role): RoleRoute[] {
  return [HOME_ROUTE, ...(ROLE_ROUTES[role] ?? [])];
}

/** True when `path` is one of the role's pages. */
export function roleMayOpen(role: Role, path: string): boolean {
  return menuFor(role).some((route) => route.path === path);
}
