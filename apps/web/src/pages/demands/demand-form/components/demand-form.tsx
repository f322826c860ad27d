// The demand form itself (see demand-form-page.tsx for the pages that show it).
import { useQuery } from '@apollo/client/react';
import { DEMAND_LIMITS } from '@app/domain';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  type FormRule,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../../../auth/auth-context';
import { PageHeader } from '../../../../components/page-header';
import { RegionCascader } from '../../../../components/region-cascader';
import { StatusTag } from '../../../../components/status-tag';
import { OrganizationsDocument, type Field, type ServiceForm } from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { errorMessage } from '../../../../lib/graphql-errors';
import { ClassificationSuggestions } from '../../intake/components/classification-suggestions';
import { SimilarCasesHint } from '../../intake/components/similar-cases-hint';
import { SimilarCasesPanel } from '../../intake/components/similar-cases-panel';
import { useDemandIntake } from '../../intake/hooks/use-demand-intake';
import { ClassificationFields } from './classification-fields';
import { ContactFields } from './contact-fields';
import { ExpectedDaysField, PeriodFields } from './period-fields';
import { ReturnReasonAlert } from './return-reason-alert';
import { valuesOf, type DemandFormValues, type FormMode } from '../demand-form-values';
import { useDemandSave } from '../hooks/use-demand-save';
import { useFormDefaults } from '../hooks/use-form-defaults';

export function DemandForm({ mode }: { mode: FormMode }) {
  const { account } = useAuth();
  const catalog = useCatalog();
  const navigate = useNavigate();
  const [form] = Form.useForm<DemandFormValues>();
  const demand = mode.kind === 'edit' ? mode.demand : null;
  const { save, intent, failure, busy } = useDemandSave(form, {
    onBehalf: mode.kind === 'on-behalf',
    savedId: demand?.id ?? null,
  });

  const organizationId = Form.useWatch('organizationId', form);
  const title = Form.useWatch('title', form);
  const description = Form.useWatch('description', form);
  const regionCode = Form.useWatch('regionCode', form);
  const fields = Form.useWatch('fields', form) ?? [];
  const serviceForms = Form.useWatch('serviceForms', form) ?? [];
  const intake = useDemandIntake({
    title,
    description,
    regionCode,
    organizationId: mode.kind === 'on-behalf' ? organizationId : undefined,
    excludeId: demand?.id,
  });
  useFormDefaults(form, {
    skip: mode.kind === 'edit' || (mode.kind === 'on-behalf' && !organizationId),
    organizationId,
  });

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
        },
  );

  const returned =
    demand?.status === 'RETURNED'
      ? [...demand.history].reverse().find((h) => h.toStatus === 'RETURNED')
      : undefined;

  /** A rule that applies only when submitting (a draft may be incomplete). */
  const onSubmitOnly = (check: (value: unknown) => string | null): FormRule => ({
    validator: async (_rule, value) => {
      if (intent.current !== 'submit') return;
      const problem = check(value);
      if (problem) throw new Error(problem);
    },
  });

  const applySuggestion = (change: { fields?: Field[]; serviceForms?: ServiceForm[] }) => {
    form.setFieldsValue(change);
    void form.validateFields(Object.keys(change) as (keyof DemandFormValues)[]).catch(() => undefined);
  };

  const heading =
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
        title={heading}
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
      {returned && <ReturnReasonAlert entry={returned} />}
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
              onSubmitOnly((value) =>
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
          <ClassificationSuggestions
            classification={intake.classification}
            fields={fields}
            serviceForms={serviceForms}
            onApply={applySuggestion}
          />
          <SimilarCasesHint cases={intake.similar} />
          <ClassificationFields onSubmitOnly={onSubmitOnly} />
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
            <PeriodFields onSubmitOnly={onSubmitOnly} />
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
              <ExpectedDaysField />
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
            <ContactFields onSubmitOnly={onSubmitOnly} />
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
      {(intake.similar || intake.similarLoading) && (
        <Card
          variant="borderless"
          size="small"
          title="相似需求"
          className="form-page__similar"
          id="similar-cases"
        >
          <SimilarCasesPanel cases={intake.similar} loading={intake.similarLoading} />
        </Card>
      )}
    </div>
  );
}
