// 项目评审 (province): the recommended applications ranked per category by their review sheets; a reviewer who
// works for the applicant is refused (回避); then list municipal ones, recommend national ones, record the
// ministry's confirmation, and publish the year's lists.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Empty, Form, Input, InputNumber, Modal, Popconfirm, Space, Tag } from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { REVIEW_CRITERIA, REVIEW_CRITERIA_KEYS, type ReviewCriterion } from '@app/domain';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  DecideProgrammeSelectionDocument,
  ProgrammeRankingDocument,
  PublishProgrammeListsDocument,
  SaveProgrammeReviewDocument,
  type ProgrammeRankingQuery,
  type SelectionDecision,
} from '../../graphql/operations';
import { errorMessage } from '../../lib/graphql-errors';
import { applyServerFieldErrors } from '../../lib/server-field-errors';
import { ExpertPicker } from './components/expert-picker';
import { ApplicationStatusTag, CallPicker, useChosenCall, wan } from './components/programme-common';

type Row = ProgrammeRankingQuery['programmeRanking'][number];

function ReviewDialog({ row, onClose }: { row: Row | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ expertId: string; comment?: string } & Record<ReviewCriterion, number>>();
  const [save, { loading }] = useMutation(SaveProgrammeReviewDocument, {
    refetchQueries: ['ProgrammeRanking'],
  });
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Modal
      open={!!row}
      title={row ? `评审表：${row.application.name}` : ''}
      okText="保存评审表"
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
        preserve={false}
        onFinish={async (v) => {
          setFailure(null);
          try {
            await save({
              variables: {
                applicationId: row!.application.id,
                input: {
                  expertId: v.expertId,
                  comment: v.comment ?? null,
                  scores: REVIEW_CRITERIA_KEYS.map((k) => ({ criterion: k, score: v[k] ?? 0 })),
                },
              },
            });
            message.success('评审表已保存');
            onClose();
          } catch (e) {
            setFailure(
              applyServerFieldErrors(form, e, {
                map: Object.fromEntries(REVIEW_CRITERIA_KEYS.map((k) => [`scores.${k}`, k])),
              }).message,
            );
          }
        }}
      >
        <Form.Item
          name="expertId"
          label="评审专家（与申报单位同单位的专家须回避）"
          rules={[{ required: true, message: '请选择评审专家' }]}
        >
          <ExpertPicker />
        </Form.Item>
        <Space wrap>
          {REVIEW_CRITERIA_KEYS.map((k) => (
            <Form.Item
              key={k}
              name={k}
              label={`${REVIEW_CRITERIA[k].label}（${REVIEW_CRITERIA[k].max} 分）`}
              rules={[{ required: true, message: '请打分' }]}
            >
              <InputNumber min={0} max={REVIEW_CRITERIA[k].max} precision={0} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="comment" label="评审意见">
          <Input.TextArea autoSize maxLength={500} />
        </Form.Item>
        {failure && <Alert type="error" showIcon title={failure} />}
      </Form>
    </Modal>
  );
}

export function SelectionPage() {
  const { message, modal } = App.useApp();
  const { calls, call, loading, error, choose } = useChosenCall();
  const ranking = useQuery(ProgrammeRankingDocument, { variables: { callId: call?.id ?? '' }, skip: !call });
  const [decide] = useMutation(DecideProgrammeSelectionDocument, { refetchQueries: ['ProgrammeRanking'] });
  const [publish, { loading: publishing }] = useMutation(PublishProgrammeListsDocument, {
    refetchQueries: ['ProgrammeCalls', 'ProgrammeRanking'],
  });
  const [reviewing, setReviewing] = useState<Row | null>(null);
  if (loading) return <LoadingBlock />;
  if (error) return <ErrorBlock error={error} />;
  const act = async (id: string, decision: SelectionDecision, note?: string | null) => {
    try {
      await decide({ variables: { id, decision, note } });
      message.success('已记录');
    } catch (e) {
      message.error(errorMessage(e, '操作失败，请稍后重试'));
    }
  };
  const askNote = (id: string, decision: SelectionDecision, title: string, placeholder: string) => {
    let note = '';
    modal.confirm({
      title,
      content: (
        <Input aria-label={title} placeholder={placeholder} onChange={(e) => (note = e.target.value)} />
      ),
      okText: '确定',
      cancelText: '取消',
      onOk: () => act(id, decision, note),
    });
  };
  const closed = call?.status === 'CLOSED';
  return (
    <>
      <PageHeader
        title="项目评审"
        subTitle="按评审表平均分排名，列入市级、推荐国家级、登记部里确定结果后公布名单"
        extra={
          call && (
            <Space wrap>
              <CallPicker calls={calls} value={call.id} onChange={choose} />
              {closed && (
                <Popconfirm
                  title="公布后入选项目将成为本年度服务团和专家服务基地，并通知申报单位"
                  okText="公布"
                  cancelText="取消"
                  onConfirm={async () => {
                    try {
                      await publish({ variables: { callId: call.id } });
                      message.success('名单已公布');
                    } catch (e) {
                      message.error(errorMessage(e, '公布失败'));
                    }
                  }}
                >
                  <Button type="primary" loading={publishing}>
                    公布名单
                  </Button>
                </Popconfirm>
              )}
              {call.status === 'PUBLISHED' && (
                <Link to={`/lists/${call.year}`} target="_blank">
                  查看公布名单
                </Link>
              )}
            </Space>
          )
        }
      />
      {!call && <Empty description="还没有申报通知" />}
      {call && call.status === 'OPEN' && (
        <Alert
          type="info"
          showIcon
          title="申报和推荐进行中；截止申报后即可评审打分。"
          style={{ marginBottom: 16 }}
        />
      )}
      {ranking.error && <ErrorBlock error={ranking.error} />}
      {call && (
        <ResponsiveTable<Row>
          rowKey={(r) => r.application.id}
          loading={ranking.loading}
          dataSource={ranking.data?.programmeRanking ?? []}
          pagination={false}
          locale={{ emptyText: '还没有推荐的申报' }}
          expandable={{
            expandedRowRender: (r) =>
              r.reviews.length
                ? r.reviews.map((s) => (
                    <div key={s.expertId}>
                      {s.expertName}：{s.total} 分（{s.scores.map((x) => `${x.label} ${x.score}`).join('，')}
                      ）{s.comment && ` · ${s.comment}`}
                    </div>
                  ))
                : '尚无评审表',
          }}
          columns={[
            { title: '类别', render: (_, r) => r.application.categoryLabel },
            { title: '名次', render: (_, r) => r.rank, width: 60 },
            { title: '平均分', render: (_, r) => r.score ?? '—', width: 80 },
            {
              title: '名称',
              render: (_, r) => (
                <Link to={`/programme/applications/${r.application.id}`}>{r.application.name}</Link>
              ),
            },
            {
              title: '申报单位 / 推荐单位',
              render: (_, r) => (
                <>
                  {r.application.applicant.name}
                  <div className="muted">{r.application.recommender.name}</div>
                </>
              ),
            },
            { title: '申请经费', render: (_, r) => wan(r.application.requestedBudget) },
            {
              title: '状态',
              render: (_, r) => (
                <>
                  <ApplicationStatusTag status={r.application.status} label={r.application.statusLabel} />
                  {r.application.ministryRef && <Tag>{r.application.ministryRef}</Tag>}
                  {r.application.teamId && (
                    <div>
                      <Link to={`/teams/${r.application.teamId}`}>
                        服务团（核定 {wan(r.application.approvedBudget)}）
                      </Link>
                    </div>
                  )}
                  {r.application.baseId && (
                    <div>
                      <Link to={`/programme/bases/${r.application.baseId}`}>
                        专家服务基地（核定 {wan(r.application.approvedBudget)}）
                      </Link>
                    </div>
                  )}
                </>
              ),
            },
            {
              title: '操作',
              render: (_, r) =>
                closed && (
                  <Space wrap>
                    <Button size="small" onClick={() => setReviewing(r)}>
                      录入评审表
                    </Button>
                    {['RECOMMENDED', 'NOT_SELECTED'].includes(r.application.status) && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => void act(r.application.id, 'SELECT')}
                      >
                        列入市级
                      </Button>
                    )}
                    {['RECOMMENDED', 'NOT_SELECTED'].includes(r.application.status) && (
                      <Button size="small" onClick={() => void act(r.application.id, 'NOMINATE')}>
                        推荐国家级
                      </Button>
                    )}
                    {r.application.status === 'NOMINATED' && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() =>
                          askNote(
                            r.application.id,
                            'CONFIRM',
                            '登记部里确定',
                            '部里文号，如 人社厅函〔2026〕46号',
                          )
                        }
                      >
                        部里确定
                      </Button>
                    )}
                    {r.application.status === 'NOMINATED' && (
                      <Button
                        size="small"
                        onClick={() => askNote(r.application.id, 'DEMOTE', '未获部里确定', '说明')}
                      >
                        未获确定
                      </Button>
                    )}
                    {['RECOMMENDED', 'SELECTED', 'NOMINATED'].includes(r.application.status) && (
                      <Button
                        size="small"
                        danger
                        onClick={() => askNote(r.application.id, 'REJECT', '不予入选', '理由')}
                      >
                        不予入选
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      )}
      <ReviewDialog row={reviewing} onClose={() => setReviewing(null)} />
    </>
  );
}
