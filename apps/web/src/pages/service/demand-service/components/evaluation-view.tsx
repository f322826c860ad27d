// 服务评价 as given: the scores, the overall mark, whether the problem was solved and the comment.
import { SCORE_LABELS } from '@app/domain';
import { Card, Descriptions, Rate, Tag, Typography } from 'antd';
import type { EvaluationItemFragment } from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { formatDateTime } from '../../../../lib/format';
import { SCORE_KEYS } from '../demand-service.types';

export function EvaluationView({ evaluation }: { evaluation: EvaluationItemFragment }) {
  const catalog = useCatalog();
  return (
    <Card title="服务评价" variant="borderless" size="small" data-testid="evaluation">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          ...SCORE_KEYS.map((key) => ({
            key,
            label: SCORE_LABELS[key],
            children: <Rate disabled value={evaluation.scores[key]} />,
          })),
          {
            key: 'overall',
            label: '综合评分',
            children: (
              <Typography.Text strong data-testid="evaluation-overall">
                {evaluation.overall.toFixed(2)} 分
              </Typography.Text>
            ),
          },
          {
            key: 'solved',
            label: '问题是否解决',
            children: (
              <Tag
                color={
                  evaluation.problemSolved === 'YES'
                    ? 'green'
                    : evaluation.problemSolved === 'NO'
                      ? 'red'
                      : 'gold'
                }
              >
                {catalog.label('problemSolved', evaluation.problemSolved)}
              </Tag>
            ),
          },
          ...(evaluation.comment
            ? [
                {
                  key: 'comment',
                  label: '评价意见',
                  span: 'filled' as const,
                  children: <span className="pre-wrap">{evaluation.comment}</span>,
                },
              ]
            : []),
          { key: 'at', label: '评价时间', children: formatDateTime(evaluation.createdAt) },
        ]}
      />
    </Card>
  );
}
