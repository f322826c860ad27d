// 查找专家: find an expert by name and see whether, and why not, they can serve this demand (explainExclusion).
import { useLazyQuery } from '@apollo/client/react';
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { ReasonTags } from '../../../components/match-view';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../../components/query-state';
import {
  ExpertPickerDocument,
  ExplainExclusionDocument,
  type ExpertMatchItemFragment,
} from '../../../graphql/operations';
import type { TeamPick, TeamPicks } from '../team-picks';
import { CandidateRow } from './candidate-row';

export function ExpertLookup({
  demandId,
  team,
  onLead,
  onMember,
  onProfile,
}: {
  demandId: string;
  team: TeamPicks;
  onLead: (p: TeamPick) => void;
  onMember: (p: TeamPick) => void;
  onProfile: (match: ExpertMatchItemFragment) => void;
}) {
  const [search, { data: found, loading: searching }] = useLazyQuery(ExpertPickerDocument);
  const [explain, { data: explained, loading: explaining, error }] = useLazyQuery(ExplainExclusionDocument, {
    fetchPolicy: 'network-only',
  });
  const [checked, setChecked] = useState<string | null>(null);
  const hits = found?.experts.hits ?? [];
  const result = explained?.explainExclusion;
  return (
    <Card size="small" title="查找专家" className="expert-lookup">
      <Input.Search
        aria-label="按姓名查找专家"
        placeholder="输入专家姓名，查看能否入选及原因"
        enterButton={<SearchOutlined />}
        loading={searching}
        onSearch={(q) => {
          if (q.trim()) void search({ variables: { query: q.trim() } });
        }}
      />
      {found && hits.length === 0 && <EmptyBlock description="没有找到该专家" />}
      <Flex vertical gap={4} style={{ marginTop: 8 }}>
        {hits.map(({ expert }) => (
          <Flex key={expert.id} justify="space-between" align="center" gap={8} className="lookup-hit">
            <span>
              {expert.name}
              <Typography.Text type="secondary">
                {' '}
                {[expert.title, expert.employer].filter(Boolean).join(' · ')}
              </Typography.Text>
            </span>
            <Button
              size="small"
              aria-label={`核查 ${expert.name}`}
              onClick={() => {
                setChecked(expert.name);
                void explain({ variables: { demandId, expertId: expert.id } });
              }}
            >
              核查
            </Button>
          </Flex>
        ))}
      </Flex>
      {explaining && <LoadingBlock label="正在核查…" />}
      {error && <ErrorBlock error={error} title="核查失败" />}
      {checked && result && !explaining && (
        <div className="lookup-result" data-testid="lookup-result" style={{ marginTop: 8 }}>
          {result.eligible ? (
            <Alert
              type="success"
              showIcon
              title={`${checked} 符合全部硬性条件${result.rank ? `，在符合条件的专家中排第 ${result.rank} 名` : ''}`}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              title={`${checked} 不符合以下条件，不能入选`}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {result.conflicts.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              }
            />
          )}
          {result.match && result.eligible && (
            <CandidateRow
              match={result.match}
              team={team}
              onLead={onLead}
              onMember={onMember}
              onProfile={onProfile}
            />
          )}
          {result.match && !result.eligible && <ReasonTags reasons={result.match.reasons} />}
        </div>
      )}
    </Card>
  );
}
