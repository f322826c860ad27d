// One application: the host unit fills annex 1 or 2, saves drafts and submits; a returned form comes back with the
// recommender's reason. Recommenders and the province read the same page without editing.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Descriptions, Form, Select, Space, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import {
  APPLICATION_STATUS_LABELS,
  PROGRAMME_CATEGORY_LABELS,
  emptyBaseForm,
  emptyTeamForm,
  kindOfCategory,
  type ProgrammeCategory,
} from '@app/domain';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  CreateProgrammeApplicationDocument,
  ProgrammeApplicationDocument,
  ProgrammeCallDocument,
  SubmitProgrammeApplicationDocument,
  UpdateProgrammeApplicationDocument,
} from '../../graphql/operations';
import { fieldErrorsOf } from '../../lib/field-errors';
import { applyServerFieldErrors } from '../../lib/server-field-errors';
import { AttachmentsCard } from './components/attachments-card';
import { BaseFields } from './components/base-fields';
import { PdfDownloadButton } from './components/pdf-download-button';
import { ApplicationStatusTag, wan } from './components/programme-common';
import { TeamFields } from './components/team-fields';

interface Values {
  category: ProgrammeCategory;
  recommenderId: string;
  form: Record<string, unknown>;
}

/** Server field names (name, contact.mobile, budgetLines.0.amount) → form paths under `form`. */
function serverMap(error: unknown): Record<string, (string | number)[]> {
  return Object.fromEntries(
    Object.keys(fieldErrorsOf(error)).map((k) => [
      k,
      k === 'category' || k === 'recommenderId'
        ? [k]
        : ['form', ...k.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))],
    ]),
  );
}

