// A match score as a bar, its reasons as tags and its conflicts as warnings (专家匹配、需求推荐共用).
import { Alert, Flex, Progress, Tag, Tooltip } from 'antd';
import type { AssignmentStatus, MatchReasonItemFragment, TeamLevel } from '../graphql/operations';

export const TEAM_LEVEL_LABELS: Record<TeamLevel, string> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  MUNICIPAL: '市级',
};

export const ASSIGNMENT_STATUS: Record<AssignmentStatus, { label: string; color: string }> = {
  INVITED: { label: '已邀请', color: 'processing' },
  CONFIRMED: { label: '已确认', color: 'success' },
  DECLINED: { label: '已婉拒', color: 'error' },
  WITHDRAWN: { label: '已撤回', color: 'default' },
};

export function ScoreBar({ score }: { score: number }) {
  const percent = Math.round(score * 100);
  return (
    <Progress
      className="score-bar"
      percent={percent}
      size="small"
      format={() => `${percent} 分`}
      aria-label={`匹配分 ${percent}`}
      style={{ minWidth: 120, maxWidth: 220 }}
    />
  );
}

export function ReasonTags({ reasons }: { reasons: MatchReasonItemFragment[] }) {
  return (
    <Flex wrap gap={4} className="match-reasons">
      {reasons.map((r) => (
        <Tooltip
          key={r.code}
          title={`${r.detail ? `${r.detail}，` : ''}贡献 ${Math.round(r.weight * 100)} 分`}
        >
          <Tag color="blue" data-code={r.code} style={{ marginInlineEnd: 0 }}>
            {r.label}
            {r.detail ? `：${r.detail}` : ''}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

export function ConflictList({
  conflicts,
  type = 'warning',
}: {
  conflicts: string[];
  type?: 'warning' | 'error';
}) {
  if (!conflicts.length) return null;
  return (
    <Alert
      type={type}
      showIcon
      className="match-conflicts"
      title={conflicts.length === 1 ? conflicts[0] : undefined}
      description={
        conflicts.length > 1 ? (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {conflicts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
