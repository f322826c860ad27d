// One candidate of the dispatch page: who, how well they fit (score, reasons, reminders), and the buttons that put
// them in the team. A candidate held back by a booking, 回避 or the annual cap stays in the list, greyed, with why
// and from when, and cannot be picked. The name opens the profile drawer.
import { IdcardOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ConflictList, ReasonTags, ScoreBar, UnavailableNote } from '../../../components/match-view';
import type { ExpertMatchItemFragment } from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import { inTeam, pickOf, type TeamPick, type TeamPicks } from '../team-picks';

export function CandidateRow({
  match,
  team,
  onLead,
  onMember,
  onProfile,
  extra,
}: {
  match: ExpertMatchItemFragment;
  team: TeamPicks;
  onLead: (p: TeamPick) => void;
  onMember: (p: TeamPick) => void;
  onProfile: (match: ExpertMatchItemFragment) => void;
  extra?: ReactNode;
}) {
  const catalog = useCatalog();
  const e = match.expert;
  const picked = inTeam(team, e.id);
  const held = !match.available;
  return (
    <div
      className={held ? 'candidate candidate-unavailable' : 'candidate'}
      data-testid="candidate"
      data-expert={e.name}
      data-available={String(match.available)}
      style={held ? { opacity: 0.6, filter: 'grayscale(1)' } : undefined}
    >
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap size={6}>
          <Button
            type="link"
            size="small"
            icon={<IdcardOutlined />}
            style={{ paddingInline: 0, fontWeight: 600 }}
            aria-label={`查看 ${e.name} 的资料`}
            onClick={() => onProfile(match)}
          >
            {e.name}
          </Button>
          <Typography.Text type="secondary">
            {[e.title, e.employer, e.region?.name].filter(Boolean).join(' · ')}
          </Typography.Text>
          {e.fields.map((f) => (
            <Tag key={f} variant="outlined">
              {catalog.label('fields', f)}
            </Tag>
          ))}
          {picked && <Tag color="green">已在团队中</Tag>}
        </Space>
        <ScoreBar score={match.score} />
      </Flex>
      {held && <UnavailableNote reason={match.unavailableReason ?? null} freeFrom={match.freeFrom ?? null} />}
      <ReasonTags reasons={match.reasons} />
      {!held && <ConflictList conflicts={match.conflicts} />}
      {extra}
      <Flex gap={8} wrap>
        <Button size="small" disabled={held || team.lead?.id === e.id} onClick={() => onLead(pickOf(match))}>
          设为领衔
        </Button>
        <Button size="small" disabled={held || picked} onClick={() => onMember(pickOf(match))}>
          加入团队
        </Button>
      </Flex>
    </div>
  );
}
