// One line under the description when similar demands exist (the list itself is below the form).
import { Typography } from 'antd';
import type { SimilarDemandsQuery } from '../../../../graphql/operations';

export function SimilarCasesHint({
  cases,
  targetId = 'similar-cases',
}: {
  cases: SimilarDemandsQuery['similarDemands'] | undefined;
  /** The element holding the list. */
  targetId?: string;
}) {
  if (!cases) return null;
  const open = cases.duplicates.length + cases.otherUnitsDuplicates;
  const parts = [
    open > 0 ? `${open} 条相似的在办需求` : null,
    cases.solved.length > 0 ? `${cases.solved.length} 个解决过的相似案例` : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <Typography.Paragraph className="intake-hint" data-testid="similar-hint">
      发现 {parts.join('、')}，
      <Typography.Link
        onClick={() =>
          document.getElementById(targetId)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
        }
      >
        查看
      </Typography.Link>
    </Typography.Paragraph>
  );
}
