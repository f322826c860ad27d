// 新增专家 / 编辑专家 (ADMIN, PROVINCE): upsertExpert, with the server's field messages on the fields.
import { useMutation, useQuery } from '@apollo/client/react';
import { expertProblems } from '@app/domain';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import { useEffect, useState } from 'react';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { RegionCascader } from '../../components/region-cascader';
import {
  ExpertDocument,
  UpsertExpertDocument,
  type ExpertDetail,
  type ExpertInput,
  type ExpertSource,
  type Field,
  type Gender,
  type Honour,
  type TitleLevel,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { fieldErrorsOf } from '../../lib/field-errors';
import { errorMessage } from '../../lib/graphql-errors';

interface ExpertFormValues {
  name: string;
  gender?: Gender | null;
  employer: string;
  title: string;
  titleLevel?: TitleLevel;
  fields: Field[];
  specialties?: string;
  honours: Honour[];
  regionCode?: string;
  source: ExpertSource;
  retired: boolean;
  phone?: string;
  email?: string;
  annualCapDays: number;
}

const EMPTY: ExpertFormValues = {
  name: '',
  gender: null,
  employer: '',
  title: '',
  fields: [],
  specialties: '',
  honours: [],
  source: 'LOCAL',
  retired: false,
  phone: '',
  email: '',
  annualCapDays: 60,
};

function valuesOf(e: ExpertDetail): ExpertFormValues {
  return {
    name: e.name,
    gender: e.gender ?? null,
    employer: e.employer,
    title: e.title,
    titleLevel: e.titleLevel,
    fields: e.fields,
    specialties: e.specialties,
    honours: e.honours,
    regionCode: e.regionCode,
    source: e.source,
    retired: e.retired,
    phone: e.contactMasked ? '' : (e.phone ?? ''),
    email: e.contactMasked ? '' : (e.email ?? ''),
    annualCapDays: e.annualCapDays,
  };
}

/** The same checks the server makes, run here first so a person sees them at once. */
function clientProblems(values: ExpertFormValues): Record<string, string> {
  const problems = expertProblems({
    name: values.name ?? '',
    gender: values.gender ?? null,
    employer: values.employer ?? '',
    title: values.title ?? '',
    titleLevel: values.titleLevel as TitleLevel,
    fields: values.fields ?? [],
    specialties: values.specialties ?? '',
    honours: values.honours ?? [],
    region: values.regionCode ?? '',
    source: values.source,
    retired: values.retired,
    phone: values.phone?.replace(/\s/g, '') || null,
    email: values.email?.trim() || null,
    annualCapDays: values.annualCapDays,
  });
  if (problems.region) problems.regionCode = problems.region;
  delete problems.region;
  return problems;
}

export function ExpertFormDrawer({
  id,
  open,
  onClose,
  onSaved,
}: {
  id: string | null;
  open: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const screens = Grid.useBreakpoint();
  const { data, loading, error, refetch } = useQuery(ExpertDocument, {
    variables: { id: id ?? '' },
    skip: !open || !id,
    fetchPolicy: 'network-only',
  });
  const expert = id ? data?.expert : null;
  return (
    <Drawer
      title={id ? `编辑专家${expert ? `：${expert.name}` : ''}` : '新增专家'}
      open={open}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
    >
      {id && !expert ? (
        loading ? (
          <LoadingBlock />
        ) : error ? (
          <ErrorBlock error={error} onRetry={() => void refetch()} />
        ) : null
      ) : (
        <ExpertForm key={id ?? 'new'} expert={expert ?? null} onSaved={onSaved} onCancel={onClose} />
      )}
    </Drawer>
  );
}

function ExpertForm({
  expert,
  onSaved,
  onCancel,
}: {
  expert: ExpertDetail | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExpertFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [upsert, { loading }] = useMutation(UpsertExpertDocument, { refetchQueries: ['Experts'] });
  useEffect(() => setFailure(null), [expert?.id]);

  const save = async () => {
    let values: ExpertFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (expert?.contactMasked) {
      // Saving would replace the contact details this account was never shown (the server keeps no "unchanged").
      setFailure('您无权查看该专家的完整联系方式，不能在此修改其信息，请联系省厅或管理员。');
      return;
    }
    const problems = clientProblems(values);
    if (Object.keys(problems).length) {
      form.setFields(
        Object.entries(problems).map(([name, text]) => ({
          name: name as keyof ExpertFormValues,
          errors: [text],
        })),
      );
      return;
    }
    setFailure(null);
    const input: ExpertInput = {
      id: expert?.id ?? null,
      name: values.name.trim(),
      gender: values.gender ?? null,
      employer: values.employer.trim(),
      title: values.title.trim(),
      titleLevel: values.titleLevel!,
      fields: values.fields,
      specialties: values.specialties ?? '',
      honours: values.honours,
      regionCode: values.regionCode!,
      source: values.source,
      retired: values.retired,
      annualCapDays: values.annualCapDays,
      phone: values.phone?.trim() || null,
      email: values.email?.trim() || null,
    };
    try {
      const { data } = await upsert({ variables: { input } });
      if (!data) throw new Error('保存失败，请稍后重试');
      message.success(
        expert ? `已保存 ${data.upsertExpert.name} 的信息` : `已添加专家 ${data.upsertExpert.name}`,
      );
      onSaved(data.upsertExpert.id);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      const known = Object.entries(fields).filter(
        ([name]) => name in EMPTY || name === 'regionCode' || name === 'titleLevel',
      );
      if (known.length)
        form.setFields(
          known.map(([name, text]) => ({ name: name as keyof ExpertFormValues, errors: [text] })),
        );
      setFailure(errorMessage(e, '保存失败，请稍后重试'));
    }
  };

  return (
    <Form<ExpertFormValues>
      form={form}
      layout="vertical"
      name="expert"
      initialValues={expert ? valuesOf(expert) : EMPTY}
    >
      {failure && <Alert className="modal-alert" type="error" showIcon role="alert" title={failure} />}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="name"
            label="姓名"
            rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
          >
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label="性别">
            <Radio.Group options={catalog.options('genders')} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="employer"
            label="工作单位"
            rules={[{ required: true, whitespace: true, message: '请填写工作单位' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="title"
            label="职称"
            rules={[
              { required: true, whitespace: true, message: '请填写职称，如 教授、主任医师、高级农艺师' },
            ]}
          >
            <Input maxLength={64} placeholder="如 主任医师" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="titleLevel"
            label="职称级别"
            rules={[{ required: true, message: '请选择职称级别' }]}
          >
            <Select options={catalog.options('titleLevels')} placeholder="请选择" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="fields"
        label="服务领域"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个服务领域' }]}
      >
        <Checkbox.Group className="checkbox-grid" options={catalog.options('fields')} />
      </Form.Item>
      <Form.Item
        name="specialties"
        label="研究方向/专长"
        extra="匹配主要依据这段文字，请写具体的技术、病种、作物或产品"
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="honours" label="人才称号">
        <Checkbox.Group className="checkbox-grid checkbox-grid--wide" options={catalog.options('honours')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="regionCode"
            label="所在地区"
            rules={[{ required: true, message: '请选择所在地区' }]}
          >
            <RegionCascader placeholder="省 / 市 / 区县" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="source" label="专家来源" rules={[{ required: true, message: '请选择专家来源' }]}>
            <Select options={catalog.options('expertSources')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label="手机" extra={expert?.contactMasked ? '已脱敏' : undefined}>
            <Input
              type="tel"
              inputMode="tel"
              autoComplete="off"
              placeholder={expert?.contactMasked ? (expert.phone ?? '') : '11 位手机号'}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label="邮箱" extra={expert?.contactMasked ? '已脱敏' : undefined}>
            <Input
              type="email"
              autoComplete="off"
              placeholder={expert?.contactMasked ? (expert.email ?? '') : ''}
            />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            name="annualCapDays"
            label="年度服务天数上限"
            rules={[{ required: true, type: 'integer', min: 1, max: 366, message: '应在 1 到 366 天之间' }]}
          >
            <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="retired" label="是否退休" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" loading={loading} onClick={() => void save()}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
