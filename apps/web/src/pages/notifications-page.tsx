// 通知: every notification of the account, unread first; opening one marks it read and follows its link.
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Badge, Button, Card, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/query-state';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  type NotificationItem,
} from '../graphql/operations';
import { formatDateTime } from '../lib/format';
import { errorMessage } from '../lib/graphql-errors';

export function NotificationsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { unreadOnly: false },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: ['Notifications'],
  });
  const unread = data?.unreadNotificationCount ?? 0;
  const items = [...(data?.notifications ?? [])]
    .filter((n) => show === 'all' || !n.readAt)
    .sort((a, b) => Number(!!a.readAt) - Number(!!b.readAt) || b.createdAt.localeCompare(a.createdAt));

  const mark = async (ids?: string[]) => {
    try {
      await markRead({ variables: ids ? { ids } : {} });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const open = async (n: NotificationItem) => {
    if (!n.readAt) await mark([n.id]);
    if (!n.link) return;
    if (/^https?:\/\//.test(n.link)) window.open(n.link, '_blank', 'noopener');
    else navigate(n.link);
  };

  return (
    <>
      <PageHeader
        title="通知"
        subTitle={unread > 0 ? `${unread} 条未读` : '没有未读通知'}
        extra={
          <Button disabled={unread === 0} loading={marking} onClick={() => void mark()}>
            全部标为已读
          </Button>
        }
      />
      <Card variant="borderless">
        <Segmented
          className="list-toolbar"
          value={show}
          onChange={(v) => setShow(v as 'all' | 'unread')}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unread', label: `未读（${unread}）` },
          ]}
        />
        {error && !data ? (
          <ErrorBlock error={error} title="通知加载失败" onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <LoadingBlock />
        ) : items.length === 0 ? (
          <EmptyBlock description={show === 'unread' ? '没有未读通知' : '暂无通知'} />
        ) : (
          <ul className="notification-rows">
            {items.map((n) => (
              <li key={n.id} className={`notification-row${n.readAt ? '' : ' notification-row--unread'}`}>
                <button type="button" className="notification-row__main" onClick={() => void open(n)}>
                  <Flex align="center" gap={6} className="notification-row__title">
                    {!n.readAt && <Badge status="processing" />}
                    <span>{n.title}</span>
                    {!n.readAt && <span className="sr-only">（未读）</span>}
                  </Flex>
                  {n.body && <span className="notification-row__body">{n.body}</span>}
                  <Typography.Text type="secondary" className="notification-row__time">
                    {formatDateTime(n.createdAt)}
                    {n.link ? ' · 点击查看' : ''}
                  </Typography.Text>
                </button>
                {!n.readAt && (
                  <Button size="small" type="link" onClick={() => void mark([n.id])}>
                    标为已读
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
