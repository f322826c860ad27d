// The library's search: the current page of hits (the previous answer stays while the next loads) and 加载更多.
import { useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';
import { ExpertsDocument, type ExpertsQueryVariables } from '../../../graphql/operations';
import { errorMessage } from '../../../lib/graphql-errors';

export function useExpertSearch(variables: ExpertsQueryVariables) {
  const { message } = App.useApp();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ExpertsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });

  const loadMore = async () => {
    const after = data?.experts.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          experts: {
            ...fetchMoreResult.experts,
            hits: [...(prev?.experts?.hits ?? []), ...fetchMoreResult.experts.hits],
          },
        }),
      });
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    data,
    /**
     * The answer on screen: the latest, or the previous one while the next loads — not once the next was refused
     * (its count would read as the refused query's).
     */
    result: data?.experts ?? (error ? undefined : previousData?.experts),
    hits: data?.experts.hits ?? [],
    suggestions: data?.experts.suggestions ?? [],
    unmatched: data?.experts.unmatched ?? [],
    loading,
    error,
    refetch,
    loadMore,
    loadingMore,
  };
}
