// A match score as a bar, its reasons as tags, its conflicts as warnings, and why a candidate cannot be picked
// now (专家匹配、需求推荐共用). Labels come from the catalog (libs/domain), never redefined here.
import { ASSIGNMENT_STATUS_LABELS } from '@app/domain';
import { Alert, Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import type { AssignmentStatus, MatchReasonItemFragment } from '../graphql/operations';

/** The catalog's team levels; prefer `useCatalog().label('teamLevels', …)` where the server's wording may differ. */
export { TEAM_LEVEL_LABELS } from '@app/domain';

const ASSIGNMENT_STATUS_COLORS: Record<AssignmentStatus, string> = {
  INVITED: 'processing',
  CONFIRMED: 'success',
  DECLINED: 'error',
  WITHDRAWN: 'default',
};

/** An assignment's status: the catalog's label and the colour of its tag. */
export const ASSIGNMENT_STATUS = Object.fromEntries(
  (Object.keys(ASSIGNMENT_STATUS_COLORS) as AssignmentStatus[]).map((s) => [
    s,
    { label: ASSIGNMENT_STATUS_LABELS[s], color: ASSIGNMENT_STATUS_COLORS[s] },
  ]),
) as Record<AssignmentStatus, { label: string; color: string }>;

/** Why a candidate cannot be picked now, and from when (a greyed candidate row, the profile drawer). */
export function UnavailableNote({ reason, freeFrom }: { reason: string | null; freeFrom: string | null }) {
  return (
    <Flex wrap gap={6} align="center" className="unavailable-note" data-testid="unavailable-note">
      <Tag color="default" style={{ marginInlineEnd: 0 }}>
        暂不可选
      </Tag>
      <Typography.Text type="secondary" data-testid="unavailable-reason">
        {reason ?? '不符合硬性条件'}
      </Typography.Text>
      <Typography.Text type="secondary" data-testid="free-from">
        {freeFrom ? `${freeFrom} 起可选` : '本需求不可选'}
      </Typography.Text>
    </Flex>
  );
}

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
