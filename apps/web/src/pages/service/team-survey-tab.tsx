// 成效调查表: the 2026 实施成效调查表 (annex 4) as the server computes it from the logged batches, laid out in the
// annex's five sections. A figure nobody logged shows 未填报 (never a silent 0); the xlsx has the same layout.
import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  ExportTeamSurveyDocument,
  TeamSurveyDocument,
  type TeamDetailFragment,
  type TeamSurveyQuery,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { downloadBase64 } from '../../lib/download';
import { errorMessage } from '../../lib/graphql-errors';

type Survey = TeamSurveyQuery['teamSurvey'];

export const NOT_REPORTED = '未填报';

/** A figure, or the 未填报 tag when nobody logged it. */
export function Figure({
  value,
  unit,
  testId,
}: {
  value: ReactNode | null | undefined;
  unit?: string;
  testId?: string;
}) {
  if (value === null || value === undefined || value === '')
    return (
      <Tag color="warning" className="not-reported" data-testid={testId}>
        {NOT_REPORTED}
      </Tag>
    );
  return (
    <span data-testid={testId}>
      {value}
      {unit ? ` ${unit}` : ''}
    </span>
  );
}

const names = (list: readonly string[]) => (list.length ? list.join('、') : '无');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="survey-section">
      <Typography.Title level={5} className="survey-section__title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

const LABEL_STYLE = { label: { width: 280 } };

export function TeamSurveyTab({ team }: { team: Pick<TeamDetailFragment, 'id' | 'name'> }) {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [downloading, setDownloading] = useState(false);
  const { data, loading, error, refetch } = useQuery(TeamSurveyDocument, {
    variables: { teamId: team.id },
    fetchPolicy: 'cache-and-network',
  });

  const download = async () => {
    setDownloading(true);
    try {
      const { data: file } = await client.query({
        query: ExportTeamSurveyDocument,
        variables: { teamId: team.id },
        fetchPolicy: 'network-only',
      });
      if (!file) throw new Error('下载失败，请稍后重试');
      const f = file.exportTeamSurvey;
      downloadBase64(f.fileName, f.mimeType, f.contentBase64);
    } catch (e) {
      message.error(errorMessage(e, '下载失败，请稍后重试'));
    } finally {
      setDownloading(false);
    }
  };

  if (loading && !data) return <LoadingBlock />;
  if (error && !data) return <ErrorBlock error={error} onRetry={() => void refetch()} />;
  const survey = data?.teamSurvey;
  if (!survey) return <EmptyBlock description="暂无调查表" />;
  return (
    <Flex vertical gap={16} className="team-survey" data-testid="team-survey">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          2026 年专家人才服务基层活动实施成效调查表 · 由平台登记的服务批次自动生成
        </Typography.Text>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
          下载调查表
        </Button>
      </Flex>
      {survey.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="以下项目尚未填报，导出时将标注“未填报”"
          description={
            <Space size={[4, 4]} wrap data-testid="survey-missing">
              {survey.missing.map((m) => (
                <Tag key={m}>{m}</Tag>
              ))}
            </Space>
          }
        />
      )}
      <SurveySections survey={survey} />
    </Flex>
  );
}