export function ApplicationFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { account } = useAuth();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const existing = useQuery(ProgrammeApplicationDocument, { variables: { id: id ?? '' }, skip: !id });
  const app = existing.data?.programmeApplication;
  const callId = app?.callId ?? params.get('call') ?? '';
  const callQuery = useQuery(ProgrammeCallDocument, { variables: { id: callId }, skip: !callId });
  const [create, { loading: creating }] = useMutation(CreateProgrammeApplicationDocument);
  const [update, { loading: updating }] = useMutation(UpdateProgrammeApplicationDocument);
  const [submit, { loading: submitting }] = useMutation(SubmitProgrammeApplicationDocument, {
    refetchQueries: ['ProgrammeApplications'],
  });
  const category = (Form.useWatch('category', form) ??
    app?.category ??
    params.get('category') ??
    'MUNICIPAL_TEAM') as ProgrammeCategory;
  if (existing.loading || callQuery.loading) return <LoadingBlock />;
  if (existing.error || callQuery.error) return <ErrorBlock error={existing.error ?? callQuery.error} />;
  const call = callQuery.data?.programmeCall;
  if (!call) return <ErrorBlock error={new Error('申报通知不存在')} />;
  const editable =
    account?.role === 'UNIT' &&
    call.status === 'OPEN' &&
    (!app || app.status === 'DRAFT' || app.status === 'RETURNED');
  const kind = kindOfCategory(category);
  const initial: Values = {
    category,
    recommenderId: app?.recommender.id ?? (undefined as unknown as string),
    form: { ...(kind === 'TEAM' ? emptyTeamForm() : emptyBaseForm()), ...(app?.form ?? {}) },
  };
  const known: Record<string, string> =
    app?.leadExpertId && app.leadExpertName ? { [app.leadExpertId]: app.leadExpertName } : {};
  const returned =
    app?.status === 'RETURNED' ? app.history.filter((h) => h.toStatus === 'RETURNED').at(-1) : null;

  const save = async (thenSubmit: boolean) => {
    setFailure(null);
    const v = form.getFieldsValue(true) as Values;
    const input = { category: v.category, recommenderId: v.recommenderId, form: v.form };
    try {
      let savedId = app?.id;
      if (app) await update({ variables: { id: app.id, input } });
      else
        savedId = (await create({ variables: { callId: call.id, input } })).data?.createProgrammeApplication
          .id;
      if (thenSubmit && savedId) await submit({ variables: { id: savedId } });
      message.success(thenSubmit ? '已提交推荐单位' : '草稿已保存');
      if (!app && savedId) navigate(`/programme/applications/${savedId}`, { replace: true });
      else void existing.refetch();
    } catch (e) {
      const { message: text, placed } = applyServerFieldErrors(form, e, { map: serverMap(e) });
      // What is shown under its field is not repeated above the buttons.
      setFailure(placed ? `申报表有 ${placed} 处需要补充或修改，已在对应栏目下标出` : text);
    }
  };

  return (
    <>
      <PageHeader
        title={app ? app.name || '项目申报' : `新建申报：${PROGRAMME_CATEGORY_LABELS[category]}`}
        subTitle={`${call.year} 年 · ${kind === 'TEAM' ? '附件 1 专家服务基层示范团项目申报表' : '附件 2 专家服务基地申报表'}`}
        extra={
          app && (
            <Space wrap>
              <ApplicationStatusTag status={app.status} label={app.statusLabel} />
              <Link to={`/programme/applications/${app.id}/print`}>打印申报表</Link>
              <PdfDownloadButton applicationId={app.id} name={app.name} />
            </Space>
          )
        }
      />
      {returned && (
        <Alert
          type="warning"
          showIcon
          title="推荐单位退回修改"
          description={returned.note}
          style={{ marginBottom: 16 }}
        />
      )}
      {app?.recommendOpinion && app.status !== 'RETURNED' && (
        <Alert
          type="info"
          showIcon
          title="推荐单位意见"
          description={app.recommendOpinion}
          style={{ marginBottom: 16 }}
        />
      )}
      {app && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 3 }}
          style={{ marginBottom: 16 }}
          items={[
            { label: '申报单位', children: app.applicant.name },
            { label: '申请经费', children: `${wan(app.requestedBudget)}（上限 ${wan(app.budgetCap)}）` },
            { label: '核定经费', children: wan(app.approvedBudget) },
          ]}
        />
      )}
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={initial}
          disabled={!editable}
          key={app?.version ?? 'new'}
        >
          <Space wrap>
            <Form.Item name="category" label="申报类别">
              <Select
                style={{ minWidth: 180 }}
                options={call.categories.map((c) => ({
                  value: c.category,
                  label: `${c.label}（≤ ${wan(c.cap)}）`,
                  disabled: kindOfCategory(c.category) !== kind,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="recommenderId"
              label="推荐单位（行业主管部门或区人社局）"
              rules={[{ required: true, message: '请选择推荐单位' }]}
            >
              <Select
                style={{ minWidth: 280 }}
                showSearch
                optionFilterProp="label"
                options={call.recommenders.map((r) => ({ value: r.id, label: r.name }))}
              />
            </Form.Item>
          </Space>
          {kind === 'TEAM' ? <TeamFields known={known} /> : <BaseFields known={known} />}
          {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
          {editable && (
            <Space wrap>
              <Button loading={creating || updating} onClick={() => void save(false)}>
                保存草稿
              </Button>
              <Button type="primary" loading={submitting} onClick={() => void save(true)}>
                提交推荐单位
              </Button>
            </Space>
          )}
        </Form>
      </Card>
      {app && <AttachmentsCard applicationId={app.id} editable={editable} />}
      {app && app.history.length > 0 && (
        <Card title="办理记录" style={{ marginTop: 16 }}>
          <Timeline
            items={app.history.map((h) => ({
              children: `${new Date(h.at).toLocaleString('zh-CN')} · ${APPLICATION_STATUS_LABELS[h.toStatus]}${h.note ? `：${h.note}` : ''}`,
            }))}
          />
        </Card>
      )}
    </>
  );
}
