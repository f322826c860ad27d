// "/": the account's to-do list. Each role sees what waits on it — a unit 待评价 and 被退回待修改, a bureau 待受理
// (overdue first), a dispatcher 待派单 and declined invitations to replace, an expert invitations to answer and
// teams to log — each item one click from where it is done. Loading shows the lists' shape, an empty list says so.
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Typography } from 'antd';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import { MyTodosDocument } from '../../graphql/operations';
import { useRoleLabel } from '../../lib/catalog';
import { TodoSectionCard, TodoSectionSkeleton } from './components/todo-section';
import './home.css';

/** How many lists each role's page has, to draw the right number of placeholders while loading. */
const SECTIONS_OF_ROLE: Record<string, number> = { UNIT: 2, LOCAL: 1, PROVINCE: 2, EXPERT: 2, ADMIN: 1 };

export function HomePage() {
  const { account } = useAuth();
  const roleLabel = useRoleLabel(account?.role);
  const { data, loading, error, refetch } = useQuery(MyTodosDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!account) return null;

  const sections = data?.myTodos ?? [];
  const waiting = sections.reduce((n, s) => n + s.total, 0);
  const subTitle = !data
    ? `${roleLabel ?? ''} · 正在统计待办…`
    : waiting > 0
      ? `${roleLabel ?? ''} · 共 ${waiting} 项待办`
      : `${roleLabel ?? ''} · 暂无待办`;

  return (
    <Flex vertical gap={16} className="home-page">
      <PageHeader
        title={`您好，${account.displayName}`}
        subTitle={subTitle}
        extra={
          <Button icon={<ReloadOutlined />} loading={loading && !!data} onClick={() => void refetch()}>
            刷新
          </Button>
        }
      />
      {error && !data ? (
        <Card variant="borderless">
          <ErrorBlock error={error} title="待办加载失败" onRetry={() => void refetch()} />
        </Card>
      ) : !data ? (
        <div className="todo-grid" aria-busy="true" data-testid="todo-loading">
          {Array.from({ length: SECTIONS_OF_ROLE[account.role] ?? 1 }, (_, i) => (
            <TodoSectionSkeleton key={i} />
          ))}
        </div>
      ) : sections.length === 0 ? (
        <Card variant="borderless">
          <Typography.Paragraph type="secondary">
            您的角色没有需要在首页办理的事项，请从左侧菜单进入各项功能。
          </Typography.Paragraph>
        </Card>
      ) : (
        <div className="todo-grid" data-testid="todo-list">
          {sections.map((section) => (
            <TodoSectionCard key={section.key} section={section} />
          ))}
        </div>
      )}
    </Flex>
  );
}

export default HomePage;
