// 我的邀请 (EXPERT): the invitations to serve on a team, newest first; accept, or decline with a reason.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ASSIGNMENT_STATUS, TEAM_LEVEL_LABELS } from '../../components/match-view';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import { MyInvitationsDocument, RespondInvitationDocument } from '../../graphql/operations';
import { formatDateTime, formatPeriod } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

export function InvitationsPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(MyInvitationsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [respond, { loading: responding }] = useMutation(RespondInvitationDocument, {
    // The answer marks the invitation's notices read: the bell drops at once.
    refetchQueries: ['Notifications'],
  });
  const [declining, setDeclining] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const items = data?.myInvitations ?? [];

  const answer = async (assignmentId: string, accept: boolean) => {
    setFailure(null);
    try {
      await respond({ variables: { assignmentId, accept, reason: accept ? null : reason.trim() } });
      message.success(accept ? '已接受邀请' : '已婉拒邀请');
      setDeclining(null);
      setReason('');
      setTouched(false);
      void refetch();
    } catch (e) {
      if (accept) message.error(errorMessage(e));
      else setFailure(errorMessage(e));
    }
  };

  return (
    <>
      <PageHeader title="我的邀请" subTitle="省厅邀请您参加的专家服务团，请在答复期限前接受或婉拒。" />
      {loading && !data ? (
        <LoadingBlock />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <EmptyBlock description="暂时没有邀请" />
      ) : (
        <Flex vertical gap={12}>
          {items.map((a) => (
            <Card
              key={a.id}
              size="small"
              data-testid="invitation"
              data-status={a.status}
              data-team={a.team?.name}
            >
              <Flex vertical gap={6}>
                <Flex justify="space-between" wrap gap={8}>
                  <Typography.Text strong>{a.team?.name}</Typography.Text>
                  <Tag color={ASSIGNMENT_STATUS[a.status].color} className="invitation-status">
                    {ASSIGNMENT_STATUS[a.status].label}
                  </Tag>
                </Flex>
                <Space size={[4, 4]} wrap>
                  <Tag color={a.role === 'LEAD' ? 'gold' : 'default'}>
                    {a.role === 'LEAD' ? '领衔专家' : '团队成员'}
                  </Tag>
                  {a.team && <Tag>{TEAM_LEVEL_LABELS[a.team.level]}</Tag>}
                </Space>
                <Typography.Text type="secondary">
                  服务期 {formatPeriod(a.startDate, a.endDate)}
                </Typography.Text>
                {(a.team?.demands ?? []).map((d) => (
                  <Typography.Text key={d.id}>
                    <Link to={`/demands/${d.id}`}>{d.title}</Link>
                    <Typography.Text type="secondary">
                      {' '}
                      · {[d.organization?.name, d.region?.name].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Typography.Text>
                ))}
                {a.status === 'INVITED' && a.dueAt && (
                  <Typography.Text type={a.overdue ? 'danger' : 'warning'}>
                    {a.overdue ? '已超过答复期限' : `请于 ${formatDateTime(a.dueAt)} 前答复`}
                  </Typography.Text>
                )}
                {a.reason && <Typography.Text type="secondary">原因：{a.reason}</Typography.Text>}
                {a.status === 'INVITED' && (
                  <Flex gap={8} wrap>
                    <Button type="primary" loading={responding} onClick={() => void answer(a.id, true)}>
                      接受邀请
                    </Button>
                    <Button danger onClick={() => setDeclining(a.id)}>
                      婉拒
                    </Button>
                  </Flex>
                )}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <Modal
        open={!!declining}
        title="婉拒邀请"
        okText="确认婉拒"
        okButtonProps={{ danger: true }}
        confirmLoading={responding}
        onOk={() => {
          setTouched(true);
          if (declining && reason.trim()) void answer(declining, false);
        }}
        onCancel={() => {
          setDeclining(null);
          setFailure(null);
          setTouched(false);
        }}
        destroyOnHidden
      >
        <Form layout="vertical" component="div">
          <Form.Item
            label="婉拒原因"
            required
            validateStatus={touched && !reason.trim() ? 'error' : undefined}
            help={touched && !reason.trim() ? '请填写婉拒原因，便于省厅安排替补' : undefined}
          >
            <Input.TextArea
              aria-label="婉拒原因"
              rows={3}
              maxLength={500}
              value={reason}
              placeholder="如：服务期内已有教学任务"
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      </Modal>
    </>
  );
}
