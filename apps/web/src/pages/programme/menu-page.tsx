// 服务菜单 (点餐): the open offers of approved teams and service bases; a unit searches by words, field and region
// and orders an item — a demand linked to the team or base, submitted to the bureau for vetting as any demand.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import { RegionCascader } from '../../components/region-cascader';
import {
  OrderProgrammeOfferDocument,
  ProgrammeMenuDocument,
  type Field,
  type ProgrammeOfferItemFragment,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { applyServerFieldErrors } from '../../lib/server-field-errors';
import { DateRangeField } from '../../components/date-range-field';
import './programme.css';

interface OrderValues {
  period: [Dayjs, Dayjs] | null;
  expectedDays: number | null;
  description: string;
  contactName: string;
  contactPhone: string;
}

function OrderModal({ offer, onClose }: { offer: ProgrammeOfferItemFragment | null; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<OrderValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const [order, { loading }] = useMutation(OrderProgrammeOfferDocument);
  const submit = async () => {
    const v = await form.validateFields();
    if (!offer) return;
    try {
      const { data } = await order({
        variables: {
          offerId: offer.id,
          input: {
            startDate: v.period?.[0].format('YYYY-MM-DD') ?? null,
            endDate: v.period?.[1].format('YYYY-MM-DD') ?? null,
            expectedDays: v.expectedDays ?? null,
            description: v.description || null,
            contactName: v.contactName || null,
            contactPhone: v.contactPhone || null,
          },
        },
      });
      message.success(`已下单，需求 ${data?.orderProgrammeOffer.code ?? ''} 已提交属地人社局审核`);
      onClose();
      if (data) navigate(`/demands/${data.orderProgrammeOffer.id}`);
    } catch (e) {
      setBanner(
        applyServerFieldErrors(form, e, { map: { startDate: 'period', endDate: 'period', offerId: null } })
          .message,
      );
    }
  };
  return (
    <Modal
      open={!!offer}
      title={`点餐：${offer?.title ?? ''}`}
      okText="下单并提交审核"
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">
        下单后生成一条与“{offer?.ownerName}”关联的需求，照常由属地人社局审核，再由省厅派给该{offer?.ownerKind}
        。可服务月份：{offer?.months.join('、')} 月。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          period: null,
          expectedDays: null,
          description: '',
          contactName: '',
          contactPhone: '',
        }}
      >
        <Form.Item
          name="period"
          label="期望服务时间"
          rules={[{ required: true, message: '请选择期望服务时间' }]}
        >
          <DateRangeField />
        </Form.Item>
        <Form.Item name="expectedDays" label="预计天数">
          <InputNumber min={1} max={365} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label="补充说明（不填则为服务内容）">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="contactName" label="联系人">
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="contactPhone" label="联系电话">
            <Input maxLength={20} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

export function MenuPage() {
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const [field, setField] = useState<Field | null>(null);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [ordering, setOrdering] = useState<ProgrammeOfferItemFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(ProgrammeMenuDocument, {
    variables: { query: query || null, field, regionCode, year: null },
    fetchPolicy: 'cache-and-network',
  });
  const offers = data?.programmeMenu ?? [];
  return (
    <>
      <PageHeader
        title="服务菜单"
        subTitle="年度入选的专家服务团和基地提供的服务，按需点餐；下单后仍由属地人社局审核"
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} className="programme-menu__filters">
          <Input.Search
            allowClear
            placeholder="搜索服务内容，如 番茄 灰霉病"
            onSearch={setQuery}
            className="programme-menu__search"
            aria-label="搜索服务"
          />
          <Select<Field>
            allowClear
            placeholder="专业领域"
            className="programme-menu__field"
            value={field ?? undefined}
            onChange={(v) => setField(v ?? null)}
            options={catalog.options('fields')}
            aria-label="专业领域"
          />
          <div className="programme-menu__region">
            <RegionCascader
              allowClear
              placeholder="服务地区"
              value={regionCode}
              onChange={(c) => setRegionCode(c ?? null)}
              aria-label="服务地区"
            />
          </div>
        </Flex>
      </Card>
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      {!loading && offers.length === 0 && <Empty description="没有符合条件的服务项目" />}
      <Flex vertical gap={12} className="programme-menu">
        {offers.map((o) => (
          <Card
            key={o.id}
            size="small"
            className="programme-menu__offer"
            data-offer={o.title}
            title={
              <span>
                {o.title} <Tag color="blue">{o.ownerKind}</Tag>
                <Typography.Text type="secondary">
                  {o.ownerName} · {o.hostName}
                </Typography.Text>
              </span>
            }
            extra={
              <Button type="primary" size="small" disabled={o.remaining === 0} onClick={() => setOrdering(o)}>
                {o.remaining === 0 ? '已约满' : '点餐'}
              </Button>
            }
          >
            <Typography.Paragraph style={{ marginBottom: 8 }}>{o.description}</Typography.Paragraph>
            <Space wrap size={[4, 4]}>
              {o.fields.map((f) => (
                <Tag key={f}>{catalog.label('fields', f)}</Tag>
              ))}
              {o.serviceForms.map((f) => (
                <Tag key={f} color="geekblue">
                  {catalog.label('serviceForms', f)}
                </Tag>
              ))}
              <Typography.Text type="secondary">
                服务地点：{o.places || '—'} · 月份：{o.months.join('、')} 月 · 剩余 {o.remaining}/{o.capacity}{' '}
                单
              </Typography.Text>
            </Space>
          </Card>
        ))}
      </Flex>
      <OrderModal offer={ordering} onClose={() => setOrdering(null)} />
    </>
  );
}
