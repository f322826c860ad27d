// 登记服务批次 (/teams/:id/batches/new) and 更正 (/teams/:id/batches/:batchId/correct): what a visit was — dates
// and days, the place, the units, which confirmed members were there, the activities by type, the outcome items of
// the survey, the 1–2 concrete problems solved, photos of the site. A correction writes a new version with its
// reason; the old one is kept. The server's field messages are shown on the fields they concern.
import { ArrowLeftOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { BATCH_LIMITS, TEXT_OUTCOME_ITEMS, daysInPeriod } from '@app/domain';
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
  Upload,
  type FormInstance,
  type FormListFieldData,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { RegionCascader } from '../../components/region-cascader';
import {
  CorrectServiceBatchDocument,
  LogServiceBatchDocument,
  ServiceBatchVersionsDocument,
  TeamDetailDocument,
  UploadServicePhotoDocument,
  type ActivityType,
  type BatchItemFragment,
  type OutcomeItem,
  type ServiceBatchInput,
  type TeamDetailFragment,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { readFileAsBase64 } from '../../lib/download';
import { fieldErrorsOf } from '../../lib/field-errors';
import { formatPeriod } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

interface ActivityRow {
  type?: ActivityType;
  count?: number | null;
  participants?: number | null;
  note?: string;
}

interface OutcomeRow {
  item?: OutcomeItem;
  value?: number | null;
  text?: string;
}

interface BatchFormValues {
  demandId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
  days?: number | null;
  regionCode?: string;
  unitsServed?: number | null;
  unitNames?: string[];
  expertIds?: string[];
  remote?: boolean;
  activities?: ActivityRow[];
  outcomes?: OutcomeRow[];
  problems?: string[];
  note?: string;
  reason?: string;
}

interface PhotoResponse {
  id: string;
  url: string;
}

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** Server field names → form field names. */
const SERVER_FIELDS: Record<string, (string | number)[]> = {
  demandId: ['demandId'],
  startDate: ['period'],
  endDate: ['period'],
  days: ['days'],
  regionCode: ['regionCode'],
  unitsServed: ['unitsServed'],
  unitNames: ['unitNames'],
  expertIds: ['expertIds'],
  activities: ['activities'],
  outcomes: ['outcomes'],
  problemsSolved: ['problems', 0],
  note: ['note'],
  reason: ['reason'],
};

const isText = (item: OutcomeItem | undefined) => !!item && TEXT_OUTCOME_ITEMS.includes(item);

function calendarDays(period: BatchFormValues['period']): number | null {
  const [start, end] = period ?? [];
  return start && end ? daysInPeriod(start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')) : null;
}

export function NewBatchPage() {
  const { id = '' } = useParams();
  const team = useQuery(TeamDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (team.loading && !team.data) return <LoadingBlock />;
  if (!team.data?.team) return <Missing title="登记服务批次" teamId={id} error={team.error} />;
  return <BatchForm team={team.data.team} />;
}

export function CorrectBatchPage() {
  const { id = '', batchId = '' } = useParams();
  const team = useQuery(TeamDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const versions = useQuery(ServiceBatchVersionsDocument, {
    variables: { id: batchId },
    fetchPolicy: 'network-only',
  });
  if ((team.loading && !team.data) || (versions.loading && !versions.data)) return <LoadingBlock />;
  const batch = versions.data?.serviceBatchVersions.find((v) => v.id === batchId);
  if (!team.data?.team || !batch)
    return <Missing title="更正服务批次" teamId={id} error={team.error ?? versions.error} />;
  if (!batch.current) {
    const latest = versions.data?.serviceBatchVersions.find((v) => v.current);
    return (
      <>
        <PageHeader title="更正服务批次" />
        <Alert
          type="warning"
          showIcon
          title="该版本已被更正"
          description="请在最新版本上修改。"
          action={
            latest ? (
              <Link to={`/teams/${id}/batches/${latest.id}/correct`} replace>
                更正最新版本
              </Link>
            ) : undefined
          }
        />
      </>
    );
  }
  return <BatchForm key={batch.id} team={team.data.team} batch={batch} />;
}

function Missing({ title, teamId, error }: { title: string; teamId: string; error: unknown }) {
  return (
    <>
      <PageHeader title={title} />
      {error ? (
        <ErrorBlock error={error} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title="未找到该服务团或服务批次"
          action={<Link to={`/teams/${teamId}`}>返回服务团</Link>}
        />
      )}
    </>
  );
}

function valuesOf(batch: BatchItemFragment): BatchFormValues {
  return {
    demandId: batch.demandId,
    period: [dayjs(batch.startDate), dayjs(batch.endDate)],
    days: batch.days,
    regionCode: batch.regionCode,
    unitsServed: batch.unitsServed ?? null,
    unitNames: batch.unitNames,
    expertIds: batch.experts.map((e) => e.id),
    remote: batch.remote,
    activities: batch.activities.map((a) => ({
      type: a.type,
      count: a.count,
      participants: a.participants ?? null,
      note: a.note ?? '',
    })),
    outcomes: batch.outcomes.map((o) => ({ item: o.item, value: o.value ?? null, text: o.text ?? '' })),
    problems: [batch.problemsSolved[0] ?? '', batch.problemsSolved[1] ?? ''],
    note: batch.note ?? '',
  };
}

function inputOf(teamId: string, values: BatchFormValues, photoIds: string[]): ServiceBatchInput {
  const [start, end] = values.period ?? [];
  return {
    teamId,
    demandId: values.demandId ?? '',
    startDate: start ? start.format('YYYY-MM-DD') : '',
    endDate: end ? end.format('YYYY-MM-DD') : '',
    days: values.days ?? 0,
    regionCode: values.regionCode ?? '',
    unitsServed: values.unitsServed ?? null,
    unitNames: (values.unitNames ?? []).map((n) => n.trim()).filter(Boolean),
    expertIds: values.expertIds ?? [],
    remote: values.remote ?? false,
    activities: (values.activities ?? []).map((a) => ({
      type: a.type!,
      count: a.count ?? 0,
      participants: a.participants ?? null,
      note: a.note?.trim() || null,
    })),
    outcomes: (values.outcomes ?? []).map((o) =>
      isText(o.item)
        ? { item: o.item!, text: o.text?.trim() || null }
        : { item: o.item!, value: o.value ?? null },
    ),
    problemsSolved: (values.problems ?? []).map((p) => (p ?? '').trim()).filter(Boolean),
    note: values.note?.trim() || null,
    photoIds,
  };
}

function BatchForm({ team, batch }: { team: TeamDetailFragment; batch?: BatchItemFragment }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<BatchFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const correcting = !!batch;
  const refetchQueries = ['ServiceBatches', 'TeamDetail', 'TeamSurvey', 'DemandService'];
  const [log] = useMutation(LogServiceBatchDocument, { refetchQueries });
  const [correct] = useMutation(CorrectServiceBatchDocument, { refetchQueries });
  const [upload] = useMutation(UploadServicePhotoDocument);
  const [photos, setPhotos] = useState<UploadFile<PhotoResponse>[]>(() =>
    (batch?.photos ?? []).map((p) => ({
      uid: p.id,
      name: p.fileName,
      status: 'done',
      url: p.url,
      thumbUrl: p.url,
      response: { id: p.id, url: p.url },
    })),
  );

  const demands = correcting ? team.demands : team.demands.filter((d) => d.status === 'IN_SERVICE');
  const confirmed = team.assignments.filter((a) => a.status === 'CONFIRMED');
  const teamStart = dayjs(team.startDate);
  const teamEnd = dayjs(team.endDate);
  const today = dayjs();

  const [initialValues] = useState<BatchFormValues>(() => {
    if (batch) return valuesOf(batch);
    const demand = demands[0];
    return {
      demandId: demand?.id,
      regionCode: demand?.regionCode,
      unitNames: demand?.organization ? [demand.organization.name] : [],
      expertIds: confirmed.map((a) => a.expert.id),
      remote: false,
      activities: [{ count: 1 }],
      outcomes: [],
      problems: ['', ''],
    };
  });

  const onValuesChange = (changed: Partial<BatchFormValues>) => {
    if ('period' in changed) {
      const days = calendarDays(changed.period);
      if (days) form.setFieldValue('days', days);
    }
    if ('demandId' in changed) {
      const demand = team.demands.find((d) => d.id === changed.demandId);
      if (demand) {
        form.setFieldValue('regionCode', demand.regionCode);
        if (demand.organization) form.setFieldValue('unitNames', [demand.organization.name]);
      }
    }
  };

  const uploadPhoto = async (file: File): Promise<PhotoResponse> => {
    const contentBase64 = await readFileAsBase64(file);
    const { data } = await upload({
      variables: { teamId: team.id, fileName: file.name, contentBase64 },
    });
    if (!data) throw new Error('照片上传失败，请重试');
    return { id: data.uploadServicePhoto.id, url: data.uploadServicePhoto.url };
  };

  const submit = async () => {
    setFailure(null);
    setPhotoError(null);
    let values: BatchFormValues;
    try {
      values = await form.validateFields({ recursive: true });
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      return;
    }
    if (photos.some((p) => p.status === 'uploading')) {
      setPhotoError('照片仍在上传，请稍候再提交');
      return;
    }
    const photoIds = photos.filter((p) => p.status === 'done' && p.response).map((p) => p.response!.id);
    const input = inputOf(team.id, values, photoIds);
    setBusy(true);
    try {
      if (batch) {
        await correct({ variables: { id: batch.id, input, reason: (values.reason ?? '').trim() } });
        message.success('已更正服务批次，原版本已保留');
      } else {
        await log({ variables: { input } });
        message.success(`已登记服务批次（${input.days} 天）`);
      }
      navigate(`/teams/${team.id}`);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
      for (const [name, text] of Object.entries(fields)) {
        if (name === 'photoIds' || name === 'file') {
          setPhotoError(text);
          continue;
        }
        const target = SERVER_FIELDS[name];
        if (!target) continue;
        const key = target.join('.');
        const entry = byField.get(key) ?? { name: target, errors: [] };
        entry.errors.push(text);
        byField.set(key, entry);
      }
      // Names built from the server's keys: the form's typed paths cannot be proven here.
      if (byField.size) (form as FormInstance).setFields([...byField.values()]);
      setFailure(errorMessage(error, '保存失败，请稍后重试'));
      const first = [...byField.values()][0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      else window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setBusy(false);
    }
  };

  const title = correcting ? '更正服务批次' : '登记服务批次';
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} className="page-back" onClick={() => navigate(-1)}>
      返回
    </Button>
  );

  if (!team.canLogBatches) {
    return (
      <>
        <PageHeader title={title} back={back} />
        <Alert
          type="warning"
          showIcon
          title="您不能为该服务团登记服务批次"
          description="服务批次由服务团领衔专家（确认参加后）或负责派单的省厅登记。"
        />
      </>
    );
  }
  if (!correcting && demands.length === 0) {
    return (
      <>
        <PageHeader title={title} back={back} />
        <Alert
          type="info"
          showIcon
          title="该服务团没有“服务中”的需求"
          description="只有服务中的需求可以登记服务批次；已完成的需求可以更正已登记的批次。"
          action={<Link to={`/teams/${team.id}`}>返回服务团</Link>}
        />
      </>
    );
  }

  return (
    <div className="form-page batch-form">
      <PageHeader
        back={back}
        title={title}
        subTitle={`${team.name} · 服务期 ${formatPeriod(team.startDate, team.endDate)}`}
      />
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
      <Form<BatchFormValues>
        form={form}
        name="service-batch"
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        scrollToFirstError={false}
      >
        <Flex vertical gap={16}>
          <Card variant="borderless" title="时间与地点" size="small">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="demandId"
                  label="服务的需求"
                  rules={[{ required: true, message: '请选择需求' }]}
                >
                  <Select
                    disabled={correcting}
                    options={demands.map((d) => ({ value: d.id, label: `${d.title}（${d.code}）` }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="period"
                  required
                  label="服务起止日期"
                  extra={`须在服务期内（${formatPeriod(team.startDate, team.endDate)}），且不晚于今天`}
                  rules={[
                    {
                      validator: async (_r, value: BatchFormValues['period']) => {
                        const [start, end] = value ?? [];
                        if (!start || !end) throw new Error('请选择服务的开始和结束日期');
                      },
                    },
                  ]}
                >
                  <DatePicker.RangePicker
                    style={{ width: '100%' }}
                    placeholder={['开始日期', '结束日期']}
                    disabledDate={(d) =>
                      d.isBefore(teamStart, 'day') || d.isAfter(teamEnd, 'day') || d.isAfter(today, 'day')
                    }
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name="days"
                  label="服务天数"
                  dependencies={['period']}
                  extra="实际开展服务的天数，默认为起止日期之间的天数"
                  rules={[
                    { required: true, message: '请填写服务天数' },
                    { type: 'integer', min: 1, message: '服务天数应为正整数' },
                    ({ getFieldValue }) => ({
                      validator: async (_r, value: number | null | undefined) => {
                        const max = calendarDays(getFieldValue('period'));
                        if (value && max && value > max)
                          throw new Error(`服务天数不能多于起止日期之间的天数（${max} 天）`);
                      },
                    }),
                  ]}
                >
                  <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="remote" label="远程服务" valuePropName="checked">
                  <Switch checkedChildren="远程" unCheckedChildren="现场" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="regionCode"
                  label="服务地点"
                  extra="默认为需求所在地区，请选到区县"
                  rules={[
                    { required: true, message: '请选择服务地点' },
                    {
                      validator: async (_r, value: string | undefined) => {
                        if (value && /^\d{2}0000$/.test(value)) throw new Error('请选择到区县一级');
                      },
                    },
                  ]}
                >
                  <RegionCascader aria-label="服务地点" placeholder="选择区县" />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  name="unitNames"
                  label="受援单位"
                  extra="输入单位名称后按回车，可填写多个"
                  rules={[
                    {
                      validator: async (_r, value: string[] | undefined) => {
                        if ((value ?? []).length > BATCH_LIMITS.unitNames)
                          throw new Error(`受援单位最多填写 ${BATCH_LIMITS.unitNames} 个`);
                      },
                    },
                  ]}
                >
                  <Select
                    mode="tags"
                    open={false}
                    suffixIcon={null}
                    aria-label="受援单位"
                    tokenSeparators={['、']}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="unitsServed"
                  label="服务的企事业单位数"
                  dependencies={['unitNames']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_r, value: number | null | undefined) => {
                        const named = new Set((getFieldValue('unitNames') as string[] | undefined) ?? [])
                          .size;
                        if (value != null && value < named)
                          throw new Error(`单位数少于列出的受援单位（${named} 个）`);
                      },
                    }),
                  ]}
                >
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} placeholder="家" />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card variant="borderless" title="参加专家与服务活动" size="small">
            <Form.Item
              name="expertIds"
              label="参加本批次的专家"
              extra="只能选择已确认参加本服务团的专家"
              rules={[{ required: true, type: 'array', min: 1, message: '请选择参加本批次服务的专家' }]}
            >
              <Checkbox.Group
                className="checkbox-grid checkbox-grid--wide"
                options={confirmed.map((a) => ({
                  value: a.expert.id,
                  label: `${a.expert.name}${a.role === 'LEAD' ? '（领衔）' : ''}`,
                }))}
              />
            </Form.Item>
            <Form.List
              name="activities"
              rules={[
                {
                  validator: async (_r, rows: ActivityRow[] | undefined) => {
                    if (!rows?.length) throw new Error('请至少填写一项服务活动');
                    const types = rows.map((r) => r.type).filter(Boolean);
                    if (new Set(types).size !== types.length)
                      throw new Error('同一活动类型只能填写一行（请合并次数）');
                  },
                },
              ]}
            >
              {(fields, { add, remove }, { errors }) => (
                <Flex vertical gap={4} className="form-list">
                  <Typography.Text>服务活动</Typography.Text>
                  {fields.map((field, i) => (
                    <ActivityFields
                      key={field.key}
                      field={field}
                      index={i}
                      onRemove={() => remove(field.name)}
                    />
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ count: 1 })}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    添加活动
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>

          <Card variant="borderless" title="实施成效" size="small">
            <Form.Item
              name={['problems', 0]}
              label="解决的具体问题 1"
              extra={`每批次写明解决的 1–2 个具体问题，每个不超过 ${BATCH_LIMITS.problems.length} 字`}
              rules={[
                { required: true, whitespace: true, message: '请写明本批次解决的具体问题' },
                { max: BATCH_LIMITS.problems.length, message: `不超过 ${BATCH_LIMITS.problems.length} 个字` },
              ]}
            >
              <Input
                maxLength={BATCH_LIMITS.problems.length}
                placeholder="如：番茄黄化曲叶病毒病绿色防控方案落地"
              />
            </Form.Item>
            <Form.Item
              name={['problems', 1]}
              label="解决的具体问题 2（可选）"
              rules={[
                { max: BATCH_LIMITS.problems.length, message: `不超过 ${BATCH_LIMITS.problems.length} 个字` },
              ]}
            >
              <Input maxLength={BATCH_LIMITS.problems.length} />
            </Form.Item>
            <Form.List
              name="outcomes"
              rules={[
                {
                  validator: async (_r, rows: OutcomeRow[] | undefined) => {
                    const items = (rows ?? []).map((r) => r.item).filter(Boolean);
                    if (new Set(items).size !== items.length) throw new Error('同一成效项目只能填写一行');
                  },
                },
              ]}
            >
              {(fields, { add, remove }, { errors }) => (
                <Flex vertical gap={4} className="form-list">
                  <Typography.Text>成效项目（调查表第四部分，可选）</Typography.Text>
                  {fields.map((field, i) => (
                    <OutcomeFields
                      key={field.key}
                      field={field}
                      index={i}
                      onRemove={() => remove(field.name)}
                    />
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({})}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    添加成效
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>

          <Card variant="borderless" title="现场照片与备注" size="small">
            <Form.Item
              label="现场照片"
              extra={`JPG、PNG 或 WebP，每张不超过 5 MB，最多 ${BATCH_LIMITS.photos} 张`}
              validateStatus={photoError ? 'error' : undefined}
              help={photoError ?? undefined}
            >
              <Upload<PhotoResponse>
                listType="picture-card"
                accept=".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp"
                multiple
                fileList={photos}
                maxCount={BATCH_LIMITS.photos}
                onChange={({ fileList }) =>
                  setPhotos(
                    fileList.map((f) =>
                      f.status === 'done' && f.response && !f.url
                        ? { ...f, url: f.response.url, thumbUrl: f.thumbUrl ?? f.response.url }
                        : f,
                    ),
                  )
                }
                beforeUpload={(file) => {
                  setPhotoError(null);
                  if (!PHOTO_TYPES.includes(file.type)) {
                    setPhotoError(`“${file.name}”不是 JPG、PNG 或 WebP 图片`);
                    return Upload.LIST_IGNORE;
                  }
                  if (file.size > BATCH_LIMITS.photoBytes) {
                    setPhotoError(`“${file.name}”超过 5 MB`);
                    return Upload.LIST_IGNORE;
                  }
                  return true;
                }}
                customRequest={({ file, onSuccess, onError }) => {
                  uploadPhoto(file as File).then(
                    (response) => onSuccess?.(response),
                    (error: unknown) => {
                      setPhotoError(errorMessage(error, '照片上传失败，请重试'));
                      onError?.(error instanceof Error ? error : new Error(String(error)));
                    },
                  );
                }}
              >
                {photos.length < BATCH_LIMITS.photos && (
                  <button type="button" className="upload-button">
                    <PlusOutlined />
                    <div>上传照片</div>
                  </button>
                )}
              </Upload>
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input.TextArea rows={3} maxLength={BATCH_LIMITS.note} showCount />
            </Form.Item>
            {correcting && (
              <Form.Item
                name="reason"
                label="更正原因"
                extra="更正会生成新版本，原版本保留备查"
                rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}
              >
                <Input.TextArea rows={2} maxLength={500} showCount />
              </Form.Item>
            )}
          </Card>

          <Flex gap={8} className="form-page__buttons">
            <Button type="primary" loading={busy} onClick={() => void submit()}>
              {correcting ? '提交更正' : '提交登记'}
            </Button>
            <Button onClick={() => navigate(`/teams/${team.id}`)}>取消</Button>
          </Flex>
        </Flex>
      </Form>
    </div>
  );
}

function ActivityFields({
  field,
  index,
  onRemove,
}: {
  field: FormListFieldData;
  index: number;
  onRemove: () => void;
}) {
  const catalog = useCatalog();
  const n = index + 1;
  return (
    <Row gutter={8} align="top" className="form-list__row" data-testid="activity-row">
      <Col xs={24} md={6}>
        <Form.Item name={[field.name, 'type']} rules={[{ required: true, message: '请选择活动类型' }]}>
          <Select
            aria-label={`活动类型 ${n}`}
            placeholder="活动类型"
            showSearch={{ optionFilterProp: 'label' }}
            options={catalog.options('activityTypes')}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item
          name={[field.name, 'count']}
          rules={[
            { required: true, message: '请填写场次' },
            { type: 'integer', min: 1, message: '场次应为正整数' },
          ]}
        >
          <InputNumber
            aria-label={`场次 ${n}`}
            min={1}
            precision={0}
            style={{ width: '100%' }}
            suffix="场/次"
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item name={[field.name, 'participants']}>
          <InputNumber
            aria-label={`参加人数 ${n}`}
            min={0}
            precision={0}
            style={{ width: '100%' }}
            placeholder="参加人数"
            suffix="人"
          />
        </Form.Item>
      </Col>
      <Col xs={20} md={8}>
        <Form.Item name={[field.name, 'note']}>
          <Input
            aria-label={`活动说明 ${n}`}
            placeholder="说明（联合攻关的形式、其他活动的内容）"
            maxLength={BATCH_LIMITS.activityNote}
          />
        </Form.Item>
      </Col>
      <Col xs={4} md={1}>
        <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除活动 ${n}`} onClick={onRemove} />
      </Col>
    </Row>
  );
}

function OutcomeFields({
  field,
  index,
  onRemove,
}: {
  field: FormListFieldData;
  index: number;
  onRemove: () => void;
}) {
  const catalog = useCatalog();
  const n = index + 1;
  return (
    <Row gutter={8} align="top" className="form-list__row" data-testid="outcome-row">
      <Col xs={24} md={9}>
        <Form.Item name={[field.name, 'item']} rules={[{ required: true, message: '请选择成效项目' }]}>
          <Select
            aria-label={`成效项目 ${n}`}
            placeholder="成效项目"
            showSearch={{ optionFilterProp: 'label' }}
            options={catalog.options('outcomeItems')}
          />
        </Form.Item>
      </Col>
      <Col xs={20} md={14}>
        <Form.Item
          noStyle
          shouldUpdate={(prev: BatchFormValues, next: BatchFormValues) =>
            prev.outcomes?.[field.name]?.item !== next.outcomes?.[field.name]?.item
          }
        >
          {({ getFieldValue }) => {
            const item = getFieldValue(['outcomes', field.name, 'item']) as OutcomeItem | undefined;
            return isText(item) ? (
              <Form.Item
                name={[field.name, 'text']}
                rules={[
                  { required: true, whitespace: true, message: '请填写具体描述' },
                  { max: BATCH_LIMITS.outcomeText, message: `不超过 ${BATCH_LIMITS.outcomeText} 个字` },
                ]}
              >
                <Input
                  aria-label={`成效描述 ${n}`}
                  placeholder="具体描述"
                  maxLength={BATCH_LIMITS.outcomeText}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name={[field.name, 'value']}
                rules={[
                  { required: true, message: '请填写数量' },
                  { type: 'integer', min: 0, message: '数量应为不小于 0 的整数' },
                ]}
              >
                <InputNumber
                  aria-label={`成效数量 ${n}`}
                  min={0}
                  precision={0}
                  style={{ width: '100%' }}
                  placeholder="数量"
                  disabled={!item}
                />
              </Form.Item>
            );
          }}
        </Form.Item>
      </Col>
      <Col xs={4} md={1}>
        <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除成效 ${n}`} onClick={onRemove} />
      </Col>
    </Row>
  );
}
