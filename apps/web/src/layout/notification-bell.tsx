// The bell in the header: unread count, and a drawer listing the account's notifications.
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Badge, Button, Drawer, Empty, Grid, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  type NotificationItem as Notification,
} from '../graphql/operations';
import { errorMessage } from '../lib/graphql-errors';

const POLL_MS = 60_000;

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { unreadOnly: false },
    pollInterval: POLL_MS,
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument);
  // Handling an item (accepting a demand, answering an invitation) marks its notices read on the server: the
  // count is asked again whenever the page changes, not only every minute.
  const { pathname } = useLocation();
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    void refetch().catch(() => undefined);
  }, [pathname, refetch]);

  const unread = data?.unreadNotificationCount ?? 0;
  const notifications = data?.notifications ?? [];

  const refresh = () => void refetch().catch(() => undefined);

  const markAllRead = async () => {
    try {
      await markRead({ variables: {} });
      refresh();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const openNotification = async (notification: Notification) => {
    if (!notification.readAt) {
      try {
        await markRead({ variables: { ids: [notification.id] } });
        refresh();
      } catch (e) {
        message.error(errorMessage(e));
      }
    }
    if (notification.link) {
      setOpen(false);
      if (/^https?:\/\//.test(notification.link)) window.open(notification.link, '_blank', 'noopener');
      else navigate(notification.link);
    }
  };

  return (
    <>
      <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          className="app-header__icon-button"
          icon={<BellOutlined />}
          aria-label={unread > 0 ? `通知（${unread} 条未读）` : '通知'}
          data-testid="notification-bell"
          onClick={() => {
            setOpen(true);
            refresh();
          }}
        />
      </Badge>
      <Drawer
        title="通知"
        placement="right"
        size={screens.sm ? 420 : '100%'}
        open={open}
        onClose={() => setOpen(false)}
        extra={
          <Button size="small" disabled={unread === 0} loading={marking} onClick={markAllRead}>
            全部已读
          </Button>
        }
      >
        {error && !data ? (
          <Alert type="error" showIcon title="通知加载失败" description={errorMessage(error)} />
        ) : loading && !data ? (
          <div className="notification-list__loading">
            <Spin />
          </div>
        ) : notifications.length === 0 ? (
          <Empty description="暂无通知" />
        ) : (
          <ul className="notification-list">
            {notifications.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className={`notification-item${n.readAt ? '' : ' notification-item--unread'}`}
                  onClick={() => void openNotification(n)}
                >
                  <span className="notification-item__title">
                    {!n.readAt && <Badge status="processing" />}
                    {n.title}
                  </span>
                  {n.body && <span className="notification-item__body">{n.body}</span>}
                  <Typography.Text type="secondary" className="notification-item__time">
                    {dayjs(n.createdAt).format('YYYY年M月D日 HH:mm')}
                  </Typography.Text>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="notification-list__all">
          <Button
            type="link"
            onClick={() => {
              setOpen(false);
              navigate('/notifications');
            }}
          >
            查看全部通知
          </Button>
          <Button
            type="link"
            onClick={() => {
              setOpen(false);
              navigate('/settings/notifications');
            }}
          >
            通知设置
          </Button>
        </div>
      </Drawer>
    </>
  );
}
