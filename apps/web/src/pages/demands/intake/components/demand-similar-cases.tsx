// The similar cases of a demand a bureau has opened (the demand page, the review inbox): possible duplicates it
// merges the demand into in one step, and solved cases with their team, rating and what was solved.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App } from 'antd';
import { useState } from 'react';
import {
  MergeDemandDocument,
  SimilarDemandsDocument,
  type SimilarDemandItemFragment,
} from '../../../../graphql/operations';
import { errorMessage } from '../../../../lib/graphql-errors';
import { SimilarCasesPanel } from './similar-cases-panel';

export function DemandSimilarCases({
  demandId,
  onMerged,
}: {
  demandId: string;
  onMerged?: (intoId: string) => void;
}) {
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(SimilarDemandsDocument, {
    variables: { demandId },
    fetchPolicy: 'cache-and-network',
  });
  const [merge] = useMutation(MergeDemandDocument, {
    refetchQueries: ['Demands', 'DemandCounts', 'Demand', 'SimilarDemands'],
  });
  const [merging, setMerging] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onMerge = async (target: SimilarDemandItemFragment) => {
    setMerging(target.id);
    setFailure(null);
    try {
      await merge({ variables: { id: demandId, intoId: target.id, reason: '与相似需求重复' } });
      message.success(`已合并到 ${target.code}`);
      onMerged?.(target.id);
    } catch (err) {
      setFailure(errorMessage(err, '合并失败，请稍后重试'));
    } finally {
      setMerging(null);
    }
  };

  if (error && !data)
    return <Alert type="warning" showIcon title={errorMessage(error, '相似需求加载失败')} />;
  return (
    <>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <SimilarCasesPanel
        cases={data?.similarDemands}
        loading={loading}
        onMerge={(t) => void onMerge(t)}
        merging={merging}
      />
    </>
  );
}
