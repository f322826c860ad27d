// 通知发送失败 (admin): e-mails and text messages that did not get through after their retries, with the reason
// the server or provider gave, and a button that sends one again (channels that already went through are not).
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  NotificationDeliveryFailuresDocument,
  RetryNotificationDeliveryDocument,
  type NotificationDeliveryFailuresQuery,
} from '../../graphql/operations';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

type Failure = NotificationDeliveryFailuresQuery['notificationDeliveryFailures']['items'][number];

const CHANNEL_LABELS: Record<string, string> = { email: '邮件', sms: '短信' };

export function DeliveryFailuresPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(NotificationDeliveryFailuresDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [retry, { loading: retrying }] = useMutation(RetryNotificationDeliveryDocument);
  const page = data?.notificationDeliveryFailures;

  const resend = async (f: Failure) => {
    try {
      await retry({ variables: { notificationId: f.notificationId, channel: f.channel } });
      message.success('已重新发送，结果稍后在此更新');
      setTimeout(() => void refetch(), 3000);
    } catch (e) {
      message.error(errorMessage(e));
      void refetch();
    }
  };

  return (
    <>
      <PageHeader
        title="通知发送失败"
        subTitle={
          page ? (page.total ? `${page.total} 条邮件或短信未能送达` : '所有邮件和短信都已送达') : undefined
        }
        extra={
          <Button icon={<ReloadOutlined />} loading={loading && !!data} onClick={() => void refetch()}>
            刷新
          </Button>
        }
      />
      <Card variant="borderless">
        {error && !data ? (
          <ErrorBlock error={error} title="发送失败记录加载失败" onRetry={() => void refetch()} />
        ) : !page ? (
          <LoadingBlock />
        ) : page.items.length === 0 ? (
          <EmptyBlock description="没有发送失败的通知。邮件或短信未能送达时会列在这里（系统会自动重试数次），也可在此重新发送。" />
        ) : (
          <Table
            rowKey={(f) => `${f.notificationId}:${f.channel}`}
            dataSource={page.items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: '失败时间',
                dataIndex: 'failedAt',
                render: (v: string) => formatDateTime(v),
                width: 160,
              },
              {
                title: '渠道',
                dataIndex: 'channel',
                render: (c: string) => <Tag>{CHANNEL_LABELS[c] ?? c}</Tag>,
                width: 70,
              },
              { title: '收件人', render: (_, f) => `${f.recipientName}（${f.recipientUsername}）` },
              { title: '通知', dataIndex: 'title' },
              {
                title: '原因',
                dataIndex: 'lastError',
                render: (v: string) => <Typography.Text type="danger">{v}</Typography.Text>,
              },
              { title: '已尝试', dataIndex: 'attempts', render: (n: number) => `${n} 次`, width: 80 },
              {
                title: '操作',
                width: 100,
                render: (_, f) => (
                  <Button size="small" loading={retrying} onClick={() => void resend(f)}>
                    重新发送
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
