// The four headline figures of the dashboard: how fast demands are dispatched, how many are delivered on time,
// how the units rate the service, and how many experts have met the continuing-education credit.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DashboardQuery } from '../../graphql/operations';

type Figures = DashboardQuery['dashboard'];

const NONE = '—';

function hours(h: number | null): string {
  return h === null
    ? NONE
    : h.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function percent(share: number | null): string {
  return share === null ? NONE : `${(share * 100).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`;
}

function KpiCard({
  testId,
  title,
  value,
  suffix,
  note,
}: {
  testId: string;
  title: string;
  value: string | number;
  suffix?: string;
  note: ReactNode;
}) {
  return (
    <Col xs={24} sm={12} xl={6}>
      <Card variant="borderless" className="kpi-card" data-testid={testId}>
        <Statistic title={title} value={value} suffix={value === NONE ? undefined : suffix} />
        <Typography.Text type="secondary" className="kpi-card__note">
          {note}
        </Typography.Text>
      </Card>
    </Col>
  );
}

export function KpiCards({ figures }: { figures: Figures }) {
  const { dispatchTime, onTime, satisfaction, ceProgress } = figures;
  return (
    <Row gutter={[16, 16]}>
      <KpiCard
        testId="kpi-dispatch"
        title="派单用时中位数"
        value={hours(dispatchTime.medianHours)}
        suffix="小时"
        note={
          dispatchTime.samples
            ? `P90：${hours(dispatchTime.p90Hours)} 小时 · 样本 ${dispatchTime.samples} 条`
            : '本年度尚无派单'
        }
      />
      <KpiCard
        testId="kpi-on-time"
        title="按时完成率"
        value={percent(onTime.share)}
        note={
          onTime.delivered ? `按时 ${onTime.onTime} / 完成 ${onTime.delivered} 条` : '本年度尚无完成的需求'
        }
      />
      <KpiCard
        testId="kpi-satisfaction"
        title="满意度"
        value={satisfaction.average === null ? NONE : satisfaction.average.toFixed(1)}
        suffix="/ 5 分"
        note={
          satisfaction.evaluations
            ? `评价 ${satisfaction.evaluations} 条 · 已解决 ${satisfaction.solved} · 部分解决 ${satisfaction.partial} · 未解决 ${satisfaction.notSolved}`
            : '本年度尚无评价'
        }
      />
      <KpiCard
        testId="kpi-ce"
        title="继续教育达标人数"
        value={ceProgress.creditMet}
        suffix="人"
        note={`本年度参加服务的本地区专家 ${ceProgress.expertsServed} 人，满 10 个工作日计达标`}
      />
    </Row>
  );
}
