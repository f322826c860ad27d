// 专家服务基地 on the dashboard: how many bases the scope has, this year's person-times, and how many have reached
// the yearly number (50).
import { Card, Typography } from 'antd';
import type { DashboardQuery } from '../../graphql/operations';

export function BasesStrip({ bases }: { bases: DashboardQuery['dashboard']['bases'] }) {
  if (!bases.count) return null;
  return (
    <Card size="small" variant="borderless" data-testid="dashboard-bases">
      <Typography.Text>
        专家服务基地 {bases.count} 个 · 本年度活动 {bases.personTimes} 人次 · 已达每年 {bases.required}{' '}
        人次的基地 {bases.meeting} 个
      </Typography.Text>
    </Card>
  );
}
