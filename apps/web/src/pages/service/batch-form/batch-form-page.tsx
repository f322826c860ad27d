// 登记服务批次 (/teams/:id/batches/new) and 更正 (/teams/:id/batches/:batchId/correct): what a visit was — dates
// and days, the place, the units, which confirmed members were there, the activities by type, the outcome items of
// the survey, the 1–2 concrete problems solved, photos of the site. A correction writes a new version with its
// reason; the old one is kept. Each card is its own component (components/); submitting is `useBatchSubmit`.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../../components/query-state';
import {
  ServiceBatchVersionsDocument,
  TeamDetailDocument,
  type BatchItemFragment,
  type TeamDetailFragment,
} from '../../../graphql/operations';
import { formatPeriod } from '../../../lib/format';
import { calendarDays, valuesOf, type BatchFormValues } from './batch-form.types';
import { ExpertsActivitiesCard } from './components/experts-activities-card';
import { OutcomesCard } from './components/outcomes-card';
import { PeriodPlaceCard } from './components/period-place-card';
import { PhotosNoteCard } from './components/photos-note-card';
import { useBatchPhotos } from './hooks/use-batch-photos';
import { useBatchSubmit } from './hooks/use-batch-submit';

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

function BatchForm({ team, batch }: { team: TeamDetailFragment; batch?: BatchItemFragment }) {
  const navigate = useNavigate();
  const [form] = Form.useForm<BatchFormValues>();
  const correcting = !!batch;
  const photos = useBatchPhotos(team.id, batch);
  const { submit, busy, failure } = useBatchSubmit(form, team.id, photos, batch);

  const demands = correcting ? team.demands : team.demands.filter((d) => d.status === 'IN_SERVICE');
  const confirmed = team.assignments.filter((a) => a.status === 'CONFIRMED');

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
          <PeriodPlaceCard team={team} demands={demands} correcting={correcting} />
          <ExpertsActivitiesCard confirmed={confirmed} />
          <OutcomesCard />
          <PhotosNoteCard photos={photos} correcting={correcting} />
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
