// One service base: its roster, the activities it hosted (the experts present make the person-times), the warning
// when the year is behind the pace of 50, the year's 实施成效调查表 computed from those activities, and the province's
// yearly evaluations.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
} from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ACTIVITY_TYPE_LABELS } from '@app/domain';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  AddBaseExpertDocument,
  EvaluateBaseDocument,
  ProgrammeBaseDocument,
  RecordBaseActivityDocument,
  RemoveBaseExpertDocument,
  SetBaseExitedDocument,
} from '../../graphql/operations';
import { errorMessage } from '../../lib/graphql-errors';
import { OutcomeFields } from '../service/batch-form/components/outcome-fields';
import { isTextOutcome, type OutcomeRow } from '../service/batch-form/batch-form.types';
import { applyServerFieldErrors } from '../../lib/server-field-errors';
import { PersonTimes } from './bases-page';
import { BaseSurveyCard } from './components/base-survey-card';
import { ExpertPicker } from './components/expert-picker';
import { opts } from './components/form-parts';
import { wan } from './components/programme-common';

export function BaseDetailPage() {
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const { account } = useAuth();
  const [setExited] = useMutation(SetBaseExitedDocument);
  const { data, loading, error } = useQuery(ProgrammeBaseDocument, { variables: { id } });
  const [addExpert] = useMutation(AddBaseExpertDocument);
  const [removeExpert] = useMutation(RemoveBaseExpertDocument);
  const [record, { loading: recording }] = useMutation(RecordBaseActivityDocument);
  const [evaluate, { loading: evaluating }] = useMutation(EvaluateBaseDocument);
  const [rosterForm] = Form.useForm<{ expertId: string; external: boolean }>();
  const [activityForm] = Form.useForm<{
    heldOn: string;
    title: string;
    activityType: string;
    participants?: number;
    expertIds: string[];
    outcomes?: OutcomeRow[];
  }>();
  const [evalForm] = Form.useForm<{ year: number; score: number; comment?: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  if (loading) return <LoadingBlock />;
  if (error || !data) return <ErrorBlock error={error ?? new Error('基地不存在')} />;
  const d = data.programmeBase;
  const run = async (p: Promise<unknown>, done: string) => {
    try {
      await p;
      message.success(done);
    } catch (e) {
      message.error(errorMessage(e, '操作失败，请稍后重试'));
    }
  };
  const known = Object.fromEntries(d.roster.map((r) => [r.expertId, r.name]));
  const province = account?.role === 'PROVINCE' || account?.role === 'ADMIN';
  const exited = d.base.status === 'EXITED';
  const askExit = () => {
    let reason = '';
    modal.confirm({
      title: exited ? '恢复该基地' : '该基地退出',
      content: (
        <Input
          aria-label="理由"
          placeholder="理由（如评估不合格）"
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okText: '确定',
      cancelText: '取消',
      onOk: () =>
        run(setExited({ variables: { baseId: id, exited: !exited, reason } }), exited ? '已恢复' : '已退出'),
    });
  };
  return (
    <>
      <PageHeader
        title={d.base.name}
        subTitle={`${d.base.levelLabel}专家服务基地 · ${d.base.year} 年入选 · 核定经费 ${wan(d.base.approvedBudget)}`}
        extra={
          <Space wrap>
            {exited && <Tag color="red">已退出</Tag>}
            <PersonTimes b={d.base} />
            {province && <Button onClick={askExit}>{exited ? '恢复' : '退出'}</Button>}
          </Space>
        }
      />
      {d.base.warning && (
        <Alert type="warning" showIcon title={d.base.warning} style={{ marginBottom: 16 }} />
      )}
      <Card title="对口联系专家名册" style={{ marginBottom: 16 }}>
        {d.canManage && (
          <Form
            form={rosterForm}
            layout="inline"
            style={{ marginBottom: 12 }}
            onFinish={(v) =>
              run(
                addExpert({ variables: { baseId: id, expertId: v.expertId, external: !!v.external } }).then(
                  () => rosterForm.resetFields(),
                ),
                '已加入名册',
              )
            }
          >
            <Form.Item name="expertId" rules={[{ required: true, message: '请选择专家' }]}>
              <ExpertPicker style={{ width: 320 }} />
            </Form.Item>
            <Form.Item name="external" valuePropName="checked">
              <Checkbox>外单位专家</Checkbox>
            </Form.Item>
            <Button htmlType="submit">加入名册</Button>
          </Form>
        )}
        <ResponsiveTable
          rowKey="expertId"
          size="small"
          pagination={false}
          dataSource={d.roster}
          locale={{ emptyText: '名册为空' }}
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '职称', dataIndex: 'title' },
            { title: '单位', dataIndex: 'employer' },
            { title: '', render: (_, r) => <Tag>{r.external ? '外单位' : '本单位'}</Tag> },
            ...(d.canManage
              ? [
                  {
                    title: '',
                    render: (_: unknown, r: { expertId: string }) => (
                      <Button
                        type="link"
                        danger
                        onClick={() =>
                          void run(
                            removeExpert({ variables: { baseId: id, expertId: r.expertId } }),
                            '已移出名册',
                          )
                        }
                      >
                        移出
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title="基地活动" style={{ marginBottom: 16 }}>
        {d.canManage && (
          <Form
            form={activityForm}
            layout="vertical"
            style={{ marginBottom: 12 }}
            onFinish={async (v) => {
              setFailure(null);
              try {
                await record({
                  variables: {
                    baseId: id,
                    input: {
                      heldOn: v.heldOn,
                      title: v.title,
                      activityType: v.activityType,
                      participants: v.participants ?? 0,
                      expertIds: v.expertIds ?? [],
                      outcomes: (v.outcomes ?? []).map((o) =>
                        isTextOutcome(o.item)
                          ? { item: o.item!, text: o.text?.trim() || null }
                          : { item: o.item!, value: o.value ?? null },
                      ),
                    },
                  },
                  refetchQueries: ['ProgrammeBaseSurvey'],
                });
                message.success('活动已登记');
                activityForm.resetFields();
              } catch (e) {
                setFailure(applyServerFieldErrors(activityForm, e).message);
              }
            }}
          >
            <Space wrap align="start">
              <Form.Item name="heldOn" label="日期">
                <Input type="date" />
              </Form.Item>
              <Form.Item name="title" label="活动名称">
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="activityType" label="类型">
                <Select style={{ minWidth: 140 }} options={opts(ACTIVITY_TYPE_LABELS)} />
              </Form.Item>
              <Form.Item name="participants" label="受益人数">
                <InputNumber min={0} />
              </Form.Item>
            </Space>
            <Form.Item name="expertIds" label="参加专家（计入人次）">
              <ExpertPicker mode="multiple" known={known} />
            </Form.Item>
            {/* The same survey items as a team batch's outcomes (catalog labels); they feed the base's survey. */}
            <Collapse
              size="small"
              style={{ marginBottom: 12 }}
              items={[
                {
                  key: 'outcomes',
                  label: '服务成效（选填）',
                  forceRender: true,
                  children: (
                    <Form.List name="outcomes">
                      {(fields, { add, remove }) => (
                        <Flex vertical gap={4} className="form-list">
                          {fields.map((field, i) => (
                            <OutcomeFields
                              key={field.key}
                              field={field}
                              index={i}
                              onRemove={() => remove(field.name)}
                            />
                          ))}
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
                  ),
                },
              ]}
            />
            {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 8 }} />}
            <Button type="primary" htmlType="submit" loading={recording}>
              登记活动
            </Button>
          </Form>
        )}
        <ResponsiveTable
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.activities}
          locale={{ emptyText: '还没有登记活动' }}
          columns={[
            { title: '日期', dataIndex: 'heldOn' },
            { title: '活动', dataIndex: 'title' },
            { title: '类型', dataIndex: 'activityLabel' },
            { title: '受益人数', dataIndex: 'participants' },
            { title: '专家人次', dataIndex: 'personTimes' },
          ]}
        />
      </Card>
      <BaseSurveyCard baseId={id} />
      <Card title="年度评估">
        {province && (
          <Form
            form={evalForm}
            layout="inline"
            style={{ marginBottom: 12 }}
            initialValues={{ year: new Date().getFullYear() }}
            onFinish={(v) =>
              run(
                evaluate({
                  variables: { baseId: id, year: v.year, score: v.score, comment: v.comment ?? null },
                }),
                '评估已保存',
              )
            }
          >
            <Form.Item name="year" label="年度">
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="score" label="得分" rules={[{ required: true, message: '请填写得分' }]}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="comment" label="意见">
              <Input maxLength={500} />
            </Form.Item>
            <Button htmlType="submit" loading={evaluating}>
              保存评估
            </Button>
          </Form>
        )}
        <ResponsiveTable
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={d.evaluations}
          locale={{ emptyText: '尚未评估' }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            { title: '得分', dataIndex: 'score' },
            {
              title: '结果',
              render: (_, e) => (
                <Tag color={e.ratingLabel === '优秀' ? 'gold' : e.ratingLabel === '合格' ? 'green' : 'red'}>
                  {e.ratingLabel}
                </Tag>
              ),
            },
            { title: '意见', dataIndex: 'comment' },
          ]}
        />
        <Alert
          style={{ marginTop: 12 }}
          type={
            d.threeYearReview.conclusion === 'EXIT' || d.threeYearReview.conclusion === 'RECTIFY'
              ? 'warning'
              : 'info'
          }
          showIcon
          message={`三年评估（${d.threeYearReview.reviewYear} 年，依据 ${d.threeYearReview.years.join('、')} 年度评估）：${d.threeYearReview.label}${d.threeYearReview.missingYears.length ? `（缺 ${d.threeYearReview.missingYears.join('、')} 年）` : ''}`}
        />
      </Card>
    </>
  );
}
