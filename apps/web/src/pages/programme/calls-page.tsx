// 申报通知 (province): write a year's call — dates, the categories with their caps, the departments and district
// bureaus that may recommend — then publish it (the recommenders are notified) and close applications for review.
import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
} from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  PROGRAMME_CATEGORIES,
  PROGRAMME_CATEGORY_LABELS,
  PROGRAMME_POLICY_CAPS,
  type ProgrammeCategory,
} from '@app/domain';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import {
  CloseProgrammeCallDocument,
  CreateProgrammeCallDocument,
  OpenProgrammeCallDocument,
  ProgrammeBureausDocument,
  ProgrammeCallsDocument,
  UpdateProgrammeCallDocument,
  type ProgrammeCallItemFragment,
} from '../../graphql/operations';
import { errorMessage } from '../../lib/graphql-errors';
import { useServerFieldErrors } from '../../lib/server-field-errors';
import { wan } from './components/programme-common';

interface CallForm {
  year: number;
  title: string;
  docNumber?: string;
  opensOn: string;
  closesOn: string;
  recommendBy: string;
  categories: ProgrammeCategory[];
  caps: Partial<Record<ProgrammeCategory, number>>;
  recommenderIds: string[];
}

function CallDialog({
  editing,
  onClose,
}: {
  editing: ProgrammeCallItemFragment | 'new' | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CallForm>();
  const place = useServerFieldErrors(form, {
    'caps.NATIONAL_TEAM': ['caps', 'NATIONAL_TEAM'],
    'caps.MUNICIPAL_TEAM': ['caps', 'MUNICIPAL_TEAM'],
    'caps.NATIONAL_BASE': ['caps', 'NATIONAL_BASE'],
    'caps.MUNICIPAL_BASE': ['caps', 'MUNICIPAL_BASE'],
    caps: 'categories',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const bureaus = useQuery(ProgrammeBureausDocument, { skip: !editing });
  const [create, { loading: creating }] = useMutation(CreateProgrammeCallDocument, {
    refetchQueries: ['ProgrammeCalls'],
  });
  const [update, { loading: updating }] = useMutation(UpdateProgrammeCallDocument, {
    refetchQueries: ['ProgrammeCalls'],
  });
  const call = editing && editing !== 'new' ? editing : null;
  const year = new Date().getFullYear() + 1;
  const initial: CallForm = call
    ? {
        ...call,
        docNumber: call.docNumber ?? undefined,
        categories: call.categories.map((c) => c.category),
        caps: Object.fromEntries(call.categories.map((c) => [c.category, c.cap / 10_000])),
        recommenderIds: call.recommenders.map((r) => r.id),
      }
    : {
        year,
        title: `关于组织申报${year}年国家和本市专家服务基层项目的通知`,
        opensOn: `${year}-01-10`,
        closesOn: `${year}-01-31`,
        recommendBy: `${year}-02-07`,
        categories: [...PROGRAMME_CATEGORIES],
        caps: Object.fromEntries(PROGRAMME_CATEGORIES.map((k) => [k, PROGRAMME_POLICY_CAPS[k] / 10_000])),
        recommenderIds: [],
      };
  const submit = async (v: CallForm) => {
    setFailure(null);
    const input = {
      year: v.year,
      title: v.title,
      docNumber: v.docNumber || null,
      opensOn: v.opensOn,
      closesOn: v.closesOn,
      recommendBy: v.recommendBy,
      categories: v.categories.map((category) => ({
        category,
        cap: v.caps?.[category] ? Math.round(v.caps[category]! * 10_000) : null,
      })),
      recommenderIds: v.recommenderIds ?? [],
    };
    try {
      if (call) await update({ variables: { id: call.id, input } });
      else await create({ variables: { input } });
      message.success('申报通知已保存');
      onClose();
    } catch (e) {
      setFailure(place(e).message);
    }
  };
  return (
    <Modal
      open={!!editing}
      title={call ? `修改 ${call.year} 年申报通知` : '起草申报通知'}
      okText="保存"
      cancelText="取消"
      width={720}
      destroyOnHidden
      confirmLoading={creating || updating}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        <Space wrap>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="docNumber" label="文号">
            <Input placeholder="沪人社专〔2027〕1号" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label="通知标题" rules={[{ required: true, message: '请填写通知标题' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="opensOn" label="申报开始">
            <Input type="date" />
          </Form.Item>
          <Form.Item name="closesOn" label="单位申报截止">
            <Input type="date" />
          </Form.Item>
          <Form.Item name="recommendBy" label="推荐报送截止">
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.Item name="categories" label="申报类别">
          <Checkbox.Group
            options={PROGRAMME_CATEGORIES.map((k) => ({ value: k, label: PROGRAMME_CATEGORY_LABELS[k] }))}
          />
        </Form.Item>
        <Space wrap>
          {PROGRAMME_CATEGORIES.map((k) => (
            <Form.Item key={k} name={['caps', k]} label={`${PROGRAMME_CATEGORY_LABELS[k]}上限（万元）`}>
              <InputNumber min={0} max={PROGRAMME_POLICY_CAPS[k] / 10_000} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item
          name="recommenderIds"
          label="推荐单位（委办局、区人社局）"
          rules={[{ required: true, message: '请选择推荐单位' }]}
        >
          <Select
            mode="multiple"
            loading={bureaus.loading}
            optionFilterProp="label"
            placeholder="选择可推荐的委办局和区人社局"
            options={(bureaus.data?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        {failure && <Alert type="error" showIcon title={failure} />}
      </Form>
    </Modal>
  );
}

export function ProgrammeCallsPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ProgrammeCallsDocument);
  const [editing, setEditing] = useState<ProgrammeCallItemFragment | 'new' | null>(null);
  const [open] = useMutation(OpenProgrammeCallDocument);
  const [close] = useMutation(CloseProgrammeCallDocument);
  const run = async (p: Promise<unknown>, done: string) => {
    try {
      await p;
      message.success(done);
    } catch (e) {
      message.error(errorMessage(e, '操作失败，请稍后重试'));
    }
  };
  return (
    <>
      <PageHeader
        title="申报通知"
        subTitle="发布年度专家服务基层项目申报通知：类别、经费上限、推荐单位与时间节点"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            起草申报通知
          </Button>
        }
      />
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      <ResponsiveTable<ProgrammeCallItemFragment>
        rowKey="id"
        loading={loading}
        dataSource={data?.programmeCalls ?? []}
        pagination={false}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          {
            title: '通知',
            render: (_, c) => (
              <>
                {c.title}
                {c.docNumber && <div className="muted">{c.docNumber}</div>}
              </>
            ),
          },
          { title: '状态', render: (_, c) => <Tag>{c.statusLabel}</Tag>, width: 90 },
          {
            title: '时间',
            render: (_, c) => (
              <>
                申报 {c.opensOn} 至 {c.closesOn}
                <br />
                推荐截止 {c.recommendBy}
              </>
            ),
          },
          {
            title: '类别与上限',
            render: (_, c) =>
              c.categories.map((k) => (
                <div key={k.category}>
                  {k.label} ≤ {wan(k.cap)}
                </div>
              )),
          },
          { title: '推荐单位', render: (_, c) => `${c.recommenders.length} 个` },
          {
            title: '操作',
            render: (_, c) => (
              <Space wrap>
                {c.status === 'DRAFT' && (
                  <Button size="small" onClick={() => setEditing(c)}>
                    修改
                  </Button>
                )}
                {c.status === 'DRAFT' && (
                  <Popconfirm
                    title="发布后各推荐单位将收到通知，类别和上限不能再改"
                    okText="发布"
                    cancelText="取消"
                    onConfirm={() => run(open({ variables: { id: c.id } }), '已发布，推荐单位已收到通知')}
                  >
                    <Button size="small" type="primary">
                      发布
                    </Button>
                  </Popconfirm>
                )}
                {c.status === 'OPEN' && (
                  <Popconfirm
                    title="截止后单位不能再提交、推荐单位不能再推荐"
                    okText="截止申报"
                    cancelText="取消"
                    onConfirm={() => run(close({ variables: { id: c.id } }), '已截止申报，进入评审')}
                  >
                    <Button size="small">截止申报</Button>
                  </Popconfirm>
                )}
                {c.status !== 'DRAFT' && <Link to={`/programme/selection?call=${c.id}`}>评审与名单</Link>}
                {c.status === 'PUBLISHED' && (
                  <Link to={`/lists/${c.year}`} target="_blank">
                    公布名单
                  </Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CallDialog editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
