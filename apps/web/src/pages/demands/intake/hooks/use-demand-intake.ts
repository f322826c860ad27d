// What the server suggests while a demand is written: fields and service forms from the text, and similar demands
// (possible duplicates, solved cases). One query of each per pause in typing; nothing for a text too short to say
// anything.
import { useQuery } from '@apollo/client/react';
import { DEMAND_LIMITS } from '@app/domain';
import { useMemo } from 'react';
import { SimilarDemandsDocument, SuggestDemandClassificationDocument } from '../../../../graphql/operations';
import { useDebouncedValue } from './use-debounced-value';

export interface IntakeText {
  title?: string;
  description?: string;
  regionCode?: string;
  organizationId?: string;
  /** The demand being edited. */
  excludeId?: string;
}

/** Characters of title and description from which the server is asked. */
const MIN_TEXT = 4;

export function useDemandIntake(text: IntakeText, delay = 500) {
  // Debounced as one string: a fresh object each render would never settle.
  const key = JSON.stringify({
    title: (text.title ?? '').trim().slice(0, DEMAND_LIMITS.title),
    description: (text.description ?? '').trim().slice(0, DEMAND_LIMITS.description),
    regionCode: text.regionCode || null,
    organizationId: text.organizationId || null,
    excludeId: text.excludeId || null,
  });
  const settledKey = useDebouncedValue(key, delay);
  const settled = useMemo(
    () =>
      JSON.parse(settledKey) as {
        title: string;
        description: string;
        regionCode: string | null;
        organizationId: string | null;
        excludeId: string | null;
      },
    [settledKey],
  );
  const skip = settled.title.length + settled.description.length < MIN_TEXT;
  const classification = useQuery(SuggestDemandClassificationDocument, {
    variables: { title: settled.title, description: settled.description },
    skip,
    fetchPolicy: 'cache-first',
  });
  const similar = useQuery(SimilarDemandsDocument, {
    variables: { text: settled },
    skip,
    fetchPolicy: 'cache-first',
  });
  return {
    classification: skip
      ? undefined
      : (classification.data ?? classification.previousData)?.suggestDemandClassification,
    classificationLoading: classification.loading,
    similar: skip ? undefined : (similar.data ?? similar.previousData)?.similarDemands,
    similarLoading: similar.loading,
    similarError: similar.error,
  };
}
