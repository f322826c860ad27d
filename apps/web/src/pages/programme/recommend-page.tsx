// 项目推荐 (委办局 / 区人社局): the applications filed with this department or district, each returned for changes,
// declined, or recommended with an opinion — one per year; annex 3 (申报情况一览表) is exported from them.
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Empty, Form, Input, Modal, Radio, Space } from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  DecideProgrammeApplicationDocument,
  ProgrammeAnnex3Document,
  ProgrammeApplicationsDocument,
  type ProgrammeApplicationItemFragment,
  type RecommendationDecision,
} from '../../graphql/operations';
import { downloadBase64 } from '../../lib/download';
import { errorMessage } from '../../lib/graphql-errors';
import { applyServerFieldErrors } from '../../lib/server-field-errors';
import { ApplicationStatusTag, CallPicker, useChosenCall, wan } from './components/programme-common';

function DecisionDialog({
  app,
  onClose,
}: {
  app: ProgrammeApplicationItemFragment | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ decision: RecommendationDecision; note: string }>();
  const [decide, { loading }] = useMutation(DecideProgrammeApplicationDocument, {
    refetchQueries: ['ProgrammeApplications'],
  });
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Modal
      open={!!app}
      title={app ? `评估：${app.name}` : ''}
      okText="确定"
      cancelText="取消"
      confirmLoading={loading}
      destroyOnHidden
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decision: 'RECOMMEND' }}
        preserve={false}
        onFinish={async (v) => {
          setFailure(null);
          try {
            await decide({ variables: { id: app!.id, decision: v.decision, note: v.note ?? '' } });
            message.success(
              v.decision === 'RECOMMEND'
                ? '已推荐至市人社局'
                : v.decision === 'RETURN'
                  ? '已退回申报单位修改'
                  : '已决定不予推荐',
            );
            onClose();
          } catch (e) {
            setFailure(applyServerFieldErrors(form, e, { fallback: '操作失败，请稍后重试' }).message);
          }
        }}
      >
        <Form.Item name="decision" label="决定">
          <Radio.Group
            options={[
              { value: 'RECOMMEND', label: '推荐' },
              { value: 'RETURN', label: '退回修改' },
              { value: 'DECLINE', label: '不予推荐' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="推荐意见 / 理由"
          rules={[{ required: true, whitespace: true, message: '请填写意见或理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
        </Form.Item>
        {failure && (
          <div role="alert" className="form-failure">
            {failure}
          </div>
        )}
      </Form>
    </Modal>
  );
}

export function RecommendPage() {
  const { message } = App.useApp();
  const { calls, call, loading, error, choose } = useChosenCall();
  const apps = useQuery(ProgrammeApplicationsDocument, {
    variables: { callId: call?.id ?? '' },
    skip: !call,
  });
  const [exportAnnex3, { loading: exporting }] = useLazyQuery(ProgrammeAnnex3Document, {
    fetchPolicy: 'network-only',
  });
  const [deciding, setDeciding] = useState<ProgrammeApplicationItemFragment | null>(null);
  if (loading) return <LoadingBlock />;
  if (error) return <ErrorBlock error={error} />;
  const recommended = (apps.data?.programmeApplications ?? []).find((a) =>
    ['RECOMMENDED', 'SELECTED', 'NOMINATED', 'CONFIRMED', 'NOT_SELECTED'].includes(a.status),
  );
  return (
    <>
      <PageHeader
        title="项目推荐"
        subTitle={
          recommended
            ? `本年度已推荐：${recommended.name}（每个部门或区每年推荐 1 个项目或基地）`
            : '评估本系统、本区域的申报，择优推荐 1 个项目或基地'
        }
        extra={
          call && (
            <Space wrap>
              <CallPicker calls={calls} value={call.id} onChange={choose} />
              <Button
                loading={exporting}
                onClick={async () => {
                  const r = await exportAnnex3({ variables: { callId: call.id } });
                  if (r.error) message.error(errorMessage(r.error, '导出失败'));
                  const f = r.data?.exportProgrammeAnnex3;
                  if (f) downloadBase64(f.fileName, f.mimeType, f.contentBase64);
                }}
              >
                导出一览表（附件 3）
              </Button>
            </Space>
          )
        }
      />
      {!call && <Empty description="您的单位暂未列入申报通知的推荐单位" />}
      {apps.error && <ErrorBlock error={apps.error} />}
      {call && (
        <ResponsiveTable<ProgrammeApplicationItemFragment>
          rowKey="id"
          loading={apps.loading}
          dataSource={apps.data?.programmeApplications ?? []}
          pagination={false}
          locale={{ emptyText: '还没有单位提交申报' }}
          columns={[
            { title: '名称', render: (_, a) => <Link to={`/programme/applications/${a.id}`}>{a.name}</Link> },
            { title: '申报单位', render: (_, a) => a.applicant.name },
            { title: '类别', dataIndex: 'categoryLabel' },
            { title: '领衔专家', render: (_, a) => a.leadExpertName ?? '—' },
            { title: '申请经费', render: (_, a) => wan(a.requestedBudget) },
            {
              title: '状态',
              render: (_, a) => <ApplicationStatusTag status={a.status} label={a.statusLabel} />,
            },
            {
              title: '操作',
              render: (_, a) =>
                a.status === 'SUBMITTED' &&
                call.status === 'OPEN' && (
                  <Button size="small" type="primary" onClick={() => setDeciding(a)}>
                    评估
                  </Button>
                ),
            },
          ]}
        />
      )}
      <DecisionDialog app={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
