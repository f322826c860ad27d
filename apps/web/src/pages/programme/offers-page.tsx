// 服务项目: a host unit (or the province) publishes what its approved teams and bases offer on the 服务菜单 —
// title, content, fields, service forms, regions and places, months and how many orders it takes — and stops or
// resumes taking orders.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import { RegionCascader } from '../../components/region-cascader';
import {
  MyProgrammeOffersDocument,
  SaveProgrammeOfferDocument,
  SetProgrammeOfferOpenDocument,
  type Field,
  type ProgrammeOfferItemFragment,
  type ServiceForm,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { errorMessage } from '../../lib/graphql-errors';
import { applyServerFieldErrors } from '../../lib/server-field-errors';
import { YearReportCard } from './components/year-report-card';

interface OfferValues {
  owner: string | null;
  title: string;
  description: string;
  fields: Field[];
  serviceForms: ServiceForm[];
  regionCode: string | null;
  places: string;
  months: number[];
  capacity: number | null;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1} 月` }));

export function OffersPage() {
  const { message } = App.useApp();
  const catalog = useCatalog();
  const [form] = Form.useForm<OfferValues>();
  const [editing, setEditing] = useState<ProgrammeOfferItemFragment | 'new' | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MyProgrammeOffersDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [save, { loading: saving }] = useMutation(SaveProgrammeOfferDocument);
  const [setOpen] = useMutation(SetProgrammeOfferOpenDocument);
  const owners = data?.programmeOfferOwners ?? [];

  const initial = (o: ProgrammeOfferItemFragment | 'new'): OfferValues =>
    o === 'new'
      ? {
          owner: null,
          title: '',
          description: '',
          fields: [],
          serviceForms: [],
          regionCode: null,
          places: '',
          months: [],
          capacity: 5,
        }
      : {
          owner: o.teamId ?? o.baseId,
          title: o.title,
          description: o.description,
          fields: o.fields,
          serviceForms: o.serviceForms,
          regionCode: o.regionCodes[0] ?? null,
          places: o.places,
          months: o.months,
          capacity: o.capacity,
        };

  const submit = async () => {
    const v = await form.validateFields();
    const owner = owners.find((x) => (x.teamId ?? x.baseId) === v.owner);
    try {
      await save({
        variables: {
          id: editing === 'new' ? null : editing?.id,
          input: {
            teamId: owner?.teamId ?? null,
            baseId: owner?.baseId ?? null,
            title: v.title,
            description: v.description,
            fields: v.fields,
            serviceForms: v.serviceForms,
            regionCodes: v.regionCode ? [v.regionCode] : [],
            places: v.places ?? '',
            months: v.months,
            capacity: v.capacity ?? 0,
          },
        },
      });
      message.success('服务项目已发布到服务菜单');
      setEditing(null);
      void refetch();
    } catch (e) {
      setBanner(
        applyServerFieldErrors(form, e, { map: { teamId: 'owner', regionCodes: 'regionCode' } }).message,
      );
    }
  };

  return (
    <>
      <PageHeader
        title="服务项目"
        subTitle="入选的服务团、基地在服务菜单上提供的服务（点餐）"
        extra={
          <Button
            type="primary"
            disabled={!owners.length}
            onClick={() => {
              setBanner(null);
              setEditing('new');
            }}
          >
            发布服务项目
          </Button>
        }
      />
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      {!loading && !owners.length && (
        <Alert
          type="info"
          showIcon
          message="本单位还没有入选的服务团或基地；年度名单公布后即可发布服务项目"
          style={{ marginBottom: 16 }}
        />
      )}
      <ResponsiveTable<ProgrammeOfferItemFragment>
        rowKey="id"
        loading={loading}
        dataSource={data?.myProgrammeOffers ?? []}
        pagination={false}
        locale={{ emptyText: '还没有发布服务项目' }}
        columns={[
          { title: '服务项目', dataIndex: 'title' },
          {
            title: '服务团/基地',
            render: (_, o) => (
              <span>
                {o.ownerName} <Tag>{o.ownerKind}</Tag>
              </span>
            ),
          },
          { title: '领域', render: (_, o) => o.fields.map((f) => catalog.label('fields', f)).join('、') },
          { title: '月份', render: (_, o) => `${o.months.join('、')} 月` },
          { title: '接单', render: (_, o) => `${o.ordered}/${o.capacity}` },
          {
            title: '状态',
            render: (_, o) => (o.status === 'OPEN' ? <Tag color="green">接单中</Tag> : <Tag>已停止</Tag>),
          },
          {
            title: '操作',
            render: (_, o) => (
              <Space wrap>
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    setBanner(null);
                    setEditing(o);
                  }}
                >
                  修改
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    void setOpen({ variables: { id: o.id, open: o.status !== 'OPEN' } }).catch((e) =>
                      message.error(errorMessage(e)),
                    )
                  }
                >
                  {o.status === 'OPEN' ? '停止接单' : '恢复接单'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <YearReportCard teams={owners} />
      <Modal
        open={!!editing}
        title={editing === 'new' ? '发布服务项目' : '修改服务项目'}
        okText="保存"
        confirmLoading={saving}
        onOk={() => void submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        width={640}
      >
        {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
        {editing && (
          <Form form={form} layout="vertical" initialValues={initial(editing)}>
            <Form.Item
              name="owner"
              label="服务团或基地"
              rules={[{ required: true, message: '请选择服务团或基地' }]}
            >
              <Select
                disabled={editing !== 'new'}
                aria-label="服务团或基地"
                options={owners.map((o) => ({
                  value: o.teamId ?? o.baseId,
                  label: `${o.name}（${o.year}年${o.teamId ? '服务团' : '基地'}）`,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="title"
              label="服务项目名称"
              rules={[{ required: true, message: '请填写服务项目名称' }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="description"
              label="服务内容"
              rules={[{ required: true, message: '请填写服务内容' }]}
            >
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
            <Form.Item name="fields" label="专业领域" rules={[{ required: true, message: '请选择专业领域' }]}>
              <Select mode="multiple" options={catalog.options('fields')} aria-label="专业领域" />
            </Form.Item>
            <Form.Item
              name="serviceForms"
              label="服务形式"
              rules={[{ required: true, message: '请选择服务形式' }]}
            >
              <Select mode="multiple" options={catalog.options('serviceForms')} aria-label="服务形式" />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label="服务地区"
              rules={[{ required: true, message: '请选择服务地区' }]}
            >
              <RegionCascader aria-label="服务地区" />
            </Form.Item>
            <Form.Item name="places" label="服务地点说明">
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="months"
              label="可服务月份"
              rules={[{ required: true, message: '请选择可服务月份' }]}
            >
              <Select mode="multiple" options={MONTHS} aria-label="可服务月份" />
            </Form.Item>
            <Form.Item
              name="capacity"
              label="可接单数"
              rules={[{ required: true, message: '请填写可接单数' }]}
            >
              <InputNumber min={1} max={1000} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
