// One search hit: who, relevance, where, the highlighted fragments that matched, fields and honours.
import { Button, Card, Flex, Progress, Space, Tag, Typography } from 'antd';
import type { ExpertHitItem } from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import { Highlight } from '../../../lib/highlight';

export function ExpertHitCard({
  hit,
  showScore,
  onOpen,
}: {
  hit: ExpertHitItem;
  showScore: boolean;
  onOpen: () => void;
}) {
  const catalog = useCatalog();
  const e = hit.expert;
  const score = Math.round(Math.max(0, Math.min(1, hit.score)) * 100);
  return (
    <Card size="small" className="expert-hit" data-testid="expert-hit">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div className="expert-hit__who">
          <Button type="link" className="expert-hit__name" onClick={onOpen}>
            {e.name}
          </Button>
          <Typography.Text>{e.title}</Typography.Text>
          <Tag color={e.titleLevel === 'SENIOR' ? 'blue' : 'cyan'} className="expert-hit__level">
            {catalog.label('titleLevels', e.titleLevel)}
          </Tag>
          {e.status === 'INACTIVE' && <Tag>{catalog.label('expertStatuses', e.status)}</Tag>}
          {e.retired && <Tag>退休</Tag>}
        </div>
        {showScore && (
          <div className="expert-hit__score" title={`相关度 ${score}%`}>
            <Progress percent={score} size="small" showInfo={false} aria-label={`相关度 ${score}%`} />
            <Typography.Text type="secondary" className="expert-hit__score-text">
              相关度 {score}%
            </Typography.Text>
          </div>
        )}
      </Flex>
      <Typography.Text type="secondary" className="expert-hit__meta">
        {[e.employer, e.region?.name].filter(Boolean).join(' · ')}
      </Typography.Text>
      {hit.highlights.length > 0
        ? hit.highlights.map((fragment, i) => (
            <p key={i} className="expert-hit__fragment" data-testid="expert-highlight">
              <Highlight fragment={fragment} />
            </p>
          ))
        : e.specialties && (
            <Typography.Paragraph className="expert-hit__fragment" ellipsis={{ rows: 2 }}>
              {e.specialties}
            </Typography.Paragraph>
          )}
      <Space size={[4, 4]} wrap>
        {e.fields.map((f) => (
          <Tag key={f} variant="outlined">
            {catalog.label('fields', f)}
          </Tag>
        ))}
        {e.honours.map((h) => (
          <Tag key={h} color="gold">
            {catalog.label('honours', h)}
          </Tag>
        ))}
      </Space>
    </Card>
  );
}
