// 查重: the similar cases of one demand of the inbox, beside the list — possible duplicates to merge it into and
// solved cases — without leaving the inbox.
import { Drawer, Typography } from 'antd';
import type { DemandListItem } from '../../../../graphql/operations';
import { DemandSimilarCases } from '../../../demands/intake/components/demand-similar-cases';

export function SimilarCasesDrawer({
  demand,
  onClose,
}: {
  demand: DemandListItem | null;
  onClose: () => void;
}) {
  return (
    <Drawer open={!!demand} onClose={onClose} title="相似需求" size="large" destroyOnHidden>
      {demand && (
        <>
          <Typography.Paragraph type="secondary">
            {demand.code} · {demand.title}
          </Typography.Paragraph>
          <DemandSimilarCases demandId={demand.id} onMerged={onClose} />
        </>
      )}
    </Drawer>
  );
}
