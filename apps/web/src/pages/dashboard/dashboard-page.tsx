// 数据看板 (LOCAL, PROVINCE, ADMIN): the figures of the account's regions for one year — headline figures, demands
// by status, field and region, continuing-education progress, and the supply–demand gap of counties × fields.
// The region and the year are kept in the address (?region=…&year=…), so a view can be shared or bookmarked.
import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Row, Select, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, SkeletonBlock } from '../../components/query-state';
import { RegionCascader } from '../../components/region-cascader';
import { DashboardDocument } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import {
  REGION_CHART_ROWS,
  ceChart,
  fieldChart,
  gapChart,
  gapChartHeight,
  regionChart,
  rowsChartHeight,
  statusChart,
} from './dashboard-charts';
import { EChart } from './echart';
import { KpiCards } from './kpi-cards';
import { BasesStrip } from './bases-strip';
import './dashboard.css';

/** The years offered: this one and the four before it. */
const YEARS_BACK = 4;

function ChartCard({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card title={title} extra={extra} variant="borderless" className="chart-card">
      {children}
    </Card>
  );
}

export function DashboardPage() {
  const { account } = useAuth();
  const catalog = useCatalog();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const regionCode = params.get('region') || null;
  const year = Number(params.get('year')) || thisYear;
  const query = useQuery(DashboardDocument, {
    variables: { regionCode, year },
    fetchPolicy: 'cache-and-network',
  });
  // While another region or year loads, the previous figures stay on screen.
  const figures = (query.data ?? query.previousData)?.dashboard;

  const charts = useMemo(
    () =>
      figures && {
        status: statusChart(figures),
        field: fieldChart(figures),
        region: regionChart(figures),
        ce: ceChart(figures),
        gap: gapChart(figures, (f) => catalog.label('fields', f)),
      },
    [figures, catalog],
  );

  const update = (key: 'region' | 'year', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const rootCode = account?.role === 'ADMIN' ? null : (account?.region?.code ?? null);
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);

  return (
    <>
      <PageHeader
        title="数据看板"
        subTitle={
          figures
            ? `${figures.scopeName} · ${figures.year} 年${query.loading ? ' · 正在更新…' : ''}`
            : '本辖区的需求、派单、完成、评价与继续教育情况'
        }
        extra={
          <>
            <div className="dashboard-filter dashboard-filter--region">
              <RegionCascader
                aria-label="统计地区"
                placeholder={rootCode ? '全部辖区' : '全国'}
                rootCode={rootCode}
                value={regionCode}
                allowClear
                onChange={(code) => update('region', code && code !== rootCode ? code : null)}
              />
            </div>
            <Select
              aria-label="统计年份"
              className="dashboard-filter dashboard-filter--year"
              value={year}
              options={years.map((y) => ({ value: y, label: `${y} 年` }))}
              onChange={(y) => update('year', y === thisYear ? null : String(y))}
            />
          </>
        }
      />
      {query.error && !figures ? (
        <ErrorBlock error={query.error} title="数据看板加载失败" onRetry={() => void query.refetch()} />
      ) : !figures || !charts ? (
        <SkeletonBlock label="正在加载数据看板…" rows={8} />
      ) : (
        <Flex vertical gap={16} className="dashboard">
          <KpiCards figures={figures} />
          <BasesStrip bases={figures.bases} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartCard title="各状态需求数">
                <EChart option={charts.status} label="各状态需求数柱状图" testId="chart-status" />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard
                title="继续教育进度"
                extra={
                  <Typography.Text type="secondary">
                    达标 {figures.ceProgress.creditMet} / {figures.ceProgress.expertsServed} 人
                  </Typography.Text>
                }
              >
                {figures.ceProgress.expertsServed > 0 ? (
                  <EChart option={charts.ce} label="专家当年服务工作日分布柱状图" testId="chart-ce" />
                ) : (
                  <EmptyBlock
                    description={
                      <span data-testid="ce-empty">
                        {figures.year} 年{figures.scopeName}
                        还没有专家登记服务批次，所以没有继续教育学时可统计。
                        服务团的领衔专家登记服务批次后，这里按专家当年服务的工作日显示进度（满 10
                        个工作日为达标）。
                      </span>
                    }
                  />
                )}
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title="各领域需求数">
                {figures.demandsByField.length ? (
                  <EChart
                    option={charts.field}
                    height={rowsChartHeight(figures.demandsByField.length)}
                    label="各服务领域需求数条形图"
                    testId="chart-field"
                  />
                ) : (
                  <EmptyBlock description={`${figures.year} 年${figures.scopeName}还没有已提交的需求`} />
                )}
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard
                title="各地区需求数"
                extra={
                  figures.demandsByRegion.length > REGION_CHART_ROWS ? (
                    <Typography.Text type="secondary">需求最多的 {REGION_CHART_ROWS} 个地区</Typography.Text>
                  ) : undefined
                }
              >
                {figures.demandsByRegion.length ? (
                  <EChart
                    option={charts.region}
                    height={rowsChartHeight(Math.min(REGION_CHART_ROWS, figures.demandsByRegion.length))}
                    label="下一级各地区需求数条形图"
                    testId="chart-region"
                  />
                ) : (
                  <EmptyBlock description="暂无下级地区" />
                )}
              </ChartCard>
            </Col>
          </Row>
          <ChartCard
            title="供需缺口热力图"
            extra={
              <Typography.Text type="secondary" className="chart-card__hint">
                区县 × 服务领域，当前待满足的需求
              </Typography.Text>
            }
          >
            {figures.supplyGap.regions.length && figures.supplyGap.cells.every((c) => c.gap === 0) ? (
              <EmptyBlock
                description={
                  <span data-testid="gap-empty">
                    {figures.scopeName}待满足的需求都有所在地市同领域的在库专家可以覆盖，没有缺口。
                  </span>
                }
              />
            ) : figures.supplyGap.regions.length ? (
              <EChart
                option={charts.gap}
                height={gapChartHeight(figures)}
                label="各区县各服务领域供需缺口热力图"
                testId="chart-gap"
              />
            ) : (
              <EmptyBlock
                description={
                  <span data-testid="gap-empty">
                    {figures.scopeName}
                    目前没有待满足的需求（已提交、已受理、已派单待确认），所以没有供需缺口可显示。
                    基层单位提交需求后，这里按区县和服务领域显示需求数减去所在地市在库专家数的缺口。
                  </span>
                }
              />
            )}
          </ChartCard>
          <Typography.Paragraph type="secondary" className="dashboard__notes">
            口径说明：需求按提交时间计入年度（不含基层单位未提交的草稿）；派单用时为提交需求到首次派单的时长，P90
            表示 90%
            的需求在此时长内派出；按时完成指完成日期不晚于希望服务的结束日期；满意度为基层单位四项评分的平均分；
            继续教育按专家当年参加服务批次的工作日计，满 10 个工作日为达标；供需缺口 =
            区县待满足的需求数（已提交、已受理、已派单待确认）− 所在地市该领域的在库专家数，不小于
            0，最多显示待满足需求最多的 30 个区县，不按年份筛选。
          </Typography.Paragraph>
        </Flex>
      )}
    </>
  );
}
