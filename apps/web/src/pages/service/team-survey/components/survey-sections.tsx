// The survey's five sections as the annex lays them out; label above value on a phone.
import { Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ResponsiveTable } from '../../../../components/responsive-table';
import type { SurveyFiguresFragment } from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { useNarrowScreen } from '../../../../lib/use-narrow-screen';
import { Figure } from './figure';

type Survey = SurveyFiguresFragment;

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

export function SurveySections({ survey: s }: { survey: Survey }) {
  const catalog = useCatalog();
  // On a phone the label sits above its value: a 280 px label column would leave the value ~85 px.
  const narrow = useNarrowScreen();
  const layout = narrow ? ('vertical' as const) : ('horizontal' as const);
  const labelStyle = narrow ? undefined : LABEL_STYLE;
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
          layout={layout}
          styles={labelStyle}
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
          layout={layout}
          styles={labelStyle}
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
        <ResponsiveTable<Survey['activities'][number]>
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
          layout={layout}
          styles={labelStyle}
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
          layout={layout}
          styles={labelStyle}
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