function SurveySections({ survey: s }: { survey: Survey }) {
  const catalog = useCatalog();
  const counts = (rows: Survey['byTitleLevel']) => (
    <Space size={[4, 4]} wrap>
      {rows.map((r) => (
        <Tag key={r.key} color={r.count > 0 ? 'blue' : 'default'}>
          {r.label} {r.count} 人
        </Tag>
      ))}
    </Space>
  );
  const outcomes = s.outcomes.filter((o) => o.item !== 'PROJECTS_CONNECTED');
  return (
    <>
      <Section title="一、服务活动基本情况">
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={LABEL_STYLE}
          items={[
            {
              key: 'mode',
              label: '1. 服务形式',
              children: (
                <Figure
                  value={
                    s.serviceMode === null ? null : s.serviceMode === 'SINGLE' ? '一次服务' : '分批次服务'
                  }
                />
              ),
            },
            {
              key: 'batches',
              label: '服务批次',
              children: <Figure value={s.batchCount} unit="批" testId="survey-batch-count" />,
            },
            {
              key: 'days',
              label: '累计服务天数（各批次实际服务天数之和）',
              children: <Figure value={s.totalDays} unit="天" testId="survey-total-days" />,
            },
            {
              key: 'fields',
              label: '2. 服务领域',
              children: <Figure value={s.fields.map((f) => catalog.label('fields', f)).join('、') || null} />,
            },
            {
              key: 'cities',
              label: '3. 服务区域：覆盖地市',
              children: (
                <>
                  {s.cityCount} 个{s.cityNames.length ? `（${s.cityNames.join('、')}）` : ''}
                </>
              ),
            },
            {
              key: 'counties',
              label: '覆盖区县',
              children: (
                <>
                  {s.countyCount} 个{s.countyNames.length ? `（${s.countyNames.join('、')}）` : ''}
                </>
              ),
            },
            { key: 'units', label: '覆盖企事业单位', children: <Figure value={s.unitCount} unit="家" /> },
            {
              key: 'key',
              label: '国家级/省级乡村振兴重点帮扶县',
              children: (
                <Flex vertical gap={2}>
                  <span>
                    国家级（{s.keyAssistanceNational.length} 个）：{names(s.keyAssistanceNational)}
                  </span>
                  <span>
                    省级（{s.keyAssistanceProvincial.length} 个）：{names(s.keyAssistanceProvincial)}
                  </span>
                </Flex>
              ),
            },
            {
              key: 'sessions',
              label: '4. 开展各类服务活动总场次',
              children: <Figure value={s.totalSessions} unit="场" testId="survey-sessions" />,
            },
            {
              key: 'projects',
              label: '5. 对接项目数量',
              children: <Figure value={s.projectsConnected} unit="个" />,
            },
          ]}
        />
      </Section>
      <Section title="二、参与专家人才情况">
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={LABEL_STYLE}
          items={[
            {
              key: 'headcount',
              label: '总人数（不重复计算）',
              children: <Figure value={s.expertHeadcount} unit="人" testId="survey-headcount" />,
            },
            {
              key: 'times',
              label: '总人次（各批次参加人数之和）',
              children: <Figure value={s.expertPersonTimes} unit="人次" testId="survey-person-times" />,
            },
            { key: 'level', label: '按职称级别', children: counts(s.byTitleLevel) },
            { key: 'honour', label: '按人才称号', children: counts(s.byHonour) },
            { key: 'source', label: '按专家来源', children: counts(s.bySource) },
          ]}
        />
      </Section>
      <Section title="三、服务活动开展情况">
        <Table
          size="small"
          pagination={false}
          rowKey="type"
          dataSource={s.activities}
          columns={[
            { title: '活动类型', dataIndex: 'label' },
            {
              title: '场次/次数',
              dataIndex: 'count',
              render: (v: number | null) => <Figure value={v} />,
            },
            {
              title: '参加人数',
              dataIndex: 'participants',
              render: (v: number | null, row) => (row.count === null ? '—' : <Figure value={v} />),
            },
            {
              title: '说明',
              dataIndex: 'notes',
              render: (notes: string[]) => notes.join('；') || '—',
            },
          ]}
        />
      </Section>
      <Section title="四、实施成效">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, lg: 2 }}
          styles={LABEL_STYLE}
          items={[
            ...outcomes.map((o) => ({
              key: o.item,
              label: o.label,
              children:
                o.item === 'OTHER' ? (
                  o.texts.join('；') || '无'
                ) : o.texts.length || o.value === null ? (
                  <Figure value={o.texts.join('；') || null} />
                ) : (
                  <Figure value={o.value} testId={`survey-outcome-${o.item}`} />
                ),
            })),
            {
              key: 'problems',
              label: '各批次解决的具体问题',
              span: 'filled' as const,
              children: s.problemsSolved.length ? (
                <ol className="batch-problems">
                  {s.problemsSolved.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ol>
              ) : (
                <Figure value={null} />
              ),
            },
          ]}
        />
      </Section>
      <Section title="五、组织实施情况">
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={LABEL_STYLE}
          items={[
            {
              key: 'bureau',
              label: '1. 是否由人力资源社会保障厅（局）负责组织实施',
              children: s.organisedByBureau ? '是' : '否',
            },
            { key: 'needs', label: '2. 前期是否与基层单位对接需求', children: s.needsMatched ? '是' : '否' },
            {
              key: 'ministry',
              label: '3. 人力资源社会保障部支持资金',
              children: <Figure value={s.ministryFundsWan} unit="万元" />,
            },
            {
              key: 'matching',
              label: '配套资金',
              children: (
                <Figure
                  value={
                    s.matchingFundsWan === null
                      ? null
                      : `${s.matchingFundsWan} 万元${s.matchingSource ? `（来源：${s.matchingSource}）` : ''}`
                  }
                />
              ),
            },
            {
              key: 'spent',
              label: '已支出 / 结余',
              children:
                s.spent === null ? (
                  <Figure value={null} />
                ) : (
                  `${s.spent.toLocaleString('zh-CN')} 元 / ${(s.balance ?? 0).toLocaleString('zh-CN')} 元`
                ),
            },
            {
              key: 'measures',
              label: '4. 对参加服务活动专家人才的服务保障措施',
              children: (
                <Figure
                  value={s.supportMeasures ? <span className="pre-wrap">{s.supportMeasures}</span> : null}
                />
              ),
            },
            {
              key: 'publicity',
              label: '5. 宣传情况（媒体名称 / 发布时间 / 篇名）',
              children: s.publicity.length ? (
                <Flex vertical gap={2}>
                  {s.publicity.map((p, i) => (
                    <span key={i}>
                      {p.media} / {p.date} / {p.title}
                    </span>
                  ))}
                </Flex>
              ) : (
                <Figure value={null} />
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}
