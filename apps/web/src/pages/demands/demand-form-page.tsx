// 发布需求 (UNIT), 代为填报 (LOCAL, for a unit of its region) and 修改 (a draft, or a demand the bureau returned).
// Save as draft or submit. The form checks what it can before sending, shows the server's field messages on
// the fields they concern, and keeps everything typed when the server refuses.
import { useMutation, useQuery } from '@apollo/client/react';
import { DEMAND_LIMITS, MOBILE } from '@app/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Typography,
  type FormRule,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { StatusTag } from '../../components/status-tag';
import {
  CreateDemandDocument,
  DemandDocument,
  OrganizationsDocument,
  SubmitDemandDocument,
  UpdateDemandDocument,
  type DemandDetail,
  type DemandInput,
  type Field,
  type ServiceForm,
  type TitleLevel,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { fieldErrorsOf } from '../../lib/field-errors';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { RegionCascader } from '../../components/region-cascader';

interface DemandFormValues {
  organizationId?: string;
  title?: string;
  description?: string;
  fields?: Field[];
  serviceForms?: ServiceForm[];
  regionCode?: string;
  expertsWanted?: number | null;
  minTitleLevel?: TitleLevel | null;
  period?: [Dayjs | null, Dayjs | null] | null;
  expectedDays?: number | null;
  openToVolunteers?: boolean;
  contactName?: string;
  contactPhone?: string;
}

type Intent = 'draft' | 'submit';
type FormMode = { kind: 'new' } | { kind: 'on-behalf' } | { kind: 'edit'; demand: DemandDetail };

const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** Server field names → form field names. */
const SERVER_FIELDS: Record<string, keyof DemandFormValues> = {
  organizationId: 'organizationId',
  title: 'title',
  description: 'description',
  fields: 'fields',
  serviceForms: 'serviceForms',
  regionCode: 'regionCode',
  expertsWanted: 'expertsWanted',
  minTitleLevel: 'minTitleLevel',
  startDate: 'period',
  endDate: 'period',
  expectedDays: 'expectedDays',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
};

function daysIn(period: DemandFormValues['period']): number | null {
  const [start, end] = period ?? [];
  return start && end ? end.startOf('day').diff(start.startOf('day'), 'day') + 1 : null;
}

function valuesOf(demand: DemandDetail): DemandFormValues {
  return {
    organizationId: demand.organizationId,
    title: demand.title,
    description: demand.description,
    fields: demand.fields,
    serviceForms: demand.serviceForms,
    regionCode: demand.regionCode,
    expertsWanted: demand.expertsWanted,
    minTitleLevel: demand.minTitleLevel ?? null,
    period:
      demand.startDate || demand.endDate
        ? [demand.startDate ? dayjs(demand.startDate) : null, demand.endDate ? dayjs(demand.endDate) : null]
        : null,
    expectedDays: demand.expectedDays ?? null,
    openToVolunteers: demand.openToVolunteers,
    contactName: demand.contactName ?? '',
    contactPhone: demand.contactPhone ?? '',
  };
}

function inputOf(values: DemandFormValues, onBehalf: boolean): DemandInput {
  const [start, end] = values.period ?? [];
  return {
    title: (values.title ?? '').trim(),
    description: values.description ?? '',
    fields: values.fields ?? [],
    serviceForms: values.serviceForms ?? [],
    regionCode: values.regionCode || null,
    expertsWanted: values.expertsWanted ?? 1,
    minTitleLevel: values.minTitleLevel ?? null,
    startDate: start ? start.format('YYYY-MM-DD') : null,
    endDate: end ? end.format('YYYY-MM-DD') : null,
    expectedDays: values.expectedDays ?? null,
    openToVolunteers: values.openToVolunteers ?? false,
    contactName: values.contactName?.trim() || null,
    contactPhone: values.contactPhone?.replace(/\s/g, '') || null,
    ...(onBehalf ? { organizationId: values.organizationId } : {}),
  };
}

export function NewDemandPage() {
  return <DemandForm mode={{ kind: 'new' }} />;
}

export function NewDemandOnBehalfPage() {
  return <DemandForm mode={{ kind: 'on-behalf' }} />;
}

export function EditDemandPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DemandDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const demand = data?.demand;
  if (!demand && loading) return <LoadingBlock />;
  if (!demand) {
    return (
      <>
        <PageHeader title="修改需求" />
        {error ? (
          <ErrorBlock error={error} onRetry={() => void refetch()} />
        ) : (
          <Alert type="warning" showIcon title="未找到该需求" />
        )}
      </>
    );
  }
  if (demand.status !== 'DRAFT' && demand.status !== 'RETURNED') {
    return (
      <>
        <PageHeader title="修改需求" />
        <Alert
          type="info"
          showIcon
          title={`需求 ${demand.code} 当前不能修改`}
          description="只有草稿或被属地人社局退回的需求可以修改；已提交的需求如需变更，请联系属地人社局。"
          action={<Link to={`/demands/${demand.id}`}>查看需求</Link>}
        />
      </>
    );
  }
  return <DemandForm key={demand.id} mode={{ kind: 'edit', demand }} />;
}

