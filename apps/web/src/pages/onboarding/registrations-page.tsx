// 注册审核 (LOCAL, ADMIN): units that registered themselves in the bureau's regions, oldest first; approve, or
// reject with a reason the unit sees at sign-in. Below: invite experts of the region to claim their accounts.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import {
  ApproveUnitRegistrationDocument,
  InviteCandidatesDocument,
  InviteExpertsToClaimDocument,
  RejectUnitRegistrationDocument,
  UnitRegistrationsDocument,
  type InviteExpertsToClaimMutation,
  type RegistrationStatus,
  type UnitRegistrationItemFragment,
} from '../../graphql/operations';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { ResponsiveTable } from '../admin/components/responsive-table';
import '../admin/admin.css';

const STATUS: Record<RegistrationStatus, { label: string; color: string }> = {
  PENDING: { label: '待审核', color: 'orange' },
  APPROVED: { label: '已通过', color: 'green' },
  REJECTED: { label: '未通过', color: 'red' },
};

function InviteExperts() {
  const [query, setQuery] = useState('');
  const [ids, setIds] = useState<string[]>([]);
  const candidates = useQuery(InviteCandidatesDocument, {
    variables: { query: query || undefined, first: 20 },
  });
  const [invite, { loading }] = useMutation(InviteExpertsToClaimDocument);
  const [results, setResults] = useState<InviteExpertsToClaimMutation['inviteExpertsToClaim'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    setFailure(null);
    try {
      const { data } = await invite({ variables: { expertIds: ids } });
      setResults(data?.inviteExpertsToClaim ?? null);
      setIds([]);
    } catch (e) {
      setFailure(errorMessage(e, '邀请失败'));
    }
  };
  return (
    <Card size="small" title="邀请专家认领账号">
      <Typography.Paragraph type="secondary">
        选择辖区内尚未开通账号的专家，系统向其在专家库登记的手机发送 7
        天内有效的验证码，专家在“专家认领账号”页面开通。
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Select
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setQuery}
          value={ids}
          onChange={setIds}
          loading={candidates.loading}
          placeholder="输入姓名搜索专家，可多选"
          style={{ flex: '1 1 240px', minWidth: 0 }}
          aria-label="要邀请的专家"
          options={(candidates.data?.experts.hits ?? []).map((h) => ({
            value: h.expert.id,
            label: `${h.expert.name} · ${h.expert.employer}`,
          }))}
        />
        <Button type="primary" disabled={!ids.length} loading={loading} onClick={() => void run()}>
          发送邀请（{ids.length}）
        </Button>
      </Flex>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginTop: 8 }} />}
      {results && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          rowKey="expertId"
          pagination={false}
          dataSource={results}
          columns={[
            { title: '专家', dataIndex: 'name' },
            {
              title: '结果',
              render: (_, r) => (
                <Tag color={r.invited ? 'green' : 'default'}>{r.invited ? '已邀请' : '未邀请'}</Tag>
              ),
            },
            { title: '说明', dataIndex: 'message' },
          ]}
        />
      )}
    </Card>
  );
}

export function RegistrationsPage() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<RegistrationStatus>('PENDING');
  const { data, loading, error, refetch } = useQuery(UnitRegistrationsDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(ApproveUnitRegistrationDocument);
  const [reject, rejecting] = useMutation(RejectUnitRegistrationDocument);
  const [rejectFor, setRejectFor] = useState<UnitRegistrationItemFragment | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const doApprove = async (r: UnitRegistrationItemFragment) => {
    try {
      await approve({ variables: { id: r.id } });
      message.success(`已通过：${r.name}，该单位现在可以登录`);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e, '审核失败'));
    }
  };
  const doReject = async () => {
    if (!rejectFor) return;
    setFailure(null);
    try {
      await reject({ variables: { id: rejectFor.id, reason } });
      setRejectFor(null);
      setReason('');
      message.success('已驳回');
      await refetch();
    } catch (e) {
      setFailure(errorMessage(e, '驳回失败'));
    }
  };

  return (
    <>
      <PageHeader title="注册审核" subTitle="辖区内基层单位的自助注册申请；通过后单位即可登录" />
      <Flex vertical gap={16}>
        <div>
          <div className="admin-toolbar">
            <Segmented<RegistrationStatus>
              value={status}
              onChange={setStatus}
              options={(Object.keys(STATUS) as RegistrationStatus[]).map((s) => ({
                value: s,
                label: STATUS[s].label,
              }))}
            />
          </div>
          {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
          <ResponsiveTable<UnitRegistrationItemFragment>
            testId="registrations-table"
            rows={data?.unitRegistrations ?? []}
            loading={loading && !data}
            rowKey={(r) => r.id}
            empty={status === 'PENDING' ? '没有待审核的注册申请' : '没有记录'}
            cardTitle={(r) => r.name}
            columns={[
              { key: 'name', title: '单位名称', render: (r) => r.name, hideOnPhone: true },
              { key: 'credit', title: '统一社会信用代码', render: (r) => r.creditCode },
              { key: 'region', title: '地区', render: (r) => r.region?.name ?? r.regionCode },
              { key: 'contact', title: '联系人', render: (r) => `${r.contactName} ${r.mobile}` },
              { key: 'username', title: '用户名', render: (r) => r.username },
              { key: 'at', title: '提交时间', render: (r) => formatDateTime(r.createdAt) },
              {
                key: 'status',
                title: '状态',
                render: (r) => <Tag color={STATUS[r.status].color}>{STATUS[r.status].label}</Tag>,
              },
              ...(status === 'REJECTED'
                ? [
                    {
                      key: 'reason',
                      title: '原因',
                      render: (r: UnitRegistrationItemFragment) => r.reason ?? '—',
                    },
                  ]
                : []),
              ...(status === 'PENDING'
                ? [
                    {
                      key: 'actions',
                      title: '操作',
                      render: (r: UnitRegistrationItemFragment) => (
                        <Space wrap size={4}>
                          <Button size="small" type="primary" onClick={() => void doApprove(r)}>
                            通过
                          </Button>
                          <Button size="small" danger onClick={() => setRejectFor(r)}>
                            驳回
                          </Button>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
        <InviteExperts />
      </Flex>
      <Modal
        open={!!rejectFor}
        title={`驳回：${rejectFor?.name ?? ''}`}
        okText="驳回"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={rejecting.loading}
        onOk={() => void doReject()}
        onCancel={() => setRejectFor(null)}
        destroyOnHidden
      >
        {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 12 }} />}
        <Input.TextArea
          rows={3}
          maxLength={200}
          showCount
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="不通过的原因，申请单位登录时会看到，如：营业执照名称与填写不符"
          aria-label="驳回原因"
        />
      </Modal>
    </>
  );
}
