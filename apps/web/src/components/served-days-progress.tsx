// A team's cumulative days of service against the notices' minimum (至少 5 天), as a bar with words.
import { MIN_TEAM_SERVICE_DAYS } from '@app/domain';
import { Flex, Progress, Typography } from 'antd';

export function ServedDaysProgress({ days, compact = false }: { days: number; compact?: boolean }) {
  const reached = days >= MIN_TEAM_SERVICE_DAYS;
  const percent = Math.min(100, Math.round((days / MIN_TEAM_SERVICE_DAYS) * 100));
  return (
    <Flex vertical gap={2} className="served-days" data-testid="served-days" data-days={days}>
      <Progress
        percent={percent}
        size="small"
        status={reached ? 'success' : 'active'}
        format={() => `${days} / ${MIN_TEAM_SERVICE_DAYS} 天`}
        aria-label={`累计服务 ${days} 天，至少 ${MIN_TEAM_SERVICE_DAYS} 天`}
        style={{ minWidth: 160, maxWidth: 320, margin: 0 }}
      />
      {!compact && (
        <Typography.Text type={reached ? 'success' : 'secondary'} className="served-days__text">
          {reached
            ? `累计服务 ${days} 天，已达到至少 ${MIN_TEAM_SERVICE_DAYS} 天的要求`
            : `累计服务 ${days} 天，还差 ${MIN_TEAM_SERVICE_DAYS - days} 天达到至少 ${MIN_TEAM_SERVICE_DAYS} 天的要求`}
        </Typography.Text>
      )}
    </Flex>
  );
}