function DemandForm({ mode }: { mode: FormMode }) {
  const { account } = useAuth();
  const catalog = useCatalog();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<DemandFormValues>();
  const intent = useRef<Intent>('submit');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<Intent | null>(null);
  // Once a new demand is saved, later saves update it instead of creating another.
  const [savedId, setSavedId] = useState<string | null>(mode.kind === 'edit' ? mode.demand.id : null);
  const [create] = useMutation(CreateDemandDocument, { refetchQueries: ['Demands', 'DemandCounts'] });
  const [update] = useMutation(UpdateDemandDocument, { refetchQueries: ['Demands', 'DemandCounts'] });
  const [submit] = useMutation(SubmitDemandDocument, { refetchQueries: ['Demands', 'DemandCounts'] });

  const demand = mode.kind === 'edit' ? mode.demand : null;
  const organizationId = Form.useWatch('organizationId', form);
  const orgs = useQuery(OrganizationsDocument, {
    variables: { kind: 'UNIT' },
    skip: mode.kind !== 'on-behalf',
  });
  const orgOptions = (orgs.data?.organizations ?? []).map((o) => ({
    value: o.id,
    label: `${o.name}（${o.region.name}）`,
    regionCode: o.regionCode,
  }));
  const regionRoot =
    mode.kind === 'on-behalf'
      ? orgOptions.find((o) => o.value === organizationId)?.regionCode
      : (demand?.organization?.regionCode ?? account?.organization?.regionCode ?? account?.region?.code);

  // The form owns the values after the first render.
  const [initialValues] = useState<DemandFormValues>(() =>
    demand
      ? valuesOf(demand)
      : {
          expertsWanted: 1,
          openToVolunteers: false,
          fields: [],
          serviceForms: [],
          regionCode:
            mode.kind === 'new'
              ? (account?.organization?.regionCode ?? account?.region?.code ?? undefined)
              : undefined,
          contactName: '',
          contactPhone: '',
        },
  );

  const returned =
    demand?.status === 'RETURNED'
      ? [...demand.history].reverse().find((h) => h.toStatus === 'RETURNED')
      : undefined;

  /** A rule that applies only when submitting (a draft may be incomplete). */
  const onSubmit = (check: (value: unknown, values: DemandFormValues) => string | null): FormRule => ({
    validator: async (_rule, value) => {
      if (intent.current !== 'submit') return;
      const problem = check(value, form.getFieldsValue(true) as DemandFormValues);
      if (problem) throw new Error(problem);
    },
  });

  const save = async (next: Intent) => {
    intent.current = next;
    setFailure(null);
    let values: DemandFormValues;
    try {
      values = await form.validateFields({ recursive: true });
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      return;
    }
    setBusy(next);
    const input = inputOf(values, mode.kind === 'on-behalf');
    let id = savedId;
    let wrote = false;
    try {
      if (id) {
        const { organizationId: _ignored, ...changes } = input;
        await update({ variables: { id, input: changes } });
        wrote = true;
      } else {
        const { data } = await create({ variables: { input } });
        id = data?.createDemand.id ?? null;
        if (id) setSavedId(id);
        wrote = true;
      }
      if (!id) throw new Error('保存失败，请稍后重试');
      if (next === 'submit') await submit({ variables: { id } });
      message.success(
        next === 'submit' ? '需求已提交，等待属地人社局受理' : '已保存为草稿，可随时修改后提交',
      );
      navigate(`/demands/${id}`);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const known = Object.entries(fields).filter(([name]) => name in SERVER_FIELDS);
      const byField = new Map<keyof DemandFormValues, string[]>();
      for (const [name, text] of known) {
        const target = SERVER_FIELDS[name]!;
        byField.set(target, [...(byField.get(target) ?? []), text]);
      }
      if (byField.size) form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      const saved = wrote && next === 'submit' ? '内容已保存为草稿，但未能提交：' : '';
      setFailure(`${saved}${errorMessage(error, '保存失败，请稍后重试')}`);
      const firstField = [...byField.keys()][0];
      if (firstField) form.scrollToField(firstField, { block: 'center', focus: true });
      else window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setBusy(null);
    }
  };

  const title =
    mode.kind === 'edit'
      ? demand?.status === 'RETURNED'
        ? '修改并重新提交'
        : '修改需求'
      : mode.kind === 'on-behalf'
        ? '代为填报需求'
        : '发布需求';

  return (
    <div className="form-page">
      <PageHeader
        title={title}
        subTitle={
          mode.kind === 'edit' ? (
            <Flex gap={8} align="center" wrap component="span">
              <span>{demand?.code}</span>
              {demand && <StatusTag status={demand.status} />}
            </Flex>
          ) : mode.kind === 'on-behalf' ? (
            '为辖区内不便自行填报的基层单位填报需求，提交后直接进入受理环节。'
          ) : (
            '说清遇到的问题和希望的服务，属地人社局受理后由省厅匹配专家。带 * 的为提交时必填项，保存草稿只需填写标题。'
          )
        }
      />
      {returned && (
        <Alert
          className="form-page__alert"
          type="warning"
          showIcon
          role="alert"
          data-testid="return-reason"
          title="属地人社局退回了这条需求，请按意见修改后重新提交"
          description={
            <>
              <div className="return-reason__text">{returned.note}</div>
              <Typography.Text type="secondary">
                {returned.actorName} · {formatDateTime(returned.at)}
              </Typography.Text>
            </>
          }
        />
      )}
      {failure && (
        <Alert
          className="form-page__alert"
          type="error"
          showIcon
          role="alert"
          title={failure}
          data-testid="form-error"
        />
      )}
      <Card variant="borderless">
        <Form<DemandFormValues>
          form={form}
          name="demand"
          layout="vertical"
          initialValues={initialValues}
          scrollToFirstError={false}
          onValuesChange={(changed) => {
            if ('organizationId' in changed) {
              const org = orgOptions.find((o) => o.value === changed.organizationId);
              form.setFieldValue('regionCode', org?.regionCode);
            }
          }}
        >
          {mode.kind === 'on-behalf' && (
            <Form.Item
              name="organizationId"
              label="需求单位"
              rules={[{ required: true, message: '请选择要代为填报的基层单位' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={orgs.loading}
                options={orgOptions}
                placeholder={orgs.error ? errorMessage(orgs.error) : '输入单位名称查找'}
                notFoundContent={orgs.loading ? '正在加载…' : '辖区内没有登记的基层单位'}
              />
            </Form.Item>
          )}
          <Form.Item
            name="title"
            label="需求标题"
            extra="一句话说明要解决的问题，如：设施大棚番茄病害防治技术指导"
            rules={[
              { required: true, whitespace: true, message: '请填写需求标题' },
              { max: DEMAND_LIMITS.title, message: `需求标题不能超过 ${DEMAND_LIMITS.title} 个字` },
            ]}
          >
            <Input maxLength={DEMAND_LIMITS.title} showCount placeholder="需求标题" />
          </Form.Item>
          <Form.Item
            name="description"
            required
            label="问题描述（痛点难点）"
            extra="写清现状、遇到的困难、已经尝试过的办法和希望达到的效果，描述越具体，匹配的专家越合适。"
            rules={[
              {
                max: DEMAND_LIMITS.description,
                message: `问题描述不能超过 ${DEMAND_LIMITS.description} 个字，请精简`,
              },
              onSubmit((value) =>
                String(value ?? '').trim().length < 10
                  ? '请具体描述遇到的问题（至少 10 个字），便于匹配合适的专家'
                  : null,
              ),
            ]}
          >
            <Input.TextArea
              rows={6}
              maxLength={DEMAND_LIMITS.description}
              showCount
              placeholder="例如：合作社 40 亩连栋大棚番茄近两年灰霉病、晚疫病反复发生……"
            />
          </Form.Item>
          <Form.Item
            name="fields"
            required
            label="服务领域"
            rules={[
              onSubmit((value) =>
                (value as unknown[] | undefined)?.length ? null : '请至少选择一个服务领域',
              ),
            ]}
          >
            <Checkbox.Group className="checkbox-grid" options={catalog.options('fields')} />
          </Form.Item>
          <Form.Item
            name="serviceForms"
            required
            label="希望的服务形式"
            rules={[
              onSubmit((value) =>
                (value as unknown[] | undefined)?.length ? null : '请至少选择一种服务形式',
              ),
            ]}
          >
            <Checkbox.Group className="checkbox-grid" options={catalog.options('serviceForms')} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="regionCode"
                label="服务地区"
                extra="默认为本单位所在地区，可选其下级地区"
                rules={[{ required: true, message: '请选择服务地区' }]}
              >
                <RegionCascader
                  rootCode={regionRoot}
                  placeholder={
                    mode.kind === 'on-behalf' && !organizationId ? '请先选择需求单位' : '请选择地区'
                  }
                  disabled={mode.kind === 'on-behalf' && !organizationId}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="period"
                required
                label="希望服务的起止日期"
                rules={[
                  onSubmit((value) => {
                    const [start, end] = (value as DemandFormValues['period']) ?? [];
                    if (!start || !end) return '请选择希望服务的开始和结束日期';
                    if (start.isBefore(dayjs(), 'day'))
                      return `开始日期（${start.format('YYYY-MM-DD')}）已经过去，请选择今天或以后的日期`;
                    return null;
                  }),
                ]}
              >
                <DatePicker.RangePicker
                  style={{ width: '100%' }}
                  allowEmpty={[true, true]}
                  disabledDate={(date) => date.isBefore(dayjs(), 'day')}
                  placeholder={['开始日期', '结束日期']}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="expertsWanted"
                label="需要专家人数"
                rules={[
                  { required: true, message: '请填写需要的专家人数' },
                  {
                    type: 'integer',
                    min: 1,
                    max: DEMAND_LIMITS.expertsWanted,
                    message: `专家人数应在 1 到 ${DEMAND_LIMITS.expertsWanted} 之间`,
                  },
                ]}
              >
                <InputNumber
                  min={1}
                  max={DEMAND_LIMITS.expertsWanted}
                  precision={0}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="expectedDays"
                label="预计服务天数"
                dependencies={['period']}
                rules={[
                  { type: 'integer', min: 1, message: '预计服务天数应为正整数' },
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: number | null | undefined) => {
                      const days = daysIn(getFieldValue('period'));
                      if (value && days && value > days)
                        throw new Error(
                          `预计服务天数（${value} 天）超过了服务期（${days} 天），请调整天数或起止日期`,
                        );
                    },
                  }),
                ]}
              >
                <InputNumber min={1} precision={0} style={{ width: '100%' }} placeholder="天" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="minTitleLevel" label="专家职称要求">
                <Select
                  allowClear
                  placeholder="不限"
                  options={catalog.options('titleLevels').map((o) => ({ ...o, label: `${o.label}及以上` }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contactName"
                required
                label="联系人"
                rules={[
                  { max: DEMAND_LIMITS.contactName, message: '联系人姓名过长' },
                  onSubmit((value) =>
                    String(value ?? '').trim() ? null : '请填写联系人，方便专家和属地人社局联系',
                  ),
                ]}
              >
                <Input autoComplete="name" placeholder="姓名" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contactPhone"
                required
                label="联系电话"
                rules={[
                  {
                    validator: async (_rule, value: string | undefined) => {
                      const phone = (value ?? '').replace(/\s/g, '');
                      if (phone && !MOBILE.test(phone) && !LANDLINE.test(phone)) {
                        throw new Error(
                          '联系电话格式不正确：请填写 11 位手机号，或带区号的固定电话（如 021-57321234）',
                        );
                      }
                    },
                  },
                  onSubmit((value) => (String(value ?? '').trim() ? null : '请填写联系电话')),
                ]}
              >
                <Input type="tel" autoComplete="tel" inputMode="tel" placeholder="手机号或固定电话" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="openToVolunteers"
            label="开放揭榜"
            valuePropName="checked"
            extra="开放后，受理的需求会展示给专家，专家可主动报名（揭榜挂帅）"
          >
            <Switch checkedChildren="开放" unCheckedChildren="不开放" />
          </Form.Item>
          <Flex gap={12} wrap className="form-page__buttons">
            <Button
              type="primary"
              size="large"
              loading={busy === 'submit'}
              disabled={!!busy}
              onClick={() => void save('submit')}
            >
              {demand?.status === 'RETURNED' ? '重新提交' : '提交需求'}
            </Button>
            <Button
              size="large"
              loading={busy === 'draft'}
              disabled={!!busy}
              onClick={() => void save('draft')}
            >
              {demand?.status === 'RETURNED' ? '保存修改' : '保存草稿'}
            </Button>
            <Button size="large" type="text" onClick={() => navigate(-1)} disabled={!!busy}>
              返回
            </Button>
          </Flex>
        </Form>
      </Card>
    </div>
  );
}
